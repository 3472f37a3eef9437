#include "patterns/registry.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "base/no_destructor.h"
#include "base/strings.h"
#include "patterns/internal/utf8.h"

namespace lantian::patterns {
namespace {

using internal::BackCodePoints;
using internal::IsCjk;

RE2::Options QuietOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

// Immutable and used until exit (by any scanning thread): never destroyed.
const RE2& SuffixRe() {
  static const base::NoDestructor<RE2> re(
      "(知识产权代理有限公司|专利代理有限责任公司|专利代理有限公司|专利代理事务所|"
      "知识产权代理事务所|知识产权事务所|知识产权服务有限公司|专利事务所|知识产权有限公司|"
      "专利代理工作室|知识产权工作室|工作室)"
      "(\\(?(?:特殊普通合伙|普通合伙|有限合伙)\\)?)?",
      QuietOptions());
  return *re;
}

const RE2& PartnershipTailRe() {
  static const base::NoDestructor<RE2> re("\\(?(?:特殊普通合伙|普通合伙|有限合伙)\\)?$", QuietOptions());
  return *re;
}

// Words after which a firm name starts (由北京…公司, 我们是…工作室).
constexpr std::array<std::string_view, 16> kBoundaryWords = {
    "由", "是", "为", "找", "选", "我们", "本店", "本公司", "委托", "联系", "咨询", "推荐",
    "加入", "来自", "请到", "在"};

constexpr size_t kMaxNameChars = 30;
constexpr size_t kMinNameChars = 2;

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += internal::IsContinuation(c) ? 0 : 1;
  return n;
}

// Splits one CSV record (RFC 4180 quoting) starting at `pos`; advances pos
// past the record's line end. Returns false on an unterminated quote.
bool ReadCsvRecord(std::string_view csv, size_t* pos, int* line, std::vector<std::string>* fields) {
  fields->clear();
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  size_t i = *pos;
  while (i < csv.size()) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < csv.size() && csv[i + 1] == '"') {
          field.push_back('"');
          i += 2;
          continue;
        }
        quoted = false;
        ++i;
        continue;
      }
      if (c == '\n') ++*line;
      field.push_back(c);
      ++i;
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = true;
      was_quoted = true;
      ++i;
      continue;
    }
    if (c == ',') {
      fields->push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      ++i;
      fields->push_back(std::move(field));
      *pos = i;
      return true;
    }
    field.push_back(c);
    ++i;
  }
  if (quoted) return false;
  fields->push_back(std::move(field));
  *pos = i;
  return true;
}

}  // namespace

std::vector<FirmMention> FindFirms(const NormalizedText& doc) {
  std::vector<FirmMention> firms;
  const std::string_view text = doc.text();
  const RE2& re = SuffixRe();
  re2::StringPiece groups[3];
  size_t pos = 0;
  while (pos < text.size() &&
         re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED,
                  groups, 3)) {
    const size_t suffix_begin = static_cast<size_t>(groups[1].data() - text.data());
    const size_t suffix_end = suffix_begin + groups[1].size();
    const size_t name_end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
    pos = name_end;
    // Walk back to the start of the name.
    size_t start = suffix_begin;
    size_t chars = 0;
    while (start > 0 && chars < kMaxNameChars) {
      // A dropped separator is a boundary, except right before the suffix
      // ("华创 工作室").
      if (start != suffix_begin && doc.GapBefore(start)) break;
      const size_t prev = BackCodePoints(text, start, 1);
      uint32_t cp;
      bool valid;
      internal::DecodeUtf8(reinterpret_cast<const unsigned char*>(text.data()), text.size(), prev,
                           &cp, &valid);
      if (!IsCjk(cp)) break;
      start = prev;
      ++chars;
    }
    // The last boundary word inside [start, suffix_begin) ends the prefix.
    std::string_view prefix = text.substr(start, suffix_begin - start);
    size_t cut = 0;
    for (std::string_view w : kBoundaryWords) {
      const size_t at = prefix.rfind(w);
      if (at != std::string_view::npos) cut = std::max(cut, at + w.size());
    }
    start += cut;
    prefix = text.substr(start, suffix_begin - start);
    if (CodePointCount(prefix) < kMinNameChars) continue;
    FirmMention m;
    m.name = std::string(text.substr(start, name_end - start));
    m.norm_begin = start;
    m.norm_end = name_end;
    m.suffix_end = suffix_end;
    const auto [os, oe] = doc.ToOriginal(start, name_end);
    m.start = os;
    m.end = oe;
    firms.push_back(std::move(m));
  }
  return firms;
}

