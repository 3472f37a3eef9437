#include "extractors/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/site_profile.h"
#include "tests/extractors/test_util.h"

namespace lantian::extractors {
namespace {

using testing::ReadTestFile;

std::vector<std::string> ContactKeys(const std::vector<Contact>& cs) {
  std::vector<std::string> out;
  for (const Contact& c : cs) out.push_back(c.key);
  return out;
}

bool Has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto set = ProfileSet::LoadDir(LANTIAN_SITES_DIR);
    ASSERT_TRUE(set.ok()) << set.status().message();
    profiles_ = new ProfileSet(std::move(*set));
  }
  static void TearDownTestSuite() {
    delete profiles_;
    profiles_ = nullptr;
  }
  // Extracts a fixture as the crawler does: bytes + Content-Type → page.
  static Page Extract(const std::string& file, const std::string& url, const char* site,
                      const std::string& content_type = "text/html") {
    const SiteProfile* profile = site == nullptr ? nullptr : profiles_->Find(site);
    auto page = ExtractPageFromBytes(ReadTestFile(file), content_type, url, profile);
    EXPECT_TRUE(page.ok()) << page.status().message();
    return page.ok() ? std::move(*page) : Page{};
  }
  static ProfileSet* profiles_;
};
ProfileSet* ExtractorTest::profiles_ = nullptr;

TEST_F(ExtractorTest, TaobaoSearchItemsFieldByField) {
  Page p = Extract("taobao_search.html", "https://s.taobao.com/search?q=x", "taobao");
  EXPECT_EQ(p.title, "专利代写_淘宝搜索");
  EXPECT_EQ(p.profile_name, "taobao");
  EXPECT_EQ(p.charset, "UTF-8");
  EXPECT_EQ(p.charset_how, "meta");
  ASSERT_EQ(p.items.size(), 3u);
  const Item& a = p.items[0];
  EXPECT_EQ(a.source, "profile");
  EXPECT_EQ(a.item_index, 0);
  EXPECT_EQ(a.listing_id, "712345678901");
  EXPECT_EQ(a.url, "https://item.taobao.com/item.htm?id=712345678901&ns=1");
  EXPECT_EQ(a.title, "实用新型专利申请代写 加急");
  EXPECT_EQ(a.price, "¥199.00");
  EXPECT_EQ(a.seller, "知识产权小王工作室");
  // Hidden words: img alt is part of the item text.
  EXPECT_TRUE(Has(a.text, "包授权 下证再付款")) << a.text;
  EXPECT_EQ(ContactKeys(a.contacts), (std::vector<std::string>{"phone:13900002671", "wechat:13900002671"}));

  const Item& b = p.items[1];
  EXPECT_EQ(b.listing_id, "698765432109");  // from listing_id_pattern over the URL
  EXPECT_EQ(b.url, "https://detail.tmall.com/item.htm?id=698765432109");
  EXPECT_EQ(b.price, "¥ 300");
  EXPECT_TRUE(Has(b.text, "V：zl886x")) << b.text;  // a[title]
  EXPECT_EQ(ContactKeys(b.contacts), (std::vector<std::string>{"wechat:zl886x"}));

  const Item& c = p.items[2];
  EXPECT_EQ(c.listing_id, "655500011122");
  EXPECT_TRUE(Has(c.text, "不授权全额退款")) << c.text;  // hidden input with words
  EXPECT_FALSE(Has(c.text, "a8f93kd0s")) << c.text;      // hidden token is not text

  EXPECT_EQ(p.next_page_url, "https://s.taobao.com/search?q=%E4%B8%93%E5%88%A9&s=44");
  EXPECT_EQ(p.canonical_url, "https://s.taobao.com/search?q=%E4%B8%93%E5%88%A9");
  EXPECT_FALSE(p.is_blocked);
  EXPECT_FALSE(p.is_gone);
  // Outside every item: the footer with its hotline; not the item words.
  EXPECT_TRUE(Has(p.outside_text, "客服热线")) << p.outside_text;
  EXPECT_FALSE(Has(p.outside_text, "实用新型专利申请代写")) << p.outside_text;
  EXPECT_EQ(ContactKeys(p.outside_contacts), (std::vector<std::string>{"landline:4008008888"}));
  // Page text: title, keywords, items; no script or style.
  EXPECT_TRUE(Has(p.text, "专利申请,实用新型"));
  EXPECT_FALSE(Has(p.text, "g_page_config"));
  EXPECT_FALSE(Has(p.text, "color:red"));
  // Links absolute, fragment dropped, javascript:/mailto: skipped, deduplicated.
  EXPECT_EQ(p.links, (std::vector<std::string>{"https://item.taobao.com/item.htm?id=712345678901&ns=1",
                                               "https://detail.tmall.com/item.htm?id=698765432109",
                                               "https://item.taobao.com/item.htm?spm=a21n57&id=655500011122"}));
  EXPECT_EQ(p.follow_links.size(), 3u);
  EXPECT_EQ(p.image_urls, (std::vector<std::string>{"https://img.alicdn.com/bao/uploaded/i1/zl.jpg"}));
}

