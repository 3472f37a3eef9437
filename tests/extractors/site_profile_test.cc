#include "extractors/site_profile.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace lantian::extractors {
namespace {

constexpr const char* kMinimal = R"(name = "t"
platform = "test"
kind = "forum"
hosts = ["example.com"]
)";

Status ParseError(const std::string& toml) {
  auto p = ParseSiteProfile(toml, "config/sites/t.toml");
  return p.ok() ? Status::Ok() : p.status();
}

TEST(SiteProfileTest, ShippedProfilesAllLoad) {
  auto set = ProfileSet::LoadDir(LANTIAN_SITES_DIR);
  ASSERT_TRUE(set.ok()) << set.status().message();
  for (const char* name : {"taobao", "jd", "pinduoduo", "xianyu", "alibaba1688", "tieba", "zhihu", "douban",
                           "baidu", "sogou", "so360", "bing"}) {
    const SiteProfile* p = set->Find(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_TRUE(p->item.has_value()) << name;
    EXPECT_FALSE(p->search_url.empty()) << name;
    EXPECT_FALSE(p->block_markers.empty()) << name;
    EXPECT_TRUE(p->delay_ms.has_value()) << name;
  }
}

TEST(SiteProfileTest, FindForUrlMatchesSubdomainsAndLongestHost) {
  auto set = ProfileSet::LoadDir(LANTIAN_SITES_DIR);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_EQ(set->FindForUrl("https://item.taobao.com/item.htm?id=1")->name, "taobao");
  EXPECT_EQ(set->FindForUrl("https://detail.TMALL.com/item.htm?id=1")->name, "taobao");
  EXPECT_EQ(set->FindForUrl("https://2.taobao.com/item?id=1")->name, "xianyu");
  EXPECT_EQ(set->FindForUrl("https://tieba.baidu.com/p/1")->name, "tieba");
  EXPECT_EQ(set->FindForUrl("https://www.baidu.com/s?wd=x")->name, "baidu");
  EXPECT_EQ(set->FindForUrl("https://www.douban.com/group/topic/1/")->name, "douban");
  EXPECT_EQ(set->FindForUrl("https://nottaobao.com/"), nullptr);
  EXPECT_EQ(set->FindForUrl("https://baidu.com/"), nullptr);
  EXPECT_EQ(set->FindForUrl("not a url"), nullptr);
}

TEST(SiteProfileTest, SearchUrlEncodesQueryAndComputesPage) {
  auto set = ProfileSet::LoadDir(LANTIAN_SITES_DIR);
  ASSERT_TRUE(set.ok());
  const SiteProfile* taobao = set->Find("taobao");
  EXPECT_EQ(*taobao->SearchUrl("包授权 专利", 0), "https://s.taobao.com/search?q=%E5%8C%85%E6%8E%88%E6%9D%83%20%E4%B8%93%E5%88%A9&s=0");
  EXPECT_EQ(*taobao->SearchUrl("a&b", 2), "https://s.taobao.com/search?q=a%26b&s=88");
  const SiteProfile* jd = set->Find("jd");
  EXPECT_EQ(*jd->SearchUrl("x", 1), "https://search.jd.com/Search?keyword=x&enc=utf-8&page=3");
}

TEST(SiteProfileTest, SearchUrlMissingIsError) {
  auto p = ParseSiteProfile(kMinimal, "t.toml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->SearchUrl("x", 0).status().message(), "site profile 't' has no search_url");
}

TEST(SiteProfileTest, RenderSaysWhetherItsPagesNeedABrowser) {
  auto plain = ParseSiteProfile(kMinimal, "t.toml");
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(plain->render_browser);
  auto browser = ParseSiteProfile(std::string(kMinimal) + "render = \"browser\"\n", "t.toml");
  ASSERT_TRUE(browser.ok()) << browser.status().message();
  EXPECT_TRUE(browser->render_browser);
  EXPECT_EQ(ParseError(std::string(kMinimal) + "render = \"js\"\n").message(),
            "config/sites/t.toml:5:10: render: expected \"browser\" or \"plain\", got \"js\"");
}

TEST(SiteProfileTest, FollowAndDeny) {
  auto p = ParseSiteProfile(std::string(kMinimal) + "follow = ['/item/\\d+']\ndeny = ['logout']\n", "t.toml");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_TRUE(p->ShouldFollow("https://example.com/item/12"));
  EXPECT_FALSE(p->ShouldFollow("https://example.com/about"));
  EXPECT_FALSE(p->ShouldFollow("https://example.com/item/12?logout=1"));
}

TEST(SiteProfileTest, ListingIdFromUrl) {
  auto p = ParseSiteProfile(std::string(kMinimal) + "listing_id_pattern = '[?&]id=(\\d+)'\n", "t.toml");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->ListingIdFromUrl("https://item.taobao.com/item.htm?spm=x&id=712345"), "712345");
  EXPECT_EQ(p->ListingIdFromUrl("https://item.taobao.com/item.htm"), "");
}

TEST(SiteProfileTest, MarkersAsArrayOrTable) {
  auto p = ParseSiteProfile(std::string(kMinimal) +
                                "gone_markers = [\"已删除\"]\n[block_markers]\ntext = [\"请登录\"]\nselector = [\"#captcha\"]\n",
                            "t.toml");
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_EQ(p->gone_markers.size(), 1u);
  EXPECT_EQ(p->gone_markers[0].Describe(), "text:已删除");
  ASSERT_EQ(p->block_markers.size(), 2u);
  // Table keys come in key order: selector markers, then text markers.
  EXPECT_EQ(p->block_markers[0].Describe(), "selector:#captcha");
  EXPECT_EQ(p->block_markers[1].Describe(), "text:请登录");
}

TEST(SiteProfileTest, SelectorTableAliasAndPoliteness) {
  auto p = ParseSiteProfile(std::string(kMinimal) +
                                "[selector]\nitem = \"div.post\"\nprice = \".p\"\n[politeness]\ndelay_ms = 3000\nmax_in_flight = 2\n",
                            "t.toml");
  ASSERT_TRUE(p.ok()) << p.status().message();
  EXPECT_EQ(p->item->source(), "div.post");
  EXPECT_EQ(p->fields.price->source(), ".p");
  EXPECT_EQ(*p->delay_ms, 3000);
  EXPECT_EQ(*p->max_in_flight, 2);
}

TEST(SiteProfileTest, BadProfilesNameFileLineColumnAndKey) {
  struct Case {
    std::string extra;
    const char* error;
  };
  const Case cases[] = {
      {"colour = \"red\"\n", "config/sites/t.toml:5:10: colour: unknown key"},
      {"delay_ms = \"slow\"\n", "config/sites/t.toml:5:12: delay_ms: expected an integer"},
      {"delay_ms = -5\n", "config/sites/t.toml:5:12: delay_ms: out of range (0..3600000)"},
      {"item = \"div[\"\n", "config/sites/t.toml:5:8: item: bad selector 'div[': col 5: expected an attribute name after '['"},
      {"[fields]\nprice = \"a:hover\"\n",
       "config/sites/t.toml:6:9: fields.price: bad selector 'a:hover': col 2: unsupported pseudo-class ':hover'"},
      {"[fields]\nprice = 5\n", "config/sites/t.toml:6:9: fields.price: expected a string"},
      {"[fields]\ncolour = \"a\"\n",
       "config/sites/t.toml:6:10: fields.colour: unknown key (expected item, next_page, title, url, price, seller, "
       "seller_url, text, posted_at, listing_id)"},
      {"follow = ['(unclosed']\n",
       "config/sites/t.toml:5:11: follow[0]: bad regex '(unclosed': missing ): (unclosed at '(unclosed'"},
      {"listing_id_pattern = '[?&]id=(\\d+'\n",
       "config/sites/t.toml:5:22: listing_id_pattern: bad regex '[?&]id=(\\d+': missing ): [?&]id=(\\d+ at '[?&]id=(\\d+'"},
      {"search_url = \"https://x.com/s?q=\"\n", "config/sites/t.toml:5:14: search_url: must contain {query}"},
      {"gone_markers = 3\n",
       "config/sites/t.toml:5:16: gone_markers: expected a table with 'text' and/or 'selector' arrays"},
      {"[block_markers]\nselector = [\"a >\"]\n",
       "config/sites/t.toml:6:13: block_markers.selector: bad selector 'a >': col 4: expected a selector after '>'"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ParseError(std::string(kMinimal) + c.extra).message(), c.error) << c.extra;
  }
}

TEST(SiteProfileTest, WrongKindAndMissingRequiredKeys) {
  EXPECT_EQ(ParseError("name = \"t\"\nplatform = \"p\"\nkind = \"shop\"\nhosts = [\"a.com\"]\n").message(),
            "config/sites/t.toml:3:8: kind: expected ecommerce, forum or search, got 'shop'");
  EXPECT_EQ(ParseError("name = \"t\"\nplatform = \"p\"\nkind = \"forum\"\n").message(),
            "config/sites/t.toml:1:1: hosts: missing (required)");
  EXPECT_EQ(ParseError("platform = \"p\"\nkind = \"forum\"\nhosts = [\"a.com\"]\n").message(),
            "config/sites/t.toml:1:1: name: missing (required)");
  EXPECT_EQ(ParseError("name = \"t\"\nplatform = \"p\"\nkind = \"forum\"\nhosts = [\"https://a.com/\"]\n").message(),
            "config/sites/t.toml:4:10: hosts: 'https://a.com/' is not a host name");
}

TEST(SiteProfileTest, NotTomlIsAClearError) {
  Status s = ParseError("<html>this is not toml</html>\n");
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "config/sites/t.toml:1:1: not valid TOML: Error while parsing root table: expected keys, tables, "
                         "whitespace or comments, saw '<'");
  EXPECT_EQ(s.message().find('\n'), std::string::npos);
}

class ProfileDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lantian-sites-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(ProfileDirTest, DuplicateNameIsError) {
  Write("a.toml", kMinimal);
  Write("b.toml", kMinimal);
  auto set = ProfileSet::LoadDir(dir_.string());
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(),
            (dir_ / "b.toml").string() + ":1:1: name: 't' already defined in " + (dir_ / "a.toml").string());
}

TEST_F(ProfileDirTest, BadFileStopsLoadWithItsPath) {
  Write("a.toml", "name = [\n");
  auto set = ProfileSet::LoadDir(dir_.string());
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().message(), (dir_ / "a.toml").string() + ":1:10: not valid TOML: Error while parsing array: encountered end-of-file");
}

TEST_F(ProfileDirTest, IgnoresNonTomlFilesAndMissingDirIsError) {
  Write("README.txt", "not a profile");
  auto set = ProfileSet::LoadDir(dir_.string());
  ASSERT_TRUE(set.ok());
  EXPECT_TRUE(set->profiles().empty());
  auto missing = ProfileSet::LoadDir((dir_ / "nope").string());
  EXPECT_EQ(missing.status().message(), (dir_ / "nope").string() + ": not a directory of site profiles");
}

}  // namespace
}  // namespace lantian::extractors
