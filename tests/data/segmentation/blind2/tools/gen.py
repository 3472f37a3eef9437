# -*- coding: utf-8 -*-
"""Generator for the blind2 record-segmentation set.

    python3 tools/gen.py      # rebuilds pages/*.html and labels.jsonl (deterministic)
"""
import html
import json
import os
import random
import sys
from urllib.parse import quote, urljoin

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def esc(s):
    return html.escape(str(s), quote=True)


def hl(text, kws, tag="em", cls=None):
    """Escape text and wrap occurrences of keywords in a highlight tag."""
    out = esc(text)
    o = f'<{tag} class="{cls}">' if cls else f"<{tag}>"
    for kw in kws:
        if kw and kw in out:
            out = out.replace(kw, f"{o}{kw}</{tag}>")
    return out


def cut(text, n, dots="..."):
    return text if len(text) <= n else text[:n] + dots


def yen(p, sym="¥"):
    return f"{sym}{p:.2f}"


def comma(p, sym="￥"):
    return f"{sym}{int(round(p)):,}"


def item(url, title=None, seller=None, price=None, floor=None):
    return {"url": url, "title": title, "seller": seller, "price": price, "floor": floor}


def hotwords(rnd, words, base, label="热搜：", cls="hot-words"):
    links = "".join(f'<a href="{esc(base + quote(w))}" target="_blank">{esc(w)}</a>\n' for w in words)
    return f'<div class="{cls}"><span class="lbl">{label}</span>\n{links}</div>\n'


HOT = ["羽绒服女", "空气炸锅", "蓝牙耳机", "考研资料", "年货礼盒", "扫地机器人", "四件套纯棉", "儿童积木", "保温杯",
       "手机壳", "运动鞋男", "面霜", "商标注册", "专利申请", "公司注册", "无线鼠标", "插线板", "电饭煲", "笔记本",
       "零食大礼包", "护手霜", "加湿器", "电热毯", "围巾", "暖手宝"]


def footer(rnd, site, icp):
    links = ["关于我们", "联系我们", "商务合作", "帮助中心", "隐私政策", "用户协议", "廉正举报", "知识产权保护",
             "网站地图", "友情链接", "招聘英才", "开放平台"]
    a = "".join(f'<a href="/about/{i}.html">{t}</a>' + (" | " if i < len(links) - 1 else "") for i, t in enumerate(links))
    return (f'<div class="footer" id="footer">\n<p class="links">{a}</p>\n'
            f'<p class="copy">&copy; 2009-2026 {esc(site)} 版权所有 <a href="https://beian.miit.test/" rel="nofollow">{icp}</a> '
            f'<a href="http://www.beian.gov.test/portal/registerSystemInfo?recordcode={rnd.randint(10**13, 10**14 - 1)}">'
            f'公网安备 {rnd.randint(10**13, 10**14 - 1)}号</a></p>\n'
            f'<p class="tips">违法和不良信息举报电话：400-{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)} 举报邮箱：jubao@{site.lower()}.test</p>\n</div>\n')


def style_block(prefix):
    rules = []
    for sel in ["wrap", "header", "nav", "list", "item", "title", "price", "shop", "footer", "side", "tag", "pager"]:
        rules.append(f".{prefix}-{sel}{{margin:0;padding:0 8px;font-size:14px;color:#333;box-sizing:border-box}}")
    return "<style>\n" + "\n".join(rules) + "\n</style>\n"


def pager(base, n, cur=1, param="page", sep="&"):
    s = '<div class="pager">'
    for i in range(1, n + 1):
        if i == cur:
            s += f'<span class="cur">{i}</span>'
        else:
            s += f'<a href="{esc(base + sep + param + "=" + str(i))}">{i}</a>'
    return s + f'<a class="next" href="{esc(base + sep + param + "=" + str(cur + 1))}">下一页&gt;</a></div>\n'


PAGES = []
STATS = []


def page(fn):
    PAGES.append(fn)
    return fn


def mix(rnd, n, ill_every, make_ok, make_bad):
    """Return n (title, is_illegal) with illegal roughly every ill_every-th slot."""
    out = []
    slots = set(rnd.sample(range(n), max(1, round(n / ill_every)))) if ill_every else set()
    for i in range(n):
        out.append((make_bad(i), True) if i in slots else (make_ok(i), False))
    return out


# =========================================================== 1 Taobao search
@page
def taobao_search():
    rnd = random.Random("taobao")
    q = "专利申请"
    url = "https://s.taobao.test/search?q=" + quote(q) + "&commend=all&ssid=s5-e&search_type=item&sourceId=tb.index&tab=all"
    items, cards = [], []
    data = []
    rows = mix(rnd, 26, 3.2, lambda i: C.legit_ip(rnd),
               lambda i: C.illegal(rnd))
    ad_at = {3, 11, 19}
    for i, (t, bad) in enumerate(rows):
        if i in ad_at:
            at, _ = C.goods(rnd)
            cards.append(f'''<div class="Content--contentInner--QVTcU0M"><div>
<a class="Card--doubleCardWrapper--L2XFE73" href="//click.simba.taobao.test/cc_im?p={quote(q)}&amp;s={rnd.randint(10**8, 10**9)}&amp;k=525&amp;e=ad{i}" target="_blank">
<div class="MainPic--mainPicWrapper--iv9Yv90"><img class="MainPic--mainPic--rcLNaCv" src="//g.alicdn.test/s.gif" data-src="//img.alicdn.test/simba/img/TB1ad{i}.jpg"></div>
<div class="Title--descWrapper--HqxzYq0"><div class="Title--title--jCOPvpf"><span class="Title--adTag--R0yU1Lr">广告</span><span>{esc(at)}</span></div></div>
<div class="Price--priceWrapper--Q0Dn7pN"><span class="Price--unit--VNGKLAP">¥</span><span class="Price--priceInt--ZlsSi_M">{rnd.randint(9, 300)}</span><span class="Price--priceFloat--h2RR0RK">.00</span></div></a>
<div class="ShopInfo--shopInfo--ORFs6rK"><a class="ShopInfo--shopName--rg6mGmy" href="//store.taobao.test/shop/view_shop.htm?user_number_id={rnd.randint(10**9, 10**10)}">{esc(C.shop(rnd))}</a></div>
</div></div>''')
        iid = rnd.randint(6 * 10**11, 8 * 10**11)
        href = f"//item.taobao.test/item.htm?id={iid}&ns=1&abbucket={rnd.randint(1, 20)}"
        if i % 4 == 1:
            href = f"https://detail.tmall.test/item.htm?id={iid}&spm=a21n57.1.0.0&skuId={rnd.randint(10**12, 10**13)}"
        p = rnd.choice([99, 199, 299, 580, 880, 1280, 1580, 35, 49.9, 18.8, 2999])
        pi, pf = f"{p:.2f}".split(".")
        sh = C.shop(rnd, rnd.choice(["知产", "专利", "商标", "", ""]))
        show_title = hl(t, ["专利", "申请"], "span", "Title--highlight--a0nB4Ek")
        if bad and "包授权" in t and i % 2 == 0:
            show_title = show_title.replace("包授权", '包<b>授</b>权')
        cards.append(f'''<div class="Content--contentInner--QVTcU0M"><div>
<a class="Card--doubleCardWrapper--L2XFE73" href="{esc(href)}" target="_blank" data-spm-act-id="a21n57.1.item.{i}" data-nid="{iid}">
<div class="MainPic--mainPicWrapper--iv9Yv90"><img class="MainPic--mainPic--rcLNaCv" src="//g.alicdn.test/s.gif" data-src="//img.alicdn.test/bao/uploaded/i{i % 4}/O1CN01{iid}.jpg_460x460q90.jpg"></div>
<div class="Title--descWrapper--HqxzYq0"><div class="Title--title--jCOPvpf"><span>{show_title}</span></div></div>
<div class="Price--priceWrapper--Q0Dn7pN"><span class="Price--unit--VNGKLAP">¥</span><span class="Price--priceInt--ZlsSi_M">{pi}</span><span class="Price--priceFloat--h2RR0RK">.{pf}</span><span class="Price--realSales--FhTZc7U">{rnd.choice(["200+", "1000+", "50+", "3"])}人付款</span><div class="Price--procity--_7Vt3mX"><span>{rnd.choice(C.CITIES)}</span></div></div>
<div class="SalesPoint--subIconWrapper--s6vanNY"><span>{rnd.choice(["退货宝", "包邮", "7天无理由"])}</span></div></a>
<div class="ShopInfo--shopInfo--ORFs6rK"><div class="ShopInfo--TextAndPic--yH0AZfx"><a class="ShopInfo--shopName--rg6mGmy" href="//store.taobao.test/shop/view_shop.htm?appUid=RAzN8H{iid % 99991}&amp;spm=a21n57.1.0.0" target="_blank">{esc(sh)}</a></div></div>
</div></div>''')
        items.append(item("https:" + href if href.startswith("//") else href, t, sh, f"¥{pi}.{pf}"))
        data.append({"nid": str(iid), "raw_title": t, "view_price": f"{pi}.{pf}", "nick": sh})
    # the page title & cards written with &amp; in hrefs: fix escaping above
    hot = hotwords(rnd, rnd.sample(HOT, 14), "https://s.taobao.test/search?q=", "大家都在搜：")
    stale = f'<!-- <div class="Content--contentInner--QVTcU0M"><a href="//item.taobao.test/item.htm?id=612345678901">{esc(C.illegal(rnd))}</a></div> -->'
    side = "".join(f'<li class="RecommendItem--item--x0P"><a href="//item.taobao.test/item.htm?id={rnd.randint(10**11, 10**12)}&amp;from=rec"><p>{esc(C.goods(rnd)[0])}</p><span>¥{rnd.randint(10, 500)}.00</span></a></li>' for _ in range(6))
    doc = f'''<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{q}_淘宝搜索</title>
<meta name="spm-id" content="a21n57.1">
{style_block("tb")}
<script>window.g_config={{appId:12,pageId:"search",toolbar:false}};</script>
</head><body>
<div id="ice-container"><div class="SiteNav--siteNav--Hm1Nt"><ul><li><a href="//www.taobao.test/">淘宝网首页</a></li><li><a href="//login.taobao.test/">亲，请登录</a></li><li><a href="//reg.taobao.test/">免费注册</a></li><li><a href="//cart.taobao.test/cart.htm">购物车</a></li><li><a href="//favorite.taobao.test/">收藏夹</a></li><li><a href="//seller.taobao.test/">千牛卖家中心</a></li></ul></div>
<div class="SearchBox--searchBox--z0Sp"><form action="//s.taobao.test/search"><input name="q" value="{q}"><button>搜索</button></form>{hot}</div>
<div class="PageContent--contentWrap--mep7AEm"><div class="LeftLay--leftWrap--xBQipVc"><div class="LeftLay--leftContent--AMmPNfB">
<div class="Content--content--sgSCZ12">
{"".join(cards)}
{stale}
</div></div>
{pager("https://s.taobao.test/search?q=" + quote(q), 6, param="s")}
</div>
<div class="RightLay--rightWrap--K8k"><h3>掌柜热卖</h3><ul>{side}</ul></div></div>
{footer(rnd, "Taobao", "浙B2-20080224")}
</div>
<script>window.__ICE_APP_CONTEXT__={json.dumps({"data": {"itemsArray": data}}, ensure_ascii=False)};</script>
</body></html>'''
    return dict(name="taobao_search", url=url, kind="list", html=doc, items=items)


# =========================================================== 2 JD mobile search
@page
def jd_m_search():
    rnd = random.Random("jdm")
    q = "蓝牙耳机"
    url = "https://so.m.jd.test/ware/search.action?keyword=" + quote(q) + "&searchFrom=home&sf=1&as=0"
    items, rows = [], []
    for i in range(22):
        t, p = C.goods(rnd, 1)
        while t in C.USED:
            t, p = C.goods(rnd, 1)
        C.USED.add(t)
        sku = rnd.randint(10**11, 10**12)
        href = f"//item.m.jd.test/product/{sku}.html?sid=e1a{rnd.randint(1000, 9999)}&pos={i + 1}&pps=search.FD"
        if i in (5, 14):
            rows.append(f'''<div class="search_prolist_item" skuid="{sku}" data-ad="1"><a class="search_prolist_item_inner" href="//ccc-x.jd.test/dsp/nc?ext=aHR0c{sku}&amp;log=AD"><div class="search_prolist_cover"><img class="photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="//img12.360buyimg.test/mobilecms/s372x372_jfs/t1/{sku}.jpg"><span class="ad-tag">广告</span></div><div class="search_prolist_info"><div class="search_prolist_title">{esc(C.goods(rnd, 6)[0])}</div><div class="search_prolist_price"><strong><em>￥<span class="int">{rnd.randint(20, 200)}</span></em></strong></div></div></a></div>''')
        jd_self = i % 3 == 0
        sh = (rnd.choice(["漫步者", "QCY", "小米", "华为", "倍思", "Anker"]) + "京东自营旗舰店") if jd_self else C.shop(rnd, "耳机")
        if i % 2:
            ptxt = comma(p)
            pr = f'<em>￥<span class="int">{int(round(p)):,}</span></em>'
        else:
            ptxt = yen(p, "￥")
            a, b = f"{p:.2f}".split(".")
            pr = f'<em>￥<span class="int">{a}</span><span class="float">.{b}</span></em>'
        tags = '<span class="tag_self">自营</span>' if jd_self else ""
        shop_html = f'<div class="search_prolist_shop"><a href="//shop.m.jd.test/?shopId={rnd.randint(10**5, 10**7)}">{esc(sh)}</a><span class="shop_enter">进店</span></div>'
        seller = sh
        if i % 7 == 4:
            shop_html, seller = "", None
        rows.append(f'''<div class="search_prolist_item" skuid="{sku}" data-skuid="{sku}"><a class="search_prolist_item_inner" href="{esc(href)}" data-sku="{sku}"><div class="search_prolist_cover"><img class="photo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="//img12.360buyimg.test/mobilecms/s372x372_jfs/t1/{sku}.jpg!q70.dpg"></div><div class="search_prolist_info">{tags}<div class="search_prolist_title">{hl(t, ["蓝牙耳机", "耳机"], "span", "highlight")}</div><div class="search_prolist_price"><strong>{pr}</strong></div><div class="search_prolist_other"><span class="search_prolist_comment">{rnd.randint(1, 200)}万+条评价</span><span class="search_prolist_rate">好评率{rnd.randint(90, 99)}%</span></div></div></a>{shop_html}</div>''')
        items.append(item("https:" + href, t, seller, ptxt))
    hot = hotwords(rnd, ["降噪耳机", "运动耳机", "头戴式耳机", "有线耳机", "耳机收纳盒", "游戏耳机", "骨传导耳机", "儿童耳机"],
                   "//so.m.jd.test/ware/search.action?keyword=", "猜你想搜", "hot_search")
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no"><title>{q} - 商品搜索 - 京东</title>
{style_block("jd")}</head><body>
<div id="m_common_header"><header class="jd-header"><div class="jd-header-icon-back"><a href="javascript:history.back()">返回</a></div><div class="jd-header-title">{q}</div><div class="jd-header-icon-shortcut"><a href="//m.jd.test/">首页</a><a href="//so.m.jd.test/category/all.html">分类</a><a href="//p.m.jd.test/cart/cart.action">购物车</a><a href="//home.m.jd.test/myJd/home.action">我的京东</a></div></header></div>
<div class="search_sort"><a class="on" href="#">综合</a><a href="#">销量</a><a href="#">价格</a><a href="#">筛选</a></div>
{hot}
<div id="itemList" class="search_prolist">
{chr(10).join(rows)}
</div>
<div class="loading_more">正在加载...</div>
<script type="text/javascript">var _searchData={{"wareList":{json.dumps([{"wname": x["title"], "jdPrice": x["price"]} for x in items[:8]], ensure_ascii=False)}}};</script>
<div class="m_footer"><a href="//m.jd.test/">京东首页</a> | <a href="//passport.m.jd.test/user/login.action">登录</a> | <a href="//www.jd.test/?m=pc">电脑版</a> | <a href="//app.jd.test/">客户端</a><p>Copyright © 2004-2026 京东JD.test 版权所有</p></div>
</body></html>'''
    return dict(name="jd_m_search", url=url, kind="list", html=doc, items=items)


# =========================================================== 3 Dangdang category list (GBK)
@page
def dangdang_list():
    rnd = random.Random("dangdang")
    url = "http://category.dangdang.test/cp01.41.05.00.00.00.html"
    books = ["专利申请实务与案例", "商标法原理与实务", "知识产权管理", "专利代理实务精讲", "技术交底书写作指南",
             "著作权法通论", "企业知识产权战略", "专利检索与分析", "发明是怎样诞生的", "品牌保护与商标布局",
             "专利审查指南解读", "知识产权诉讼实务", "创新方法与TRIZ", "数据合规与商业秘密", "商标审查审理指南释义",
             "专利侵权判定", "技术合同与许可", "高新技术企业认定手册", "国际专利申请PCT实务", "版权经济学",
             "专利撰写的艺术", "设计专利保护研究", "职务发明与激励", "知识产权法（第九版）", "专利代理师资格考试历年真题"]
    eds = ["", "（第二版）", "（修订版）", "（2025年版）", "（精装）", "（第三版）"]
    pubs = ["知识产权出版社", "法律出版社", "中国法制出版社", "北京大学出版社", "清华大学出版社", "人民邮电出版社"]
    lis, items = [], []
    for i, b in enumerate(books[:24]):
        t = b + rnd.choice(eds) + " " + C.person(rnd) + rnd.choice(["著", "主编", "编著"])
        full = t + " " + rnd.choice(pubs)
        pid = rnd.randint(2 * 10**7, 3 * 10**7)
        p = round(rnd.uniform(19, 168), 1)
        shop_is = i % 3 != 0
        sh = rnd.choice(["博文书店", "知行图书专营店", "新华书店旗舰店", "文轩网旗舰店", "学林图书"]) if shop_is else None
        shop_html = f'<p class="search_shangjia"><a href="http://shop.dangdang.test/{rnd.randint(10000, 99999)}" name="itemlist-shop-name" title="{esc(sh)}">{esc(sh)}</a></p>' if sh else '<p class="search_shangjia"></p>'
        disp = cut(full, 20, "...")
        lis.append(f'''<li ddt-pit="{i + 1}" class="line{i + 1}" id="p{pid}" sku="{pid}">