TEST_F(ExtractorTest, TaobaoBlockPageIsRecognised) {
  Page p = Extract("taobao_punish.html", "https://s.taobao.com/search?q=x", "taobao");
  EXPECT_TRUE(p.is_blocked);
  // Table keys come in key order: selector markers are tried before text markers.
  EXPECT_EQ(p.block_marker, "selector:#nocaptcha");
}

TEST_F(ExtractorTest, TaobaoGoneItemIsRecognised) {
  Page p = Extract("taobao_gone.html", "https://item.taobao.com/item.htm?id=1", "taobao");
  EXPECT_TRUE(p.is_gone);
  EXPECT_EQ(p.gone_marker, "selector:div.error-notice-hd");
  EXPECT_FALSE(p.is_blocked);
}

TEST_F(ExtractorTest, TmallGbkDetailPageFallsBackToBrokenJsonLd) {
  Page p = Extract("tmall_item_gbk.html", "https://detail.tmall.com/item.htm?id=698765432109", "taobao");
  EXPECT_EQ(p.charset, "GB18030");
  EXPECT_EQ(p.charset_how, "meta");
  EXPECT_EQ(p.title, "发明专利代理 包下证-天猫Tmall.com");
  ASSERT_EQ(p.items.size(), 1u);
  const Item& it = p.items[0];
  EXPECT_EQ(it.source, "jsonld");
  EXPECT_EQ(it.title, "发明专利代理 包下证");
  EXPECT_EQ(it.listing_id, "698765432109");
  EXPECT_EQ(it.price, "CNY 2999.00");
  EXPECT_EQ(it.seller, "华知知识产权旗舰店");
  EXPECT_EQ(it.seller_url, "https://huazhi.tmall.com/");
  EXPECT_EQ(it.url, "https://detail.tmall.com/item.htm?id=698765432109");
  EXPECT_TRUE(Has(it.text, "不授权全额退款")) << it.text;
  EXPECT_EQ(ContactKeys(it.contacts), (std::vector<std::string>{"qq:86572933"}));
  // JSON-LD items hold only their JSON text: the visible text is outside them.
  EXPECT_EQ(p.outside_text, p.text);
  EXPECT_TRUE(Has(p.text, "不成功全额退款"));  // meta description
}

TEST_F(ExtractorTest, JdSearchWithUnclosedTags) {
  Page p = Extract("jd_search.html", "https://search.jd.com/Search?keyword=x", "jd");
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].listing_id, "100012345678");
  EXPECT_EQ(p.items[0].title, "发明专利申请代理 加急");
  EXPECT_EQ(p.items[0].url, "https://item.jd.com/100012345678.html");
  EXPECT_EQ(p.items[0].price, "599.00");
  EXPECT_EQ(p.items[0].seller, "科创知识产权专营店");
  EXPECT_EQ(p.items[0].seller_url, "https://mall.jd.com/index-1000001.html");
  EXPECT_TRUE(Has(p.items[0].text, "专利代写 包授权"));  // a[title]
  EXPECT_EQ(p.items[1].listing_id, "100087654321");
  EXPECT_EQ(p.items[1].title, "商标注册 撤三 当天提交");
  EXPECT_EQ(p.items[1].price, "99.00");
  EXPECT_EQ(ContactKeys(p.items[1].contacts), (std::vector<std::string>{"landline:02158886666"}));
  EXPECT_EQ(p.next_page_url, "https://search.jd.com/Search?keyword=%E4%B8%93%E5%88%A9&page=3");
}

TEST_F(ExtractorTest, PinduoduoSearch) {
  Page p = Extract("pinduoduo_search.html", "https://mobile.yangkeduo.com/search_result.html?search_key=x",
                   "pinduoduo");
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].listing_id, "345678901234");
  EXPECT_EQ(p.items[0].url, "https://mobile.yangkeduo.com/goods.html?goods_id=345678901234");
  EXPECT_EQ(p.items[0].title, "专利代写 代理 一对一服务");
  EXPECT_EQ(p.items[0].price, "¥ 49.9");
  EXPECT_EQ(p.items[0].seller, "小李专利工作室");
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"wechat:zl_886x"}));
  EXPECT_EQ(p.items[1].title, "公司章 财务章 刻制");
}

TEST_F(ExtractorTest, XianyuSearch) {
  Page p = Extract("xianyu_search.html", "https://www.goofish.com/search?q=x", "xianyu");
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].listing_id, "801234567890");
  EXPECT_EQ(p.items[0].title, "专利代办 自己写自己交 不是代理所");
  EXPECT_EQ(p.items[0].price, "¥150");
  EXPECT_EQ(p.items[0].seller, "鱼友7788");
  EXPECT_EQ(p.items[0].posted_at, "3天前发布");
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"wechat:patent_zl99"}));
  EXPECT_EQ(p.items[1].listing_id, "801234500000");
}

