#include "extractors/internal/visible_text.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "extractors/internal/html_document.h"

namespace lantian::extractors::internal {
namespace {

HtmlDocument Parse(std::string_view html) {
  Result<HtmlDocument> doc = HtmlDocument::Parse(html, HtmlDocument::Options{});
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return std::move(*doc);
}

std::string PageText(std::string_view html, Collected* col) {
  HtmlDocument doc = Parse(html);
  TextBuilder page;
  ItemRouting none;
  Sink sink(&page, none);
  WalkVisibleText(doc.document(), col, &sink, none);
  return page.Take();
}

TEST(CollapsedTextTest, CollapsesRunsAndRemembersEdges) {
  CollapsedText t("  专利 \n\t 代理  ");
  EXPECT_TRUE(t.lead());
  EXPECT_TRUE(t.trail());
  EXPECT_EQ(t.body(), "专利 代理");
  CollapsedText plain("a b");
  EXPECT_FALSE(plain.lead());
  EXPECT_EQ(plain.body(), "a b");
  CollapsedText blank(" \n ");
  EXPECT_TRUE(blank.lead());
  EXPECT_EQ(blank.body(), "");
}

TEST(TextBuilderTest, BlocksBecomeSingleLineBreaks) {
  TextBuilder b;
  b.Text("包授权 ");
  b.Text("退款");
  b.Newline();
  b.Newline();
  b.Text(" 加微信");
  b.Newline();
  EXPECT_EQ(b.Take(), "包授权 退款\n加微信");
}

TEST(WalkVisibleTextTest, BlocksCellsAndHiddenWords) {
  Collected col;
  const std::string text = PageText(
      "<html><head><title> 专利  代理 </title><script>var x='不可见';</script><style>p{}</style></head>"
      "<body><p>包<b>授权</b></p><table><tr><td>A</td><td>B</td></tr></table>"
      "<img alt=\"vx:zl886\"><input type=hidden value=\"token123\"><input type=hidden value=\"加微信\">"
      "<input type=password value=\"secret\"></body></html>",
      &col);
  EXPECT_EQ(col.title, "专利 代理");
  EXPECT_EQ(text, "专利 代理\n包授权\nA B\nvx:zl886 加微信");
}

TEST(WalkVisibleTextTest, CollectsLinksMetadataAndStructuredData) {
  Collected col;
  (void)PageText(
      "<html><head><base href=\"/b/\"><link rel=\"Canonical\" href=\"/c\"><link rel=\"next prefetch\" href=\"/p2\">"
      "<meta property=\"OG:Title\" content=\"标题\"><meta name=\"description\" content=\"描述\">"
      "<script type=\"application/LD+JSON\">{\"@type\":\"Product\"}</script></head><body>"
      "<a href=\"/x\">x</a><img src=\"/i.png\" data-src=\"/lazy.png\">"
      "<div itemscope itemtype=\"https://schema.org/Product\"><span itemprop=name>n</span></div></body></html>",
      &col);
  EXPECT_EQ(col.base_href, "/b/");
  EXPECT_EQ(col.canonical_href, "/c");
  EXPECT_EQ(col.next_href, "/p2");
  EXPECT_EQ(col.hrefs, (std::vector<std::string>{"/p2", "/x"}));
  EXPECT_EQ(col.image_srcs, (std::vector<std::string>{"/i.png", "/lazy.png"}));
  ASSERT_EQ(col.jsonld.size(), 1u);
  EXPECT_EQ(col.jsonld[0], "{\"@type\":\"Product\"}");
  EXPECT_EQ(col.microdata.size(), 1u);
  EXPECT_EQ(col.og.at("og:title"), "标题");
}

TEST(WalkVisibleTextTest, RoutesItemTextAndOutsideText) {
  HtmlDocument doc = Parse("<body><p>页头</p><div id=a>一号</div><div id=b>二号</div><p>页脚</p></body>");
  std::vector<const GumboNode*> divs;
  for (const GumboNode* n : AllElements(doc.document())) {
    if (TagName(n) == "div") divs.push_back(n);
  }
  ASSERT_EQ(divs.size(), 2u);
  std::unordered_map<const GumboNode*, int> index{{divs[0], 0}, {divs[1], 1}};
  std::vector<TextBuilder> items(2);
  TextBuilder page;
  TextBuilder outside;
  ItemRouting routing{&index, &items, &outside};
  Sink sink(&page, routing);
  WalkVisibleText(doc.document(), nullptr, &sink, routing);
  EXPECT_EQ(page.Take(), "页头\n一号\n二号\n页脚");
  EXPECT_EQ(items[0].Take(), "一号");
  EXPECT_EQ(items[1].Take(), "二号");
  EXPECT_EQ(outside.Take(), "页头\n页脚");
}

TEST(FieldTextTest, OneLineOrAttributeFallback) {
  HtmlDocument doc = Parse("<body><div><p>专利</p><p>代理</p></div><img title=\" 标题 \"></body>");
  const GumboNode* div = nullptr;
  const GumboNode* img = nullptr;
  for (const GumboNode* n : AllElements(doc.document())) {
    if (TagName(n) == "div") div = n;
    if (TagName(n) == "img") img = n;
  }
  ASSERT_NE(div, nullptr);
  ASSERT_NE(img, nullptr);
  EXPECT_EQ(FieldText(div), "专利 代理");
  EXPECT_EQ(FieldText(img), "标题");
}

}  // namespace
}  // namespace lantian::extractors::internal
