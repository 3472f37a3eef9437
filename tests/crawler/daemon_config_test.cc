#include "crawler/daemon.h"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace lantian::crawler