TEST_F(ExtractorTest, Alibaba1688GbkLabelledOnlyInMeta) {
  Page p = Extract("alibaba1688_search_gbk.html", "https://s.1688.com/selloffer/offer_search.htm?keywords=x",
                   "alibaba1688");
  EXPECT_EQ(p.charset, "GB18030");
  EXPECT_EQ(p.charset_how, "meta");
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].title, "批量专利申请 评职称专利 转让");
  EXPECT_EQ(p.items[0].listing_id, "612345678901");
  EXPECT_EQ(p.items[0].seller, "某某科技有限公司");
  EXPECT_EQ(p.items[0].seller_url, "https://shop1234.1688.com/");
  EXPECT_EQ(p.items[0].price, "￥500.00");
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"landline:075523456789"}));
  EXPECT_EQ(p.items[1].seller, "义乌文具厂");
}

TEST_F(ExtractorTest, TiebaThreadOneItemPerFloor) {
  Page p = Extract("tieba_thread.html", "https://tieba.baidu.com/p/7012345678", "tieba");
  ASSERT_EQ(p.items.size(), 3u);
  EXPECT_EQ(p.items[0].listing_id, "140001");
  EXPECT_EQ(p.items[0].seller, "专利小帮手");
  EXPECT_EQ(p.items[0].seller_url, "https://tieba.baidu.com/home/main?un=zlhelp");
  EXPECT_EQ(p.items[0].posted_at, "1楼");
  EXPECT_TRUE(Has(p.items[0].text, "出售现成实用新型专利"));
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"qq:86572933"}));
  EXPECT_EQ(p.items[1].seller, "路人甲");
  EXPECT_TRUE(p.items[1].contacts.empty());
  EXPECT_EQ(ContactKeys(p.items[2].contacts), (std::vector<std::string>{"wechat:zl886x", "phone:13900002671"}));
  EXPECT_EQ(p.image_urls, (std::vector<std::string>{"https://imgsa.baidu.com/forum/pic/item/zl.jpg"}));
  EXPECT_EQ(p.next_page_url, "https://tieba.baidu.com/p/7012345678?pn=2");
  EXPECT_TRUE(Has(p.outside_text, "出售专利 评职称用"));
  EXPECT_EQ(ContactKeys(p.outside_contacts), (std::vector<std::string>{"url:zlbb.cc"}));
}

TEST_F(ExtractorTest, ZhihuAnswersWithMicrodataFields) {
  Page p = Extract("zhihu_question.html", "https://www.zhihu.com/question/123456", "zhihu");
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].listing_id, "3001234567");
  EXPECT_EQ(p.items[0].seller, "王专利");
  EXPECT_EQ(p.items[0].seller_url, "https://www.zhihu.com/people/wang-zl");
  EXPECT_EQ(p.items[0].url, "https://www.zhihu.com/question/123456/answer/3001234567");
  EXPECT_EQ(p.items[0].posted_at, "2024-02-10T08:00:00.000Z");
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"wechat:wzl2024pat"}));
  EXPECT_EQ(p.items[1].seller, "律师李四");
}

TEST_F(ExtractorTest, DoubanTopicAndReplies) {
  Page p = Extract("douban_topic.html", "https://www.douban.com/group/topic/300001/", "douban");
  ASSERT_EQ(p.items.size(), 3u);
  EXPECT_EQ(p.items[0].seller, "证书小哥");
  EXPECT_EQ(p.items[0].seller_url, "https://www.douban.com/people/zlgz/");
  EXPECT_EQ(p.items[0].posted_at, "2024-01-15 09:30:12");
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"email:zlgz2024@163.com"}));
  EXPECT_EQ(p.items[1].listing_id, "2001");
  EXPECT_EQ(p.items[1].seller, "热心网友");
  EXPECT_EQ(p.items[2].posted_at, "2024-01-15 10:05:00");
  EXPECT_EQ(ContactKeys(p.items[2].contacts), (std::vector<std::string>{"qq:1234567890"}));
}

TEST_F(ExtractorTest, BaiduResults) {
  Page p = Extract("baidu_serp.html", "https://www.baidu.com/s?wd=x", "baidu");
  ASSERT_EQ(p.items.size(), 3u);
  EXPECT_EQ(p.items[0].title, "专利代写包授权 三个月下证 - 正规代理");
  EXPECT_EQ(p.items[0].url, "http://www.baidu.com/link?url=AbCdEf123");
  EXPECT_EQ(p.items[0].seller, "zlbb.cc");
  EXPECT_EQ(p.items[0].listing_id, "1");
  // Each key once, at its first occurrence (zlbb.cc appears twice).
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"url:zlbb.cc", "phone:13800138000"}));
  EXPECT_EQ(p.items[1].seller, "www.cnipa.gov.cn");
  EXPECT_EQ(p.next_page_url, "https://www.baidu.com/s?wd=%E4%B8%93%E5%88%A9&pn=10");
}

