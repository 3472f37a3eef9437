from common import *

def cards(r, specs, href_fn, cls):
    return "".join('<li class="%s"><a href="%s" target="_blank"><img src="%s" data-src="//img.static.test/rec/%s.jpg" width="110" height="110"/><p class="rec-title">%s</p><p class="rec-price">%s</p></a></li>' % (
        cls, E(href_fn(k)), "//img.static.test/s.gif", fake_token(r, 10), E(t), E(p)) for k, (t, p) in enumerate(specs))

# ============================================================== Taobao-like item detail with reviews
def tb_item():
    r = random.Random(901)
    iid = 678901234567
    url = "https://item.taobao.test/item.htm?id=%d&spm=a230r.1.14.6.4f2b1c3dXyZ&ns=1&abbucket=11" % iid
    canon = "https://item.taobao.test/item.htm?id=%d" % iid
    title = "漫步者 Lolli Pro 3 真无线主动降噪蓝牙耳机 入耳式 通话降噪 超长续航"
    shop = "漫步者声学专卖店"
    price = "¥399.00"
    desc = "".join("<p>%s</p>" % E(x) for x in [
        "【主动降噪】采用混合主动降噪技术，最大降噪深度42dB，地铁通勤、飞机出行都能享受安静。",
        "【音质】11mm复合振膜动圈单元，支持LDAC高清音频编码，低频饱满，人声清晰。",
        "【通话】6麦克风通话降噪，AI算法识别人声，嘈杂街头通话也能听得清楚。",
        "【续航】耳机单次续航8小时，配合充电盒总续航36小时，充电10分钟可听2小时。",
        "【佩戴】单耳重量4.8g，附赠三种尺寸耳塞，人体工学设计，长时间佩戴不胀痛。",
        "【防水】IP54级防尘防水，运动出汗、小雨天也不用担心。",
        "【连接】蓝牙5.3，支持双设备连接，手机电脑无缝切换；游戏模式低延迟89ms。",
        "【售后】全国联保一年，7天无理由退换，15天只换不修。",
        "温馨提示：耳机首次使用请先放入充电盒充满电；如遇连接问题可长按充电盒按键10秒恢复出厂设置。",
        "包装清单：耳机×2、充电盒×1、Type-C充电线×1、耳塞×3对、说明书×1。"])
    rec = [("漫步者 W820NB 头戴式降噪耳机", "¥299.00"), ("漫步者 花再 Free 半入耳蓝牙耳机", "¥159.00"), ("漫步者 NeoBuds Pro 2", "¥699.00"),
           ("漫步者 Comfo Fit 开放式耳机", "¥269.00"), ("漫步者 X3 Lite 入门款", "¥99.00"), ("耳机保护套 硅胶 适用Lolli Pro3", "¥19.90")]
    reviews = [("t**3", "降噪效果不错，地铁上基本听不到报站了，音质比我之前的好太多。", "颜色分类：雾白"),
               ("小***鱼", "物流很快，第二天就到了，佩戴舒服，就是充电盒有点容易留指纹。", "颜色分类：星空黑"),
               ("j**a", "通话质量好，对方说听得很清楚，续航也够一天用。", "颜色分类：雾白"),
               ("阿***2", "性价比高，LDAC开了之后音质提升明显，推荐。", "颜色分类：樱花粉"),
               ("l**y", "用了一周，双设备连接很方便，偶尔会断连一下，整体满意。", "颜色分类：星空黑")]
    rv = "".join('''<li class="J_KgRate_ReviewItem kg-rate-ct-review-item" id="review-%d"><div class="tb-r-buyer"><div class="from-whom"><div class="avatar"><img src="//img.alicdn.test/sns_logo/avatar_40.png"/></div><div class="tb-r-nick">%s</div></div></div><div class="tb-r-bd"><div class="tb-r-cnt">%s</div><div class="tb-r-info"><span class="tb-r-date">%s</span><span class="tb-r-sku">%s</span></div></div><div class="tb-r-act-bar"><a href="javascript:;" class="tb-r-act-useful">有用(%d)</a></div></li>''' % (
        r.randint(10**10, 10**11), E(n), E(c), dt(r, m0=4, m1=5, sec=False)[:10], E(s), r.randint(0, 30)) for n, c, s in reviews)
    hot = ["蓝牙耳机", "降噪耳机", "漫步者", "运动耳机", "头戴式耳机", "骨传导耳机", "耳机收纳盒", "游戏耳机"]
    filt = filters([("品牌", ["漫步者", "华为", "小米", "索尼", "苹果", "OPPO"]), ("价格", ["0-100元", "100-300元", "300-800元", "800元以上"]), ("发货地", ["广东 深圳", "广东 东莞", "浙江 杭州", "上海"])],
                   lambda g, o: "//s.taobao.test/search?q=%s&ppath=%s" % (q("蓝牙耳机"), q(g + ":" + o)), cls="tb-related-filter")
    body = '''<div id="J_SiteNav" class="site-nav"><div class="site-nav-bd"><ul class="site-nav-bd-l"><li class="site-nav-login"><a href="//login.taobao.test/member/login.jhtml">亲，请登录</a></li><li><a href="//reg.taobao.test/member/new_register.jhtml">免费注册</a></li></ul><ul class="site-nav-bd-r"><li><a href="//www.taobao.test/">淘宝网首页</a></li><li><a href="//i.taobao.test/my_taobao.htm">我的淘宝</a></li><li><a href="//cart.taobao.test/cart.htm">购物车</a></li><li><a href="//shoucang.taobao.test/">收藏夹</a></li></ul></div></div>
<div id="header" class="tb-header"><div class="tb-logo"><a href="//www.taobao.test/"><img src="//img.alicdn.test/tfs/TB1_logo-143-59.png" alt="淘宝网"/></a></div><div class="tb-search"><form action="//s.taobao.test/search"><input name="q" value="" placeholder="搜索宝贝"/><button type="submit">搜淘宝</button><button type="button" class="btn-shop">搜本店</button></form><div class="tb-hotwords">%s</div></div></div>
<div id="J_ShopHeader" class="shop-header"><div class="shop-name"><a href="//shop157732.taobao.test" target="_blank">%s</a></div><ul class="shop-menu"><li><a href="//shop157732.taobao.test/">首页</a></li><li><a href="//shop157732.taobao.test/search.htm">所有宝贝</a></li><li><a href="//shop157732.taobao.test/category-1588.htm">真无线耳机</a></li><li><a href="//shop157732.taobao.test/category-1589.htm">头戴耳机</a></li></ul></div>
<div class="tb-breadcrumb"><a href="//www.taobao.test/">首页</a> &gt; <a href="//s.taobao.test/list?cat=50008090">影音电器</a> &gt; <a href="//s.taobao.test/list?cat=50005050">耳机/耳麦</a> &gt; <span>蓝牙耳机</span></div>
%s
<div id="detail" class="tb-detail"><div class="tb-item-info tb-clear"><div class="tb-gallery"><div class="tb-booth tb-pic"><a href="javascript:;"><img id="J_ImgBooth" src="//gd2.alicdn.test/imgextra/i2/157732/O1CN01main.jpg_400x400.jpg" data-hasZoom="700"/></a></div><ul id="J_UlThumb" class="tb-thumb">%s</ul></div>
<div class="tb-property"><div class="tb-wrap"><div id="J_Title" class="tb-title"><h3 class="tb-main-title" data-title="%s">%s</h3><p class="tb-subtitle">【官方正品 全国联保】LDAC高清音质 42dB深度降噪 36小时长续航</p></div>
<ul class="tb-meta"><li id="J_StrPriceModBox" class="tb-detail-price tb-clear"><span class="tb-property-type">价格</span><div class="tb-property-cont"><strong id="J_StrPrice"><em class="tb-rmb">&yen;</em><em class="tb-rmb-num">399.00</em></strong></div></li>
<li id="J_PromoPrice" class="tb-promo-price"><span class="tb-property-type">淘宝价</span><strong class="tb-promo-price"><em class="tb-rmb">&yen;</em><em id="J_PromoPriceNum" class="tb-rmb-num">399.00</em></strong><span class="tb-promo-type">限时特惠</span></li>
<li class="tb-sell-counter"><a href="#J_Reviews">累计评论<strong id="J_RateCounter">5682</strong></a><a href="#J_DealRecord">交易成功<strong id="J_SellCounter">1万+</strong></a></li></ul>
<dl class="tb-prop tb-clear"><dt class="tb-property-type">颜色分类</dt><dd><ul class="J_TSaleProp tb-img tb-clearfix"><li data-value="1627207:28341"><a href="#"><span>雾白</span></a></li><li data-value="1627207:28320"><a href="#"><span>星空黑</span></a></li><li data-value="1627207:28326"><a href="#"><span>樱花粉</span></a></li></ul></dd></dl>
<div class="tb-action"><div class="tb-btn-buy"><a href="#" class="J_LinkBuy">立即购买</a></div><div class="tb-btn-add"><a href="#" class="J_LinkAdd">加入购物车</a></div></div></div></div>
<div class="tb-shop"><div class="tb-shop-info-hd"><div class="tb-shop-name"><dl><dd><strong><a href="//shop157732.taobao.test" title="%s" target="_blank">%s</a></strong></dd></dl></div></div><div class="tb-shop-rate"><dl><dt>描述</dt><dd><a href="//rate.taobao.test/user-rate-157732.htm">4.9</a></dd></dl><dl><dt>服务</dt><dd><a href="//rate.taobao.test/user-rate-157732.htm">4.9</a></dd></dl><dl><dt>物流</dt><dd><a href="//rate.taobao.test/user-rate-157732.htm">4.8</a></dd></dl></div></div></div>
<div id="J_TjWaterfall" class="tb-side-look"><h4 class="hd">看了又看</h4><ul class="bd">%s</ul></div>
<div id="J_TabBarBox" class="tb-tabbar-wrap"><ul class="tb-tabbar"><li class="selected"><a href="#description">宝贝详情</a></li><li><a href="#J_Reviews">累计评论 <em class="J_ReviewsCount">5682</em></a></li><li><a href="#J_DealRecord">成交记录</a></li></ul></div>
<div id="attributes" class="attributes"><ul class="attributes-list"><li title="EDIFIER/漫步者">品牌:&nbsp;EDIFIER/漫步者</li><li title="Lolli Pro 3">型号:&nbsp;Lolli Pro 3</li><li title="入耳式">佩戴方式:&nbsp;入耳式</li><li title="蓝牙5.3">蓝牙版本:&nbsp;蓝牙5.3</li><li title="有">是否降噪:&nbsp;有</li></ul></div>
<div id="description" class="J_DetailSection tshop-psm"><div id="J_DivItemDesc" class="content">%s</div></div>
<div id="J_Reviews" class="tb-reviews"><div class="tb-revhd"><h4>累计评论</h4><ul class="kg-rate-filter"><li><a href="#">全部(5682)</a></li><li><a href="#">追评(213)</a></li><li><a href="#">图片(1022)</a></li></ul></div><div class="tb-revbd"><ul class="kg-rate-ct-review-list tb-r-comments">%s</ul></div><div class="kg-pagination2">%s</div></div>
<div class="tb-ad" id="J_BottomAd"><span class="tb-ad-flag">广告</span><a href="//click.simba.taobao.test/cc_im?p=erji&amp;s=ad9981" target="_blank"><img src="//img.alicdn.test/p4p/banner790.jpg"/></a></div></div>
%s
<script>
var g_config = {"appId":1,"assetsHost":"//g.alicdn.test","itemId":"%d","shopId":"157732","sellerId":"157732001","sellerNick":"%s","title":"%s","price":"399.00","descUrl":"//itemcdn.taobao.test/desc.htm?id=%d","hotWords":%s};
</script>
<!-- detail-fe 3.2.8 -->''' % (
        links(hot, lambda w: "//s.taobao.test/search?q=" + q(w), sep=" "), E(shop), filt,
        "".join('<li><a href="#"><img src="//gd%d.alicdn.test/imgextra/i%d/157732/O1CN01t%s.jpg_50x50.jpg"/></a></li>' % (k, k, fake_token(r, 8)) for k in range(1, 6)),
        E(title), E(title), E(shop), E(shop), cards(r, rec, lambda k: "//item.taobao.test/item.htm?id=%d" % (iid + 1011 * (k + 1)), "tb-rec-item"), desc, rv,
        pager(lambda p: "#J_Reviews?page=%d" % p, 1, 20, cls="kg-page"),
        icp_footer("浙", "09109183", "淘宝（中国）软件有限公司", [("关于淘宝", "//www.taobao.test/about/"), ("联系客服", "//consumerservice.taobao.test/")]),
        iid, E(shop), E(title), iid, J(hot))
    h = head("%s-淘宝网" % title, extra='<link rel="canonical" href="%s"/>\n<meta name="keywords" content="蓝牙耳机,漫步者,降噪"/>\n<link rel="stylesheet" href="//g.alicdn.test/tb/item-detail/3.2.8/index.css"/>' % canon)
    return "taobao_item_detail.html", url, "detail", page(h, body), [item(canon, title, shop, price)]