<a title=" {esc(full)}" ddclick="act=normalResult_picture&amp;pos={pid}_{i}_1_q" class="pic" name="itemlist-picture" dd_name="单品图片" href="http://product.dangdang.test/{pid}.html" target="_blank"><img src="images/model/guan/url_none.png" data-original="http://img3m{i % 9}.ddimg.test/{pid}-1_b_1.jpg" alt=" {esc(full)}"></a>
<p class="name" name="title"><a title=" {esc(full)}" href="http://product.dangdang.test/{pid}.html" name="itemlist-title" dd_name="单品标题" ddclick="act=normalResult_title&amp;pos={pid}_{i}_1_q" target="_blank">{esc(disp)}</a></p>
<p class="detail">{esc(rnd.choice(["系统讲解理论与实务", "附最新法规条文", "大量案例分析", "考试必备参考书", "适合企业法务阅读"]))}</p>
<p class="price"><span class="search_now_price">&yen;{p:.2f}</span><a class="search_discount">&nbsp;定价：</a><span class="search_pre_price">&yen;{p * 1.4:.2f}</span><span class="search_discount">&nbsp;({rnd.randint(5, 9)}.{rnd.randint(0, 9)}折) </span></p>
<p class="search_star_line"><span class="search_star_black"><span style="width: {rnd.randint(60, 100)}%;"></span></span><a href="http://product.dangdang.test/{pid}.html?point=comment_point" class="search_comment_num" name="itemlist-review">{rnd.randint(1, 5000)}条评论</a></p>
{shop_html}
<div class="shop_button"><p class="bottom_p"><a class="search_btn_cart" name="Buy" href="javascript:AddToShoppingCart({pid})">加入购物车</a><a class="search_btn_collect" name="collect" href="javascript:void(0)">收藏</a></p></div>
</li>''')
        # label title: anchor text is cut, full text from title= (leading space stripped)
        items.append(item(f"http://product.dangdang.test/{pid}.html", full, sh, f"¥{p:.2f}"))
    side = "".join(f'<li><a href="http://product.dangdang.test/{rnd.randint(2 * 10**7, 3 * 10**7)}.html" title="{esc(x)}">{esc(x)}</a><span class="price_n">&yen;{rnd.randint(20, 90)}.00</span></li>' for x in ["民法典注释本", "公司法实务", "合同审查要点", "劳动法一本通", "刑法学讲义"])
    doc = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="gbk"><title>知识产权-法律-图书-当当网</title>
<meta name="keywords" content="知识产权,专利,商标,图书">
{style_block("dd")}</head><body>
<div id="hd"><div id="tools"><div class="tools"><span class="hi">欢迎光临当当，请<a href="https://login.dangdang.test/signin.aspx" class="login_link">登录</a> <a href="https://login.dangdang.test/Register.aspx">免费注册</a></span><ul class="tools_r"><li><a href="http://myhome.dangdang.test/myOrder">我的订单</a></li><li><a href="http://help.dangdang.test/index">帮助中心</a></li><li><a href="http://e.dangdang.test/">当当云阅读</a></li></ul></div></div>
<div class="nav_top"><ul><li><a href="http://book.dangdang.test/">图书</a></li><li><a href="http://e.dangdang.test/">电子书</a></li><li><a href="http://category.dangdang.test/cid4002429.html">童装童鞋</a></li><li><a href="http://category.dangdang.test/cid4003819.html">家居</a></li><li><a href="http://category.dangdang.test/cid4005627.html">电器</a></li></ul></div></div>
<div class="crumbs_fb_left"><a href="http://book.dangdang.test/" name="breadcrumb-category">图书</a> &gt; <a href="http://category.dangdang.test/cp01.41.00.00.00.00.html">法律</a> &gt; <span>知识产权</span></div>
<div id="bd"><div class="col search_left">
<div id="search_nature_rg" dd_name="普通商品区域"><ul class="bigimg" id="component_59">
{chr(10).join(lis)}
</ul></div>
<div class="paging"><ul><li class="prev"><a href="javascript:void(0)">上一页</a></li><li><a class="current" href="#">1</a></li><li><a href="/pg2-cp01.41.05.00.00.00.html">2</a></li><li><a href="/pg3-cp01.41.05.00.00.00.html">3</a></li><li class="next"><a href="/pg2-cp01.41.05.00.00.00.html">下一页</a></li></ul></div>
</div>
<div class="col search_right"><div class="rank_box"><h3>法律类畅销榜</h3><ul>{side}</ul></div>
<div class="ad_box" dd_name="推广"><span class="ad_tag">广告</span><a href="http://a.dangdang.test/jump.php?q=ip&amp;u=http%3A%2F%2Fproduct.dangdang.test%2F29512345.html"><img src="http://img60.ddimg.test/upload_img/ad_ip.jpg" alt="知识产权好书推荐"></a></div></div></div>
{footer(rnd, "Dangdang", "京ICP证041189号")}
</body></html>'''
    return dict(name="dangdang_list_gbk", url=url, kind="list", html=doc, items=items, encoding="gbk")


