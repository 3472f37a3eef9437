#include "extractors/selector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/internal/html_document.h"

namespace lantian::extractors {
namespace {

using internal::HtmlDocument;

constexpr const char* kHtml = R"(<html><body>
<div id="main" class="list wide">
  <div class="item hot" data-id="1"><a class="title" href="/a" title="A">Alpha</a><span class="price">¥1</span></div>
  <div class="item" data-id="2"><p><a class="title" href="https://x.com/b">Beta</a></p></div>
  <section class="item" data-id="30"><a href="/c">Gamma</a></section>
  <my-widget data-kind="promo-box">Custom</my-widget>
</div>
<div class="item-like">no</div>
</body></html>)";

class SelectorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto doc = HtmlDocument::Parse(kHtml, {});
    ASSERT_TRUE(doc.ok());
    doc_ = std::make_unique<HtmlDocument>(std::move(*doc));
  }
  // The text of each match, for comparison.
  std::vector<std::string> Select(const char* selector) {
    auto sel = Selector::Parse(selector);
    EXPECT_TRUE(sel.ok()) << sel.status().message();
    std::vector<std::string> out;
    if (!sel.ok()) return out;
    for (const GumboNode* n : sel->SelectAll(doc_->document())) {
      const char* id = internal::Attr(n, "data-id");
      const char* href = internal::Attr(n, "href");
      out.push_back(internal::TagName(n) + (id ? std::string("#") + id : "") + (href ? std::string(" ") + href : ""));
    }
    return out;
  }
  std::unique_ptr<HtmlDocument> doc_;
};

TEST_F(SelectorTest, TypeSelector) { EXPECT_EQ(Select("section"), (std::vector<std::string>{"section#30"})); }

TEST_F(SelectorTest, UnknownTypeByName) { EXPECT_EQ(Select("my-widget"), (std::vector<std::string>{"my-widget"})); }

