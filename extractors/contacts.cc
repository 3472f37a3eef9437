#include "extractors/contacts.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractors/internal/contact_tokens.h"

namespace lantian::extractors {
namespace {

using internal::Tok;
using internal::Tokenize;

bool IsRunSeparator(const Tok& t) {
  if (t.ascii == ' ' || t.ascii == '-' || t.ascii == '.' || t.ascii == '_' || t.ascii == '/' ||
      t.ascii == '(' || t.ascii == ')' || t.ascii == '\t' || t.ascii == '*')
    return true;
  return t.cp == U'·' || t.cp == U'—' || t.cp == U'–' || t.cp == U'（' || t.cp == U'）' || t.cp == U'、' ||
         t.cp == U'丶' || t.cp == U'～' || t.cp == U'~' || t.cp == U'•' || t.cp == U'｜' || t.cp == U'|';
}

// A run of digit-like tokens with separators between them.
struct DigitRun {
  std::string digits;
  std::vector<std::size_t> tok;  // token index of each digit
  std::size_t first = 0, last = 0;  // token indices of the first and last digit
};

// Reads a digit run starting at token `i` (which must be a digit or digit-like).
// At most two separators in a row; o/O/l/I count only after two real digits
// and only when a digit follows them.
DigitRun ReadRun(const std::vector<Tok>& toks, std::size_t i) {
  DigitRun run;
  std::size_t j = i;
  int strict_seen = 0;
  while (j < toks.size()) {
    const Tok& t = toks[j];
    if (t.digit >= 0 && !t.letter_digit) {
      run.digits.push_back(static_cast<char>('0' + t.digit));
      run.tok.push_back(j);
      strict_seen += t.strict;
      ++j;
      continue;
    }
    if (t.letter_digit && strict_seen >= 2) {
      // Accept a block of o/l letters only when a digit follows it.
      std::size_t k = j;
      while (k < toks.size() && toks[k].letter_digit) ++k;
      if (k < toks.size() && toks[k].digit >= 0 && !toks[k].letter_digit && k - j <= 4) {
        for (std::size_t m = j; m < k; ++m) {
          run.digits.push_back(static_cast<char>('0' + toks[m].digit));
          run.tok.push_back(m);
        }
        j = k;
        continue;
      }
      break;
    }
    if (IsRunSeparator(t) && !run.digits.empty()) {
      std::size_t k = j;
      while (k < toks.size() && k - j < 3 && IsRunSeparator(toks[k])) ++k;
      if (k - j <= 2 && k < toks.size() && toks[k].digit >= 0 && !toks[k].letter_digit) {
        j = k;
        continue;
      }
      break;
    }
    break;
  }
  if (!run.tok.empty()) {
    run.first = run.tok.front();
    run.last = run.tok.back();
  }
  return run;
}

bool SeparatedBefore(const std::vector<Tok>& toks, const DigitRun& run, std::size_t d) {
  // True when the digit at run index d starts the run or follows a separator or a non-strict digit.
  if (d == 0) return true;
  std::size_t prev = run.tok[d - 1];
  std::size_t cur = run.tok[d];
  if (cur - prev > 1) return true;
  return !toks[prev].strict || !toks[cur].strict;
}

bool SeparatedAfter(const std::vector<Tok>& toks, const DigitRun& run, std::size_t d_end) {
  // d_end: run index one past the candidate's last digit.
  if (d_end >= run.tok.size()) return true;
  std::size_t prev = run.tok[d_end - 1];
  std::size_t next = run.tok[d_end];
  if (next - prev > 1) return true;
  return !toks[prev].strict || !toks[next].strict;
}

// Compares tokens at `i` with `label` (lower-case; ASCII letters compare by
// their normalized reading). Returns the number of tokens matched, or 0.
std::size_t MatchLabel(const std::vector<Tok>& toks, std::size_t i, std::u32string_view label) {
  std::size_t k = 0;
  for (; k < label.size(); ++k) {
    if (i + k >= toks.size()) return 0;
    const Tok& t = toks[i + k];
    char32_t c = t.ascii != 0 ? static_cast<char32_t>(static_cast<unsigned char>(t.ascii)) : t.cp;
    if (c != label[k]) return 0;
  }
  return k;
}

bool IsAsciiAlnum(const Tok& t) {
  return (t.ascii >= 'a' && t.ascii <= 'z') || (t.ascii >= '0' && t.ascii <= '9');
}

bool IsIdChar(const Tok& t) { return IsAsciiAlnum(t) || t.ascii == '_' || t.ascii == '-'; }

// Fillers between a label and the value: "：", "号", "号码", "id", "是", "加", quotes, arrows...
std::size_t SkipFiller(const std::vector<Tok>& toks, std::size_t i, bool* had_colon) {
  std::size_t start = i;
  while (i < toks.size() && i - start < 8) {
    const Tok& t = toks[i];
    if (t.ascii == ':' || t.ascii == ' ' || t.ascii == '=' || t.ascii == '-' || t.ascii == '>' ||
        t.ascii == '"' || t.ascii == '\'' || t.ascii == '[' || t.ascii == ']' || t.ascii == '(' ||
        t.ascii == ')' || t.ascii == '\t' || t.ascii == '\n' || t.ascii == '<') {
      if (t.ascii == ':') *had_colon = true;
      ++i;
      continue;
    }
    if (t.cp == U'号' || t.cp == U'碼' || t.cp == U'码' || t.cp == U'是' || t.cp == U'加' || t.cp == U'搜' ||
        t.cp == U'【' || t.cp == U'】' || t.cp == U'「' || t.cp == U'」' || t.cp == U'“' || t.cp == U'”' ||
        t.cp == U'→' || t.cp == U'👉' || t.cp == U'〔' || t.cp == U'〕' || t.cp == U'《' || t.cp == U'》' ||
        t.cp == U'：' || t.cp == U'群' || t.cp == U'⇒' || t.cp == U'➡' || t.cp == U'『' || t.cp == U'』') {
      ++i;
      continue;
    }
    if (t.ascii == 'i' && i + 1 < toks.size() && toks[i + 1].ascii == 'd' &&
        (i + 2 >= toks.size() || !IsIdChar(toks[i + 2]))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

struct Label {
  std::u32string_view text;
  bool needs_colon;  // single letters: "V：", "Q：" only
};

constexpr Label kWechatLabels[] = {
    {U"微信号", false}, {U"微信", false}, {U"weixin", false}, {U"wechat", false}, {U"vx", false},
    {U"v信", false},    {U"wx", false},   {U"薇信", false},   {U"威信", false},   {U"微芯", false},
    {U"卫星", false},   {U"🛰", false},   {U"绿泡泡", false}, {U"绿色软件", false}, {U"➕v", false},
    {U"+v", false},     {U"加v", false},  {U"v❤", false},     {U"v♥", false},    {U"加微", false},
    {U"徽信", false},   {U"维信", false}, {U"薇", false},     {U"v", true},
};

constexpr Label kQqLabels[] = {
    {U"qq群", false}, {U"qq号", false}, {U"qq", false}, {U"扣扣", false}, {U"叩叩", false},
    {U"企鹅", false}, {U"🐧", false},   {U"q群", false}, {U"口口", false},
    {U"q", true},
};

// Cheap pre-check: can a WeChat or QQ label start with `c`? Lists the first
// characters of kWechatLabels and kQqLabels (ContactsTest covers every label).
bool IsLabelStart(char32_t c) {
  switch (c) {
    case U'w': case U'v': case U'+': case U'q': case U'微': case U'薇': case U'威': case U'卫':
    case U'🛰': case U'绿': case U'➕': case U'加': case U'徽': case U'维': case U'扣': case U'叩':
    case U'企': case U'🐧': case U'口':
      return true;
    default:
      return false;
  }
}

constexpr std::u32string_view kSameAsPhone[] = {U"微信同号", U"同微信", U"vx同号", U"v同号", U"wx同号",
                                                U"微同号",   U"同号微信", U"微信同步", U"v信同号", U"薇信同号"};

constexpr std::u32string_view kLandlineLabels[] = {U"电话", U"座机", U"tel", U"热线", U"固话", U"☎", U"📞",
                                                   U"客服", U"联系方式", U"咨询"};

constexpr std::string_view kTlds[] = {"com", "cn", "net", "org", "cc", "top", "xyz", "vip", "info", "shop",
                                      "site", "online", "club", "ltd", "ink", "link", "wang", "co", "io",
                                      "me", "tv", "pro", "biz", "asia", "hk", "tw", "store", "work", "fun",
                                      "icu", "live", "tech", "email", "group", "life", "space", "website"};

bool IsTld(std::string_view s) {
  for (std::string_view t : kTlds) {
    if (s == t) return true;
  }
  return false;
}

class Extractor {
 public:
  // `seen` holds the keys already reported (shared across chunks).
  Extractor(std::string_view text, std::unordered_set<std::string>* seen)
      : text_(text), toks_(Tokenize(text)), seen_(seen) {}

  std::vector<Contact> Run() {
    FindLabelled();
    FindPhones();
    FindEmails();
    FindUrls();
    std::sort(out_.begin(), out_.end(), [](const Contact& a, const Contact& b) {
      return a.start != b.start ? a.start < b.start : a.key < b.key;
    });
    std::vector<Contact> unique;
    for (Contact& c : out_) {
      if (seen_->insert(c.key).second) unique.push_back(std::move(c));
    }
    return unique;
  }

 private:
  void Add(ContactKind kind, std::string value, std::size_t first_tok, std::size_t last_tok) {
    Contact c;
    c.kind = kind;
    c.value_normalized = std::move(value);
    c.key = std::string(ContactKindName(kind)) + ":" + c.value_normalized;
    c.start = toks_[first_tok].begin;
    c.end = toks_[last_tok].end;
    c.raw.assign(text_.substr(c.start, c.end - c.start));
    out_.push_back(std::move(c));
  }

  bool Near(std::size_t first, std::size_t last, std::size_t window, const std::u32string_view* labels,
            std::size_t n) const {
    std::size_t from = first > window ? first - window : 0;
    std::size_t to = std::min(toks_.size(), last + window);
    for (std::size_t i = from; i < to; ++i) {
      const char32_t c0 = toks_[i].ascii != 0 ? static_cast<char32_t>(toks_[i].ascii) : toks_[i].cp;
      for (std::size_t k = 0; k < n; ++k) {
        if (labels[k][0] == c0 && MatchLabel(toks_, i, labels[k]) != 0) return true;
      }
    }
    return false;
  }

  // Labels followed by a WeChat id or a QQ number.
  void FindLabelled() {
    for (std::size_t i = 0; i < toks_.size(); ++i) {
      // A Latin label must not be the tail of a longer word ("TV:", "iQQ").
      bool word_start = i == 0 || !IsAsciiAlnum(toks_[i - 1]);
      const char32_t first = toks_[i].ascii != 0 ? static_cast<char32_t>(toks_[i].ascii) : toks_[i].cp;
      if (!IsLabelStart(first)) continue;
      for (const Label& l : kWechatLabels) {
        if (l.text[0] != first) continue;
        std::size_t n = MatchLabel(toks_, i, l.text);
        if (n == 0) continue;
        if (l.text[0] < 0x80 && !word_start && l.text[0] != U'+') continue;
        if (TryWechat(i, i + n, l.needs_colon)) break;
      }
      for (const Label& l : kQqLabels) {
        if (l.text[0] != first) continue;
        std::size_t n = MatchLabel(toks_, i, l.text);
        if (n == 0) continue;
        if (l.text[0] < 0x80 && !word_start) continue;
        if (TryQq(i + n, l.needs_colon)) break;
      }
    }
  }

  bool TryWechat(std::size_t label_tok, std::size_t after, bool needs_colon) {
    bool colon = false;
    std::size_t i = SkipFiller(toks_, after, &colon);
    if (i >= toks_.size()) return false;
    if (needs_colon && !colon) {
      // "V zl886x": a bare single letter only before an id with letters and digits.
      if (i == after) return false;
    }
    (void)label_tok;
    const Tok& t = toks_[i];
    if (t.ascii >= 'a' && t.ascii <= 'z') {
      std::size_t j = i;
      std::string id;
      bool has_digit = false;
      while (j < toks_.size() && IsIdChar(toks_[j]) && id.size() < 21) {
        has_digit |= toks_[j].ascii >= '0' && toks_[j].ascii <= '9';
        id.push_back(toks_[j].ascii);
        ++j;
      }
      if (id.size() < 6 || id.size() > 20) return false;
      if (j < toks_.size() && IsIdChar(toks_[j])) return false;
      if (needs_colon && !colon && !has_digit) return false;
      Add(ContactKind::kWechat, id, i, j - 1);
      return true;
    }
    if (t.digit >= 0 && !t.letter_digit && !(needs_colon && !colon)) {
      DigitRun run = ReadRun(toks_, i);
      if (run.digits.size() >= 6 && run.digits.size() <= 11) {
        Add(ContactKind::kWechat, run.digits, run.first, run.last);
        return true;
      }
    }
    return false;
  }

  bool TryQq(std::size_t after, bool needs_colon) {
    bool colon = false;
    std::size_t i = SkipFiller(toks_, after, &colon);
    if (i >= toks_.size()) return false;
    if (needs_colon && !colon && i == after) return false;
    const Tok& t = toks_[i];
    if (t.digit < 0 || t.letter_digit || t.digit == 0) return false;
    DigitRun run = ReadRun(toks_, i);
    if (run.digits.size() < 5 || run.digits.size() > 11 || run.digits[0] == '0') return false;
    if (run.last + 1 < toks_.size() && toks_[run.last + 1].ascii == '@') return false;  // an e-mail
    Add(ContactKind::kQq, run.digits, run.first, run.last);
    return true;
  }

  void FindPhones() {
    std::size_t i = 0;
    while (i < toks_.size()) {
      const Tok& t = toks_[i];
      if (t.digit < 0 || t.letter_digit) {
        ++i;
        continue;
      }
      // Not the middle of an identifier or URL ("id=139...", "/p/139...").
      bool glued = i > 0 && (toks_[i - 1].ascii == '=' || toks_[i - 1].ascii == '/' ||
                             toks_[i - 1].ascii == '#' || toks_[i - 1].ascii == '&' ||
                             toks_[i - 1].ascii == '?' || toks_[i - 1].ascii == '%');
      DigitRun run = ReadRun(toks_, i);
      std::size_t next = run.last + 1;
      if (!glued && run.digits.size() >= 7) ScanRun(run);
      i = std::max(next, i + 1);
    }
  }

  void ScanRun(const DigitRun& run) {
    const std::string& d = run.digits;
    // Mainland mobiles: 1[3-9] + 9 digits, on group boundaries.
    for (std::size_t j = 0; j + 11 <= d.size(); ++j) {
      if (d[j] != '1' || d[j + 1] < '3' || d[j + 1] > '9') continue;
      if (!SeparatedBefore(toks_, run, j) || !SeparatedAfter(toks_, run, j + 11)) continue;
      std::size_t first = run.tok[j];
      std::size_t last = run.tok[j + 10];
      std::string number = d.substr(j, 11);
      Add(ContactKind::kPhone, number, first, last);
      if (Near(first, last, 12, kSameAsPhone, std::size(kSameAsPhone))) {
        Add(ContactKind::kWechat, number, first, last);
      }
      j += 10;
    }
    // Landlines 0AA(A)-NNNNNNN(N) and 400/800 numbers: the whole run, with a
    // separator inside or a label nearby.
    if (d.size() >= 10 && d.size() <= 12) {
      bool has_sep = run.last - run.first + 1 > run.tok.size();
      bool labelled = Near(run.first, run.first, 10, kLandlineLabels, std::size(kLandlineLabels));
      bool landline = d[0] == '0' && d[1] != '0' && (has_sep || labelled);
      bool hotline = d.size() == 10 && (d.starts_with("400") || d.starts_with("800")) && (has_sep || labelled);
      bool is_mobile = d.size() == 11 && d[0] == '1';
      if ((landline || hotline) && !is_mobile) Add(ContactKind::kLandline, d, run.first, run.last);
    }
  }

  // E-mail: local part, an at-marker (@, ＠, #, 艾特, (at), [at]), a domain
  // with dots written as '.', 点, dot or (dot).
  void FindEmails() {
    for (std::size_t i = 1; i < toks_.size(); ++i) {
      const char32_t c0 = toks_[i].ascii != 0 ? static_cast<char32_t>(toks_[i].ascii) : toks_[i].cp;
      if (c0 != U'@' && c0 != U'#' && c0 != U'艾' && c0 != U'(' && c0 != U'[' && c0 != U'（') continue;
      std::size_t marker_len = 0;
      bool hash = false;
      if (toks_[i].ascii == '@') {
        marker_len = 1;
      } else if (toks_[i].ascii == '#') {
        marker_len = 1;
        hash = true;
      } else if (std::size_t n = MatchLabel(toks_, i, U"艾特"); n != 0) {
        marker_len = n;
      } else if (std::size_t n2 = MatchLabel(toks_, i, U"(at)"); n2 != 0) {
        marker_len = n2;
      } else if (std::size_t n3 = MatchLabel(toks_, i, U"[at]"); n3 != 0) {
        marker_len = n3;
      } else if (std::size_t n4 = MatchLabel(toks_, i, U"（at）"); n4 != 0) {
        marker_len = n4;
      } else {
        continue;
      }
      // Local part backwards (spaces around the marker allowed).
      std::size_t end_local = i;
      while (end_local > 0 && toks_[end_local - 1].ascii == ' ') --end_local;
      std::size_t b = end_local;
      while (b > 0 && (IsAsciiAlnum(toks_[b - 1]) || toks_[b - 1].ascii == '.' || toks_[b - 1].ascii == '_' ||
                       toks_[b - 1].ascii == '+' || toks_[b - 1].ascii == '-'))
        --b;
      while (b < end_local && !IsAsciiAlnum(toks_[b])) ++b;
      if (b >= end_local) continue;
      std::string local;
      for (std::size_t k = b; k < end_local; ++k) local.push_back(toks_[k].ascii);
      // Domain forwards.
      std::size_t j = i + marker_len;
      while (j < toks_.size() && toks_[j].ascii == ' ') ++j;
      std::vector<std::string> labels;
      std::string cur;
      std::size_t last_tok = j;
      while (j < toks_.size()) {
        const Tok& t = toks_[j];
        if (IsAsciiAlnum(t) || t.ascii == '-') {
          cur.push_back(t.ascii);
          last_tok = j;
          ++j;
          continue;
        }
        std::size_t dot = DotAt(j);
        if (dot != 0 && !cur.empty() && j + dot < toks_.size() && IsAsciiAlnum(toks_[j + dot])) {
          labels.push_back(cur);
          cur.clear();
          j += dot;
          continue;
        }
        break;
      }
      if (!cur.empty()) labels.push_back(cur);
      if (labels.size() < 2) continue;
      const std::string& tld = labels.back();
      bool alpha_tld = tld.size() >= 2 && tld.size() <= 10 &&
                       std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (!alpha_tld || (hash && !IsTld(tld))) continue;
      std::string domain;
      for (const std::string& l : labels) domain += (domain.empty() ? "" : ".") + l;
      Add(ContactKind::kEmail, local + "@" + domain, b, last_tok);
      email_spans_.emplace_back(toks_[b].begin, toks_[last_tok].end);
    }
  }

  // Length in tokens of a dot written as '.', '。', 点, dot, (dot) or [dot],
  // with optional spaces around it, at token j; 0 if none.
  std::size_t DotAt(std::size_t j) const {
    std::size_t k = j;
    while (k < toks_.size() && toks_[k].ascii == ' ' && k - j < 2) ++k;
    std::size_t n = 0;
    if (k < toks_.size() && (toks_[k].ascii == '.' || toks_[k].cp == U'。' || toks_[k].cp == U'点')) {
      n = 1;
    } else if (std::size_t a = MatchLabel(toks_, k, U"(dot)"); a != 0) {
      n = a;
    } else if (std::size_t b = MatchLabel(toks_, k, U"[dot]"); b != 0) {
      n = b;
    } else if (std::size_t c = MatchLabel(toks_, k, U"dot"); c != 0 && k > j) {
      n = c;  // a bare "dot" only with a space before it
    }
    if (n == 0) return 0;
    k += n;
    std::size_t after = k;
    while (k < toks_.size() && toks_[k].ascii == ' ' && k - after < 2) ++k;
    return k - j;
  }

  bool InEmail(std::size_t byte) const {
    for (const auto& [s, e] : email_spans_) {
      if (byte >= s && byte < e) return true;
    }
    return false;
  }

  // http(s) URLs and bare domains with a known TLD.
  void FindUrls() {
    std::size_t i = 0;
    while (i < toks_.size()) {
      if (!IsAsciiAlnum(toks_[i]) || (i > 0 && (IsIdChar(toks_[i - 1]) || toks_[i - 1].ascii == '.' ||
                                                toks_[i - 1].ascii == '@'))) {
        ++i;
        continue;
      }
      std::size_t j = i;
      std::string s;
      while (j < toks_.size() && toks_[j].ascii != 0 && toks_[j].ascii > ' ' && toks_[j].ascii != '"' &&
             toks_[j].ascii != '\'' && toks_[j].ascii != '<' && toks_[j].ascii != '>' &&
             toks_[j].ascii != ')' && toks_[j].ascii != '(' && toks_[j].ascii != ',' &&
             toks_[j].ascii != '@' && toks_[j].ascii != '#') {
        s.push_back(toks_[j].ascii);
        ++j;
      }
      std::size_t end_tok = j;
      i = std::max(j, i + 1);
      std::string rest = s;
      std::size_t scheme = rest.find("://");
      bool has_scheme = false;
      if (scheme != std::string::npos && (rest.starts_with("http://") || rest.starts_with("https://"))) {
        rest = rest.substr(scheme + 3);
        has_scheme = true;
      } else if (scheme != std::string::npos) {
        continue;
      }
      std::size_t slash = rest.find_first_of("/?");
      std::string host = rest.substr(0, slash);
      std::string path = slash == std::string::npos ? "" : rest.substr(slash);
      while (!host.empty() && host.back() == '.') host.pop_back();
      std::size_t colon = host.find(':');
      if (colon != std::string::npos) host = host.substr(0, colon);
      std::size_t dot = host.rfind('.');
      if (dot == std::string::npos || dot == 0) continue;
      std::string tld = host.substr(dot + 1);
      if (has_scheme ? tld.empty() : !IsTld(tld)) continue;
      bool ok = true;
      for (char c : host) ok &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
      if (!ok || host.find("..") != std::string::npos) continue;
      // A price or version like "12.cc" is not a domain: need a letter before the TLD.
      bool letter = false;
      for (std::size_t k = 0; k < dot; ++k) letter |= host[k] >= 'a' && host[k] <= 'z';
      if (!letter) continue;
      std::size_t first_tok = end_tok - s.size();
      if (InEmail(toks_[first_tok].begin)) continue;
      while (!path.empty() && (path.back() == '/' || path.back() == '.' || path.back() == '?')) path.pop_back();
      // Trim trailing punctuation from the raw span as well.
      std::size_t last_tok = end_tok - 1;
      while (last_tok > first_tok && (toks_[last_tok].ascii == '.' || toks_[last_tok].ascii == '/' ||
                                      toks_[last_tok].ascii == '?'))
        --last_tok;
      if (host.starts_with("www.")) host = host.substr(4);
      Add(ContactKind::kUrl, host + path, first_tok, last_tok);
    }
  }

  std::string_view text_;
  std::vector<Tok> toks_;
  std::vector<Contact> out_;
  std::vector<std::pair<std::size_t, std::size_t>> email_spans_;
  std::unordered_set<std::string>* seen_;
};

// Texts are tokenized in chunks of at most this many bytes, cut after a line
// break where possible: the token array is ~40 bytes per character.
constexpr std::size_t kChunkBytes = 64 * 1024;

}  // namespace

std::string_view ContactKindName(ContactKind kind) {
  switch (kind) {
    case ContactKind::kPhone:
      return "phone";
    case ContactKind::kLandline:
      return "landline";
    case ContactKind::kWechat:
      return "wechat";
    case ContactKind::kQq:
      return "qq";
    case ContactKind::kEmail:
      return "email";
    case ContactKind::kUrl:
      return "url";
  }
  return "phone";
}

std::vector<Contact> ExtractContacts(std::string_view utf8_text) {
  std::vector<Contact> out;
  std::unordered_set<std::string> seen;
  std::size_t pos = 0;
  while (pos < utf8_text.size()) {
    std::size_t len = utf8_text.size() - pos;
    if (len > kChunkBytes) {
      std::size_t nl = utf8_text.rfind('\n', pos + kChunkBytes);
      if (nl != std::string_view::npos && nl > pos + kChunkBytes / 2) {
        len = nl + 1 - pos;
      } else {
        len = kChunkBytes;
        while (len > 0 && (static_cast<unsigned char>(utf8_text[pos + len]) & 0xC0) == 0x80) --len;
      }
    }
    std::vector<Contact> part = Extractor(utf8_text.substr(pos, len), &seen).Run();
    for (Contact& c : part) {
      c.start += pos;
      c.end += pos;
      out.push_back(std::move(c));
    }
    pos += len;
  }
  return out;
}

}  // namespace lantian::extractors
