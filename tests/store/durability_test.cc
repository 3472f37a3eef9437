// Crashes, full disks and damaged files: clear errors, nothing already
// stored lost or silently altered.

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace lantian::store {
namespace {

using testing::MakePage;
using testing::TempDir;

constexpr int kPagesPerBatch = 20;

std::vector<PageResult> Batch(int64_t sweep, int batch, size_t body_bytes) {
  std::vector<PageResult> pages;
  std::string body(body_bytes, 'a');
  for (int i = 0; i < kPagesPerBatch; ++i) {
    std::string id = std::to_string(batch) + "-" + std::to_string(i);
    body[0] = static_cast<char>('a' + (i % 26));
    pages.push_back(MakePage(sweep, "http://a.example/" + id, id, body + id));
  }
  return pages;
}

StoreOptions Options(const TempDir& dir) {
  StoreOptions o;
  o.db_path = dir.Db();
  o.warc_dir = dir.File("warc");
  o.hostname = "h";
  return o;
}

// Child side: write batches forever, report each committed batch on `fd`.
[[noreturn]] void WriteForever(const TempDir& dir, int fd) {
  auto store = Store::Open(Options(dir));
  if (!store.ok()) _exit(3);
  auto sweep = (*store)->BeginSweep("", "{}");
  for (int b = 0;; ++b) {
    auto pages = Batch(*sweep, b, 20000);
    if (!(*store)->WritePages(pages).ok()) _exit(4);
    int32_t done = b + 1;
    if (write(fd, &done, sizeof(done)) != sizeof(done)) _exit(5);
  }
}

TEST(DurabilityTest, KillNineDuringHeavyWritesLosesNoCommittedBatch) {
  TempDir dir;
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(fds[0]);
    WriteForever(dir, fds[1]);
  }
  close(fds[1]);
  int32_t committed = 0;
  while (committed < 8) {
    ASSERT_EQ(read(fds[0], &committed, sizeof(committed)), static_cast<ssize_t>(sizeof(committed)));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  close(fds[0]);
  ASSERT_TRUE(WIFSIGNALED(status));

  auto store = Store::Open(Options(dir));
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto report = (*store)->VerifyChain();
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_TRUE(report->ok()) << report->failures[0].reason;
  SQLite::Database db(dir.Db());
  int64_t captures = db.execAndGet("SELECT count(*) FROM captures").getInt64();
  EXPECT_GE(captures, committed * kPagesPerBatch);
  EXPECT_EQ(captures % kPagesPerBatch, 0) << "a batch was half committed";
  // Every committed capture reads back from its WARC bytes.
  for (int64_t id = 1; id <= captures; ++id) {
    ASSERT_TRUE((*store)->ReadRawRecordBytes(id).ok()) << "capture " << id;
  }
  // Writing goes on after the crash (the .open file was recovered).
  auto sweep = (*store)->BeginSweep("", "{}");
  auto more = Batch(*sweep, 1000, 100);
  EXPECT_TRUE((*store)->WritePages(more).ok());
}

TEST(DurabilityTest, FullDiskFailsTheBatchAndKeepsEverythingCommitted) {
  TempDir dir;
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    close(fds[0]);
    signal(SIGXFSZ, SIG_IGN);  // get EFBIG instead of being killed
    auto store = Store::Open(Options(dir));
    if (!store.ok()) _exit(3);
    auto sweep = (*store)->BeginSweep("", "{}");
    for (int b = 0; b < 2; ++b) {
      auto pages = Batch(*sweep, b, 1000);
      if (!(*store)->WritePages(pages).ok()) _exit(4);
    }
    // "Disk" full: no file may grow past 64 KiB more than the largest now.
    uintmax_t largest = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path())) {
      if (e.is_regular_file()) largest = std::max(largest, e.file_size());
    }
    rlimit lim{static_cast<rlim_t>(largest + 65536), static_cast<rlim_t>(largest + 65536)};
    setrlimit(RLIMIT_FSIZE, &lim);
    auto pages = Batch(*sweep, 2, 100000);
    auto w = (*store)->WritePages(pages);
    std::string msg = w.ok() ? "unexpected success" : w.status().message();
    if (write(fds[1], msg.data(), msg.size()) < 0) _exit(5);
    _exit(0);
  }
  close(fds[1]);
  std::string msg;
  char buf[512];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof(buf))) > 0) msg.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 0);
  // Whichever file hits the limit first (WARC or SQLite's WAL), the batch
  // fails with one line naming the file.
  EXPECT_TRUE(msg.find(": write failed: File too large") != std::string::npos ||
              msg.find("lantian.db: disk I/O error") != std::string::npos)
      << msg;

  auto store = Store::Open(Options(dir));
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto report = (*store)->VerifyChain();
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->ok()) << report->failures[0].reason;
  SQLite::Database db(dir.Db());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM captures").getInt64(), 2 * kPagesPerBatch);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM hits").getInt64(), 2 * kPagesPerBatch);
}

TEST(DurabilityTest, GarbageDatabaseFileIsAClearErrorAndUntouched) {
  TempDir dir;
  std::string path = dir.Db();
  std::string garbage(8192, 'x');
  std::ofstream(path, std::ios::binary) << garbage;
  StoreOptions o = Options(dir);
  auto s = Store::Open(o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), path + ": file is not a database (SQLite code 26)");
  EXPECT_EQ(s.status().code(), Status::Code::kCorruption);
  std::ifstream in(path, std::ios::binary);
  std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(after, garbage);
}

TEST(DurabilityTest, TruncatedDatabaseIsReportedNotSilentlyUsed) {
  TempDir dir;
  {
    auto store = Store::Open(Options(dir));
    ASSERT_TRUE(store.ok());
    auto sweep = (*store)->BeginSweep("", "{}");
    for (int b = 0; b < 3; ++b) {
      auto pages = Batch(*sweep, b, 2000);
      ASSERT_TRUE((*store)->WritePages(pages).ok());
    }
  }
  {
    SQLite::Database db(dir.Db(), SQLite::OPEN_READWRITE);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }
  auto size = std::filesystem::file_size(dir.Db());
  std::filesystem::resize_file(dir.Db(), size / 2);
  StoreOptions o = Options(dir);
  o.read_only = true;
  auto s = Store::Open(o);
  if (!s.ok()) {
    EXPECT_EQ(s.status().code(), Status::Code::kCorruption) << s.status().message();
    // "<db>: <SQLite's message> (SQLite code N)"; which message depends on where the file ends.
    EXPECT_TRUE(s.status().message().starts_with(dir.Db() + ": ")) << s.status().message();
    EXPECT_TRUE(s.status().message().find(" (SQLite code ") != std::string::npos) << s.status().message();
    return;
  }
  auto report = (*s)->VerifyChain();
  if (!report.ok()) {
    EXPECT_EQ(report.status().code(), Status::Code::kCorruption) << report.status().message();
    EXPECT_NE(report.status().message().find(dir.Db() + ": "), std::string::npos);
  } else {
    ASSERT_FALSE(report->ok());
    EXPECT_EQ(report->failures[0].kind, "database");
    // The rest is SQLite's PRAGMA quick_check text.
    EXPECT_TRUE(report->failures[0].reason.starts_with("database: ")) << report->failures[0].reason;
  }
}

}  // namespace
}  // namespace lantian::store
