#pragma once

// Helpers shared by the store tests: temp dirs and synthetic pages.

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "store/internal/sql.h"
#include "store/records.h"
#include "store/store.h"
#include "tests/store/pg_test_util.h"

namespace lantian::store::testing {

// True when the store tests run against PostgreSQL (ctest's store_test.pg run
// sets LANTIAN_TEST_STORE_ENGINE=postgres); SQLite otherwise.
inline bool OnPostgres() {
  const char* e = std::getenv("LANTIAN_TEST_STORE_ENGINE");
  return e && std::string(e) == "postgres";
}

// A fresh temporary directory, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "lantian-store-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }
  // The store of this directory: dir/lantian.db, or when the tests run on
  // PostgreSQL a database of its own on the tests' server (dropped with the
  // directory).
  std::string Db() const {
    if (!OnPostgres()) return File("lantian.db");
    if (!pg_) {
      if (auto created = PgTestDatabase::Create()) pg_.emplace(std::move(*created));
      if (!pg_) {
        ADD_FAILURE() << PgTestDatabase::SkipReason();
        return File("lantian.db");
      }
    }
    return pg_->url();
  }

 private:
  std::string path_;
  mutable std::optional<PgTestDatabase> pg_;
};

inline ExchangeHop MakeHop(const std::string& url, const std::string& body, int status = 200) {
  ExchangeHop hop;
  hop.url = url;
  std::string path = url.substr(url.find('/', url.find("://") + 3));
  std::string host = url.substr(url.find("://") + 3, url.find('/', url.find("://") + 3) - url.find("://") - 3);
  hop.request_bytes = "GET " + path + " HTTP/1.1\r\nHost: " + host +
                      "\r\nUser-Agent: lantian-test\r\nAccept-Encoding: gzip\r\n\r\n";
  hop.response_head = "HTTP/1.1 " + std::to_string(status) +
                      " OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n";
  hop.response_body_raw = body;
  hop.ip = "127.0.0.1";
  hop.status = status;
  hop.fetch_ms = 3;
  hop.mime = "text/html";
  return hop;
}

inline ItemInput MakeItem(const std::string& platform, const std::string& listing_id,
                          const std::string& url, const std::string& seller = "shop-a",
                          std::vector<ContactInput> contacts = {}) {
  ItemInput item;
  item.platform = platform;
  item.listing_id = listing_id;
  item.url = url;
  item.title = "实用新型代写 包授权 " + listing_id;
  item.price = "¥500";
  item.seller = seller;
  item.seller_url = seller.empty() ? "" : "https://" + platform + ".example/shop/" + seller;
  item.text = "实用新型代写 包授权 不过全额退款 " + listing_id;
  item.contacts = std::move(contacts);
  return item;
}

inline HitInput MakeHit(const std::string& rule = "guaranteed_grant.bao_shouquan",
                        const std::string& match = "包授权") {
  HitInput h;
  h.rule_id = rule;
  h.category = rule.substr(0, rule.find('.'));
  h.severity = "high";
  h.match = match;
  h.snippet = "实用新型代写 包授权 不过全额退款";
  h.legal_basis = "专利代理条例 Art. 25";
  h.start = 19;
  h.end = 28;
  return h;
}

// A page at `url` with one item (listing `listing_id`) carrying one hit.
inline PageResult MakePage(int64_t sweep_id, const std::string& url, const std::string& listing_id,
                           const std::string& body = "<html><body>包授权</body></html>") {
  PageResult page;
  page.capture.sweep_id = sweep_id;
  page.capture.hops.push_back(MakeHop(url, body));
  page.capture.fetched_at_utc = NowUtc();
  page.items.push_back({MakeItem("xianyu", listing_id, url), {MakeHit()}});
  return page;
}

// A read-write (or read-only) store in `dir`; nullptr (and a test failure)
// when it does not open.
inline std::unique_ptr<Store> OpenStore(const TempDir& dir, bool read_only = false) {
  StoreOptions opts;
  opts.db_path = dir.Db();
  opts.warc_dir = dir.File("warc");
  opts.hostname = "testhost";
  opts.read_only = read_only;
  auto s = Store::Open(opts);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? std::move(s).value() : nullptr;
}

// Where the store of `dir` writes its WARC files: dir/warc, or on
// PostgreSQL the writer's own directory inside it (store_capture.cc).
inline std::string WarcWriterDir(const TempDir& dir) {
  const std::filesystem::path warc = dir.File("warc");
  if (!OnPostgres()) return warc.string();
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(warc, ec)) {
    if (e.is_directory()) return e.path().string();
  }
  return warc.string();
}

// A connection of its own to the directory's store (either engine), for a
// test that reads or changes rows behind the store's back.
inline sql::Database RawDb(const TempDir& dir) { return sql::Database::Open(dir.Db(), sql::OpenOptions{}); }

// The first column of the first row of `query`.
inline int64_t QueryInt(sql::Database& db, const std::string& query) {
  sql::Statement q(db, query);
  if (!q.executeStep()) ADD_FAILURE() << "no row: " << query;
  return q.getColumn(0).getInt64();
}

// Rows of `table` in the directory's store.
inline int64_t CountRows(const TempDir& dir, const std::string& table) {
  sql::Database db = sql::Database::Open(dir.Db(), sql::OpenOptions{});
  sql::Statement q(db, "SELECT count(*) FROM " + table);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace lantian::store::testing