# =========================================================== 4 Kuaishou shop H5 search (SPA, hash routes)
@page
def kuaishou_h5():
    rnd = random.Random("kuaishou")
    url = "https://app.kwaixiaodian.test/page/kwaishop-buyer-search/index.html#/search?keyword=" + quote("商标注册") + "&source=live"
    cards, items = [], []
    rows = mix(rnd, 18, 3, lambda i: C.legit_ip(rnd) if i % 3 == 0 else C.fresh(rnd, lambda r: C.goods(r)[0]),
               lambda i: C.illegal(rnd, 3 if i % 2 else None))
    for i, (t, bad) in enumerate(rows):
        iid = rnd.randint(10**10, 10**11)
        p = rnd.choice([9.9, 19.9, 39, 99, 128, 299, 598, 1280])
        pt = f"¥{p:g}" if i % 2 else yen(p)
        sh = C.shop(rnd) if i % 4 else None
        shop_html = f'<div class="goods-card__shop">店铺：{esc(sh)}</div>' if sh else '<div class="goods-card__tag">包邮</div>'
        if i in (6, 13):
            cards.append(f'<div class="goods-card goods-card--ad" data-ad="true"><a class="goods-card__link" href="#/ad/{rnd.randint(10**6, 10**7)}?adid=ks{i}"><img data-src="https://p1.kwaixiaodian.test/ad/{i}.jpg"><div class="goods-card__title"><i class="ad-badge">推广</i>{esc(C.goods(rnd)[0])}</div><div class="goods-card__price">¥{rnd.randint(5, 99)}</div></a></div>')
        ttl = esc(t)
        if bad and i % 3 == 1:
            sp = [j for j, ch in enumerate(t) if ch == " "]
            cutp = min(sp, key=lambda j: abs(j - len(t) // 2)) if sp else len(t) // 2
            ttl = esc(t[:cutp]) + "<br>\n" + esc(t[cutp:])
            lab = " ".join((t[:cutp] + " " + t[cutp:]).split())
        else:
            lab = t
        cards.append(f'''<div class="goods-card" data-item-id="{iid}" data-index="{i}"><a class="goods-card__link" href="#/item/{iid}?from=search&amp;pos={i}"><div class="goods-card__img"><img src="data:image/png;base64,iVBORw0KGgo=" data-src="https://p2.kwaixiaodian.test/ufile/adsocial/{iid}.jpg"></div>
<div class="goods-card__title">{ttl}</div>
<div class="goods-card__price"><span class="goods-card__price-num">{pt}</span><span class="goods-card__sold">已售{rnd.randint(1, 999)}</span></div></a>
{shop_html}</div>''')
        items.append(item(url.split("#")[0] + f"#/item/{iid}?from=search&pos={i}", lab, sh, pt))
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,viewport-fit=cover"><title>快手小店</title>
<link rel="stylesheet" href="//s1.kwaixiaodian.test/kos/nlav10758/buyer-search/css/index.8c1f.css">
{style_block("ks")}</head><body>
<div id="app"><div class="search-page">
<div class="search-bar"><a class="back" href="#/home">‹</a><input value="商标注册" placeholder="搜索商品"><a href="#/search/result">搜索</a></div>
<div class="tabs"><a class="active" href="#/search?tab=all">综合</a><a href="#/search?tab=sales">销量</a><a href="#/search?tab=price">价格</a><a href="#/search?tab=new">新品</a></div>
<div class="hot-words"><span>搜索发现</span>{"".join(f'<a href="#/search?keyword={quote(w)}">{w}</a>' for w in ["商标查询", "公司起名", "logo设计", "版权登记", "专利检索", "营业执照代办"])}</div>
<div class="goods-list goods-list--double">
{chr(10).join(cards)}
</div>
<div class="list-footer">— 没有更多了 —</div>
<div class="tabbar"><a href="#/home">首页</a><a href="#/category">分类</a><a href="#/cart">购物车</a><a href="#/mine">我的</a></div>
</div></div>
<script>window.__INITIAL_STATE__={json.dumps({"search": {"list": [{"itemId": x["url"].split("/item/")[1].split("?")[0], "title": x["title"]} for x in items]}}, ensure_ascii=False)}</script>
<script src="//s1.kwaixiaodian.test/kos/nlav10758/buyer-search/js/index.3ab2.js"></script>
</body></html>'''
    return dict(name="kuaishou_shop_h5_spa", url=url, kind="list", html=doc, items=items)


# =========================================================== 5 1688 factory list
@page
def alibaba_1688():
    rnd = random.Random("1688")
    q = "刻章"
    url = "https://s.1688.test/selloffer/offer_search.htm?keywords=" + quote("印章定制") + "&spm=a26352.13672862.searchbox.input"
    items, offers = [], []
    kinds = ["光敏印章", "木质印章", "不锈钢印台", "姓名章", "藏书章", "卡通印章", "印泥", "手账印章", "回墨印", "篆刻石料"]
    for i in range(24):
        bad = i % 4 == 2
        if bad:
            t = C.illegal(rnd, 4)
        else:
            t = C.fresh(rnd, lambda r: f"{r.choice(['厂家直销', '源头工厂', '批发', '现货'])}{r.choice(kinds)}{r.choice(['定制logo', '可刻字', '儿童奖励', '礼品套装', '便携'])} {r.choice(['一件代发', '量大从优', '支持来图定制', '跨境专供'])}")
        oid = rnd.randint(6 * 10**11, 7 * 10**11)
        comp = C.company(rnd, rnd.choice(["文具", "印章", "工艺品", "办公用品"]))
        p = round(rnd.uniform(0.8, 45), 2)
        href = f"https://detail.1688.test/offer/{oid}.html?spm=a26352.13672862.offerlist.{i}&cosite=&tracelog=p4p"
        disp = cut(t, 22, "…")
        comp_html = f'<div class="company-name" title="{esc(comp)}">{esc(comp)}</div>'
        seller = comp
        if i % 9 == 5:
            comp_html, seller = '<div class="company-name"></div>', None
        if i in (4, 17):
            offers.append(f'<div class="space-offer-card-box offer-ad"><a href="https://dj.1688.test/ci_bb?a={rnd.randint(10**6, 10**7)}&amp;e=p4p{i}" class="mojar-element-title"><div class="title">{esc(C.fresh(rnd, lambda r: r.choice(kinds) + "品牌推广直通车" + str(r.randint(1, 99))))}</div></a><div class="price">¥<span>{rnd.randint(1, 20)}</span>.00</div><span class="p4p-tag">广告</span></div>')
        offers.append(f'''<div class="space-offer-card-box" data-offerid="{oid}"><a href="{esc(href)}" class="mojar-element-image" target="_blank"><img class="main-img" src="https://img.alicdn.test/tps/i2/T1.gif" data-lazy-src="https://cbu01.alicdn.test/img/ibank/O1CN01{oid}.jpg_220x220.jpg"></a>
<div class="mojar-element-title"><a href="{esc(href)}" target="_blank" title="{esc(t)}"><div class="title">{esc(disp)}</div></a></div>
<div class="mojar-element-price"><div class="showPricec"><div class="price">¥<span class="number">{p:.2f}</span></div><div class="sale">起批量≥{rnd.choice([1, 2, 10, 50, 100])}件</div></div><div class="sale-count">已售{rnd.randint(1, 99)}万+件</div></div>
<div class="mojar-element-company">{comp_html}<div class="desc"><span class="chengxin">诚信通{rnd.randint(1, 15)}年</span><span class="location">{rnd.choice(C.CITIES)}</span></div></div>
</div>''')
        items.append(item(href, t, seller, f"¥{p:.2f}"))
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>印章定制批发_印章定制厂家_1688</title>
{style_block("cbu")}</head><body>
<div id="alibar"><div class="alibar-inner"><a href="https://www.1688.test/">阿里巴巴1688首页</a><a href="https://login.1688.test/">请登录</a><a href="https://work.1688.test/">我的阿里</a><a href="https://cart.1688.test/">进货单</a><a href="https://page.1688.test/buyerprotection">采购保障</a></div></div>
<div class="header-search"><form action="/selloffer/offer_search.htm"><input name="keywords" value="印章定制"></form>
{hotwords(rnd, ["光敏印章", "印泥", "儿童印章", "手账印章", "篆刻刀", "印台", "日期章", "木章"], "https://s.1688.test/selloffer/offer_search.htm?keywords=", "热门搜索：")}</div>
<div class="sm-filter"><span>所在地区：</span>{"".join(f'<a href="?province={quote(c)}">{c}</a>' for c in C.CITIES[:10])}</div>
<div class="space-common-offerlist" id="sm-offer-list">
{chr(10).join(offers)}
</div>
<!-- stale render cache:
<div class="space-offer-card-box" data-offerid="611111111111"><a href="https://detail.1688.test/offer/611111111111.html" title="{esc(C.illegal(rnd, 4))}">旧数据</a></div>
-->
{pager("https://s.1688.test/selloffer/offer_search.htm?keywords=" + quote("印章定制"), 8, param="beginPage")}
<div class="sm-recommend"><h4>为你推荐</h4>{"".join(f'<a href="https://detail.1688.test/offer/{rnd.randint(10**11, 10**12)}.html?from=rec">{esc(x)}</a>' for x in ["日期印章现货", "回墨印批发", "印泥盒", "篆刻石料 青田石"])}</div>
{footer(rnd, "1688", "浙B2-20120091-4")}
</body></html>'''
    return dict(name="alibaba_1688_factory", url=url, kind="list", html=doc, items=items)


# =========================================================== 6 Xianyu feed
@page
def xianyu_feed():
    rnd = random.Random("xianyu")
    url = "https://www.goofish.test/?spm=a21ybx.home.0.0"
    items, cards = [], []
    for i in range(20):
        bad = i % 4 == 3
        t = C.illegal(rnd, 2 if i % 8 == 3 else None) if bad else C.fresh(rnd, C.used_item)
        iid = rnd.randint(7 * 10**11, 8 * 10**11)
        href = f"https://www.goofish.test/item?spm=a21ybx.home.feeds.{i + 1}.4c053da6&id={iid}&categoryId={rnd.randint(10**7, 10**8)}"
        p = rnd.choice([rnd.randint(20, 9000), rnd.randint(20, 500)])
        if i % 5 == 2:
            price_html, pt = '<div class="price-wrap--YzmU5cUl"><span class="price-desc--Kg6n">面议</span></div>', "面议"
        else:
            price_html, pt = f'<div class="price-wrap--YzmU5cUl"><span class="sign--x6uVdG3s">¥</span><span class="number--NKh1vXWM">{p}</span></div>', f"¥{p}"
        nk = C.nick(rnd)
        disp = cut(t, 18, "...")
        cards.append(f'''<a class="feeds-item-wrap--rGdH_KoF" href="{esc(href)}" target="_blank"><div class="feeds-image--TDRC4fV1"><img class="feeds-image--TDRC4fV1" src="https://img.alicdn.test/imgextra/i4/O1CN01{iid}.jpg_Q50.jpg_.webp" loading="lazy"></div>
<div class="item-main-info--YzuW3yXS"><div class="row1-wrap-title--qIlOySTh"><span class="main-title--sMrtWSJa" title="{esc(t)}">{esc(disp).replace("包授权", "包<b>授</b>权")}</span></div>
<div class="row3-wrap-price--QgyeT0i8">{price_html}<div class="price-desc--ld4jrDvw">{rnd.randint(2, 99)}人想要</div></div>
<div class="row4-wrap-seller--rOB4qGzu"><div class="seller-left--Yq8PAtDb"><img class="avatar--Eb7mLAVn" src="https://gw.alicdn.test/avatar/{iid % 1000}.jpg"><div class="seller-text-wrap--rLmXSDyI"><span class="seller-text--Rr2Y3EbB">{esc(nk)}</span></div></div><span class="seller-credit--ZtNWTZ">{rnd.choice(["卖家信用极好", "卖家信用优秀", "回复快"])}</span></div></div></a>''')
        items.append(item(href, t, nk, pt))
    doc = f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>闲鱼 - 闲不住？上闲鱼！</title>
{style_block("fish")}</head><body>
<div id="root"><div class="header--hGc3oTiW"><a class="logo" href="/">闲鱼</a><div class="search--yFeVqXNq"><input placeholder="搜索闲置"><a href="/search?q=">搜索</a></div><div class="nav--pQ9gZ"><a href="/publish">发闲置</a><a href="/im">消息</a><a href="/personal">我的</a></div></div>
<div class="hot-words--cBzWV"><span>闲鱼热搜</span>{"".join(f'<a href="/search?q={quote(w)}">{w}</a>' for w in ["iPhone15", "相机", "考研资料", "自行车", "Switch", "搬家出", "婴儿推车", "吉他"])}</div>
<div class="banner--G8K2"><a href="https://h5.goofish.test/app/idleFish-F2e/activity?code=xmas"><img src="https://gw.alicdn.test/banner/xmas.jpg" alt="年终闲置节"></a></div>
<div class="feeds-list-container--UkIMBPNk"><div class="feeds-title--O1tAF"><h2>猜你喜欢</h2></div>
<div class="feeds-list--vpXTdVvD">
{chr(10).join(cards)}
</div></div>
<div class="load-more--ZmcTqa">加载更多</div>
<div class="side-bar--jMLa"><a href="/publish">发布闲置</a><a href="https://help.goofish.test/">帮助</a><a href="#top">顶部</a></div>
{footer(rnd, "Goofish", "浙B2-20120096")}
</div>
<script>window.__INIT_DATA__={json.dumps({"feeds": [{"id": x["url"].split("id=")[1].split("&")[0], "title": x["title"], "price": x["price"]} for x in items]}, ensure_ascii=False)};</script>
</body></html>'''
    return dict(name="xianyu_feed", url=url, kind="list", html=doc, items=items)


# =========================================================== 7 Zhuanzhuan list with <base href>
@page
def zhuanzhuan_list():
    rnd = random.Random("zhuanzhuan")
    url = "https://m.zhuanzhuan.test/u/list/phone?cateId=101&from=search&city=" + quote("深圳")
    base = "https://m.zhuanzhuan.test/u/"
    items, lis = [], []
    for i in range(18):
        bad = i % 4 == 1
        r = i % 6
        t = C.illegal(rnd) if bad else C.fresh(rnd, C.used_car if r == 3 else C.used_item)
        iid = rnd.randint(10**15, 10**16)
        href = f"detail/{iid}.html?from=list&zzfrom=search&pos={i}"
        if r == 0:
            pt, ph = "面议", '<span class="price-mianyi">面议</span>'
        elif r == 3:
            v = round(rnd.uniform(1.2, 9.8), 1)
            pt, ph = f"{v}万", f'<span class="price-num">{v}</span><span class="price-unit">万</span>'
        elif r == 4:
            v = rnd.randint(300, 8000)
            pt, ph = f"{v}元", f'<span class="price-num">{v}</span><span class="price-unit">元</span>'
        else:
            v = rnd.randint(50, 8000)
            pt, ph = f"¥{v}", f'<i class="rmb">¥</i><span class="price-num">{v}</span>'
        seller = C.nick(rnd) if i % 5 != 4 else None
        sel = f'<p class="seller">卖家：{esc(seller)}</p>' if seller else ""
        lis.append(f'''<li class="goods-item" data-infoid="{iid}"><a class="goods-link" href="{esc(href)}"><div class="pic"><img src="https://pic1.zhuanstatic.test/zhuanzh/placeholder.png" data-src="https://pic{i % 6}.zhuanstatic.test/zhuanzh/{iid}.jpg"></div>
<div class="info"><h3 class="title">{esc(t)}</h3><p class="price">{ph}</p>{sel}<p class="area">{rnd.choice(["南山区", "福田区", "宝安区", "龙华区"])} · {rnd.randint(1, 59)}分钟前</p></div></a></li>''')
        items.append(item(urljoin(base, href), t, seller, pt))
        if i == 8:
            lis.append(f'<li class="goods-item goods-item-ad"><a class="goods-link" href="//zzad.zhuanzhuan.test/click?aid={rnd.randint(10**5, 10**6)}&amp;pos=9"><div class="info"><h3 class="title">转转官方验机 {esc(C.goods(rnd, 14)[0])}</h3><p class="price"><i class="rmb">¥</i><span class="price-num">{rnd.randint(100, 999)}</span></p><span class="ad-label">推广</span></div></a></li>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><base href="{base}"><title>深圳二手手机_转转</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{style_block("zz")}</head><body>
<header class="zz-header"><a href="index">首页</a><a href="list/phone">手机</a><a href="list/pc">电脑</a><a href="list/camera">相机</a><a href="my">我的</a></header>
<div class="filter"><a href="list/phone?sort=new">最新</a><a href="list/phone?sort=price">价格</a><a href="list/phone?verified=1">官方验</a></div>
<ul class="goods-list" id="goodsList">
{chr(10).join(lis)}
</ul>
<!-- <li class="goods-item"><a href="detail/1000000000000001.html"><h3 class="title">{esc(C.illegal(rnd))}</h3></a></li> -->
<div class="more"><a href="list/phone?page=2">查看更多</a></div>
<footer><a href="about">关于转转</a> <a href="help">帮助</a> <a href="https://beian.miit.test/">京ICP备15041234号</a></footer>
</body></html>'''
    return dict(name="zhuanzhuan_list_base", url=url, kind="list", html=doc, items=items)


# =========================================================== 8 Weidian shop page (WeChat)
@page
def weidian_shop():
    rnd = random.Random("weidian")
    url = "https://weidian.test/?userid=1683492017&wfr=wx&share_relation=4f1c2a"
    shopname = "知行知识产权服务小店"
    items, lis = [], []
    for i in range(16):
        bad = i % 4 == 0
        t = C.illegal(rnd, rnd.choice([0, 1, 2])) if bad else C.legit_ip(rnd)
        iid = rnd.randint(10**9, 10**10)
        href = f"/item.html?itemID={iid}&wfr=wx&source=shop_home"
        if i % 5 == 3:
            pt, ph = "面议", '<span class="price">面议</span>'
        else:
            v = rnd.choice([300, 500, 800, 1500, 2800, 4500, 6800])
            pt, ph = f"¥{v}.00", f'<span class="price"><em>¥</em>{v}.00</span>'
        disp = cut(t, 16, "…")
        lis.append(f'''<li class="item-li" data-itemid="{iid}"><a href="{esc(href)}" class="item-a"><div class="item-img lazy" data-src="https://si.geilicdn.test/wdseller{iid}-unadjust_640_640.jpg"></div>
<p class="item-name" title="{esc(t)}">{esc(disp)}</p><div class="item-bottom">{ph}<span class="sold">销量 {rnd.randint(0, 300)}</span></div></a></li>''')
        items.append(item(urljoin(url, href), t, None, pt))
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{shopname}</title>
{style_block("wd")}
<script>var shopInfo={{"shopName":"{shopname}","userid":"1683492017"}};</script></head><body>
<div class="shop-header"><img class="logo" data-src="https://si.geilicdn.test/logo_1683492017.jpg"><h1 class="shop-name">{shopname}</h1><p class="shop-note">工作日9:00-18:00在线，咨询请点客服</p><a class="fav" href="javascript:;">收藏店铺</a></div>
<div class="shop-tabs"><a class="cur" href="/?userid=1683492017">首页</a><a href="/item_classes.html?userid=1683492017">分类</a><a href="/shop_intro.html?userid=1683492017">店铺介绍</a></div>
<div class="notice">公告：本店所有服务如实申报，不承诺授权结果。</div>
<div class="module-title">全部商品</div>
<ul class="item-list">
{chr(10).join(lis)}
</ul>
<div class="wd-footer"><a href="https://weidian.test/">微店</a> 提供技术支持 | <a href="/report.html">举报</a></div>
<div class="fixed-bar"><a href="/cart.html">购物车</a><a href="/im.html?userid=1683492017">客服</a></div>
</body></html>'''
    return dict(name="weidian_shop", url=url, kind="list", html=doc, items=items)


# =========================================================== 9 58.com service classifieds (broken HTML)
@page
def five8_service():
    rnd = random.Random("58")
    url = "https://bj.58.test/shangwu/?PGTID=0d30001c-0000-1a2b-3c4d&ClickID=2"
    items, rows = [], []
    for i in range(22):
        bad = i % 4 == 2
        t = C.illegal(rnd) if bad else (C.service(rnd) if i % 3 else C.legit_ip(rnd))
        iid = rnd.randint(4 * 10**13, 5 * 10**13)
        href = f"https://bj.58.test/shangwu/{iid}x.shtml?psid={rnd.randint(10**8, 10**9)}&entinfo={iid}_0&iuType=p_1&PGTID=0d30001c&ClickID={i + 1}"
        if i % 3 == 0:
            pt, ph = "面议", '<b class="pri">面议</b>'
        else:
            v = rnd.choice([80, 150, 200, 300, 600, 1200, 2000])
            pt, ph = f"{v}元", f'<b class="pri">{v}</b>元'
        k = i % 4
        if k == 0:
            seller = C.company(rnd, rnd.choice(["企业管理咨询", "家政服务", "财税咨询", "知识产权代理"]))
            sh = f'<p class="seller"><span class="comp">{esc(seller)}</span></p>'
        elif k == 1:
            seller = C.person(rnd)
            sh = f'<p class="seller"><a class="u" href="//my.58.test/{rnd.randint(10**9, 10**10)}/">{esc(seller)}</a></p>'
        elif k == 2:
            seller = C.shop(rnd, "商务")
            sh = f'<p class="seller">店铺：<a href="//shop.58.test/{rnd.randint(10**6, 10**7)}/">{esc(seller)}</a></p>'
        else:
            seller, sh = None, ""
        tt = hl(t, ["注册", "代理"], "font", "keyword") if i % 5 == 0 else esc(t)
        # broken markup: unclosed <p>/<span>, stray </div>
        broken = "</div>" if i % 6 == 5 else ""
        unclosed = '<span class="tag">' if i % 7 == 3 else ""
        rows.append(f'''<tr logr="p_1_{iid}_0_0" _pos="{i}"><td class="img"><a href="{esc(href)}" target="_blank"><img lazy_src="https://pic{i % 8}.58cdn.test/mobile/small/n_v2{iid}.jpg" src="//img.58cdn.test/n/images/list/noimg2.gif"></a></td>
<td class="t"><a href="{esc(href)}" class="t" target="_blank">{tt}</a>{unclosed}
<p class="desc">{esc(rnd.choice(["朝阳", "海淀", "丰台", "通州", "昌平"]))} | 服务区域：全市{broken}
{sh}
<td class="tc">{ph}<td class="tc"><span class="time">{rnd.randint(1, 23)}小时前</span></td></tr>''')
        items.append(item(href, t, seller, pt))
        if i in (2, 12):
            rows.append(f'<tr class="jingzhun" logr="jz_1_{iid}"><td class="t"><a href="https://jump.zhineng.58.test/jump?target=pZwY0jCfsvFJsWN3shPfUiqkpyOMmh78&amp;pos={i}" class="t">{esc(C.service(rnd))}</a><span class="jingzhun-ico">精准</span> <span class="ad">推广</span></td><td class="tc"><b class="pri">面议</b></td></tr>')
    doc = f'''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>北京商务服务_北京58同城</title>
{style_block("w58")}</head><body>
<div id="header"><div class="headerbar"><a href="https://bj.58.test/">58同城</a> <a href="https://passport.58.test/login/">登录</a> <a href="https://passport.58.test/reg/">注册</a> <a href="https://post.58.test/">免费发布信息</a></div>
<div class="nav"><a href="/ershoufang/">二手房</a><a href="/chuzu/">租房</a><a href="/job/">招聘</a><a href="/ershouche/">二手车</a><a href="/banjia/">搬家</a><a href="/shangwu/">商务服务</a></div></div>
<div class="hot">热门：{"".join(f'<a href="/shangwu/?key={quote(w)}">{w}</a> ' for w in ["公司注册", "代理记账", "商标注册", "专利申请", "刻章", "搬家公司", "保洁", "开锁"])}</div>
<div id="main"><div class="leftbox">
<table class="tbimg" cellpadding="0" cellspacing="0" id="infolist">
<tbody>
{chr(10).join(rows)}
</tbody></table>
</div>
</div>
<div class="pager"><a href="/shangwu/pn2/">2</a><a href="/shangwu/pn3/">3</a><a class="next" href="/shangwu/pn2/">下一页</a></div>
<div class="rightbox"><h3>推荐商家</h3><ul>{"".join(f'<li><a href="//shop.58.test/{rnd.randint(10**6, 10**7)}/">{esc(C.company(rnd, "家政服务"))}</a></li>' for _ in range(4))}</ul>
{footer(rnd, "58", "京ICP证060405号")}
</body></html>'''
    return dict(name="wuba_service_broken", url=url, kind="list", html=doc, items=items)


# =========================================================== 10 Tieba thread (楼中楼)
@page
def tieba_thread():
    rnd = random.Random("tieba_t")
    tid = 8912345670
    url = f"https://tieba.baidu.test/p/{tid}"
    posts, items = [], []
    n = 15
    floors = [1] + sorted(rnd.sample(range(2, 30), n - 1))
    for k, fl in enumerate(floors):
        pid = 149000000000 + fl * 137
        au = C.nick(rnd)
        body = C.spam_post(rnd) if k % 4 == 2 else C.chatter(rnd, "exam" if k % 2 else "patent")
        if k == 0:
            body = "求问各位：专利代理师考试和考研能同时准备吗？" + C.chatter(rnd, "exam")
        lzl = ""
        if k % 3 == 1:
            subs = "".join(f'<li class="lzl_single_post j_lzl_s_p" data-field=\'{{"spid":{pid + j}}}\'><a class="j_user_card lzl_p_p" href="/home/main?id=tb.1.{rnd.randint(10**6, 10**7)}">{esc(C.nick(rnd))}</a>：<span class="lzl_content_main">{esc(C.chatter(rnd, "life"))}</span><div class="lzl_content_reply"><span class="lzl_time">2026-12-0{rnd.randint(1, 6)} 1{rnd.randint(0, 9)}:{rnd.randint(10, 59)}</span></div></li>' for j in range(rnd.randint(1, 3)))
            lzl = f'<div class="j_lzl_container core_reply_wrapper"><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w">{subs}</ul></div></div>'
        posts.append(f'''<div class="l_post l_post_bright j_l_post clearfix" data-field='{{"author":{{"user_name":"{esc(au)}"}},"content":{{"post_no":{fl},"post_id":{pid}}}}}' data-pid="{pid}">
<div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name j_user_card" href="/home/main?un={quote(au)}&amp;ie=utf-8" target="_blank">{esc(au)}</a></li><li class="l_badge"><div class="d_badge_title">{rnd.choice(["初级粉丝", "铁杆会员", "知名人士", "小吧主"])}</div><div class="d_badge_lv">{rnd.randint(1, 14)}</div></li></ul></div>
<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{pid}" class="d_post_content j_d_post_content" style="display:;">{esc(body)}</div></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">来自Android客户端</span><span class="tail-info">{fl}楼</span><span class="tail-info">2026-12-0{min(6, 1 + k // 3)} {10 + k % 12}:{rnd.randint(10, 59)}</span></div></div>{lzl}</div></div></div>''')
        items.append(item(url, None, au, None, fl))
        if k in (3, 9):
            posts.append(f'<div class="l_post l_post_bright j_l_post clearfix" data-field=\'{{"ad":1}}\'><div class="d_author"><span class="ad_tag">广告</span></div><div class="d_post_content_main"><a href="https://ad.baidu.test/click?ref={rnd.randint(10**6, 10**7)}">{esc(C.goods(rnd)[0])}</a></div></div>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="UTF-8"><title>【图片】专利代理师和考研能同时准备吗【考研吧】_百度贴吧</title>
<meta name="keywords" content="考研,专利代理师"><link rel="canonical" href="{url}">
{style_block("tb")}</head><body>
<div id="com_userbar"><ul><li><a href="//www.baidu.test/">百度首页</a></li><li><a href="//passport.baidu.test/v2/?login">登录</a></li><li><a href="//tieba.baidu.test/">贴吧</a></li></ul></div>
<div class="card_top_wrap"><a class="card_title_fname" href="/f?kw={quote("考研")}&amp;ie=utf-8">考研吧</a><span>关注：{rnd.randint(100, 999)}万 贴子：{rnd.randint(1000, 9999)}万</span></div>
<div class="core_title_wrap_bright"><h3 class="core_title_txt" title="专利代理师和考研能同时准备吗">专利代理师和考研能同时准备吗</h3><ul class="l_posts_num"><li class="l_reply_num"><span class="red">{floors[-1] + 3}</span>回复贴，共<span class="red">1</span>页</li></ul></div>
<div class="p_postlist" id="j_p_postlist">
{chr(10).join(posts)}
</div>
<div class="right_section"><div class="region_bright"><h4>贴吧热议榜</h4><ul>{"".join(f'<li><a href="/hottopic/browse/hottopic?topic_id={rnd.randint(10**5, 10**6)}">{esc(w)}</a></li>' for w in ["考研报名人数公布", "今年国家线预测", "二战还是工作", "调剂经验分享", "寒假学习计划"])}</ul></div></div>
{footer(rnd, "Baidu", "京ICP证030173号")}
</body></html>'''
    return dict(name="tieba_thread_lzl", url=url, kind="thread", html=doc, items=items)


# =========================================================== 11 Discuz viewthread
@page
def discuz_viewthread():
    rnd = random.Random("discuz_v")
    url = "https://bbs.chuangye.test/thread-284716-1-1.html"
    names = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}
    posts, items = [], []
    for fl in range(1, 17):
        pid = 3120400 + fl * 11
        au = C.nick(rnd)
        body = C.spam_post(rnd) if fl in (3, 7, 10, 14) else C.chatter(rnd, "patent")
        if fl == 1:
            body = "公司准备明年报高企，手上只有两个实用新型，有中介说可以帮忙“凑专利”，靠谱吗？" + C.chatter(rnd, "patent")
        numhtml = f"<em>{names[fl]}</em>" if fl in names else f"<em>{fl}</em><sup>#</sup>"
        quote_html = ""
        if fl in (5, 9):
            quote_html = f'<div class="quote"><blockquote><font size="2"><font color="#999999">{esc(items[-1]["seller"])} 发表于 2026-12-3 10:2{fl % 10}</font></font><br>{esc(C.chatter(rnd, "life"))}</blockquote></div><br>'
        posts.append(f'''<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-{rnd.randint(10**5, 10**6)}.html" target="_blank" class="xw1">{esc(au)}</a></div></div><div class="p_pop blk bui card_gender_0"><dl class="cl"><dt>积分</dt><dd>{rnd.randint(10, 9999)}</dd></dl></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=284716&amp;pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">{numhtml}</a></strong>
<div class="pti"><div class="authi"><em id="authorposton{pid}">发表于 2026-12-{1 + fl // 6} 1{fl % 10}:{rnd.randint(10, 59)}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=284716&amp;page=1&amp;authorid=1">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{quote_html}{esc(body)}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=284716&amp;repquote={pid}">回复</a></em></div></div></td></tr></table></div>''')
        items.append(item(url + f"#post_{pid}", None, au, None, fl))
        if fl == 1:
            posts.append(f'<div id="post_rate_div" class="a_pt"><span class="ad">广告</span><a href="https://bbs.chuangye.test/plugin.php?id=ad&amp;aid={rnd.randint(100, 999)}" target="_blank">{esc(C.legit_ip(rnd))}</a></div>')
    doc = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>明年报高企，中介说能“凑专利”靠谱吗？ - 企业服务 - 创业论坛 - Powered by Discuz!</title>
<base href="https://bbs.chuangye.test/" />
{style_block("dz")}</head><body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a><a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div class="wp"><div id="nv"><ul><li><a href="forum.php" hidefocus="true">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="home.php">家园</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">创业论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum-36-1.html">企业服务</a> <em>›</em> <a href="thread-284716-1-1.html">明年报高企，中介说能“凑专利”靠谱吗？</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{rnd.randint(1000, 9999)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">15</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">明年报高企，中介说能“凑专利”靠谱吗？</span></h1></td></tr></table>
{chr(10).join(posts)}
</div>
<div class="pgs mtm mbm cl"><a href="forum-36-1.html" class="y pgsbtn">返回列表</a></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="misc.php?mod=faq">小黑屋</a></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.test" target="_blank">Discuz!</a></strong> <em>X3.4</em></p></div></div>
</body></html>'''
    return dict(name="discuz_viewthread", url=url, kind="thread", html=doc, items=items)


# =========================================================== 12 Douban group topic
@page
def douban_topic():
    rnd = random.Random("douban")
    url = "https://www.douban.test/group/topic/301928374/"
    items = []
    op = C.nick(rnd)
    items.append(item(url, None, op, None, 1))
    replies = []
    cids = []
    for k in range(14):
        cid = 4512345000 + k * 7919
        au = C.nick(rnd)
        body = C.spam_post(rnd) if k % 4 == 1 else C.chatter(rnd, "life" if k % 2 else "patent")
        cids.append((cid, au, body))
        quote_html = ""
        if k in (4, 9):
            quote_html = f'<div class="reply-quote"><span class="all">{esc(cids[k - 2][2])}</span><span class="pubdate"><a href="https://www.douban.test/people/{rnd.randint(10**6, 10**8)}/">{esc(cids[k - 2][1])}</a></span></div>'
        replies.append(f'''<li class="clearfix comment-item reply-item" id="{cid}" data-cid="{cid}" data-target_id="301928374" data-author_id="{rnd.randint(10**6, 10**8)}">
<div class="user-face"><a href="https://www.douban.test/people/{rnd.randint(10**6, 10**8)}/"><img class="pil" src="https://img1.doubanio.test/icon/u{rnd.randint(10**6, 10**8)}-1.jpg" width="48" height="48" alt="{esc(au)}"></a></div>
<div class="reply-doc content"><div class="bg-img-green"><h4><a href="https://www.douban.test/people/{rnd.randint(10**6, 10**8)}/" class="">{esc(au)}</a><span class="pubtime">2026-12-0{1 + k // 5} {10 + k}:{rnd.randint(10, 59)}:{rnd.randint(10, 59)}</span><span class="pubtime ip-location">{rnd.choice(["北京", "上海", "广东", "浙江", "四川"])}</span></h4></div>
{quote_html}<div class="markdown"><p class="reply-content">{esc(body)}</p></div>
<div class="operation-div"><a class="comment-vote lnk-fav" href="javascript:void(0);">赞</a><a class="lnk-reply" href="/group/topic/301928374/add_comment?ref_cid={cid}#last">回应</a></div></div></li>''')
        items.append(item(url + f"#{cid}", None, au, None, k + 2))
    popular = "".join(f'<li class="clearfix comment-item reply-item" data-cid="{c}" id="popular-{c}"><div class="reply-doc content"><h4><a href="https://www.douban.test/people/x{c}/">{esc(a)}</a></h4><p class="reply-content">{esc(b)}</p></div></li>' for c, a, b in [cids[3], cids[6]])
    doc = f'''<!DOCTYPE html><html lang="zh-cmn-Hans"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>有没有人被“包授权”的代理坑过？</title>
<meta property="og:title" content="有没有人被“包授权”的代理坑过？">
{style_block("db")}</head><body>
<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.test/passport/login" class="nav-login">登录/注册</a></div><div class="global-nav-items"><ul><li><a href="https://www.douban.test">豆瓣</a></li><li><a href="https://book.douban.test">读书</a></li><li><a href="https://movie.douban.test">电影</a></li><li><a href="https://music.douban.test">音乐</a></li><li class="on"><a href="https://www.douban.test/group/">小组</a></li></ul></div></div></div>
<div id="wrapper"><div id="content"><h1>有没有人被“包授权”的代理坑过？</h1>
<div class="grid-16-8 clearfix"><div class="article">
<div class="topic-content clearfix"><div class="topic-doc"><h3><span class="from">来自: <a href="https://www.douban.test/people/{rnd.randint(10**6, 10**8)}/">{esc(op)}</a></span><span class="create-time color-green">2026-11-30 21:14:07</span></h3>
<div class="topic-content"><div class="rich-content topic-richtext"><p>{esc("去年找了一家说包授权的代理机构，交了八千，结果收到驳回通知，客服直接拉黑。现在想维权，不知道从哪下手。" + C.chatter(rnd, "patent"))}</p></div></div></div></div>
<div id="popular-comments" class="popular-comments"><h3 class="popular-title">最赞回应</h3><ul class="topic-reply popular-bd">{popular}</ul></div>
<ul class="topic-reply" id="comments">
{chr(10).join(replies)}
</ul>
<div class="paginator"><span class="thispage">1</span><a href="?start=100">2</a><span class="next"><a href="?start=100">后页&gt;</a></span></div>
</div>
<div class="aside"><div class="group-item"><div class="title"><a href="https://www.douban.test/group/ipcircle/">知识产权互助小组</a></div><div class="info">{rnd.randint(1000, 90000)} 个成员</div></div>
<div class="mod"><h2>最近小组话题</h2><ul>{"".join(f'<li><a href="https://www.douban.test/group/topic/{rnd.randint(3 * 10**8, 4 * 10**8)}/">{esc(w)}</a></li>' for w in ["自己写专利交底书的经验", "商标被驳回怎么办", "软著有必要申请吗", "专利年费减缴攻略"])}</ul></div>
<div class="mod ad" id="dale_group_topic_new_inner_middle"><span class="ad-tag">广告</span><a href="https://erebor.douban.test/redirect/?ad={rnd.randint(10**5, 10**6)}">{esc(C.goods(rnd)[0])}</a></div></div>
</div></div></div>
<div id="footer"><span class="fleft gray-link">© 2005－2026 douban.test, all rights reserved 北京豆网科技有限公司</span><span class="fright"><a href="https://www.douban.test/about">关于豆瓣</a> · <a href="https://www.douban.test/jobs">在豆瓣工作</a> · <a href="https://www.douban.test/about?topic=contactus">联系我们</a></span></div>
</body></html>'''
    return dict(name="douban_group_topic", url=url, kind="thread", html=doc, items=items)


# =========================================================== 13 Baidu Zhidao Q&A
@page
def zhidao_qa():
    rnd = random.Random("zhidao")
    url = "https://zhidao.baidu.test/question/1987654321012345678.html"
    items, answers = [], []
    n = 7
    for k in range(n):
        aid = 3987650000 + k * 313
        au = C.nick(rnd) if k != 3 else None
        if k == 0:
            body = ("不建议。所谓“包授权”违反专利代理相关规定，国知局多次通报查处这类机构。授权与否取决于审查，任何人都无法保证。" + C.chatter(rnd, "patent"))
        elif k in (2, 5):
            body = C.spam_post(rnd)
        else:
            body = C.chatter(rnd, "patent")
        head = '<div class="wgt-best-mask"><span class="best-title">最佳答案</span></div>' if k == 0 else ""
        auh = f'<a class="wgt-replyer-all-uname" href="https://zhidao.baidu.test/usercenter?uid={rnd.randint(10**8, 10**9)}" target="_blank">{esc(au)}</a>' if au else '<span class="wgt-replyer-all-uname anonymous">匿名用户</span>'
        cls = "bd answer wgt-best" if k == 0 else "bd answer"
        answers.append(f'''<div class="{cls}" id="answer-{aid}" data-id="{aid}">{head}
<div class="wgt-replyer-all clearfix"><div class="wgt-replyer-all-card">{auh}<span class="wgt-replyer-all-level">{rnd.choice(["采纳率92%", "擅长：知识产权", "LV{}".format(rnd.randint(3, 12))])}</span></div></div>
<div class="line content"><div class="best-text mb-10" id="best-content-{aid}">{esc(body)}</div></div>
<div class="wgt-eva"><span class="evaluate evaluate-32" data-evaluate="{rnd.randint(0, 300)}">赞</span><span class="time">2026-1{rnd.randint(0, 1)}-0{rnd.randint(1, 9)}</span></div></div>''')
        # anonymous shown as 匿名用户 -> label that text
        items.append(item(url + f"#answer-{aid}", None, au if au else "匿名用户", None, k + 1))
        if k == 0:
            answers.append('<div class="other-answer-title"><h2>其他回答</h2><span>共6条</span></div>')
        if k == 2:
            answers.append(f'<div class="bd answer answer-ad" id="answer-ad-1"><span class="ad-tag">广告</span><a href="https://zhidao.baidu.test/adclick?aid={rnd.randint(10**5, 10**6)}">{esc(C.legit_ip(rnd))}</a></div>')
    related = "".join(f'<li><a href="https://zhidao.baidu.test/question/{rnd.randint(10**17, 10**18)}.html" class="related-link">{esc(w)}</a><span class="related-restrict-num">{rnd.randint(1, 30)}个回答</span></li>' for w in ["专利代理机构怎么查是否正规？", "实用新型一般多久授权？", "高企认定需要几个专利？", "专利被驳回还能再申请吗？", "找代理申请专利大概多少钱？"])
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>找代理说可以包授权专利，能信吗？_百度知道</title>
<link rel="canonical" href="{url}">
{style_block("zd")}</head><body>
<div id="userbar"><ul><li><a href="https://www.baidu.test/">百度首页</a></li><li><a href="https://passport.baidu.test/">登录</a></li></ul></div>
<div class="nav-menu"><a href="https://zhidao.baidu.test/">知道首页</a><a href="https://zhidao.baidu.test/list">问题</a><a href="https://zhidao.baidu.test/daily">知道日报</a><a href="https://zhidao.baidu.test/shop">知道商城</a></div>
<div class="layout-wrap"><div class="layout-main">
<div class="wgt-question-title" id="wgt-ask"><h1><span class="ask-title">找代理说可以包授权专利，能信吗？</span></h1>
<div class="line mt-5 q-content"><span class="con">对方说三个月下证，不下证退款，要价六千，问问大家这种靠谱吗？</span></div>
<div class="wgt-ask-user"><a href="https://zhidao.baidu.test/usercenter?uid=88231" class="user-name">{esc(C.nick(rnd))}</a> 提问于 2026-11-28</div></div>
<div class="wgt-answers" id="wgt-answers">
{chr(10).join(answers)}
</div>
<div class="wgt-related"><h3>其他类似问题</h3><ul>{related}</ul></div>
</div><div class="layout-aside"><div class="wgt-hot"><h3>热门问题</h3>{hotwords(rnd, ["社保断缴影响", "个税退税", "公积金提取", "驾照换证", "医保报销"], "https://zhidao.baidu.test/search?word=", "", "hotq")}</div></div></div>
{footer(rnd, "Baidu", "京ICP证030173号")}
</body></html>'''
    return dict(name="zhidao_qa", url=url, kind="thread", html=doc, items=items)


# =========================================================== 14 Xiaohongshu note with comments
@page
def xhs_note():
    rnd = random.Random("xhs")
    url = "https://www.xiaohongshu.test/explore/6571a3b2000000001c0345ef?xsec_token=ABk2x&xsec_source=pc_feed"
    items = []
    author = "野生知产小助手"
    items.append(item(url + "#noteContainer", None, author, None, 1))
    coms = []
    for k in range(13):
        cid = f"657{k:02d}c{rnd.randint(10**9, 10**10):x}"
        au = C.nick(rnd)
        body = C.spam_post(rnd) if k % 4 == 2 else C.chatter(rnd, "life" if k % 3 == 0 else "patent")
        sub = ""
        if k % 3 == 1:
            sub = f'<div class="reply-container"><div class="list-container">' + "".join(f'<div class="comment-item comment-item-sub" id="comment-sub{cid}{j}"><div class="author"><a class="name" href="/user/profile/{rnd.randint(10**9, 10**10):x}">{esc(C.nick(rnd))}</a></div><div class="content"><span class="note-text">{esc(C.chatter(rnd, "life"))}</span></div></div>' for j in range(2)) + '</div><div class="show-more">展开更多回复</div></div>'
        coms.append(f'''<div class="parent-comment"><div class="comment-item" id="comment-{cid}"><div class="comment-inner-container"><div class="avatar"><a href="/user/profile/{rnd.randint(10**9, 10**10):x}"><img class="avatar-item" src="https://sns-avatar-qc.xhscdn.test/avatar/{cid}.jpg"></a></div>
<div class="right"><div class="author-wrapper"><div class="author"><a class="name" href="/user/profile/{rnd.randint(10**9, 10**10):x}" target="_blank">{esc(au)}</a></div></div>
<div class="content"><span class="note-text"><span>{esc(body)}</span></span></div>
<div class="info"><div class="date"><span>{rnd.randint(1, 11)}-{rnd.randint(10, 28)}</span><span class="location">{rnd.choice(["广东", "浙江", "北京", "江苏", "湖北"])}</span></div><div class="interactions"><div class="like"><span class="count">{rnd.randint(0, 500)}</span></div><div class="reply"><span class="count">回复</span></div></div></div></div></div></div>{sub}</div>''')
        items.append(item(url + f"#comment-{cid}", None, au, None, k + 2))
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>专利申请避坑指南｜这几类中介千万别碰 - 小红书</title>
<meta name="og:type" content="article"><meta name="viewport" content="width=device-width">
{style_block("xhs")}</head><body>
<div id="app"><div class="layout"><div class="side-bar"><ul class="channel-list"><li><a href="/explore">发现</a></li><li><a href="/publish">发布</a></li><li><a href="/notification">通知</a></li><li><a href="/user/profile/me">我</a></li></ul></div>
<div class="note-detail-mask"><div id="noteContainer" class="note-container" data-type="normal">
<div class="media-container"><div class="swiper"><img data-src="https://sns-webpic-qc.xhscdn.test/202612/note_{rnd.randint(10**6, 10**7)}.jpg"></div></div>
<div class="interaction-container"><div class="author-container"><div class="author-wrapper"><div class="info"><a class="name" href="/user/profile/5f1e2a" target="_blank"><span class="username">{author}</span></a></div><button class="follow-button">关注</button></div></div>
<div class="note-scroller"><div class="note-content"><div id="detail-title" class="title">专利申请避坑指南｜这几类中介千万别碰</div>
<div id="detail-desc" class="desc"><span class="note-text"><span>整理了一下常见的坑：说包授权的、卖现成专利的、让你挂证的，全是违规操作。正规代理会先做检索再谈申请。</span><a class="tag" href="/search_result?keyword={quote("专利")}&amp;type=54">#专利</a> <a class="tag" href="/search_result?keyword={quote("知识产权")}&amp;type=54">#知识产权</a> <a class="tag" href="/search_result?keyword={quote("创业")}&amp;type=54">#创业</a></span></div>
<div class="bottom-container"><span class="date">编辑于 11-27 浙江</span></div></div>
<div class="comments-el"><div class="comments-container"><div class="total">共 {13 + 9} 条评论</div><div class="list-container">
{chr(10).join(coms)}
</div><div class="end-container">- THE END -</div></div></div></div></div>
</div></div></div>
<div class="feeds-recommend"><h4>相关推荐</h4>{"".join(f'<section class="note-item"><a href="/explore/{rnd.randint(10**15, 10**16):x}" class="cover"><img data-src="https://sns-webpic-qc.xhscdn.test/rec{j}.jpg"></a><div class="footer"><a class="title" href="/explore/{rnd.randint(10**15, 10**16):x}"><span>{esc(w)}</span></a></div></section>' for j, w in enumerate(["商标注册自己就能办", "软著申请全流程", "小公司高企认定经验", "专利费减备案教程"]))}</div>
</div>
<script>window.__INITIAL_STATE__={{"note":{{"noteDetailMap":{{"6571a3b2000000001c0345ef":{{"comments":{json.dumps([c for c in [x["seller"] for x in items]], ensure_ascii=False)}}}}}}}}}</script>
</body></html>'''
    return dict(name="xhs_note_comments", url=url, kind="thread", html=doc, items=items)


# =========================================================== 15 phpwind old forum thread (<table> posts)
@page
def phpwind_thread():
    rnd = random.Random("phpwind")
    url = "http://bbs.kaoyanbang.test/read.php?tid=561203&fpage=0&toread=&page=1"
    names = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}
    items, tabs = [], []
    for fl in range(1, 14):
        pid = 7712000 + fl * 3
        au = C.nick(rnd)
        body = C.spam_post(rnd) if fl in (4, 8, 12) else C.chatter(rnd, "exam" if fl % 2 else "patent")
        if fl == 1:
            body = "今年第二次考专利代理师，实务科目还是没过，求各位前辈指点复习方法。" + C.chatter(rnd, "exam")
        label = names.get(fl, f"{fl}楼")
        tabs.append(f'''<a name="{pid}"></a>
<div class="t5 t2" id="read_{pid}"><table cellspacing="0" cellpadding="0" width="100%" style="table-layout:fixed;border-top:0">
<tr class="tr1 r_one"><th style="width:20%" rowspan="2" class="r_two"><div class="readName b"><a href="u.php?action=show&amp;uid={rnd.randint(1000, 99999)}">{esc(au)}</a></div><div class="readLv">级别: {rnd.choice(["新手上路", "侠客", "骑士", "圣骑士"])}</div><div class="readInfo">发帖: {rnd.randint(1, 3000)}<br>威望: {rnd.randint(0, 99)}点</div></th>
<th height="100%" class="r_one" valign="top" id="td_{pid}"><div class="tipTop s6"><span class="fr"><a class="s3 b" title="复制此楼地址" href="javascript:;">{label}</a></span><span class="gray">发表于: 2026-12-0{1 + fl // 5} 0{fl % 10}:{rnd.randint(10, 59)}</span></div>
<div class="tpc_content"><div class="f14" id="read_tpc_{pid}">{esc(body)}</div></div></th></tr>
<tr class="tr1 r_one"><th class="r_one" valign="bottom"><div class="tipBottom"><a href="post.php?action-quote-fid-8-tid-561203-pid-{pid}.html">引用</a> <a href="javascript:;">回复</a> <a href="javascript:;">举报</a></div></th></tr>
</table></div>''')
        items.append(item(url + f"#read_{pid}", None, au, None, fl))
    doc = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>专代实务二战还是没过，求指点 - 专利代理师考试 - 考研帮论坛 - powered by phpwind.net</title>
{style_block("pw")}</head><body>
<div id="header"><table width="100%"><tr><td><a href="index.php"><img src="images/wind/logo.png" alt="考研帮论坛"></a></td><td align="right"><a href="login.php">登录</a> | <a href="register.php">注册</a> | <a href="search.php">搜索</a> | <a href="faq.php">帮助</a></td></tr></table>
<div class="nav"><a href="index.php">论坛首页</a> &raquo; <a href="thread.php?fid=8">专利代理师考试</a> &raquo; 专代实务二战还是没过，求指点</div></div>
<div class="t3"><table width="100%"><tr><td class="h"><b>本页主题:</b> 专代实务二战还是没过，求指点</td><td align="right"><a href="read.php?tid=561203&amp;page=e#a">打印</a> | <a href="thread.php?fid=8">返回列表</a></td></tr></table></div>
<div id="main">
{chr(10).join(tabs)}
</div>
<div class="t3"><span class="pages"><b>1</b><a href="read.php?tid=561203&amp;page=2">2</a><a href="read.php?tid=561203&amp;page=2">下一页</a></span></div>
<div class="t" style="margin-top:8px"><table width="100%"><tr><td class="h">快速回复</td></tr><tr><td><textarea name="atc_content" rows="5" cols="80"></textarea></td></tr></table></div>
<div id="footer"><center>Powered by <a href="http://www.phpwind.test" target="_blank"><b>phpwind</b></a> v8.7 Code &copy;2003-2026 | <a href="http://www.miibeian.test">粤ICP备10012345号</a></center></div>
</body></html>'''
    return dict(name="phpwind_thread_table", url=url, kind="thread", html=doc, items=items)


# =========================================================== SERP helpers
SITES = ["zhihu.test/question/", "www.cnipa.test/art/2026/", "baike.baidu.test/item/", "www.sohu.test/a/", "m.163.test/dy/article/",
         "www.ipr-news.test/news/", "blog.csdn.test/u/article/details/", "www.toutiao.test/article/", "finance.sina.test/tech/",
         "www.jianshu.test/p/", "www.gov-ip.test/zcfg/", "www.lawtime.test/info/", "k.sina.test/article_"]


def serp_title(rnd, q):
    def f(r):
        k = r.randrange(4)
        if k == 0:
            x = C.fresh(r, lambda r2: r2.choice(C.ILLEGAL_KINDS)(r2)) + r.choice(["_官网", " - 专业服务", "【官方】", ""])
            C.ILL.add(x)
            return x
        return r.choice([
            f"{q}需要多久?{r.choice(['一文讲清', '流程详解', '最新规定'])}_{r.choice(['知乎', '百度百科', '搜狐'])}",
            f"{q}流程及费用{r.choice(['(2026最新)', '一览', '明细'])} - {r.choice(['法律快车', '找法网', '华律网'])}",
            f"国家知识产权局关于{r.choice(['规范专利申请行为', '打击非正常专利申请', '加强代理行业监管'])}的{r.choice(['通知', '公告', '办法'])}",
            f"{r.choice(['如何', '怎样', '个人可以'])}{q}?{r.choice(['有哪些条件', '要准备哪些材料', '官费是多少'])}",
            f"{q}的{r.choice(['常见误区', '注意事项', '五个坑'])} - {r.choice(['简书', 'CSDN博客', '今日头条'])}",
            f"{r.choice(C.CITIES)}{q}代理机构{r.choice(['名单', '排名', '备案查询'])}_{r.choice(['知产网', '企查查', '天眼查'])}",
        ])
    return C.fresh(rnd, f)


def real_url(rnd, i):
    s = rnd.choice(SITES)
    return f"https://{s}{rnd.randint(10**6, 10**9)}" + rnd.choice([".html", "", ".shtml", "?from=search"])


def wrapper(rnd):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(rnd.choice(al) for _ in range(rnd.randint(60, 90)))


# =========================================================== 16 Baidu SERP
@page
def baidu_serp():
    rnd = random.Random("baidu")
    q = "专利申请"
    url = "https://www.baidu.test/s?ie=utf-8&f=8&rsv_bp=1&tn=baidu&wd=" + quote(q) + "&rsv_pq=e5b1f2a3000123ab&rsv_t=9c3bx"
    items, res = [], []
    for i in range(1, 11):
        t = serp_title(rnd, q)
        real = real_url(rnd, i)
        w = "http://www.baidu.test/link?url=" + wrapper(rnd)
        has_mu = i not in (4, 8)
        mu = f' mu="{esc(real)}"' if has_mu else ""
        abst = esc(C.chatter(rnd, "patent"))
        tpl = "se_com_default" if has_mu else "sp_realtime_bigpic5"
        disp = hl(cut(t, 28, "..."), ["专利申请", "专利"])
        titleattr = f' title="{esc(t)}"' if len(t) > 28 else ""
        res.append(f'''<div class="result c-container xpath-log new-pmd" srcid="1599" id="{i}" tpl="{tpl}"{mu} data-click='{{"p1":{i},"rsv_bdr":"0","fm":"as"}}'><div class="c-container"><h3 class="c-title t t tts-title"><a data-click="{{'F':'778717EA','F1':'9D73F1E4'}}" href="{esc(w)}" target="_blank"{titleattr}>{disp}</a></h3>
<div class="c-row"><div class="c-span-last"><span class="content-right_8Zs40">{abst}</span><div class="c-showurl"><span class="c-color-gray">{esc(real.split("/")[2])}</span></div></div></div></div></div>''')
        items.append(item(real if has_mu else w, t, None, None))
        if i == 2:
            res.insert(0, f'<div id="3001" class="EC_result c-container" data-tuiguang="ad"><h3 class="t"><a href="https://www.baidu.test/baidu.php?url=0f0000K{wrapper(rnd)}">{esc(C.legit_ip(rnd))}</a></h3><div class="ec-tuiguang">广告</div></div>')
        if i == 6:
            res.append(f'''<div class="result-op c-container" tpl="recommend_list" srcid="28608"><div class="c-font-medium">其他人还搜</div>{"".join(f'<a href="/s?wd={quote(w)}&amp;rsf=100">{w}</a>' for w in ["专利申请费用", "专利查询", "实用新型专利", "发明专利多久下来"])}</div>''')
    rs = "".join(f'<a href="/s?wd={quote(w)}&amp;rsp=0&amp;f=1">{w}</a>' for w in ["个人怎么申请专利", "专利申请官网", "专利申请流程", "专利申请需要多少钱", "外观专利申请", "专利代理机构"])
    doc = f'''<!DOCTYPE html><html><head><meta http-equiv="content-type" content="text/html;charset=utf-8"><title>{q}_百度搜索</title>
{style_block("bd")}
<script>var bds={{se:{{}},su:{{urdata:[],urSendClick:function(){{}}}},util:{{}},use:{{}},comm:{{domain:"http://www.baidu.test",ubsurl:"//sp1.baidu.test/5b1ZeDe5KgQFm2e88IuM_a/w.gif",tn:"baidu",queryEnc:"{quote(q)}"}}}};</script></head><body>
<div id="wrapper" class="wrapper_new"><div id="head"><div class="head_wrapper"><div class="s_form"><a href="/" id="result_logo"><img src="//www.baidu.test/img/flexible/logo/pc/result.png" alt="到百度首页"></a><form id="form" name="f" action="/s"><input id="kw" name="wd" value="{q}"><input type="submit" value="百度一下" id="su"></form></div>
<div id="u"><a href="http://www.baidu.test/gaoji/preferences.html" name="tj_settingicon">设置</a><a href="https://passport.baidu.test/v2/?login" name="tj_login">登录</a></div></div></div>
<div id="s_tab" class="s_tab"><div class="s_tab_inner"><b>网页</b><a href="//www.baidu.test/s?rtt=1&amp;bsst=1&amp;tn=news&amp;word={quote(q)}">资讯</a><a href="//image.baidu.test/i?tn=baiduimage&amp;word={quote(q)}">图片</a><a href="//zhidao.baidu.test/search?word={quote(q)}">知道</a><a href="//wenku.baidu.test/search?word={quote(q)}">文库</a><a href="//tieba.baidu.test/f?kw={quote(q)}">贴吧</a></div></div>
<div id="wrapper_wrapper"><div id="container" class="container_new"><div id="content_left">
{chr(10).join(res)}
</div>
<div id="content_right"><div class="cr-content"><div class="FYB_RD"><div class="cr-title"><span>百度热搜</span></div><ul>{"".join(f'<li><a href="/s?wd={quote(w)}&amp;sa=fyb_n_homepage">{i + 1} {w}</a></li>' for i, w in enumerate(["冬至吃饺子还是汤圆", "多地迎来降雪", "新能源车下乡", "考研倒计时", "春运购票攻略", "年终奖个税"]))}</ul></div></div></div>
<div id="rs"><div class="tt">相关搜索</div>{rs}</div>
<div id="page"><div class="page-inner"><strong><span class="pc">1</span></strong>{"".join(f'<a href="/s?wd={quote(q)}&amp;pn={n * 10}"><span class="pc">{n + 1}</span></a>' for n in range(1, 10))}<a class="n" href="/s?wd={quote(q)}&amp;pn=10">下一页 &gt;</a></div></div>
</div></div>
<div id="foot"><div id="help"><a href="http://help.baidu.test/question" target="_blank">帮助</a><a href="http://www.baidu.test/search/jubao.html" target="_blank">举报</a><a href="http://jianyi.baidu.test" target="_blank">用户反馈</a></div></div></div>
</body></html>'''
    return dict(name="baidu_serp", url=url, kind="list", html=doc, items=items)


# =========================================================== 17 Baidu mobile SERP
@page
def baidu_m_serp():
    rnd = random.Random("baidum")
    q = "商标注册"
    url = "https://m.baidu.test/s?word=" + quote(q) + "&sa=tb&ts=0&t_kt=0&ie=utf-8&rsv_t=4f2aR&ms=1&rq=" + quote(q)
    items, res = [], []
    for i in range(1, 11):
        t = serp_title(rnd, q)
        real = real_url(rnd, i)
        if i in (3, 7):
            # baidu-owned results link directly
            real = f"https://baike.baidu.test/item/{quote(q)}/{rnd.randint(10**5, 10**7)}?fromModule=lemma_search-box"
            res.append(f'''<div class="c-result result" order="{i}" tpl="bk_polysemy" srcid="www_bk_polysemy" data-log='{{"order":"{i}","tpl":"bk_polysemy"}}'><div class="c-result-content"><article><header><a class="c-blocka" href="{esc(real)}"><h3 class="c-title c-gap-top-small"><span class="c-title-text">{hl(t, ["商标", "注册"], "em")}</span></h3></a></header>
<section><p class="c-line-clamp3">{esc(C.chatter(rnd, "patent"))}</p><div class="c-showurl">百度百科</div></section></article></div></div>''')
            items.append(item(real, t, None, None))
            continue
        w = "/link?url=" + wrapper(rnd)
        res.append(f'''<div class="c-result result" order="{i}" tpl="www_index" srcid="www_index" data-url="{esc(real)}" data-log='{{"order":"{i}","ensrcid":"www_normal"}}'><div class="c-result-content"><article rl-type="stop"><header><a class="c-blocka" href="{esc(w)}" rl-link-data-url="{esc(real)}"><h3 class="c-title c-gap-top-small"><span class="c-title-text">{hl(t, ["商标", "注册"], "em")}</span></h3></a></header>
<section><div class="c-span-last"><p class="c-color c-line-clamp3">{esc(C.chatter(rnd, "patent"))}</p></div><div class="c-showurl c-line-clamp1"><span class="c-color-source">{esc(real.split("/")[2])}</span><span class="c-gap-left">{rnd.randint(1, 30)}天前</span></div></section></article></div></div>''')
        items.append(item(real, t, None, None))
        if i == 5:
            res.append(f'<div class="ec_wise_ad" data-ad="1"><div class="ec_wise_pp"><a class="ec_title" href="https://m.baidu.test/baidu.php?url=a000000{wrapper(rnd)}"><h3>{esc(C.illegal(rnd, 3))}</h3></a><span class="ec-tuiguang">广告</span></div></div>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1.0,maximum-scale=1.0,user-scalable=no"><title>{q} - 百度</title>
{style_block("bdm")}</head><body>
<div id="page"><div id="page-hd"><div class="se-head-logo"><a href="/?from=844b"><img src="//m.baidu.test/static/index/plus/plus_logo.png" alt="百度"></a></div><form class="se-form" action="/s"><input class="se-input" name="word" value="{q}"><button class="se-bn">百度一下</button></form>
<div class="se-head-tab"><a class="se-tab-cur" href="#">网页</a><a href="/sf/vsearch?word={quote(q)}&amp;pd=video">视频</a><a href="/sf/vsearch?word={quote(q)}&amp;pd=image">图片</a><a href="/sf/vsearch?word={quote(q)}&amp;pd=news">资讯</a></div></div>
<div id="page-bd"><div id="results" class="results">
{chr(10).join(res)}
</div>
<div class="rw-list-new"><div class="rw-title">大家还在搜</div>{"".join(f'<a class="rw-item" href="/s?word={quote(w)}&amp;sa=re_dl_er">{w}</a>' for w in ["商标注册查询", "个人注册商标", "商标注册多少钱", "商标分类表", "商标被抢注怎么办", "商标转让"])}</div>
<div id="page-controller"><a class="new-nextpage-only" href="/s?word={quote(q)}&amp;pn=10&amp;sa=np">下一页</a></div></div>
<div id="page-ft"><a href="//m.baidu.test/usercenter">用户中心</a><a href="//help.baidu.test/">反馈</a><a href="//www.baidu.test/?from=844b&amp;pu=sz">极速版</a><p>京ICP证030173号</p></div></div>
<script>var _result_data=[{",".join(json.dumps({"order": i + 1, "title": x["title"]}, ensure_ascii=False) for i, x in enumerate(items[:5]))}];</script>
</body></html>'''
    return dict(name="baidu_m_serp", url=url, kind="list", html=doc, items=items)


# =========================================================== 18 Sogou SERP
@page
def sogou_serp():
    rnd = random.Random("sogou")
    q = "实用新型专利"
    url = "https://www.sogou.test/web?query=" + quote(q) + "&_asf=www.sogou.test&_ast=&w=01019900&p=40040100&ie=utf8&from=index-nologin"
    items, res = [], []
    for i in range(1, 11):
        t = serp_title(rnd, q)
        real = real_url(rnd, i)
        w = "/link?url=hedJjaC291" + wrapper(rnd)
        has = i not in (2, 6, 9)
        du = f' data-url="{esc(real)}"' if has else ""
        tl = hl(t, ["实用新型", "专利"], "em")
        if "包授权" in t:
            tl = tl.replace("包授权", "包<em>授</em>权")
        res.append(f'''<div class="vrwrap" id="sogou_vr_30000000_{i}"><div class="r-sech result click-better-sugg"{du}><h3 class="vr-title"><a id="sogou_vr_30000000_title_{i}" target="_blank" href="{esc(w)}">{tl}</a></h3>
<div class="fz-mid space-txt"><p class="star-wiki">{esc(C.chatter(rnd, "patent"))}</p></div><div class="citeurl"><span>{esc(real.split("/")[2])}</span><span class="cite-date">&nbsp;-&nbsp;2026-1{rnd.randint(0, 1)}-{rnd.randint(10, 28)}</span><a href="/snapshot?s={wrapper(rnd)[:20]}" class="htmlcache">快照</a></div></div></div>''')
        items.append(item(real if has else urljoin(url, w), t, None, None))
        if i == 4:
            res.append(f'<div class="biz_sponsor" id="bizsponsor"><div class="biz_rb"><h3><a href="https://www.sogou.test/bill_cpc?v=1&amp;p={wrapper(rnd)}">{esc(C.illegal(rnd, 0))}</a></h3><span class="biz_tag">广告</span></div></div>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{q} - 搜狗搜索</title>
{style_block("sg")}</head><body>
<div class="header"><div class="header-box"><a class="logo" href="/"><span>搜狗搜索</span></a><form name="sf" action="/web"><input class="query" name="query" value="{q}"><input type="submit" value="搜狗搜索"></form></div>
<div class="searchnav"><span>网页</span><a href="https://weixin.sogou.test/weixin?query={quote(q)}">微信</a><a href="https://zhihu.sogou.test/zhihu?query={quote(q)}">知乎</a><a href="https://pic.sogou.test/pics?query={quote(q)}">图片</a><a href="https://v.sogou.test/v?query={quote(q)}">视频</a><a href="https://baike.sogou.test/">百科</a></div></div>
<div id="wrapper" class="wrapper"><div id="main" class="main"><div class="results" id="main-results">
{chr(10).join(res)}
</div>
<div class="hint-mid" id="hint_container"><h4>相关搜索</h4><table><tr>{"".join(f'<td><a href="/web?query={quote(w)}&amp;sut=0&amp;sourceid=sugg">{w}</a></td>' for w in ["实用新型专利申请流程", "实用新型多久授权", "实用新型和发明区别", "实用新型专利费用"])}</tr></table></div>
<div class="p" id="pagebar_container"><span>1</span><a href="?query={quote(q)}&amp;page=2&amp;ie=utf8">2</a><a href="?query={quote(q)}&amp;page=3&amp;ie=utf8">3</a><a id="sogou_next" href="?query={quote(q)}&amp;page=2&amp;ie=utf8" class="np">下一页</a></div></div>
<div id="right" class="right"><div class="hotsearch"><h3>搜狗热搜</h3><ol>{"".join(f'<li><a href="/web?query={quote(w)}&amp;_hot=1">{w}</a></li>' for w in ["寒潮预警", "元旦假期安排", "考研英语作文", "新款手机发布", "冰雪旅游"])}</ol></div></div></div>
<!-- <div class="vrwrap"><h3 class="vr-title"><a href="/link?url=hedJjaC291OLDCACHE">{esc(serp_title(rnd, q))}</a></h3></div> -->
<div id="s_footer"><a href="http://corp.sogou.test/">企业推广</a> - <a href="https://help.sogou.test/">帮助</a> - <a href="http://fankui.help.sogou.test/">意见反馈</a><p>© 2026 SOGOU.TEST 京ICP证050897号</p></div>
</body></html>'''
    return dict(name="sogou_serp", url=url, kind="list", html=doc, items=items)


# =========================================================== 19 360 so SERP
@page
def so360_serp():
    rnd = random.Random("so360")
    q = "商标抢注"
    url = "https://www.so.test/s?ie=utf-8&fr=none&src=360sou_newhome&nlpv=basest&q=" + quote(q)
    items, res = [], []
    for i in range(1, 11):
        t = serp_title(rnd, q)
        real = real_url(rnd, i)
        w = f"https://www.so.test/link?m=e{wrapper(rnd)}"
        has = i != 5
        md = f' data-mdurl="{esc(real)}"' if has else ""
        res.append(f'''<li class="res-list" data-lazyload="1"><h3 class="res-title "><a href="{esc(w)}" rel="noopener" target="_blank"{md} data-res='{{"pos":{i},"m":"{wrapper(rnd)[:16]}"}}'>{hl(t, ["商标", "抢注"], "em")}</a></h3>
<div class="res-rich so-rich-news clearfix"><div class="res-comm-con"><p class="res-desc">{esc(C.chatter(rnd, "patent"))}</p><p class="g-linkinfo"><cite>{esc(real.split("/")[2])}</cite><a class="m" target="_blank" href="https://www.so.test/snapshot?q={quote(q)}&amp;u={quote(real)}">快照</a></p></div></div></li>''')
        items.append(item(real if has else w, t, None, None))
        if i in (1, 7):
            res.append(f'<li class="res-list e_haosou_fw" data-ad="1"><h3 class="res-title"><a href="https://e.so.test/search/eclk?p={wrapper(rnd)}">{esc(C.illegal(rnd, 3))}</a></h3><span class="ads-tag">广告</span></li>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{q}_360搜索</title>
{style_block("so")}</head><body>
<div id="header"><div class="inner"><a id="logo" href="https://www.so.test/"><img src="https://p.ssl.qhimg.test/t01logo.png" alt="360搜索"></a><form id="bd_search" action="/s"><input name="q" value="{q}"><input type="submit" value="搜索"></form></div>
<div id="tabs-wrap"><nav id="tabs"><ul><li class="cur">网页</li><li><a href="https://news.so.test/ns?q={quote(q)}">资讯</a></li><li><a href="https://video.so.test/v?q={quote(q)}">视频</a></li><li><a href="https://image.so.test/i?q={quote(q)}">图片</a></li><li><a href="https://ly.so.test/s?q={quote(q)}">良医</a></li></ul></nav></div></div>
<div id="container"><div id="main"><ul class="result" id="m-result">
{chr(10).join(res)}
</ul>
<div id="rs"><table><tr><th>相关搜索</th>{"".join(f'<td><a href="/s?q={quote(w)}&amp;src=related">{w}</a></td>' for w in ["商标被抢注怎么办", "恶意抢注商标", "商标异议申请", "抢注商标违法吗"])}</tr></table></div>
<div id="page"><strong>1</strong><a href="/s?q={quote(q)}&amp;pn=2">2</a><a href="/s?q={quote(q)}&amp;pn=3">3</a><a id="snext" href="/s?q={quote(q)}&amp;pn=2">下一页&gt;</a></div></div>
<div id="side"><div class="mod-hotsearch"><h3>360热搜榜</h3>{"".join(f'<a href="/s?q={quote(w)}&amp;src=hot">{w}</a>' for w in ["跨年晚会节目单", "流感高发", "新能源车补贴", "春节档电影"])}</div></div></div>
<div id="footer"><p><a href="https://www.so.test/help/help_1_1.html">使用帮助</a>|<a href="https://www.so.test/help/jubao.html">举报</a>|<a href="https://www.so.test/help/privacy.html">隐私</a></p><p>&copy; 2026 360.TEST 京ICP证080047号</p></div>
</body></html>'''
    return dict(name="so360_serp", url=url, kind="list", html=doc, items=items)


# =========================================================== 20 Shenma / UC mobile SERP
@page
def shenma_serp():
    rnd = random.Random("shenma")
    q = "刻章"
    url = "https://m.sm.test/s?q=" + quote(q) + "&from=smor&safe=1&by=submit&snum=6&uc_param_str=dnntnwvepffrgibijbprsvdsdichmenn"
    items, res = [], []
    for i in range(1, 11):
        t = C.illegal(rnd, 4) if i in (2, 6, 9) else serp_title(rnd, q)
        real = real_url(rnd, i)
        if i % 3 == 0:
            href = "//" + real.split("://", 1)[1]
            href += ("&" if "?" in href else "?") + "uc_biz_str=S:custom|C:iflow_ncmt"
        else:
            href = real + ("&" if "?" in real else "?") + f"from=sm&sc_id={rnd.randint(10**5, 10**6)}"
        res.append(f'''<div class="sc c-container" data-sc="sc_normal" data-pos="{i}"><div class="c-header"><a class="c-header-inner" href="{esc(href)}"><span class="c-header-title c-title-lines-2">{hl(t, ["刻章"], "em")}</span></a></div>
<div class="c-content"><div class="c-paragraph-text">{esc(C.chatter(rnd, "life"))}</div><div class="c-source"><span class="c-source-name">{esc(real.split("/")[2])}</span></div></div></div>''')
        items.append(item(urljoin(url, href), t, None, None))
        if i == 3:
            res.append(f'<div class="sc ali-ad" data-sc="ad"><a href="https://huichuan.sm.test/c?d={wrapper(rnd)}"><span class="c-header-title">{esc(C.service(rnd))}</span></a><span class="ad-icon">广告</span></div>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no"><title>{q} - 神马搜索</title>
{style_block("sm")}</head><body>
<div class="header"><a class="logo" href="/?from=smor">神马</a><form action="/s" class="search-form"><input name="q" value="{q}"><button>搜索</button></form></div>
<div class="tabs"><a class="active" href="#">综合</a><a href="/s?q={quote(q)}&amp;tab=video">视频</a><a href="/s?q={quote(q)}&amp;tab=news">资讯</a><a href="/s?q={quote(q)}&amp;tab=pic">图片</a></div>
<div id="results">
{chr(10).join(res)}
</div>
<div class="related"><h4>相关搜索</h4>{"".join(f'<a href="/s?q={quote(w)}&amp;from=related">{w}</a>' for w in ["刻章需要什么手续", "公章备案", "私刻公章违法吗", "刻章店附近"])}</div>
<div class="hot"><h4>热搜</h4>{"".join(f'<a href="/s?q={quote(w)}&amp;from=hot">{w}</a>' for w in ["寒潮来袭", "跨年去哪玩", "新手机发布", "元旦放假"])}</div>
<div class="pager"><a href="/s?q={quote(q)}&amp;page=2">下一页</a></div>
<div class="footer"><a href="/feedback">反馈</a> <a href="/about">关于神马</a></div>
<script>var __SM_LIST__={json.dumps([x["title"] for x in items], ensure_ascii=False)};</script>
</body></html>'''
    return dict(name="shenma_m_serp", url=url, kind="list", html=doc, items=items)


# =========================================================== 21 Tieba board list
@page
def tieba_board():
    rnd = random.Random("tieba_b")
    url = "https://tieba.baidu.test/f?kw=" + quote("知识产权") + "&ie=utf-8&pn=0"
    items, lis = [], []
    for i in range(30):
        tid = 8900000000 + rnd.randint(10**6, 10**8)
        sticky = i < 2
        if sticky:
            t = ["【吧规】本吧禁止发布包授权、挂证、代刻章等违规广告，发现即删", "【置顶】正规代理机构查询方法与维权渠道汇总"][i]
            C.USED.add(t)
        elif i % 4 == 2:
            t = C.illegal(rnd)
        else:
            t = C.fresh(rnd, lambda r: r.choice([
                f"{r.choice(['求助', '请教', '问一下'])}：{r.choice(['个人申请外观专利要多久', '商标被驳回还能复审吗', '软著需要源代码全部提交吗', '专利年费忘交了怎么办', '公司名字和别人商标一样犯法吗'])}",
                f"{r.choice(['分享', '记录', '晒一下'])}{r.choice(['自己写专利的经历', '商标注册下证了', '第一次答复审查意见', '专代考试成绩'])}{r.choice(['', '，附时间线', '，有图', '～'])}",
                f"{r.choice(['吐槽', '曝光', '避雷'])}{r.choice(C.CITIES)}{r.choice(['某代理机构', '一家知产公司', '某中介'])}{r.choice(['乱收费', '拖延不办', '承诺包过'])}",
            ]))
        au = C.nick(rnd)
        disp = t if len(t) <= 24 else t[:24] + "..."
        rep = rnd.randint(0, 999)
        top = '<i class="icon-top" title="置顶"></i>' if sticky else ""
        lis.append(f'''<li class=" j_thread_list{' thread_top' if sticky else ''} clearfix" data-field='{{"id":{tid},"author_name":"{esc(au)}","reply_num":{rep},"is_top":{1 if sticky else 0}}}'>
<div class="t_con cleafix"><div class="col2_left j_threadlist_li_left"><span class="threadlist_rep_num center_text" title="回复">{rep}</span></div>
<div class="col2_right j_threadlist_li_right "><div class="threadlist_lz clearfix"><div class="threadlist_title pull_left j_th_tit ">{top}<a rel="noreferrer" href="/p/{tid}" title="{esc(t)}" target="_blank" class="j_th_tit ">{esc(disp).replace("授权", "<font color=#e10602>授权</font>")}</a></div>
<div class="threadlist_author pull_right"><span class="tb_icon_author " title="主题作者: {esc(au)}" data-field='{{"user_id":{rnd.randint(10**8, 10**9)}}}'><i class="icon_author"></i><span class="frs-author-name-wrap"><a rel="noreferrer" data-field='{{"un":"{esc(au)}"}}' class="frs-author-name j_user_card " href="/home/main/?id=tb.1.{rnd.randint(10**7, 10**8):x}&amp;fr=frs" target="_blank">{esc(au)}</a></span></span><span class="pull-right is_show_create_time" title="创建时间">12-0{rnd.randint(1, 6)}</span></div></div>
<div class="threadlist_detail clearfix"><div class="threadlist_text pull_left"><div class="threadlist_abs threadlist_abs_onlyline ">{esc(C.chatter(rnd, "patent"))}</div></div></div></div></div></li>''')
        items.append(item(f"https://tieba.baidu.test/p/{tid}", t, au, None))
        if i in (8, 20):
            lis.append(f'<li class="clearfix j_thread_list thread_ad" data-field=\'{{"ad":1}}\'><div class="t_con"><a href="https://tieba.baidu.test/mo/q/ad?id={rnd.randint(10**5, 10**6)}" class="j_th_tit">{esc(C.goods(rnd)[0])}</a><span class="label_text">广告</span></div></li>')
    doc = f'''<!DOCTYPE html><html><head><meta charset="UTF-8"><title>知识产权吧-百度贴吧--专利、商标、版权交流</title>
{style_block("frs")}</head><body>
<div id="com_userbar"><ul><li><a href="//www.baidu.test/">百度首页</a></li><li><a href="//passport.baidu.test/">登录</a></li><li><a href="//tieba.baidu.test/index.html">贴吧首页</a></li></ul></div>
<div class="head_content"><div class="card_title"><a class="card_title_fname" href="/f?kw={quote("知识产权")}&amp;ie=utf-8">知识产权吧</a><span class="card_menNum">{rnd.randint(10000, 99999)}</span><span class="card_infoNum">{rnd.randint(100000, 999999)}</span></div>
<ul class="nav_list"><li class="focus"><a href="/f?kw={quote("知识产权")}">看贴</a></li><li><a href="/f?kw={quote("知识产权")}&amp;tab=good">精品</a></li><li><a href="/f?kw={quote("知识产权")}&amp;tab=album">图片</a></li></ul></div>
<div id="content_wrap"><div class="content"><ul id="thread_list" class="threadlist_bright j_threadlist_bright">
{chr(10).join(lis)}
</ul>
<div id="frs_list_pager" class="pagination-default"><span class="pagination-current">1</span><a href="/f?kw={quote("知识产权")}&amp;ie=utf-8&amp;pn=50">2</a><a href="/f?kw={quote("知识产权")}&amp;ie=utf-8&amp;pn=50" class="next">下一页&gt;</a></div></div>
<div class="aside"><div class="region_bright"><h4>本吧信息</h4><p>吧主：<a href="/home/main?un=ipadmin">知产小吧主</a></p></div><div class="topic_list"><h4>贴吧热议榜</h4>{"".join(f'<a href="/hottopic/browse/topicList?res_type=1&amp;topic_id={rnd.randint(10**5, 10**6)}">{w}</a>' for w in ["年终总结大赛", "冬日摄影", "今天你打卡了吗", "考研加油"])}</div></div></div>
{footer(rnd, "Baidu", "京ICP证030173号")}
</body></html>'''
    return dict(name="tieba_board_list", url=url, kind="list", html=doc, items=items)


# =========================================================== 22 Discuz forumdisplay
@page
def discuz_forumdisplay():
    rnd = random.Random("discuz_f")
    url = "https://www.ipforum.test/forum.php?mod=forumdisplay&fid=52&page=1"
    items, tb = [], []
    for i in range(28):
        tid = 410000 + rnd.randint(1000, 99999)
        sticky = i < 3
        if i == 0:
            t = "【公告】版规：严禁发布代理挂证、出售专利申请号等违法信息"
            C.USED.add(t)
        elif i % 4 == 3:
            t = C.illegal(rnd)
        else:
            t = C.fresh(rnd, lambda r: r.choice([
                f"{r.choice(['[经验]', '[求助]', '[讨论]', '[分享]'])} {r.choice(['审查意见第三次了，还有戏吗', '代理师跳槽去企业IPR', '今年专代实务题目回忆', '外观专利的图片怎么处理', '驳回复审成功经验'])}",
                f"{r.choice(['[招聘]', '[求职]'])} {r.choice(C.CITIES)}{r.choice(['专利代理师', '流程专员', '商标代理人', 'IPR工程师'])} {r.choice(['双休', '五险一金', '可实习'])}",
                f"{r.choice(['[资料]', '[下载]'])} {r.choice(['审查指南2026版', '专代历年真题', '商标审查标准'])}{r.choice(['整理', '合集', 'PDF'])}",
            ]))
        au = C.nick(rnd)
        sid = "stickthread" if sticky else "normalthread"
        href = f"forum.php?mod=viewthread&tid={tid}&extra=page%3D1"
        tb.append(f'''<tbody id="{sid}_{tid}"><tr><td class="icn"><a href="{esc(href)}" title="{'全局置顶主题' if sticky else '新窗口打开'}" target="_blank"><img src="static/image/common/{'pin_3' if sticky else 'folder_new'}.gif"></a></td>
<th class="{'common' if not sticky else 'lock'}"><a href="javascript:;" class="showcontent y" title="更多操作"></a><em>[<a href="forum.php?mod=forumdisplay&amp;fid=52&amp;filter=typeid&amp;typeid={rnd.randint(1, 9)}">{rnd.choice(["专利", "商标", "版权", "综合"])}</a>]</em> <a href="{esc(href)}" onclick="atarget(this)" class="s xst">{esc(t)}</a>{' <img src="static/image/filetype/image_s.gif" alt="attach_img" title="图片附件" align="absmiddle">' if i % 5 == 1 else ''}</th>
<td class="by"><cite><a href="home.php?mod=space&amp;uid={rnd.randint(1000, 99999)}" c="1">{esc(au)}</a></cite><em><span>2026-12-{rnd.randint(1, 6)}</span></em></td>
<td class="num"><a href="{esc(href)}" class="xi2">{rnd.randint(0, 300)}</a><em>{rnd.randint(10, 9000)}</em></td>
<td class="by"><cite><a href="home.php?mod=space&amp;username={quote(C.nick(rnd))}" c="1">{esc(C.nick(rnd))}</a></cite><em><a href="forum.php?mod=redirect&amp;tid={tid}&amp;goto=lastpost#lastpost">{rnd.randint(1, 59)} 分钟前</a></em></td></tr></tbody>''')
        items.append(item(urljoin(url, href), t, au, None))
        if i == 2:
            tb.append('<tbody id="separatorline"><tr class="ts"><td>&nbsp;</td><th><a href="javascript:;" onclick="checkForumnew_btn(\'52\')" title="查看更新" class="forumrefresh">版块主题</a></th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>')
        if i == 15:
            tb.append(f'<tbody id="ad_thread"><tr><th><span class="ad">推广</span> <a href="plugin.php?id=ad_click&amp;aid={rnd.randint(100, 999)}" class="s xst">{esc(C.legit_ip(rnd))}</a></th><td class="by"><cite>赞助商</cite></td></tr></tbody>')
    doc = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>专利代理实务 - 知产人论坛 - Powered by Discuz!</title>
{style_block("dzf")}</head><body id="nv_forum" class="pg_forumdisplay">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=register">立即注册</a> <a href="member.php?mod=logging&amp;action=login">登录</a></div></div></div>
<div id="hd"><div id="nv"><ul><li class="a"><a href="forum.php">论坛</a></li><li><a href="portal.php">门户</a></li><li><a href="search.php">搜索</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div>
<div id="pt" class="bm cl"><a href="./" class="nvhm">知产人论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum.php?mod=forumdisplay&amp;fid=52">专利代理实务</a></div>
<div class="boardnav"><div id="ct" class="wp cl"><div class="mn"><div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum.php?mod=forumdisplay&amp;fid=52">专利代理实务</a></h1></div><div class="bm_c cl pbn">今日: <strong class="xi1">{rnd.randint(10, 99)}</strong> 主题: <strong class="xi1">{rnd.randint(1000, 9999)}</strong></div></div>
<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf"><a href="forum.php?mod=forumdisplay&amp;fid=52&amp;filter=author&amp;orderby=dateline">最新</a> <a href="forum.php?mod=forumdisplay&amp;fid=52&amp;filter=heat&amp;orderby=heats">热门</a> <a href="forum.php?mod=forumdisplay&amp;fid=52&amp;filter=digest&amp;digest=1">精华</a></div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=52"><table summary="forum_52" cellspacing="0" cellpadding="0" id="threadlisttableid">
{chr(10).join(tb)}
</table></form></div></div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom"><div class="pg"><strong>1</strong><a href="forum.php?mod=forumdisplay&amp;fid=52&amp;page=2">2</a><a href="forum.php?mod=forumdisplay&amp;fid=52&amp;page=3">3</a><a href="forum.php?mod=forumdisplay&amp;fid=52&amp;page=2" class="nxt">下一页</a></div></span></div></div>
<div class="sd"><div class="bm"><div class="bm_h"><h2>版主推荐</h2></div><div class="bm_c"><ul>{"".join(f'<li><a href="forum.php?mod=viewthread&amp;tid={rnd.randint(300000, 400000)}">{esc(w)}</a></li>' for w in ["新人必读：专代入行指南", "审查意见答复模板合集", "商标近似判断要点"])}</ul></div></div></div></div></div>
<div id="ft" class="wp cl"><div id="frt"><p>Powered by <strong><a href="http://www.discuz.test">Discuz!</a></strong> <em>X3.5</em></p><p class="xs0">&copy; 2001-2026 <a href="http://www.comsenz.test">Comsenz Inc.</a></p></div></div>
</body></html>'''
    return dict(name="discuz_forumdisplay", url=url, kind="list", html=doc, items=items)


# =========================================================== 23 Tmall product detail
@page
def tmall_detail():
    rnd = random.Random("tmall")
    iid = 739201845566
    url = f"https://detail.tmall.test/item.htm?id={iid}&spm=a230r.1.14.16.5e3d4c21&ns=1&abbucket=7&skuId=5120937764411"
    canon = f"https://detail.tmall.test/item.htm?id={iid}"
    t, p = C.goods(rnd, 0)
    C.USED.add(t)
    brand = next(b for b in C.GOODS[0][1] if t.startswith(b))
    shopn = brand + "生活电器官方旗舰店"
    def strip(n):
        return "".join(f'<li class="rec-item"><a href="//detail.tmall.test/item.htm?id={rnd.randint(6 * 10**11, 8 * 10**11)}&amp;rec=kkk" target="_blank"><img data-ks-lazyload="//img.alicdn.test/bao/uploaded/rec{j}.jpg"><p class="rec-title">{esc(C.fresh(rnd, lambda r: C.goods(r, r.choice([0, 13, 7]))[0]))}</p><p class="rec-price">¥{rnd.randint(99, 999)}.00</p></a></li>' for j in range(n))
    desc = "".join(f"<p>{esc(x)}</p>" for x in ["【产品参数】容量：4L 额定功率：860W 内胆：球釜内胆 适用人数：2-8人",
                                                "【售后说明】全国联保一年，7天无理由退换，15天质量问题换新。",
                                                "【温馨提示】图片仅供参考，颜色以实物为准。"])
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(t)}-tmall.test天猫</title>
<link rel="canonical" href="{canon}">
<meta property="og:url" content="{esc(url)}">
<meta name="keywords" content="{esc(t)}">
{style_block("tm")}</head><body>
<div id="site-nav"><div class="sn-container"><p class="sn-login-info">喵，欢迎来天猫 <a href="//login.tmall.test/">请登录</a> <a href="//reg.taobao.test/">免费注册</a></p><ul class="sn-quick-menu"><li><a href="//i.taobao.test/my_taobao.htm">我的淘宝</a></li><li><a href="//cart.tmall.test/cart.htm">购物车</a></li><li><a href="//favorite.taobao.test/">收藏夹</a></li><li><a href="//www.tmall.test/">天猫首页</a></li></ul></div></div>
<div id="header"><div class="shop-intro"><a class="slogo-shopname" href="//shop{iid % 9973}.tmall.test/shop/view_shop.htm?user_number_id=2206519340"><strong>{shopn}</strong></a><div class="shop-rate"><span>描述 4.8</span><span>服务 4.8</span><span>物流 4.9</span></div></div></div>
<div id="detail"><div class="tb-detail-hd"><h1 data-spm="1000983">{esc(t)}</h1><p class="newp">{esc("预约定时 一键快煮 24小时保温")}</p></div>
<div class="tm-fcs-panel"><dl class="tm-promo-panel"><dt class="tb-metatit">价格</dt><dd><div class="tm-promo-price"><em class="tm-yen">¥</em><span class="tm-price">{p:.2f}</span></div></dd></dl>
<dl class="tm-delivery-panel"><dt class="tb-metatit">运费</dt><dd>广东佛山 至 北京 快递: 0.00</dd></dl><div class="tm-ind-panel"><span class="tm-label">月销量</span><span class="tm-count">{rnd.randint(1000, 9999)}</span></div></div>
<div class="tb-action"><a id="J_LinkBuy" href="#">立即购买</a><a id="J_LinkBasket" href="#">加入购物车</a></div></div>
<div id="J_DcTopRightWrap"><div class="look-again"><h3>看了又看</h3><ul>{strip(5)}</ul></div></div>
<div id="description"><div class="content">{desc}</div></div>
<div id="J_GuessLike"><h3>猜你喜欢</h3><ul class="guess-list">{strip(8)}</ul></div>
<!-- old price module: <span class="tm-price">{p * 1.3:.2f}</span> -->
{footer(rnd, "Tmall", "浙B2-20110446")}
<script>var g_config={{"itemId":"{iid}","shopName":"{shopn}","title":{json.dumps(t, ensure_ascii=False)}}};</script>
</body></html>'''
    items = [item(canon, t, shopn, f"¥{p:.2f}")]
    return dict(name="tmall_detail_canonical", url=url, kind="detail", html=doc, items=items)


# =========================================================== 24 Classified ad detail (og:url only)
@page
def classified_detail():
    rnd = random.Random("baixing")
    url = "https://shenzhen.baixing.test/qitafuwu/a2398475612.html?from=vip&pos=3&sid=7a1c"
    og = "https://shenzhen.baixing.test/qitafuwu/a2398475612.html"
    t = C.illegal(rnd, 1)
    poster = "王经理（个人）"
    rel = "".join(f'<li><a href="/qitafuwu/a{rnd.randint(10**9, 3 * 10**9)}.html"><img data-src="https://img.baixing.test/thumb/{rnd.randint(10**6, 10**7)}.jpg"><span class="rel-title">{esc(C.service(rnd))}</span></a><span class="price">{rnd.choice(["面议", "300元", "1000元", "80元/小时"])}</span><span class="area">{rnd.choice(["南山", "福田", "罗湖", "宝安", "龙岗"])}</span></li>' for _ in range(16))
    cats = "".join(f'<a href="https://shenzhen.baixing.test/{c}/">{n}</a>' for c, n in [("banjia", "搬家"), ("baojie", "保洁"), ("weixiu", "维修"), ("jiajiao", "家教"), ("zhuce", "公司注册"), ("jizhang", "代理记账"), ("shangbiao", "商标专利"), ("zhuangxiu", "装修"), ("kaisuo", "开锁"), ("shuma", "数码维修")])
    doc = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(t)} - 深圳百姓网</title>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(t)}"><meta property="og:url" content="{og}">
<meta name="description" content="{esc(t)}，深圳其他服务信息">
{style_block("bx")}</head><body>
<div class="top-bar"><a href="https://www.baixing.test/">百姓网</a> <a href="https://shenzhen.baixing.test/">深圳</a> <a href="https://www.baixing.test/oz/login">登录</a> <a href="https://www.baixing.test/fabu/">免费发布</a></div>
<div class="cat-nav">{cats}</div>
<div class="crumbs"><a href="https://shenzhen.baixing.test/">深圳百姓网</a> &gt; <a href="https://shenzhen.baixing.test/fuwu/">服务</a> &gt; <a href="https://shenzhen.baixing.test/qitafuwu/">其他服务</a> &gt; <span>详情</span></div>
<div class="viewad-main"><div class="viewad-title"><h1>{esc(t)}</h1><span class="viewad-time">{rnd.randint(2, 9)}小时前发布</span><span class="viewad-count">{rnd.randint(100, 999)}次浏览</span></div>
<div class="viewad-meta"><div class="viewad-meta-item"><label>价格：</label><span class="price">面议</span></div><div class="viewad-meta-item"><label>服务区域：</label><span>深圳全市 可远程</span></div>
<div class="viewad-meta-item"><label>联系人：</label><a class="poster-name" href="https://www.baixing.test/u/{rnd.randint(10**7, 10**8)}/">{poster}</a></div></div>
<div class="viewad-text"><p>{esc("长期合作，证书放我们这里备案即可，不需要本人到场，年底结算。有意者电话联系，非诚勿扰。")}</p></div>
<div class="viewad-contact"><a class="show-contact" href="javascript:;">查看电话</a><a class="chat" href="https://www.baixing.test/chat/?ad=2398475612">在线聊</a></div></div>
<div class="viewad-warning"><p>百姓网提醒：涉及资质挂靠、证书出租的信息可能违法，请勿轻信。<a href="https://www.baixing.test/report/?ad=2398475612">举报</a></p></div>
<div class="related-ads"><h3>猜你喜欢</h3><ul>{rel}</ul></div>
<div class="hot-cats">{hotwords(rnd, ["深圳搬家", "深圳保洁", "深圳家教", "深圳维修", "深圳代理记账", "深圳开锁"], "https://shenzhen.baixing.test/s/?query=", "热门分类：")}</div>
{footer(rnd, "Baixing", "沪ICP证070048号")}
</body></html>'''
    items = [item(og, t, poster, "面议")]
    return dict(name="baixing_classified_detail", url=url, kind="detail", html=doc, items=items)


def main():
    pages_dir = os.path.join(ROOT, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    for f in os.listdir(pages_dir):
        if f.endswith(".html"):
            os.remove(os.path.join(pages_dir, f))
    C.USED.clear()
    C.ILL.clear()
    lines = []
    for fn in PAGES:
        p = fn()
        enc = p.get("encoding", "utf-8")
        data = p["html"].encode(enc)
        path = os.path.join(pages_dir, p["name"] + ".html")
        with open(path, "wb") as fh:
            fh.write(data)
        lines.append(json.dumps({"page": "pages/" + p["name"] + ".html", "url": p["url"], "kind": p["kind"],
                                 "items": p["items"]}, ensure_ascii=False))
        if p["kind"] == "thread":
            ill = sum(1 for x in C.ILL if esc(x) in p["html"])
        else:
            ill = sum(1 for it in p["items"] if it["title"] in C.ILL)
        STATS.append((p["name"], p["kind"], len(p["items"]), ill, len(data) / 1024, enc))
        print(f'{p["name"]:32s} {p["kind"]:7s} items={len(p["items"]):3d} illegal={ill:2d} size={len(data) / 1024:.1f}KB enc={enc}')
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    n = sum(x[2] for x in STATS)
    k = sum(x[3] for x in STATS)
    print(f"total items={n} illegal-solicitation items={k} ({100 * k / n:.0f}%)")


if __name__ == "__main__":
    main()
