# -*- coding: utf-8 -*-
import re
from urllib.parse import quote
from common import *


def hl(text, words, o, c):
    """wrap occurrences of words with o/c (text is escaped)."""
    words = [w for w in words if w]
    if not words:
        return E(text)
    pat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    out, last = [], 0
    for m in pat.finditer(text):
        out.append(E(text[last:m.start()]))
        out.append(o + E(m.group(0)) + c)
        last = m.end()
    out.append(E(text[last:]))
    return "".join(out)


def listing(rng, spam, ipmix=0.5, secondhand=False):
    """returns dict with title, brand, seller, price float, ip flag"""
    if spam:
        t = rng.choice(ILLEGAL_IP)
        return dict(title=t, seller=shop_name(rng, ip=True), p=rng.choice([99, 199, 299, 880, 1280, 1500, 2680, 3800, 5000, 6999]), ip=True)
    if rng.random() < ipmix:
        t = rng.choice(LEGIT_IP)
        return dict(title=t, seller=shop_name(rng, ip=True), p=rng.choice([300, 450, 680, 800, 1200, 1880, 2500, 58, 79]), ip=False)
    t, b, prod = goods_title(rng)
    if secondhand:
        t = rng.choice(SECONDHAND) + " " + t
    return dict(title=t, seller=shop_name(rng, brand=b), p=round(rng.choice([19.9, 29.9, 39, 59, 89, 99, 129, 168, 199, 269, 349, 499, 899, 1280, 1599]) * rng.choice([1, 1, 1, 0.9]), 2), ip=False)


def uniq_ids(rng, n, lo, hi):
    s = set()
    while len(s) < n:
        s.add(rng.randint(lo, hi))
    return list(s)


def money(p, fmt):
    if fmt == "yen2":
        return f"¥ {p:,.2f}"
    if fmt == "yuan":
        return f"{int(round(p))}元"
    if fmt == "qi":
        return f"￥{p:g}起"
    if fmt == "fw":
        return f"￥{p:.2f}"
    return f"¥{p:g}"


def mkitem(url, title, seller, price, ip):
    return dict(url=url, title=title, seller=seller, price=price, floor=None, ip_solicit=ip)


def recstrip(cls, rng, hreffmt, n=5, head="猜你喜欢"):
    cells = []
    for i in range(n):
        t, b, p = goods_title(rng)
        cells.append(f'<li><a href="{E(hreffmt.format(id=rng.randint(10**5, 10**6)))}" title="{E(t)}"><img src="//img.static-cdn.test/r/{i}.jpg" width="80"><p>{E(t[:12])}</p></a><em>¥{rng.randint(9, 300)}</em></li>')
    return f'<div class="{cls}"><h3>{head}</h3><ul>{"".join(cells)}</ul></div>\n'