# ============================================================== Goofish item (og:url only)
def goofish_item():
    r = random.Random(902)
    iid = 781234567001
    url = "https://www.goofish.test/item?spm=a21ybx.search.feeds.3.5c7e6b3aQwErTy&id=%d&categoryId=50023717" % iid
    canon = "https://www.goofish.test/item?id=%d" % iid
    title = "富士 X-T30 II 微单相机 银色 带15-45镜头 快门4千 箱说全"
    seller = "拾光胶片馆"
    price = "¥5,680"
    desc = "".join("<p>%s</p>" % E(x) for x in [
        "自用富士X-T30二代，去年6月京东购入，有发票，快门数4200左右，机身成色95新，无磕碰无进灰无霉。",
        "套装含：机身、XC15-45mm镜头、原装电池两块、充电器、原装肩带、包装盒说明书都在。",
        "一直配的钢化膜，屏幕完美。镜头前后盖都在，镜片通透无划痕。",
        "出手原因：换了全画幅，这台放着吃灰。仅支持同城面交或顺丰到付，不退不换，介意勿拍。",
        "价格已经很实在了，小刀可以，大刀勿扰。可以视频验机，懂的来。",
        "验机说明：支持实拍样张、快门数截图，面交可以现场试拍，所有功能正常。",
        "同城（杭州西湖区）可以地铁站面交，外地走闲鱼验货宝。"])
    rec = [("索尼 A6400 微单 单机身 99新", "¥4,999"), ("富士 XC35mm F2 定焦镜头", "¥1,150"), ("佳能 M50 二代 套机", "¥3,600"), ("富士 X100V 银色 国行", "¥9,800"),
           ("尼康 Z30 vlog套装", "¥3,900"), ("相机包 单肩 防水", "¥80"), ("富士原装电池 NP-W126S", "¥180"), ("SanDisk 128G 存储卡", "¥95")]
    hot = ["二手相机", "富士", "索尼微单", "镜头", "胶片机", "ccd相机", "拍立得", "GoPro"]
    filt = filters([("品牌", ["富士", "索尼", "佳能", "尼康", "松下"]), ("价格", ["1000以下", "1000-3000", "3000-6000", "6000以上"]), ("发货地", ["同城", "浙江", "上海", "江苏", "广东"])],
                   lambda g, o: "/search?q=%s&filter=%s" % (q("微单相机"), q(g + ":" + o)), cls="item-related-filter--ab12Cd")
    body = '''<div id="ice-container"><div class="page-container--Yo3WJ5CD"><div class="header-container--_MvXWPGJ"><div class="top-bar--yBzDHJBo"><a href="https://www.goofish.test/" class="top-link">闲鱼首页</a><a href="https://www.goofish.test/publish" class="top-link">发闲置</a><a href="https://login.goofish.test/login" class="top-link">登录</a></div>
<div class="search-container--eigqxPi6"><a class="logo--ypKxT7wq" href="https://www.goofish.test/"><img src="https://gw.alicdn.test/imgextra/goofish-logo.png" alt="闲鱼"/></a><form class="search-form--wDRgWVOl" action="/search"><input class="search-input--WY2l9QD3" name="q" value="" placeholder="搜索闲置宝贝"/><button type="submit">搜索</button></form><div class="hot-words--lZC1bnXq">%s</div></div></div>
<div class="breadcrumb--cEAxw8Rd"><a href="https://www.goofish.test/">闲鱼</a><span>/</span><a href="https://www.goofish.test/category?cat=%s">数码相机</a><span>/</span><span>微单</span></div>
%s
<div class="item-container--yLJD5VZj"><div class="item-main-window--O6sDkn7I"><div class="item-main-window-list--od7DK4Fm"><img class="fadeInImg--DnykYtf4" src="https://img.alicdn.test/bao/uploaded/i4/O1CN01cam1_!!0-fleamarket.jpg_790x10000Q90.jpg_.webp" loading="lazy"/><img class="fadeInImg--DnykYtf4" src="https://img.alicdn.test/bao/uploaded/i4/O1CN01cam2_!!0-fleamarket.jpg_790x10000Q90.jpg_.webp" loading="lazy"/></div></div>
<div class="item-main-info--_rN9iFke"><div class="item-user-container--dhe8eMmj"><a class="item-user-info--Md6P6Ynn" href="https://www.goofish.test/personal?userId=2208765432" target="_blank"><img class="item-user-avatar--gJd_MHcT" src="https://img.alicdn.test/bao/uploaded/avatar/2208765432.jpg_80x80.jpg"/><div class="item-user-info-main--wOo1tInK"><div class="item-user-info-nick--rtpDhkmQ">%s</div><div class="item-user-info-label--NLTMHARN">浙江杭州 · 卖家信用极好 · 回复率98%%</div></div></a></div>
<div class="price-wrap--YzmU5cUl"><span class="sign--x6uVdG3Q">¥</span><span class="number--NKh1vXWM">5,680</span><span class="original-price--Yiv0Vc5O">原价¥7,299</span></div>
<div class="want--ecByv3Sr">12人想要 · 860浏览</div>
<div class="main--Nu33bWl6 open--gEYf_BQc"><div class="desc--GaIUKUQY"><h1 class="item-title--kzm5UVPW">%s</h1>%s</div></div>
<div class="labels--ndhPFgp8"><span>成色：几乎全新</span><span>品牌：富士</span><span>型号：X-T30 II</span><span>交易方式：包邮</span></div>
<div class="buy-btn--yN4P8s9b"><a href="https://www.goofish.test/im?itemId=%d" class="chat--OHlQ3qme">聊一聊</a><a href="https://www.goofish.test/create-order?itemId=%d" class="buy--ZWkn_2hS">立即购买</a></div></div></div>
<div class="ad-slot--KpW3J7Y2" data-ad-slot="item_middle"><span class="ad-tag">广告</span><a href="https://ad.goofish.test/click?aid=88119&amp;pos=item" target="_blank"><img src="https://img.alicdn.test/ad/banner-recycle-camera.jpg" alt="相机回收 高价估价"/></a></div>
<div class="feeds-recommend--LjNIwRMT"><div class="title--AKYMv0GM">猜你喜欢</div><ul class="feeds-list-container--UkIMBPNk">%s</ul></div>
<div class="search-pagination--XH3ky6Tj">%s</div>
<div class="footer--gJqTpxR8">%s</div></div></div>
<script>window.__ICE_APP_CONTEXT__ = %s;</script>''' % (
        links(hot, lambda w: "/search?q=" + q(w), cls="hot-word--Pn4HpQ7k"), q("数码相机"), filt, E(seller), E(title), desc, iid, iid,
        cards(r, rec, lambda k: "https://www.goofish.test/item?id=%d" % (iid + 977 * (k + 1)), "feeds-item-wrap--rGdH_KoF"),
        pager(lambda p: "/item?id=%d&recPage=%d" % (iid, p), 1, 5, cls="rec-pager"),
        icp_footer("浙", "2022031548", "杭州闲鱼信息技术有限公司", [("关于闲鱼", "https://www.goofish.test/about"), ("闲鱼规则", "https://rule.goofish.test/")], cls="footer-icp--TTtSdiTu"),
        J({"itemDO": {"itemId": iid, "title": title, "soldPrice": "5680", "originalPrice": "7299", "wantCnt": 12, "browseCnt": 860}, "sellerDO": {"nick": seller, "userId": 2208765432, "city": "杭州"}, "hotWords": hot}))
    h = head("%s_闲鱼" % title, extra='<meta property="og:type" content="product"/>\n<meta property="og:title" content="%s"/>\n<meta property="og:url" content="%s"/>\n<meta property="og:image" content="https://img.alicdn.test/bao/uploaded/i4/O1CN01cam1_!!0-fleamarket.jpg"/>' % (E(title), canon))
    return "goofish_item_detail.html", url, "detail", page(h, body), [item(canon, title, seller, price)]

