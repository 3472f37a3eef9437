#include "base/time.h"

#include <gtest/gtest.h>

namespace lantian::base {
namespace {

TEST(TimeTest, FormatsUtc) {
  EXPECT_EQ(FormatRfc3339Utc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(FormatRfc3339Utc(1795618800), "2026-11-25T15:00:00Z");
  EXPECT_EQ(FormatRfc3339UtcMs(1795618800123), "2026-11-25T15:00:00.123Z");
  EXPECT_EQ(FormatRfc3339UtcMs(1795618800007), "2026-11-25T15:00:00.007Z");
  EXPECT_EQ(FormatRfc3339UtcMs(-1), "1969-12-31T23:59:59.999Z");
}

TEST(TimeTest, ParsesOffsetsAndFractions) {
  auto t = ParseRfc3339("2026-11-25T23:00:00.50+08:00");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->epoch_seconds, 1795618800);
  EXPECT_EQ(t->fraction, "50");
  EXPECT_EQ(FormatRfc3339(*t), "2026-11-25T15:00:00.50Z");
  EXPECT_EQ(FormatRfc3339(*t, 8 * 60), "2026-11-25T23:00:00.50+08:00");
  EXPECT_EQ(FormatRfc3339(*t, -90), "2026-11-25T13:30:00.50-01:30");
  auto z = ParseRfc3339("2026-11-25t15:00:00z");
  ASSERT_TRUE(z.ok());
  EXPECT_EQ(z->epoch_seconds, 1795618800);
}

TEST(TimeTest, RejectsMalformedWithTheText) {
  for (const char* bad : {"2026-11-25", "2026-11-25T15:00:00", "2026-13-01T00:00:00Z",
                          "2026-11-25T15:00:00.Z", "2026-11-25T15:00:00+0800", "x026-11-25T15:00:00Z"}) {
    auto t = ParseRfc3339(bad);
    ASSERT_FALSE(t.ok()) << bad;
    EXPECT_EQ(t.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(t.status().message(), std::string("not an RFC 3339 time: '") + bad + "'");
  }
}

TEST(TimeTest, NowIsRecent) {
  EXPECT_GT(UnixMsNow(), int64_t{1764000000000});  // after 2025-11
  EXPECT_EQ(NowRfc3339UtcMs().size(), std::string("2026-11-25T15:00:00.123Z").size());
}

}  // namespace
}  // namespace lantian::base
