#include "crawler/schedule.h"

#include <charconv>
#include <ctime>
#include <optional>
#include <vector>

#include "base/strings.h"

namespace lantian::crawler {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    out.push_back(s.substr(start, pos == std::string_view::npos ? s.npos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::optional<int> ParseInt(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

constexpr std::array<std::string_view, 12> kMonthNames = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kDayNames = {"sun", "mon", "tue", "wed",
                                                       "thu", "fri", "sat"};

struct FieldSpec {
  const char* name;
  int min;
  int max;
  bool months;
  bool weekdays;
};

std::optional<int> ParseValue(std::string_view s, const FieldSpec& f) {
  if (auto v = ParseInt(s)) return v;
  const std::string lower = base::AsciiLower(s);
  if (f.months) {
    for (size_t i = 0; i < kMonthNames.size(); ++i) {
      if (lower == kMonthNames[i]) return static_cast<int>(i) + 1;
    }
  }
  if (f.weekdays) {
    for (size_t i = 0; i < kDayNames.size(); ++i) {
      if (lower == kDayNames[i]) return static_cast<int>(i);
    }
  }
  return std::nullopt;
}

// Sets the bits of `field` for one cron field; returns an error message or "".
std::string ParseField(std::string_view text, const FieldSpec& f, std::vector<bool>& bits) {
  for (std::string_view part : Split(text, ',')) {
    if (part.empty()) return "empty list element";
    int step = 1;
    if (const size_t slash = part.find('/'); slash != part.npos) {
      const auto s = ParseInt(part.substr(slash + 1));
      if (!s || *s <= 0) return "bad step \"" + std::string(part.substr(slash + 1)) + "\"";
      step = *s;
      part = part.substr(0, slash);
    }
    int lo = f.min;
    int hi = f.max;
    if (part != "*") {
      const size_t dash = part.find('-');
      const auto a = ParseValue(part.substr(0, dash), f);
      if (!a) return "bad value \"" + std::string(part.substr(0, dash)) + "\"";
      lo = hi = *a;
      if (dash != part.npos) {
        const auto b = ParseValue(part.substr(dash + 1), f);
        if (!b) return "bad value \"" + std::string(part.substr(dash + 1)) + "\"";
        hi = *b;
        if (f.weekdays && hi == 0 && lo > 0) hi = 7;  // "sat-sun": Sunday closes the week
      } else if (step != 1) {
        hi = f.max;  // "5/15" means 5-max/15
      }
      const int max_allowed = f.weekdays ? 7 : f.max;
      for (int v : {lo, hi}) {
        if (v < f.min || v > max_allowed) {
          return std::to_string(v) + " is out of range " + std::to_string(f.min) + "-" +
                 std::to_string(max_allowed);
        }
      }
      if (lo > hi) return "range " + std::to_string(lo) + "-" + std::to_string(hi) + " is reversed";
    }
    for (int v = lo; v <= hi; v += step) bits[static_cast<size_t>(f.weekdays ? v % 7 : v)] = true;
  }
  return "";
}

struct CivilTime {
  int year;
  int month;  // 1..12
  int mday;   // 1..31
  int hour;
  int minute;
  int wday;   // 0 = Sunday
};

CivilTime ToCivil(int64_t epoch_minutes) {
  int64_t days = epoch_minutes / 1440;
  int64_t rem = epoch_minutes % 1440;
  if (rem < 0) {
    rem += 1440;
    --days;
  }
  // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
  // civil_from_days); independent of the process time zone.
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(yoe + era * 400) + (m <= 2);
  const int wday = static_cast<int>(((days % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
  return {y, static_cast<int>(m), static_cast<int>(d), static_cast<int>(rem / 60),
          static_cast<int>(rem % 60), wday};
}

}  // namespace

Result<std::chrono::milliseconds> ParseDuration(std::string_view text) {
  const std::string quoted = "duration \"" + std::string(text) + "\"";
  if (text.empty()) return Status::InvalidArgument(quoted + ": empty");
  int64_t total_ms = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
    if (j == i) return Status::InvalidArgument(quoted + ": expected a number at offset " + std::to_string(i));
    const auto n = ParseInt(text.substr(i, j - i));
    if (!n) return Status::InvalidArgument(quoted + ": number out of range");
    size_t k = j;
    while (k < text.size() && !(text[k] >= '0' && text[k] <= '9')) ++k;
    const std::string_view unit = text.substr(j, k - j);
    int64_t factor = 0;
    if (unit == "ms") factor = 1;
    else if (unit == "s") factor = 1000;
    else if (unit == "m") factor = 60'000;
    else if (unit == "h") factor = 3'600'000;
    else if (unit == "d") factor = 86'400'000;
    else if (unit.empty()) return Status::InvalidArgument(quoted + ": missing unit (ms, s, m, h, d)");
    else return Status::InvalidArgument(quoted + ": unknown unit \"" + std::string(unit) + "\"");
    total_ms += *n * factor;
    i = k;
  }
  if (total_ms <= 0) return Status::InvalidArgument(quoted + ": must be positive");
  return std::chrono::milliseconds(total_ms);
}

Result<Schedule> Schedule::Parse(std::string_view spec, int utc_offset_minutes) {
  Schedule s;
  s.spec_ = std::string(spec);
  s.utc_offset_minutes_ = utc_offset_minutes;
  const std::string where = "schedule \"" + std::string(spec) + "\"";

  std::vector<std::string_view> fields;
  for (std::string_view f : Split(spec, ' ')) {
    if (!f.empty()) fields.push_back(f);
  }
  if (fields.size() == 1) {
    auto d = ParseDuration(fields[0]);
    if (!d.ok()) return Status::InvalidArgument(where + ": not an interval (" + d.status().message() +
                                                ") nor a 5-field cron expression");
    if (*d < std::chrono::seconds(1)) return Status::InvalidArgument(where + ": interval below 1s");
    s.interval_ = std::chrono::duration_cast<std::chrono::seconds>(*d);
    return s;
  }
  if (fields.size() != 5) {
    return Status::InvalidArgument(where + ": expected an interval like \"6h\" or 5 cron fields, got " +
                                   std::to_string(fields.size()) + " fields");
  }
  const std::array<FieldSpec, 5> specs = {{{"minute", 0, 59, false, false},
                                           {"hour", 0, 23, false, false},
                                           {"day-of-month", 1, 31, false, false},
                                           {"month", 1, 12, true, false},
                                           {"day-of-week", 0, 6, false, true}}};
  std::array<std::vector<bool>, 5> bits;
  for (size_t i = 0; i < 5; ++i) {
    bits[i].assign(specs[i].weekdays ? 8 : static_cast<size_t>(specs[i].max) + 1, false);
    const std::string err = ParseField(fields[i], specs[i], bits[i]);
    if (!err.empty()) return Status::InvalidArgument(where + ": " + specs[i].name + ": " + err);
  }
  for (size_t v = 0; v < 60; ++v) s.minutes_[v] = bits[0][v];
  for (size_t v = 0; v < 24; ++v) s.hours_[v] = bits[1][v];
  for (size_t v = 1; v < 32; ++v) s.mdays_[v] = bits[2][v];
  for (size_t v = 1; v < 13; ++v) s.months_[v] = bits[3][v];
  for (size_t v = 0; v < 7; ++v) s.wdays_[v] = bits[4][v];
  s.mday_restricted_ = fields[2] != "*";
  s.wday_restricted_ = fields[4] != "*";

  // Reject expressions that can never fire (e.g. Feb 30): look for one
  // matching day in a 4-year cycle (covers Feb 29).
  bool possible = false;
  for (int64_t day = 0; day < 4 * 366 && !possible; ++day) {
    const CivilTime c = ToCivil(day * 1440);
    possible = s.months_[static_cast<size_t>(c.month)] && s.MatchesDay(c.mday, c.month, c.wday);
  }
  if (!possible) return Status::InvalidArgument(where + ": never matches any date");
  return s;
}

bool Schedule::MatchesDay(int mday, int month, int wday) const {
  (void)month;
  const bool md = mdays_[static_cast<size_t>(mday)];
  const bool wd = wdays_[static_cast<size_t>(wday)];
  if (mday_restricted_ && wday_restricted_) return md || wd;
  return md && wd;
}

Schedule::Clock::time_point Schedule::Next(Clock::time_point after) const {
  if (is_interval()) return after + interval_;
  using std::chrono::minutes;
  const int64_t after_min =
      std::chrono::floor<minutes>(after.time_since_epoch()).count() + utc_offset_minutes_;
  int64_t t = after_min + 1;
  // Skip whole days that cannot match, then scan minutes; bounded to ~5 years.
  const int64_t limit = after_min + int64_t{5} * 366 * 1440;
  while (t < limit) {
    const CivilTime c = ToCivil(t);
    if (!months_[static_cast<size_t>(c.month)] || !MatchesDay(c.mday, c.month, c.wday)) {
      t = (t / 1440 + 1) * 1440;  // next local midnight
      continue;
    }
    if (!hours_[static_cast<size_t>(c.hour)]) {
      t = (t / 60 + 1) * 60;
      continue;
    }
    if (minutes_[static_cast<size_t>(c.minute)]) {
      return Clock::time_point(minutes(t - utc_offset_minutes_));
    }
    ++t;
  }
  return Clock::time_point::max();
}

}  // namespace lantian::crawler
