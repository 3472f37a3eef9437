from common import *

# ============================================================== Taobao-like search
def taobao():
    r = random.Random(101)
    kw = "专利申请"
    url = "https://s.taobao.test/search?q=%s&imgfile=&js=1&stats_click=search_radio_all%%3A1&initiative_id=staobaoz_20240512&ie=utf8" % q(kw)
    n = 33
    svc = ["发明专利申请代理", "实用新型专利申请", "外观设计专利申请", "专利检索查新报告", "专利年费代缴服务", "专利撰写 技术交底书指导",
           "PCT国际专利申请咨询", "专利无效宣告咨询", "专利答复审查意见", "专利权评价报告代办", "专利变更著录项目", "专利证书相框 实木定制"]
    books = ["专利法及实施细则 2024新版", "专利代理实务 考试教材", "专利申请文件撰写实战指南", "知识产权法 第六版 教材", "发明与专利 入门图解"]
    attrs = ["正规代理机构", "国家知识产权局备案", "一对一撰写", "可开专票", "资深代理师", "全国受理", "流程透明", "官费另计", "包邮", "正版现货"]
    ill_pos = ill_positions(r, n, 0.2)
    ills = iter(illegal_titles(r, len(ill_pos)))
    shops = ["知航知识产权旗舰店", "华创专利代理企业店", "博远知识产权", "智汇专利事务所", "金诺商标专利", "中诚知产服务店",
             "新华文轩图书旗舰店", "法律出版社旗舰店", "启明专利工作室", "天润IP企业店", "恒信企服", "卓越知识产权服务"]
    items, cards, auctions = [], [], []
    for i in range(n):
        nid = 612000000000 + r.randint(10**8, 9 * 10**8)
        if i in ill_pos:
            title = next(ills); shop = r.choice(shops[:6] + [nick(r, "tb") + "的小店"])
        elif r.random() < 0.25:
            title = r.choice(books) + " " + r.choice(["正版", "现货速发", "法律出版社", "知识产权出版社"]) + " " + r.choice(attrs[-2:])
            shop = r.choice(shops[6:8])
        else:
            title = r.choice(svc) + " " + " ".join(r.sample(attrs, 2))
            shop = r.choice(shops)
        price_v = r.choice(["39.90", "99.00", "168.00", "299.00", "500.00", "1299.00", "2500.00", "4800.00", "12.80", "58.00", "1.00"])
        price = "¥" + price_v
        href = "//item.taobao.test/item.htm?id=%d" % nid
        if i % 7 == 3:
            href += "&ns=1&abbucket=%d" % r.randint(1, 20)
        iurl = join(url, href)
        items.append(item(iurl, title, shop, price))
        uid = r.randint(10**8, 4 * 10**9)
        deal = r.choice(["1000+人付款", "300+人付款", "58人付款", "6人付款", "2000+人付款", "0人付款", "100+人付款"])
        place = r.choice(PLACES)
        tmark = split_kw(title, ["专利", "申请"], '<span class="H">', '</span>')
        trunc = len(title) > 30 and r.random() < 0.5
        if trunc:
            short = title[:26]
            tmark = split_kw(short, ["专利", "申请"], '<span class="H">', '</span>') + "..."
        tattr = (' title="%s"' % E(title)) if trunc else ""
        icons = "".join('<li class="icon"><span class="icon-service-%s"></span></li>' % x
                        for x in r.sample(["jinpaimaijia", "baoxian", "tianmao", "xinpin", "fuwu"], 1))
        cards.append('''<div class="item J_MouserOnverReq  " data-category="auctions" data-index="%d">
<div class="pic-box J_MouseEneterLeave J_PicBox"><div class="pic-box-inner"><div class="pic">
<a class="pic-link J_ClickStat J_ItemPicA" href="%s" target="_blank" data-nid="%d" id="J_Itemlist_PLink_%d">
<img id="J_Itemlist_Pic_%d" class="J_ItemPic img" src="//g.alicdn.test/s.gif" data-src="//g-search%d.alicdn.test/img/bao/uploaded/i%d/%d/O1CN01%s.jpg_230x230.jpg" alt="%s"/>
</a></div></div></div>
<div class="ctx-box J_MouseEneterLeave J_IconMoreNew">
<div class="row row-1 g-clearfix"><div class="price g_price g_price-highlight"><span>&yen;</span><strong>%s</strong></div><div class="deal-cnt">%s</div></div>
<div class="row row-2 title"><a id="J_Itemlist_TLink_%d" class="J_ClickStat" data-nid="%d" href="%s" trace="msrp_auction" target="_blank"%s>
%s
</a></div>
<div class="row row-3 g-clearfix"><div class="shop"><a class="shopname J_MouseEneterLeave J_ShopInfo" data-userid="%d" data-nid="%d" href="//store.taobao.test/shop/view_shop.htm?user_number_id=%d" target="_blank"><span>%s</span></a></div><div class="location">%s</div></div>
<div class="row row-4 g-clearfix"><div class="feature-icons J_IconMoreNew"><ul class="icons">%s</ul></div><div class="wangwang"><a href="//amos.alicdn.test/getcid.aw?v=3&amp;uid=%d" class="ww-inline ww-online"><span>旺旺在线</span></a></div></div>
</div></div>''' % (i, E(href), nid, nid, nid, r.randint(1, 4), r.randint(1, 4), uid, fake_token(r, 12), E(title),
                    price_v, deal, nid, nid, E(href), tattr, tmark, uid, nid, uid, E(shop), place, icons, uid))
        if i < 6:
            auctions.append({"p4p": "", "nid": str(nid), "category": "50023914", "raw_title": title, "detail_url": href,
                             "view_price": price_v, "view_sales": deal, "nick": shop, "item_loc": place})
        if i == 9:
            # in-grid ad (p4p)
            cards.append('''<div class="item J_MouserOnverReq item-ad " data-category="p4p" data-index="p4p-1">
<div class="pic-box"><div class="pic"><a class="pic-link J_U2IStat" href="//click.simba.taobao.test/cc_im?p=%s&amp;s=1234567&amp;k=525&amp;e=%s" target="_blank"><img class="J_ItemPic img" src="//g.alicdn.test/s.gif" data-src="//g-search2.alicdn.test/img/bao/uploaded/i2/ad.jpg_230x230.jpg"/></a></div></div>
<div class="ctx-box"><div class="row row-1"><div class="price g_price"><span>&yen;</span><strong>880.00</strong></div><div class="deal-cnt">500+人付款</div></div>
<div class="row row-2 title"><a class="J_U2IStat" href="//click.simba.taobao.test/cc_im?p=%s&amp;s=1234567&amp;k=525" target="_blank">高新技术企业认定辅导 一站式知识产权管家</a></div>
<div class="row row-3"><div class="shop"><a class="shopname" href="//store.taobao.test/shop/view_shop.htm?user_number_id=22001">企知道企业服务</a></div><div class="location">北京</div></div>
<div class="row row-4"><span class="ad-flag">广告</span></div></div></div>''' % (q(kw), fake_token(r, 30), q(kw)))
    hot = ["专利申请", "商标注册", "软件著作权", "版权登记", "高新技术企业", "外观专利", "实用新型", "发明专利", "专利转让", "商标转让", "公司注册", "代理记账"]
    cats = ["女装", "男装", "内衣", "鞋靴", "箱包", "母婴", "家电", "数码", "手机", "美妆", "洗护", "生鲜", "零食", "家装", "百货", "汽车", "企业服务", "图书"]
    filt = filters([("品牌", ["知航", "华创", "博远", "智汇", "金诺", "中诚", "法律出版社"]),
                    ("价格", ["0-50元", "50-200元", "200-1000元", "1000-3000元", "3000元以上"]),
                    ("发货地", ["北京", "上海", "广州", "深圳", "杭州", "江浙沪", "珠三角", "海外"])],
                   lambda g, o: "/search?q=%s&cps=yes&ppath=%s" % (q(kw), q(g + ":" + o)), cls="m-sortbar J_SortBar")
    state = {"pageName": "mainsrp", "mods": {"itemlist": {"status": "show", "data": {"postFeeText": "运费", "trace": "msrp_auction", "auctions": auctions}},
             "related": {"status": "show", "data": {"words": [{"text": w, "href": "/search?q=" + q(w)} for w in hot[:8]]}},
             "pager": {"status": "show", "data": {"pageSize": 44, "totalPage": 100, "currentPage": 1, "totalCount": 4400}}}}
    body = '''<div id="J_SiteNav" class="site-nav"><div class="site-nav-bd" id="J_SiteNavBd">
<ul class="site-nav-bd-l" id="J_SiteNavBdL"><li class="site-nav-menu site-nav-login" id="J_SiteNavLogin"><div class="site-nav-menu-hd"><a href="//login.taobao.test/member/login.jhtml?f=top&amp;redirectURL=https%%3A%%2F%%2Fs.taobao.test%%2F" target="_top"><span>亲，请登录</span></a></div></li>
<li class="site-nav-menu site-nav-register"><a href="//reg.taobao.test/member/new_register.jhtml?from=tbtop&amp;ex_info=&amp;ex_sign=" target="_top"><span>免费注册</span></a></li>
<li class="site-nav-menu site-nav-mobile"><a href="//www.taobao.test/m" target="_top">手机逛淘宝</a></li></ul>
<ul class="site-nav-bd-r" id="J_SiteNavBdR"><li class="site-nav-menu site-nav-home"><a href="//www.taobao.test/" target="_top">淘宝网首页</a></li><li class="site-nav-menu site-nav-mytaobao"><a href="//i.taobao.test/my_taobao.htm" target="_top">我的淘宝</a></li><li class="site-nav-menu site-nav-cart"><a href="//cart.taobao.test/cart.htm?from=mini&amp;ad_id=&amp;am_id=&amp;cm_id=" target="_top"><span class="site-nav-cart-icon"></span>购物车<strong class="h" id="J_MiniCartNum"></strong></a></li><li class="site-nav-menu site-nav-favor"><a href="//shoucang.taobao.test/item_collect.htm" target="_top">收藏夹</a></li><li class="site-nav-menu"><a href="//seller.taobao.test/">千牛卖家中心</a></li><li class="site-nav-menu"><a href="//consumerservice.taobao.test/">联系客服</a></li></ul>
</div></div>
<!-- header start -->
<div id="header" class="header"><div class="header-inner"><h1 class="logo"><a href="//www.taobao.test/" title="淘宝网"><img src="//img.alicdn.test/tfs/TB1_logo-143-59.png" alt="淘宝网"/></a></h1>
<div class="search-wrap" id="J_Search"><form class="search-form" id="J_SearchForm" action="/search" method="get"><div class="search-tab"><a class="current">宝贝</a><a href="//shopsearch.taobao.test/search?q=%s">店铺</a></div>
<input class="search-combobox-input" name="q" id="q" value="%s" autocomplete="off" accesskey="s"/><input type="hidden" name="imgfile"/><input type="hidden" name="ie" value="utf8"/><button class="btn-search" type="submit">搜索</button></form>
<div class="search-hots-lines" id="J_HotWords"><span class="label">大家都在搜：</span>%s</div></div></div></div>
<!-- header end -->
<div class="grid-total"><div class="grid-left">
<div class="m-nav" id="J_Nav"><div class="crumbs">%s</div></div>
<div class="m-breadcrumb" id="J_Crumbs"><a href="//www.taobao.test/">首页</a> &gt; <a href="//s.taobao.test/list?cat=50023914">企业服务</a> &gt; <a href="//s.taobao.test/list?cat=50025707">知识产权</a> &gt; <span class="crumb-cur">“%s”</span> <span class="total">共 4400 件宝贝</span></div>
%s
<div class="m-sortbar"><div class="sorts"><a class="sort active" href="javascript:;">综合排序</a><a class="sort" href="/search?q=%s&amp;sort=sale-desc">销量</a><a class="sort" href="/search?q=%s&amp;sort=credit-desc">信用</a><a class="sort" href="/search?q=%s&amp;sort=price-asc">价格</a></div></div>
<div class="m-itemlist"><div class="grid g-clearfix"><div class="items" id="J_itemlistCont" data-spm="1">
%s
</div></div></div>
<!--
<div class="item J_MouserOnverReq" data-category="auctions"><div class="row row-2 title"><a href="//item.taobao.test/item.htm?id=600000000001">已下架宝贝 专利申请代理</a></div></div>
-->
<div class="m-page g-clearfix" id="J_Pager">%s</div>
</div>
<div class="grid-right"><div class="m-p4p" id="J_p4p_right"><div class="hd"><h4>掌柜热卖</h4><span class="ad-tip">广告</span></div><ul class="bd">
<li><a href="//click.simba.taobao.test/cc_im?p=zl&amp;s=998877&amp;k=1" target="_blank"><img src="//img.alicdn.test/p4p/1.jpg" width="160"/><span class="title">商标注册全类代理 官费透明</span><span class="price">&yen;300.00</span></a></li>
<li><a href="//click.simba.taobao.test/cc_im?p=zl&amp;s=998877&amp;k=2" target="_blank"><img src="//img.alicdn.test/p4p/2.jpg" width="160"/><span class="title">软件著作权登记 30个工作日</span><span class="price">&yen;450.00</span></a></li>
<li><a href="//click.simba.taobao.test/cc_im?p=zl&amp;s=998877&amp;k=3" target="_blank"><img src="//img.alicdn.test/p4p/3.jpg" width="160"/><span class="title">专利年费监控提醒服务 一年</span><span class="price">&yen;99.00</span></a></li>
</ul></div></div></div>
<div class="m-related" id="J_Related"><span class="label">您是不是想找：</span>%s</div>
%s
<script type="text/javascript">
g_page_config = %s;
g_srp_loadCss();
g_srp_init();
</script>
<script>window.__HOTWORDS__=%s;window.g_hasLogin=false;</script>
<!-- tb-srp 2024.05.12 build 6.3.17 -->''' % (
        q(kw), E(kw), links(hot, lambda w: "/search?q=" + q(w) + "&suggest=hot", cls="hot-item"),
        links(cats, lambda w: "//s.taobao.test/list?q=" + q(w), sep=" "), E(kw), filt, q(kw), q(kw), q(kw),
        "\n".join(cards), pager(lambda p: "/search?q=%s&s=%d" % (q(kw), (p - 1) * 44), 1, 100, cls="pager wraper"),
        links(["专利申请代理", "商标注册代理", "发明专利", "外观专利申请", "实用新型专利申请", "专利转让", "软著申请", "专利检索"], lambda w: "/search?q=" + q(w), sep=" "),
        icp_footer("浙", "09109183", "淘宝（中国）软件有限公司", [("关于淘宝", "//www.taobao.test/about/"), ("合作伙伴", "//www.taobao.test/partner/"), ("营销中心", "//yingxiao.taobao.test/"), ("廉正举报", "//jubao.alibaba.test/"), ("联系客服", "//consumerservice.taobao.test/"), ("开放平台", "//open.taobao.test/"), ("诚征英才", "//job.alibaba.test/")]),
        J(state), J(hot))
    h = head("%s_淘宝搜索" % kw, extra='<link rel="stylesheet" href="//g.alicdn.test/s/search/6.3.17/mainsrp.css"/>\n<script src="//g.alicdn.test/kissy/k/6.2.4/seed-min.js"></script>\n<!--[if lt IE 9]><script src="//g.alicdn.test/html5shiv.js"></script><![endif]-->')
    return "taobao_search.html", url, "list", page(h, body), items