TEST_F(ExtractorTest, SogouSo360AndBingResults) {
  Page s = Extract("sogou_serp.html", "https://www.sogou.com/web?query=x", "sogou");
  ASSERT_EQ(s.items.size(), 2u);
  EXPECT_EQ(s.items[0].title, "热门商标抢注 转让 现成商标");
  EXPECT_EQ(s.items[0].url, "https://www.sogou.com/link?url=hedJjaC291P");
  EXPECT_EQ(ContactKeys(s.items[0].contacts), (std::vector<std::string>{"wechat:sbzr_2024", "url:sbzr.top"}));
  EXPECT_EQ(s.next_page_url, "https://www.sogou.com/web?query=%E5%95%86%E6%A0%87&page=2");

  Page q = Extract("so360_serp.html", "https://www.so.com/s?q=x", "so360");
  ASSERT_EQ(q.items.size(), 2u);
  EXPECT_EQ(q.items[0].url, "http://kz.example.cn/");
  EXPECT_EQ(q.items[0].seller, "kz.example.cn");
  EXPECT_EQ(ContactKeys(q.items[0].contacts), (std::vector<std::string>{"qq:33445566", "url:kz.example.cn"}));

  Page b = Extract("bing_serp.html", "https://cn.bing.com/search?q=x", "bing");
  ASSERT_EQ(b.items.size(), 2u);  // the ad is not an organic result
  EXPECT_EQ(b.items[0].title, "专利代写 一站式服务");
  EXPECT_EQ(b.items[0].seller, "https://zl-daixie.example.com");
  EXPECT_EQ(ContactKeys(b.items[0].contacts),
            (std::vector<std::string>{"url:zl-daixie.example.com", "email:daixie@qq.com"}));
  EXPECT_EQ(b.next_page_url, "https://cn.bing.com/search?q=%E4%B8%93%E5%88%A9&first=11");
}

TEST_F(ExtractorTest, GenericJsonLdItemListToleratesBrokenJson) {
  Page p = Extract("generic_jsonld_itemlist.html", "https://shop.example.com/list", nullptr);
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].source, "jsonld");
  EXPECT_EQ(p.items[0].title, "专利代写 包授权");
  EXPECT_EQ(p.items[0].url, "https://shop.example.com/p/1");
  EXPECT_EQ(p.items[0].price, "CNY 199");
  EXPECT_EQ(p.items[0].seller, "甲工作室");
  EXPECT_EQ(p.items[1].title, "商标注册");
  EXPECT_EQ(ContactKeys(p.items[1].contacts), (std::vector<std::string>{"wechat:sb2024abc"}));
  EXPECT_EQ(p.outside_text, p.text);
  EXPECT_EQ(ContactKeys(p.outside_contacts), (std::vector<std::string>{"phone:13700001111"}));
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_EQ(p.warnings[0], "json-ld block of 26 bytes is not JSON; skipped");
}

TEST_F(ExtractorTest, GenericMicrodataProducts) {
  Page p = Extract("generic_microdata.html", "https://shop.example.com/list", nullptr);
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].source, "microdata");
  EXPECT_EQ(p.items[0].title, "外观专利代理");
  EXPECT_EQ(p.items[0].url, "https://shop.example.com/goods/11");
  EXPECT_EQ(p.items[0].price, "88.00");
  EXPECT_EQ(p.items[0].seller, "乙公司");
  EXPECT_TRUE(Has(p.items[0].text, "三个月下证"));
  EXPECT_EQ(p.items[1].listing_id, "SKU-12");
  EXPECT_EQ(ContactKeys(p.items[1].contacts), (std::vector<std::string>{"wechat:fm_zl_2024"}));
  EXPECT_TRUE(Has(p.outside_text, "本店声明"));
  EXPECT_FALSE(Has(p.outside_text, "外观专利代理"));
}

TEST_F(ExtractorTest, DetailPagesItemTakesItsSellerAndJsonLdUrl) {
  const std::string body = "<h1>多地开展专利代理行业专项整治</h1><div class=article><p>" + std::string(900, 'y') +
                           "</p></div>";
  // No rel=canonical, no og:url: the article's JSON-LD url is the item's,
  // and its author the seller.
  std::string html = "<html><head><title>专项整治</title><script type=\"application/ld+json\">"
                     "{\"@type\":\"NewsArticle\",\"url\":\"/a/20261104.html\",\"author\":{\"name\":\"记者 周明远\"}}"
                     "</script></head><body>" + body + "</body></html>";
  auto p = ExtractPage(html, "https://news.test/a/20261104.html?from=timeline", nullptr);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->items.size(), 1u);
  EXPECT_EQ(p->items[0].url, "https://news.test/a/20261104.html");
  EXPECT_EQ(p->items[0].seller, "记者 周明远");
  // rel=canonical wins over the JSON-LD url.
  std::string canonical = html;
  canonical.insert(canonical.find("</head>"), "<link rel=canonical href=\"https://news.test/a/c.html\">");
  p = ExtractPage(canonical, "https://news.test/a/20261104.html?from=timeline", nullptr);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->items.size(), 1u);
  EXPECT_EQ(p->items[0].url, "https://news.test/a/c.html");
  // A shop's detail page without JSON-LD: the shop it shows, with its link.
  html = "<html><head><meta property=\"og:title\" content=\"实用新型专利包授权\"><meta property=\"og:type\" "
         "content=\"product\"></head><body>" + body +
         "<div class=shop-info><a class=shop-name href=\"/shop/view_shop.htm?user_number_id=22\">鑫源专利事务工作室</a>"
         "</div></body></html>";
  p = ExtractPage(html, "https://item.shop.test/item.htm?id=738812290011&spm=a1", nullptr);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->items.size(), 1u);
  EXPECT_EQ(p->items[0].source, "opengraph");
  EXPECT_EQ(p->items[0].seller, "鑫源专利事务工作室");
  EXPECT_EQ(p->items[0].seller_url, "https://item.shop.test/shop/view_shop.htm?user_number_id=22");
  // Without automatic segmentation the page is read as before: no seller.
  ExtractOptions whole;
  whole.auto_segment = false;
  p = ExtractPage(html, "https://item.shop.test/item.htm?id=738812290011&spm=a1", nullptr, whole);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->items.size(), 1u);
  EXPECT_TRUE(p->items[0].seller.empty());
}

