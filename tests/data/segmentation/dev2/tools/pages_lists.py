# -*- coding: utf-8 -*-
"""Shop / search listing pages (10)."""
from common import *  # noqa


# ------------------------------------------------------------------ 1. Tmall search grid
def tmall(rng):
    q = "好物"
    url = ("https://list.tmall.test/search_product.htm?q=" + gbkq(q) +
           "&type=p&vmarket=&spm=875.7931836%2FB.a2227oh.d100&from=mallfp..pc_1_searchbutton")
    rows = mix(rng, 22, goods_title)
    items, cells, scriptdata = [], [], []
    ad_at = {4, 13}
    for i, (ip, t) in enumerate(rows):
        if i in ad_at:
            aid = digits(rng, 12)
            at = uniq(goods_title, rng)
            cells.append(
                '<div class="product product-p4p" data-id="%s" data-atp="a!,,,,,,,,,,p4p"><div class="product-iWrap">'
                '<div class="productImg-wrap"><a href="//click.simba.tmall.test/cc_im?p=%s&amp;s=%s&amp;k=%d" class="productImg" target="_blank">'
                '<img data-ks-lazyload="//img.alicdn.test/imgextra/i1/%s.jpg_180x180q90.jpg" src="//g.alicdn.test/s.gif"></a></div>'
                '<p class="productPrice"><em title="%s"><b>&yen;</b>%s</em></p>'
                '<p class="productTitle"><a href="//click.simba.tmall.test/cc_im?p=%s&amp;s=%s&amp;k=%d" target="_blank" title="%s">%s</a></p>'
                '<div class="productShop"><a class="productShop-name" href="//store.taobao.test/shop/view_shop.htm?user_number_id=%s">%s</a></div>'
                '<p class="productStatus"><span class="p4p-tag">广告</span></p></div></div>'
                % (aid, u8q(q), hexs(rng, 16), i, img_hash(rng), fmt_price(goods_price(rng)), fmt_price(goods_price(rng)),
                   u8q(q), hexs(rng, 16), i, E(at), E(at), digits(rng, 10), E(shop_name(rng))))
        iid, sku, uid = digits(rng, 12), digits(rng, 13), digits(rng, 10)
        href = "//detail.tmall.test/item.htm?id=%s&skuId=%s&user_id=%s&cat_id=2&is_b=1&rn=%s" % (iid, sku, uid, hexs(rng, 32))
        if ip:
            price = rng.choice([rng.randint(800, 6000), rng.randint(200, 900)]) + 0.0
            shop = rng.choice(BRANDS) + rng.choice(["知识产权专营店", "企业服务旗舰店", "商务服务专营店"])
        else:
            price = goods_price(rng)
            shop = shop_name(rng)
        p = fmt_price(price)
        disp = cut(t, 20)
        tshow = highlight(disp or t, [q, "包邮", "专利", "新品"], '<span class="H">', "</span>")
        cells.append(
            '<div class="product" data-id="%s" data-atp="a!,,50000697,,,,,,,,">\n<div class="product-iWrap">\n'
            '<div class="productImg-wrap"><a href="%s" class="productImg" target="_blank" data-p="%d-10">'
            '<img data-ks-lazyload="//img.alicdn.test/bao/uploaded/i%d/%s.jpg_180x180q90.jpg" src="//g.alicdn.test/s.gif" /></a></div>\n'
            '<p class="productPrice"><em title="%s"><b>&yen;</b>%s</em></p>\n'
            '<p class="productTitle"><a href="%s" target="_blank" title="%s" data-p="%d-11">%s</a></p>\n'
            '<div class="productShop" data-atp="b!%d-3,{user_id},,,,,,,"><a class="productShop-name" href="//store.taobao.test/search.htm?user_number_id=%s" target="_blank">%s</a></div>\n'
            '<p class="productStatus"><span>月成交 <em>%s笔</em></span><span>评价 <a href="%s&amp;on_comment=1" target="_blank">%d</a></span>'
            '<span data-icon="small" class="ww-light ww-small" data-item="%s" data-nick="%s" data-display="inline"></span></p>\n'
            '</div>\n</div>'
            % (iid, E(href), i + 1, rng.randint(1, 4), img_hash(rng), p, p, E(href), E(t), i + 1, tshow,
               i + 1, uid, E(shop), rng.choice(["1.2万+", "8000+", "356", "96", "2300+", "41"]), E(href),
               rng.randint(3, 9000), iid, E(shop)))
        items.append(it(urljoin(url, href), t, shop, "¥" + p))
        scriptdata.append({"nid": iid, "raw_title": t, "view_price": p, "nick": shop, "detail_url": href})
    stale = uniq(goods_title, rng)
    hot = "".join('<a href="//list.tmall.test/search_product.htm?q=%s&amp;from=hot" target="_blank">%s</a>' % (u8q(h), E(h))
                  for h in hotwords(rng, 10))
    p4p_right = "".join(
        '<li class="p4p-item"><a href="//click.simba.tmall.test/cc_im?p=%s&amp;pos=%d" target="_blank"><img src="//img.alicdn.test/%s.jpg">'
        '<span class="p4p-title">%s</span><span class="p4p-price">&yen;%s</span></a></li>'
        % (hexs(rng, 10), k, img_hash(rng), E(uniq(goods_title, rng)), fmt_price(goods_price(rng))) for k in range(5))
    body = (
        '<body class="pg">\n<div id="site-nav"><div class="sn-container"><p class="sn-back-home"><a href="//www.tmall.test/">天猫首页</a></p>'
        '<ul class="sn-quick-menu"><li><a href="//i.taobao.test/my_taobao.htm">我的淘宝</a></li><li><a href="//cart.tmall.test/cart.htm">购物车</a></li>'
        '<li><a href="//shoucang.taobao.test/">收藏夹</a></li><li><a href="//service.tmall.test/">客户服务</a></li><li><a href="//www.tmall.test/sitemap">网站导航</a></li></ul></div></div>\n'
        '<div id="header"><div class="headerCon"><h1 id="mallLogo"><a href="//www.tmall.test">天猫Tmall.test</a></h1>'
        '<form name="searchTop" action="//list.tmall.test/search_product.htm"><input name="q" value="%s"><button type="submit">搜索</button></form>'
        '<p class="hotwords">%s</p></div></div>\n'
        '<div id="J_NavAttrsForm" class="attrs"><div class="attr"><div class="attrKey">品牌：</div><div class="attrValues"><ul>%s</ul></div></div></div>\n'
        '<div id="J_Filter" class="filter"><a class="fSort fSort-cur" href="?q=%s&amp;sort=s">综合</a><a class="fSort" href="?q=%s&amp;sort=d">销量</a><a class="fSort" href="?q=%s&amp;sort=p">价格</a></div>\n'
        '<div class="main"><div id="J_ItemList" class="view grid-nosku">\n%s\n'
        '<!-- 旧版缓存 <div class="product" data-id="0"><p class="productTitle"><a href="//detail.tmall.test/item.htm?id=500000000001">%s</a></p></div> -->\n'
        '</div>\n<div class="ui-page"><b class="ui-page-cur">1</b><a href="?q=%s&amp;s=60">2</a><a href="?q=%s&amp;s=120">3</a><a class="ui-page-next" href="?q=%s&amp;s=60">下一页&gt;&gt;</a></div>\n'
        '<div id="J_p4pRight" class="p4p"><h3>掌柜热卖</h3><ul>%s</ul></div></div>\n'
        '%s\n<script>var g_page_config = %s;</script>\n</body>'
        % (E(q), hot, "".join('<li><a href="?q=%s&amp;brand=%s">%s</a></li>' % (u8q(q), digits(rng, 6), b) for b in rng.sample(BRANDS, 12)),
           u8q(q), u8q(q), u8q(q), "\n".join(cells), E(stale), u8q(q), u8q(q), u8q(q), p4p_right,
           footer_cn(rng, "tmall.test"), js({"mods": {"itemlist": {"data": {"auctions": scriptdata}}}})))
    head = '<link rel="stylesheet" href="//g.alicdn.test/tm/list/1.9.3/index.css">\n<style>%s</style>' % css_block(rng, 60)
    return dict(name="tmall_search", url=url, kind="list", html=doc("好物-天猫Tmall.test", head, body), items=items)