# ============================================================== JD-like search
def jd():
    r = random.Random(202)
    kw = "印章定制"
    url = "https://search.jd.test/Search?keyword=%s&enc=utf-8&wq=%s&pvid=8f2c1e0a9b3d4e5f" % (q(kw), q(kw))
    n = 30
    base = ["光敏印章 姓名章 定制", "原子印章 刻字 个人名章", "翻斗印章 自动出油", "藏书印章 篆刻 石章", "印台 印泥 快干 红色",
            "印章收纳盒 带锁 公司用", "日期章 可调 回墨", "儿童姓名贴 印章 卡通", "铜章 私章 手工雕刻", "财务专用印台 大号",
            "光敏印油 10ml 补充液", "手账印章 复古 木质", "篆刻刀 套装 初学", "寿山石 印章料 闲章", "发票专用章盒 皮质"]
    brands = ["得力（deli）", "齐心（Comix）", "晨光（M&G）", "信之康", "三木（SUNWOOD）", "西泠印社", "卓立", "旗牌"]
    ill_pos = ill_positions(r, n, 0.2)
    ills = iter(illegal_titles(r, len(ill_pos)))
    items, lis = [], []
    for i in range(n):
        sku = 100000000000 + r.randint(10**9, 9 * 10**10)
        b = r.choice(brands)
        if i in ill_pos:
            title = next(ills); shop = company(r, "印章") .replace("有限公司", "专营店")
        else:
            title = b + " " + r.choice(base) + " " + r.choice(["办公用品", "可刻字", "送印油", "10个装", "企业定制", "1枚"])
            shop = (b.split("（")[0] + ("京东自营旗舰店" if r.random() < 0.5 else "文具旗舰店"))
        pv = r.choice([9.9, 15.8, 19.9, 25.0, 39.0, 58.0, 128.0, 299.0, 1299.0, 4.5])
        price = "￥%.2f" % pv
        href = "//item.jd.test/%d.html" % sku
        items.append(item(join(url, href), title, shop, price))
        promo = r.choice(["【可开专票】支持企业采购", "新品上市 刻字免费", "", "限时直降 下单立减", "【京东物流】次日达"])
        namemark = split_kw(title, ["印章", "定制", "公章"], '<font class="skcolor_ljg">', '</font>')
        vid = r.randint(10**6, 10**7)
        lis.append('''<li data-sku="%d" data-spu="%d" ware-type="10" bybt="0" class="gl-item">
<div class="gl-i-wrap">
<div class="p-img"><a target="_blank" title="%s" href="%s" onclick="searchlog(1,'%d','%d','2','','flagsClk=2097575')"><img width="220" height="220" data-img="1" src="//misc.360buyimg.test/lib/img/e/blank.gif" data-lazy-img="//img1%d.360buyimg.test/n7/jfs/t1/%d/%d/%s.jpg" /></a><div data-lease="" data-catid="2606" data-venid="%d" data-presale="0" data-done="1"></div></div>
<div class="p-price"><strong class="J_%d" data-done="1"><em>￥</em><i data-price="%d">%.2f</i></strong></div>
<div class="p-name p-name-type-2"><a target="_blank" title="%s" href="%s" onclick="searchlog(1,'%d','%d','1','','flagsClk=2097575')"><em>%s</em><i class="promo-words" id="J_AD_%d">%s</i></a></div>
<div class="p-commit"><strong><a id="J_comment_%d" target="_blank" href="%s#comment">%s</a>条评价</strong></div>
<div class="p-shop" data-dongdian="" data-verderid="%d" data-score="5" data-reputation="%d"><span class="J_im_icon"><a target="_blank" class="curr-shop hd-shopname" onclick="searchlog(1,'%d',0,58)" href="//mall.jd.test/index-%d.html?from=pc" title="%s">%s</a><b class="im-02" title="联系客服"></b></span></div>
<div class="p-icons" id="J_pro_%d" data-done="1">%s</div>
<div class="p-operate"><a class="p-o-btn focus  J_focus" data-sku="%d" href="javascript:;"><i></i>关注</a><a class="p-o-btn addcart" href="//cart.jd.test/gate.action?pid=%d&amp;pcount=1" target="_blank"><i></i>加入购物车</a></div>
</div></li>''' % (sku, sku, E(promo), E(href), sku, i, r.randint(0, 9), r.randint(100000, 999999), r.randint(100, 999), fake_token(r, 24), vid,
                  sku, sku, pv, E(promo), E(href), sku, i, namemark, sku, E(promo), sku, E(href),
                  r.choice(["2万+", "5000+", "1000+", "200+", "60", "9"]), vid, r.randint(90, 99), sku, vid, E(shop), E(shop), sku,
                  r.choice(['<i class="goods-icons J-picon-tips J-picon-fix" data-idx="1" data-tips="京东自营，品质保障">自营</i>', '<i class="goods-icons4 J-picon-tips" data-tips="购买本商品送赠品">赠</i>', '', '<i class="goods-icons4 J-picon-tips">券199-20</i>']),
                  sku, sku))
        if i in (4, 17):
            asku = 100099000000 + i
            lis.append('''<li data-sku="%d" ware-type="10" class="gl-item gl-item-presell" data-ad="1">
<div class="gl-i-wrap"><div class="p-img"><a target="_blank" href="//ccc-x.jd.test/dsp/nc?ext=%s&amp;log=%s" onclick="searchlog(1,'%d','%d','2','','adwClk=1')"><img width="220" height="220" src="//misc.360buyimg.test/lib/img/e/blank.gif" data-lazy-img="//img10.360buyimg.test/n7/jfs/ad%d.jpg" /></a></div>
<div class="p-price"><strong><em>￥</em><i>69.00</i></strong></div>
<div class="p-name p-name-type-2"><a target="_blank" href="//ccc-x.jd.test/dsp/nc?ext=%s" title=""><em>得力 自动<font class="skcolor_ljg">印章</font> 翻斗式 公司财务</em></a></div>
<div class="p-shop"><span class="J_im_icon"><a class="curr-shop hd-shopname" href="//mall.jd.test/index-1000002000.html" title="得力京东自营旗舰店">得力京东自营旗舰店</a></span></div>
<div class="p-icons"><span class="p-promo-flag">广告</span></div></div></li>''' % (asku, fake_token(r, 40), fake_token(r, 20), asku, i, i, fake_token(r, 40)))
    hot = ["光敏印章", "姓名章", "印台", "印泥", "藏书章", "篆刻", "日期章", "印章盒", "手账印章", "石章"]
    cats = ["家用电器", "手机/运营商/数码", "电脑/办公", "家居/家具/家装/厨具", "男装/女装/童装/内衣", "美妆/个护清洁/宠物", "女鞋/箱包/钟表/珠宝", "男鞋/运动/户外", "房产/汽车/汽车用品", "母婴/玩具乐器", "食品/酒类/生鲜/特产", "艺术/礼品鲜花/农资绿植", "医药保健/计生情趣", "图书/文娱/教育/电子书", "机票/酒店/旅游/生活", "理财/众筹/白条/保险"]
    filt = filters([("品牌", [b.split("（")[0] for b in brands]), ("价格", ["0-10", "10-30", "30-100", "100-500", "500以上"]),
                    ("发货地", ["北京", "上海", "天津", "广东", "浙江", "江苏", "山东"]), ("类别", ["印章", "印台", "印油", "印章盒"])],
                   lambda g, o: "/Search?keyword=%s&enc=utf-8&ev=%s" % (q(kw), q(g + "_" + o)), cls="J_selector selector")
    body = '''<!--shortcut start-->
<div id="shortcut-2014"><div class="w"><ul class="fl"><li class="dorpdown" id="ttbar-mycity"><div class="dt cw-icon"><i class="iconfont">&#xe600;</i><span class="ui-areamini-text" data-id="1" title="北京">北京</span></div></li></ul>
<ul class="fr"><li class="fore1" id="ttbar-login"><a href="javascript:login();" class="link-login">你好，请登录</a>&nbsp;&nbsp;<a href="javascript:regist();" class="link-regist style-red">免费注册</a></li><li class="spacer"></li><li class="fore2"><div class="dt"><a target="_blank" href="//order.jd.test/center/list.action">我的订单</a></div></li><li class="spacer"></li><li class="fore3 dorpdown" id="ttbar-myjd"><div class="dt cw-icon"><a target="_blank" href="//home.jd.test/">我的京东</a></div></li><li class="spacer"></li><li class="fore4"><div class="dt"><a target="_blank" href="//vip.jd.test/">京东会员</a></div></li><li class="spacer"></li><li class="fore5"><div class="dt"><a target="_blank" href="//b.jd.test/">企业采购</a></div></li><li class="spacer"></li><li class="fore8 dorpdown" id="ttbar-navs"><div class="dt cw-icon">网站导航</div></li></ul></div></div>
<!--shortcut end-->
<div id="header"><div class="w"><div id="logo-2014"><a href="//www.jd.test/" class="logo">京东</a></div>
<div id="search-2014"><ul id="shelper" class="hide"></ul><div class="form"><input type="text" onkeydown="javascript:if(event.keyCode==13) search('key');" autocomplete="off" id="key" accesskey="s" class="text" value="%s" /><button onclick="search('key');return false;" class="button cw-icon"><i></i>搜索</button></div></div>
<div id="hotwords">%s</div>
<div id="settleup-2014" class="dorpdown"><div class="cw-icon"><i class="ci-left"></i><i class="ci-right">&gt;</i><a target="_blank" href="//cart.jd.test/cart.action">我的购物车</a></div></div></div></div>
<div id="nav-2014"><div class="w"><div class="w-spacer"></div><div class="dorpdown" id="categorys-2014"><div class="dt"><a target="_blank" href="//www.jd.test/allSort.aspx">全部商品分类</a></div><div class="dd"><div class="cate_menu">%s</div></div></div>
<div id="navitems-2014"><ul><li><a href="//miaosha.jd.test/">秒杀</a></li><li><a href="//a.jd.test/">优惠券</a></li><li><a href="//plus.jd.test/">PLUS会员</a></li><li><a href="//red.jd.test/">品牌闪购</a></li><li><a href="//paimai.jd.test/">拍卖</a></li><li><a href="//jiadian.jd.test/">京东家电</a></li><li><a href="//chaoshi.jd.test/">京东超市</a></li></ul></div></div></div>
<div id="J_crumbsBar" class="crumbs-bar"><div class="crumbs-nav"><div class="crumbs-nav-main clearfix"><div class="crumbs-nav-item"><div class="crumbs-first"><a href="//search.jd.test/Search?keyword=%s&amp;enc=utf-8">全部结果</a></div></div><i class="crumbs-arrow">&gt;</i><div class="crumbs-nav-item"><a href="//list.jd.test/list.html?cat=670,729,4837">办公用品</a></div><i class="crumbs-arrow">&gt;</i><div class="crumbs-nav-item"><strong class="search-key">"%s"</strong></div></div></div></div>
<div id="J_searchWrap" class="w"><div id="J_container" class="container">
%s
<div id="J_filter" class="filter"><div class="f-line top"><div class="f-sort"><a href="javascript:;" class="curr">综合<i></i></a><a href="javascript:;">销量<i></i></a><a href="javascript:;">评论数<i></i></a><a href="javascript:;">新品<i></i></a><a href="javascript:;">价格<i></i></a></div><div class="f-pager" id="J_topPage"><span class="fp-text"><b>1</b><em>/</em><i>100</i></span><a class="fp-prev disabled" href="javascript:;">&lt;</a><a class="fp-next" onclick="SEARCH.page(3, true)" href="javascript:;" title="使用方向键右键也可翻到下一页哦！">&gt;</a></div></div></div>
<div id="J_goodsList" class="goods-list-v2 gl-type-1 J-goods-list"><ul class="gl-warp clearfix" data-tpl="1">
%s
</ul><span class="clr"></span><div class="notice-loading-more"><span>正在加载中，请稍后~~</span></div></div>
<div class="page clearfix"><div id="J_bottomPage" class="p-wrap">%s</div></div>
</div>
<div id="J_promGoodsWrap_292" class="m aside" data-type="ad"><div class="mt"><h3>商品精选</h3><span class="ad-text">广告</span></div><div class="mc"><ul><li><a href="//ccc-x.jd.test/dsp/nc?ext=side1" target="_blank"><img data-lazy-img="//img10.360buyimg.test/n1/side1.jpg"/><div class="p-name">晨光 印台 速干 2个装</div><div class="p-price">￥12.90</div></a></li><li><a href="//ccc-x.jd.test/dsp/nc?ext=side2" target="_blank"><img data-lazy-img="//img10.360buyimg.test/n1/side2.jpg"/><div class="p-name">齐心 光敏印章机</div><div class="p-price">￥799.00</div></a></li></ul></div></div>
</div>
<div id="J_relSearch" class="rel-search"><div class="w"><strong>相关搜索：</strong>%s</div></div>
%s
<script>
var LogParms = {"log_id":"1715512345678.1234","keyword":"%s","cid":"","sort":"","page":1,"qr":"","q":"","show_items":"%s"};
SEARCH.init({"page_count":100,"hotwords":%s,"ad_switch":1,"list_hq":true});
</script>''' % (
        E(kw), links(hot[:7], lambda w: "//search.jd.test/Search?keyword=" + q(w) + "&enc=utf-8", sep=""),
        "".join('<li class="cate_menu_item"><a target="_blank" class="cate_menu_lk" href="//channel.jd.test/%d.html">%s</a></li>' % (k, E(c)) for k, c in enumerate(cats)),
        q(kw), E(kw), filt, "\n".join(lis),
        pager(lambda p: "javascript:SEARCH.page(%d, true);" % (2 * p - 1), 1, 100, cls="p-num", extra='<span class="p-skip"><em>共<b>100</b>页&nbsp;&nbsp;到第</em><input class="input-txt" value="1"/><em>页</em><a class="btn btn-default" href="javascript:;">确定</a></span>'),
        links(["光敏印章定制", "姓名印章", "公司印章盒", "印台印泥", "藏书印", "篆刻印章", "个人印章", "财务印台"], lambda w: "//search.jd.test/Search?keyword=" + q(w) + "&enc=utf-8", sep=""),
        icp_footer("京", "11041704", "京东JD.test", [("关于我们", "//about.jd.test/"), ("联系我们", "//about.jd.test/contact/"), ("联系客服", "//help.jd.test/"), ("合作招商", "//zhaoshang.jd.test/"), ("商家帮助", "//helpcenter.jd.test/"), ("营销中心", "//jzt.jd.test/"), ("手机京东", "//app.jd.test/")], cls="w footer-2014"),
        E(kw), ",".join(str(x["url"].split("/")[-1].split(".")[0]) for x in items[:10]), J(hot))
    h = head("%s - 商品搜索 - 京东" % kw, charset="utf-8", extra='<link rel="stylesheet" type="text/css" href="//misc.360buyimg.test/jdf/1.0.0/unit/??ui-base/5.0.0/ui-base.css,shortcut/5.0.0/shortcut.css"/>\n<link rel="icon" href="//www.jd.test/favicon.ico"/>')
    return "jd_search.html", url, "list", page(h, body), items

