// Runs the real `lantian` binary: keygen, export, verify (--trust), a
// tampered copy, and bad usage. Skipped when the binary has not been built.

#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "store/records.h"
#include "tests/support/fixture_server.h"
#include "store/store.h"
#include "tests/store_bundle/bundle_fixture.h"

namespace lantian::store {
namespace {

using testing::RunCommand;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bin_ = LANTIAN_BINARY;
    if (!std::filesystem::exists(bin_)) GTEST_SKIP() << "lantian binary not built at " << bin_;
    StoreOptions o;
    o.db_path = dir_.File("lantian.db");
    o.fsync = false;
    auto s = Store::Open(o);
    ASSERT_TRUE(s.ok()) << s.status().message();
    auto sweep = (*s)->BeginSweep("cli", "{}");
    ASSERT_TRUE(sweep.ok());
    PageResult p;
    p.capture.sweep_id = *sweep;
    p.capture.fetched_at_utc = "2026-11-25T08:00:00.000Z";
    ExchangeHop h;
    h.url = "https://item.jd.com/100.html";
    h.request_bytes = "GET /100.html HTTP/1.1\r\nHost: item.jd.com\r\n\r\n";
    std::string body = "<html><title>专利代写 包授权</title><body>专利代写 包授权</body></html>";
    h.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n";
    h.response_body_raw = body;
    h.status = 200;
    p.capture.hops.push_back(h);
    ItemInput item;
    item.platform = "jd";
    item.url = h.url;
    item.title = "专利代写 包授权";
    item.text = "专利代写 包授权";
    HitInput hit;
    hit.rule_id = "guaranteed_grant.bao_shouquan";
    hit.category = "guaranteed_grant";
    hit.severity = "high";
    hit.match = "包授权";
    hit.snippet = item.text;
    p.items.push_back({item, {hit}});
    auto w = (*s)->WritePages(std::span<const PageResult>(&p, 1));
    ASSERT_TRUE(w.ok()) << w.status().message();
    StatusChange c;
    c.hit_ids = {(*w)[0].hit_ids[0][0]};
    c.to = HitStatus::kConfirmed;
    c.actor = "analyst";
    ASSERT_TRUE((*s)->SetHitStatus(c).ok());
    ASSERT_TRUE((*s)->FinishSweep(*sweep, "done").ok());
    ASSERT_TRUE((*s)->Close().ok());
  }

  int Run(const std::string& args, std::string* out) {
    return RunCommand("cd " + dir_.path() + " && " + bin_ + " " + args, out);
  }

  testing::TempFolder dir_;
  std::string bin_;
};

TEST_F(CliTest, KeygenExportVerifyAndTamper) {
  std::string out;
  ASSERT_EQ(Run("keygen --out keys", &out), 0) << out;
  EXPECT_TRUE(std::filesystem::exists(dir_.File("keys/lantian-signing.key.pem")));
  // The shipped config's sender is the sample: refused, unless a draft.
  ASSERT_EQ(Run("export --out b.zip --key keys/lantian-signing.key.pem", &out), 1) << out;
  EXPECT_EQ(out,
            "lantian export: export.sender.organization is the sample sender '某市知识产权局（示例）': "
            "set your own [export.sender] or pass --draft for a watermarked draft\n");
  EXPECT_FALSE(std::filesystem::exists(dir_.File("b.zip")));
  ASSERT_EQ(Run("export --out b.zip --key keys/lantian-signing.key.pem --draft", &out), 0) << out;
  EXPECT_TRUE(out.starts_with("wrote b.zip: 1 listings, 1 hits, 1 captures")) << out;
  EXPECT_NE(out.find("DRAFT: every page of notice.html is watermarked 草稿 DRAFT"), std::string::npos) << out;
  std::string html = testing::ReadZipEntry(dir_.File("b.zip"), "notice.html");
  EXPECT_NE(html.find("<div class=\"draft\">草稿 DRAFT</div>"), std::string::npos);
  // Never over an existing file.
  ASSERT_EQ(Run("export --out b.zip --key keys/lantian-signing.key.pem --draft", &out), 1) << out;
  EXPECT_EQ(out, "lantian export: --out b.zip: already exists; pass --force to replace it\n");
  // The export is listed.
  ASSERT_EQ(Run("exports --format jsonl", &out), 0) << out;
  auto row = nlohmann::json::parse(out);
  EXPECT_EQ(row["path"], "b.zip");
  EXPECT_EQ(row["route"], "referral");
  EXPECT_EQ(row["platform"], "all");
  EXPECT_EQ(row["listings"], 1);
  EXPECT_EQ(row["hits"], 1);
  EXPECT_EQ(row["draft"], true);
  EXPECT_EQ(row["sha256"].get<std::string>().size(), 64u);
  ASSERT_EQ(Run("exports", &out), 0) << out;
  EXPECT_TRUE(out.starts_with(" id  time (UTC)")) << out;
  EXPECT_NE(out.find("  1  20"), std::string::npos) << out;
  EXPECT_NE(out.find("referral draft"), std::string::npos) << out;
  EXPECT_TRUE(out.ends_with("  b.zip\n")) << out;
  ASSERT_EQ(Run("verify b.zip --trust keys/lantian-signing.pub.pem", &out), 0) << out;
  EXPECT_NE(out.find("bundle OK: "), std::string::npos) << out;
  EXPECT_NE(out.find("matches the trusted key"), std::string::npos) << out;

  testing::RewriteZip(dir_.File("b.zip"), dir_.File("t.zip"), [](const std::string& name, std::string* d) {
    if (name == "notice.csv") d->push_back('x');
    return true;
  });
  ASSERT_EQ(Run("verify t.zip", &out), 1) << out;
  EXPECT_TRUE(out.starts_with("t.zip: FAILED: notice.csv: size mismatch: datapackage.json says "))
      << out;

  // Everything confirmed is now reported.
  ASSERT_EQ(Run("export --out c.zip --key keys/lantian-signing.key.pem --draft", &out), 1) << out;
  EXPECT_EQ(out, "lantian export: no confirmed hits to export\n");
  ASSERT_EQ(Run("verify --db lantian.db", &out), 0) << out;
}