// The literal prefilter may say "maybe" freely, but never "no" for markup
// that matches.
TEST(SelectorMayMatchTest, NoOnlyWhenANamedIdOrClassIsAbsent) {
  auto sel = [](const char* text) {
    auto s = Selector::Parse(text);
    EXPECT_TRUE(s.ok()) << text;
    return std::move(*s);
  };
  const std::string html = kHtml;
  EXPECT_TRUE(sel("#main").MayMatchIn(html));
  EXPECT_TRUE(sel("div.item.hot").MayMatchIn(html));
  EXPECT_TRUE(sel("section").MayMatchIn(html));          // no id/class: cannot tell
  EXPECT_TRUE(sel("#nocaptcha, div.item").MayMatchIn(html));  // one group may match
  EXPECT_FALSE(sel("#nocaptcha").MayMatchIn(html));
  EXPECT_FALSE(sel("div.J_MIDDLEWARE_FRAME_WIDGET, #nc_1_wrapper").MayMatchIn(html));
  EXPECT_FALSE(sel("div.item.sold-out").MayMatchIn(html));  // every class is needed
  // Whatever the prefilter says no to really matches nothing.
  auto doc = HtmlDocument::Parse(kHtml, {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(sel("div.item.sold-out").SelectFirst(doc->document()), nullptr);
}

TEST_F(SelectorTest, IdAndClass) {
  EXPECT_EQ(Select("#main").size(), 1u);
  EXPECT_EQ(Select(".item"), (std::vector<std::string>{"div#1", "div#2", "section#30"}));
  EXPECT_EQ(Select(".item.hot"), (std::vector<std::string>{"div#1"}));
}

TEST_F(SelectorTest, AttributeOperators) {
  EXPECT_EQ(Select("[data-id]").size(), 3u);
  EXPECT_EQ(Select("[data-id=2]"), (std::vector<std::string>{"div#2"}));
  EXPECT_EQ(Select("[data-id='30']"), (std::vector<std::string>{"section#30"}));
  EXPECT_EQ(Select("a[href^=https]"), (std::vector<std::string>{"a https://x.com/b"}));
  EXPECT_EQ(Select("a[href$=\"/c\"]"), (std::vector<std::string>{"a /c"}));
  EXPECT_EQ(Select("[data-kind*=promo]"), (std::vector<std::string>{"my-widget"}));
  EXPECT_EQ(Select("[class~=hot]"), (std::vector<std::string>{"div#1"}));
}

TEST_F(SelectorTest, CompoundSelector) {
  EXPECT_EQ(Select("div.item[data-id]"), (std::vector<std::string>{"div#1", "div#2"}));
}

TEST_F(SelectorTest, DescendantAndChild) {
  EXPECT_EQ(Select("div.item a.title"), (std::vector<std::string>{"a /a", "a https://x.com/b"}));
  EXPECT_EQ(Select("div.item > a.title"), (std::vector<std::string>{"a /a"}));
  EXPECT_EQ(Select("#main > .item > a"), (std::vector<std::string>{"a /a", "a /c"}));
  EXPECT_EQ(Select("body div a"), (std::vector<std::string>{"a /a", "a https://x.com/b", "a /c"}));
}

TEST_F(SelectorTest, GroupsInDocumentOrderWithoutDuplicates) {
  EXPECT_EQ(Select("section, div.hot, .item.hot"), (std::vector<std::string>{"div#1", "section#30"}));
}

TEST_F(SelectorTest, AttributePick) {
  auto sel = Selector::Parse("a.title@href");
  ASSERT_TRUE(sel.ok());
  EXPECT_EQ(sel->attribute(), "href");
  EXPECT_EQ(sel->source(), "a.title@href");
  auto self = Selector::Parse("@data-id");
  ASSERT_TRUE(self.ok());
  auto items = Selector::Parse(".item");
  ASSERT_TRUE(items.ok());
  const GumboNode* first = items->SelectFirst(doc_->document());
  EXPECT_EQ(self->SelectFirst(first), first);
}

TEST_F(SelectorTest, EachGroupHasItsOwnAttribute) {
  auto sel = Selector::Parse("a.title@title, a@href, span");
  ASSERT_TRUE(sel.ok());
  EXPECT_EQ(sel->attribute(), "");
  ASSERT_EQ(sel->group_count(), 3u);
  EXPECT_EQ(sel->group_attribute(0), "title");
  EXPECT_EQ(sel->group_attribute(1), "href");
  EXPECT_EQ(sel->group_attribute(2), "");
  const GumboNode* a = sel->SelectFirstInGroup(doc_->document(), 0);
  ASSERT_NE(a, nullptr);
  EXPECT_STREQ(internal::Attr(a, "title"), "A");
  auto same = Selector::Parse("a@href, b@href");
  ASSERT_TRUE(same.ok());
  EXPECT_EQ(same->attribute(), "href");
}

TEST_F(SelectorTest, Matches) {
  auto sel = Selector::Parse("div.item");
  ASSERT_TRUE(sel.ok());
  auto all = Selector::Parse("*");
  ASSERT_TRUE(all.ok());
  int n = 0;
  for (const GumboNode* node : all->SelectAll(doc_->document())) n += sel->Matches(node);
  EXPECT_EQ(n, 2);
}

struct BadSelector {
  const char* text;
  const char* error;
};

TEST(SelectorParseTest, RejectsInvalidSelectorsWithColumn) {
  const BadSelector cases[] = {
      {"", "col 1: empty selector"},
      {"div[", "col 5: expected an attribute name after '['"},
      {"div[a", "col 4: unclosed '['"},
      {"div[a=", "col 4: unclosed '['"},
      {"a[b=\"x]", "col 5: unclosed quote"},
      {"a[b|=x]", "col 4: unsupported attribute operator '|='"},
      {"a[b!x]", "col 4: expected ']' or an operator (=, *=, ^=, $=, ~=) after attribute name"},
      {"div.", "col 5: expected a class name after '.'"},
      {"#", "col 2: expected an id after '#'"},
      {"a:hover", "col 2: unsupported pseudo-class ':hover'"},
      {"a + b", "col 3: unsupported combinator '+'"},
      {"a >", "col 4: expected a selector after '>'"},
      {"> a", "col 1: expected a selector before '>'"},
      {"a,", "col 3: expected a selector"},
      {"a@", "col 3: expected an attribute name after '@'"},
      {"a@href b", "col 8: unexpected 'b'"},
      {"a!", "col 2: unexpected '!'"},
  };
  for (const BadSelector& c : cases) {
    auto sel = Selector::Parse(c.text);
    ASSERT_FALSE(sel.ok()) << c.text;
    EXPECT_EQ(sel.status().message(), c.error) << c.text;
  }
}

TEST(SelectorParseTest, LongDescendantChainStaysLinearOnDeepDocuments) {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<div>";
  auto doc = HtmlDocument::Parse(html, {});
  ASSERT_TRUE(doc.ok());
  // No <p> anywhere: every div is tried against every ancestor chain.
  auto sel = Selector::Parse("p div div div");
  ASSERT_TRUE(sel.ok());
  EXPECT_TRUE(sel->SelectAll(doc->document()).empty());
}

TEST(SelectorParseTest, DeepDocumentWalkIsIterative) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<span>";
  html += "<b class=deep>x</b>";
  auto doc = HtmlDocument::Parse(html, {});
  ASSERT_TRUE(doc.ok());
  auto sel = Selector::Parse("span > b.deep");
  ASSERT_TRUE(sel.ok());
  EXPECT_EQ(sel->SelectAll(doc->document()).size(), 1u);
}

}  // namespace
}  // namespace lantian::extractors