# ============================================================== 58-like service detail (illegal solicitation)
def detail58():
    r = random.Random(903)
    iid = 48123456789999
    url = "https://bj.58.test/shangbiaozhuanli/%dx.shtml?psid=182736455219876543210&entinfo=%d_0&iuType=p_1&PGTID=0d300083-0000-1c4b&ClickID=3" % (iid, iid)
    canon = "https://bj.58.test/shangbiaozhuanli/%dx.shtml" % iid
    title = "实用新型/外观专利加急下证 包授权 不授权全额退款 高企职称专用"
    seller = "北京鼎盛知航商务咨询有限公司"
    price = "面议"
    desc = "".join("<p>%s</p>" % E(x) for x in [
        "本公司专业办理各类专利申请，实用新型最快45天下证，外观设计15天下证，发明专利走内部加急通道，包授权！",
        "不授权全额退款，签订正规合同，先付30%定金，下证后付尾款。",
        "另有现成已授权实用新型专利出售，可直接转让到贵公司名下，高新技术企业认定、职称评审、积分落户均可使用。",
        "长期收购、出售受理中专利申请，异常申请件也可处理，价格面议。",
        "诚招专利代理师挂证合作，证书挂靠年薪优厚，不用坐班。",
        "配套服务：商标注册、商标转让、软著登记、印章刻制（公章、财务章、合同章加急当天取）。",
        "服务区域：北京全区，全国可办理，线上提交无需到场。",
        "联系时请说明在58同城看到的，优先安排。"])
    rec = [("商标注册 官费透明 全类别代理", "300元"), ("软件著作权登记 加急", "面议"), ("专利年费代缴 到期提醒", "100元/件"), ("高企认定咨询服务", "面议"), ("公司注册 代理记账", "200元/月")]
    hot = ["商标注册", "专利申请", "版权登记", "公司注册", "代理记账", "高企认定"]
    filt = filters([("品牌", ["商标注册", "专利申请", "版权登记"]), ("价格", ["500元以下", "500-2000元", "面议"]), ("发货地", ["朝阳", "海淀", "丰台", "通州"])],
                   lambda g, o: "https://bj.58.test/shangbiaozhuanli/?key=%s" % q(o), cls="detail-filter")
    body = '''<div id="commonTopbar" class="commonTopbar"><div class="commonTopbar_wrap"><div class="commonTopbar_left"><a href="https://bj.58.test/" class="commonTopbar_logo">58同城</a><span class="commonTopbar_city">北京</span></div><div class="commonTopbar_right"><a href="https://passport.58.test/login/" rel="nofollow">登录</a><a href="https://passport.58.test/reg/" rel="nofollow">注册</a><a href="https://post.58.test/1/shangbiaozhuanli/">免费发布</a></div></div></div>
<div class="header-wrap"><div class="header"><a href="https://bj.58.test/" class="logo"><img src="//img.58cdn.test/logo/58/252_84/logo-o.png" alt="58同城"/></a><div class="search-bar"><form action="https://bj.58.test/shangbiaozhuanli/"><input name="key" class="keyword" value=""/><input type="submit" value="搜 索"/></form><div class="hot-search">热门：%s</div></div></div></div>
<div class="nav-wrap"><ul class="nav"><li><a href="https://bj.58.test/house.shtml">房产</a></li><li><a href="https://bj.58.test/job.shtml">招聘</a></li><li><a href="https://bj.58.test/ershouche/">二手车</a></li><li><a href="https://bj.58.test/shangwu/">商务服务</a></li></ul></div>
<div class="breadCrumb"><a href="https://bj.58.test/">北京58同城</a> &gt; <a href="https://bj.58.test/shangwu/">北京商务服务</a> &gt; <a href="https://bj.58.test/shangbiaozhuanli/">北京商标专利</a> &gt; <span>详情</span></div>
%s
<div class="detail-wrap"><div class="detail-title"><h1>%s</h1><p class="detail-title__info"><span>更新于 2024-05-10</span><span>浏览 1,206 次</span><a href="https://about.58.test/jubao.html?infoid=%d" class="jubao">举报</a></p></div>
<div class="infocard"><div class="infocard__container"><div class="infocard__container__item"><div class="infocard__container__item__title">价&emsp;格：</div><div class="infocard__container__item__main"><span class="infocard__container__item__main__text--price">面议</span></div></div>
<div class="infocard__container__item"><div class="infocard__container__item__title">服务区域：</div><div class="infocard__container__item__main"><a href="https://bj.58.test/chaoyang/shangbiaozhuanli/">朝阳</a> - <a href="https://bj.58.test/guomao/shangbiaozhuanli/">国贸</a></div></div>
<div class="infocard__container__item"><div class="infocard__container__item__title">服务类型：</div><div class="infocard__container__item__main">专利申请、商标注册、印章刻制</div></div>
<div class="infocard__container__item"><div class="infocard__container__item__title">联系人：</div><div class="infocard__container__item__main">张经理 <span class="phone-num">186****8812</span><a href="javascript:;" class="show-phone">查看电话</a></div></div></div></div>
<div class="userinfo"><div class="userinfo-intro"><a href="https://mall.58.test/88123456/?info=1" target="_blank" class="userinfo-name">%s</a><span class="userinfo-tag">企业认证</span><span class="userinfo-tag">会员第3年</span></div><a href="https://mall.58.test/88123456/?info=1" class="userinfo-shop">进入店铺</a></div>
<div class="description"><div class="description_title">服务描述</div><div class="description_con" id="pic_con">%s</div></div>
<div class="ad-middle"><span class="ad-tag">广告</span><a href="https://jump.zhineng.58.test/clk?target=detailmid%s" target="_blank"><img src="//pic1.58cdn.test/ad/detail728x90.jpg"/></a></div>
<div class="relate-list"><h3>猜你喜欢</h3><ul>%s</ul></div>
<div class="pager">%s</div></div>
<div id="footer" class="footer">%s</div>
<script>var ____json4fe = {"infoid":"%d","catentry":[{"dispid":"15473","name":"商标专利","listname":"shangbiaozhuanli"}],"locallist":[{"dispid":"1","name":"北京","listname":"bj"}],"title":"%s","hotwords":%s};</script>''' % (
        links(hot, lambda w: "https://bj.58.test/shangbiaozhuanli/?key=" + q(w), sep=" "), filt, E(title), iid, E(seller), desc, fake_token(r, 16),
        cards(r, rec, lambda k: "https://bj.58.test/shangbiaozhuanli/%dx.shtml" % (iid - 7919 * (k + 1)), "relate-item"),
        pager(lambda p: "https://bj.58.test/shangbiaozhuanli/pn%d/" % p, 1, 3, cls="pager-inner"),
        icp_footer("京", "090075", "58同城", [("关于58同城", "https://about.58.test/"), ("联系我们", "https://about.58.test/contact.html")], cls="footer-icp"), iid, E(title), J(hot))
    h = head("%s - 北京58同城" % title, extra='<link rel="canonical" href="%s"/>\n<meta property="og:url" content="%s"/>\n<meta property="og:title" content="%s"/>\n<meta name="description" content="%s"/>' % (canon, canon, E(title), E(title)))
    return "58_service_detail.html", url, "detail", page(h, body), [item(canon, title, seller, price)]

ALL = [tb_item, goofish_item, detail58]
