#include "extractors/internal/record_fields.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extractors/internal/html_document.h"

namespace lantian::extractors::internal {
namespace {

// Parses `html` and infers the fields of the element with id="r".
class RecordFieldsTest : public ::testing::Test {
 protected:
  InferredFields Infer(const std::string& html) {
    auto doc = HtmlDocument::Parse("<html><body>" + html + "</body></html>", HtmlDocument::Options{});
    EXPECT_TRUE(doc.ok());
    doc_ = std::make_unique<HtmlDocument>(std::move(*doc));
    const GumboNode* r = Find(doc_->document());
    EXPECT_NE(r, nullptr);
    return InferRecordFields({r});
  }

 private:
  static const GumboNode* Find(const GumboNode* n) {
    if (n->type == GUMBO_NODE_ELEMENT) {
      const char* id = Attr(n, "id");
      if (id != nullptr && std::string(id) == "r") return n;
    }
    const GumboVector* ch = n->type == GUMBO_NODE_DOCUMENT  ? &n->v.document.children
                            : n->type == GUMBO_NODE_ELEMENT ? &n->v.element.children
                                                            : nullptr;
    if (ch == nullptr) return nullptr;
    for (unsigned i = 0; i < ch->length; ++i) {
      if (const GumboNode* f = Find(static_cast<const GumboNode*>(ch->data[i]))) return f;
    }
    return nullptr;
  }
  std::unique_ptr<HtmlDocument> doc_;
};

TEST_F(RecordFieldsTest, ItemLinkNamingItsSellerInTheQueryIsTheItemLink) {
  InferredFields f = Infer(
      "<div id=r><p class=productTitle><a href=\"//detail.mall.test/item.htm?id=81766&amp;user_id=62165\">"
      "禾木家 明前 龙井</a></p><div class=productShop><a href=\"//store.mall.test/search.htm?user_number_id=62165\">"
      "山野集优选店</a></div><em>¥431.40</em></div>");
  EXPECT_EQ(f.fields.url, "//detail.mall.test/item.htm?id=81766&user_id=62165");
  EXPECT_EQ(f.fields.title, "禾木家 明前 龙井");
  EXPECT_EQ(f.fields.seller, "山野集优选店");
  EXPECT_FALSE(f.title_is_author);
}

TEST_F(RecordFieldsTest, ShortLinkToAMallOrDianpuRouteIsTheSeller) {
  // Hashed classes say nothing: the route names the shop.
  InferredFields f = Infer(
      "<div id=r><a class=_3xk href=\"/goods/39520.html\"><div class=_9fz>齐心A4打印纸 整箱 80g 复印纸</div></a>"
      "<span>¥59.90</span><div class=_2cT><a href=\"/mall_page.html?mall_id=908618\" class=_1W0>齐心官方旗舰店</a>"
      "<span>进店&gt;</span></div></div>");
  EXPECT_EQ(f.fields.url, "/goods/39520.html");
  EXPECT_EQ(f.fields.seller, "齐心官方旗舰店");
  EXPECT_EQ(f.fields.seller_url, "/mall_page.html?mall_id=908618");
  f = Infer("<div id=r><a href=\"/offer/77.html\">商标注册代理 全类申请</a><a href=\"/dianpu/5521\">恒达知产</a></div>");
  EXPECT_EQ(f.fields.seller, "恒达知产");
  // An item link that names its mall in the query stays the item's link.
  f = Infer("<div id=r><a href=\"/goods.html?goods_id=5&amp;mall_id=9\">专利年费代缴 正规机构</a></div>");
  EXPECT_EQ(f.fields.url, "/goods.html?goods_id=5&mall_id=9");
  EXPECT_TRUE(f.fields.seller.empty());
}

TEST_F(RecordFieldsTest, SearchResultsSourceNameIsItsSellerMarkedAsASource) {
  InferredFields f = Infer(
      "<div id=r><h3><a href=\"/link?url=abc\">专利申请流程 - 知乎</a></h3><p>实用新型专利申请需要多长时间</p>"
      "<div class=\"c-row source_1Vd\"><a href=\"/link?url=abc\" class=siteLink_9T><span>知乎</span></a>"
      "<a href=\"//cache.test/c?m=1\" class=kuaizhao>百度快照</a></div></div>");
  EXPECT_EQ(f.fields.seller, "知乎");
  EXPECT_TRUE(f.fields.seller_is_source);
  EXPECT_FALSE(f.has_author);  // a source is no author: it does not make the page a thread
  // <cite>: the name before its separator and domain.
  f = Infer("<div id=r><h3><a href=\"/link?m=1\">考试报名时间</a></h3><cite><a href=\"/link?m=1\">中国考试网</a>"
            "<span>-</span>www.kaoshi.test</cite></div>");
  EXPECT_EQ(f.fields.seller, "中国考试网");
  EXPECT_TRUE(f.fields.seller_is_source);
  // "知乎 - 2026年8月2日" in one text: the part before the separator.
  f = Infer("<div id=r><h3><a href=\"/link?m=2\">商标注册多少钱</a></h3><span class=c-showurl>百度知道 - 2026年8月2日</span></div>");
  EXPECT_EQ(f.fields.seller, "百度知道");
  // A domain, a date and a snapshot link name no site.
  f = Infer("<div id=r><h3><a href=\"/link?m=1\">考试报名时间</a></h3><div class=citeurl><span>www.kaoshi.test/a</span>"
            "<span>2026年8月2日</span><a href=\"//cache.test/1\">百度快照</a></div></div>");
  EXPECT_TRUE(f.fields.seller.empty());
  EXPECT_FALSE(f.fields.seller_is_source);
  // Only the first source element counts; a title repeated in it is no name.
  f = Infer("<div id=r><h3><a href=\"/link?m=3\">版权登记</a></h3><cite>版权登记</cite><cite>搜狐</cite></div>");
  EXPECT_TRUE(f.fields.seller.empty());
  // A shop's link is a seller, not a source, even beside a <cite>.
  f = Infer("<div id=r><a href=\"/item.htm?id=5\">代理记账 小规模</a><a class=shop-name href=\"/shop/9\">诚信财税</a>"
            "<cite>淘宝</cite></div>");
  EXPECT_EQ(f.fields.seller, "诚信财税");
  EXPECT_FALSE(f.fields.seller_is_source);
  EXPECT_TRUE(f.has_author);
}

TEST_F(RecordFieldsTest, SellerLinkHoldingAUserCardGivesTheNickInside) {
  InferredFields f = Infer(
      "<div id=r><a href=\"/item?id=7\">富士 X-T30 II 微单相机</a><a class=user-card href=\"/personal?userId=9\">"
      "<img src=a.jpg><div class=user-nick>拾光胶片馆</div><div class=user-city>浙江杭州 · 信用极好</div></a></div>");
  EXPECT_EQ(f.fields.seller, "拾光胶片馆");
  EXPECT_EQ(f.fields.seller_url, "/personal?userId=9");
  // No element inside named as the name: the link's whole text.
  f = Infer("<div id=r><a href=\"/item?id=7\">富士 X-T30 II 微单相机</a><a class=user-card href=\"/personal?userId=9\">"
            "<span>拾光</span><span>胶片馆</span></a></div>");
  EXPECT_EQ(f.fields.seller, "拾光胶片馆");
}

TEST_F(RecordFieldsTest, WrapperLinkOutsideAHeadingTakesTheRealTargetOfAnInnerCard) {
  // No heading, no *title* class: the result's click-through link still
  // gets the card's data-url.
  InferredFields f = Infer(
      "<div id=r><div class=\"cs-card\" data-url=\"https://www.cnipa.test/guide/transfer.html\"><div class=cs-header>"
      "<div class=\"flex-1 text-xl\"><a href=\"/link?url=5VDDyl&amp;aid=41\" class=text-ellipsis><em>发明专利</em>转让流程"
      "</a></div></div><div class=cs-text><span>本页面汇总了发明专利转让相关的常见问题解答</span></div></div></div>");
  EXPECT_EQ(f.fields.url, "https://www.cnipa.test/guide/transfer.html");
  EXPECT_EQ(f.fields.title, "发明专利转让流程");
  // A link that is no wrapper keeps its own target (?Q= is one, ?quality= is not).
  f = Infer("<div id=r><div data-url=\"https://other.test/\"><a href=\"/item?quality=1\">专利检索 查新报告</a></div></div>");
  EXPECT_EQ(f.fields.url, "/item?quality=1");
  f = Infer("<div id=r><div data-url=\"https://other.test/\"><a href=\"/s?wd=1&amp;Q=x\">专利检索 查新报告</a></div></div>");
  EXPECT_EQ(f.fields.url, "https://other.test/");
}

TEST_F(RecordFieldsTest, LinkWrappingAHeadingIsTheTitleNotTheLongerSnippetLink) {
  InferredFields f = Infer(
      "<div id=r><a class=blocka href=\"/link?url=a1\"><h3><span><em>2026</em>年手机推荐 - 知乎</span></h3></a>"
      "<div class=row><a class=blocka href=\"/link?url=a1\"><div class=clamp>本页面汇总了2026手机推荐相关的常见问题解答，"
      "包括办理条件、所需时间、费用标准等</div></a></div></div>");
  EXPECT_EQ(f.fields.title, "2026年手机推荐 - 知乎");
  EXPECT_TRUE(f.title_in_heading);
  // The snippet's row is named *title* too: the link whose words are a
  // title element's still wins.
  f = Infer(
      "<div id=r><div class=header><a href=\"/link?url=b\"><span class=header-title>杭州周末去哪玩 - 马蜂窝</span></a></div>"
      "<div class=row><a class=e-title-p href=\"/link?url=b\"><p>关于杭州周末去哪玩，我来说说自己的经历，最后总结出来几条建议。</p>"
      "</a></div></div>");
  EXPECT_EQ(f.fields.title, "杭州周末去哪玩 - 马蜂窝");
}

TEST_F(RecordFieldsTest, PromotionInsideTheTitleLinkIsNoPartOfTheTitle) {
  InferredFields f = Infer(
      "<div id=r><div class=p-name><a title=\"新品上市 刻字免费\" href=\"//item.jd.test/1.html\"><em>晨光 光敏<font>印章</font>"
      " 10个装</em><i class=promo-words>新品上市 刻字免费</i></a></div><div class=p-price><i>¥39.90</i></div></div>");
  EXPECT_EQ(f.fields.title, "晨光 光敏印章 10个装");
  // Cut, then a promotion: the cut shows, so title= is the whole title.
  f = Infer(
      "<div id=r><div class=p-name><a title=\"QCY蓝牙耳机半入耳式主动降噪超长续航\" href=\"//item.jd.test/2.html\"><em>QCY蓝牙耳机"
      "半入耳式主动降噪超...</em><i class=\"promo-words\">领券立减20</i></a></div><div class=p-price><i>¥99</i></div></div>");
  EXPECT_EQ(f.fields.title, "QCY蓝牙耳机半入耳式主动降噪超长续航");
}

TEST_F(RecordFieldsTest, CutTitleTakesTheTitleAttributeOfAnElementInsideTheTitleElement) {
  // A whole-card link; its *title* row holds a span whose title= is whole.
  InferredFields f = Infer(
      "<div id=r><a class=feeds-item href=\"https://www.goofish.test/item?id=888\"><div class=row1-wrap-title>"
      "<span class=main-title title=\"搬家出 闲云 护眼 LED台灯 官方正品\">搬家出 闲云 护眼 LED台灯 官方正...</span></div>"
      "<div class=row3-price><span>¥</span><span>1109</span></div></a></div>");
  EXPECT_EQ(f.fields.title, "搬家出 闲云 护眼 LED台灯 官方正品");
}

TEST_F(RecordFieldsTest, DirectoryRowsCompanyInItsOwnCellIsTheSeller) {
  InferredFields f = Infer(
      "<table><tr id=r><td>&nbsp;<a href=\"/gongying/show-22518.html\"><font>厂家供应10斤装大米 欢迎来电</font></a><br>"
      "<font>会员第9年</font><td>义乌安泰科技有限公司<td><font>￥1,200</font><td>2026-12-04</tr></table>");
  EXPECT_EQ(f.fields.title, "厂家供应10斤装大米 欢迎来电");
  EXPECT_EQ(f.fields.seller, "义乌安泰科技有限公司");
  EXPECT_EQ(f.fields.price, "￥1,200");
}

TEST_F(RecordFieldsTest, CompanyPageLinkIsTheSellerNotTheTitle) {
  InferredFields f = Infer(
      "<table><tr id=r><td><a href=\"/gongying/show-88300.html\">商标续展 可签正式合同</a><td>"
      "<a href=\"/company/qyjezrhj/\">济南市德茂塑料制品有限公司</a><td>2000元/吨</tr></table>");
  EXPECT_EQ(f.fields.url, "/gongying/show-88300.html");
  EXPECT_EQ(f.fields.title, "商标续展 可签正式合同");
  EXPECT_EQ(f.fields.seller, "济南市德茂塑料制品有限公司");
}

TEST_F(RecordFieldsTest, TitleCutWithDotsTakesTheFullTitleEvenAtTheSameByteLength) {
  // "官方正..." and "官方正品" are both 12 bytes long.
  InferredFields f = Infer(
      "<div id=r><p class=productTitle><a href=\"/item.htm?id=6853\" title=\"暖阳坊 LED 书桌 无频闪台灯 官方正品\">"
      "暖阳坊 LED 书桌 无频闪台灯 官方正...</a></p><em>¥644.50</em></div>");
  EXPECT_EQ(f.fields.title, "暖阳坊 LED 书桌 无频闪台灯 官方正品");
}

TEST_F(RecordFieldsTest, WholeCardLinkWithHashedClassesTakesItsFirstTextThatIsNoPrice) {
  InferredFields f = Infer(
      "<div id=r><a class=_1QhQr8pq href=\"goods.html?goods_id=839299472603\"><div class=_2DM0HR9i><img src=x.jpg>"
      "</div><div class=_2y9fGZD2><div class=_3ANzdjkc>商标续展 免费初步评估</div></div><div class=_1ZaLw5K2>"
      "<span>¥</span><span>142</span><span>.5</span><span>已拼2000+件</span></div><div><span>极速退款</span></div></a>"
      "</div>");
  EXPECT_EQ(f.fields.title, "商标续展 免费初步评估");
  EXPECT_EQ(f.fields.url, "goods.html?goods_id=839299472603");
}

TEST_F(RecordFieldsTest, ALockedThreadsTitleIsNoSellersLocationAside) {
  InferredFields f = Infer(
      "<table><tbody id=r><tr><th class=lock><a href=\"thread-465809-1-1.html\" class=\"s xst\">【诚信】包下证小发明 "
      "审查员资源</a></th><td class=by><cite><a href=\"home.php?mod=space&amp;uid=188326\">快乐汽水</a></cite></td>"
      "<td class=by><cite><a href=\"home.php?mod=space&amp;username=x\">话痨喵喵呀</a></cite></td></tr></tbody></table>");
  EXPECT_EQ(f.fields.url, "thread-465809-1-1.html");
  EXPECT_EQ(f.fields.title, "【诚信】包下证小发明 审查员资源");
  EXPECT_EQ(f.fields.seller, "快乐汽水");
}

TEST_F(RecordFieldsTest, ShopHostIsTheSellerAndItemHostIsNot) {
  InferredFields f = Infer(
      "<div id=r><a href=\"//item.mall.test/item.htm?id=7\">代办专利申请 加急</a>"
      "<a href=\"//shop77.mall.test\">七七知产</a><span>￥99起</span></div>");
  EXPECT_EQ(f.fields.url, "//item.mall.test/item.htm?id=7");
  EXPECT_EQ(f.fields.title, "代办专利申请 加急");
  EXPECT_EQ(f.fields.seller, "七七知产");
  EXPECT_EQ(f.fields.seller_url, "//shop77.mall.test");
  EXPECT_EQ(f.fields.price, "￥99起");
  EXPECT_TRUE(f.has_author);
}

TEST_F(RecordFieldsTest, TruncatedTextTakesTheTitleAttribute) {
  InferredFields f = Infer(
      "<li id=r><a href=\"/g/1.html\" title=\"实用新型专利包下证全程代办不成功退款\">实用新型专利包下证…</a></li>");
  EXPECT_EQ(f.fields.title, "实用新型专利包下证全程代办不成功退款");
}

TEST_F(RecordFieldsTest, RedirectWrapperOnTheRecordNamesTheRealTarget) {
  InferredFields f = Infer(
      "<div id=r data-url=\"https://real.test/a?b=1\"><h3><a href=\"/link?url=abc\">商标转让</a></h3>"
      "<p>3天前 专业商标转让平台</p></div>");
  EXPECT_EQ(f.fields.url, "https://real.test/a?b=1");
  EXPECT_EQ(f.fields.posted_at, "3天前");
}

TEST_F(RecordFieldsTest, SellerFromMarkerTextWhenNoLinkNamesIt) {
  InferredFields f = Infer("<div id=r><a href=\"/p/3\">出售发明专利</a><p>卖家：老王知产 发货地：杭州</p></div>");
  EXPECT_EQ(f.fields.seller, "老王知产");
}

TEST_F(RecordFieldsTest, PostFloorFromAShortLabelAndAuthorOnlyLink) {
  InferredFields f = Infer(
      "<div id=r><a href=\"/home/main?un=abc\">abc</a><div>楼主说的对，我也被这种包授权的广告骗过，大家小心。</div>"
      "<span>板凳</span></div>");
  EXPECT_EQ(f.fields.floor, 3);
  EXPECT_TRUE(f.title_is_author);
  EXPECT_EQ(f.fields.seller, "abc");
  EXPECT_EQ(f.fields.element_id, "r");
}

TEST_F(RecordFieldsTest, FloorLabelOnAnInnerRowCountsAndZeroIsAFloor) {
  // NGA-style: the floor label "#0" sits in a row's info line, not on the record element.
  InferredFields f = Infer(
      "<table id=r><tbody><tr><td><a href=\"nuke.php?func=ucp&uid=3\" class=author>鱼君</a></td>"
      "<td><div class=postInfo><a href=\"/read.php?pid=0\" title=\"到第0楼\">#0</a><span>2026-11-25 09:24</span>"
      "</div><span class=postcontent>刚考出专利代理师资格，机构说把证挂在他们那儿一年给两万。</span></td></tr>"
      "</tbody></table>");
  EXPECT_TRUE(f.floor_shown);
  EXPECT_EQ(f.fields.floor, 0);
  EXPECT_EQ(f.fields.seller, "鱼君");
}

TEST_F(RecordFieldsTest, TimesInEachFormAndWordsThatOnlyLookLikeOne) {
  auto when = [&](const std::string& text) {
    return Infer("<div id=r><a href=\"/p/1\">专利年费代缴</a><span>" + text + "</span></div>").fields.posted_at;
  };
  EXPECT_EQ(when("发布于 2024-03-18 10:02"), "2024-03-18 10:02");
  EXPECT_EQ(when("2024年3月8日"), "2024年3月8日");
  EXPECT_EQ(when("2024.03.18"), "2024.03.18");
  EXPECT_EQ(when("更新 03-18 10:02"), "03-18 10:02");
  EXPECT_EQ(when("3天前"), "3天前");
  EXPECT_EQ(when("昨天 10:02"), "昨天 10:02");
  EXPECT_EQ(when("刚刚"), "刚刚");
  EXPECT_EQ(when("年费 前期 3.5万 ¥12.00"), "");  // 年, 前 and '.' with nothing a time needs
}

TEST_F(RecordFieldsTest, NoFloorShownIsNoFloor) {
  InferredFields f = Infer("<div id=r><a href=\"/people/a\" class=author>阿杰</a><p>挂证一年两万，靠谱吗？</p></div>");
  EXPECT_FALSE(f.floor_shown);
  EXPECT_EQ(f.fields.floor, 0);
}

TEST_F(RecordFieldsTest, WholeCardLinkTakesItsTitleElementAndTheNamedSeller) {
  InferredFields f = Infer(
      "<a id=r href=\"/item?id=9\"><img src=\"/i.jpg\" alt=\"\"><div class=\"row-title\"><span>二手专利书籍</span></div>"
      "<div class=\"price\">¥35</div><div class=\"row-seller\"><img class=\"seller-avatar\" src=\"/a.jpg\">"
      "<p class=\"seller-text\">青柠</p><span class=\"seller-location\">杭州</span></div></a>");
  EXPECT_EQ(f.fields.title, "二手专利书籍");
  EXPECT_EQ(f.fields.url, "/item?id=9");
  EXPECT_EQ(f.fields.seller, "青柠");
}

TEST_F(RecordFieldsTest, PromotionInTitleAttributeIsNotTheTitle) {
  InferredFields f = Infer("<li id=r><a href=\"/g/2\" title=\"光敏印章 定制 新品上市 包邮\">光敏印章 定制</a></li>");
  EXPECT_EQ(f.fields.title, "光敏印章 定制");
}

TEST_F(RecordFieldsTest, PostToolLinksBadgesAndQuotesAreNeitherTitleNorAuthor) {
  InferredFields f = Infer(
      "<div id=r><a class=\"p_author_name\" href=\"/home/main?un=a1\">作者甲</a>"
      "<a class=\"user_badge\" href=\"/f/level?lv=4\">知产学徒</a>"
      "<blockquote><a href=\"/home/main?un=b2\">被引用的乙</a> 说过的话</blockquote>"
      "<p>正文：这个代理机构收费太高了，大家有没有推荐的？</p>"
      "<a href=\"/t/1?authorid=5\">只看该作者</a><a href=\"/p/9#5\">编辑于 2023-03-18 10:02</a><strong><em>5</em><sup>#</sup></strong></div>");
  EXPECT_TRUE(f.title_is_author);
  EXPECT_EQ(f.fields.seller, "作者甲");
  EXPECT_EQ(f.fields.url, "");
  EXPECT_EQ(f.fields.floor, 5);
}

TEST_F(RecordFieldsTest, CompanyNameBeatsTheChatLinkOfTheSameShop) {
  InferredFields f = Infer(
      "<li id=r><a href=\"//detail.b2b.test/offer/1.html\">出售现成专利</a>"
      "<a class=\"offer-companyName\" href=\"//shopabc.b2b.test\">郑州某科技有限公司</a>"
      "<a href=\"//im.b2b.test/msg?uid=abc\">旺旺</a></li>");
  EXPECT_EQ(f.fields.seller, "郑州某科技有限公司");
  EXPECT_EQ(f.fields.seller_url, "//shopabc.b2b.test");
}

TEST(RecordFieldsHelpersTest, NameTokensAreLowerCaseWordsOfClassAndId) {
  auto doc = HtmlDocument::Parse(R"(<div class="Item  J-Card_x" id="shop-12">t</div>)", HtmlDocument::Options{});
  ASSERT_TRUE(doc.ok());
  const GumboNode* div = nullptr;
  for (const GumboNode* n : AllElements(doc->document())) {
    if (n->v.element.tag == GUMBO_TAG_DIV) div = n;
  }
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(NameTokens(div), "item j card x shop 12");
}

TEST(RecordFieldsHelpersTest, TokensAndHrefs) {
  EXPECT_TRUE(IsRealHref("/a"));
  EXPECT_FALSE(IsRealHref("#top"));
  EXPECT_FALSE(IsRealHref(" javascript:void(0)"));
  EXPECT_FALSE(IsRealHref(nullptr));
  EXPECT_TRUE(TokensContain("item shopname", {"shop"}));
  EXPECT_FALSE(TokensContain("item", {"shop"}));
  EXPECT_FALSE(TokensContain("", {"shop"}));
  EXPECT_TRUE(TokensInclude("s xst lock", {"lock"}));
  EXPECT_FALSE(TokensInclude("s xst lock", {"loc"}));
  EXPECT_FALSE(TokensInclude("", {"loc"}));
}

// The field patterns run only where the one-pass scan of the record's text
// finds what each needs; these pin what that scan must not lose.
TEST_F(RecordFieldsTest, AmountWrittenBeforeYuanIsThePriceWholeAfterText) {
  InferredFields f = Infer(
      "<div id=r><a href=\"/item/1\">专利代理 加急</a><span>售价 1,299.50 元起</span><span>RMB 20</span></div>");
  EXPECT_EQ(f.fields.price, "1,299.50 元起");
}

TEST_F(RecordFieldsTest, PriceMarkersRmbAndCnyAreFoundWithoutYuanSign) {
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标注册</a> 报价 CNY 88</div>").fields.price, "CNY 88");
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标注册</a> 报价 RMB88.5</div>").fields.price, "RMB88.5");
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标注册 CN</a> 报价 面议</div>").fields.price, "");
}

TEST_F(RecordFieldsTest, RelativeTimeAndYearDateAreFoundAfterAPrice) {
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">版权登记</a> ¥5 发布于 3天前</div>").fields.posted_at, "3天前");
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">版权登记</a> ¥5 2024年3月18日</div>").fields.posted_at,
            "2024年3月18日");
  // 年 after no digit and a '.' in no number: no time.
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">代缴年费.</a> ¥5</div>").fields.posted_at, "");
}