# ------------------------------------------------------------------ shop 1: taobao-like div grid
def shop_01():
    rng = make_rng(101)
    q = "专利"
    page = "https://s.example-shop.test/search?q=专利"
    n = 24
    spam = pick_spam_positions(rng, n)
    ids = uniq_ids(rng, n, 600000000000, 799999999999)
    items, cells = [], []
    for i in range(n):
        L = listing(rng, i in spam, ipmix=0.7)
        nid = ids[i]
        real = f"https://item.example-shop.test/item.htm?id={nid}"
        redirect = (i % 7 == 3)
        if redirect:
            tok = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(48))
            href = f"/link?url={tok}"
            extra = f' data-url="{E(real)}"'
        else:
            href = f"//item.example-shop.test/item.htm?id={nid}"
            extra = ""
        uid = rng.randint(10**8, 10**9)
        shref = f"//store.example-shop.test/shop/view_shop.htm?user_number_id={uid}"
        price = f"¥{L['p']:.2f}"
        sales = rng.choice(["300+人付款", "1万+人付款", "56人付款", "2000+人付款", "9人付款", "100+人付款"])
        loc = rng.choice(LOCATIONS)
        th = hl(L["title"], [q, "授权", "商标"], '<span class="H">', "</span>")
        cells.append(f"""
    <div class="item J_MouserOnverReq{' item-ad' if redirect else ''}" data-category="auctions" data-index="{i}" data-nid="{nid}">
      <div class="pic-box J_MouseEneterLeave J_PicBox">
        <div class="pic"><a class="pic-link J_ClickStat" href="{E(href)}"{extra} target="_blank" data-nid="{nid}" trace="msrp_auction"><img class="J_ItemPic img" src="//img.alicdn-like.test/bao/uploaded/i{i%4}/{nid}.jpg_180x180.jpg" alt="{E(L['title'])}"></a></div>
      </div>
      <div class="ctx-box J_MouseEneterLeave J_IconMoreNew">
        <div class="row row-1 g-clearfix">
          <div class="price g_price g_price-highlight"><span>¥</span><strong>{L['p']:.2f}</strong></div>
          <div class="deal-cnt">{sales}</div>
        </div>
        <div class="row row-2 title">
          <a id="J_Itemlist_TLink_{nid}" class="J_ClickStat" data-nid="{nid}" href="{E(href)}"{extra} target="_blank">{th}</a>
        </div>
        <div class="row row-3 g-clearfix">
          <div class="shop"><a class="shopname J_MouseEneterLeave J_ShopInfo" data-userid="{uid}" href="{E(shref)}" target="_blank"><span class="dsrs"><span class="dsr"></span></span><span>{E(L['seller'])}</span></a></div>
          <div class="location">{E(loc)}</div>
        </div>
        {'<div class="row row-4"><span class="icon-ad">广告</span></div>' if redirect else ''}
      </div>
    </div>""")
        items.append(mkitem(real, L["title"], L["seller"], price, L["ip"]))
    hot = ["专利申请", "商标注册", "软著", "外观专利", "发明专利", "知识产权", "专利转让", "商标转让", "版权登记", "专利检索", "高企认定", "代理记账", "营业执照", "公司注册"]
    body = head("专利_淘宝搜索", "tb", keywords="专利,淘宝") + f"""<body class="search-page" data-spm="a230r">
{topnav("site-nav", "example-shop", [("淘宝网首页", "//www.example-shop.test/"), ("我的淘宝", "//i.example-shop.test/my"), ("购物车", "//cart.example-shop.test/cart.htm"), ("收藏夹", "//shoucang.example-shop.test/"), ("商品分类", "//www.example-shop.test/tbhome/page/market-list"), ("千牛卖家中心", "//myseller.example-shop.test/"), ("联系客服", "//consumerservice.example-shop.test/")])}
<div id="header" class="tb-hd">
  <a class="logo" href="//www.example-shop.test/"><img src="//img.static-cdn.test/tb/logo.png" alt="淘宝网"></a>
  <form id="J_SearchForm" action="//s.example-shop.test/search"><input name="q" value="{q}" class="search-combobox-input"><button type="submit">搜索</button></form>
  {hotcloud("search-hots-lines", "热搜", hot, "//s.example-shop.test/search?q={q}")}
</div>
<div id="main" class="tb-wrap">
  <div class="m-sortbar"><a class="sort active" href="#">综合排序</a><a class="sort" href="?q={quote(q)}&amp;sort=sale-desc">销量</a><a class="sort" href="?q={quote(q)}&amp;sort=credit-desc">信用</a><a class="sort" href="?q={quote(q)}&amp;sort=price-asc">价格</a></div>
  <div class="m-nav">{catmenu("cat-nav", [("企业服务", ["知识产权", "工商注册", "财税"]), ("图书", ["法律", "考试", "教材"]), ("办公", ["文具", "打印"])], "//s.example-shop.test/list?cat={c}{s}")}</div>
  {adslot("tb-ad tb-ad-top", rng)}
  <div class="m-itemlist" id="mainsrp-itemlist">
   <div class="grid g-clearfix">
    <div class="items" data-spm="a230r.1.14">{''.join(cells)}
    </div>
   </div>
  </div>
  {pagination("m-page g-clearfix", 1, 100, "//s.example-shop.test/search?q=" + quote(q) + "&s={p}")}
  {recstrip("m-p4p-bottom", rng, "//item.example-shop.test/item.htm?id={id}", 6, "掌柜热卖")}
</div>
{footer("footer tb-ft", "example-shop.test", "浙B2-20260001", "33010002000000")}
{tailscripts("tb", rng, {"pageName": "mainsrp", "q": q})}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ shop 2: JD-like ul/li
def shop_02():
    rng = make_rng(202)
    q = "蓝牙耳机"
    page = "https://search.jd-like.test/Search?keyword=蓝牙耳机&enc=utf-8"
    n = 30
    spam = pick_spam_positions(rng, n, 0.17)
    skus = uniq_ids(rng, n, 100010000000, 100099999999)
    items, lis = [], []
    for i in range(n):
        if i in spam:
            L = listing(rng, True)
        else:
            t, b, prod = goods_title(rng)
            want = "蓝牙耳机" if rng.random() < 0.8 else rng.choice(["充电宝", "手机壳", "机械键盘"])
            while prod != want:
                t, b, prod = goods_title(rng)
            L = dict(title=t, seller=shop_name(rng, brand=b), p=rng.choice([79, 99, 129, 149, 199, 299, 399, 699, 1299]), ip=False)
        sku = skus[i]
        href = f"//item.jd-like.test/{sku}.html"
        real = "https:" + href
        price = f"￥{L['p']:.2f}"
        trunc = (i % 5 == 1) and len(L["title"]) > 18
        vis = L["title"][:16] + "..." if trunc else L["title"]
        em = hl(vis, ["蓝牙", "耳机", "专利"], '<font class="skcolor_ljg">', "</font>")
        mid = rng.randint(1000000, 1999999)
        shref = f"//mall.jd-like.test/index-{mid}.html?from=pc"
        cmt = rng.choice(["2万+", "5000+", "100+", "50万+", "1000+", "20+"])
        tags = '<i class="goods-icons J-picon-tips" data-tips="京东自营">自营</i>' if "旗舰" in L["seller"] else ""
        lis.append(f"""
