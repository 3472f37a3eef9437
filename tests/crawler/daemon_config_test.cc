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
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ":5:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("job tieba: schedule"), std::string::npos) << s.message();
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
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ":6:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("built-in recheck job"), std::string::npos) << s.message();

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