TEST_F(RecordFieldsTest, SellerMarkerAfterFullWidthColonIsTheSeller) {
  InferredFields f = Infer("<div id=r><a href=\"/item/1\">发明专利 加急</a> ¥300 卖家：知产小王 好评</div>");
  EXPECT_EQ(f.fields.seller, "知产小王");
  EXPECT_TRUE(f.has_author);
}

TEST_F(RecordFieldsTest, FloorLabelAfterAPriceAndAColonIsShown) {
  InferredFields f = Infer("<div id=r><span>回复：¥5 的帖子</span><span>板凳</span><a href=\"/u/1\">张三</a></div>");
  EXPECT_TRUE(f.floor_shown);
  EXPECT_EQ(f.fields.floor, 3);
}

// The time and seller-marker patterns start where their first hint says a
// match can start at the earliest: a match that begins before that hint
// (the day word before "10:02", the digits before 天前) is found whole.
TEST_F(RecordFieldsTest, TimeThatStartsBeforeItsFirstHintIsFoundWhole) {
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标转让</a> 更新 昨天 10:02</div>").fields.posted_at, "昨天 10:02");
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标转让</a> 第3 12 天前</div>").fields.posted_at, "12 天前");
  // A phone number holds a hint ('-' after digits) but no time: the date after it is the time.
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标转让</a> 电话 139-0000-2671 发布 2024-03-18 10:02</div>")
                .fields.posted_at,
            "2024-03-18 10:02");
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">商标转让</a> 电话 139-0000-2671</div>").fields.posted_at, "");
}