<li data-sku="{sku}" data-spu="{sku - rng.randint(1, 99)}" ware-type="10" class="gl-item">
	<div class="gl-i-wrap">
		<div class="p-img">
			<a target="_blank" title="{E(L['title'])}" href="{E(href)}" onclick="searchlog(1,'{sku}','{i}','2','','flagsClk=1614811784')"><img width="220" height="220" data-img="1" data-lazy-img="//img10.jdcdn-like.test/n7/jfs/t1/{sku}.jpg"></a>
		</div>
		<div class="p-price"><strong class="J_{sku}" data-done="1"><em>￥</em><i data-price="{sku}">{L['p']:.2f}</i></strong></div>
		<div class="p-name p-name-type-2">
			<a target="_blank" title="{E(L['title'])}" href="{E(href)}" onclick="searchlog(1,'{sku}','{i}','1','','flagsClk=1614811784')"><em>{em}</em><i class="promo-words" id="J_AD_{sku}">{E(rng.choice(['限时优惠', '', '领券立减20', '新品上市']))}</i></a>
		</div>
		<div class="p-commit"><strong><a id="J_comment_{sku}" target="_blank" href="{E(href)}#comment">{cmt}</a>条评价</strong></div>
		<div class="p-shop" data-dongdong="" data-selfware="1" data-score="5" data-reputation="97">
			<span class="J_im_icon"><a target="_blank" class="curr-shop hd-shopname" onclick="searchlog(1,'{mid}',0,58)" href="{E(shref)}" title="{E(L['seller'])}">{E(L['seller'])}</a><b class="im-01" title="联系客服"></b></span>
		</div>
		<div class="p-icons" id="J_pro_{sku}">{tags}</div>
	</div>
</li>""")
        items.append(mkitem(real, L["title"], L["seller"], price, L["ip"]))
    hot = ["降噪耳机", "头戴式耳机", "骨传导耳机", "游戏耳机", "有线耳机", "耳机收纳盒", "运动耳机", "漫步者", "QCY", "索尼耳机", "华为FreeBuds", "AirPods"]
    body = head("蓝牙耳机 - 商品搜索 - 京东", "jd", keywords="蓝牙耳机") + f"""<body>
<!--shortcut start-->
{topnav("shortcut w", "jd-like", [("京东首页", "//www.jd-like.test/"), ("我的订单", "//order.jd-like.test/center/list.action"), ("我的京东", "//home.jd-like.test/"), ("京东会员", "//vip.jd-like.test/"), ("企业采购", "//b.jd-like.test/"), ("客户服务", "//help.jd-like.test/"), ("网站导航", "//www.jd-like.test/allSort.aspx")], tag="div")}
<!--shortcut end-->
<div id="search-2014"><ul id="shelper" class="hide"></ul><div class="form"><input type="text" id="key" value="{q}" class="text"><button class="button">搜索</button></div>
 <div id="hotwords">{''.join(f'<a href="//search.jd-like.test/Search?keyword={quote(w)}" target="_blank">{E(w)}</a>' for w in hot)}</div></div>
<div id="navitems-group1" class="navitems"><ul>{''.join(f'<li class="fore{k}"><a href="//{h}.jd-like.test/">{t}</a></li>' for k, (t, h) in enumerate([('秒杀', 'miaosha'), ('优惠券', 'a'), ('PLUS会员', 'plus'), ('品牌闪购', 'red'), ('拍卖', 'paimai'), ('京东超市', 'chaoshi')]))}</ul></div>
{breadcrumb("crumbs-nav", [("全部结果", "//search.jd-like.test/"), ("手机", "//list.jd-like.test/list.html?cat=9987"), ("手机耳机", "//list.jd-like.test/list.html?cat=9987,11,1234"), ("“蓝牙耳机”", None)])}
<div id="J_selector" class="selector"><div class="sl-wrap"><div class="sl-key">品牌：</div><div class="sl-value"><ul class="J_valueList">{''.join(f'<li><a href="/Search?keyword={quote(q)}&amp;ev=exbrand_{quote(b)}" title="{b}"><i></i>{b}</a></li>' for b in ['漫步者', '倍思', 'QCY', '小米', '华为', '索尼', 'JBL', '韶音'])}</ul></div></div></div>
<div id="J_main" class="g-main2">
 <div class="m-list"><div class="ml-wrap">
  <div id="J_filter" class="filter"><div class="f-sort"><a class="curr" href="javascript:;">综合</a><a href="javascript:;">销量</a><a href="javascript:;">评论数</a><a href="javascript:;">新品</a><a href="javascript:;">价格</a></div></div>
  <div id="J_goodsList" class="goods-list-v2 gl-type-3 J-goods-list">
   <ul class="gl-warp clearfix" data-tpl="3">{''.join(lis)}
   </ul>
  </div>
  <div class="page clearfix"><div id="J_bottomPage" class="p-wrap"><span class="p-num"><a class="pn-prev disabled"><i>&lt;</i><em>上一页</em></a><a href="javascript:;" class="curr">1</a><a href="?keyword={quote(q)}&amp;page=3">2</a><a href="?keyword={quote(q)}&amp;page=5">3</a><a href="?keyword={quote(q)}&amp;page=7">4</a><b class="pn-break">...</b><a class="pn-next" href="?keyword={quote(q)}&amp;page=3"><em>下一页</em><i>&gt;</i></a></span><span class="p-skip"><em>共<b>100</b>页</em></span></div></div>
 </div></div>
 <div id="J_promGoodsWrap_292" class="m-aside"><div class="mt"><h3>商品精选</h3><span class="ec-ad">广告</span></div><div class="mc"><ul class="mc-list">{''.join(f'<li class="mc-item"><a href="//ccc-x.jd-like.test/dsp/nc?ext=aHR0c{k}" target="_blank"><img src="//img.jdcdn-like.test/ad{k}.jpg"><div class="p-name">{E(goods_title(rng)[0][:14])}</div><div class="p-price">￥{rng.randint(50, 400)}.00</div></a></li>' for k in range(4))}</ul></div></div>
