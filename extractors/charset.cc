#include "extractors/charset.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "base/strings.h"

namespace lantian::extractors {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::size_t kMetaScanBytes = 4096;

// Owns one iconv_t (STYLE.md §5). iconv_t is a pointer type in glibc.
struct IconvCloser {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};
using IconvHandle = std::unique_ptr<void, IconvCloser>;

IconvHandle OpenIconv(const char* to, const char* from) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return IconvHandle();
  return IconvHandle(cd);
}

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.';
}

// Reads a charset value after "charset" at `pos` (pointing just past the word):
// optional spaces, '=', optional spaces and quotes, then label characters.
std::string ReadCharsetValue(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) ++pos;
  if (pos >= s.size() || s[pos] != '=') return "";
  ++pos;
  while (pos < s.size() &&
         (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r' || s[pos] == '"' ||
          s[pos] == '\'' || s[pos] == '\\'))
    ++pos;
  std::size_t start = pos;
  while (pos < s.size() && IsLabelChar(s[pos])) ++pos;
  return std::string(s.substr(start, pos - start));
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = base::AsciiLower(content_type);
  std::size_t pos = lower.find("charset");
  while (pos != std::string::npos) {
    std::string v = ReadCharsetValue(content_type, pos + 7);
    if (!v.empty()) return v;
    pos = lower.find("charset", pos + 7);
  }
  return "";
}

std::size_t CountNonAscii(std::string_view bytes) {
  std::size_t n = 0;
  for (unsigned char c : bytes) n += (c >= 0x80);
  return n;
}

// Skips ASCII from p[i] on, 8 bytes at a time; returns the index of the next
// non-ASCII byte (or n).
std::size_t SkipAscii(const unsigned char* p, std::size_t i, std::size_t n) {
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// The UTF-8 sequence led by the non-ASCII byte p[i]: `len` is its expected
// length (0 for a byte that cannot lead), `valid` how many of its bytes are
// well-formed (Unicode Table 3-7); the sequence is valid when valid == len.
struct Utf8Sequence {
  std::size_t len = 0;
  std::size_t valid = 0;
};

Utf8Sequence ScanUtf8Sequence(const unsigned char* p, std::size_t i, std::size_t n) {
  const unsigned char c = p[i];
  Utf8Sequence seq;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    seq.len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    seq.len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    seq.len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return seq;
  }
  seq.valid = 1;
  while (seq.valid < seq.len && i + seq.valid < n) {
    const unsigned char t = p[i + seq.valid];
    const unsigned char l = seq.valid == 1 ? lo : 0x80;
    const unsigned char h = seq.valid == 1 ? hi : 0xBF;
    if (t < l || t > h) break;
    ++seq.valid;
  }
  return seq;
}

// Appends `bytes` (claimed UTF-8) to `out`, replacing each maximal invalid
// subpart by U+FFFD (WHATWG/Unicode "substitution of maximal subparts").
// Returns the number of replacements.
long AppendSanitizedUtf8(std::string_view bytes, std::string* out) {
  long errors = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  std::size_t run_start = 0;
  out->reserve(out->size() + n);
  while ((i = SkipAscii(p, i, n)) < n) {
    const Utf8Sequence seq = ScanUtf8Sequence(p, i, n);
    if (seq.len != 0 && seq.valid == seq.len) {
      i += seq.len;
      continue;
    }
    out->append(reinterpret_cast<const char*>(p + run_start), i - run_start);
    out->append(kReplacement);
    ++errors;
    i += seq.valid == 0 ? 1 : seq.valid;
    run_start = i;
  }
  out->append(reinterpret_cast<const char*>(p + run_start), n - run_start);
  return errors;
}

const char* IconvName(std::string_view canonical) {
  if (canonical == "GB18030") return "GB18030";
  if (canonical == "Big5") return "BIG5-HKSCS";
  if (canonical == "windows-1252") return "WINDOWS-1252";
  return nullptr;
}

struct Attempt {
  std::string utf8;
  long errors = -1;  // -1: charset unknown to iconv
};

Attempt Decode(std::string_view bytes, std::string_view charset) {
  Attempt a;
  if (charset == "UTF-8") {
    a.errors = AppendSanitizedUtf8(bytes, &a.utf8);
  } else {
    a.errors = ConvertToUtf8(bytes, charset, &a.utf8);
  }
  return a;
}

// "Badly": more than 2% of the non-ASCII bytes (and at least 3) failed.
bool FailedBadly(long errors, std::size_t non_ascii) {
  return errors >= 3 && static_cast<std::size_t>(errors) * 50 > non_ascii;
}

// "Cleanly" for the heuristic: at most 0.5% of the non-ASCII bytes failed
// (a body cut mid-character still counts as clean).
bool DecodedCleanly(long errors, std::size_t non_ascii) {
  return errors >= 0 && static_cast<std::size_t>(errors) * 200 <= non_ascii;
}

