#include "base/time.h"

#include <time.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace lantian::base {
namespace {

std::tm UtcTm(int64_t unix_seconds) {
  const std::time_t secs = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  return tm;
}

// Floor division so times before 1970 keep a non-negative millisecond part.
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

int64_t UnixMsNow() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string FormatRfc3339Utc(int64_t unix_seconds) {
  const std::tm tm = UtcTm(unix_seconds);
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string FormatRfc3339UtcMs(int64_t unix_ms) {
  const int64_t secs = FloorDiv(unix_ms, 1000);
  const std::tm tm = UtcTm(secs);
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(unix_ms - secs * 1000));
  return buf;
}

std::string NowRfc3339UtcMs() { return FormatRfc3339UtcMs(UnixMsNow()); }

Result<ParsedTime> ParseRfc3339(std::string_view s) {
  auto bad = [&] { return Status::InvalidArgument("not an RFC 3339 time: '" + std::string(s) + "'"); };
  auto num = [&](size_t pos, size_t len, int* out) {
    if (pos + len > s.size()) return false;
    auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + len, *out);
    return ec == std::errc() && p == s.data() + pos + len;
  };
  int y, mo, d, h, mi, sec;
  if (s.size() < 20 || !num(0, 4, &y) || s[4] != '-' || !num(5, 2, &mo) || s[7] != '-' ||
      !num(8, 2, &d) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !num(11, 2, &h) ||
      s[13] != ':' || !num(14, 2, &mi) || s[16] != ':' || !num(17, 2, &sec)) {
    return bad();
  }
  ParsedTime t;
  size_t pos = 19;
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') t.fraction.push_back(s[pos++]);
    if (t.fraction.empty()) return bad();
  }
  int offset_minutes = 0;
  if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
    ++pos;
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    int oh, om;
    if (!num(pos + 1, 2, &oh) || pos + 3 >= s.size() || s[pos + 3] != ':' || !num(pos + 4, 2, &om)) {
      return bad();
    }
    offset_minutes = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return bad();
  }
  if (pos != s.size() || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) {
    return bad();
  }
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  t.epoch_seconds = int64_t(timegm(&tm)) - int64_t(offset_minutes) * 60;
  return t;
}

std::string FormatRfc3339(const ParsedTime& t, int offset_minutes) {
  const std::tm tm = UtcTm(t.epoch_seconds + int64_t(offset_minutes) * 60);
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  std::string out = buf;
  if (!t.fraction.empty()) out += "." + t.fraction;
  if (offset_minutes == 0) {
    out += 'Z';
  } else {
    const int abs_min = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    std::snprintf(buf, sizeof(buf), "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', abs_min / 60,
                  abs_min % 60);
    out += buf;
  }
  return out;
}

}  // namespace lantian::base