</div>
{footer("w footer-2017", "jd-like.test", "京ICP备20260002号-1", "11000002000088", tag="div")}
{tailscripts("jd", rng, {"keyword": q, "page": 1})}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ shop 3: B2B table layout
def shop_03():
    rng = make_rng(303)
    page = "https://www.b2b-trade.test/search/offer.html?keywords=%E5%95%86%E6%A0%87"
    n = 18
    spam = pick_spam_positions(rng, n, 0.22)
    gids = uniq_ids(rng, n, 1000, 99999)
    items, rows = [], []
    for i in range(n):
        L = listing(rng, i in spam, ipmix=0.8)
        gid = gids[i]
        href = f"/goods/{gid}.html"
        real = absu(page, href)
        slug = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(rng.randint(4, 8)))
        shref = f"/shop/{slug}"
        price = money(L["p"], "yuan")
        loc = rng.choice(LOCATIONS)
        yrs = rng.randint(1, 12)
        rows.append(f"""
      <tr class="{'odd' if i % 2 else 'even'}" onmouseover="this.className+=' hover'" onmouseout="this.className=this.className.replace(' hover','')">
        <td class="c-pic" width="110"><a href="{href}" target="_blank"><img src="https://img.b2b-trade.test/offer/{gid}_100x100.jpg" width="100" height="100" alt=""></a></td>
        <td class="c-info">
          <h2><a href="{href}" target="_blank" class="c-title">{hl(L['title'], ['商标'], '<span class=hl>', '</span>')}</a></h2>
          <p class="c-desc">{E(rng.choice(['支持定制，量大从优。', '诚信通会员，实地认证。', '全国可办，资料齐全。', '发货快，售后有保障。']))}</p>
          <p class="c-tags"><span>诚信通{yrs}年</span><span>{E(rng.choice(['实力商家', '源头工厂', '深度验厂', '']))}</span></p>
        </td>
        <td class="c-price" align="center"><font color="#ff6600"><b>{price}</b></font><br><span class="unit">起订量≥1件</span></td>
        <td class="c-company"><a href="{shref}" target="_blank" title="{E(L['seller'])}">{E(L['seller'])}</a><br><span class="c-loc">{E(loc)}</span></td>
        <td class="c-op" align="center"><a href="/inquiry/post.html?gid={gid}" class="btn-inquiry" rel="nofollow">询价</a><br><a href="javascript:void(0)" class="btn-fav" data-gid="{gid}">收藏</a></td>
      </tr>""")
        if i in (5, 11):
            rows.append('\n      <tr class="sep"><td colspan="5" style="height:8px;border-bottom:1px dashed #ddd"></td></tr>')
        items.append(mkitem(real, L["title"], L["seller"], price, L["ip"]))
    hot = ["商标转让", "商标注册", "专利申请", "外观专利", "软件著作权", "版权登记", "高新认定", "ISO认证", "条形码申请", "3C认证", "食品经营许可", "营业执照代办", "品牌授权", "logo设计", "VI设计"]
    body = head("商标 - 供应信息 - 商贸通B2B", "b2b") + f"""<body bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="topbar"><tr>
 <td class="topbar-l">欢迎来到商贸通！<a href="/member/login.html">[请登录]</a> <a href="/member/register.html">[免费注册]</a></td>
 <td class="topbar-r" align="right"><a href="/">首页</a> | <a href="/buy/">求购</a> | <a href="/company/">公司库</a> | <a href="/news/">资讯</a> | <a href="/expo/">展会</a> | <a href="/help/">帮助</a></td>
</tr></table>
<div class="b2b-logo-search"><a href="/"><img src="https://img.b2b-trade.test/logo.gif"></a>
<form action="/search/offer.html" method="get"><select name="t"><option>产品</option><option>公司</option><option>求购</option></select><input name="keywords" value="商标"><input type="submit" value="搜 索"></form>
{hotcloud("b2b-hotword", "大家都在搜", hot, "/search/offer.html?keywords={q}")}
</div>
<table width="1200" align="center" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="210" valign="top" class="leftcol">
  <div class="box"><div class="box-t">行业分类</div>
  {catmenu("b2b-cat", [("商务服务", ["知识产权", "认证服务", "广告设计", "法律咨询"]), ("办公文教", ["办公用品", "印刷", "纸张"]), ("电子电工", ["电源", "线材", "开关"])], "/list/{c}-{s}.html")}
  </div>
  {adslot("b2b-ad-left", rng, kind="script")}
</td>
<td valign="top" class="maincol">
  {breadcrumb("b2b-crumb", [("首页", "/"), ("供应", "/sell/"), ("商务服务", "/list/0-0.html"), ("商标", None)], sep="&raquo;")}
  <div class="result-tip">共找到 <b>3,126</b> 条“<font color="red">商标</font>”相关供应信息</div>
  <table class="offer-table" width="100%" border="0" cellspacing="0" cellpadding="6">
    <thead><tr class="th"><th>图片</th><th>产品信息</th><th>价格</th><th>供应商</th><th>操作</th></tr></thead>
    <tbody>{''.join(rows)}
    </tbody>
  </table>
  {pagination("b2b-pages", 1, 40, "/search/offer.html?keywords=%E5%95%86%E6%A0%87&page={p}")}
</td></tr></table>
<div class="b2b-links"><b>友情链接：</b>{' '.join(f'<a href="https://{h}.test/" target="_blank">{t}</a>' for t, h in [('机械网', 'jixie-net'), ('化工网', 'huagong-net'), ('纺织网', 'fangzhi-net'), ('建材网', 'jiancai-net'), ('五金网', 'wujin-net')])}</div>
{footer("b2b-foot", "b2b-trade.test", "粤ICP备20260003号", "44030502000123")}
{tailscripts("b2b", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ shop 4: Xianyu-like hashed css-module cards
def shop_04():
    rng = make_rng(404)
    page = "https://www.goofish-like.test/search?q=%E4%B9%9D%E6%88%90%E6%96%B0&spm=a21ybx.search.searchInput.0"
    n = 20
    spam = pick_spam_positions(rng, n, 0.2)
    ids = uniq_ids(rng, n, 700000000000, 899999999999)
    H = lambda base: base + "--" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(8))
    c_wrap, c_item, c_main, c_title, c_price, c_num, c_user, c_loc, c_dec = [H(x) for x in ["feeds-list-container", "feeds-item-wrap", "feeds-content", "row1-wrap-title", "price-wrap", "number", "seller-text", "row4-wrap-seller", "price-desc"]]
    items, cards = [], []
    for i in range(n):
        L = listing(rng, i in spam, ipmix=0.1, secondhand=True)
        iid = ids[i]
        href = f"https://www.goofish-like.test/item?id={iid}&categoryId={rng.randint(50000000, 59999999)}"
        uid = rng.randint(10**9, 4 * 10**9)
        sname = nick(rng) if not L["ip"] else L["seller"]
        shref = f"/personal?userId={uid}"
        p = L["p"]
        price_txt = f"¥{p:g}"
        want = rng.randint(1, 300)
        loc = rng.choice(LOCATIONS).replace(" ", "")
        cards.append(f"""
      <div class="{c_item}" data-item-id="{iid}" style="width:236px;margin:0 12px 16px 0;float:left">
        <div class="{c_main}">
          <div class="feeds-image-wrap" style="height:236px;overflow:hidden;border-radius:12px"><img class="feeds-image" src="//img.goofish-cdn.test/bao/uploaded/{iid}.jpg_300x300.jpg" loading="lazy"></div>
          <div class="{c_title}" style="margin-top:8px">
            <a class="main-title" href="{E(href)}" target="_blank" title="{E(L['title'])}" style="-webkit-line-clamp:2;display:-webkit-box;overflow:hidden">{E(L['title'])}</a>
          </div>
          <div class="row3-wrap-price" style="display:flex;align-items:baseline">
            <div class="{c_price}"><span class="sign" style="font-size:12px">¥</span><span class="{c_num}" style="font-size:20px;font-weight:600">{p:g}</span></div>
            <div class="{c_dec}" style="margin-left:6px;color:#999;font-size:12px">{want}人想要</div>
          </div>
          <div class="{c_loc}" style="display:flex;justify-content:space-between;font-size:12px;color:#666">
            <a class="{c_user}" href="{shref}" target="_blank"><img class="avatar" src="//img.goofish-cdn.test/avatar/{uid}.jpg" width="16" style="border-radius:50%"> {E(sname)}</a>
            <span class="seller-loc">{E(loc)}</span>
          </div>
        </div>
      </div>""")
        items.append(mkitem(href, L["title"], sname, price_txt, L["ip"]))
    hot = ["iPhone", "switch", "相机", "自行车", "电动车", "手办", "演唱会门票", "显卡", "吉他", "考研资料", "婴儿车", "空调", "冰箱", "猫粮"]
    cfg = {"searchParams": {"keyword": "九成新", "pageNumber": 1, "rowsPerPage": 30}, "tracker": "goofish-pc"}
    body = head("九成新_闲鱼搜索", "xy") + f"""<body>