# ------------------------------------------------------------------ 2. Pinduoduo mobile web search
def pdd_search(rng):
    q = "商标注册"
    url = ("https://mobile.yangkeduo.test/search_result.html?search_key=" + u8q(q) +
           "&search_type=goods&source=index&options=1&refer_page_name=search&refer_page_id=10031_1765071234567_" + hexs(rng, 10) +
           "&refer_page_sn=10031")
    rows = mix(rng, 20, lambda r: rng.choice([goods_title, legit_svc_title])(r), ratio=0.3)
    cells, items, raw = [], [], []
    for i, (ip, t) in enumerate(rows):
        if i in (3, 11):
            cells.append(
                '<div class="_3glhOBhU" data-index="ad%d"><a class="_1QhQr8pq" href="goods.html?goods_id=%s&amp;ad_id=%s&amp;refer_ad=1">'
                '<div class="_2DM0HR9i"><img class="_3MYW2RSf" data-src="https://img.pddpic.test/mms-material-img/%s.jpeg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>'
                '<div class="_2y9fGZD2"><div class="_3ANzdjkc">%s</div></div><div class="_1ZaLw5K2"><span class="_3gmVc4Lg">¥</span><span class="_3_U2CUYd">%d</span>'
                '<span class="_2Kd6UpKs">广告</span></div></a></div>'
                % (i, digits(rng, 12), digits(rng, 9), hexs(rng, 24), E(uniq(goods_title, rng)), rng.randint(5, 99)))
        gid = digits(rng, 12)
        href = "goods.html?goods_id=%s&_oak_rcto=%s&refer_page_name=search_result&refer_page_id=10015_%s&refer_page_sn=10015" % (
            gid, hx(rng, 44), hexs(rng, 20))
        v = (rng.randint(99, 4999) + 0.0) if ip else goods_price(rng, 3, 199)
        sv = ("%.2f" % v).rstrip("0").rstrip(".")
        ip_int = sv.split(".")[0]
        dec = sv[len(ip_int):]
        price = "¥" + ip_int + dec
        dec_html = ('<span class="_3_U2CUYd _3DqP1sh2">%s</span>' % dec) if dec else ""
        sold = rng.choice(["已拼10万+件", "已拼3.2万件", "已拼896件", "已拼1.1万件", "已拼52件", "已拼2000+件"])
        cells.append(
            '<div class="_3glhOBhU" data-active="red" data-index="%d"><a class="_1QhQr8pq" href="%s">'
            '<div class="_2DM0HR9i"><img class="_3MYW2RSf" data-src="https://img.pddpic.test/mms-material-img/2026-11-%02d/%s.jpeg.a.jpeg?imageView2/2/w/300/q/70/format/webp" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>'
            '<div class="_2y9fGZD2"><div class="_3ANzdjkc">%s</div></div>'
            '<div class="_1ZaLw5K2"><span class="_3gmVc4Lg">¥</span><span class="_3_U2CUYd">%s</span>%s<span class="_3vUyvgbE">%s</span></div>'
            '<div class="_2fPR9rqx"><span class="_1Wx0DeC6">%s</span></div></a></div>'
            % (i, E(href), rng.randint(1, 28), hexs(rng, 32), E(t), ip_int, dec_html, sold,
               rng.choice(["极速退款", "退货包运费", "先用后付", "24小时发货", "品牌好货"])))
        items.append(it(urljoin(url, href), t, None, price))
        raw.append({"goodsID": gid, "goodsName": t, "price": int(v * 100), "linkURL": href})
    hot = "".join('<div class="_1KSX7HDp"><span>%s</span></div>' % E(h) for h in hotwords(rng, 8))
    cells.insert(8, '<div class="_2XQhP2tg"><div class="_1m2Wm0Pq">大家都在搜</div>%s</div>' % hot)
    body = (
        '<body><div id="main"><div class="_2Ubt4nRk"><div class="_1vAtGTwP"><a class="_3l0Hl8SH" href="index.html"></a>'
        '<div class="_1Zxd8RX2"><input type="search" class="_3GbE5sVW" value="%s"></div><div class="_3jPmXiTa">搜索</div></div>'
        '<div class="_2SUmGkPy"><div class="_3sfB7KkY _3vWgAnWV">综合</div><div class="_3sfB7KkY">销量</div><div class="_3sfB7KkY">价格</div><div class="_3sfB7KkY">筛选</div></div></div>\n'
        '<div class="_1pz9LcWH">\n%s\n</div>\n'
        '<div class="_3HcJgO3h">— 已经到底了 —</div>\n'
        '<div class="_2CXr1_pR"><a href="index.html">首页</a><a href="classification.html">分类</a><a href="chat_list.html">聊天</a><a href="personal.html">个人中心</a></div></div>\n'
        '<script>window.rawData=%s;</script>\n</body>'
        % (E(q), "\n".join(cells), js({"store": {"data": {"ssrListData": {"list": raw}}}})))
    head = '<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><style>%s</style>' % css_block(rng, 40, "_")
    return dict(name="pdd_mobile_search", url=url, kind="list", html=doc("拼多多", head, body), items=items)