TEST_F(ExtractorTest, GenericOpenGraph) {
  Page p = Extract("generic_opengraph.html", "https://shop.example.com/item/77?x=1#top", nullptr);
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].source, "opengraph");
  EXPECT_EQ(p.items[0].title, "代刻公章 财务章");
  EXPECT_EQ(p.items[0].url, "https://shop.example.com/item/77");
  EXPECT_EQ(p.items[0].price, "CNY 35");
  EXPECT_EQ(p.items[0].seller, "某某刻章店");
  EXPECT_TRUE(Has(p.items[0].text, "不需要营业执照"));
  EXPECT_EQ(ContactKeys(p.items[0].contacts), (std::vector<std::string>{"qq:123456789"}));
  EXPECT_TRUE(p.outside_text.empty());
}

TEST_F(ExtractorTest, WholePageAsOneItemWithoutProfileOrMetadata) {
  Page p = Extract("big5_forum.html", "https://forum.example.tw/t/1", nullptr);
  EXPECT_EQ(p.charset, "Big5");
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].source, "page");
  EXPECT_EQ(p.items[0].title, "專利代寫 包授權");
  EXPECT_EQ(p.items[0].url, "https://forum.example.tw/t/1");
  EXPECT_TRUE(Has(p.items[0].text, "不授權全額退款"));
}

TEST_F(ExtractorTest, ItemKindsWithoutAProfile) {
  std::string html = "<html><body><div id=content_left>";
  for (int i = 1; i <= 5; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=\"result c-container\" mu=\"https://site" + n + ".test/a/" + n +
            "\"><h3><a href=\"https://www.baidu.test/link?url=X" + n + "\">专利申请流程与费用说明 第" + n +
            "篇</a></h3><div class=c-abstract>发明专利从提交到授权一般需要两到三年，实用新型约半年到一年。</div>"
            "<span class=c-showurl>site" + n + ".test</span></div>";
  }
  html += "</div></body></html>";
  auto serp = ExtractPage(html, "https://www.baidu.test/s?wd=x", nullptr);
  ASSERT_TRUE(serp.ok());
  ASSERT_EQ(serp->items.size(), 5u);
  for (const Item& item : serp->items) EXPECT_EQ(item.kind, "result") << item.url;
  EXPECT_EQ(serp->items[0].url, "https://site1.test/a/1");
  Page thread = Extract("tieba_thread.html", "https://tieba.baidu.com/p/8123456789", nullptr);
  ASSERT_FALSE(thread.items.empty());
  for (const Item& item : thread.items) {
    EXPECT_EQ(item.kind, "post") << item.url;
    EXPECT_EQ(item.listing_id, "");  // a post is not a listing, whatever its URL holds
  }
  Page shop = Extract("taobao_search.html", "https://s.taobao.com/search?q=x", nullptr);
  ASSERT_FALSE(shop.items.empty());
  EXPECT_EQ(shop.items[0].kind, "listing");
  EXPECT_EQ(shop.items[0].listing_id, "712345678901");  // from ?id= of its URL
  Page whole = Extract("big5_forum.html", "https://forum.example.tw/t/1", nullptr);
  ASSERT_EQ(whole.items.size(), 1u);
  EXPECT_EQ(whole.items[0].kind, "page");
}

TEST_F(ExtractorTest, SearchResultsCarryTheirSourceSiteAsSellerAndStayResults) {
  // Each result names the site it comes from under it: that is its seller,
  // but shows no one sells, so the page is still a results page.
  const char* kSites[] = {"知乎", "百度知道", "国家知识产权局", "华律网", "搜狐"};
  std::string html = "<html><body><div id=content_left>";
  for (int i = 1; i <= 5; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=\"result c-container\"><h3><a href=\"https://site" + n + ".test/q/" + n +
            "\">商标注册流程和费用 第" + n + "篇</a></h3><div class=c-abstract>商标注册需要准备营业执照和商标图样，"
            "提交后约十二个月可以拿到注册证书。</div><div class=c-row><span class=c-showurl>" + kSites[i - 1] +
            "</span><span>2026-08-0" + n + "</span><a href=\"https://cache.baidu.test/c?m=" + n +
            "\">百度快照</a></div></div>";
  }
  html += "</div></body></html>";
  auto serp = ExtractPage(html, "https://www.baidu.test/s?wd=x", nullptr);
  ASSERT_TRUE(serp.ok());
  ASSERT_EQ(serp->items.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(serp->items[i].kind, "result") << serp->items[i].url;
    EXPECT_EQ(serp->items[i].seller, kSites[i]);
    EXPECT_TRUE(serp->items[i].seller_url.empty());
  }
  // The same cards with a price each are listings, whatever their source line.
  std::string shop = html;
  for (std::size_t at = 0; (at = shop.find("</h3>", at)) != std::string::npos;) {
    at += 5;
    shop.insert(at, "<em>¥800</em>");
  }
  auto listings = ExtractPage(shop, "https://www.baidu.test/s?wd=x", nullptr);
  ASSERT_TRUE(listings.ok());
  ASSERT_EQ(listings->items.size(), 5u);
  for (const Item& item : listings->items) EXPECT_EQ(item.kind, "listing") << item.url;
}

