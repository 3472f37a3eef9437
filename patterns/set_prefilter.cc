#include "patterns/internal/set_prefilter.h"

#include <cctype>
#include <vector>

namespace lantian::patterns::internal {
namespace {

// Length of a "{m,n}" / "{m,}" quantifier at `i` (0 when there is none) and
// its lower bound and whether it is a range.
struct Quantifier {
  size_t length = 0;
  bool range = false;  // has a comma: "{m,n}" or "{m,}"
  bool zero_min = false;
};

Quantifier ReadQuantifier(std::string_view p, size_t i) {
  Quantifier q;
  if (i >= p.size() || p[i] != '{') return q;
  size_t j = i + 1;
  size_t digits = 0;
  size_t min = 0;
  while (j < p.size() && std::isdigit(static_cast<unsigned char>(p[j]))) {
    min = min * 10 + static_cast<size_t>(p[j] - '0');
    ++j;
    ++digits;
  }
  if (digits == 0) return q;
  if (j < p.size() && p[j] == ',') {
    q.range = true;
    ++j;
    while (j < p.size() && std::isdigit(static_cast<unsigned char>(p[j]))) ++j;
  }
  if (j >= p.size() || p[j] != '}') return q;
  ++j;
  if (j < p.size() && p[j] == '?') ++j;  // lazy form
  q.length = j - i;
  q.zero_min = min == 0;
  return q;
}


// Length of the atom at `i`: ".", "[...]", "\\p{...}" / "\\pX", another
// escape, or one byte (one UTF-8 byte is enough here: quantifiers after a
// multi-byte literal are not rewritten). `wide` says whether it is one of
// the first three (which match many characters).
size_t AtomLength(std::string_view p, size_t i, bool* wide) {
  *wide = false;
  size_t end = i + 1;
  if (p[i] == '.') {
    *wide = true;
  } else if (p[i] == '[') {
    if (end < p.size() && p[end] == '^') ++end;
    if (end < p.size() && p[end] == ']') ++end;  // "[]...]" holds a literal ']'
    while (end < p.size() && p[end] != ']') {
      if (p[end] == '\\') ++end;
      ++end;
    }
    end = end < p.size() ? end + 1 : p.size();
    *wide = true;
  } else if (p[i] == '\\' && i + 1 < p.size()) {
    end = i + 2;
    if (p[i + 1] == 'p' || p[i + 1] == 'P') {
      if (end < p.size() && p[end] == '{') {
        while (end < p.size() && p[end] != '}') ++end;
        end = end < p.size() ? end + 1 : p.size();
      } else if (end < p.size()) {
        ++end;
      }
      *wide = true;
    }
  }
  return end - i;
}

// Widens every bounded repetition of a wide atom (see the header).
std::string Widen(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  size_t i = 0;
  while (i < p.size()) {
    bool wide = false;
    const size_t n = AtomLength(p, i, &wide);
    out.append(p.substr(i, n));
    i += n;
    if (!wide) continue;
    const Quantifier q = ReadQuantifier(p, i);
    if (q.length == 0 || !q.range) continue;
    out.push_back(q.zero_min ? '*' : '+');
    i += q.length;
  }
  return out;
}

// The top-level alternatives of `p` (split at '|' outside groups and classes).
std::vector<std::string_view> TopLevelAlternatives(std::string_view p) {
  std::vector<std::string_view> alts;
  size_t start = 0;
  int depth = 0;
  size_t i = 0;
  while (i < p.size()) {
    bool wide = false;
    const size_t n = AtomLength(p, i, &wide);
    if (n == 1) {
      if (p[i] == '(') ++depth;
      if (p[i] == ')') --depth;
      if (p[i] == '|' && depth == 0) {
        alts.push_back(p.substr(start, i - start));
        start = i + 1;
      }
    }
    i += n;
  }
  alts.push_back(p.substr(start));
  return alts;
}

// `alt` cut just before its first bounded gap outside any group ("" when it
// has none, or when nothing but the gap would be left).
std::string_view CutAtTopLevelGap(std::string_view alt) {
  int depth = 0;
  size_t i = 0;
  while (i < alt.size()) {
    bool wide = false;
    const size_t n = AtomLength(alt, i, &wide);
    if (n == 1 && alt[i] == '(') ++depth;
    if (n == 1 && alt[i] == ')') --depth;
    if (wide && depth == 0) {
      const Quantifier q = ReadQuantifier(alt, i + n);
      if (q.length != 0 && q.range) return i == 0 ? std::string_view() : alt.substr(0, i);
    }
    i += n;
  }
  return std::string_view();
}

}  // namespace

std::string SetPrefilterPattern(std::string_view p) {
  std::string out;
  out.reserve(p.size());
  bool first = true;
  for (std::string_view alt : TopLevelAlternatives(p)) {
    if (!first) out.push_back('|');
    first = false;
    const std::string_view cut = CutAtTopLevelGap(alt);
    out += cut.empty() ? Widen(alt) : Widen(cut);
  }
  return out;
}

}  // namespace lantian::patterns::internal