# ------------------------------------------------------------------ 3. Goofish (Xianyu) search
def goofish(rng):
    q = "专利"
    url = "https://www.goofish.test/search?q=" + u8q(q) + "&spm=a21ybx.search.searchInput.0"

    def normal(r):
        return rng.choice(["自用", "闲置", "九成新", "全新未拆", "搬家出", "低价转"]) + " " + goods_title(r)

    rows = mix(rng, 20, normal, ratio=0.3)
    cells, items = [], []
    seen = set()
    for i, (ip, t) in enumerate(rows):
        iid = digits(rng, 12)
        href = "https://www.goofish.test/item?spm=a21ybx.search.searchFeedList.%d.5a3c3da6%s&id=%s&categoryId=%s" % (
            i + 1, hx(rng, 6), iid, digits(rng, 8))
        r = rng.random()
        if ip and r < 0.4:
            num, unit, dec = rng.choice(["1.2", "3.5", "2.8", "1.5"]), "万", ""
        else:
            v = (rng.randint(300, 9000) + 0.0) if ip else goods_price(rng, 5, 3000)
            num, dec, unit = str(int(v)), ("" if v == int(v) else ("%.2f" % v)[-3:]), ""
        price = "¥" + num + dec + unit
        price_html = ('<span class="sign--x6uVdG3T">¥</span><span class="number--NKh1vXWM">%s</span>' % num +
                      ('<span class="decimal--lSAcITCN">%s</span>' % dec if dec else "") +
                      ('<span class="magnitude--EJxoKH1t">%s</span>' % unit if unit else ""))
        seller = nick_unique(rng, seen)
        disp = cut(t, 24)
        cells.append(
            '<a href="%s" class="feeds-item-wrap--rGdH_KoF" target="_blank">'
            '<div class="feeds-image-wrap--Bv5b1e1s"><img class="feeds-image--TDRC4fV1" src="//img.alicdn.test/bao/uploaded/i%d/%s.jpg_Q90.jpg_.webp" /></div>'
            '<div class="item-main-info--Bh0Rf2Gq"><div class="row1-wrap-title--qIlOySTh"><span class="main-title--sMrtWSJa" title="%s">%s</span></div>'
            '<div class="row2-wrap-cpv--_dnqFpON"><span class="cpv--qmRxRbFx">%s</span></div>'
            '<div class="row3-wrap-price--uWuHr0GK"><div class="price-wrap--YzmU5cUl">%s</div><span class="price-desc--JnrmOlEs">%d人想要</span></div>'
            '<div class="row4-wrap-seller--fPMtlCoo"><div class="seller-left--kYmqJLUx"><img class="seller-avatar--Uf3Cgvd6" src="//gw.alicdn.test/tfs/%s.png" />'
            '<div class="seller-text-wrap--Q2vcxZFN"><div class="seller-text--Rr2Y3EbB">%s</div></div></div>'
            '<div class="seller-right--gOjkB7ip">%s</div></div></div></a>'
            % (E(href), rng.randint(1, 4), img_hash(rng), E(t), E(disp or t),
               rng.choice(["包邮", "验货宝", "同城面交", "信用极好", "24小时内发布"]), price_html, rng.randint(1, 300),
               hexs(rng, 20), E(seller), rng.choice(["广东", "浙江", "江苏", "上海", "北京", "四川", "湖北"])))
        items.append(it(href, t, seller, price))
    ad = ('<a href="https://www.goofish.test/youpin?spm=ad.%s" class="feeds-item-wrap--rGdH_KoF feeds-ad--Y2hT6"><div class="item-main-info--Bh0Rf2Gq">'
          '<div class="row1-wrap-title--qIlOySTh"><span class="main-title--sMrtWSJa">%s</span></div><span class="ad-tag--pHwI3">广告</span></div></a>'
          % (hx(rng, 6), E(uniq(goods_title, rng))))
    cells.insert(6, ad)
    guess = "".join('<a class="guess-word--kM2e" href="/search?q=%s">%s</a>' % (u8q(h), E(h)) for h in hotwords(rng, 9))
    body = (
        '<body><div id="root"><div class="header-wrap--Ef3n"><a class="logo--BQpC" href="https://www.goofish.test/">闲鱼</a>'
        '<div class="search-wrap--nLk"><input class="search-input--WY2l" value="%s"><button class="search-icon--bewL">搜索</button></div>'
        '<div class="nav-right--D9xH"><a href="/personal">我的闲鱼</a><a href="/publish">发闲置</a><a href="/im">消息</a></div></div>\n'
        '<div class="search-container--eigqxPi"><div class="search-filter-wrap--Lu1p"><span class="filter-item--Iuc8 active">综合</span><span class="filter-item--Iuc8">最新</span><span class="filter-item--Iuc8">价格</span><span class="filter-item--Iuc8">区域</span></div>\n'
        '<div class="guess-wrap--Gb8">猜你想搜：%s</div>\n'
        '<div class="feeds-list-container--UkIMBPNk">\n%s\n</div>\n'
        '<div class="search-pagination--Wt4"><button class="page--ac">1</button><button class="page--ac">2</button><button class="page--ac">3</button><button class="next--p9">下一页</button></div></div>\n'
        '<div class="footer--Tf8"><p>&copy; 2026 goofish.test 闲鱼 版权所有</p></div></div>\n'
        '<script>window.__ICE_APP_CONTEXT__={"loaderData":{"search":{"pageData":{"keyword":%s}}}};</script></body>'
        % (E(q), guess, "\n".join(cells), js(q)))
    head = '<style>%s</style>' % css_block(rng, 50)
    return dict(name="goofish_search", url=url, kind="list", html=doc("专利_闲鱼搜索", head, body), items=items)


# ------------------------------------------------------------------ 4. JD search: <em> highlights, promo title=
def jd(rng):
    q = "专利"
    url = "https://search.jd.test/Search?keyword=" + u8q(q + "申请") + "&enc=utf-8&wq=" + u8q(q) + "&pvid=" + hexs(rng, 32)

    def normal(r):
        return rng.choice([goods_title, legit_svc_title, lambda rr: "专利" + rng.choice(["代理实务教材", "法实务全书", "文献检索入门", "审查指南解读"]) +
                           " " + rng.choice(["2026年版", "第三版", "修订版", "配套习题"]) + " " + rng.choice(BRANDS) + "出版"])(r)

    rows = mix(rng, 22, normal)
    promos = ["【官方直营】满199减20", "下单送定制礼品，限时抢购", "政府补贴再降15%", "京东物流 次日达", "品质保障 正品行货",
              "咨询客服领取专属优惠券", "支持7天无理由退货", "企业采购可开专票", "免费评估 专业顾问一对一", "爆款返场 前100名半价"]
    cells, items = [], []
    for i, (ip, t) in enumerate(rows):
        if i in (0, 9):
            ad_sku = digits(rng, 11)
            cells.append(
                '<li data-sku="%s" class="gl-item gl-item-presell"><div class="gl-i-wrap"><div class="p-img"><a target="_blank" href="//ccc-x.jd.test/dsp/nc?ext=%s&amp;log=%s">'
                '<img data-lazy-img="//img11.360buyimg.test/n7/jfs/t1/%s.jpg" /></a></div><div class="p-price"><strong><em>￥</em><i>%s</i></strong></div>'
                '<div class="p-name"><a target="_blank" href="//ccc-x.jd.test/dsp/nc?ext=%s"><em>%s</em></a></div><span class="p-promo-flag">广告</span></div></li>'
                % (ad_sku, hx(rng, 30), hx(rng, 20), hexs(rng, 20), fmt_price(goods_price(rng)), hx(rng, 30), E(uniq(goods_title, rng))))
        sku = digits(rng, rng.choice([8, 11, 13]))
        href = "//item.jd.test/%s.html" % sku
        v = (rng.randint(500, 12000) + 0.0) if ip else goods_price(rng, 19, 2999)
        p = fmt_price(v)
        shop = (rng.choice(BRANDS) + rng.choice(["知识产权服务专营店", "企业服务旗舰店", "商标专利旗舰店"])) if ip else \
            rng.choice([shop_name(rng), rng.choice(BRANDS) + "京东自营旗舰店"])
        promo = rng.choice(promos)
        em = highlight(t, [q, "包授权", "商标"], '<font class="skcolor_ljg">', "</font>")
        onclick = "searchlog(1,'%s','%d','2','','flagsClk=%s')" % (sku, i, digits(rng, 10))
        selfw = "京东自营" in shop
        cells.append(
            '<li data-sku="%s" data-spu="" ware-type="10" class="gl-item">\n<div class="gl-i-wrap">\n'
            '<div class="p-img"><a target="_blank" title="%s" href="%s" onclick="%s"><img width="220" height="220" data-img="1" data-lazy-img="//img1%d.360buyimg.test/n7/jfs/t1/%d/%d/%d/%d/%s.jpg" /></a>'
            '<div data-lease="" data-catid="%d" data-venid="%s" data-presale="0"></div></div>\n'
            '<div class="p-price"><strong class="J_%s" data-done="1"><em>￥</em><i data-price="%s">%s</i></strong></div>\n'
            '<div class="p-name p-name-type-2"><a target="_blank" title="%s" href="%s" onclick="%s"><em>%s</em><i class="promo-words" id="J_AD_%s"></i></a></div>\n'
            '<div class="p-commit"><strong><a id="J_comment_%s" target="_blank" href="%s#comment">%s</a>条评价</strong></div>\n'
            '<div class="p-shop" data-dongdong="" data-selfware="%d" data-score="%d" data-reputation="%d"><span class="J_im_icon">'
            '<a target="_blank" class="curr-shop hd-shopname" href="//mall.jd.test/index-%s.html?from=pc" title="%s">%s</a>'
            '<b class="im-01" title="联系客服"></b></span></div>\n'
            '<div class="p-icons" id="J_pro_%s">%s</div>\n</div>\n</li>'
            % (sku, E(promo), href, onclick, rng.randint(0, 4), rng.randint(100, 300000), rng.randint(10, 999), rng.randint(1, 99999),
               rng.randint(1, 9999), hexs(rng, 24), rng.randint(1000, 30000), digits(rng, 8), sku, sku, p,
               E(promo), href, onclick, em, sku, sku, href, rng.choice(["2000+", "1万+", "500+", "96", "20万+", "3"]),
               1 if selfw else 0, rng.randint(0, 5), rng.randint(80, 99), digits(rng, 8), E(shop), E(shop), sku,
               '<i class="goods-icons J-picon-tips" data-tips="京东自营，品质保障">自营</i>' if selfw else
               '<i class="goods-icons4 J-picon-tips">免邮</i>'))
        items.append(it(urljoin(url, href), t, shop, "￥" + p))
    prom_left = "".join(
        '<li class="mc-item"><div class="p-img"><a href="//ccc-x.jd.test/dsp/nc?ext=%s" target="_blank"><img data-lazy-img="//img12.360buyimg.test/n1/%s.jpg"></a></div>'
        '<div class="p-name"><a href="//ccc-x.jd.test/dsp/nc?ext=%s" target="_blank">%s</a></div><div class="p-price"><strong>￥%s</strong></div></li>'
        % (hx(rng, 24), hexs(rng, 16), hx(rng, 24), E(uniq(goods_title, rng)), fmt_price(goods_price(rng))) for _ in range(4))
    body = (
        '<body>\n<div id="shortcut"><div class="w"><ul class="fl"><li><a href="//www.jd.test">京东首页</a></li><li id="ttbar-mycity">北京</li></ul>'
        '<ul class="fr"><li><a href="//passport.jd.test/new/login.aspx">你好，请登录</a></li><li><a href="//order.jd.test/center/list.action">我的订单</a></li>'
        '<li><a href="//vip.jd.test/">京东会员</a></li><li><a href="//b.jd.test/">企业采购</a></li></ul></div></div>\n'
        '<div id="search-2014"><input id="key" value="%s"><button class="button">搜索</button><div id="hotwords">%s</div></div>\n'
        '<div id="J_searchWrap" class="w"><div id="J_container" class="container"><div id="J_main" class="g-main2">\n'
        '<div id="J_filter"><div class="f-sort"><a class="curr">综合</a><a>销量</a><a>评论数</a><a>新品</a><a>价格</a></div></div>\n'
        '<div id="J_goodsList" class="goods-list-v2 gl-type-1 J-goods-list"><ul class="gl-warp clearfix" data-tpl="1">\n%s\n</ul></div>\n'
        '<div id="J_bottomPage" class="page clearfix"><span class="p-num"><a class="curr">1</a><a href="javascript:;" onclick="SEARCH.page(3, true)">2</a><a class="pn-next">下一页&gt;</a></span></div>\n'
        '</div>\n<div id="J_promGoodsWrap_292" class="m-aside"><div class="mt"><h3>商品精选</h3><span class="ad-flag">广告</span></div><div class="mc"><ul>%s</ul></div></div>\n'
        '</div></div>\n<div id="footer-2024"><div class="links"><a href="//about.jd.test">关于我们</a>|<a href="//zhaopin.jd.test">人才招聘</a>|<a href="//help.jd.test">帮助中心</a></div>'
        '<div class="copyright">Copyright&copy;2004-2026 京东jd.test 版权所有</div></div>\n'
        '<script>var LogParm={ab_test:"%s",front_cookie:"%s",keyword:%s,ev:"",page:1};</script>\n</body>'
        % (E(q + "申请"), "".join('<a href="//search.jd.test/Search?keyword=%s">%s</a>' % (u8q(h), E(h)) for h in hotwords(rng, 7)),
           "\n".join(cells), prom_left, hexs(rng, 10), hexs(rng, 16), js(q)))
    head = '<link type="text/css" rel="stylesheet" href="//misc.360buyimg.test/jdf/1.0.0/unit/??ui-base/1.0.0/ui-base.css">\n<style>%s</style>' % css_block(rng, 30)
    return dict(name="jd_search", url=url, kind="list", html=doc("专利申请 - 商品搜索 - 京东", head, body, meta_style="http"), items=items)