<div id="root"><div class="app--Kw8Q2dLm">
 <header class="header--DpAhH0m3" style="position:sticky;top:0;z-index:10;background:#fff">
  <a class="logo--oTs1xqpA" href="/"><img src="//img.goofish-cdn.test/logo.png" height="32"></a>
  <div class="search--Tk5bq7ob"><input class="search-input--WY2l9QD3" value="九成新" placeholder="搜索闲置"><button class="search-icon--bewLHteU">搜索</button></div>
  <nav class="nav--p0Yc9rWx">{''.join(f'<a href="{h}">{t}</a>' for t, h in [('发闲置', '/publish'), ('消息', '/im'), ('我的', '/personal'), ('帮助', '/help')])}</nav>
 </header>
 <div class="tab-list--Lj9Ps0oN"><a class="tab-item--active" href="/search?q=%E4%B9%9D%E6%88%90%E6%96%B0">宝贝</a><a class="tab-item" href="/search?q=%E4%B9%9D%E6%88%90%E6%96%B0&amp;type=user">用户</a></div>
 {hotcloud("hot-words--Qz8mA2xR", "大家都在搜", hot, "/search?q={q}")}
 <div class="filter--s6Gk9PpS"><span>新发布</span><span>价格</span><span>区域</span><label><input type="checkbox"> 个人闲置</label><label><input type="checkbox"> 验货宝</label></div>
 <div class="{c_wrap}" style="overflow:hidden;padding:16px 0">{''.join(cards)}
 </div>
 <div class="search-pagination--xT3qLc4N"><button class="search-pagination-arrow-container--lt2kCP6J" disabled>&lt;</button><div class="search-pagination-page-box--AbqmJFFp search-pagination-page-box-active--ByG1bJdF">1</div><div class="search-pagination-page-box--AbqmJFFp">2</div><div class="search-pagination-page-box--AbqmJFFp">3</div><button class="search-pagination-arrow-container--lt2kCP6J">下一页 &gt;</button></div>
 <footer class="footer--z5D0hRWq" style="text-align:center;color:#999;font-size:12px"><p><a href="/about">关于闲鱼</a> · <a href="/rule">平台规则</a> · <a href="/privacy">隐私政策</a></p><p><a href="https://beian.miit-registry.test/">浙ICP备20260004号-2</a> <a href="http://www.beian.gongan-registry.test/">浙公网安备33010602011771号</a></p></footer>
