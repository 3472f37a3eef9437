#include "store/bundle/internal/evidence_text.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "base/strings.h"
#include "base/time.h"

namespace lantian::store::internal {
namespace {

// One UTF-8 code point: its value and byte length (1 for a stray byte).
struct CodePoint {
  char32_t value;
  size_t length;
};

CodePoint DecodeAt(std::string_view s, size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return {b, 1};
  char32_t v = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 0x2) return {b, 1};
    v = (v << 6) | (c & 0x3F);
  }
  return {v, n};
}

bool Invisible(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x00AD;
}

bool AsciiWordChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '-' || c == '.' || c == '/' || c == '%';
}

// A code point of `text` with its byte span.
struct Piece {
  size_t begin, end;
  char32_t value;
};

std::vector<Piece> Pieces(std::string_view text) {
  std::vector<Piece> out;
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = DecodeAt(text, i);
    out.push_back({i, i + cp.length, cp.value});
    i += cp.length;
  }
  return out;
}

// Does a boundary end at piece k? Sentence: 。！？, "!"/"?" before a space or
// the end, line breaks. Clause also: ；，; and "," or ";" before a space.
bool EndsUnit(const std::vector<Piece>& p, size_t k, bool clause) {
  char32_t c = p[k].value;
  bool next_space = k + 1 >= p.size() || p[k + 1].value == ' ';
  if (c == U'。' || c == U'！' || c == U'？' || c == '\n') return true;
  if ((c == '!' || c == '?') && next_space) return true;
  if (!clause) return false;
  if (c == U'；' || c == U'，') return true;
  return (c == ';' || c == ',') && next_space;
}

}  // namespace

std::string StripInvisible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = DecodeAt(text, i);
    if (Invisible(cp.value)) {
      i += cp.length;
      continue;
    }
    bool space = cp.length == 1 && (base::IsAsciiSpace(text[i]) || text[i] == '\n');
    if (cp.value == 0x3000 || cp.value == 0xA0) space = true;  // ideographic, no-break space
    if (space) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(text.substr(i, cp.length));
    }
    i += cp.length;
  }
  return out;
}

std::string QuoteEvidence(std::string_view raw_context, std::string_view raw_match,
                          size_t max_chars) {
  // Line breaks end sentences: keep them as '\n' through cleaning.
  std::string context;
  {
    std::string marked(raw_context);
    for (char& c : marked) {
      if (c == '\n' || c == '\r') c = '\x1F';
    }
    context = StripInvisible(marked);
    for (char& c : context) {
      if (c == '\x1F') c = '\n';
    }
  }
  const std::string match = StripInvisible(raw_match);
  size_t at = match.empty() ? std::string::npos : context.find(match);
  if (at == std::string::npos) return match.empty() ? StripInvisible(raw_context) : match;
  const std::vector<Piece> p = Pieces(context);
  size_t m_first = 0, m_last = 0;  // pieces of the match
  for (size_t k = 0; k < p.size(); ++k) {
    if (p[k].begin == at) m_first = k;
    if (p[k].end == at + match.size()) m_last = k;
  }
  // The sentence (or clause) around the match: pieces [first, last].
  auto unit = [&](bool clause, size_t* first, size_t* last) {
    size_t f = m_first;
    while (f > 0 && !EndsUnit(p, f - 1, clause)) --f;
    size_t l = m_last;
    while (l + 1 < p.size() && !EndsUnit(p, l, clause)) ++l;
    *first = f;
    *last = l;
  };
  size_t first = 0, last = 0;
  bool cut_left = false, cut_right = false;
  unit(false, &first, &last);
  if (last - first + 1 > max_chars) unit(true, &first, &last);
  if (last - first + 1 > max_chars) {
    // A window around the match, split evenly, then moved off word middles.
    size_t m_len = m_last - m_first + 1;
    size_t room = max_chars > m_len ? max_chars - m_len : 0;
    size_t f = m_first >= first + room / 2 ? m_first - room / 2 : first;
    size_t l = std::min(last, m_last + (room - (m_first - f)));
    if (f > first) {
      cut_left = true;
      while (f < m_first && p[f].value < 0x80 && AsciiWordChar(char(p[f].value)) &&
             p[f - 1].value < 0x80 && AsciiWordChar(char(p[f - 1].value))) {
        ++f;
      }
    }
    if (l < last) {
      cut_right = true;
      while (l > m_last && p[l].value < 0x80 && AsciiWordChar(char(p[l].value)) &&
             p[l + 1].value < 0x80 && AsciiWordChar(char(p[l + 1].value))) {
        --l;
      }
    }
    first = f;
    last = l;
  }
  std::string out(base::TrimAscii(
      std::string_view(context).substr(p[first].begin, p[last].end - p[first].begin)));
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  if (cut_left) out = "…" + std::string(base::TrimAscii(out));
  if (cut_right) out += "…";
  return out;
}

std::string ChineseDateTime(std::string_view rfc3339) {
  if (rfc3339.empty()) return "";
  auto t = base::ParseRfc3339(rfc3339);
  if (!t.ok()) return std::string(rfc3339);
  // "2026-12-06T14:05:00+08:00"
  const std::string cst = base::FormatRfc3339(*t, 8 * 60);
  int year = std::stoi(cst.substr(0, 4));
  int month = std::stoi(cst.substr(5, 2));
  int day = std::stoi(cst.substr(8, 2));
  return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日 " +
         cst.substr(11, 5);
}

std::string ChineseDate(std::string_view rfc3339) {
  if (!base::ParseRfc3339(rfc3339).ok()) return std::string(rfc3339);
  std::string s = ChineseDateTime(rfc3339);
  return s.substr(0, s.find(' '));
}

}  // namespace lantian::store::internal
