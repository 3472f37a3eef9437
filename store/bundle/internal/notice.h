#pragma once

// Takedown notice rendering for evidence bundles: a small mustache-like
// template engine, the notice config (platform desks and category names from
// config/notices/*.toml), HTML and CSV escaping, China Standard Time
// (kChinaStandardTimeMinutes). Private to store/bundle/.

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/strings.h"
#include "store/bundle/bundle.h"

namespace lantian::store::internal {

// & < > " ' as entities: base::HtmlEscape (base/strings.h).
using base::HtmlEscape;
// CSV fields: internal::CsvField (store/internal/text_table.h).
// escape(context) with the first occurrence of `match` wrapped in <mark>.
std::string HighlightHtml(std::string_view context, std::string_view match);

// China Standard Time (UTC+8, no DST), the offset notices show times in:
// base::FormatRfc3339(t, kChinaStandardTimeMinutes) -> "2026-11-25T23:00:00+08:00".
inline constexpr int kChinaStandardTimeMinutes = 8 * 60;

// A variable scope for template rendering. Lists are generators: they call
// `each` once per element with a scope built on the fly, so a list of 10,000
// items is never materialised as scopes.
struct TemplateScope {
  using EachFn = std::function<Status(const TemplateScope&)>;
  std::map<std::string, std::string, std::less<>> vars;  // escaped unless {{{ }}}
  std::map<std::string, std::function<Status(const EachFn&)>, std::less<>> lists;
  const TemplateScope* parent = nullptr;
};

// Parsed template: {{name}} (HTML-escaped), {{{name}}} (raw, only for HTML our
// code builds), {{#name}}…{{/name}} (list, or a non-empty var), {{^name}}…{{/name}}
// (empty var), {{! comment}}. Immutable after Parse; thread-compatible.
class NoticeTemplate {
 public:
  [[nodiscard]] static Result<NoticeTemplate> Parse(std::string_view text, std::string origin);
  // Unknown placeholders are errors naming the template and the name.
  [[nodiscard]] Status Render(const TemplateScope& scope,
                              const std::function<void(std::string_view)>& out) const;

  struct Node;

 private:
  std::string origin_;
  std::shared_ptr<const std::vector<Node>> nodes_;
};

struct CategoryInfo {
  std::string zh, en, legal_basis_zh, legal_basis_en;
};
struct PlatformInfo {
  std::string name_zh, name_en, desk_zh, desk_en, notes_zh, notes_en;
};

// config/notices: referral.html, complaint.html, categories.toml, platforms.toml.
struct NoticeConfig {
  std::map<std::string, CategoryInfo> categories;
  std::map<std::string, PlatformInfo> platforms;  // "default" used for unknown ids
  std::string referral_template;
  std::string complaint_template;
  std::string dir;

  const PlatformInfo& Platform(const std::string& id) const;
  CategoryInfo Category(const std::string& id) const;
};
[[nodiscard]] Result<NoticeConfig> LoadNoticeConfig(const std::string& dir);

// Facts about the bundle the notice states.
struct NoticeContext {
  std::string created_utc;  // RFC 3339
  std::string bundle_title;
  std::string software;
  std::vector<std::string> attachment_lines;  // "attachments/x.pdf — description"
  std::string key_fingerprint;                // of the signing key (KeyFingerprint)
  // Per item (same index as RenderNotice's `items`): its screenshot's path in
  // the bundle ("screenshots/3.png"), "" for none; and the same picture as a
  // data: URI to show inline (the notice's CSP allows no other image), ""
  // when it is larger than kInlineScreenshotBytes. Empty vectors = none at all.
  std::vector<std::string> screenshots;
  std::vector<std::string> screenshot_data;
};

// Screenshots up to this size are shown inline in notice.html; larger ones
// are named (the file is in the bundle either way).
inline constexpr std::size_t kInlineScreenshotBytes = 2u << 20;

// Renders notice.html and notice.csv into the two open files. Items must be
// grouped by platform (consecutive); `captures` maps key → capture;
// `record_ids` maps capture key → WARC-Record-ID of its final response.
[[nodiscard]] Status RenderNotice(const NoticeConfig& config, const BundleOptions& options,
                                  const NoticeContext& context,
                                  const std::vector<BundleItem>& items,
                                  const std::map<std::string, const BundleCapture*>& captures,
                                  const std::map<std::string, std::string>& record_ids,
                                  std::FILE* html, std::FILE* csv);

}  // namespace lantian::store::internal