// Share of double-byte pairs inside GB2312's common block (lead 0xB0-0xF7,
// trail 0xA1-0xFE). Real GBK text scores > 0.9; Big5 text, whose trail bytes
// spread over 0x40-0x7E as well, scores far lower even when it happens to
// decode as GB18030.
double Gb2312Share(std::string_view bytes) {
  std::size_t pairs = 0, common = 0;
  for (std::size_t i = 0; i + 1 < bytes.size();) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x81) {
      ++i;
      continue;
    }
    auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (trail >= 0x30 && trail <= 0x39) {  // GB18030 four-byte sequence
      i += 4;
      continue;
    }
    ++pairs;
    if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) ++common;
    i += 2;
  }
  return pairs == 0 ? 1.0 : static_cast<double>(common) / static_cast<double>(pairs);
}

DecodedText Finish(Attempt a, std::string charset, std::string how) {
  DecodedText d;
  d.utf8 = std::move(a.utf8);
  d.charset_used = std::move(charset);
  d.how = std::move(how);
  d.had_errors = a.errors > 0;
  return d;
}

DecodedText Heuristic(std::string_view bytes, std::size_t non_ascii, std::string how_prefix) {
  auto how = [&](std::string_view base) {
    return how_prefix.empty() ? std::string(base) : std::string(base) + " (" + how_prefix + ")";
  };
  if (non_ascii == 0) {
    Attempt a;
    a.utf8.assign(bytes);
    a.errors = 0;
    return Finish(std::move(a), "UTF-8", how(how_prefix.empty() ? "default" : "heuristic"));
  }
  Attempt utf8 = Decode(bytes, "UTF-8");
  if (utf8.errors == 0) return Finish(std::move(utf8), "UTF-8", how("heuristic"));
  Attempt gb = Decode(bytes, "GB18030");
  const bool gb_clean = DecodedCleanly(gb.errors, non_ascii);
  if (gb_clean && Gb2312Share(bytes) >= 0.8) return Finish(std::move(gb), "GB18030", how("heuristic"));
  Attempt big5 = Decode(bytes, "Big5");
  if (DecodedCleanly(big5.errors, non_ascii)) return Finish(std::move(big5), "Big5", how("heuristic"));
  if (gb_clean) return Finish(std::move(gb), "GB18030", how("heuristic"));
  if (DecodedCleanly(utf8.errors, non_ascii)) return Finish(std::move(utf8), "UTF-8", how("heuristic"));
  Attempt latin = Decode(bytes, "windows-1252");
  if (latin.errors < 0) {  // iconv without WINDOWS-1252: should not happen with glibc
    return Finish(std::move(utf8), "UTF-8", how("default"));
  }
  return Finish(std::move(latin), "windows-1252", how("heuristic"));
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while ((i = SkipAscii(p, i, n)) < n) {
    // Fast path for the common case on Chinese pages: runs of three-byte
    // sequences whose lead byte puts no extra bound on the second byte
    // (E1..EC, EE, EF), then two-byte ones (C2..DF).
    while (i + 2 < n) {
      const unsigned c = p[i];
      if (c >= 0xE1 && c <= 0xEF && c != 0xED && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
        i += 3;
      } else if (c >= 0xC2 && c <= 0xDF && (p[i + 1] & 0xC0) == 0x80) {
        i += 2;
      } else {
        break;
      }
    }
    if (i >= n || p[i] < 0x80) continue;
    const Utf8Sequence seq = ScanUtf8Sequence(p, i, n);
    if (seq.len == 0 || seq.valid != seq.len) return false;
    i += seq.len;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view text) {
  if (IsValidUtf8(text)) return std::string(text);
  std::string out;
  AppendSanitizedUtf8(text, &out);
  return out;
}

std::string CanonicalCharset(std::string_view label) {
  std::string l = base::AsciiLower(label);
  while (!l.empty() && (l.back() == ' ' || l.back() == '"' || l.back() == '\'')) l.pop_back();
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") return "UTF-8";
  if (l == "gbk" || l == "gb2312" || l == "gb_2312" || l == "gb_2312-80" || l == "x-gbk" ||
      l == "gb18030" || l == "cp936" || l == "windows-936" || l == "ms936" || l == "csgb2312" ||
      l == "chinese" || l == "iso-ir-58" || l == "euc-cn" || l == "x-euc-cn" || l == "hz-gb-2312-gbk")
    return "GB18030";
  if (l == "big5" || l == "big5-hkscs" || l == "cn-big5" || l == "x-x-big5" || l == "csbig5" ||
      l == "cp950" || l == "x-big5")
    return "Big5";
  if (l == "iso-8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" || l == "ascii" ||
      l == "windows-1252" || l == "cp1252" || l == "iso8859-1" || l == "iso_8859-1" || l == "cp819" ||
      l == "ibm819" || l == "x-cp1252")
    return "windows-1252";
  if (l == "utf-16le" || l == "utf-16") return "UTF-16LE";
  if (l == "utf-16be") return "UTF-16BE";
  if (l.empty()) return "";
  // Anything else iconv knows (Shift_JIS, EUC-KR, KOI8-R, windows-1251, ...).
  std::string upper(label);
  for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  if (OpenIconv("UTF-8", upper.c_str())) return upper;
  return "";
}

std::string SniffMetaCharset(std::string_view bytes) {
  std::string_view head = bytes.substr(0, kMetaScanBytes);
  std::string lower = base::AsciiLower(head);
  std::size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    std::size_t end = lower.find('>', pos);
    if (end == std::string::npos) end = lower.size();
    std::size_t cs = lower.find("charset", pos);
    while (cs != std::string::npos && cs < end) {
      std::string v = ReadCharsetValue(head, cs + 7);
      if (!v.empty()) return v;
      cs = lower.find("charset", cs + 7);
    }
    pos = end;
  }
  return "";
}