TEST_F(ExtractorTest, ItemKindsFollowTheProfilesSiteKind) {
  EXPECT_EQ(Extract("taobao_search.html", "https://s.taobao.com/search?q=x", "taobao").items.at(0).kind, "listing");
  EXPECT_EQ(Extract("baidu_serp.html", "https://www.baidu.com/s?wd=x", "baidu").items.at(0).kind, "result");
  EXPECT_EQ(Extract("tieba_thread.html", "https://tieba.baidu.com/p/8123456789", "tieba").items.at(0).kind, "post");
}

TEST(ExtractPageTest, AnswersNestedInTheQuestionsItemscopeArePostsNotOneMicrodataItem) {
  std::string html =
      "<html><body><div itemscope itemtype=\"http://schema.org/Question\"><h1 itemprop=\"name\">挂证有什么风险？</h1>";
  for (int i = 0; i < 3; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=\"List-item\"><div itemprop=\"answer\" itemscope itemtype=\"http://schema.org/Answer\">"
            "<a class=\"UserLink-link\" href=\"/people/u" + n + "\">答主" + n + "</a><span itemprop=\"text\">第" + n +
            "个回答：挂证属于违规行为，被查到要吊销资格，加微信 abc12345 详聊。</span></div></div>";
  }
  html += "</div></body></html>";
  auto page = ExtractPage(html, "https://www.zhihu.test/question/1", nullptr);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->page_kind, "thread");
  ASSERT_EQ(page->items.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    const Item& item = page->items[static_cast<std::size_t>(i)];
    EXPECT_EQ(item.source, "auto-post");
    EXPECT_EQ(item.url, "https://www.zhihu.test/question/1");  // a post lives on the thread page
    EXPECT_EQ(item.seller, "答主" + std::to_string(i));
    EXPECT_EQ(item.floor, i + 1);
  }
  EXPECT_TRUE(Has(page->outside_text, "挂证有什么风险"));  // the question is no post
}

TEST(ExtractPageTest, SinglePageAppRoutesAreTheItemsUrls) {
  std::string html = "<html><body><div class=goods-list>";
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=goods-item><a href=\"#/pages/goods/detail?gid=6802" + n + "\"><span>野趣 大容量 护脊 书包 " + n +
            "号</span><span>￥100.00</span><span>月销1983</span></a></div>";
  }
  html += "</div><a href=\"#top\">回到顶部</a></body></html>";
  auto page = ExtractPage(html, "https://h5.mall.test/h5/#/pages/search/result?kw=x", nullptr);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 4u);
  EXPECT_EQ(page->items[2].url, "https://h5.mall.test/h5/#/pages/goods/detail?gid=68022");
  EXPECT_EQ(page->items[2].listing_id, "");  // the id is in the route, not the URL's query
  for (const std::string& link : page->links) EXPECT_EQ(link.find("#top"), std::string::npos) << link;
}

// A rendered page marks each element with its box (render/browser.h); a
// record's item carries its element's, for cropping its screenshot; a page
// nobody rendered has none, and a malformed box is no box.
TEST(ExtractPageTest, RecordsOfARenderedPageCarryTheirElementsBox) {
  std::string html = "<html><body data-lantian-box=\"0,0,1280,900\"><div class=goods-list>";
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=goods-item data-lantian-box=\"8," + std::to_string(10 + 120 * i) + ",300," +
            (i == 3 ? "x" : "110") + "\"><a href=\"/goods/6802" + n + ".html\">野趣 大容量 护脊 书包 " + n +
            "号</a><span>￥100.00</span><span>月销1983</span></div>";
  }
  html += "</div></body></html>";
  auto page = ExtractPage(html, "https://h5.mall.test/search?kw=x", nullptr);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 4u);
  EXPECT_EQ(page->items[0].box, "8,10,300,110");
  EXPECT_EQ(page->items[2].box, "8,250,300,110");
  EXPECT_EQ(page->items[3].box, "");
  auto plain = ExtractPage("<html><body><div><a href=/a>一</a></div></body></html>", "https://h5.mall.test/", nullptr);
  ASSERT_TRUE(plain.ok());
  for (const Item& item : plain->items) EXPECT_EQ(item.box, "");
}

