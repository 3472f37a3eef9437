#pragma once

// Job schedules for `lantian daemon`: parses `schedule = "6h"` or a cron
// expression from a [[job]] table and computes the next run time.
//
//   auto s = Schedule::Parse("0 3 * * 1-5", /*utc_offset_minutes=*/480);  // 03:00 CST on weekdays
//   if (!s.ok()) return s.status();   // schedule "...": <field>: <why>
//   Schedule::Clock::time_point next = s->Next(Schedule::Clock::now());

#include <array>
#include <bitset>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::crawler {

// When a daemon job runs: a fixed interval ("6h", "90m", "1h30m", "45s",
// "1d") or a 5-field cron expression ("*/15 * * * *", "0 3 * * 1-5").
//
// Cron fields are minute hour day-of-month month day-of-week with `*`,
// numbers, ranges `a-b`, steps `*/n` and `a-b/n`, lists `a,b,c`, month and
// weekday names (jan..dec, sun..sat), and 7 as Sunday. As in Vixie cron, when
// both day-of-month and day-of-week are restricted, a day matching EITHER
// runs. Cron times are evaluated at a fixed UTC offset (`utc_offset_minutes`,
// +480 for China Standard Time), so no tz database is needed.
//
// Value type; thread-compatible.
class Schedule {
 public:
  using Clock = std::chrono::system_clock;

  // Parses `spec`; errors name the spec and the field, e.g.
  //   schedule "0 25 * * *": hour: 25 is out of range 0-23
  [[nodiscard]] static Result<Schedule> Parse(std::string_view spec, int utc_offset_minutes = 0);

  // The first run time strictly after `after`. For intervals this is
  // after + interval; for cron the next matching minute (searches at most
  // ~5 years ahead; an impossible expression such as "0 0 30 2 *" is
  // rejected by Parse).
  Clock::time_point Next(Clock::time_point after) const;

  bool is_interval() const { return interval_.count() > 0; }
  std::chrono::seconds interval() const { return interval_; }
  const std::string& spec() const { return spec_; }

 private:
  Schedule() = default;
  bool MatchesDay(int mday, int month, int wday) const;

  std::string spec_;
  std::chrono::seconds interval_{0};
  int utc_offset_minutes_ = 0;
  std::bitset<60> minutes_;
  std::bitset<24> hours_;
  std::bitset<32> mdays_;   // 1..31
  std::bitset<13> months_;  // 1..12
  std::bitset<7> wdays_;    // 0..6, 0 = Sunday
  bool mday_restricted_ = false;
  bool wday_restricted_ = false;
};

// Parses a duration like "6h", "90m", "1h30m", "45s", "2d", "500ms" into
// milliseconds. Errors: `duration "6x": unknown unit "x"`.
[[nodiscard]] Result<std::chrono::milliseconds> ParseDuration(std::string_view text);

}  // namespace lantian::crawler