# ------------------------------------------------------------------ 5. 1688 offer list (GBK)
def a1688(rng):
    q = "专利转让"
    url = "https://s.1688.test/selloffer/offer_search.htm?keywords=" + gbkq(q) + "&n=y&netType=1%2C11%2C16&spm=a260k.dacugeneral.search.0"

    def normal(r):
        noun, specs = rng.choice(GOODS)
        return rng.choice(CITIES) + "厂家 " + " ".join(rng.sample(specs, 2)) + noun + " " + rng.choice(["批发", "一件代发", "源头工厂", "现货批发", "可定制logo"])

    rows = mix(rng, 21, normal, ratio=0.35, ip_fn=lambda r: ip_title(r, rng.choice(["sale", "tm", "grant"])))
    cells, items = [], []
    for i, (ip, t) in enumerate(rows):
        if i == 5:
            cells.append(
                '<div class="sm-offer-item sw-dpl-offer-item p4p-item" t-rank="ad"><div class="img-container"><a href="https://dj.1688.test/ci_bb?a=%s&amp;e=%s" target="_blank">'
                '<img data-lazy-src="https://cbu01.alicdn.test/img/ibank/%s.jpg"></a></div><div class="title"><a href="https://dj.1688.test/ci_bb?a=%s" target="_blank">%s</a></div>'
                '<span class="sm-offer-adTag">广告</span></div>' % (digits(rng, 9), hx(rng, 30), img_hash(rng), digits(rng, 9), E(uniq(normal, rng))))
        oid = digits(rng, 12)
        href = "https://detail.1688.test/offer/%s.html" % oid
        co = company(rng, ip=ip)
        shop_href = "https://shop%s.1688.test" % hx(rng, 12, string.ascii_lowercase + string.digits)
        r = rng.random()
        if ip and r < 0.4:
            price = "面议"
            ph = '<span class="sm-offer-priceNum sw-dpl-offer-priceNum">面议</span>'
        else:
            v = rng.randint(1000, 25000) if ip else goods_price(rng, 1, 300)
            if isinstance(v, int):
                txt = "{:,}".format(v)
            else:
                txt = fmt_price(v)
            price = "￥" + txt
            ph = '<span class="sm-offer-priceNum sw-dpl-offer-priceNum"><span class="sm-offer-priceNum-unit">￥</span>%s</span>' % txt
        disp = cut(t, 22)
        cells.append(
            '<div class="sm-offer-item sw-dpl-offer-item " offerid="%s" trace="offer" t-rank="%d">\n'
            '<div class="img-container"><div class="imgofferresult-mainBlock"><a href="%s" target="_blank" offer-id="%s"><img class="img" data-lazy-src="https://cbu01.alicdn.test/img/ibank/2026/%s.220x220.jpg" src="https://cbu01.alicdn.test/cms/upload/blank.gif"></a></div></div>\n'
            '<div class="mojar-element-price"><div class="showPricec">%s<span class="sm-offer-priceUnit">&ge;%d件</span></div></div>\n'
            '<div class="mojar-element-title"><div class="title"><a href="%s" title="%s" target="_blank">%s</a></div></div>\n'
            '<div class="mojar-element-company"><div class="company"><a class="sm-offer-companyName" href="%s" target="_blank" title="%s">%s</a></div>'
            '<div class="sm-offer-companyTag"><span class="sw-dpl-offer-tagItem">%d年</span><span class="sw-dpl-offer-tagItem">%s</span></div></div>\n'
            '<div class="mojar-element-trade"><span class="sm-offer-trade">成交%s</span><span class="sm-offer-location">%s</span></div>\n</div>'
            % (oid, i, href, oid, hexs(rng, 20), ph, rng.randint(1, 100), href, E(t),
               highlight(disp or t, ["专利", "转让"], '<font color="red">', "</font>"), shop_href, E(co), E(co),
               rng.randint(1, 15), rng.choice(["诚信通", "实力商家", "源头工厂", "超级工厂"]),
               rng.choice(["1.2万+元", "3000+元", "56笔", "9.8万+元", "120笔"]), rng.choice(CITIES)))
        items.append(it(href, t, co, price))
    side = "".join('<li><a href="https://detail.1688.test/offer/%s.html" target="_blank">%s</a><em>￥%s</em></li>'
                   % (digits(rng, 12), E(uniq(normal, rng)), fmt_price(goods_price(rng))) for _ in range(5))
    body = (
        '<body>\n<div id="alibar"><div class="ali-top"><a href="https://www.1688.test/">阿里巴巴1688首页</a> <a href="https://login.1688.test/">请登录</a> <a href="https://member.1688.test/reg">免费注册</a>'
        ' <a href="https://work.1688.test/">我的阿里</a> <a href="https://cart.1688.test/">进货单</a></div></div>\n'
        '<div id="header"><form action="https://s.1688.test/selloffer/offer_search.htm"><input name="keywords" value="%s"><button>搜 索</button></form>'
        '<div class="hot-keywords">热门搜索：%s</div></div>\n'
        '<div id="sm-maindata-list" class="sm-maindata"><div class="sm-widget-offer"><div id="sm-offer-list" class="sm-offer-list sw-dpl-offer-list">\n%s\n</div></div>\n'
        '<div class="sm-pagination"><a class="fui-prev">上一页</a><a class="fui-current">1</a><a href="#">2</a><a href="#">3</a><a class="fui-next">下一页</a></div></div>\n'
        '<div class="sm-side"><h4>精选货源</h4><ul>%s</ul></div>\n'
        '<!-- <div class="sm-offer-item" offerid="600000000001"><div class="title"><a href="https://detail.1688.test/offer/600000000001.html">%s</a></div></div> -->\n'
        '<div id="footer"><p>阿里巴巴1688.test 版权所有 &copy; 1999-2026 <a href="https://beian.miit.test/">浙B2-20120091</a></p></div>\n'
        '<script type="text/javascript">var pageConfig={keywords:"%s",offerIds:[%s]};</script>\n</body>'
        % (E(q), "".join('<a href="https://s.1688.test/selloffer/offer_search.htm?keywords=%s">%s</a> ' % (gbkq(h), E(h)) for h in hotwords(rng, 8)),
           "\n".join(cells), side, E(uniq(ip_title, rng)), q, ",".join(it_["url"].split("/")[-1].split(".")[0] for it_ in items)))
    head = '<style type="text/css">%s</style>' % css_block(rng, 40)
    return dict(name="a1688_offer_gbk", url=url, kind="list", enc="gbk",
                html=doc("专利转让_专利转让批发_阿里巴巴1688.test", head, body, charset="gbk", meta_style="short",
                         doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'), items=items)


# ------------------------------------------------------------------ 6. Dangdang-like list (leading spaces in title=, author vs shop)
def dangdang(rng):
    q = "知识产权"
    url = "https://search.dangdang.test/?key=" + gbkq(q) + "&act=input"
    pubs = ["知识产权出版社", "法律出版社", "中国法制出版社", "人民邮电出版社", "机械工业出版社", "清华大学出版社"]
    topics = ["专利代理实务", "商标法精解", "著作权法案例评析", "知识产权管理", "专利审查指南导读", "企业知识产权战略",
              "专利文献检索", "商业秘密保护实务", "知识产权诉讼", "技术合同实务", "专利撰写100问", "品牌保护与维权"]

    def book(r):
        return (rng.choice(topics) + rng.choice(["（第%d版）" % rng.randint(2, 6), "", "：原理与案例", " 2026新版"]) + " " +
                rng.choice(["王", "李", "张", "刘", "陈", "杨", "赵", "孙"]) + rng.choice(["建国", "晓梅", "一鸣", "思远", "立新", "海燕", "文博", "静怡"]) +
                rng.choice(["编著", "主编", "著"]))

    rows = mix(rng, 20, lambda r: (book if rng.random() < 0.6 else goods_title)(r), ip_fn=lambda r: ip_title(r, rng.choice(["sale", "grant", "cert"])))
    cells, items = [], []
    for i, (ip, t) in enumerate(rows):
        pid = digits(rng, 8)
        href = "//product.dangdang.test/%s.html" % pid
        v = (rng.randint(300, 5000) + 0.0) if ip else goods_price(rng, 15, 180)
        p = fmt_price(v)
        has_shop = ip or rng.random() < 0.45
        shop = (rng.choice(BRANDS) + rng.choice(["图书专营店", "企服旗舰店", "知产服务店", "文化专营店"])) if has_shop else None
        disp = cut(t, 20)
        author = rng.choice(["王", "李", "张", "刘", "陈", "杨"]) + rng.choice(["建国", "晓梅", "一鸣", "思远", "立新", "海燕"])
        cells.append(
            '<li ddt-pit="%d" class="line%d" id="p%s" sku="%s">\n'
            '<a title=" %s" ddclick="act=normalResult_picture&amp;pos=%s_%d_1_q" class="pic" name="itemlist-picture" dd_name="单品图片" href="%s" target="_blank">'
            '<img data-original="//img3m%d.ddimg.test/%d/%d/%s-1_b_%d.jpg" src="images/model/guan/url_none.png" alt=" %s" /></a>\n'
            '<p name="title" class="name"><a title=" %s" href="%s" name="itemlist-title" dd_name="单品标题" ddclick="act=normalResult_title&amp;pos=%s_%d_1_q" target="_blank"> %s</a></p>\n'
            '<p class="detail">%s</p>\n'
            '<p class="price"><span class="search_now_price">&yen;%s</span><a class="search_discount" style="text-decoration:none;">定价：</a><span class="search_pre_price">&yen;%s</span>'
            '<span class="search_discount">&nbsp;(%.2f折) </span></p>\n'
            '<p class="search_star_line"><span class="search_star_black"><span style="width: %d%%;"></span></span><a href="%s?point=comment_point" target="_blank" class="search_comment_num" name="itemlist-review">%d条评论</a></p>\n'
            '%s%s'
            '<p class="search_btn_cart"><a class="search_btn_cart" name="Buy" dd_name="加入购物车" href="javascript:AddToShoppingCart(%s)">加入购物车</a></p>\n</li>'
            % (i + 1, i + 1, pid, pid, E(t), pid, i, href, rng.randint(1, 9), rng.randint(10, 99), rng.randint(1, 9), pid, rng.randint(1, 9), E(t),
               E(t), href, pid, i, highlight(disp or t, [q, "专利"], '<font class="skcolor_ljg">', "</font>"),
               E(rng.choice(["全面覆盖最新司法解释", "一线代理人经验总结", "附大量实务案例与模板", "正品保证 当日发货", "可开发票 支持批量采购", "新客立减"])),
               p, fmt_price(v * rng.choice([1.2, 1.35, 1.5])), rng.uniform(5, 9.5), rng.randint(60, 100), href, rng.randint(0, 9000),
               ('<p class="search_book_author"><span><a href="//search.dangdang.test/?key2=%s&amp;medium=01" name="itemlist-author" dd_name="单品作者" title="%s">%s</a> 著</span>'
                '<span> /%s</span><span>  /<a href="//search.dangdang.test/?key3=%s" name="P_cbs" dd_name="单品出版社" title="%s">%s</a></span></p>\n'
                % (gbkq(author), author, author, date_str(rng, 2025, 1, 12), gbkq(rng.choice(pubs)), "出版社", rng.choice(pubs))) if not ip else "",
               ('<p class="search_shangjia"><a href="//shop.dangdang.test/%s" name="itemlist-shop-name" target="_blank" title="%s">%s</a></p>\n' % (digits(rng, 5), E(shop), E(shop)))
               if shop else "", pid))
        items.append(it(urljoin(url, href), t, shop, "¥" + p))
    body = (
        '<body>\n<div id="hd"><div class="dd_top"><a href="//www.dangdang.test/">当当首页</a> <a href="//login.dangdang.test/">登录</a> <a href="//login.dangdang.test/register">免费注册</a>'
        ' <a href="//myhome.dangdang.test/">我的当当</a> <a href="//shopping.dangdang.test/">购物车</a></div>\n'
        '<div class="search"><input id="key_S" value="%s"><a class="button" href="javascript:;">搜索</a><div class="hot_search">热搜：%s</div></div></div>\n'
        '<div id="bd"><div class="con shoplist" id="search_nature_rg" dd_name="普通商品区域"><ul class="bigimg" id="component_59">\n%s\n</ul></div>\n'
        '<div class="paging"><ul><li class="current">1</li><li><a href="/?key=%s&amp;page_index=2">2</a></li><li class="next"><a href="/?key=%s&amp;page_index=2">下一页</a></li></ul></div></div>\n'
        '<div id="rec_right" class="rec_area"><h3>浏览此商品的顾客还浏览过</h3><ul>%s</ul></div>\n'
        '%s\n</body>'
        % (E(q), "".join('<a href="/?key=%s">%s</a>' % (gbkq(h), E(h)) for h in hotwords(rng, 6)), "\n".join(cells), gbkq(q), gbkq(q),
           "".join('<li><a href="//product.dangdang.test/%s.html" title="%s">%s</a><span class="price">&yen;%s</span></li>'
                   % (digits(rng, 8), E(x), E(x), fmt_price(goods_price(rng, 20, 90))) for x in [uniq(book, rng) for _ in range(4)]),
           footer_cn(rng, "dangdang.test", "京")))
    head = '<style>%s</style>' % css_block(rng, 30)
    return dict(name="dangdang_list", url=url, kind="list", html=doc("知识产权 - 当当网", head, body), items=items)


# ------------------------------------------------------------------ 7. Vue SSR service marketplace (data-v, 店铺： label, __INITIAL_STATE__)
def vue_ssr(rng):
    url = "https://www.zhichan-jishi.test/list/zhuanli?page=2&sort=default"
    v1, v2, v3 = "data-v-" + hexs(rng, 8), "data-v-" + hexs(rng, 8), "data-v-" + hexs(rng, 8)
    rows = mix(rng, 20, legit_svc_title, ratio=0.45)
    cells, items, state = [], [], []
    for i, (ip, t) in enumerate(rows):
        sid = digits(rng, 5)
        href = "/service/%s.html" % sid
        r = rng.random()
        if r < 0.25:
            price, ph = "面议", '<span %s class="price price--nego">面议</span>' % v2
        elif r < 0.5:
            n = rng.choice([800, 1200, 2000, 2500, 3800])
            price, ph = "%d元" % n, '<span %s class="price"><b %s>%d</b>元</span>' % (v2, v2, n)
        elif r < 0.65:
            w = rng.choice(["1.5", "2", "3.5", "6.8"])
            price, ph = w + "万", '<span %s class="price"><b %s>%s</b>万</span>' % (v2, v2, w)
        else:
            n = rng.randint(300, 4000)
            price, ph = "¥%d.00" % n, '<span %s class="price"><i %s>¥</i>%d.00</span>' % (v2, v2, n)
        shop = company(rng, ip=True) if rng.random() < 0.8 else None
        if shop and rng.random() < 0.5:
            sh = '<div %s class="shop">店铺：<a %s href="/shop/%s" target="_blank">%s</a></div>' % (v2, v2, digits(rng, 3), E(shop))
        elif shop:
            sh = '<div %s class="shop">店铺：%s</div>' % (v2, E(shop))
        else:
            sh = '<!---->'
        # a few titles are displayed on two lines with <br>
        if " " in t and rng.random() < 0.3:
            a, b = t.split(" ", 1)
            th = E(a) + "<br/> " + E(b)
        else:
            th = split_tags(rng, t, "b") if ip else E(t)
        tags = "".join('<span %s class="tag">%s</span>' % (v2, x) for x in rng.sample(["官方认证", "极速响应", "老店", "可开票", "分期"], 2))
        cells.append(
            '<div %s %s class="service-card"><a %s href="%s" class="card-link" target="_blank"><div %s class="cover"><img %s data-src="https://cdn.zhichan-jishi.test/img/%s.png" src="/static/placeholder.png" alt=""></div>'
            '<h3 %s class="card-title">%s</h3></a>'
            '<div %s class="card-meta">%s%s</div><div %s class="tags">%s</div>%s</div>'
            % (v1, v2, v2, href, v2, v2, hexs(rng, 16), v2, th, v2, ph,
               '<span %s class="sold">已售%d</span>' % (v2, rng.randint(0, 900)), v2, tags, sh))
        items.append(it(urljoin(url, href), t, shop, price))
        state.append({"id": int(sid), "name": t, "price": price, "shopName": shop, "url": href})
    rec = "".join('<a %s href="/service/%s.html" class="rec-item"><span %s>%s</span><em %s>推荐</em></a>' % (v3, digits(rng, 5), v3, E(uniq(legit_svc_title, rng)), v3)
                  for _ in range(5))
    adcard = ('<div %s %s class="service-card service-card--ad"><a %s href="https://ad.zhichan-jishi.test/c?u=%s" class="card-link"><h3 %s class="card-title">%s</h3></a>'
              '<span %s class="ad-label">推广</span></div>' % (v1, v2, v2, hx(rng, 16), v2, E(uniq(legit_svc_title, rng)), v2))
    cells.insert(7, adcard)
    body = (
        '<body><div id="app" data-server-rendered="true" %s class="layout">'
        '<header %s class="top-bar"><a %s href="/" class="logo">知产集市</a><nav %s class="nav"><a %s href="/list/shangbiao">商标</a><a %s href="/list/zhuanli" class="active">专利</a>'
        '<a %s href="/list/banquan">版权</a><a %s href="/list/qiye">企业服务</a><a %s href="/news">资讯</a></nav>'
        '<div %s class="search"><input %s placeholder="搜索服务/店铺"><button %s>搜索</button></div></header>\n'
        '<div %s class="crumbs"><a %s href="/">首页</a> &gt; <a %s href="/list/zhuanli">专利服务</a> &gt; 第2页</div>\n'
        '<main %s class="main"><section %s class="filter"><span %s class="f-label">服务类型：</span><a %s>发明专利</a><a %s>实用新型</a><a %s>外观设计</a><a %s>专利交易</a></section>\n'
        '<section %s class="list">\n%s\n</section>\n'
        '<div %s class="pager"><a %s href="/list/zhuanli?page=1">上一页</a><span %s class="cur">2</span><a %s href="/list/zhuanli?page=3">3</a><a %s href="/list/zhuanli?page=3">下一页</a></div></main>\n'
        '<aside %s class="side"><h4 %s>为你推荐</h4>%s</aside>\n'
        '<footer %s class="foot"><p %s>知产集市 zhichan-jishi.test &copy;2026 平台不承诺任何审查结果，谨防“包授权”诈骗</p></footer></div>\n'
        '<script>window.__INITIAL_STATE__=%s;(function(){var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}());</script>\n'
        '<script src="/_nuxt/app.%s.js" defer></script></body>'
        % (v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, v1, "\n".join(cells),
           v1, v1, v1, v1, v1, v1, v1, rec, v1, v1, js({"list": {"page": 2, "items": state}}), hexs(rng, 8)))
    head = '<link rel="preload" href="/_nuxt/app.%s.js" as="script"><style>%s</style>' % (hexs(rng, 8), css_block(rng, 40))
    return dict(name="vue_ssr_services", url=url, kind="list", html=doc("专利服务_第2页_知产集市", head, body), items=items)


# ------------------------------------------------------------------ 8. Old B2B directory: tables, broken HTML
def b2b_table(rng):
    url = "http://www.huangye-b2b.test/gongying/zhuanli/list_3.html"

    def normal(r):
        noun, specs = rng.choice(GOODS)
        return rng.choice(["供应", "批发", "长期供应", "厂家供应"]) + rng.choice(specs) + noun + rng.choice(["", " 量大从优", " 质量保证", " 欢迎来电"])

    rows = mix(rng, 26, lambda r: (normal if rng.random() < 0.7 else legit_svc_title)(r), ip_fn=lambda r: ip_title(r, rng.choice(["cert", "seal", "grant", "sale"])))
    trs, items = [], []
    for i, (ip, t) in enumerate(rows):
        oid = digits(rng, 5)
        href = "/gongying/show-%s.html" % oid
        co = company(rng, ip=ip and rng.random() < 0.6)
        r = rng.random()
        if r < 0.35:
            price = "面议"
        elif r < 0.6:
            price = "%d元" % (rng.choice([2000, 3000, 4500, 12000]) if ip else rng.choice([15, 38, 120, 260, 980]))
        elif r < 0.8:
            price = "￥{:,}".format(rng.choice([12800, 23000, 36000]) if ip else rng.choice([1580, 2300, 1200, 3650]))
        else:
            price = rng.choice(["3.5万", "1.2万", "8万"]) if ip else "%d元/吨" % rng.choice([2000, 4600, 7800])
        disp = cut(t, 18)
        if disp:
            title_html = '<A href="%s" target=_blank title="%s"><FONT color=#0000FF>%s</FONT></A>' % (href, E(t), E(disp))
        elif rng.random() < 0.3 and " " in t:
            a, b = t.split(" ", 1)
            title_html = '<A href="%s" target=_blank><FONT color=#0000FF>%s<BR> %s</A>' % (href, E(a), E(b))   # unclosed FONT
        elif ip:   # spammers break keywords up with tags to dodge filters
            title_html = '<A href="%s" target=_blank><FONT color=#0000FF>%s</FONT></A>' % (href, split_tags(rng, t, "SPAN"))
        else:
            title_html = '<A href="%s" target=_blank><FONT color=#0000FF>%s</FONT></A>' % (href, E(t))
        if rng.random() < 0.5:
            co_html = '<A href="/company/%s/" target=_blank>%s</A>' % (hx(rng, 8, string.ascii_lowercase), E(co))
        else:
            co_html = E(co)
        # price cell: sometimes with <b>
        ph = ("<B>%s</B>" % E(price)) if rng.random() < 0.4 else E(price)
        close_tr = "</TR>" if i % 3 else ""      # many rows leave <TR> unclosed
        trs.append('<TR bgColor=#ffffff onmouseover="this.bgColor=\'#F3F8FE\'" onmouseout="this.bgColor=\'#ffffff\'">'
                   '<TD width="46%%" height=26>&nbsp;%s<BR><FONT color=#666666>%s</FONT>'
                   '<TD width="28%%">%s<TD width="12%%" align=center><FONT color=#FF6600>%s</FONT><TD width="14%%" align=center>%s%s'
                   % (title_html, E(rng.choice(["联系人：" + rng.choice(["王经理", "李先生", "陈女士", "刘工"]), "所在地：" + rng.choice(CITIES), "会员第%d年" % rng.randint(1, 12)])),
                      co_html, ph, date_str(rng), close_tr))
        items.append(it(urljoin(url, href), t, co, price))
    ad = ('<TR class=tg bgColor=#fff8e0><TD colspan=4><IMG src="/images/tg.gif"> <A href="http://www.huangye-b2b.test/tg/click.asp?id=%s" target=_blank><FONT color=red>%s</FONT></A> <FONT color=#999999>[推广]</FONT></TD></TR>'
          % (digits(rng, 4), E(uniq(normal, rng))))
    cats = "".join('<LI><A href="/gongying/%s/">%s</A></LI>' % (hx(rng, 6, string.ascii_lowercase), c)
                   for c in ["专利转让", "商标转让", "知识产权代理", "五金工具", "纺织皮革", "电子元器件", "包装印刷", "农副产品", "化工原料", "办公用品"])
    stale = '<!--<TR><TD><A href="/gongying/show-10001.html">%s</A><TD>%s<TD>面议<TD>2019-05-01</TR>-->' % (E(uniq(ip_title, rng)), E(company(rng)))
    body = (
        '<BODY leftMargin=0 topMargin=0>\n<div class="top"><TABLE width=980 align=center><TR><TD><A href="/"><IMG src="/images/logo.gif" border=0 alt="黄页B2B"></A></TD>'
        '<TD align=right><A href="/reg.asp">免费注册</A> | <A href="/login.asp">会员登录</A> | <A href="/help/">帮助</A></TD></TR></TABLE></div>\n'
        '<div class="nav"><A href="/">首页</A> <A href="/gongying/">供应</A> <A href="/qiugou/">求购</A> <A href="/company/">公司库</A> <A href="/news/">资讯</A></div></div>\n'
        '<TABLE width=980 align=center cellPadding=0 cellSpacing=0><TR><TD vAlign=top width=200>\n<div class="leftbox"><div class="tit">行业分类</div><UL>%s</UL></div>\n'
        '<TD vAlign=top>\n<div class="weizhi">您的位置：<A href="/">首页</A> &gt;&gt; <A href="/gongying/">供应信息</A> &gt;&gt; 专利转让</div>\n'
        '<TABLE width="100%%" border=0 cellPadding=3 cellSpacing=1 bgColor=#cccccc class=list>\n'
        '<TR bgColor=#e8f0f8><TH>供应信息</TH><TH>公司名称</TH><TH>价格</TH><TH>更新日期</TH></TR>\n%s\n%s\n%s\n</TABLE>\n'
        '</div></div>\n'
        '<div class="page">共 %d 条 第3/9页 <A href="list_1.html">首页</A> <A href="list_2.html">上一页</A> <A href="list_4.html">下一页</A> <A href="list_9.html">尾页</A></div>\n'
        '</TD></TR></TABLE>\n<div class="foot"><p>Copyright &copy; 2006-2026 huangye-b2b.test All Rights Reserved 客服QQ：%s<br>免责声明：本站信息由会员自行发布，真实性请自行核实</div>\n'
        '<script language="javascript" src="/js/tongji.js"></script>\n'
        % (cats, ad, "\n".join(trs), stale, 26 * 9, digits(rng, 9)))   # no </BODY>
    head = '<META name="keywords" content="专利转让,商标转让,供应信息"><style>%s</style>' % css_block(rng, 25)
    html_text = doc("专利转让供应信息_第3页_黄页B2B", head, body, meta_style="http",
                    doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">').replace("\n</html>\n", "\n")
    return dict(name="b2b_table_broken", url=url, kind="list", html=html_text, items=items)


# ------------------------------------------------------------------ 9. uni-app / mini-program-like H5 list (hash router)
def uniapp(rng):
    url = "https://h5.youxuan-mall.test/h5/#/pages/search/result?kw=" + u8q("商标") + "&from=home"
    dv = "data-v-" + hexs(rng, 8)
    rows = mix(rng, 16, goods_title, ip_fn=lambda r: ip_title(r, rng.choice(["tm", "seal"])))
    cells, items = [], []
    for i, (ip, t) in enumerate(rows):
        gid = digits(rng, 6)
        href = "#/pages/goods/detail?gid=%s&from=search&idx=%d" % (gid, i)
        v = (rng.randint(200, 3000) + 0.0) if ip else goods_price(rng, 5, 300)
        p = fmt_price(v, 1 if rng.random() < 0.5 else 2)
        shop = (company(rng, ip=True) if ip else shop_name(rng)) if rng.random() < 0.7 else None
        cells.append(
            '<uni-view %s class="goods-item"><a class="navigator-wrap" href="%s"><uni-navigator %s class="goods-nav" hover-class="navigator-hover">'
            '<uni-image %s class="goods-img"><div style="background-image: url(&quot;https://img.youxuan-mall.test/goods/%s.jpg&quot;); background-size: cover;"></div>'
            '<img data-src="https://img.youxuan-mall.test/goods/%s.jpg" draggable="false"></uni-image>'
            '<uni-view %s class="goods-info"><uni-text %s class="goods-name"><span>%s</span></uni-text>'
            '<uni-view %s class="goods-price"><uni-text %s class="yen"><span>￥</span></uni-text><uni-text %s class="num"><span>%s</span></uni-text>'
            '<uni-text %s class="sales"><span>月销%d</span></uni-text></uni-view></uni-view></uni-navigator></a>%s</uni-view>'
            % (dv, E(href), dv, dv, hexs(rng, 12), hexs(rng, 12), dv, dv, E(t), dv, dv, dv, p, dv, rng.randint(0, 2000),
               ('<uni-view %s class="shop-line"><uni-text %s><span>店铺：%s</span></uni-text></uni-view>' % (dv, dv, E(shop))) if shop else ""))
        items.append(it(urljoin(url, href), t, shop, "￥" + p))
    body = (
        '<body class="uni-body pages-search-result"><noscript><strong>请开启JavaScript</strong></noscript>'
        '<uni-app class="uni-app--maxwidth"><uni-page data-page="pages/search/result"><uni-page-head uni-page-head-type="default"><div class="uni-page-head" style="background-color: rgb(255, 255, 255); color: rgb(0, 0, 0);">'
        '<div class="uni-page-head-hd"><div class="uni-page-head-btn"><i class="uni-btn-icon" style="color: rgb(0, 0, 0); font-size: 27px;">&#xe601;</i></div></div>'
        '<div class="uni-page-head-bd"><div class="uni-page-head__title" style="font-size: 16px; opacity: 1;">搜索结果</div></div></div></uni-page-head>'
        '<uni-page-wrapper><uni-page-body><uni-view %s class="page">'
        '<uni-view %s class="search-bar"><uni-input %s class="search-input"><div class="uni-input-wrapper"><input maxlength="140" type="text" class="uni-input-input" value="商标"></div></uni-input></uni-view>'
        '<uni-view %s class="tabs"><uni-view %s class="tab active">综合</uni-view><uni-view %s class="tab">销量</uni-view><uni-view %s class="tab">价格</uni-view></uni-view>'
        '<uni-view %s class="goods-list">\n%s\n</uni-view>'
        '<uni-view %s class="load-more"><uni-text %s><span>没有更多了</span></uni-text></uni-view>'
        '<uni-view %s class="guess"><uni-view %s class="guess-title">猜你喜欢</uni-view>%s</uni-view>'
        '</uni-view></uni-page-body></uni-page-wrapper></uni-page>'
        '<uni-tabbar class="uni-tabbar-bottom"><div class="uni-tabbar"><div class="uni-tabbar__item">首页</div><div class="uni-tabbar__item">分类</div><div class="uni-tabbar__item">购物车</div><div class="uni-tabbar__item">我的</div></div></uni-tabbar>'
        '</uni-app><script src="/h5/static/js/chunk-vendors.%s.js"></script><script src="/h5/static/js/index.%s.js"></script></body>'
        % (dv, dv, dv, dv, dv, dv, dv, dv, "\n".join(cells), dv, dv, dv, dv,
           "".join('<uni-view %s class="guess-card" data-url="/pages/goods/detail?gid=%s"><uni-text %s><span>%s</span></uni-text><uni-text %s class="price"><span>￥%s</span></uni-text></uni-view>'
                   % (dv, digits(rng, 6), dv, E(uniq(goods_title, rng)), dv, fmt_price(goods_price(rng))) for _ in range(4)),
           hexs(rng, 8), hexs(rng, 8)))
    head = ('<meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0">'
            '<link rel="stylesheet" href="/h5/static/index.%s.css"><style>%s</style>' % (hexs(rng, 8), css_block(rng, 45)))
    return dict(name="uniapp_h5_list", url=url, kind="list", html=doc("优选商城", head, body), items=items)


# ------------------------------------------------------------------ 10. PDD store page with tiny shop header
def pdd_store(rng):
    mall = digits(rng, 9)
    url = "https://mobile.yangkeduo.test/mall_page.html?mall_id=%s&refer_page_name=goods_detail&refer_page_id=10014_%s" % (mall, hexs(rng, 16))
    shop = rng.choice(BRANDS) + rng.choice(["知识产权服务", "企服小店", "商标专利办理"])
    rows = mix(rng, 18, legit_svc_title, ratio=0.35, ip_fn=lambda r: ip_title(r, rng.choice(["grant", "tm", "sale"])))
    cells, items = [], []
    for i, (ip, t) in enumerate(rows):
        gid = digits(rng, 12)
        href = "/goods.html?goods_id=%s&page_from=39&refer_page_el_sn=%s" % (gid, digits(rng, 5))
        v = rng.randint(29, 3999) + rng.choice([0.0, 0.9, 0.8])
        ip_int = str(int(v))
        dec = ("%.1f" % v)[-2:] if v != int(v) else ""
        cells.append(
            '<div class="_1v1Q0k8x"><a class="_2cP6Tjqt" href="%s"><div class="_3NvCq2Jx"><img data-src="https://img.pddpic.test/gaudit-image/2026-10-%02d/%s.jpeg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>'
            '<p class="_1bO2v0XJ">%s</p><div class="_2lcfPBpy"><span class="_3kIl4M0k">¥</span><span class="_1J5dz1cx">%s</span>%s<span class="_2Ue1YGa0">已拼%s件</span></div></a></div>'
            % (E(href), rng.randint(1, 28), hexs(rng, 32), E(t), ip_int, ('<span class="_1J5dz1cx _2M0WH2mR">%s</span>' % dec) if dec else "",
               rng.choice(["1.2万", "3562", "98", "10万+", "7021"])))
        items.append(it(urljoin(url, href), t, shop, "¥" + ip_int + dec))
    body = (
        '<body><div id="main"><div class="_3aTQl02G">'
        '<div class="_2bnP6xAW"><img class="_2NqgGk0C" data-src="https://img.pddpic.test/mall/%s.png" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<div class="_1zv4Qlp2"><div class="_3Tq3CfJr">%s</div><div class="_3TnxoMiw">已拼%s件 · 粉丝%s</div></div><div class="_2OrmCpPf">+ 关注</div></div>'
        '<div class="_1mGgPpCx"><span class="_3wYH0Sgq _1hxX8SSN">首页</span><span class="_3wYH0Sgq">全部商品</span><span class="_3wYH0Sgq">评价</span><span class="_3wYH0Sgq">店铺资质</span></div>'
        '<div class="_2k7gC0Kf"><div class="_32b0fPqO">店铺优惠券</div><div class="_1dYn1K9c">满200减15</div><div class="_1dYn1K9c">满500减40</div></div>'
        '<div class="_3RZ6vt0Q"><div class="_2tJAmi4y">热销商品</div>\n%s\n</div>'
        '<div class="_2yqL3Wdp">— 没有更多商品了 —</div>'
        '<div class="_1HTtFXmx"><div class="_1ydh_lGx">店铺客服</div><div class="_2AyGqjEI">进店逛逛</div></div>'
        '</div></div>\n<script>window.rawData={"store":{"mallInfo":{"mallName":%s,"mallId":%s},"goodsList":%s}};</script></body>'
        % (hexs(rng, 20), E(shop), rng.choice(["12.3万", "8.6万", "3.1万"]), rng.choice(["2.1万", "5632", "1.8万"]), "\n".join(cells),
           js(shop), mall, js([{"goods_name": x["title"], "link_url": x["url"]} for x in items[:8]])))
    head = '<meta name="viewport" content="width=device-width,initial-scale=1"><style>%s</style>' % css_block(rng, 50, "_")
    return dict(name="pdd_store", url=url, kind="list", html=doc(shop + " - 拼多多", head, body), items=items)


PAGES = [tmall, pdd_search, goofish, jd, a1688, dangdang, vue_ssr, b2b_table, uniapp, pdd_store]