TEST(GuessListingIdTest, IdLikeQueryParametersAndNumericLastSegments) {
  EXPECT_EQ(GuessListingId("https://item.x.test/item.htm?spm=a1&id=6126480"), "6126480");
  EXPECT_EQ(GuessListingId("https://x.test/detail?itemId=99887766&ns=1"), "99887766");
  EXPECT_EQ(GuessListingId("https://x.test/offer?OFFERID=123456"), "123456");
  EXPECT_EQ(GuessListingId("https://x.test/goods/12345.html"), "12345");
  EXPECT_EQ(GuessListingId("https://x.test/item/20001?from=list"), "20001");
  EXPECT_EQ(GuessListingId("https://x.test/item.htm?id=12"), "");        // too short to be an id
  EXPECT_EQ(GuessListingId("https://x.test/search?page=12345"), "");     // not an id parameter
  EXPECT_EQ(GuessListingId("https://x.test/item.htm?id=abc123456"), "");  // not digits
  EXPECT_EQ(GuessListingId("https://x.test/2026/"), "");
  EXPECT_EQ(GuessListingId(""), "");
}

TEST_F(ExtractorTest, MalformedMarkupVisibleTextAndAttributes) {
  Page p = Extract("malformed.html", "https://example.com/dir/page.html", nullptr);
  EXPECT_EQ(p.title, "坏掉的页面");
  EXPECT_TRUE(Has(p.text, "第一段\n第二段")) << p.text;
  EXPECT_TRUE(Has(p.text, "单元格一 单元格二")) << p.text;
  EXPECT_TRUE(Has(p.text, "& 实体 包授权 <tag>")) << p.text;
  EXPECT_TRUE(Has(p.text, "藏在图片里的字"));
  EXPECT_TRUE(Has(p.text, "链接标题里的字"));
  EXPECT_TRUE(Has(p.text, "输入框提示字"));
  for (const char* hidden : {"不可见脚本文字", "不可见noscript", "不可见模板", "secret", "svg里的字"}) {
    EXPECT_FALSE(Has(p.text, hidden)) << hidden;
  }
  EXPECT_EQ(p.links, (std::vector<std::string>{"https://example.com/x?id=1", "https://cdn.example.com/y"}));
  EXPECT_EQ(p.image_urls, (std::vector<std::string>{"https://example.com/dir/pic.png"}));
}

TEST_F(ExtractorTest, BaseHrefChangesResolution) {
  auto p = ExtractPage("<base href='/other/'><a href='x'>x</a><img src='i.png'>", "https://h.com/a/b", nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->base_url, "https://h.com/other/");
  EXPECT_EQ(p->links, (std::vector<std::string>{"https://h.com/other/x"}));
  EXPECT_EQ(p->image_urls, (std::vector<std::string>{"https://h.com/other/i.png"}));
}

TEST_F(ExtractorTest, LinkRelNextAndCanonical) {
  auto p = ExtractPage("<link rel='canonical' href='/c#x'><link rel='next' href='?page=2'>", "https://h.com/l?page=1",
                       nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->canonical_url, "https://h.com/c");
  EXPECT_EQ(p->next_page_url, "https://h.com/l?page=2");
  EXPECT_EQ(p->links, (std::vector<std::string>{"https://h.com/l?page=2"}));
}

// ---- bad input ----

TEST_F(ExtractorTest, EmptyDocument) {
  auto p = ExtractPage("", "https://h.com/", nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->text, "");
  ASSERT_EQ(p->items.size(), 1u);
  EXPECT_EQ(p->items[0].source, "page");
  EXPECT_FALSE(p->truncated);
}

TEST_F(ExtractorTest, RelativePageUrlIsAnError) {
  auto p = ExtractPage("<p>x</p>", "/relative", nullptr);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(), "page URL is not absolute: /relative");
}

TEST_F(ExtractorTest, InvalidUtf8InputIsSanitized) {
  auto p = ExtractPage("<p>ok\xFF\xFE" "end</p>", "https://h.com/", nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->text, "ok\xEF\xBF\xBD\xEF\xBF\xBD" "end");
}

TEST_F(ExtractorTest, PageOverTheHtmlCapIsCutAndFlagged) {
  std::string html = "<html><body>";
  std::string row = "<div class=item><p>专利代写 包授权 说明文字</p></div>\n";
  while (html.size() < (9u << 20)) html += row;
  auto p = ExtractPage(html, "https://h.com/", nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->truncated);
  ASSERT_FALSE(p->warnings.empty());
  std::size_t cut = 8u << 20;  // 8 MiB, back to a character boundary
  while ((static_cast<unsigned char>(html[cut]) & 0xC0) == 0x80) --cut;
  EXPECT_EQ(p->warnings[0],
            "html cut at " + std::to_string(cut) + " of " + std::to_string(html.size()) + " bytes (max_html_bytes)");
  EXPECT_TRUE(Has(p->text, "专利代写 包授权"));
}