Result<Registry> Registry::Load(const std::string& csv_path, const Normalizer& normalizer) {
  std::ifstream in(csv_path, std::ios::binary);
  if (!in) return Status::IoError(csv_path + ": cannot read registry");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(csv_path + ": read error");
  return Parse(ss.str(), csv_path, normalizer);
}

Result<Registry> Registry::Parse(std::string_view csv, std::string_view name_for_errors,
                                 const Normalizer& normalizer) {
  Registry reg;
  size_t pos = 0;
  int line = 1;
  std::vector<std::string> fields;
  bool header = true;
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < csv.size()) {
    const int record_line = line;
    if (!ReadCsvRecord(csv, &pos, &line, &fields)) {
      return Status::InvalidArgument(std::string(name_for_errors) + ":" + std::to_string(record_line) +
                                     ": unterminated quoted field");
    }
    ++line;
    if (fields.size() == 1 && base::TrimAscii(fields[0]).empty()) continue;  // blank line
    const std::string where = std::string(name_for_errors) + ":" + std::to_string(record_line) + ": ";
    if (header) {
      header = false;
      if (fields.size() < 3 || base::TrimAscii(fields[0]) != "name" || base::TrimAscii(fields[1]) != "code" ||
          base::TrimAscii(fields[2]) != "region") {
        return Status::InvalidArgument(where + "expected header \"name,code,region\"");
      }
      continue;
    }
    if (fields.size() != 3) {
      return Status::InvalidArgument(where + "expected 3 fields (name,code,region), got " +
                                     std::to_string(fields.size()));
    }
    std::string name = normalizer.NormalizeToString(base::TrimAscii(fields[0]));
    if (name.empty()) return Status::InvalidArgument(where + "empty name");
    RE2::Replace(&name, PartnershipTailRe(), "");
    if (name.empty()) return Status::InvalidArgument(where + "empty name");
    reg.max_name_bytes_ = std::max(reg.max_name_bytes_, name.size());
    reg.names_.insert(std::move(name));
    ++reg.count_;
  }
  if (header) return Status::InvalidArgument(std::string(name_for_errors) + ":1: empty registry (no header)");
  return reg;
}

bool Registry::IsLicensed(const NormalizedText& doc, const FirmMention& firm) const {
  const std::string_view text = doc.text();
  const size_t e = firm.suffix_end;
  if (e > text.size()) return false;
  const size_t lo = e > max_name_bytes_ ? e - max_name_bytes_ : 0;
  for (size_t s = e; s-- > lo;) {
    if (internal::IsContinuation(text[s])) continue;
    if (names_.count(std::string(text.substr(s, e - s))) > 0) return true;
  }
  return false;
}

std::vector<FirmMention> Registry::Classify(const NormalizedText& doc) const {
  std::vector<FirmMention> firms = FindFirms(doc);
  for (FirmMention& f : firms) f.licensed = IsLicensed(doc, f);
  return firms;
}

bool Registry::NamesOnlyLicensedFirms(const NormalizedText& doc,
                                      std::optional<std::vector<FirmMention>>* firms) const {
  if (size() == 0) return false;
  std::optional<std::vector<FirmMention>> local;
  if (firms == nullptr) firms = &local;
  if (!firms->has_value()) *firms = Classify(doc);
  return !(*firms)->empty() &&
         std::all_of((*firms)->begin(), (*firms)->end(), [](const FirmMention& f) { return f.licensed; });
}

}  // namespace lantian::patterns
