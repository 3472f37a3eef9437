#include "store/bundle/internal/notice.h"

#include "store/internal/text_table.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "base/strings.h"
#include "base/time.h"
#include "base/toml_error.h"
#include "store/bundle/internal/evidence_text.h"

namespace lantian::store::internal {

std::string HighlightHtml(std::string_view context, std::string_view match) {
  if (match.empty()) return HtmlEscape(context);
  size_t at = context.find(match);
  if (at == std::string_view::npos) {
    if (context.empty()) return "<mark>" + HtmlEscape(match) + "</mark>";
    return HtmlEscape(context) + " [<mark>" + HtmlEscape(match) + "</mark>]";
  }
  return HtmlEscape(context.substr(0, at)) + "<mark>" + HtmlEscape(match) + "</mark>" +
         HtmlEscape(context.substr(at + match.size()));
}

// ---- template engine ----

struct NoticeTemplate::Node {
  enum class Kind { kText, kVar, kRaw, kSection, kInverted };
  Kind kind = Kind::kText;
  std::string text;  // literal text or the name
  size_t line = 0;
  std::vector<Node> children;
};

namespace {

const TemplateScope* FindVarScope(const TemplateScope* scope, std::string_view name,
                                  const std::string** value) {
  for (const TemplateScope* s = scope; s != nullptr; s = s->parent) {
    auto it = s->vars.find(name);
    if (it != s->vars.end()) {
      *value = &it->second;
      return s;
    }
  }
  return nullptr;
}

const std::function<Status(const TemplateScope::EachFn&)>* FindList(const TemplateScope* scope,
                                                                    std::string_view name) {
  for (const TemplateScope* s = scope; s != nullptr; s = s->parent) {
    auto it = s->lists.find(name);
    if (it != s->lists.end()) return &it->second;
  }
  return nullptr;
}

Status RenderNodes(const std::vector<NoticeTemplate::Node>& nodes, const TemplateScope& scope,
                   const std::string& origin,
                   const std::function<void(std::string_view)>& out) {
  using Kind = NoticeTemplate::Node::Kind;
  for (const auto& n : nodes) {
    auto unknown = [&] {
      return Status::InvalidArgument(origin + ":" + std::to_string(n.line) +
                                     ": unknown placeholder '" + n.text + "'");
    };
    switch (n.kind) {
      case Kind::kText:
        out(n.text);
        break;
      case Kind::kVar:
      case Kind::kRaw: {
        const std::string* v = nullptr;
        if (FindVarScope(&scope, n.text, &v) == nullptr) return unknown();
        if (n.kind == Kind::kVar) {
          out(HtmlEscape(*v));
        } else {
          out(*v);
        }
        break;
      }
      case Kind::kSection:
      case Kind::kInverted: {
        if (const auto* list = FindList(&scope, n.text)) {
          if (n.kind == Kind::kInverted) {
            bool any = false;
            LANTIAN_RETURN_IF_ERROR((*list)([&](const TemplateScope&) {
              any = true;
              return Status::Ok();
            }));
            if (!any) LANTIAN_RETURN_IF_ERROR(RenderNodes(n.children, scope, origin, out));
            break;
          }
          LANTIAN_RETURN_IF_ERROR((*list)([&](const TemplateScope& element) {
            TemplateScope child = element;
            child.parent = &scope;
            return RenderNodes(n.children, child, origin, out);
          }));
          break;
        }
        const std::string* v = nullptr;
        if (FindVarScope(&scope, n.text, &v) == nullptr) return unknown();
        bool truthy = !v->empty();
        if (truthy == (n.kind == Kind::kSection)) {
          LANTIAN_RETURN_IF_ERROR(RenderNodes(n.children, scope, origin, out));
        }
        break;
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Result<NoticeTemplate> NoticeTemplate::Parse(std::string_view text, std::string origin) {
  std::vector<Node> root;
  std::vector<std::vector<Node>*> stack{&root};
  std::vector<std::pair<std::string, size_t>> open;
  size_t line = 1;
  size_t pos = 0;
  auto count_lines = [&](std::string_view part) {
    for (char c : part) line += c == '\n';
  };
  while (pos < text.size()) {
    size_t start = text.find("{{", pos);
    if (start == std::string_view::npos) start = text.size();
    if (start > pos) {
      Node n;
      n.text = std::string(text.substr(pos, start - pos));
      n.line = line;
      count_lines(n.text);
      stack.back()->push_back(std::move(n));
    }
    if (start == text.size()) break;
    bool triple = text.substr(start, 3) == "{{{";
    std::string_view closer = triple ? "}}}" : "}}";
    size_t end = text.find(closer, start + (triple ? 3 : 2));
    if (end == std::string_view::npos) {
      return Status::InvalidArgument(origin + ":" + std::to_string(line) + ": unclosed '{{'");
    }
    std::string_view tag = text.substr(start + (triple ? 3 : 2), end - start - (triple ? 3 : 2));
    pos = end + closer.size();
    Node n;
    n.line = line;
    count_lines(tag);
    if (triple) {
      n.kind = Node::Kind::kRaw;
      n.text = std::string(base::TrimAscii(tag));
      stack.back()->push_back(std::move(n));
      continue;
    }
    if (!tag.empty() && tag[0] == '!') continue;
    if (!tag.empty() && (tag[0] == '#' || tag[0] == '^')) {
      n.kind = tag[0] == '#' ? Node::Kind::kSection : Node::Kind::kInverted;
      n.text = std::string(base::TrimAscii(tag.substr(1)));
      stack.back()->push_back(std::move(n));
      open.emplace_back(stack.back()->back().text, line);
      stack.push_back(&stack.back()->back().children);
      continue;
    }
    if (!tag.empty() && tag[0] == '/') {
      std::string name(base::TrimAscii(tag.substr(1)));
      if (open.empty() || open.back().first != name) {
        return Status::InvalidArgument(origin + ":" + std::to_string(line) + ": '{{/" + name +
                                       "}}' closes nothing open");
      }
      open.pop_back();
      stack.pop_back();
      continue;
    }
    n.kind = Node::Kind::kVar;
    n.text = std::string(base::TrimAscii(tag));
    stack.back()->push_back(std::move(n));
  }
  if (!open.empty()) {
    return Status::InvalidArgument(origin + ":" + std::to_string(open.back().second) +
                                   ": section '" + open.back().first + "' is never closed");
  }
  NoticeTemplate t;
  t.origin_ = std::move(origin);
  t.nodes_ = std::make_shared<const std::vector<Node>>(std::move(root));
  return t;
}

Status NoticeTemplate::Render(const TemplateScope& scope,
                              const std::function<void(std::string_view)>& out) const {
  return RenderNodes(*nodes_, scope, origin_, out);
}

// ---- config ----

const PlatformInfo& NoticeConfig::Platform(const std::string& id) const {
  auto it = platforms.find(id);
  if (it != platforms.end()) return it->second;
  static const PlatformInfo kEmpty;
  auto def = platforms.find("default");
  return def != platforms.end() ? def->second : kEmpty;
}

CategoryInfo NoticeConfig::Category(const std::string& id) const {
  auto it = categories.find(id);
  if (it != categories.end()) return it->second;
  return CategoryInfo{id, id, "", ""};
}

namespace {

Result<std::string> ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": cannot read notice template/config");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Status ReadStringTable(const std::string& path, const toml::table& table, std::string_view section,
                       const std::set<std::string, std::less<>>& allowed,
                       std::map<std::string, std::string>* out) {
  for (const auto& [key, node] : table) {
    const std::string name = std::string(section) + "." + std::string(key.str());
    if (!allowed.contains(key.str())) return base::TomlValueError(path, node, name, "unknown key");
    const auto* s = node.as_string();
    if (s == nullptr) return base::TomlValueError(path, node, name, "expected a string");
    (*out)[std::string(key.str())] = s->get();
  }
  return Status::Ok();
}

}  // namespace

Result<NoticeConfig> LoadNoticeConfig(const std::string& dir) {
  NoticeConfig cfg;
  cfg.dir = dir;
  auto referral = ReadText(dir + "/referral.html");
  if (!referral.ok()) return referral.status();
  auto complaint = ReadText(dir + "/complaint.html");
  if (!complaint.ok()) return complaint.status();
  cfg.referral_template = std::move(*referral);
  cfg.complaint_template = std::move(*complaint);
  for (std::string_view file : {"categories.toml", "platforms.toml"}) {
    std::string path = dir + "/" + std::string(file);
    toml::table root;
    try {
      root = toml::parse_file(path);
    } catch (const toml::parse_error& e) {
      return base::TomlParseError(path, e);
    }
    for (const auto& [key, node] : root) {
      const auto* t = node.as_table();
      std::string id(key.str());
      if (t == nullptr) return base::TomlValueError(path, node, id, "expected a table");
      std::map<std::string, std::string> v;
      if (file == "categories.toml") {
        LANTIAN_RETURN_IF_ERROR(ReadStringTable(
            path, *t, id, {"zh", "en", "legal_basis_zh", "legal_basis_en"}, &v));
        cfg.categories[id] = CategoryInfo{v["zh"], v["en"], v["legal_basis_zh"], v["legal_basis_en"]};
      } else {
        LANTIAN_RETURN_IF_ERROR(ReadStringTable(
            path, *t, id, {"name_zh", "name_en", "desk_zh", "desk_en", "notes_zh", "notes_en"}, &v));
        cfg.platforms[id] = PlatformInfo{v["name_zh"], v["name_en"], v["desk_zh"],
                                         v["desk_en"], v["notes_zh"], v["notes_en"]};
      }
    }
  }
  return cfg;
}

// ---- the notice ----

namespace {

std::string TimeOrEmpty(std::string_view rfc3339, bool cst) {
  if (rfc3339.empty()) return "";
  auto t = base::ParseRfc3339(rfc3339);
  if (!t.ok()) return std::string(rfc3339);
  return base::FormatRfc3339(*t, cst ? kChinaStandardTimeMinutes : 0);
}

// A model score for the notice, two decimals ("0.93"); "" when unknown.
std::string ModelScore(double score) {
  if (score < 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", score);
  return buf;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

}  // namespace

Status RenderNotice(const NoticeConfig& config, const BundleOptions& options,
                    const NoticeContext& context, const std::vector<BundleItem>& items,
                    const std::map<std::string, const BundleCapture*>& captures,
                    const std::map<std::string, std::string>& record_ids, std::FILE* html,
                    std::FILE* csv) {
  bool referral = options.route == NoticeRoute::kReferral;
  auto tmpl = NoticeTemplate::Parse(
      referral ? config.referral_template : config.complaint_template,
      config.dir + (referral ? "/referral.html" : "/complaint.html"));
  if (!tmpl.ok()) return tmpl.status();

  // What the notice and the CSV cite of an item's capture.
  struct CaptureRef {
    const BundleCapture* capture = nullptr;
    std::string record_id, captured_utc, sha256;  // sha256 labelled "sha256:"
  };
  auto capture_ref = [&](const BundleItem& it) {
    CaptureRef ref;
    auto cap = captures.find(it.capture_key);
    ref.capture = cap != captures.end() ? cap->second : nullptr;
    auto rid = record_ids.find(it.capture_key);
    if (rid != record_ids.end()) ref.record_id = rid->second;
    if (ref.capture != nullptr) {
      ref.captured_utc = ref.capture->captured_at_utc;
      ref.sha256 = ref.capture->sha256;
    }
    if (!ref.sha256.empty() && ref.sha256.find(':') == std::string::npos) ref.sha256 = "sha256:" + ref.sha256;
    return ref;
  };

  // The legal basis, once per category: numbered in order of first citation,
  // the entries refer to it by number. The category's basis from
  // categories.toml; for a category without one, its rules' own bases
  // (distinct ones joined).
  struct Basis {
    std::string category, ref, zh, en;
  };
  std::vector<Basis> bases;
  std::map<std::string, size_t, std::less<>> basis_of;
  for (const BundleItem& it : items) {
    for (const BundleHit& h : it.hits) {
      CategoryInfo ci = config.Category(h.category);
      const std::string zh = !ci.legal_basis_zh.empty() ? ci.legal_basis_zh : h.legal_basis;
      auto [at, inserted] = basis_of.emplace(h.category, bases.size());
      if (inserted) {
        bases.push_back({h.category, "〔" + std::to_string(bases.size() + 1) + "〕", zh, ci.legal_basis_en});
      } else if (Basis& b = bases[at->second]; !zh.empty() && b.zh.find(zh) == std::string::npos) {
        b.zh += "；" + zh;
      }
    }
  }
  auto ref_of = [&](const std::string& category) { return bases[basis_of.find(category)->second].ref; };

  bool write_failed = false;
  auto out = [&](std::string_view s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), html) != s.size()) write_failed = true;
  };

  TemplateScope top;
  const NoticeSender& s = options.sender;
  top.vars = {{"sender.organization", s.organization},
              {"sender.credit_code", s.credit_code},
              {"sender.contact_person", s.contact_person},
              {"sender.phone", s.phone},
              {"sender.email", s.email},
              {"sender.address", s.address},
              {"sender.authority", s.authority},
              {"sender.rights_certificates", s.rights_certificates},
              {"sender.letter_reference", s.letter_reference},
              {"bundle.title", context.bundle_title},
              {"bundle.software", context.software},
              {"bundle.created_utc", TimeOrEmpty(context.created_utc, false)},
              {"bundle.created_cst", TimeOrEmpty(context.created_utc, true)},
              {"bundle.created_zh", ChineseDateTime(context.created_utc)},
              {"bundle.date_zh", ChineseDate(context.created_utc)},
              {"bundle.key_fingerprint", context.key_fingerprint},
              {"bundle.draft", options.draft ? "草稿 DRAFT" : ""},
              {"bundle.item_count", std::to_string(items.size())},
              {"route", std::string(NoticeRouteName(options.route))}};
  top.lists["attachments"] = [&](const TemplateScope::EachFn& each) {
    for (const std::string& line : context.attachment_lines) {
      TemplateScope a;
      a.vars["attachment"] = line;
      LANTIAN_RETURN_IF_ERROR(each(a));
    }
    return Status::Ok();
  };
  top.lists["legal_bases"] = [&](const TemplateScope::EachFn& each) {
    for (const Basis& b : bases) {
      CategoryInfo ci = config.Category(b.category);
      TemplateScope bs;
      bs.vars = {{"basis.ref", b.ref},
                 {"basis.category_zh", ci.zh},
                 {"basis.category_en", ci.en},
                 {"basis.legal_basis_zh", b.zh},
                 {"basis.legal_basis_en", b.en}};
      LANTIAN_RETURN_IF_ERROR(each(bs));
    }
    return Status::Ok();
  };

  // CSV header: UTF-8 BOM so spreadsheet programs pick the encoding; CRLF rows
  // (RFC 4180). What the platform reads first; the technical columns (hit and
  // rule ids, byte offsets, WARC record) last.
  static constexpr std::string_view kCsvHeader =
      "\xEF\xBB\xBF"
      "no,platform,platform_name,listing_id,item_url,title,price,seller,shop_url,categories_zh,"
      "reasons_zh,legal_basis,first_seen_utc,captured_at_zh,captured_at_utc,page_url,"
      "capture_sha256,categories,hit_count,hit_ids,rule_ids,match_offsets,matched_text,"
      "match_context,warc_record_id,warc_file\r\n";
  if (std::fwrite(kCsvHeader.data(), 1, kCsvHeader.size(), csv) != kCsvHeader.size()) {
    write_failed = true;
  }

  // Items arrive grouped by platform; each group is one "platforms" element.
  top.lists["platforms"] = [&](const TemplateScope::EachFn& each) {
    size_t i = 0;
    while (i < items.size()) {
      size_t j = i;
      while (j < items.size() && items[j].platform == items[i].platform) ++j;
      const PlatformInfo& p = config.Platform(items[i].platform);
      // A platform without its own entry is named by its id, so a notice to
      // several unlisted platforms still tells them apart.
      const bool listed = config.platforms.contains(items[i].platform);
      const std::string& id = items[i].platform;
      TemplateScope g;
      g.vars = {{"platform.id", id},
                {"platform.name_zh", p.name_zh.empty() ? id : listed ? p.name_zh : p.name_zh + " " + id},
                {"platform.name_en", p.name_en.empty() ? id : listed ? p.name_en : p.name_en + " " + id},
                {"platform.desk_zh", p.desk_zh},
                {"platform.desk_en", p.desk_en},
                {"platform.notes_zh", p.notes_zh},
                {"platform.notes_en", p.notes_en},
                {"platform.item_count", std::to_string(j - i)}};
      size_t begin = i, end = j;
      g.lists["items"] = [&, begin, end](const TemplateScope::EachFn& each_item) {
        for (size_t k = begin; k < end; ++k) {
          const BundleItem& it = items[k];
          const CaptureRef ref = capture_ref(it);
          TemplateScope e;
          e.vars = {{"item.no", std::to_string(k + 1)},
                    {"item.platform", it.platform},
                    {"item.listing_id", it.listing_id},
                    {"item.url", it.url},
                    {"item.title", StripInvisible(it.title)},
                    {"item.price", it.price},
                    {"item.seller", StripInvisible(it.seller)},
                    {"item.seller_url", it.seller_url},
                    {"item.first_seen_utc", TimeOrEmpty(it.first_seen_utc, false)},
                    {"item.first_seen_cst", TimeOrEmpty(it.first_seen_utc, true)},
                    {"item.first_seen_zh", ChineseDateTime(it.first_seen_utc)},
                    {"item.captured_utc", TimeOrEmpty(ref.captured_utc, false)},
                    {"item.captured_cst", TimeOrEmpty(ref.captured_utc, true)},
                    {"item.captured_zh", ChineseDateTime(ref.captured_utc)},
                    {"item.capture_sha256", ref.sha256},
                    {"item.warc_record_id", ref.record_id},
                    {"item.page_url", ref.capture != nullptr ? ref.capture->page_url : ""},
                    {"item.screenshot", k < context.screenshots.size() ? context.screenshots[k] : ""},
                    {"item.screenshot_data", k < context.screenshot_data.size() ? context.screenshot_data[k] : ""}};
          e.lists["hits"] = [&](const TemplateScope::EachFn& each_hit) {
            for (const BundleHit& h : it.hits) {
              CategoryInfo ci = config.Category(h.category);
              const std::string quote = QuoteEvidence(h.context, h.match);
              TemplateScope hs;
              hs.vars = {{"hit.category", h.category},
                         {"hit.category_zh", ci.zh},
                         {"hit.category_en", ci.en},
                         {"hit.legal_basis_ref", ref_of(h.category)},
                         {"hit.rule_id", h.rule_id},
                         {"hit.severity", h.severity},
                         {"hit.source", h.source},
                         // Set only for a model hit, so templates can say so.
                         {"hit.model_score", h.source == "model" ? ModelScore(h.score) : std::string()},
                         {"hit.match", StripInvisible(h.match)},
                         // Built here from escaped pieces; the only raw value.
                         {"hit.quote_html", HighlightHtml(quote, StripInvisible(h.match))}};
              LANTIAN_RETURN_IF_ERROR(each_hit(hs));
            }
            return Status::Ok();
          };
          LANTIAN_RETURN_IF_ERROR(each_item(e));
        }
        return Status::Ok();
      };
      LANTIAN_RETURN_IF_ERROR(each(g));
      i = j;
    }
    return Status::Ok();
  };
  LANTIAN_RETURN_IF_ERROR(tmpl->Render(top, out));
  for (size_t k = 0; k < items.size(); ++k) {
    const BundleItem& it = items[k];
    const CaptureRef ref = capture_ref(it);
    std::vector<std::string> cats, cats_zh, reasons, basis, rules, offsets, matches, contexts, ids;
    for (const BundleHit& h : it.hits) {
      CategoryInfo ci = config.Category(h.category);
      cats.push_back(h.category);
      cats_zh.push_back(ci.zh);
      reasons.push_back(ci.zh + "：“" + QuoteEvidence(h.context, h.match) + "”");
      const Basis& b = bases[basis_of.find(h.category)->second];
      basis.push_back(b.ref + b.zh);
      rules.push_back(h.rule_id);
      offsets.push_back(h.start >= 0 ? std::to_string(h.start) + "-" + std::to_string(h.end) : "");
      matches.push_back(h.match);
      contexts.push_back(h.context);
      if (it.hit_ids.empty()) ids.push_back(std::to_string(h.hit_id));
    }
    for (int64_t id : it.hit_ids) ids.push_back(std::to_string(id));
    const PlatformInfo& ip = config.Platform(it.platform);
    std::vector<std::string> row = {
        std::to_string(k + 1), it.platform, ip.name_zh, it.listing_id, it.url,
        StripInvisible(it.title), it.price, StripInvisible(it.seller), it.seller_url,
        Join(cats_zh, "；"), Join(reasons, "\n"), Join(basis, "\n"),
        TimeOrEmpty(it.first_seen_utc, false), ChineseDateTime(ref.captured_utc),
        TimeOrEmpty(ref.captured_utc, false), ref.capture != nullptr ? ref.capture->page_url : "",
        ref.sha256, Join(cats, "; "), std::to_string(ids.size()), Join(ids, "; "),
        Join(rules, "; "), Join(offsets, "; "), Join(matches, " | "), Join(contexts, " | "),
        ref.record_id, "archive/data.warc.gz"};
    std::string line;
    for (size_t f = 0; f < row.size(); ++f) {
      if (f > 0) line.push_back(',');
      line += CsvField(row[f]);
    }
    line += "\r\n";
    if (std::fwrite(line.data(), 1, line.size(), csv) != line.size()) write_failed = true;
  }
  if (write_failed) return Status::IoError("notice: write failed (disk full?)");
  return Status::Ok();
}

}  // namespace lantian::store::internal
