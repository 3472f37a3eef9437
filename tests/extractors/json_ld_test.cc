#include "extractors/internal/json_ld.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lantian::extractors::internal {
namespace {

TEST(RepairJsonTest, FixesCommonBreakage) {
  EXPECT_EQ(RepairJson(" <!-- {\"a\": [1, 2, ],} --> "), "{\"a\": [1, 2 ]}");
  EXPECT_EQ(RepairJson("{\"t\": \"line\none\"};"), "{\"t\": \"line one\"}");
  EXPECT_EQ(RepairJson("<![CDATA[{\"a\":\"x\\\"]\"}]]>"), "{\"a\":\"x\\\"]\"}");
}

TEST(JsonLdPageFieldsTest, ThePagesOwnObjectGivesItsUrlAndWhoWroteOrSellsIt) {
  // An article in @graph beside the site and its breadcrumbs: the site's
  // url is no page's; the article's url and author are.
  JsonLdPage p = JsonLdPageFields(
      {R"({"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","url":"https://news.test/","name":"某新闻网"},
            {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","item":"https://news.test/law"}]},
            {"@type":"NewsArticle","headline":"专项整治","url":"https://news.test/a/1.html",
             "author":{"@type":"Person","name":"记者 周明远"},"publisher":{"@type":"Organization","name":"某新闻网"}}]})"});
  EXPECT_EQ(p.url, "https://news.test/a/1.html");
  EXPECT_EQ(p.seller, "记者 周明远");
  // mainEntityOfPage as an object, the seller as a plain string, in a second block after a broken one.
  p = JsonLdPageFields({"{not json", R"({"@type":"WebPage","mainEntityOfPage":{"@type":"WebPage","@id":"/p/7"},
                                        "publisher":"某代理工作室"})"});
  EXPECT_EQ(p.url, "/p/7");
  EXPECT_EQ(p.seller, "某代理工作室");
  // Only parties and sites: nothing of the page.
  p = JsonLdPageFields({R"({"@type":"Organization","name":"某公司","url":"https://corp.test/"})",
                        R"([{"@type":"WebSite","url":"https://corp.test/"}])"});
  EXPECT_TRUE(p.url.empty());
  EXPECT_TRUE(p.seller.empty());
  EXPECT_TRUE(JsonLdPageFields({}).url.empty());
}

TEST(JsonLdItemsTest, ProductWithOfferAndSeller) {
  std::vector<std::string> warnings;
  std::vector<Item> items = JsonLdItems(
      {R"({"@type":"Product","name":" 商标注册 包过 ","sku":123,"description":"加急",
          "offers":{"@type":"Offer","price":99.5,"priceCurrency":"CNY",
                    "seller":{"@type":"Organization","name":"某代理","url":"/shop"}}})"},
      &warnings);
  EXPECT_TRUE(warnings.empty());
  ASSERT_EQ(items.size(), 1u);
  const Item& it = items[0];
  EXPECT_EQ(it.source, "jsonld");
  EXPECT_EQ(it.title, "商标注册 包过");
  EXPECT_EQ(it.listing_id, "123");
  EXPECT_EQ(it.price, "CNY 99.5");
  EXPECT_EQ(it.seller, "某代理");
  EXPECT_EQ(it.seller_url, "/shop");
  EXPECT_EQ(it.text, "商标注册 包过\n加急\n某代理");
}

TEST(JsonLdItemsTest, GraphListsAndNestedComments) {
  std::vector<std::string> warnings;
  std::vector<Item> items = JsonLdItems(
      {R"({"@graph":[{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"Product","name":"甲"}},
                                                              {"@type":"ListItem","item":{"@type":"Product","name":"乙"}}]},
                     {"@type":"DiscussionForumPosting","headline":"帖","comment":[{"@type":"Comment","text":"回复"}]}]})"},
      &warnings);
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].title, "甲");
  EXPECT_EQ(items[1].title, "乙");
  EXPECT_EQ(items[2].title, "帖");
  EXPECT_EQ(items[3].text, "回复");
}

TEST(JsonLdItemsTest, PartiesOnlyWhenNothingElse) {
  std::vector<std::string> warnings;
  std::vector<Item> only_party =
      JsonLdItems({R"({"@type":"Organization","name":"某知识产权公司","telephone":"13900002671"})"}, &warnings);
  ASSERT_EQ(only_party.size(), 1u);
  EXPECT_EQ(only_party[0].title, "某知识产权公司");
  EXPECT_EQ(only_party[0].text, "某知识产权公司\n13900002671");
  std::vector<Item> with_product = JsonLdItems(
      {R"({"@type":"Organization","name":"公司"})", R"({"@type":"Product","name":"商品"})"}, &warnings);
  ASSERT_EQ(with_product.size(), 1u);
  EXPECT_EQ(with_product[0].title, "商品");
}

TEST(JsonLdItemsTest, BlockThatIsNotJsonIsSkippedWithAWarning) {
  std::vector<std::string> warnings;
  std::vector<Item> items = JsonLdItems({"{not json", R"({"@type":"Product","name":"好"})"}, &warnings);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].title, "好");
  EXPECT_EQ(warnings, (std::vector<std::string>{"json-ld block of 9 bytes is not JSON; skipped"}));
}

}  // namespace
}  // namespace lantian::extractors::internal
