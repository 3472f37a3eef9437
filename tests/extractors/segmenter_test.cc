#include "extractors/internal/segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extractors/internal/html_document.h"

namespace lantian::extractors::internal {
namespace {

// Parses and segments; the document stays alive in the fixture.
class SegmenterTest : public ::testing::Test {
 protected:
  Segmentation Segment(const std::string& html) {
    auto doc = HtmlDocument::Parse(html, HtmlDocument::Options{});
    EXPECT_TRUE(doc.ok()) << doc.status().message();
    doc_ = std::make_unique<HtmlDocument>(std::move(*doc));
    return SegmentPage(doc_->document());
  }
  std::unique_ptr<HtmlDocument> doc_;
};

std::string Chrome() {
  std::string s =
      "<div class=\"site-nav\"><a href=\"/\">首页</a><a href=\"/cart\">购物车</a><a href=\"/me\">我的</a>"
      "<a href=\"/help\">帮助中心</a></div>"
      "<div class=\"hot-search\">";
  for (int i = 0; i < 12; ++i) s += "<a href=\"/s?q=w" + std::to_string(i) + "\">热词" + std::to_string(i) + "</a>";
  s += "</div>";
  return s;
}

std::string Footer() {
  return "<div class=\"pagination\"><a href=\"?p=1\">1</a><a href=\"?p=2\">2</a><a href=\"?p=3\">3</a>"
         "<a href=\"?p=2\">下一页</a></div>"
         "<div class=\"g-footer\"><a href=\"/about\">关于我们</a><a href=\"/icp\">京ICP备12345678号</a>"
         "<a href=\"/law\">法律声明</a></div><script>var words=['包授权','代理'];</script>";
}

TEST_F(SegmenterTest, ShopGridBecomesOneRecordPerListingWithFields) {
  std::string html = "<html><body>" + Chrome() + "<div class=\"grid\">";
  for (int i = 0; i < 6; ++i) {
    std::string id = std::to_string(1000 + i);
    html += "<div class=\"cell c" + std::to_string(i % 2) +
            "\"><div class=\"pic\"><a href=\"//item.shop.test/item.htm?id=" + id +
            "\"><img src=\"/i.jpg\" alt=\"图\"></a></div><div class=\"t\"><a href=\"//item.shop.test/item.htm?id=" + id +
            "\" title=\"发明专利快速授权代理服务第" + id + "号全程托管\">发明专利快速<em>授权</em>代理...</a></div>"
            "<div class=\"p\">¥ 1,280.00</div><div class=\"s\"><a href=\"//store.shop.test/shop/" + id +
            "\">知产小铺" + id + "</a> 杭州</div></div>";
  }
  html += "</div>" + Footer() + "</body></html>";
  Segmentation seg = Segment(html);
  EXPECT_EQ(seg.kind, PageKind::kList);
  ASSERT_EQ(seg.records.size(), 6u);
  const RecordFields& f = seg.records[2].fields;
  EXPECT_EQ(f.title, "发明专利快速授权代理服务第1002号全程托管");
  EXPECT_EQ(f.url, "//item.shop.test/item.htm?id=1002");
  EXPECT_EQ(f.price, "¥ 1,280.00");
  EXPECT_EQ(f.seller, "知产小铺1002");
  EXPECT_EQ(f.seller_url, "//store.shop.test/shop/1002");
}

TEST_F(SegmenterTest, TitleSplitByHighlightTagsIsJoined) {
  std::string html = "<html><body><ul class=\"list\">";
  for (int i = 0; i < 4; ++i) {
    html += "<li><a href=\"/goods/" + std::to_string(i) + ".html\">专利包<b>授</b>权加急办理</a>"
            "<span>月销 300+</span><span>1280元</span></li>";
  }
  html += "</ul></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 4u);
  EXPECT_EQ(seg.records[0].fields.title, "专利包授权加急办理");
  EXPECT_EQ(seg.records[0].fields.price, "1280元");
}

TEST_F(SegmenterTest, LinkCloudsAndPaginationAreNoList) {
  std::string html = "<html><body>" + Chrome() + "<div class=\"tags\">";
  for (int i = 0; i < 20; ++i) html += "<a href=\"/tag/" + std::to_string(i) + "\">标签" + std::to_string(i) + "</a>";
  html += "</div><h1>关于我们</h1><p>" + std::string(600, 'x') + "</p>" + Footer() + "</body></html>";
  Segmentation seg = Segment(html);
  EXPECT_TRUE(seg.records.empty());
  EXPECT_EQ(seg.kind, PageKind::kDetail);
}

TEST_F(SegmenterTest, SerpTakesTheRealTargetFromTheResultContainer) {
  std::string html = "<html><body><div id=\"content_left\">";
  for (int i = 0; i < 5; ++i) {
    std::string n = std::to_string(i);
    html += "<div class=\"result c-container\" mu=\"https://site" + n + ".test/page" + n +
            "\"><h3 class=\"t\"><a href=\"/link?url=Zx" + n + "\">商标注册<em>代理</em>第" + n +
            "家</a></h3><div class=\"c-abstract\">2026-11-0" + n + " 专业办理商标注册，<em>包通过</em>。</div>"
            "<div class=\"f13\"><span>site" + n + ".test</span></div></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.kind, PageKind::kList);
  EXPECT_EQ(seg.records[3].fields.url, "https://site3.test/page3");
  EXPECT_EQ(seg.records[3].fields.title, "商标注册代理第3家");
  EXPECT_EQ(seg.records[3].fields.posted_at, "2026-11-03");
}

TEST_F(SegmenterTest, SerpTakesTheRealTargetFromAnElementInsideTheResult) {
  std::string html = "<html><body><div class=\"results\">";
  for (int i = 0; i < 5; ++i) {
    std::string n = std::to_string(i);
    html += "<div class=\"vrwrap\"><h3 class=\"vr-title\"><a href=\"/link?url=hx" + n + "\">外观设计专利保护期限 第" + n +
            "篇</a></h3><p class=\"star-wiki\">外观设计专利的保护期限为十五年，自申请日起计算。</p>"
            "<div class=\"citeurl\"><span>m.site" + n + ".test</span></div>"
            "<div class=\"r-sech\" data-url=\"https://m.site" + n + ".test/a/" + n + "\"></div></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.records[2].fields.url, "https://m.site2.test/a/2");
  EXPECT_EQ(seg.records[2].fields.title, "外观设计专利保护期限 第2篇");
}

TEST_F(SegmenterTest, PageSectionsAroundOneLongListYieldTheList) {
  // Header, body and footer blocks alike enough to form a run of three; the
  // body holds the list of twelve threads.
  std::string block = "<div class=\"wp\"><a href=\"/a\">设为首页</a><a href=\"/b\">收藏本站</a>"
                      "<p>机械论坛 欢迎您的到来，请先登录后再发帖交流。</p></div>";
  std::string html = "<html><body>" + block + "<div class=\"wp\"><table><tbody>";
  for (int i = 0; i < 12; ++i) {
    std::string n = std::to_string(100 + i);
    html += "<tr><th><a href=\"thread-" + n + "-1-1.html\">夹具设计图纸看不懂求指点 " + n +
            "</a></th><td class=\"by\"><cite><a href=\"home.php?mod=space&amp;uid=" + n + "\">用户" + n +
            "</a></cite><em>2026-12-01</em></td></tr>";
  }
  html += "</tbody></table><p>本版规则：禁止发布广告。</p></div>" + block + "</body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 12u);
  EXPECT_EQ(seg.kind, PageKind::kList);
  EXPECT_EQ(seg.records[0].fields.url, "thread-100-1-1.html");
  EXPECT_EQ(seg.records[0].fields.seller, "用户100");
}

TEST_F(SegmenterTest, AnAdBetweenTwoRecordsNeitherBreaksTheRunNorIsARecord) {
  std::string html = "<html><body><div id=posts>";
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    if (i == 3) html += "<div class=adsc><span>广告</span><a href=\"/gg?c=1\">【急】出售批量外观专利</a></div>";
    html += "<table class=\"forumbox postbox\"><tr id=row" + n + "><td><a href=\"/u/" + n + "\" class=author>网友" + n +
            "</a></td><td><span>#" + n + "</span><span class=postcontent>这是第" + n +
            "个回复，说一下我们公司申请实用新型的经历。</span></td></tr></table>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 6u);
  EXPECT_EQ(seg.kind, PageKind::kThread);
  for (const Record& r : seg.records) EXPECT_EQ(r.fields.title, "");
}

TEST_F(SegmenterTest, AnElementHoldingMostOfThePageIsNotChromeWhateverItsClass) {
  // "pages" names pagination, here a single-page app's page name on <body>.
  std::string html = "<html><body class=\"uni-body pages-search-result\"><div class=goods-list>";
  for (int i = 0; i < 5; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=goods-item><a href=\"#/pages/goods/detail?gid=" + n + "\"><span>初禾 充电 护眼台灯 第" + n +
            "款</span><span>￥13" + n + ".20</span><span>月销1773</span></a></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.records[1].fields.url, "#/pages/goods/detail?gid=1");  // an app's route is a link
}

TEST_F(SegmenterTest, ThreadPostsGetAuthorFloorAndElementId) {
  std::string html = "<html><body><h1>求推荐专利代理</h1><div id=\"postlist\">";
  const char* floors[] = {"楼主", "沙发", "板凳", "4楼", "5楼"};
  for (int i = 0; i < 5; ++i) {
    std::string n = std::to_string(i);
    const std::string pid = std::to_string(i * 37 + 1000);  // a post's own number, not its place
    html += "<div class=\"post\" id=\"post_" + pid + "\"><div class=\"author\"><a href=\"/home/main?un=user" + n +
            "\">用户" + n + "</a></div><div class=\"body\">这是第" + n +
            "个回复的正文内容，讨论专利申请的费用和流程，大家说说看法吧。</div><div class=\"tail\"><span>" +
            floors[i] + "</span><span>2026-11-03 14:2" + n + "</span></div></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  EXPECT_EQ(seg.kind, PageKind::kThread);
  ASSERT_EQ(seg.records.size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(seg.records[i].fields.floor, i + 1) << i;
    EXPECT_EQ(seg.records[i].fields.seller, "用户" + std::to_string(i));
    EXPECT_EQ(seg.records[i].fields.element_id, "post_" + std::to_string(i * 37 + 1000));
    EXPECT_TRUE(seg.records[i].fields.url.empty());
  }
  EXPECT_EQ(seg.records[1].fields.posted_at, "2026-11-03 14:21");
}

// Zhihu-style: Answer itemscopes inside the Question's itemscope, each in a
// wrapper, with an ad between two of them and one anonymous author.
std::string AnswersInAQuestion(const char* answer_type) {
  std::string html =
      "<html><body><div itemscope itemtype=\"http://schema.org/Question\"><h1 itemprop=\"name\">挂证有什么风险？</h1>"
      "<div class=\"Question-detail\">同学介绍了个机构，说把证挂在他们那儿一年给两万。</div><div class=\"List\">";
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    if (i == 2) {
      html += "<div class=\"Pc-feedAd\"><a href=\"https://ad.test/1\">商标变更转让备案 一对一辅导</a><span>广告</span></div>";
    }
    html += std::string("<div class=\"List-item\"><div class=\"ContentItem\" itemprop=\"answer\" itemscope itemtype=\"") +
            answer_type + "\"><div class=\"AuthorInfo\">" +
            (i == 3 ? "<span class=\"UserLink AuthorInfo-name\">匿名用户</span>"
                    : "<a class=\"UserLink-link\" href=\"/people/u" + n + "\">答主" + n + "</a>") +
            "</div><span itemprop=\"text\"><p>第" + n + "个回答：挂证属于违规行为，被查到要吊销资格，别贪这两万块。</p></span>" +
            "<a href=\"/question/1/answer/9" + n + "\">编辑于 2026-12-0" + n + "</a></div></div>";
  }
  html += "</div></div><div class=\"Question-sideColumn\"><a href=\"/question/2\">相关问题</a></div></body></html>";
  return html;
}

TEST_F(SegmenterTest, RepeatedItemscopesNestedInAnotherScopeAreThePosts) {
  Segmentation seg = Segment(AnswersInAQuestion("http://schema.org/Answer"));
  EXPECT_TRUE(seg.microdata);
  EXPECT_EQ(seg.kind, PageKind::kThread);  // Answers are posts
  ASSERT_EQ(seg.records.size(), 4u);       // not the Question, not the ad
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(seg.records[i].fields.floor, i + 1) << i;
    EXPECT_EQ(seg.records[i].fields.seller, i == 3 ? "匿名用户" : "答主" + std::to_string(i)) << i;
    EXPECT_TRUE(seg.records[i].fields.url.empty());
  }
}

TEST_F(SegmenterTest, TwoNestedScopesOfATypeAreNoListAndOffersAreNoRecords) {
  // A Product's offers are its prices; two Answers are fewer than min_records.
  std::string html = "<html><body><div itemscope itemtype=\"https://schema.org/Product\"><h1>专利转让 发明专利</h1>";
  for (int i = 0; i < 4; ++i) {
    html += "<div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><a href=\"/shop/" +
            std::to_string(i) + "\">商家" + std::to_string(i) + "</a><span itemprop=\"price\">￥1,20" +
            std::to_string(i) + "</span><span>包邮 七天无理由退换 正品保障</span></div>";
  }
  html += "</div></body></html>";
  EXPECT_FALSE(Segment(html).microdata);
  std::string two = AnswersInAQuestion("http://schema.org/Answer");
  // Drop two of the four answers: cut from the third List-item to the side column.
  two.erase(two.find("<div class=\"Pc-feedAd\">"), two.find("</div></div><div class=\"Question-sideColumn\"") -
                                                       two.find("<div class=\"Pc-feedAd\">"));
  EXPECT_FALSE(Segment(two).microdata);
}

// NGA-style: one table per post, the row inside carrying an id that counts
// the rows of the page, the floor label ("#0", "#1", "#3": a gap) in a row's
// info line.
std::string TablePerPost(const std::vector<std::string>& row_ids) {
  std::string html = "<html><body><h1>[讨论] 挂证靠谱吗</h1><div id=\"m_posts\">";
  const int floors[] = {0, 1, 3, 4};
  for (std::size_t i = 0; i < row_ids.size(); ++i) {
    const std::string n = std::to_string(floors[i]);
    html += "<table class=\"forumbox postbox\"><tbody><tr id=\"" + row_ids[i] + "\" class=\"postrow\"><td class=\"c1\">"
            "<a href=\"nuke.php?func=ucp&uid=" + n + "\" class=\"author\">用户" + n + "</a></td><td class=\"c2\">"
            "<div class=\"postInfo\"><a href=\"/read.php?pid=" + n + "\" title=\"到第" + n + "楼\">#" + n + "</a>"
            "<span>2026-11-2" + n + " 09:24</span></div><span class=\"postcontent\">第" + n +
            "楼的回复：去官网查了一下进度，还在实审阶段，我觉得可以去知识产权局咨询一下。</span></td></tr></tbody></table>";
  }
  html += "</div></body></html>";
  return html;
}

TEST_F(SegmenterTest, FloorOnAnInnerRowAndPositionalRowIdsAreNoAnchor) {
  Segmentation seg = Segment(TablePerPost({"post1strow0", "post1strow1", "post1strow2", "post1strow3"}));
  EXPECT_EQ(seg.kind, PageKind::kThread);
  ASSERT_EQ(seg.records.size(), 4u);
  const int floors[] = {0, 1, 3, 4};  // as shown, #0 included
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(seg.records[i].fields.floor, floors[i]) << i;
    EXPECT_EQ(seg.records[i].fields.element_id, "") << i;  // the row's place, not the post
  }
}

TEST_F(SegmenterTest, PermalinkIdOnAnInnerRowIsThePostsAnchor) {
  Segmentation seg = Segment(TablePerPost({"pid4872695", "pid8084868", "pid4948499", "pid5020011"}));
  ASSERT_EQ(seg.records.size(), 4u);
  EXPECT_EQ(seg.records[0].fields.element_id, "pid4872695");
  EXPECT_EQ(seg.records[3].fields.element_id, "pid5020011");
}

// Weibo-style: the status (its author's avatar and name before its words)
// above a box of comments, each comment an avatar link then the name and
// words; `featured` puts a box of one "hot" comment, of the comments'
// own markup, between the status and the list.
std::string StatusAboveComments(bool featured) {
  auto comment = [](int i) {
    const std::string n = std::to_string(i);
    return "<div class=\"list_li\"><div class=\"face\"><a href=\"/u/" + n + "\"><img alt=\"网友" + n +
           "\"></a></div><div class=\"con\"><a href=\"/u/" + n + "\">网友" + n + "</a>：第" + n +
           "条评论，代理费各地不一样，一线城市贵一点。<span>2026-12-0" + n + " 18:05</span></div></div>";
  };
  std::string html =
      "<html><body><div class=\"main\"><div class=\"card\"><div class=\"face\"><a href=\"/u/9\"><img></a></div>"
      "<div class=\"detail\"><a class=\"name\" href=\"/u/9\">博主甲</a><div class=\"text\">提醒各位网店老板：收到"
      "“您的品牌已被抢注、可低价转让”的短信，先去官方网站查一查，别急着转账。</div></div></div>"
      "<div class=\"repeat\">";
  if (featured) html += "<div class=\"hot\">" + comment(7) + "</div>";
  html += "<div class=\"tabs\"><a>按热度</a><a>按时间</a></div><div class=\"list\">";
  for (int i = 1; i <= 4; ++i) html += comment(i);
  html += "</div></div></div></body></html>";
  return html;
}

TEST_F(SegmenterTest, OpeningPostAboveTheListOfRepliesIsThePageFirstPost) {
  Segmentation seg = Segment(StatusAboveComments(false));
  EXPECT_EQ(seg.kind, PageKind::kThread);
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.records[0].fields.seller, "博主甲");  // its own author, not the first comment's
  EXPECT_EQ(seg.records[0].fields.floor, 1);
  for (int i = 1; i <= 4; ++i) {
    EXPECT_EQ(seg.records[static_cast<std::size_t>(i)].fields.seller, "网友" + std::to_string(i)) << i;
    EXPECT_EQ(seg.records[static_cast<std::size_t>(i)].fields.floor, i + 1) << i;
  }
}

TEST_F(SegmenterTest, BoxOfFeaturedRepliesIsNoOpeningPost) {
  Segmentation seg = Segment(StatusAboveComments(true));
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.records[0].fields.seller, "博主甲");  // passed over the hot comment's box
  EXPECT_EQ(seg.records[1].fields.seller, "网友1");
}

TEST_F(SegmenterTest, ListStartingAtTheFirstFloorGetsNoOpeningPostWithoutAHeading) {
  // The box above holds an author link and words, but the list starts at
  // 1楼 and the box holds no <h1>: the page's opening post is in the list.
  std::string html =
      "<html><body><div class=\"intro\"><a href=\"/user/5\">吧主</a>：本吧规则，请勿发布广告和联系方式，违者删帖。"
      "</div><div class=\"posts\">";
  for (int i = 1; i <= 4; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=\"post\"><a href=\"/user/u" + n + "\">用户" + n + "</a><p>第" + n +
            "楼：专利申请的费用和流程，大家说说看法吧。</p><span>" + n + "楼</span></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  EXPECT_EQ(seg.kind, PageKind::kThread);
  ASSERT_EQ(seg.records.size(), 4u);
  EXPECT_EQ(seg.records[0].fields.seller, "用户1");
}

TEST_F(SegmenterTest, AdBetweenPostsAndHeaderRowAboveThemAreNoPosts) {
  std::string html = "<html><body><h1>电动车选哪个牌子</h1><div class=\"postlist\">"
                     "<div class=\"l_post\"><a class=\"tag\" href=\"/tag/1\">电动车</a><span>25 条回复</span></div>";
  for (int i = 1; i <= 5; ++i) {
    const std::string n = std::to_string(i);
    html += "<div class=\"l_post\"><div class=\"author\"><a href=\"/home/main?un=u" + n + "\">用户" + n +
            "</a></div><div class=\"content\">第" + n + "楼的回复：雅迪售后网点多，看你家附近哪个方便。</div>"
            "<span class=\"tail\">" + n + "楼</span></div>";
    if (i == 3) {
      html += "<div class=\"l_post\"><div class=\"author\"><a href=\"//ad.test/click?c=1\">电动车品牌特卖</a></div>"
              "<div class=\"content\"><a href=\"//ad.test/click?c=1\"><img src=\"ad.jpg\"></a></div>"
              "<span>广告</span></div>";
    }
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  EXPECT_EQ(seg.kind, PageKind::kThread);
  ASSERT_EQ(seg.records.size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(seg.records[static_cast<std::size_t>(i)].fields.seller, "用户" + std::to_string(i + 1)) << i;
    EXPECT_EQ(seg.records[static_cast<std::size_t>(i)].fields.floor, i + 1) << i;
  }
}

// A shop's own page: its name in the <title> and once in the header above
// listings that name no seller; `cue` is what the header shows beside it.
std::string ShopPage(const std::string& cue) {
  std::string html = "<html><head><title>南山下知识产权 - 拼多多</title></head><body><div class=\"_3aT\"><img src=\"l.png\">"
                     "<div class=\"_1zv\"><div class=\"_3Tq\">南山下知识产权</div><div class=\"_3Tn\">" + cue +
                     "</div></div></div><div class=\"_1v1\">";
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    html += "<a class=\"_2cP\" href=\"/goods.html?goods_id=" + n + "\"><div class=\"_3Nv\">商标注册代理 材料一对一辅导 第" + n +
            "款</div><span>¥" + n + "99</span><span>已拼" + n + "件</span></a>";
  }
  html += "</div></body></html>";
  return html;
}

TEST_F(SegmenterTest, ShopNamedAboveItsOwnListingsIsTheirSeller) {
  Segmentation seg = Segment(ShopPage("已拼12.3万件 · 粉丝1.8万"));
  EXPECT_EQ(seg.kind, PageKind::kList);
  ASSERT_EQ(seg.records.size(), 4u);
  for (const Record& r : seg.records) EXPECT_EQ(r.fields.seller, "南山下知识产权");
  // The same words above the list with nothing of a shop beside them (a
  // search page repeating its query) name no seller.
  seg = Segment(ShopPage("共找到 4 件商品"));
  ASSERT_EQ(seg.records.size(), 4u);
  for (const Record& r : seg.records) EXPECT_EQ(r.fields.seller, "");
}

// `n` blocks sharing a class that reads like chrome ("recommend"), each a
// result, and `article_words` of an article above them.
std::string ChromeNamedBlocks(int n, int article_words) {
  std::string html = "<html><body><h1>手机推荐</h1><div class=\"article\">";
  for (int i = 0; i < article_words; ++i) html += "<p>这款手机的续航表现不错，拍照清晰，系统流畅，适合日常使用。</p>";
  html += "</div><div id=\"results\">";
  for (int i = 0; i < n; ++i) {
    const std::string k = std::to_string(i);
    html += "<article class=\"c-result c-clk-recommend\"><a href=\"https://site" + k + ".test/p/" + k + "\"><h3>第" + k +
            "款手机推荐：各价位段最值得买的手机</h3></a><p>本页面汇总了手机推荐相关的常见问题解答，供参考。</p></article>";
  }
  html += "</div></body></html>";
  return html;
}

TEST_F(SegmenterTest, SiblingsSharingAChromeClassThatHoldMostOfThePageAreItsList) {
  Segmentation seg = Segment(ChromeNamedBlocks(5, 0));
  EXPECT_EQ(seg.kind, PageKind::kList);
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.records[2].fields.url, "https://site2.test/p/2");
  // Below a long article the same blocks are a small share: a related strip, chrome.
  seg = Segment(ChromeNamedBlocks(5, 40));
  EXPECT_EQ(seg.kind, PageKind::kDetail);
  EXPECT_TRUE(seg.records.empty());
}

TEST_F(SegmenterTest, SponsoredListingAmongItsLikeIsARecordAnIdNamedAdSlotIsNot) {
  auto listing = [](int i, const std::string& attrs) {
    const std::string n = std::to_string(i);
    return "<div " + attrs + "><div class=\"pic\"><a href=\"/item.htm?id=" + n + "\"><img alt=\"商标注册代理\"></a></div>"
           "<div class=\"title\"><a href=\"/item.htm?id=" + n + "\">商标注册代理 45类全类申请 第" + n +
           "家</a></div><div class=\"price\">¥" + n + "80.00</div><a class=\"shopname\" href=\"//shop" + n +
           ".test/\">知产店" + n + "</a></div>";
  };
  std::string html = "<html><body><div class=\"items\">";
  for (int i = 0; i < 5; ++i) html += listing(i, i == 2 ? "class=\"item J_Item item-ad\"" : "class=\"item J_Item\"");
  html += listing(9, "class=\"item J_Item item-x\" id=\"mv_e_ad_1\"");
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  EXPECT_EQ(seg.kind, PageKind::kList);
  ASSERT_EQ(seg.records.size(), 5u);
  EXPECT_EQ(seg.records[2].fields.url, "/item.htm?id=2");  // the sponsored one, in place
  EXPECT_EQ(seg.records[4].fields.url, "/item.htm?id=4");  // not the id-named slot
}

TEST_F(SegmenterTest, GridOfRowsYieldsTheListingsNotTheRows) {
  std::string html = "<html><body><div class=\"wrap\">";
  int id = 0;
  for (int row = 0; row < 3; ++row) {
    html += "<div class=\"row\">";
    for (int col = 0; col < 4; ++col, ++id) {
      std::string n = std::to_string(id);
      html += "<div class=\"item\"><a href=\"/item/" + n + "\">实用新型专利转让编号" + n +
              "</a><p>¥" + n + "00</p><a class=\"shop\" href=\"/shop/s" + n + "\">店" + n + "</a></div>";
    }
    html += "</div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 12u);
  EXPECT_EQ(seg.records[5].fields.url, "/item/5");
  EXPECT_EQ(seg.records[5].fields.seller, "店5");
}

TEST_F(SegmenterTest, TagListInsideEachListingStaysInTheListing) {
  std::string html = "<html><body><div class=\"list\">";
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    html += "<div class=\"it\"><h4><a href=\"/p/" + n + "\">出售已授权发明专利一件，可加急过户" + n +
            "</a></h4><p>详情请私聊，价格面议，支持对公转账。</p><ul class=\"kw\"><li><a href=\"/k/1\">专利</a></li>"
            "<li><a href=\"/k/2\">转让</a></li><li><a href=\"/k/3\">发明</a></li></ul></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 4u);
  EXPECT_EQ(seg.records[0].fields.url, "/p/0");
}

TEST_F(SegmenterTest, PairsOfSiblingsFormOneRecord) {
  std::string html = "<html><body><dl class=\"results\">";
  for (int i = 0; i < 4; ++i) {
    std::string n = std::to_string(i);
    html += "<dt><a href=\"/r/" + n + "\">代办商标注册加急下证服务" + n + "</a></dt><dd>专业团队，三个月拿证，费用全包，不成功退款。" +
            n + "</dd>";
  }
  html += "</dl></body></html>";
  Segmentation seg = Segment(html);
  ASSERT_EQ(seg.records.size(), 4u);
  EXPECT_EQ(seg.records[1].nodes.size(), 2u);
  EXPECT_EQ(seg.records[1].fields.url, "/r/1");
}

TEST_F(SegmenterTest, DetailPageRelatedStripIsNoList) {
  std::string html =
      "<html><body><h1>发明专利代理服务</h1><div class=\"detail\"><p>" + std::string(900, 'y') + "</p><p>价格 ¥2000</p></div>"
      "<div class=\"box\">";
  for (int i = 0; i < 4; ++i) {
    html += "<div class=\"mini\"><a href=\"/x/" + std::to_string(i) + "\">其他商品" + std::to_string(i) +
            "</a><span>¥9</span></div>";
  }
  html += "</div></body></html>";
  Segmentation seg = Segment(html);
  EXPECT_EQ(seg.kind, PageKind::kDetail);
  EXPECT_TRUE(seg.records.empty());
}

TEST_F(SegmenterTest, DetailPagesSellerIsTheShopItShows) {
  const std::string body = "<h1>实用新型专利包授权 专业代写</h1><div class=\"detail\"><p>" + std::string(900, 'y') +
                           "</p><p>价格 ¥2680</p></div>";
  // A shop's name in a *shop-name* element, its link to the shop's route;
  // the site's "卖家中心" in its navigation is no seller.
  Segmentation seg = Segment("<html><body><div class=site-nav><a class=seller-center href=\"//seller.x.test/admin\">卖家中心</a>"
                             "<a href=\"/\">首页</a></div>" + body +
                             "<div class=tb-shop><div class=tb-shop-name><a href=\"//store.x.test/shop/view_shop.htm?"
                             "user_number_id=22\">鑫源专利事务工作室</a></div><div class=tb-shop-rate>描述 4.9</div></div>"
                             "</body></html>");
  EXPECT_EQ(seg.kind, PageKind::kDetail);
  EXPECT_EQ(seg.detail.seller, "鑫源专利事务工作室");
  EXPECT_EQ(seg.detail.seller_url, "//store.x.test/shop/view_shop.htm?user_number_id=22");
  // A user card as one link: the nick inside it, not the city and credit line.
  seg = Segment("<html><body>" + body +
                "<a class=item-user-card href=\"/personal?userId=9\"><img src=a.jpg><div class=item-user-info-nick>"
                "拾光胶片馆</div><div class=item-user-info-label>浙江杭州 · 卖家信用极好</div></a></body></html>");
  EXPECT_EQ(seg.detail.seller, "拾光胶片馆");
  // A label: 卖家：name.
  seg = Segment("<html><body>" + body + "<p>卖家：恒达知产 服务保障</p></body></html>");
  EXPECT_EQ(seg.detail.seller, "恒达知产");
  // An article's author by class.
  seg = Segment("<html><body>" + body + "<div class=article-info><span class=a-author>记者 周明远</span>"
                "<span class=a-time>2026-11-04 08:31</span></div></body></html>");
  EXPECT_EQ(seg.detail.seller, "记者 周明远");
  // None shown: none made up; a list page has no detail seller.
  seg = Segment("<html><body>" + body + "</body></html>");
  EXPECT_EQ(seg.kind, PageKind::kDetail);
  EXPECT_TRUE(seg.detail.seller.empty());
}

TEST_F(SegmenterTest, FewRecordsBesideThePagesOwnBuyButtonAreADetailPagesStrip) {
  // Little text of its own (the description loads later), a strip of six
  // related listings, and 加入购物车 outside them: a detail page, named by
  // its element as the <title> holds it.
  auto page = [](bool buy) {
    std::string html =
        "<html><head><title>【漫步者Lolli Pro3】漫步者 Lolli Pro3 真无线降噪蓝牙耳机【行情 报价】-京东</title></head><body>"
        "<div class=product-intro><div class=sku-name>漫步者 Lolli Pro3 真无线降噪蓝牙耳机</div>"
        "<div class=price>￥599.00</div>";
    if (buy) html += "<a id=InitCartUrl href=\"//cart.x.test/add?pid=1\">加入购物车</a>";
    html += "</div><div class=track><ul class=plist>";
    for (int i = 0; i < 6; ++i) {
      const std::string n = std::to_string(i);
      html += "<li><a href=\"//item.x.test/10004859449" + n + ".html\">倍思充电宝双向快充22.5W 第" + n +
              "款 可上飞机轻薄便携</a><strong>￥93" + n + ".00</strong></li>";
    }
    return html + "</ul></div></body></html>";
  };
  Segmentation seg = Segment(page(true));
  EXPECT_EQ(seg.kind, PageKind::kDetail);
  EXPECT_TRUE(seg.records.empty());
  EXPECT_EQ(seg.detail.title, "漫步者 Lolli Pro3 真无线降噪蓝牙耳机");
  // Without the button the strip is the page's list.
  seg = Segment(page(false));
  EXPECT_EQ(seg.kind, PageKind::kList);
  EXPECT_EQ(seg.records.size(), 6u);
}

TEST_F(SegmenterTest, EmptyAndTextOnlyDocumentsAreOther) {
  EXPECT_EQ(Segment("").kind, PageKind::kOther);
  EXPECT_EQ(Segment("<p>hello</p>").kind, PageKind::kOther);
  EXPECT_EQ(PageKindName(PageKind::kThread), "thread");
}

}  // namespace
}  // namespace lantian::extractors::internal
