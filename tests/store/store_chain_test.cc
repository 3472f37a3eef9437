// Evidence chain: every capture, hit, status change and export is chained;
// VerifyChain must name the first entry that no longer matches.

#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::MakePage;
using testing::QueryInt;
using testing::RawDb;
using testing::QueryInt;
using testing::RawDb;
using testing::TempDir;

class ChainTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StoreOptions opts;
    opts.db_path = dir_.Db();
    opts.warc_dir = dir_.File("warc");
    opts.hostname = "h";
    auto s = Store::Open(opts);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(s).value();
    auto sweep = store_->BeginSweep("", "{}");
    std::vector<PageResult> pages;
    for (int i = 0; i < 3; ++i) {
      pages.push_back(MakePage(*sweep, "http://a.example/" + std::to_string(i), std::to_string(i)));
    }
    auto w = store_->WritePages(pages);
    ASSERT_TRUE(w.ok()) << w.status().message();
    written_ = *w;
    ASSERT_TRUE(store_->SetHitStatus({{written_[0].hit_ids[0][0]}, HitStatus::kConfirmed, "a", "ok"}).ok());
    ASSERT_TRUE(store_->RecordExport({"bundle.zip", Sha256Hex("zip"), {written_[0].hit_ids[0][0]}, ""}).ok());
    ASSERT_TRUE(store_->Close().ok());
  }

  VerifyReport Verify() {
    StoreOptions opts;
    opts.db_path = dir_.Db();
    opts.warc_dir = dir_.File("warc");
    opts.read_only = true;
    auto s = Store::Open(opts);
    EXPECT_TRUE(s.ok()) << s.status().message();
    auto r = (*s)->VerifyChain();
    EXPECT_TRUE(r.ok()) << r.status().message();
    return *r;
  }

  void Exec(const std::string& sql) {
    sql::Database db = RawDb(dir_);
    db.exec(sql);
  }

  std::string WarcFile() {
    for (const auto& e : std::filesystem::directory_iterator(testing::WarcWriterDir(dir_))) {
      if (e.path().string().ends_with(".warc.gz")) return e.path().string();
    }
    return "";
  }

  TempDir dir_;
  std::unique_ptr<Store> store_;
  std::vector<WrittenPage> written_;
};

TEST_F(ChainTest, IntactChainVerifies) {
  VerifyReport r = Verify();
  EXPECT_TRUE(r.ok()) << r.failures[0].reason;
  // 3 captures + 3 hits + 1 status change + 1 export.
  EXPECT_EQ(r.entries, 8);
}

TEST_F(ChainTest, OneChangedWarcByteIsDetected) {
  std::string path = WarcFile();
  ASSERT_FALSE(path.empty());
  // Flip a byte inside the second capture's records (past the first third).
  sql::Database db = RawDb(dir_);
  const int64_t record = QueryInt(db, "SELECT offset FROM warc_records WHERE capture_id = " +
                                       std::to_string(written_[1].capture_id) +
                                       " AND type = 'response'");
  const int64_t offset = record + 20;
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(offset);
  char c;
  f.get(c);
  f.seekp(offset);
  f.put(static_cast<char>(c ^ 0x01));
  f.close();
  VerifyReport r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0].kind, "capture");
  EXPECT_EQ(r.failures[0].row_id, written_[1].capture_id);
  const std::string id = std::to_string(written_[1].capture_id);
  // The file as the store names it: its name in the WARC directory, or on
  // PostgreSQL (where workers may each write elsewhere) its absolute path.
  const std::string named = testing::OnPostgres() ? std::filesystem::absolute(path).lexically_normal().string()
                                                  : std::filesystem::path(path).filename().string();
  EXPECT_EQ(r.failures[0].reason, "chain entry " + std::to_string(r.failures[0].seq) + " (capture " + id +
                                      "): WARC response record at " + named + ":" +
                                      std::to_string(record) + " changed (sha256 mismatch)");
}

TEST_F(ChainTest, OneChangedHitColumnIsDetected) {
  int64_t hit = written_[2].hit_ids[0][0];
  Exec("UPDATE hits SET snippet = 'harmless' WHERE id = " + std::to_string(hit));
  VerifyReport r = Verify();
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].kind, "hit");
  EXPECT_EQ(r.failures[0].row_id, hit);
  EXPECT_EQ(r.failures[0].reason, "chain entry " + std::to_string(r.failures[0].seq) + " (hit " +
                                      std::to_string(hit) +
                                      "): content does not match the chain (row edited)");
}

