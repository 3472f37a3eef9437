# -*- coding: utf-8 -*-
from urllib.parse import quote
from common import *


def ditem(url, title, seller, price, ip):
    return dict(url=url, title=title, seller=seller, price=price, floor=None, ip_solicit=ip)


# ------------------------------------------------------------------ detail 1: taobao-like item (illegal listing)
def detail_01():
    rng = make_rng(4101)
    nid = 738812290011
    page = f"https://item.example-shop.test/item.htm?spm=a230r.1.14.20.5f3b&id={nid}&ns=1&abbucket=7"
    canon = f"https://item.example-shop.test/item.htm?id={nid}"
    title = "实用新型专利包授权 不授权全额退款 专业代写代申请 最快30天下证 评职称高企可用"
    shop = "鑫源专利事务工作室"
    price = "¥2680.00"
    rel = []
    for k in range(5):
        rid = rng.randint(6 * 10**11, 8 * 10**11)
        t = rng.choice(ILLEGAL_IP[:12] + LEGIT_IP[:4])
        rel.append(f'<li class="tb-rec-item"><a href="//item.example-shop.test/item.htm?id={rid}" target="_blank" title="{E(t)}"><img src="//img.alicdn-like.test/bao/uploaded/{rid}_60x60.jpg"><span class="tb-rec-tit">{E(t[:10])}</span></a><em class="tb-rec-price">¥{rng.randint(99, 3999)}.00</em></li>')
    hot = ["专利申请", "商标注册", "软著", "外观专利", "发明专利", "知识产权", "专利转让", "商标转让", "版权登记", "高企认定", "代理记账", "公司注册"]
    body = head(f"{title}-淘宝网", "tbd", extra_head=f'<link rel="canonical" href="{E(canon)}">\n<meta property="og:url" content="{E(canon)}">\n<meta property="og:title" content="{E(title)}">\n<meta property="og:type" content="product">', keywords="专利,实用新型") + f"""<body class="tb-detail">
{topnav("site-nav", "example-shop", [("淘宝网首页", "//www.example-shop.test/"), ("我的淘宝", "//i.example-shop.test/my"), ("购物车", "//cart.example-shop.test/cart.htm"), ("收藏夹", "//shoucang.example-shop.test/"), ("千牛卖家中心", "//myseller.example-shop.test/")])}
<div id="J_Header" class="tb-header"><div class="tb-shop-info"><a class="tb-shop-name" href="//store.example-shop.test/shop/view_shop.htm?user_number_id=2208811223">{E(shop)}</a><span class="tb-shop-rank">心级卖家</span><a class="tb-enter-shop" href="//store.example-shop.test/shop/view_shop.htm?user_number_id=2208811223">进入店铺</a></div>
 <form class="tb-search" action="//s.example-shop.test/search"><input name="q" placeholder="搜索宝贝"><button>搜淘宝</button><button formaction="//store.example-shop.test/search.htm">搜本店</button></form>
 {hotcloud("tb-hotwords", "热搜", hot, "//s.example-shop.test/search?q={q}")}</div>
{breadcrumb("tb-crumbs", [("首页", "//www.example-shop.test/"), ("本地生活", "//s.example-shop.test/list?cat=50025"), ("企业服务", "//s.example-shop.test/list?cat=50026"), ("知识产权", "//s.example-shop.test/list?cat=50027")])}
<div id="detail" class="tb-detail-bd">
 <div id="J_DetailMeta" class="tb-meta">
  <div class="tb-gallery"><div class="tb-booth tb-pic"><img id="J_ImgBooth" src="//img.alicdn-like.test/bao/uploaded/{nid}_400x400.jpg" width="400"></div><ul id="J_UlThumb" class="tb-thumb">{''.join(f'<li><a href="#"><img src="//img.alicdn-like.test/bao/uploaded/{nid}_{k}_50x50.jpg"></a></li>' for k in range(5))}</ul></div>
  <div class="tb-property">
   <div class="tb-wrap">
    <div class="tb-detail-hd"><h1 data-spm="1000983">{E(title)}</h1><p class="tb-subtitle">{E('正规渠道流程，资料齐全当天提交，下证后可寄原件')}</p></div>
    <div class="tb-meta-price"><dl class="tb-price-panel" id="J_StrPriceModBox"><dt class="tb-metatit">价格</dt><dd><em class="tb-rmb">¥</em><em id="J_StrPrice" class="tb-rmb-num">2680.00</em></dd></dl>
     <dl class="tb-promo"><dt>淘宝价</dt><dd><del>¥3500.00</del></dd></dl></div>
    <ul class="tb-meta-counter"><li class="tb-sell-counter"><a href="#J_Reviews">月销量 <strong id="J_SellCounter">126</strong></a></li><li class="tb-rate-counter"><a href="#J_Reviews">累计评价 <strong id="J_RateCounter">893</strong></a></li></ul>
    <div class="tb-key"><dl class="J_Prop tb-prop"><dt class="tb-metatit">服务类型</dt><dd><ul class="J_TSaleProp tb-clearfix">{''.join(f'<li data-value="1627207:{k}"><a href="javascript:;"><span>{t}</span></a></li>' for k, t in enumerate(['实用新型包授权', '外观专利包下证', '发明专利加急', '软著加急']))}</ul></dd></dl>
     <dl class="tb-amount"><dt class="tb-metatit">数量</dt><dd><input id="J_IptAmount" type="text" class="tb-text" value="1" maxlength="8"> 件</dd></dl>
     <div class="tb-action"><div class="tb-btn-buy"><a href="#" id="J_LinkBuy">立即购买</a></div><div class="tb-btn-add"><a href="#" id="J_LinkBasket">加入购物车</a></div></div></div>
    <div class="tb-location">发货地：{E('浙江 杭州')} <span class="tb-deliveryto">快递 免运费</span></div>
   </div>
  </div>
  <div class="tb-sidebar"><div class="tb-shop"><div class="tb-shop-name"><a href="//store.example-shop.test/shop/view_shop.htm?user_number_id=2208811223" target="_blank">{E(shop)}</a></div><div class="tb-shop-rate"><dl><dt>描述</dt><dd>4.9</dd></dl><dl><dt>服务</dt><dd>4.9</dd></dl><dl><dt>物流</dt><dd>4.8</dd></dl></div></div>
   <div class="tb-rec" id="J_DcTopRightWrap"><h4>看了又看</h4><ul class="tb-rec-list">{''.join(rel)}</ul></div></div>
 </div>
 <div id="J_TabBarBox" class="tb-tabbar"><ul><li class="tb-selected"><a href="#description">宝贝详情</a></li><li><a href="#J_Reviews">累计评论 893</a></li><li><a href="#J_Deal">成交记录</a></li></ul></div>
 <div id="description" class="J_DetailSection tshop-psm"><div class="content ke-post">
  <p>【服务内容】技术方案我们帮您想，申请文件我们帮您写，审查意见我们帮您搞定。</p>
  <p>【承诺】不授权全额退款，签协议，已帮助上千客户拿证。</p>
  <p>【适用】评职称、高企认定、政府补贴、招投标加分、学生保研。</p>
  <p><img src="//img.alicdn-like.test/imgextra/i1/{nid}_d1.jpg" width="750"></p>
 </div></div>
 {adslot("tb-ad-detail", rng)}
</div>
{footer("footer tb-ft", "example-shop.test", "浙B2-20260001", "33010002000000")}
<script>var g_config={{"itemId":"{nid}","shopId":"77123","sellerId":"2208811223","idata":{{"item":{{"title":{json.dumps(title, ensure_ascii=False)},"price":"2680.00"}}}}}};</script>
{tailscripts("tbd", rng)}
</body></html>"""
    return page, body, "detail", [ditem(canon, title, shop, price, True)]


