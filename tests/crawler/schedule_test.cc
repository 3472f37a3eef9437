#include "crawler/schedule.h"

#include <chrono>

#include <gtest/gtest.h>

namespace lantian::crawler {
namespace {

using Clock = Schedule::Clock;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

// 2026-11-25 (a Wednesday) 10:07:30 UTC.
Clock::time_point At(int64_t epoch_seconds) { return Clock::time_point(seconds(epoch_seconds)); }
constexpr int64_t kWed = 1795601250;  // 2026-11-25T10:07:30Z

TEST(ScheduleTest, IntervalAddsToLastRun) {
  auto s = Schedule::Parse("1h30m");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_TRUE(s->is_interval());
  EXPECT_EQ(s->Next(At(kWed)), At(kWed) + minutes(90));
}

TEST(ScheduleTest, CronEveryFifteenMinutes) {
  auto s = Schedule::Parse("*/15 * * * *");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->Next(At(kWed)), At(kWed) + minutes(7) + seconds(30));  // 10:15
}

TEST(ScheduleTest, CronNextDayWhenHourPassed) {
  auto s = Schedule::Parse("0 3 * * *");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Next(At(kWed)), At(1795662000));  // 2026-11-26T03:00:00Z
}

TEST(ScheduleTest, CronHonoursUtcOffset) {
  // 03:00 China Standard Time is 19:00 UTC the day before.
  auto s = Schedule::Parse("0 3 * * *", 480);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Next(At(kWed)), At(1795633200));  // 2026-11-25T19:00:00Z
}

TEST(ScheduleTest, CronWeekdayNamesAndRanges) {
  auto s = Schedule::Parse("30 9 * * sat-sun");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->Next(At(kWed)), At(1795858200));  // Sat 2026-11-28T09:30:00Z
}

TEST(ScheduleTest, CronDayOfMonthOrDayOfWeekWhenBothRestricted) {
  // Vixie cron: "1st of the month OR Friday".
  auto s = Schedule::Parse("0 0 1 * fri");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Next(At(kWed)), At(1795737600));  // Fri 2026-11-27T00:00:00Z
}

TEST(ScheduleTest, SundayAsSeven) {
  auto s = Schedule::Parse("0 12 * * 7");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->Next(At(kWed)), At(1795953600));  // Sun 2026-11-29T12:00:00Z
}

TEST(ScheduleTest, RejectsOutOfRangeWithField) {
  auto s = Schedule::Parse("0 25 * * *");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "schedule \"0 25 * * *\": hour: 25 is out of range 0-23");
}

TEST(ScheduleTest, RejectsImpossibleDate) {
  auto s = Schedule::Parse("0 0 30 2 *");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "schedule \"0 0 30 2 *\": never matches any date");
}

TEST(ScheduleTest, RejectsWrongFieldCount) {
  auto s = Schedule::Parse("0 0 * *");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(),
            "schedule \"0 0 * *\": expected an interval like \"6h\" or 5 cron fields, got 4 fields");
}

TEST(ScheduleTest, RejectsBadInterval) {
  auto s = Schedule::Parse("6x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(),
            "schedule \"6x\": not an interval (duration \"6x\": unknown unit \"x\") nor a 5-field "
            "cron expression");
}

TEST(DurationTest, ParsesCompoundUnits) {
  auto d = ParseDuration("1d2h3m4s5ms");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->count(), 86'400'000 + 7'200'000 + 180'000 + 4'000 + 5);
}

}  // namespace
}  // namespace lantian::crawler
