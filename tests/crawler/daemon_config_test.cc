#include "crawler/daemon.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "store/daemon_state.h"
#include "tests/crawler/temp_toml.h"

namespace lantian::crawler {
namespace {

std::string WriteTemp(const std::string& name, const std::string& text) {
  return testing::WriteTempToml("daemon_config_test_" + name, text);
}

TEST(DaemonConfigTest, ShippedConfigLoads) {
  DaemonConfig c;
  Status s = LoadDaemonConfig(LANTIAN_SOURCE_CONFIG_DIR "/lantian.toml", c);
  EXPECT_TRUE(s.ok()) << s.message();
}

TEST(DaemonConfigTest, BadScheduleIsNamedWithItsJobAndLine) {
  const std::string path = WriteTemp("bad_schedule", R"(
[[job]]
name = "tieba"
seeds = ["https://tieba.baidu.com/f?kw=x"]
schedule = "every 5 parsecs"
)");
  DaemonConfig c;
  Status s = LoadDaemonConfig(path, c);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), path +
                             ":5:12: job tieba: schedule: schedule \"every 5 parsecs\": expected an interval "
                             "like \"6h\" or 5 cron fields, got 3 fields");
}

TEST(DaemonConfigTest, AUserJobCannotTakeTheBuiltInRecheckName) {
  const std::string path = WriteTemp("recheck_name", R"(
[daemon]
recheck_schedule = "1d"

[[job]]
name = "recheck"
seeds = ["https://example.com/"]
schedule = "1h"
)");
  DaemonConfig c;
  Status s = LoadDaemonConfig(path, c);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), path +
                             ":6:8: job recheck: the name is taken by the built-in recheck job "
                             "(daemon.recheck_schedule); rename the job");

  // Without the built-in job the name is free.
  const std::string free_path = WriteTemp("recheck_free", R"(
[daemon]
recheck_schedule = ""

[[job]]
name = "recheck"
seeds = ["https://example.com/"]
schedule = "1h"
)");
  DaemonConfig d;
  Status ok = LoadDaemonConfig(free_path, d);
  EXPECT_TRUE(ok.ok()) << ok.message();
}

TEST(DaemonConfigTest, LearnJobKeysAreReadAndChecked) {
  const std::string path = WriteTemp("learn", R"(
[crawler]
db = "/var/lib/lantian/lantian.db"

[daemon]
learn_schedule = "7d"
learn_corpora = ["a.jsonl", "b.jsonl"]
learn_background = ["bg.jsonl", "500"]
)");
  DaemonConfig c;
  Status s = LoadDaemonConfig(path, c);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(c.daemon.learn_schedule, "7d");
  EXPECT_EQ(c.daemon.learn_corpora, (std::vector<std::string>{"a.jsonl", "b.jsonl"}));
  EXPECT_EQ(c.daemon.learn_background, (std::vector<std::string>{"bg.jsonl", "500"}));
  EXPECT_EQ(LearnedModelPath(c), "/var/lib/lantian/learned/model.ftz");
  c.daemon.learn_model = "/srv/models/mine.ftz";
  EXPECT_EQ(LearnedModelPath(c), "/srv/models/mine.ftz");
  // A fleet's store on a server: the model and the daemon's state stay on
  // the daemon's machine, in its current directory.
  c.daemon.learn_model.clear();
  c.crawler.db = "postgresql:///lantian?host=/run/postgresql&user=lt";
  EXPECT_EQ(LearnedModelPath(c), "learned/model.ftz");
  EXPECT_EQ(store::DaemonStatePath(c.crawler.db), "lantian-daemon.db");
  EXPECT_EQ(store::DaemonStatePath("/var/lib/lantian/lantian.db"), "/var/lib/lantian/lantian.db");
  EXPECT_FALSE(store::DaemonState::Open(c.crawler.db).ok());  // never a file named after the URL

  const std::string bad = WriteTemp("learn_bad", R"(
[daemon]
learn_corpora = "a.jsonl"
)");
  DaemonConfig d;
  s = LoadDaemonConfig(bad, d);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), bad + ":3:17: daemon.learn_corpora: expected an array of strings");

  const std::string taken = WriteTemp("learn_name", R"(
[daemon]
learn_schedule = "1d"

[[job]]
name = "learn"
seeds = ["https://example.com/"]
schedule = "1h"
)");
  DaemonConfig e;
  s = LoadDaemonConfig(taken, e);
  EXPECT_EQ(s.message(), taken +
                             ":6:8: job learn: the name is taken by the built-in learn job "
                             "(daemon.learn_schedule); rename the job");
}

}  // namespace
}  // namespace lantian::crawler