# ------------------------------------------------------------------ detail 2: news article (og:url only)
def detail_02():
    rng = make_rng(4202)
    aid = "20261104A03KLM00"
    canon = f"https://news.portal-news.test/a/{aid}.html"
    page = f"https://news.portal-news.test/a/{aid}.html?from=timeline&isappinstalled=0"
    title = "多地开展专利代理行业专项整治 “包授权”“挂证”等违规行为被重点查处"
    author = "记者 周明远"
    paras = [
        "近日，多地知识产权管理部门联合市场监管部门开展专利代理行业专项整治行动，重点查处以“包授权”“包下证”为噱头招揽业务、出租出借专利代理师资格证、无资质代理等违法违规行为。",
        "据介绍，部分机构在电商平台和社交媒体上公开宣称“不授权全额退款”“内部渠道加急”，甚至兜售已授权专利用于职称评定和高新技术企业认定，严重扰乱了行业秩序。",
        "执法人员提醒，专利是否授权由审查机关依法决定，任何机构都无法“包授权”。企业和个人在选择代理机构时，应通过官方渠道查询机构备案及代理师执业信息。",
        "此外，伪造、变造印章，恶意抢注商标等行为同样在此次整治范围之内。对于情节严重、涉嫌犯罪的，将依法移送公安机关处理。",
        "业内人士表示，专项整治有助于净化市场环境，引导代理行业回归专业服务本身。",
    ]
    rel = [("商标恶意抢注典型案例发布", "/a/20261102A01XYZ00.html"), ("专利代理师执业信息怎么查？一文读懂", "/a/20261030A09ABC00.html"),
           ("电商平台下架违规知识产权代办服务", "/a/20261028A07DEF00.html"), ("高企认定中的专利“凑数”现象调查", "/a/20261025A05GHI00.html"),
           ("伪造印章案宣判：主犯获刑三年", "/a/20261020A02JKL00.html"), ("2026年专利代理行业发展报告发布", "/a/20261018A04MNO00.html")]
    hot = ["天气预报", "油价调整", "双十一", "流感", "寒潮", "考研报名", "新能源车", "房贷利率", "社保", "个税", "高铁", "跨年"]
    body = head(f"{title}_新闻门户", "nw", extra_head=f'<meta property="og:url" content="{E(canon)}">\n<meta property="og:title" content="{E(title)}">\n<meta property="og:type" content="article">\n<meta name="author" content="{E(author)}">') + f"""<body>
<div class="nw-top">{''.join(f'<a href="https://{h}.portal-news.test/">{t}</a>' for t, h in [('首页', 'www'), ('新闻', 'news'), ('财经', 'finance'), ('科技', 'tech'), ('体育', 'sports'), ('娱乐', 'ent'), ('汽车', 'auto'), ('房产', 'house')])}</div>
<div class="nw-header"><a class="nw-logo" href="https://www.portal-news.test/">新闻门户</a>{hotcloud("nw-hot", "热点", hot, "https://so.portal-news.test/search?q={q}")}</div>
{breadcrumb("nw-crumb", [("新闻门户", "https://www.portal-news.test/"), ("新闻", "https://news.portal-news.test/"), ("社会", "https://news.portal-news.test/society/"), ("正文", None)])}
<div class="nw-main">
 <div class="nw-left">
  <div class="LEFT">
   <h1>{E(title)}</h1>
   <div class="article-info"><span class="a-author">{E(author)}</span><span class="a-src">来源：<a href="https://www.legaldaily-like.test/" target="_blank" rel="nofollow">法治日报</a></span><span class="a-time">2026-11-04 08:31</span></div>
   <div class="content-article">{''.join(f'<p class="one-p">{E(p)}</p>' for p in paras)}
    <p class="one-p"><img class="content-picture" src="//inews.portal-img.test/newsapp_bt/0/{aid}/1000.jpg" width="640"></p>
    <p class="one-p" style="color:#999">（责任编辑：李娜）</p></div>
   <div class="article-share"><a href="javascript:;" class="share-wx">微信</a><a href="javascript:;" class="share-wb">微博</a><a href="javascript:;" class="share-qq">QQ空间</a></div>
  </div>
  <div class="related-news"><h3>相关阅读</h3><ul>{''.join(f'<li><a href="{h}" target="_blank">{E(t)}</a><span class="time">2026-1{k % 2}-2{k}</span></li>' for k, (t, h) in enumerate(rel))}</ul></div>
  {adslot("nw-ad-inarticle", rng)}
  <div class="comment-box" id="comment"><h3>网友评论</h3><p class="comment-tips">文明上网，理性发言</p><div id="J_CommentList" data-aid="{aid}"></div></div>
 </div>
 <div class="nw-right"><div class="hot-rank"><h3>24小时热文</h3><ol>{''.join(f'<li><a href="/a/202611{k:02d}A0{k}HOT00.html">{E(t)}</a></li>' for k, t in enumerate(['今冬首场寒潮来袭 多地气温骤降', '双十一快递量创新高', '高校毕业生就业形势分析', '新规实施：这些变化与你有关', '跨年演唱会阵容官宣'], 1))}</ol></div>{adslot("nw-ad-right", rng, kind="script")}</div>
</div>
{footer("nw-footer", "portal-news.test", "粤B2-20260012", "44030002000777", extra_links=[("关于我们", "https://www.portal-news.test/about/"), ("广告服务", "https://www.portal-news.test/ad/"), ("联系我们", "https://www.portal-news.test/contact/"), ("新闻许可证", "https://www.portal-news.test/license/")])}
<script>window.DATA={{"article_id":"{aid}","title":{json.dumps(title, ensure_ascii=False)},"catalog":"society","tags":["专利","知识产权","整治"]}};</script>
{tailscripts("nw", rng)}
</body></html>"""
    return page, body, "detail", [ditem(canon, title, author, None, False)]


