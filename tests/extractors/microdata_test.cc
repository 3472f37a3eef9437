#include "extractors/internal/microdata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/internal/html_document.h"
#include "extractors/internal/visible_text.h"

namespace lantian::extractors::internal {
namespace {

TEST(MicrodataTest, ItemTypes) {
  EXPECT_TRUE(IsMicrodataItemType("https://schema.org/Product"));
  EXPECT_TRUE(IsMicrodataItemType("http://SCHEMA.ORG/offer"));
  EXPECT_TRUE(IsMicrodataItemType("https://schema.org/DiscussionForumPosting"));
  EXPECT_FALSE(IsMicrodataItemType("https://schema.org/Organization"));
  EXPECT_FALSE(IsMicrodataItemType(""));
}

TEST(MicrodataTest, ItemsFromOutermostScopesWithFields) {
  Result<HtmlDocument> doc = HtmlDocument::Parse(
      "<body><p>页头</p>"
      "<div itemscope itemtype=\"https://schema.org/Product\">"
      "<a itemprop=url href=\" /item/1 \"><span itemprop=name>专利代理 包授权</span></a>"
      "<div itemprop=offers itemscope itemtype=\"https://schema.org/Offer\"><meta itemprop=price content=\"199\">"
      "<div itemprop=seller itemscope><span itemprop=name>某代理</span></div></div>"
      "<time itemprop=datePublished datetime=\"2026-11-25\">昨天</time></div>"
      "<div itemscope itemtype=\"https://schema.org/Product\"><span itemprop=name>第二</span></div>"
      "</body>",
      HtmlDocument::Options{});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  Collected col;
  TextBuilder page;
  ItemRouting none;
  Sink sink(&page, none);
  WalkVisibleText(doc->document(), &col, &sink, none);
  ASSERT_EQ(col.microdata.size(), 3u);  // the nested Offer too

  std::string outside;
  std::vector<Item> items = MicrodataItems(doc->document(), col.microdata, 10, &outside);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].source, "microdata");
  EXPECT_EQ(items[0].title, "专利代理 包授权");
  EXPECT_EQ(items[0].url, "/item/1");
  EXPECT_EQ(items[0].price, "199");
  EXPECT_EQ(items[0].seller, "某代理");
  EXPECT_EQ(items[0].posted_at, "2026-11-25");
  EXPECT_EQ(items[0].text, "专利代理 包授权\n某代理\n昨天");
  EXPECT_EQ(items[1].title, "第二");
  EXPECT_EQ(outside, "页头");

  std::vector<Item> capped = MicrodataItems(doc->document(), col.microdata, 1, &outside);
  ASSERT_EQ(capped.size(), 1u);
  EXPECT_EQ(outside, "页头\n第二");
}

}  // namespace
}  // namespace lantian::extractors::internal