// Recheck against a loopback fixture site: one item gone (404), one page up
// without the matched text (changed), one still up.
TEST_F(CliTest, RecheckClassifiesReportedItemsAgainstFixtureSite) {
  testing::TempFolder root;
  std::filesystem::create_directories(root.File("item"));
  testing::WriteFile(root.File("item/still.html"),
                     "<html><body>实用新型代写 包授权 不过全额退款</body></html>");
  testing::WriteFile(root.File("item/changed.html"), "<html><body>专利年费查询</body></html>");
  lantian::testing::FixtureServer::Options so;
  so.root = root.path();
  auto server = lantian::testing::FixtureServer::Start(so);
  ASSERT_TRUE(server.ok()) << server.status().message();
  std::string base = "http://127.0.0.1:" + std::to_string((*server)->port());
  {
    StoreOptions o;
    o.db_path = dir_.File("recheck.db");
    o.fsync = false;
    auto s = Store::Open(o);
    ASSERT_TRUE(s.ok());
    auto sweep = (*s)->BeginSweep("cli", "{}");
    ASSERT_TRUE(sweep.ok());
    std::vector<PageResult> pages;
    for (const char* name : {"still", "changed", "gone"}) {
      PageResult p;
      p.capture.sweep_id = *sweep;
      p.capture.fetched_at_utc = "2026-11-25T08:00:00.000Z";
      ExchangeHop h;
      h.url = base + "/item/" + name + ".html";
      h.request_bytes = "GET /item/" + std::string(name) + ".html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
      std::string body = "<html><body>实用新型代写 包授权</body></html>";
      h.response_head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                        std::to_string(body.size()) + "\r\n\r\n";
      h.response_body_raw = body;
      h.status = 200;
      p.capture.hops.push_back(h);
      ItemInput item;
      item.platform = "taobao";
      item.url = h.url;
      item.title = name;
      item.text = "实用新型代写 包授权";
      HitInput hit;
      hit.rule_id = "guaranteed_grant.bao_shouquan";
      hit.category = "guaranteed_grant";
      hit.severity = "high";
      hit.match = "包授权";
      hit.snippet = item.text;
      p.items.push_back({item, {hit}});
      pages.push_back(std::move(p));
    }
    auto w = (*s)->WritePages(pages);
    ASSERT_TRUE(w.ok()) << w.status().message();
    StatusChange c;
    for (const auto& page : *w) c.hit_ids.push_back(page.hit_ids[0][0]);
    c.to = HitStatus::kConfirmed;
    c.actor = "analyst";
    ASSERT_TRUE((*s)->SetHitStatus(c).ok());
    ASSERT_TRUE((*s)->FinishSweep(*sweep, "done").ok());
    ASSERT_TRUE((*s)->Close().ok());
  }
  std::string out;
  ASSERT_EQ(Run("keygen --key k.pem", &out), 0) << out;
  ASSERT_EQ(Run("export --db recheck.db --out r.zip --key k.pem --draft", &out), 0) << out;
  ASSERT_EQ(Run("recheck --db recheck.db --allow-private --per-host-delay-ms 0", &out), 0) << out;
  EXPECT_NE(out.find("removed   taobao " + base + "/item/gone.html (HTTP 404)"), std::string::npos) << out;
  EXPECT_NE(out.find("changed   taobao " + base + "/item/changed.html"), std::string::npos) << out;
  EXPECT_NE(out.find("still_up  taobao " + base + "/item/still.html"), std::string::npos) << out;
  EXPECT_NE(out.find("taobao                3        2        1        0"), std::string::npos) << out;
  ASSERT_EQ(Run("hits --db recheck.db --status taken_down --format jsonl", &out), 0) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2) << out;
  ASSERT_EQ(Run("verify --db recheck.db", &out), 0) << out;
}

TEST_F(CliTest, BadUsageExitsTwoWithOneLine) {
  std::string out;
  ASSERT_EQ(Run("export --out b.zip", &out), 2) << out;
  EXPECT_EQ(out,
            "lantian export: no signing key: give --key FILE or set export.key (create one with "
            "lantian keygen)\n");
  ASSERT_EQ(Run("keygen", &out), 2) << out;
  EXPECT_EQ(out, "lantian keygen: give --out DIR or --key FILE\n");
  ASSERT_EQ(Run("verify missing.zip", &out), 2) << out;
  EXPECT_EQ(out, "lantian verify: missing.zip: cannot open: No such file or directory\n");
}

}  // namespace
}  // namespace lantian::store