# ============================================================== Xianyu / goofish search
def goofish():
    r = random.Random(303)
    kw = "商标转让"
    url = "https://www.goofish.test/search?q=%s&spm=a21ybx.home.searchInput.0" % q(kw)
    n = 24
    cls_ = ["第%d类" % c for c in [3, 9, 25, 29, 30, 32, 35, 41, 43]]
    names = ["青禾", "木野", "拾光", "鹿小七", "云栖", "山茶里", "半糖", "熊大叔", "橙意", "简初", "初见", "北纬", "蓝鲸", "茶小满", "花间集", "野火"]
    ill_pos = ill_positions(r, n, 0.2)
    ills = iter(illegal_titles(r, len(ill_pos)))
    items, cards = [], []
    wrap_idx = set(r.sample([i for i in range(n)], 5))
    for i in range(n):
        iid = 780000000000 + r.randint(10**8, 9 * 10**8)
        if i in ill_pos:
            title = next(ills)
        elif r.random() < 0.3:
            title = r.choice(["闲置", "自用", "九成新", "个人"]) + r.choice(["商标注册证书相框", "商标法实务书籍", "光敏印章机 9成新", "专利证书收纳册"]) + " 便宜出"
        else:
            title = "%s商标转让 %s %s 已下证 %s" % (r.choice(names), r.choice(cls_), r.choice(["服装鞋帽", "食品饮料", "餐饮服务", "化妆品", "电子产品", "教育培训", "广告销售"]), r.choice(["个人持有 无抵押", "可办加急过户", "注册满3年 无争议", "有授权书可看"]))
        seller = nick(r)
        pv = r.choice(["2000", "1,299", "6800", "35", "880", "12000", "150", "3999"])
        price = "¥" + pv
        real = "https://www.goofish.test/item?id=%d&categoryId=%d" % (iid, r.randint(50000000, 50099999))
        if i in wrap_idx:
            href = "/link?url=%s&amp;spm=a21ybx.search.feeds.%d" % (q(real), i)
            extra = ' mu="%s"' % E(real)
        else:
            href = E(real); extra = ""
        items.append(item(real, title, seller, price))
        want = r.choice(["2人想要", "15人想要", "", "刚刚擦亮", "1人想要", "34人想要"])
        trunc = len(title) > 22
        shown = title[:20] + "..." if trunc else title
        cards.append('''<a class="feeds-item-wrap--rGdH_KoF" href="%s"%s target="_blank" data-spm-anchor-id="a21ybx.search.feeds.%d"><div class="feeds-image-container--pxcHJPNB"><img class="feeds-image--TDRC4fV1" src="https://img.alicdn.test/bao/uploaded/i%d/O1CN01%s_!!0-fleamarket.jpg_360x360q90.jpg_.webp" loading="lazy" alt=""/></div>
<div class="feeds-content--Ik3ww_i4"><div class="row1-wrap-title--qIlOySTh"><span class="main-title--sMrtWSJa" title="%s">%s</span></div>
<div class="row3-wrap-price--mHZjqSJa"><div class="price-wrap--YzmU5cUl"><span class="sign--x6uVdG3Q">¥</span><span class="number--NKh1vXWM">%s</span></div><div class="price-desc--AjRASGJ7"><span class="text--MaM9Cmdn">%s</span></div></div>
<div class="row4-wrap-seller--_LnGXsmS"><div class="seller-left--Zo7A_Tbw"><img class="seller-avatar--tQcAkyhH" src="https://img.alicdn.test/bao/uploaded/avatar/%d.jpg_80x80.jpg" loading="lazy"/><div class="seller-text-wrap--J0fQlnfx"><p class="seller-text--Rr2Y3EbB">%s</p></div></div><div class="seller-right--hXCnRCWw"><span class="seller-location--sjgnYSq3">%s</span></div></div></div></a>''' % (
            href, extra, i, r.randint(1, 4), fake_token(r, 16), E(title), E(shown), pv, want, r.randint(10**6, 10**7), E(seller), r.choice(PLACES).split(" ")[-1]))
    hot = ["iPhone 15", "二手相机", "商标转让", "闲置图书", "露营装备", "游戏机", "专利转让", "自行车", "潮玩盲盒", "租房"]
    filt = filters([("品牌", ["不限", "个人闲置", "企业转让", "知产服务商"]), ("价格", ["100以下", "100-500", "500-2000", "2000-10000", "10000以上"]),
                    ("发货地", ["同城", "浙江", "广东", "江苏", "上海", "北京"]), ("新旧程度", ["全新", "几乎全新", "轻微使用痕迹", "明显使用痕迹"])],
                   lambda g, o: "/search?q=%s&filter=%s" % (q(kw), q(g + ":" + o)), cls="search-filter-wrap--iWx3VCc0")
    state = {"searchResult": {"resultInfo": {"keyword": kw, "totalCount": 2380, "pageNumber": 1, "rowsPerPage": 30}, "hotWords": hot, "tabs": ["闲鱼", "鱼塘", "用户"]},
             "env": {"isLogin": False, "site": "goofish", "abTest": {"feedsV2": "B"}}}
    body = '''<div id="ice-container"><div class="page-container--Yo3WJ5CD">
<div class="header-container--_MvXWPGJ"><div class="top-bar--yBzDHJBo"><a href="https://www.goofish.test/" class="top-link">闲鱼首页</a><a href="https://www.goofish.test/publish" class="top-link">发闲置</a><a href="https://www.goofish.test/im" class="top-link">消息</a><a href="https://login.goofish.test/login" class="top-link login--y2OEp7iq">登录</a><a href="https://www.goofish.test/download" class="top-link">下载闲鱼APP</a></div>
<div class="search-container--eigqxPi6"><a class="logo--ypKxT7wq" href="https://www.goofish.test/"><img src="https://gw.alicdn.test/imgextra/goofish-logo.png" alt="闲鱼"/></a><form class="search-form--wDRgWVOl" action="/search"><input class="search-input--WY2l9QD3" name="q" value="%s" placeholder="搜索闲置宝贝"/><button class="search-icon--bewLHteU" type="submit">搜索</button></form>
<div class="hot-words--lZC1bnXq"><span>大家都在搜</span>%s</div></div></div>
<div class="category-bar--h4yA3DUm">%s</div>
<div class="breadcrumb--cEAxw8Rd"><a href="https://www.goofish.test/">闲鱼</a><span>/</span><a href="https://www.goofish.test/category?cat=知识产权">知识产权</a><span>/</span><span>%s</span></div>
%s
<!-- feeds start -->
<div class="content-container--gIWgkNkm"><div class="feeds-list-container--UkIMBPNk">
%s
</div>
<div class="ad-slot--KpW3J7Y2" data-ad-slot="search_feeds_bottom"><span class="ad-tag">广告</span><a href="https://ad.goofish.test/click?aid=88231&amp;pos=bottom" target="_blank"><img src="https://img.alicdn.test/ad/banner-recycle.jpg" alt="闲鱼回收 手机估价"/></a></div>
<div class="search-pagination--XH3ky6Tj">%s</div></div>
<div class="footer--gJqTpxR8"><div class="footer-links"><a href="https://www.goofish.test/about">关于闲鱼</a><a href="https://rule.goofish.test/">闲鱼规则</a><a href="https://www.goofish.test/help">帮助中心</a></div>%s</div>
</div></div>
<script>window.__ICE_APP_CONTEXT__ = %s;</script>
<script>window.__HOT_QUERY__ = %s;</script>''' % (
        E(kw), links(hot[:6], lambda w: "/search?q=" + q(w), cls="hot-word--Pn4HpQ7k"),
        links(["手机", "数码", "图书", "服饰", "母婴", "家居", "运动", "知识产权", "租房", "技能服务"], lambda w: "/category?cat=" + q(w), cls="category-item--y8Fd6Ewc"),
        E(kw), filt, "\n".join(cards),
        pager(lambda p: "/search?q=%s&page=%d" % (q(kw), p), 1, 50, cls="search-pagination-page-box--AbqmJFFp"),
        icp_footer("浙", "2022031548", "杭州闲鱼信息技术有限公司", [("营业执照", "https://www.goofish.test/license"), ("隐私政策", "https://www.goofish.test/privacy")], cls="footer-icp--TTtSdiTu"),
        J(state), J(hot))
    h = head("%s_闲鱼" % kw, extra='<meta name="viewport" content="width=device-width,initial-scale=1"/>\n<link rel="stylesheet" href="https://g.alicdn.test/idlefish-pc/search/1.2.14/index.css"/>')
    return "goofish_search.html", url, "list", page(h, body), items