TEST_F(RecordFieldsTest, SellerMarkerWordWithoutColonIsSkippedForTheNextOne) {
  InferredFields f = Infer("<div id=r><a href=\"/item/1\">发明专利</a> 店铺好评 ¥300 卖家：知产小王</div>");
  EXPECT_EQ(f.fields.seller, "知产小王");
  EXPECT_EQ(Infer("<div id=r><a href=\"/item/1\">发明专利</a> 比例：3成</div>").fields.seller, "");
}

// mu= first, then data-url=, data-mdurl=, data-href=, ... whatever the
// order of the attributes; one that holds no absolute URL is passed over.
TEST_F(RecordFieldsTest, RedirectTargetsTakenInNameOrderNotAttributeOrder) {
  InferredFields f = Infer(
      "<div id=r data-href=\"https://b.test/2\" mu=\"/relative\" data-url=\"https://a.test/1\">"
      "<h3><a href=\"/link?url=abc\">商标转让</a></h3><p>专业商标转让平台 3天前</p></div>");
  EXPECT_EQ(f.fields.url, "https://a.test/1");
  InferredFields g = Infer(
      "<div id=r data-url=\"https://a.test/1\" MU=\"HTTPS://m.test/0\">"
      "<h3><a href=\"/link?url=abc\">商标转让</a></h3><p>专业商标转让平台 3天前</p></div>");
  EXPECT_EQ(g.fields.url, "HTTPS://m.test/0");
}

}  // namespace
}  // namespace lantian::extractors::internal
