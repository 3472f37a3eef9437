#pragma once

// RFC 3339 UTC timestamps, the one textual time format lantian stores and
// prints (store rows, WARC-Date, chain entries, notices, daemon state).
//
//   base::FormatRfc3339Utc(1764086400)        -> "2025-11-25T16:00:00Z"
//   base::FormatRfc3339UtcMs(1764086400123)   -> "2025-11-25T16:00:00.123Z"
//   auto t = base::ParseRfc3339("2026-11-25T23:00:00+08:00");
//   t->epoch_seconds                          -> 1795618800 (15:00:00Z)
//   base::FormatRfc3339(*t, 8 * 60)           -> "2026-11-25T23:00:00+08:00"
//
// All functions are thread-safe (gmtime_r/timegm, no shared state).

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace lantian::base {

// Milliseconds since the Unix epoch, from the system clock.
int64_t UnixMsNow();

// "YYYY-MM-DDTHH:MM:SSZ".
std::string FormatRfc3339Utc(int64_t unix_seconds);
// "YYYY-MM-DDTHH:MM:SS.mmmZ".
std::string FormatRfc3339UtcMs(int64_t unix_ms);
// FormatRfc3339UtcMs(UnixMsNow()).
std::string NowRfc3339UtcMs();

// A parsed RFC 3339 time: seconds since the epoch (UTC) and the fraction
// digits as written (kept verbatim so formatting round-trips).
struct ParsedTime {
  int64_t epoch_seconds = 0;
  std::string fraction;  // digits after '.', may be empty
};

// Accepts "YYYY-MM-DDTHH:MM:SS[.frac](Z|+hh:mm|-hh:mm)" ('t' or ' ' for 'T',
// 'z' for 'Z'). Errors: InvalidArgument "not an RFC 3339 time: '<text>'".
[[nodiscard]] Result<ParsedTime> ParseRfc3339(std::string_view text);

// `t` at the given offset east of UTC: "Z" for 0, else "+hh:mm"/"-hh:mm".
std::string FormatRfc3339(const ParsedTime& t, int offset_minutes = 0);

}  // namespace lantian::base