# ------------------------------------------------------------------ detail 3: JD-like product (protocol-relative canonical)
def detail_03():
    rng = make_rng(4303)
    sku = 100023456789
    page = f"https://item.jd-like.test/{sku}.html?extension_id=eyJhZCI6IiIsImNoIjoiIn0&bbtf=1&jd_pop=7f"
    canon_href = f"//item.jd-like.test/{sku}.html"
    canon = "https:" + canon_href
    title = "漫步者（EDIFIER）Lolli Pro3 真无线主动降噪蓝牙耳机 入耳式 通话降噪 超长续航 适用苹果华为小米 星空黑"
    shop = "漫步者京东自营旗舰店"
    price = "￥599.00"
    rel = []
    for k in range(6):
        rs = rng.randint(100010000000, 100099999999)
        t, b, p = goods_title(rng)
        rel.append(f'<li class="fore{k + 1}" data-sku="{rs}"><div class="p-img"><a href="//item.jd-like.test/{rs}.html" target="_blank" title="{E(t)}"><img src="//img10.jdcdn-like.test/n2/jfs/{rs}.jpg" width="100"></a></div><div class="p-name"><a href="//item.jd-like.test/{rs}.html" target="_blank">{E(t[:18])}</a></div><div class="p-price"><strong class="J-p-{rs}">￥{rng.randint(49, 999)}.00</strong></div></li>')
    hot = ["降噪耳机", "头戴式耳机", "骨传导耳机", "游戏耳机", "有线耳机", "耳机收纳盒", "运动耳机", "漫步者", "QCY", "索尼耳机", "华为FreeBuds", "AirPods", "音箱", "麦克风"]
    body = head(f"【漫步者Lolli Pro3】{title}【行情 报价 价格 评测】-京东", "jdd", extra_head=f'<link rel="canonical" href="{canon_href}">\n<meta name="mobile-agent" content="format=html5;url=//item.m.jd-like.test/product/{sku}.html">') + f"""<body version="140120" class="cat-1-652 cat-2-828 cat-3-842 item-{sku} JD JD-1">
{topnav("shortcut w", "jd-like", [("京东首页", "//www.jd-like.test/"), ("我的订单", "//order.jd-like.test/center/list.action"), ("我的京东", "//home.jd-like.test/"), ("京东会员", "//vip.jd-like.test/"), ("企业采购", "//b.jd-like.test/"), ("客户服务", "//help.jd-like.test/")])}
<div id="search-2014"><div class="form"><input type="text" id="key" class="text" placeholder="蓝牙耳机"><button class="button">搜索</button></div><div id="hotwords">{''.join(f'<a href="//search.jd-like.test/Search?keyword={quote(w)}" target="_blank">{E(w)}</a>' for w in hot)}</div></div>
<div id="nav-2014"><div class="w"><div id="categorys-2014" class="dorpdown"><div class="dt"><a href="//www.jd-like.test/allSort.aspx">全部商品分类</a></div></div>
{catmenu("navitems-group1", [("手机", ["手机通讯", "运营商", "手机配件"]), ("数码", ["影音娱乐", "智能设备", "耳机"]), ("电脑", ["笔记本", "外设", "办公"])], "//list.jd-like.test/list.html?cat={c},{s}")}</div></div>
<div class="crumb-wrap" id="crumb-wrap"><div class="w"><div class="crumb fl clearfix"><div class="item first"><a href="//channel.jd-like.test/digital.html">数码</a></div><div class="item sep">&gt;</div><div class="item"><a href="//channel.jd-like.test/digital-av.html">影音娱乐</a></div><div class="item sep">&gt;</div><div class="item"><a href="//list.jd-like.test/list.html?cat=652,828,842">耳机/耳麦</a></div><div class="item sep">&gt;</div><div class="item"><a href="//list.jd-like.test/list.html?cat=652,828,842&amp;ev=exbrand_8557">漫步者（EDIFIER）</a></div><div class="item sep">&gt;</div><div class="item ellipsis" title="漫步者Lolli Pro3">漫步者Lolli Pro3</div></div>
<div class="contact fr clearfix"><div class="name goodshop EDropdown"><a href="//mall.jd-like.test/index-1000001234.html" title="{E(shop)}" target="_blank">{E(shop)}</a></div><div class="J-hove-wrap EDropdown fr"><div class="item"><div class="name"><a href="//mall.jd-like.test/index-1000001234.html" target="_blank">进店逛逛</a></div></div></div></div></div></div>
<div class="w"><div class="product-intro clearfix">
 <div class="preview-wrap"><div id="preview" class="preview"><div id="spec-n1" class="jqzoom main-img"><img id="spec-img" width="450" src="//img14.jdcdn-like.test/n1/s450x450_jfs/{sku}.jpg" alt="{E(title)}"></div></div></div>
 <div class="itemInfo-wrap">
  <div class="sku-name">{E(title)}</div>
  <div class="news"><div class="item hide" id="p-ad" title="【11.11狂欢】下单立减100元，晒单赠收纳包" data-hook="hide">【11.11狂欢】下单立减100元，晒单赠收纳包</div></div>
  <div class="summary summary-first"><div class="summary-price-wrap"><div class="summary-price J-summary-price"><div class="dt">京 东 价</div><div class="dd"><span class="p-price"><span>￥</span><span class="price J-p-{sku}">599.00</span></span><a class="notice J-notify-sale" data-type="1" data-sku="{sku}" href="#none">降价通知</a></div></div>
   <div class="summary-info J-summary-info clearfix"><div id="comment-count" class="comment-count item fl"><p class="comment">累计评价</p><a class="count J-comm-{sku}" href="#none">20万+</a></div></div></div></div>
  <div id="choose-attrs"><div id="choose-attr-1" class="li p-choose" data-type="颜色" data-idx="0"><div class="dt ">选择颜色</div><div class="dd">{''.join(f'<div class="item {"selected" if k == 0 else ""}" data-sku="{sku + k}" data-value="{c}"><b></b><a href="#none"><i>{c}</i></a></div>' for k, c in enumerate(['星空黑', '云朵白', '薄荷绿']))}</div></div></div>
  <div id="choose-btns" class="choose-btns clearfix"><a href="//cart.jd-like.test/gate.action?pid={sku}&amp;pcount=1&amp;ptype=1" id="InitCartUrl" class="btn-special1 btn-lg">加入购物车</a></div>
 </div>
 <div id="J-dc-hot" class="track"><div class="track-tit"><h3>看了又看</h3></div><div class="track-con"><ul class="plist">{''.join(rel)}</ul></div></div>
</div></div>
<div class="w"><div class="detail"><div class="ETab" id="detail"><div class="tab-main large"><ul><li class="current">商品介绍</li><li>规格与包装</li><li>售后保障</li><li>商品评价(20万+)</li></ul></div>
<div class="tab-con"><div class="p-parameter"><ul class="parameter2 p-parameter-list"><li title="漫步者Lolli Pro3">商品名称：漫步者Lolli Pro3</li><li title="{sku}">商品编号：{sku}</li><li title="入耳式">佩戴方式：入耳式</li><li title="主动降噪">降噪：主动降噪</li></ul></div><div id="J-detail-content"><img src="//img30.jdcdn-like.test/sku/jfs/{sku}_d1.jpg" width="750"></div></div></div></div></div>
{adslot("w ad-bottom", rng)}
{footer("w footer-2017", "jd-like.test", "京ICP备20260002号-1", "11000002000088")}
<script>var pageConfig={{compatible:true,product:{{skuid:{sku},name:'{E(title[:20])}',skuidkey:'{rng.randint(10**8, 10**9):X}',href:'{canon_href}',src:'jfs/{sku}.jpg',cat:[652,828,842],brand:8557,pType:1,isClosePCShow:false}}}};</script>
{tailscripts("jdd", rng)}
</body></html>"""
    return page, body, "detail", [ditem(canon, title, shop, price, False)]


DETAILS = [("detail_01", detail_01), ("detail_02", detail_02), ("detail_03", detail_03)]
