#include "extractors/internal/contact_tokens.h"

#include <cstddef>

namespace lantian::extractors::internal {
namespace {

// Decodes one code point; an invalid sequence is one U+FFFD of one byte.
char32_t DecodeOne(std::string_view s, std::size_t i, std::size_t* len) {
  auto c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) return c;
  int n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0xFFFD;
  }
  if (i + static_cast<std::size_t>(n) > s.size()) return 0xFFFD;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (int k = 1; k < n; ++k) {
    auto t = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF)) return 0xFFFD;
    cp = (cp << 6) | (t & 0x3F);
  }
  *len = static_cast<std::size_t>(n);
  return cp;
}

// Characters that disguise nothing and are skipped entirely: zero-width
// characters, variation selectors, soft hyphen.
bool IsInvisible(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD ||
         (cp >= 0xFE00 && cp <= 0xFE0F);
}

int ChineseDigit(char32_t cp) {
  switch (cp) {
    case U'零': case U'〇': return 0;
    case U'一': case U'壹': case U'幺': case U'么': return 1;
    case U'二': case U'贰': case U'貳': case U'两': case U'兩': return 2;
    case U'三': case U'叁': case U'參': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

}  // namespace

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> toks;
  toks.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t len = 1;
    char32_t cp = DecodeOne(s, i, &len);
    Tok t;
    t.cp = cp;
    t.begin = static_cast<std::uint32_t>(i);
    t.end = static_cast<std::uint32_t>(i + len);
    i += len;
    if (cp >= 0x4E00 && cp <= 0x9FFF) {  // CJK ideographs: only Chinese digits matter
      t.digit = static_cast<std::int8_t>(ChineseDigit(cp));
      toks.push_back(t);
      continue;
    }
    if (IsInvisible(cp)) continue;
    // Full-width ASCII → ASCII.
    char32_t a = cp;
    if (cp >= 0xFF01 && cp <= 0xFF5E) a = cp - 0xFF01 + 0x21;
    if (cp == 0x3000) a = ' ';
    if (cp == 0x2164) a = 'V';  // Roman numeral five
    if (cp == 0x2169) a = 'X';
    if (cp == 0x2174) a = 'v';
    if (cp == 0x2179) a = 'x';
    if (cp == 0x00A0) a = ' ';
    if (a < 0x80) {
      char ch = static_cast<char>(a);
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      t.ascii = ch;
      if (ch >= '0' && ch <= '9') {
        t.digit = static_cast<std::int8_t>(ch - '0');
        t.strict = true;
      } else if (ch == 'o' || ch == 'l' || (a == 'I')) {
        t.digit = static_cast<std::int8_t>(ch == 'o' ? 0 : 1);
        t.letter_digit = true;
      }
    } else if (cp >= 0x2460 && cp <= 0x2468) {  // ①-⑨
      t.digit = static_cast<std::int8_t>(cp - 0x2460 + 1);
      t.strict = true;
    } else if (cp == 0x24EA || cp == 0x24FF || cp == 0x1F10B || cp == 0x1F10C) {  // ⓪ ⓿
      t.digit = 0;
      t.strict = true;
    } else if (cp >= 0x2776 && cp <= 0x277E) {  // ❶-❾
      t.digit = static_cast<std::int8_t>(cp - 0x2776 + 1);
      t.strict = true;
    } else if (cp >= 0x2780 && cp <= 0x2788) {  // ➀-➈
      t.digit = static_cast<std::int8_t>(cp - 0x2780 + 1);
      t.strict = true;
    } else if (cp >= 0x278A && cp <= 0x2792) {  // ➊-➒
      t.digit = static_cast<std::int8_t>(cp - 0x278A + 1);
      t.strict = true;
    } else if (cp >= 0x2474 && cp <= 0x247C) {  // ⑴-⑼
      t.digit = static_cast<std::int8_t>(cp - 0x2474 + 1);
      t.strict = true;
    } else if (cp >= 0x2488 && cp <= 0x2490) {  // ⒈-⒐
      t.digit = static_cast<std::int8_t>(cp - 0x2488 + 1);
      t.strict = true;
    } else if (cp >= 0x1D7CE && cp <= 0x1D7FF) {  // mathematical digits
      t.digit = static_cast<std::int8_t>((cp - 0x1D7CE) % 10);
      t.strict = true;
    } else {
      t.digit = static_cast<std::int8_t>(ChineseDigit(cp));
    }
    toks.push_back(t);
  }
  return toks;
}

}  // namespace lantian::extractors::internal