# ============================================================== 1688-like offer search
def ali1688():
    r = random.Random(404)
    kw = "光敏印章机"
    url = "https://s.1688.test/selloffer/offer_search.htm?keywords=%s&n=y&netType=1%%2C11%%2C16&spm=a260k.dacugeneral.search.0" % q(kw)
    n = 34
    base = ["全自动光敏印章机 双色 刻章设备 厂家直销", "光敏印章材料 印面 垫片 批发 10片装", "光敏印章机 小型 家用 刻字机 电脑排版",
            "光敏印油 补充液 10ml 批发 红蓝黑", "光敏章 外壳 方形 圆形 带盖 可定制logo", "激光雕刻机 印章 橡胶 小型", "光敏印章菲林 打印胶片 A4 50张",
            "曝光灯管 光敏印章机配件 原装", "印章机 一体机 刻章店专用 带软件", "原子印章外壳 批发 多规格", "翻斗印章 光敏 日期章 工厂",
            "印泥 快干 财务专用 大号 批发"]
    ill_pos = ill_positions(r, n, 0.2)
    ills = iter(illegal_titles(r, len(ill_pos)))
    items, lis = [], []
    for i in range(n):
        oid = 590000000000 + r.randint(10**8, 9 * 10**8)
        comp = company(r, r.choice(["印章", "办公用品", "电子", "贸易", "科技"]))
        if i in ill_pos:
            title = next(ills)
        else:
            title = r.choice(base) + " " + r.choice(["支持一件代发", "现货秒发", "源头工厂", "量大从优", "跨境专供", "新款"])
        pricev = r.choice(["12.50", "3.80", "0.65", "268.00", "1580.00", "3200.00", "45.00", "8.90", None])
        price = ("￥" + pricev) if pricev else "面议"
        href = "//detail.1688.test/offer/%d.html" % oid
        items.append(item(join(url, href), title, comp, price))
        short = title if len(title) <= 24 else title[:22] + "..."
        tm = split_kw(short, ["光敏", "印章", "公章"], '<font color="red">', '</font>')
        pr = ('<span class="sm-offer-priceNum sw-dpl-offer-priceNum" title="&yen;%s"><span class="su">￥</span>%s</span>' % (pricev, pricev)) if pricev else '<span class="sm-offer-priceNum sw-dpl-offer-priceNum sm-offer-priceNum-negotiable">面议</span>'
        shopdom = "shop%s" % fake_token(r, 10).lower().replace("_", "x").replace("-", "y")
        lis.append('''<li class="sm-offer-item sw-dpl-offer-item " t-rank="%d" t-offer-id="%d" t-age="%d" trace-obj="offer" data-offer-id="%d">
<div class="sm-offer-photo sw-dpl-offer-photo"><a href="%s" target="_blank" offer-stat="pic" class="sw-ui-photo220-box" trace="offer"><img class="sm-offer-photo-img" src="//img.alicdn.test/tps/s.gif" data-lazy-src="//cbu01.alicdn.test/img/ibank/O1CN01%s_!!%d-0-cib.220x220.jpg" alt="%s"/></a></div>
<div class="sm-offer-price sw-dpl-offer-price">%s<span class="sm-offer-trade sw-dpl-offer-trade sm-offer-tradeBt" title="近90天成交%d笔">成交<em>%d</em>笔</span></div>
<div class="sm-offer-title sw-dpl-offer-title"><a href="%s" title="%s" target="_blank" offer-stat="title" class="sm-offer-title-link">%s</a></div>
<div class="sm-offer-sale sw-dpl-offer-sale"><span class="sm-offer-sale-min">%s起批</span></div>
<div class="sm-offer-company sw-dpl-offer-company"><div class="sm-offer-companyTag"><a class="sw-ui-flaticon-cxt16x16" href="//%s.1688.test/page/creditdetail.htm" target="_blank">%d年</a></div><a class="sm-offer-companyName sw-dpl-offer-companyName " href="//%s.1688.test" target="_blank" title="%s" offer-stat="com">%s</a></div>
<div class="sm-offer-location sw-dpl-offer-location"><span>%s</span><a class="sm-offer-ww" href="//amos.alicdn.test/msg.aw?v=2&amp;uid=%s" target="_blank">旺旺</a></div>
</li>''' % (i + 1, oid, r.randint(1, 12), oid, E(href), fake_token(r, 14), r.randint(10**9, 4 * 10**9), E(title), pr, r.randint(0, 9000), r.randint(0, 9000),
                    E(href), E(title), tm, r.choice(["1个", "2件", "10片", "1台", "100个"]), shopdom, r.randint(1, 15), shopdom, E(comp), E(comp), r.choice(PLACES), q(comp)))
    hot = ["光敏印章机", "印章材料", "刻章机", "印油", "激光雕刻机", "印章外壳", "菲林", "印台", "原子印章", "翻斗印章"]
    cats = ["服装", "鞋靴", "家纺家饰", "办公文化", "五金工具", "电子元器件", "包装", "印刷", "机械", "化工", "日用百货", "数码电脑"]
    filt = filters([("品牌", ["得力", "齐心", "华强", "创联", "信之康", "其他"]), ("价格", ["0-10元", "10-100元", "100-1000元", "1000元以上"]),
                    ("发货地", ["浙江", "广东", "江苏", "山东", "福建", "河北", "上海"]), ("经营模式", ["生产加工", "经销批发", "招商代理"])],
                   lambda g, o: "/selloffer/offer_search.htm?keywords=%s&filt=%s" % (q(kw), q(g + "=" + o)), cls="sm-filter s-module-filter")
    body = '''<div id="alibar" class="ali-bar"><div class="alibar-inner"><ul class="ali-bar-l"><li><a href="//www.1688.test/">阿里巴巴首页</a></li><li><a href="//login.1688.test/member/signin.htm" rel="nofollow">请登录</a></li><li><a href="//member.1688.test/member/join/enterprise_join.htm" rel="nofollow">免费注册</a></li></ul>
<ul class="ali-bar-r"><li><a href="//work.1688.test/">我的阿里</a></li><li><a href="//cart.1688.test/cart.htm">进货单</a></li><li><a href="//favorite.1688.test/">收藏夹</a></li><li><a href="//work.1688.test/?tracelog=sellerfromtop">卖家中心</a></li><li><a href="//page.1688.test/shtml/static/forbuyer.html">客户服务</a></li></ul></div></div>
<!-- s-module-header -->
<div class="s-module-header"><div class="s-header-inner"><a class="s-logo" href="//www.1688.test/"><img src="//img.alicdn.test/tfs/1688-logo-190-60.png" alt="1688"/></a>
<div class="s-search"><form action="//s.1688.test/selloffer/offer_search.htm" method="get"><ul class="s-search-tab"><li class="current">产品</li><li><a href="//s.1688.test/company/company_search.htm?keywords=%s">供应商</a></li><li><a href="//s.1688.test/newbuyoffer/buyoffer_search.htm?keywords=%s">求购</a></li></ul><input type="text" name="keywords" class="s-search-input" value="%s"/><button type="submit" class="s-search-btn">搜 索</button></form>
<div class="s-hot-keywords"><span>热搜：</span>%s</div></div></div></div>
<div class="s-module-nav"><div class="s-nav-inner"><span class="s-nav-all">全部类目</span>%s</div></div>
<div class="s-module-crumbs"><a href="//www.1688.test/">首页</a><span class="arrow">&gt;</span><a href="//s.1688.test/selloffer/-CEC1.html">办公文化</a><span class="arrow">&gt;</span><a href="//s.1688.test/selloffer/-D3A1D5C2.html">印章</a><span class="arrow">&gt;</span><em>%s</em><span class="count">共<b>3,612</b>件相关产品</span></div>
%s
<div class="s-module-sortbar"><a class="sort-item active" href="javascript:;">综合</a><a class="sort-item" href="javascript:;">成交额</a><a class="sort-item" href="javascript:;">价格</a><span class="sm-widget-checkbox"><label><input type="checkbox"/>支持一件代发</label><label><input type="checkbox"/>7天包换</label></span></div>
<div class="s-module-offerlist"><div id="sm-offer-list-wrap" class="sm-offer sm-offer-list-wrap">
<ul id="sm-offer-list" class="sm-offer-list sw-dpl-offer-list fd-clr">
%s
</ul></div></div>
<div class="s-module-p4p" id="s-module-p4p-bottom"><div class="p4p-title">精准推荐 <span class="ad-flag">广告</span></div><ul>
<li><a href="//dj.1688.test/ci_bb?a=%s&amp;e=%s" target="_blank"><img src="//cbu01.alicdn.test/img/p4p1.jpg"/><span>高速光敏印章机 一次成型 送材料</span><span class="price">￥2380.00</span></a></li>
<li><a href="//dj.1688.test/ci_bb?a=%s&amp;e=%s" target="_blank"><img src="//cbu01.alicdn.test/img/p4p2.jpg"/><span>印章店全套设备 开店一条龙</span><span class="price">￥6800.00</span></a></li></ul></div>
<div class="s-module-pagination"><div class="fui-paging" id="fui_widget_4">%s</div></div>
<div class="s-module-footer">%s</div>
<script type="text/javascript">
window.__SEARCH_PAGE_DATA__ = %s;
</script>
<!-- hsf: s.1688.test-20240512-1 cost 213ms -->''' % (
        q(kw), q(kw), E(kw), links(hot, lambda w: "//s.1688.test/selloffer/offer_search.htm?keywords=" + q(w), sep=" "),
        links(cats, lambda w: "//s.1688.test/selloffer/" + q(w) + ".html", cls="s-nav-item"), E(kw), filt, "\n".join(lis),
        fake_token(r, 20), fake_token(r, 20), fake_token(r, 20), fake_token(r, 20),
        pager(lambda p: "/selloffer/offer_search.htm?keywords=%s&beginPage=%d" % (q(kw), p), 1, 50, cls="fui-paging-list"),
        icp_footer("浙", "08101925", "1688.test", [("阿里巴巴集团", "//www.alibabagroup.test/"), ("淘宝网", "//www.taobao.test/"), ("天猫", "//www.tmall.test/"), ("1688", "//www.1688.test/"), ("闲鱼", "//www.goofish.test/")]),
        J({"keywords": kw, "pageSize": 60, "total": 3612, "spellWords": ["光敏印章", "印章机", "刻章机"], "categories": [{"id": 1048, "name": "印章"}, {"id": 1049, "name": "印台印油"}]}))
    h = head("%s-%s批发、促销价格、产地货源 - 阿里巴巴" % (kw, kw), charset="utf-8", extra='<meta name="keywords" content="%s,%s批发,%s价格"/>' % (kw, kw, kw))
    return "1688_offer_search.html", url, "list", page(h, body), items

