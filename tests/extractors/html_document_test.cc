#include "extractors/internal/html_document.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace lantian::extractors::internal {
namespace {

TEST(HtmlDocumentTest, AllElementsInDocumentOrderAndAncestors) {
  Result<HtmlDocument> doc = HtmlDocument::Parse("<div><p>a</p><my-widget>b</my-widget></div>", {});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  std::vector<std::string> tags;
  const GumboNode* div = nullptr;
  const GumboNode* p = nullptr;
  for (const GumboNode* n : AllElements(doc->document())) {
    tags.push_back(TagName(n));
    if (TagName(n) == "div") div = n;
    if (TagName(n) == "p") p = n;
  }
  EXPECT_EQ(tags, (std::vector<std::string>{"html", "head", "body", "div", "p", "my-widget"}));
  ASSERT_NE(div, nullptr);
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(HasAncestorIn(p, {div}));
  EXPECT_FALSE(HasAncestorIn(div, {div}));
  EXPECT_TRUE(IsElement(p));
  EXPECT_FALSE(IsElement(nullptr));
}

TEST(HtmlDocumentTest, CapsAreRecorded) {
  HtmlDocument::Options options;
  options.max_bytes = 8;
  Result<HtmlDocument> doc = HtmlDocument::Parse("<p>专利代理</p>", options);
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->truncated());
  EXPECT_EQ(doc->html(), "<p>专");
  EXPECT_EQ(doc->warnings(), (std::vector<std::string>{"html cut at 6 of 19 bytes (max_html_bytes)"}));
}

TEST(HtmlDocumentTest, AttributeValueTests) {
  EXPECT_TRUE(ContainsIgnoreAsciiCase("application/LD+JSON", "ld+json"));
  EXPECT_FALSE(ContainsIgnoreAsciiCase("json", "ld+json"));
  EXPECT_FALSE(ContainsIgnoreAsciiCase("x", ""));
  EXPECT_TRUE(HasTokenIgnoreAsciiCase("prefetch  Next", "next"));
  EXPECT_FALSE(HasTokenIgnoreAsciiCase("nextpage", "next"));
}

}  // namespace
}  // namespace lantian::extractors::internal