TEST_F(ExtractorTest, TextOverTheTextCapIsCutAtACharacterAndFlagged) {
  ExtractOptions options;
  options.max_text_bytes = 1000;
  options.auto_segment = false;
  std::string html = "<html><body><p>";
  for (int i = 0; i < 400; ++i) html += "专利";  // 2,400 bytes of text in one node
  html += "</p><p>后面的段落</p></body></html>";
  auto p = ExtractPage(html, "https://h.com/", nullptr, options);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->truncated);
  EXPECT_EQ(p->text.size(), 999u);  // 333 characters of 3 bytes: never half a character
  EXPECT_FALSE(Has(p->text, "后面的段落"));
  ASSERT_EQ(p->items.size(), 1u);
  EXPECT_EQ(p->items[0].text.size(), 999u);
  EXPECT_NE(std::find(p->warnings.begin(), p->warnings.end(), "text capped at 1000 bytes (max_text_bytes)"),
            p->warnings.end());
}

TEST_F(ExtractorTest, HundredThousandDeepNestingIsCutNotCrashed) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "bottom";
  auto p = ExtractPage(html, "https://h.com/", nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->truncated);
  ASSERT_EQ(p->warnings.size(), 1u);
  EXPECT_EQ(p->warnings[0], "html cut at byte 20480: nesting deeper than 4096 (max_nesting_depth)");
}

TEST_F(ExtractorTest, DeepInlineNestingWithinCapIsWalkedIteratively) {
  std::string html;
  for (int i = 0; i < 4000; ++i) html += "<span>";
  html += "深处的字";
  auto p = ExtractPage(html, "https://h.com/", nullptr);
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->truncated);
  EXPECT_EQ(p->text, "深处的字");
}

TEST_F(ExtractorTest, ItemCap) {
  std::string html;
  for (int i = 0; i < 50; ++i) html += "<div class=post>p" + std::to_string(i) + "</div>";
  auto profile = ParseSiteProfile("name='t'\nplatform='t'\nkind='forum'\nhosts=['h.com']\nitem='div.post'\n", "t.toml");
  ASSERT_TRUE(profile.ok());
  ExtractOptions options;
  options.max_items = 10;
  auto p = ExtractPage(html, "https://h.com/", &*profile, options);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->items.size(), 10u);
  EXPECT_TRUE(p->truncated);
  EXPECT_EQ(p->warnings[0], "items capped at 10 of 50 (max_items)");
}

TEST_F(ExtractorTest, HtmlToTextForScan) {
  EXPECT_EQ(HtmlToText("<title>T</title><p>a</p><script>x</script><p>b <img alt=c></p>"), "T\na\nb c");
  EXPECT_EQ(HtmlToText(""), "");
}

}  // namespace
}  // namespace lantian::extractors

namespace lantian::extractors {
namespace {

// The demo's mock platforms (tests/data/mock/sites/mock_*.toml, pages in tests/data/mock).
TEST(MockProfilesTest, MockPagesYieldOneItemPerCardOrPost) {
  const std::string mock = std::string(LANTIAN_EXTRACTORS_TESTDATA) + "/../mock";
  auto set = ProfileSet::LoadDir(mock + "/sites");
  ASSERT_TRUE(set.ok()) << set.status().message();
  if (set->Find("mock_shop") == nullptr || !std::ifstream(mock + "/shop/search.html")) {
    GTEST_SKIP() << "mock profiles or pages not present";
  }
  auto read = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  auto shop = ExtractPageFromBytes(read(mock + "/shop/search.html"), "text/html", "http://127.0.0.2/search.html",
                                   set->Find("mock_shop"));
  ASSERT_TRUE(shop.ok());
  EXPECT_EQ(shop->items.size(), 6u);
  for (const Item& item : shop->items) {
    EXPECT_EQ(item.source, "profile");
    EXPECT_FALSE(item.title.empty());
    EXPECT_FALSE(item.url.empty());
  }
  auto gbk = ExtractPageFromBytes(read(mock + "/shop/item/1004.gbk.html"), "text/html",
                                  "http://127.0.0.2/item/1004.gbk.html", set->Find("mock_shop"));
  ASSERT_TRUE(gbk.ok());
  EXPECT_EQ(gbk->charset, "GB18030");
  ASSERT_EQ(gbk->items.size(), 1u);
  EXPECT_FALSE(gbk->items[0].title.empty());
  if (set->Find("mock_forum") != nullptr) {
    auto forum = ExtractPageFromBytes(read(mock + "/forum/thread/5001.html"), "text/html",
                                      "http://127.0.0.3/thread/5001.html", set->Find("mock_forum"));
    ASSERT_TRUE(forum.ok());
    EXPECT_EQ(forum->items.size(), 5u);
  }
}

}  // namespace
}  // namespace lantian::extractors

namespace lantian::extractors {
namespace {

// extract_fuzz: an overflowing numeric character reference in a page sniffed
// as windows-1252 once left a stray byte in the text. Every text is valid UTF-8.
TEST(ExtractorFuzzRegressionTest, TextsAreValidUtf8WhateverGumboMakesOfTheInput) {
  const std::string body = testing::ReadTestFile("fuzz_overflow_charref.bin");
  ASSERT_FALSE(body.empty());
  auto page = ExtractPageFromBytes(body, "", "https://example.com/a/b?c=d", nullptr);
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_TRUE(IsValidUtf8(page->text));
  EXPECT_TRUE(IsValidUtf8(page->title));
  for (const Item& item : page->items) EXPECT_TRUE(IsValidUtf8(item.text));
}

}  // namespace
}  // namespace lantian::extractors