// A model hit's source and score are evidence: editing either breaks the
// chain; the same model rule on the same item is stored once.
TEST_F(ChainTest, ModelHitScoreAndSourceAreChained) {
  StoreOptions opts;
  opts.db_path = dir_.Db();
  opts.warc_dir = dir_.File("warc");
  auto s = Store::Open(opts);
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto sweep = (*s)->BeginSweep("", "{}");
  PageResult page = MakePage(*sweep, "http://a.example/m", "m");
  HitInput model = testing::MakeHit("model.forged_seal", "刻章");
  model.severity = "medium";
  model.source = "model";
  model.score = 0.8765432;
  page.items[0].second.push_back(model);
  auto w = (*s)->WritePages(std::vector<PageResult>{page});
  ASSERT_TRUE(w.ok()) << w.status().message();
  const int64_t hit = (*w)[0].hit_ids[0][1];
  auto row = (*s)->GetHit(hit);
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->source, "model");
  ASSERT_TRUE(row->score.has_value());
  EXPECT_DOUBLE_EQ(*row->score, 0.876543);  // six decimals, as chained
  EXPECT_FALSE((*s)->GetHit((*w)[0].hit_ids[0][0])->score.has_value());  // a rule hit no model scored
  // Seen again with a moved window: still one model hit.
  page.items[0].second[1].match = "仿刻";
  auto again = (*s)->WritePages(std::vector<PageResult>{page});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ((*again)[0].hit_ids[0][1], hit);
  ASSERT_TRUE((*s)->Close().ok());
  EXPECT_TRUE(Verify().ok());

  Exec("UPDATE hits SET score = 0.99 WHERE id = " + std::to_string(hit));
  VerifyReport r = Verify();
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].row_id, hit);
  Exec("UPDATE hits SET score = 0.876543, source = 'rule' WHERE id = " + std::to_string(hit));
  EXPECT_FALSE(Verify().ok());
  Exec("UPDATE hits SET source = 'model' WHERE id = " + std::to_string(hit));
  EXPECT_TRUE(Verify().ok());
}

TEST_F(ChainTest, ChangedHitStatusWithoutHistoryIsDetected) {
  int64_t hit = written_[1].hit_ids[0][0];
  Exec("UPDATE hits SET status = 'dismissed' WHERE id = " + std::to_string(hit));
  VerifyReport r = Verify();
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_EQ(r.failures[0].reason,
            "hit " + std::to_string(hit) + ": status dismissed does not match its recorded history (new)");
}

TEST_F(ChainTest, DeletedHitRowIsDetected) {
  int64_t hit = written_[2].hit_ids[0][0];
  Exec("DELETE FROM hits WHERE id = " + std::to_string(hit));
  VerifyReport r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0].row_id, hit);
  EXPECT_EQ(r.failures[0].reason, "chain entry " + std::to_string(r.failures[0].seq) + " (hit " +
                                      std::to_string(hit) + "): row missing (deleted)");
}

TEST_F(ChainTest, DeletedChainRowIsDetected) {
  Exec("DELETE FROM chain WHERE seq = 3");
  VerifyReport r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0].reason, "chain entry 3 missing (deleted)");
}

TEST_F(ChainTest, EditedChainEntryIsDetected) {
  Exec("UPDATE chain SET content_sha256 = '" + Sha256Hex("x") + "' WHERE seq = 2");
  VerifyReport r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0].seq, 2);
  EXPECT_EQ(r.failures[0].reason, "chain entry 2 (" + r.failures[0].kind + " " +
                                      std::to_string(r.failures[0].row_id) +
                                      "): chain hash does not match its fields (entry edited)");
}

TEST_F(ChainTest, MissingWarcFileIsReportedForEveryCapture) {
  std::string path = WarcFile();
  std::filesystem::remove(path);
  VerifyReport r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.failures[0].kind, "capture");
  EXPECT_EQ(r.failures[0].reason, "chain entry " + std::to_string(r.failures[0].seq) + " (capture " +
                                      std::to_string(r.failures[0].row_id) + "): " + path +
                                      ": cannot open: No such file or directory");
  // The database itself is untouched: every hit is still listed.
  StoreOptions opts;
  opts.db_path = dir_.Db();
  opts.warc_dir = dir_.File("warc");
  opts.read_only = true;
  auto s = Store::Open(opts);
  EXPECT_EQ((*s)->ListHits({})->size(), 3u);
  auto raw = (*s)->ReadRawRecordBytes(written_[0].capture_id);
  ASSERT_FALSE(raw.ok());
  EXPECT_EQ(raw.status().message(), path + ": cannot open: No such file or directory");
}

}  // namespace
}  // namespace lantian::store