</div></div>
<script>window.__INITIAL_STATE__={json.dumps(cfg, ensure_ascii=False)};</script>
{tailscripts("xy", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ shop 5: PDD mobile-like
def shop_05():
    rng = make_rng(505)
    page = "https://mobile.pdd-like.test/search_result.html?search_key=%E4%B8%93%E5%88%A9%E7%94%B3%E8%AF%B7&search_met=manual"
    n = 16
    spam = pick_spam_positions(rng, n, 0.25)
    gids = uniq_ids(rng, n, 1000, 99999)
    items, cells = [], []
    for i in range(n):
        L = listing(rng, i in spam, ipmix=0.6)
        gid = gids[i]
        href = f"/goods/{gid}.html"
        real = absu(page, href)
        mall = rng.randint(100000, 999999)
        shref = f"/mall_page.html?mall_id={mall}"
        p = L["p"] if L["p"] < 400 else round(L["p"] / 10, 1)
        qi = (i % 3 == 0)
        price_txt = f"￥{p:g}起" if qi else f"￥{p:g}"
        sold = rng.choice(["已拼10万+件", "已拼3.2万件", "已拼865件", "已拼1.1万件", "已拼58件"])
        trunc = len(L["title"]) > 20 and i % 2 == 0
        vis = L["title"][:18] + "..." if trunc else L["title"]
        inner = hl(vis, ["专利", "申请"], "<b>", "</b>")
        cells.append(f"""
   <div class="_3glhOBhU" data-goods-id="{gid}" data-index="{i}" data-track='{{"op":"impr","page_el_sn":99369,"goods_id":{gid}}}' style="width:50%;box-sizing:border-box;padding:4px;display:inline-block;vertical-align:top">
    <div class="_2Xi6N2PH">
     <div class="_1rWRbxv0" style="position:relative;padding-top:100%"><img src="https://img.pddpic-like.test/mms-material-img/{gid}.jpeg?imageView2/2/w/300/q/70/format/webp" style="position:absolute;top:0;left:0;width:100%"></div>
     <div class="_3ANzdjkc">
      <a class="_1HJvzYre" href="{href}" title="{E(L['title'])}"><span class="_2L0k3Ks6" style="font-size:14px;line-height:18px">{inner}</span></a>
      <div class="_3ztSNYKU"><span class="_2de1Elrp" style="color:#e02e24">{E(price_txt)}</span><span class="_2wAQ1Jo4" style="color:#9c9c9c;font-size:11px;margin-left:4px">{sold}</span></div>
      <div class="_2cT9VdPk"><a href="{shref}" class="_1W0mMWf2" style="color:#58595b;font-size:11px">{E(L['seller'])}</a><span class="_3BdVxn4g">进店&gt;</span></div>
     </div>
    </div>
   </div>""")
        items.append(mkitem(real, L["title"], L["seller"], price_txt, L["ip"]))
    hot = ["专利申请", "商标注册", "软著申请", "外观设计", "实用新型", "版权登记", "公司注册", "代理记账", "营业执照", "发票", "logo设计", "名片印刷"]
    body = head("专利申请 - 拼多多搜索", "pdd", extra_head='<meta name="format-detection" content="telephone=no">') + f"""<body style="margin:0;background:#f4f4f4;font-family:PingFangSC-Regular">
<div id="main">
 <div class="_1QAIaDC1" style="position:fixed;top:0;width:100%;height:44px;background:#fff;z-index:9">
  <a class="_3CQ5K3kT" href="javascript:history.back()">&lt;</a>
  <div class="_3VvJk4Xq"><input type="search" value="专利申请" class="_2vkrL8iI"></div>
  <a class="_14Bqe2kV" href="/index.html">首页</a>
 </div>
 <div style="height:44px"></div>
 <div class="_1Gm3yr4g"><span class="_2cN4lOtH _3bNfhXw1">综合</span><span class="_2cN4lOtH">销量</span><span class="_2cN4lOtH">价格</span><span class="_2cN4lOtH">筛选</span></div>
 {hotcloud("_2mI7jgQ0", "热搜", hot, "/search_result.html?search_key={q}")}
 <!-- goods list -->
 <div class="_1BLiEHtb" id="goods-list-wrapper" style="font-size:0">{''.join(cells)}
 </div>
 <div class="_3vh3Bpdj" style="text-align:center;font-size:12px;color:#999;padding:12px">正在加载更多...</div>
 {recstrip("_2KpF0fRz you-may-like", rng, "/goods/{id}.html", 4, "为你推荐")}
 <div class="_1MqDMJfP tabbar" style="position:fixed;bottom:0;width:100%;display:flex;background:#fff">
  <a href="/index.html">首页</a><a href="/classification.html">分类</a><a href="/chat_list.html">聊天</a><a href="/personal.html">个人中心</a>
 </div>
 <div class="_3nYJkGJL" style="font-size:10px;color:#bbb;text-align:center;padding-bottom:60px"><a href="https://beian.miit-registry.test/">沪ICP备20260005号</a></div>
</div>
<script>window.rawData={json.dumps({"store": {"searchKey": "专利申请", "flip": "20;0;0;" + str(rng.randint(1000, 9999))}}, ensure_ascii=False)};</script>
{tailscripts("pdd", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ shop 6: Tmall-like with redirect mu= & truncation
def shop_06():
    rng = make_rng(606)
    page = "https://list.tmall-like.test/search_product.htm?q=%D6%AA%CA%B6%B2%FA%C8%A8&type=p"
    n = 28
    spam = pick_spam_positions(rng, n, 0.2)
    ids = uniq_ids(rng, n, 500000000000, 699999999999)
    items, cells = [], []
    for i in range(n):
        L = listing(rng, i in spam, ipmix=0.5)
        nid = ids[i]
        real = f"https://detail.tmall-like.test/item.htm?id={nid}&skuId={nid + 7}"
        wrapped = i % 4 == 2
        if wrapped:
            tok = quote(real, safe="")
            href = f"/link?url={tok}&amp;spm=a220m.1000858.1000725.{i}"
            attrs = f' mu="{E(real)}"'
        else:
            href = E(f"//detail.tmall-like.test/item.htm?id={nid}&skuId={nid + 7}")
            attrs = ""
        sid = rng.randint(100, 99999)
        shref = f"//store.example.test/s/{sid}"
        price = money(L["p"], "yen2") if L["p"] >= 1000 else f"¥{L['p']:.2f}"
        trunc = len(L["title"]) > 14 and i % 3 != 1
        vis = L["title"][:14] + "..." if trunc else L["title"]
        vol = rng.choice(["300笔", "1.2万笔", "86笔", "5000+笔", "12笔"])
        cells.append(f"""
<div class="product{' product-wrapped' if wrapped else ''}" data-id="{nid}" data-atp="a!,,50000671,,,,,,,,">
 <div class="product-iWrap">
  <div class="productImg-wrap"><a href="{href}" class="productImg" target="_blank" data-p="{i+1}-10"{attrs}><img src="//img.alicdn-like.test/bao/uploaded/i4/{nid}_b.jpg"></a></div>
  <p class="productPrice"><em title="{L['p']:.2f}"><b>¥</b>{price[1:]}</em></p>
  <p class="productTitle"><a href="{href}" target="_blank" title="{E(L['title'])}" data-p="{i+1}-11"{attrs}>{E(vis)}</a></p>
  <div class="productShop" data-atp="b!{i+1}-3,{{user_id}},,,,,,"><a class="productShop-name" href="{shref}" target="_blank">{E(L['seller'])}</a></div>
  <p class="productStatus"><span>月成交 <em>{vol}</em></span><span>评价 <a href="{href}#J_Reviews" target="_blank"{attrs}>{rng.randint(5, 9000)}</a></span><span data-icon="small" class="ww-light ww-small"></span></p>
 </div>
</div>""")
        items.append(mkitem(real, L["title"], L["seller"], price, L["ip"]))
    hot = ["知识产权服务", "商标查询", "专利代理", "版权保护", "软件著作权", "商标设计", "专利年费", "侵权维权", "海外商标", "马德里商标", "PCT国际专利", "品牌备案", "数据合规", "著作权登记", "知识产权贯标", "律师咨询"]
    body = head("知识产权-天猫Tmall.com-理想生活上天猫", "tm") + f"""<body class="pg">
{topnav("sn-container", "tmall-like", [("天猫首页", "//www.tmall-like.test/"), ("我的淘宝", "//i.example-shop.test/my"), ("购物车", "//cart.tmall-like.test/"), ("收藏夹", "//shoucang.example-shop.test/"), ("手机版", "//m.tmall-like.test/"), ("商家支持", "//shangjia.tmall-like.test/")])}
<div id="header" class="headerCon"><h1 id="mallLogo"><a href="//www.tmall-like.test/">天猫Tmall.com</a></h1>
 <div class="mallSearch"><form name="searchTop" action="//list.tmall-like.test/search_product.htm"><input name="q" value="知识产权"><button type="submit">搜索</button></form>
 <ul class="hotQueryList">{''.join(f'<li><a href="//list.tmall-like.test/search_product.htm?q={quote(w)}">{E(w)}</a></li>' for w in hot)}</ul></div></div>
<div class="crumbSlide"><div class="crumbCon">{breadcrumb("crumb", [("所有分类", "//list.tmall-like.test/"), ("本地生活", "//list.tmall-like.test/search_product.htm?cat=50025"), ("知识产权", None)], wrap="span")}</div></div>
<div id="J_NavAttrs" class="navAttrs"><div class="attrKey">服务类型：</div><div class="attrValues"><ul>{''.join(f'<li><a href="?q=%D6%AA%CA%B6&amp;prop={k}">{t}</a></li>' for k, t in enumerate(['商标', '专利', '版权', '法律', '认证']))}</ul></div></div>
<div id="J_Filter" class="filter clearfix"><a class="fSort fSort-cur" href="#">综合</a><a class="fSort" href="#">人气</a><a class="fSort" href="#">新品</a><a class="fSort" href="#">销量</a><a class="fSort" href="#">价格</a></div>
<div class="main">
 <div id="J_ItemList" class="view grid-nosku">{''.join(cells)}
 </div>
 <div class="ui-page"><div class="ui-page-wrap"><b class="ui-page-num"><b class="ui-page-prev">&lt;&lt;上一页</b><b class="ui-page-cur">1</b><a href="?q=%D6%AA%CA%B6&amp;s=60">2</a><a href="?q=%D6%AA%CA%B6&amp;s=120">3</a><b class="ui-page-break">...</b><a class="ui-page-next" href="?q=%D6%AA%CA%B6&amp;s=60">下一页&gt;&gt;</a></b></div></div>
 <div class="j_DirectPromo"><h4>直通车推荐 <span>广告</span></h4>{recstrip("dp-list", rng, "//click.simba-like.test/cc?p=tm&id={id}", 5, "掌柜推荐")}</div>
</div>
{footer("footer tm-footer", "tmall-like.test", "浙B2-20260006", "33010002000999")}
{tailscripts("tm", rng, {"q": "知识产权", "spm": "a220m"})}
</body></html>"""
    return page, body, "list", items


SHOPS = [("shop_01", shop_01), ("shop_02", shop_02), ("shop_03", shop_03), ("shop_04", shop_04), ("shop_05", shop_05), ("shop_06", shop_06)]
