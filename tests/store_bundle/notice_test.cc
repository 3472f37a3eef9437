#include "store/bundle/internal/notice.h"

#include <gtest/gtest.h>

#include "base/time.h"

namespace lantian::store::internal {
namespace {

TEST(NoticeTest, HtmlEscapeCoversAllSpecials) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(NoticeTest, HighlightEscapesAroundMark) {
  EXPECT_EQ(HighlightHtml("<b>包授权</b>!", "包授权"), "&lt;b&gt;<mark>包授权</mark>&lt;/b&gt;!");
  EXPECT_EQ(HighlightHtml("other", "<x>"), "other [<mark>&lt;x&gt;</mark>]");
}

TEST(NoticeTest, TimesShownInChinaStandardTime) {
  auto t = base::ParseRfc3339("2026-11-25T16:30:00.123Z");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(base::FormatRfc3339(*t), "2026-11-25T16:30:00.123Z");
  EXPECT_EQ(base::FormatRfc3339(*t, kChinaStandardTimeMinutes), "2026-11-26T00:30:00.123+08:00");
}

TEST(NoticeTest, TemplateSectionsListsAndUnknownPlaceholder) {
  auto t = NoticeTemplate::Parse("{{#xs}}[{{x}}|{{{raw}}}]{{/xs}}{{^empty}}none{{/empty}}{{! c }}", "t.html");
  ASSERT_TRUE(t.ok()) << t.status().message();
  TemplateScope top;
  top.vars["raw"] = "<i>";
  top.vars["empty"] = "";
  top.lists["xs"] = [](const TemplateScope::EachFn& each) {
    for (const char* v : {"<a>", "b"}) {
      TemplateScope s;
      s.vars["x"] = v;
      LANTIAN_RETURN_IF_ERROR(each(s));
    }
    return Status::Ok();
  };
  std::string out;
  ASSERT_TRUE(t->Render(top, [&](std::string_view s) { out += s; }).ok());
  EXPECT_EQ(out, "[&lt;a&gt;|<i>][b|<i>]none");
  auto u = NoticeTemplate::Parse("line1\n{{nope}}", "t.html");
  ASSERT_TRUE(u.ok());
  Status s = u->Render(top, [](std::string_view) {});
  EXPECT_EQ(s.message(), "t.html:2: unknown placeholder 'nope'");
  auto unclosed = NoticeTemplate::Parse("{{#a}}x", "t.html");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_EQ(unclosed.status().message(), "t.html:1: section 'a' is never closed");
}

TEST(NoticeTest, ShippedNoticeConfigLoads) {
  auto cfg = LoadNoticeConfig(std::string(LANTIAN_SOURCE_CONFIG_DIR) + "/notices");
  ASSERT_TRUE(cfg.ok()) << cfg.status().message();
  EXPECT_EQ(cfg->categories.size(), 6u);
  EXPECT_EQ(cfg->Category("guaranteed_grant").zh, "包授权 / 违规承诺结果");
  EXPECT_EQ(cfg->Platform("jd").name_zh, "京东");
  EXPECT_EQ(cfg->Platform("unknown-site").name_en, "Online platform");
  for (const std::string* tmpl : {&cfg->referral_template, &cfg->complaint_template}) {
    auto t = NoticeTemplate::Parse(*tmpl, "notice");
    ASSERT_TRUE(t.ok()) << t.status().message();
  }
}

}  // namespace
}  // namespace lantian::store::internal