long ConvertToUtf8(std::string_view bytes, std::string_view charset, std::string* out) {
  if (charset == "UTF-8") return AppendSanitizedUtf8(bytes, out);
  const char* name = IconvName(charset);
  std::string owned;
  if (name == nullptr) {
    owned.assign(charset);
    name = owned.c_str();
  }
  IconvHandle cd = OpenIconv("UTF-8", name);
  if (!cd) return -1;
  auto* handle = static_cast<iconv_t>(cd.get());
  long errors = 0;
  std::size_t base = out->size();
  out->resize(base + bytes.size() * 2 + 16);
  char* in_ptr = const_cast<char*>(bytes.data());  // iconv's signature; input is not written
  std::size_t in_left = bytes.size();
  std::size_t out_pos = base;
  while (in_left > 0) {
    char* out_ptr = out->data() + out_pos;
    std::size_t out_left = out->size() - out_pos;
    std::size_t rc = iconv(handle, &in_ptr, &in_left, &out_ptr, &out_left);
    out_pos = static_cast<std::size_t>(out_ptr - out->data());
    if (rc != static_cast<std::size_t>(-1)) break;
    const int err = errno;
    if (err == E2BIG) {
      out->resize(out->size() * 2 + 16);
      continue;
    }
    // EILSEQ (invalid) or EINVAL (incomplete at the end): one U+FFFD, skip a byte.
    if (out->size() - out_pos < kReplacement.size()) out->resize(out->size() * 2 + 16);
    std::memcpy(out->data() + out_pos, kReplacement.data(), kReplacement.size());
    out_pos += kReplacement.size();
    ++errors;
    iconv(handle, nullptr, nullptr, nullptr, nullptr);  // reset shift state
    if (err == EINVAL && in_left < 4) {
      // An incomplete sequence at the end: the rest cannot decode.
      in_left = 0;
      break;
    }
    ++in_ptr;
    --in_left;
  }
  // Flush a stateful decoder's pending output.
  for (;;) {
    char* out_ptr = out->data() + out_pos;
    std::size_t out_left = out->size() - out_pos;
    std::size_t rc = iconv(handle, nullptr, nullptr, &out_ptr, &out_left);
    out_pos = static_cast<std::size_t>(out_ptr - out->data());
    if (rc != static_cast<std::size_t>(-1) || errno != E2BIG) break;
    out->resize(out->size() * 2 + 16);
  }
  out->resize(out_pos);
  return errors;
}

DecodedText DecodeToUtf8(std::string_view bytes, std::string_view content_type_header) {
  // 1. BOM.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    return Finish(Decode(bytes.substr(3), "UTF-8"), "UTF-8", "bom");
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    std::string cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    Attempt a = Decode(bytes.substr(2), cs);
    if (a.errors >= 0) return Finish(std::move(a), cs, "bom");
  }
  const std::size_t non_ascii = CountNonAscii(bytes);
  // 2. Content-Type charset, 3. <meta>.
  struct Declared {
    std::string label;
    const char* how;
  };
  Declared declared[2] = {{CharsetFromContentType(content_type_header), "header"},
                          {SniffMetaCharset(bytes), "meta"}};
  for (const Declared& d : declared) {
    if (d.label.empty()) continue;
    std::string cs = CanonicalCharset(d.label);
    if (cs.empty()) continue;  // unknown label: next evidence
    Attempt a = Decode(bytes, cs);
    if (a.errors < 0) continue;
    if (!FailedBadly(a.errors, non_ascii)) return Finish(std::move(a), cs, d.how);
    // The label lies: let the heuristic choose, unless it does worse.
    std::string note = std::string(d.how) + " said " + cs + ", " + std::to_string(a.errors) + " errors";
    DecodedText h = Heuristic(bytes, non_ascii, note);
    Attempt again = Decode(bytes, h.charset_used);
    if (again.errors >= 0 && again.errors < a.errors) return h;
    return Finish(std::move(a), cs, d.how);
  }
  // 4. Heuristic.
  return Heuristic(bytes, non_ascii, "");
}

}  // namespace lantian::extractors