# ============================================================== tech-transfer mall with /link?url= wrappers, /goods/N.html
def mall():
    r = random.Random(505)
    kw = "专利转让"
    url = "https://www.jsmall.test/search?kw=%s&cate=0&page=1" % q(kw)
    n = 18
    inv = ["一种可折叠的户外太阳能充电装置", "一种基于物联网的智能灌溉控制系统", "一种建筑用脚手架快速连接扣件", "一种新型环保型防水涂料及其制备方法",
           "一种多功能儿童安全座椅", "一种中药材切片烘干一体机", "一种锂电池极片的涂布方法", "一种模块化快递柜", "一种防堵塞污水提升泵",
           "一种光伏板自动清洗机器人", "一种可调节高度的办公桌", "一种宠物自动喂食器", "一种高效节能的热泵烘干设备", "一种石墨烯导热膜的制备方法",
           "一种汽车座椅通风结构"]
    ill_pos = ill_positions(r, n, 0.2)
    ills = iter(illegal_titles(r, len(ill_pos)))
    wrap = set(r.sample(range(n), 8))
    items, dls = [], []
    sellers = [company(r, "知识产权代理") for _ in range(6)] + ["个人发布", "某高校技术转移中心"]
    for i in range(n):
        gid = 10000 + r.randint(1000, 90000)
        if i in ill_pos:
            title = next(ills)
        else:
            title = "%s %s专利转让 %s" % (r.choice(inv), r.choice(["发明", "实用新型", "外观设计"]), r.choice(["已授权 维持有效", "授权公告号可查", "年费已缴", "可分期"]))
        seller = r.choice(sellers)
        pr = r.choice(["2000元", "面议", "3.5万元", "8800元", "面议", "1.2万元", "¥6,500"])
        real_rel = "/goods/%d.html" % gid
        real = join(url, real_rel)
        if i in wrap:
            href = "/link?url=%s&amp;from=search&amp;pos=%d" % (b64(real), i + 1)
            da = ' data-url="%s"' % E(real)
        else:
            href = real_rel; da = ""
        items.append(item(real, title, seller, pr))
        trunc = len(title) > 28
        shown = (title[:25] + "...") if trunc else title
        shown_m = split_kw(shown, ["专利", "转让"], "<b>", "</b>")
        if pr == "面议":
            prm = '<dd class="g-price mianyi"><span>面议</span></dd>'
        elif pr.endswith("元"):
            prm = '<dd class="g-price"><b>%s</b>%s</dd>' % (pr[:-2] if pr.endswith("万元") else pr[:-1], "万元" if pr.endswith("万元") else "元")
        else:
            prm = '<dd class="g-price"><em>¥</em><b>6,500</b></dd>'
        sid = 300 + sellers.index(seller)
        dls.append('''<dl class="goods-item clearfix" data-gid="%d">
<dt class="g-pic"><a href="%s"%s target="_blank"><img class="lazy" src="/static/images/loading.gif" data-original="/uploads/goods/2024/0%d/%s.jpg" alt="%s" width="180" height="135"/></a></dt>
<dd class="g-name"><a href="%s"%s target="_blank" title="%s">%s</a></dd>
%s
<dd class="g-attr"><span>专利类型：%s</span><span>法律状态：%s</span><span>行业：%s</span></dd>
<dd class="g-shop">发布方：<a href="/shop/%d.html" target="_blank">%s</a> <span class="g-time">%s</span></dd>
<dd class="g-op"><a href="javascript:;" class="btn-fav" data-gid="%d">收藏</a><a href="/consult?gid=%d" class="btn-consult" rel="nofollow">立即咨询</a></dd>
</dl>''' % (gid, href, da, r.randint(1, 5), fake_token(r, 10), E(title), href, da, E(title), shown_m, prm,
            r.choice(["发明", "实用新型", "外观设计"]), r.choice(["已授权", "已下证", "实审中"]), r.choice(["新能源", "机械", "化工", "农业", "电子信息", "建筑"]),
            sid, E(seller), dt(r, sec=False)[:10], gid, gid))
    hot = ["专利转让", "商标转让", "高企认定", "软件著作权", "技术成果", "专利许可", "发明专利", "实用新型", "外观设计", "专利质押"]
    filt = filters([("品牌", ["不限", "高校院所", "知识产权机构", "企业", "个人"]), ("价格", ["面议", "5000元以下", "5000-2万", "2万-10万", "10万以上"]),
                    ("发货地", ["北京", "广东", "江苏", "浙江", "山东", "四川", "湖北"]), ("专利类型", ["发明", "实用新型", "外观设计"])],
                   lambda g, o: "/search?kw=%s&f=%s" % (q(kw), q(g + "-" + o)), cls="search-filter")
    body = '''<div class="topbar"><div class="wrap"><span class="welcome">您好，欢迎来到技术交易商城！</span><a href="/login.html" rel="nofollow">[登录]</a><a href="/register.html" rel="nofollow">[免费注册]</a><div class="fr"><a href="/user/">会员中心</a>|<a href="/publish.html">免费发布</a>|<a href="/help/">帮助中心</a>|<a href="/app.html">手机版</a></div></div></div>
<div class="header wrap"><div class="logo"><a href="/"><img src="/static/images/logo.png" alt="技术交易商城"/></a></div>
<div class="search-box"><form action="/search" method="get"><select name="cate"><option value="0">专利</option><option value="1">商标</option><option value="2">版权</option></select><input type="text" name="kw" value="%s" class="kw"/><input type="submit" class="btn" value="搜索"/></form>
<div class="hot-kw">热搜：%s</div></div><div class="hotline">服务热线：<b>400-800-1234</b></div></div>
<div class="nav"><div class="wrap"><ul><li><a href="/">首页</a></li><li class="cur"><a href="/patent/">专利交易</a></li><li><a href="/trademark/">商标交易</a></li><li><a href="/copyright/">版权登记</a></li><li><a href="/gaoqi/">高企服务</a></li><li><a href="/news/">行业资讯</a></li><li><a href="/about.html">关于我们</a></li></ul></div></div>
<div class="crumb wrap">当前位置：<a href="/">首页</a> &gt; <a href="/patent/">专利交易</a> &gt; 搜索“%s”</div>
<div class="wrap main clearfix"><div class="left-side">
%s
<div class="sort-bar"><a class="on" href="javascript:;">默认</a><a href="/search?kw=%s&amp;order=price">价格</a><a href="/search?kw=%s&amp;order=time">最新发布</a><span class="total">共找到 <em>1,286</em> 条结果</span></div>
<!-- 列表开始 -->
<div class="goods-list" id="goodsList">
%s
</div>
<!-- 列表结束 -->
<div class="pages">%s</div></div>
<div class="right-side"><div class="ad-box"><span class="ad-label">广告</span><a href="https://ad.jsmall.test/go?id=77" target="_blank"><img src="/uploads/ad/gaoqi-banner.jpg" alt="高企认定一站式服务"/></a></div>
<div class="side-box"><h3>最新成交</h3><ul><li><a href="/deal/8812.html">一种自动分拣装置 成交价 面议</a></li><li><a href="/deal/8811.html">一种空气净化器滤网 成交价 6000元</a></li><li><a href="/deal/8810.html">第25类“栖木”商标 成交价 1.8万元</a></li></ul></div></div></div>
<div class="footer"><div class="wrap"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/law.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>%s</div></div>
<script type="text/javascript">
var SITE_CONF = %s;
$("img.lazy").lazyload({effect:"fadeIn"});
</script>''' % (E(kw), links(hot, lambda w: "/search?kw=" + q(w), sep=" "), E(kw), filt, q(kw), q(kw), "\n".join(dls),
                pager(lambda p: "/search?kw=%s&cate=0&page=%d" % (q(kw), p), 1, 72, cls="pagination"),
                icp_footer("苏", "2021004321", "南京技易网络科技有限公司", [("友情链接", "/links.html")]),
                J({"kw": kw, "total": 1286, "suggest": hot, "linkRedirect": "/link?url="}))
    h = head("%s_专利交易_技术交易商城" % kw, extra='<meta name="keywords" content="专利转让,专利交易,专利买卖"/>\n<meta name="description" content="技术交易商城提供专利转让、商标转让信息。"/>\n<link rel="stylesheet" href="/static/css/style.css?v=20240301"/>')
    return "mall_patent_search.html", url, "list", page(h, body), items

ALL = [taobao, jd, goofish, ali1688, mall]
