#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builds blind3/pages/*.html and blind3/labels.jsonl (deterministic, stdlib only)."""
import html
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import content as C  # noqa: E402
from content import R, pick, digits, uniq  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = []


def esc(s):
    return html.escape(s, quote=True)


def it(url, title, seller=None, price=None, floor=None):
    return {'url': url, 'title': title, 'seller': seller, 'price': price, 'floor': floor}


BADN = [0]


def bad_slots(n, k):
    BADN[0] += k
    s = set(R.sample(range(n), k))
    return [i in s for i in range(n)]


def A(cond, s):
    return s.replace('~', '"') if cond else ''


def hl(text, kw, tag='em', attrs=''):
    """Wrap the first occurrence of kw (escaped text) in a highlight tag."""
    t = esc(text)
    if kw and kw in t:
        return t.replace(kw, f'<{tag}{attrs}>{kw}</{tag}>', 1)
    return t


def cut(t, n):
    return (t[:n] + '…') if len(t) > n else t


def cssfill(n, prefix):
    rules = []
    for i in range(n):
        cls = prefix + ''.join(pick('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))
        rules.append(f'.{cls}{{margin:{R.randint(0, 24)}px {R.randint(0, 24)}px;color:#{digits(6)};line-height:{R.randint(12, 30)}px}}')
    return '\n'.join(rules)


def doc(title, body, head='', charset='utf-8', css_rules=40, prefix='x'):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n<title>{esc(title)}</title>\n'
            f'{head}\n<style>\n{cssfill(css_rules, prefix)}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')


def cloud(words, href_fmt, cls='hot-words', title='热搜'):
    lis = ''.join(f'<li><a href="{href_fmt.format(urllib.parse.quote(w))}">{esc(w)}</a></li>' for w in words)
    return f'<div class="{cls}"><h3>{title}</h3><ul>{lis}</ul></div>'


def footer(host, brand):
    links = ['关于我们', '联系我们', '商家入驻', '隐私政策', '用户协议', '知识产权声明', '廉正举报', '帮助中心']
    a = ' | '.join(f'<a href="https://{host}/help/{i}.html">{x}</a>' for i, x in enumerate(links))
    return (f'<div class="footer"><p>{a}</p><p>Copyright &copy; 2026 {brand} 版权所有 · 京ICP备{digits(8)}号-1 · '
            f'京公网安备 {digits(14)}号</p><p>违法和不良信息举报电话：4000-{digits(3)}-{digits(3)}</p></div>')


def hotlist():
    return [uniq(lambda: pick(C.HOT) + pick(['', '攻略', '怎么买', '是什么梗', '同款', '门票', '最新'])) for _ in range(10)]


def price_split(lo, hi, dec=True):
    v = R.randint(lo, hi)
    d = pick(['.00', '.90', '.99', '.50', '.80']) if dec else ''
    return str(v), d


def add(name, url, kind, body_html, items, enc='utf-8'):
    PAGES.append((name, url, kind, body_html, items, enc))


# ====================================================================== lists
def douyin():
    url = 'https://www.douyin.test/search/%E4%B8%93%E5%88%A9?type=goods&source=normal_search'
    bad = bad_slots(22, 5)
    cards, items, data = [], [], []
    kw = '专利'
    for i in range(24):
        ad = i in (3, 15)
        if ad:
            t = C.goods_title('digital')
        else:
            b = bad[len(items)]
            t = C.record_title(b, None if b else pick(['digital', 'home', 'ip', 'ip']))
        pid = digits(19)
        href = f'https://haohuo.jinritemai.test/views/product/item2?id={pid}&origin_type=604&pos={i}'
        shop_id = digits(8)
        shop = uniq(lambda: pick(C.BRANDS) + pick(['官方旗舰店', '知识产权服务店', '数码专营店', '小店', '企业店']))
        p, d = price_split(9, 3999)
        tag = '<span class="Q2x_ad">广告</span>' if ad else ''
        card = (f'<div class="Vd7wtn9j{" hX0a_ad" if ad else ""}" data-e2e="search-goods-card"{A(ad, " data-ad=~1~")}>'
                f'<a class="KxM2bqLp" href="{esc(href)}" target="_blank"><div class="yTq3eZ0i"><img src="https://p3-ecom.douyinpic.test/{digits(10)}.jpeg~tplv-resize:300.webp"></div>'
                f'<div class="Lk8sWq1v">{tag}<span>{hl(t, kw)}</span></div>'
                f'<div class="Bn4dPr7s"><span class="Rm2k">¥</span><span class="Ty6q">{p}</span><span class="Rm2k">{d}</span>'
                f'<span class="Wz1s">已售{R.randint(1, 99)}{pick(["万+", "千+", ""])}</span></div></a>'
                f'<a class="Tn3eYh0c" href="https://haohuo.jinritemai.test/views/shop/index?shop_id={shop_id}">{esc(shop)}</a></div>')
        cards.append(card)
        if not ad:
            items.append(it(href, t, shop, f'¥{p}{d}'))
            data.append({'product_id': pid, 'title': t, 'price': int(p) * 100, 'shop_name': shop})
    stale = C.goods_title('home')
    body = (f'<div id="douyin-header"><div class="Hd9q"><a href="/">抖音</a><input value="{kw}"><a href="/search/{urllib.parse.quote(kw)}?type=general">综合</a>'
            f'<a href="/search/{urllib.parse.quote(kw)}?type=video">视频</a><a class="on" href="#">商品</a></div></div>'
            f'<div class="Ef2mGoods">{"".join(cards[:12])}<!-- <div class="Vd7wtn9j"><a class="KxM2bqLp" href="https://haohuo.jinritemai.test/views/product/item2?id={digits(19)}"><div class="Lk8sWq1v"><span>{esc(stale)}</span></div></a></div> -->{"".join(cards[12:])}</div>'
            + cloud(hotlist(), '/search/{}?type=general', 'Ps0hotBoard', '抖音热榜')
            + f'<script>window.__RENDER_DATA__ = "{urllib.parse.quote(json.dumps({"goods": data}, ensure_ascii=False))}";</script>'
            + footer('www.douyin.test', '抖音'))
    add('douyin_shop_search.html', url, 'list', doc('专利 - 抖音商城搜索', body, prefix='Dy'), items)


def vipshop():
    url = 'https://category.vip.test/suggest.php?keyword=%E7%BE%BD%E7%BB%92%E6%9C%8D&ff=235|12|1|1'
    items, cards = [], []
    for i in range(21):
        ad = i == 8
        brand = pick(['北岸', '森屿', '鹿野', '白鲸', '南风', '观澜'])
        t = C.record_title(False, pick(['clothes', 'shoes', 'clothes', 'beauty']))
        pid = digits(19)
        href = f'//detail.vip.test/detail-{digits(7)}-{pid}.html'
        p = R.randint(59, 899)
        mp = p * pick([2, 3, 4])
        if ad:
            cards.append(f'<div class="c-banner-ad" data-ad="1"><a href="https://pms.vip.test/act/{digits(6)}.html"><img src="//a.vpimg.test/upload/brand/{digits(8)}.jpg"><span>品牌特卖 {esc(brand)}专场 低至{R.randint(1, 4)}折</span></a></div>')
            continue
        name = t
        cards.append(f'<div class="c-goods-item J-goods-item" data-product-id="{pid}"><a href="{href}" class="c-goods-item__link" target="_blank">'
                     f'<div class="c-goods-item__img"><img data-original="//h2.vpimg.test/upcb/{digits(8)}_400x504_90.jpg"></div>'
                     f'<div class="c-goods-item__sale-price J-salePrice"><span class="c-goods-item__sale-price-symbol">¥</span>{p}</div>'
                     f'<div class="c-goods-item__market-price"><del>¥{mp}</del></div><div class="c-goods-item__discount">{round(p * 10 / mp, 1)}折</div>'
                     f'<div class="c-goods-item__name c-goods-item__name--two-line">{esc(name)}</div></a>'
                     f'<div class="c-goods-item__tags"><span>{pick(["限时秒杀", "正品保障", "满199减20"])}</span></div></div>')
        items.append(it('https:' + href, name, None, f'¥{p}'))
    stale = C.goods_title('clothes')
    body = ('<div class="c-header"><a href="//www.vip.test/">唯品会</a><div class="c-search"><input value="羽绒服"></div></div>'
            '<div class="c-filter"><a href="?sort=1">销量</a><a href="?sort=2">价格</a><a href="?sort=3">折扣</a></div>'
            f'<div class="c-goods-list J-goodsList">{"".join(cards)}</div>'
            f'<!-- removed by merch: <div class="c-goods-item"><a href="//detail.vip.test/detail-1-{digits(19)}.html"><div class="c-goods-item__name">{esc(stale)}</div></a></div> -->'
            '<div class="c-pager"><a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">下一页</a></div>'
            + cloud(['羽绒服男', '羽绒服女短款', '长款羽绒服', '轻薄羽绒服', '儿童羽绒服'], '/suggest.php?keyword={}', 'c-related', '相关搜索')
            + footer('www.vip.test', '唯品会'))
    add('vipshop_list.html', url, 'list', doc('羽绒服 - 唯品会', body, prefix='vp'), items)


def suning_broken():
    url = 'https://search.suning.test/%E5%8D%B0%E7%AB%A0/&iy=0&isNoResult=0'
    bad = bad_slots(20, 3)
    items, lis = [], []
    n = 0
    for i in range(22):
        ad = i in (5, 17)
        b = False if ad else bad[n]
        t = C.record_title(b, None if b else pick(['home', 'digital', 'ip']))
        shop_id = digits(8)
        pid = digits(11)
        href = f'//product.suning.test/{shop_id}/{pid}.html?safp=d488778a.10004.resultsRblock.{i + 1}'
        p, d = price_split(20, 2999)
        selfrun = R.random() < 0.25
        seller = '苏宁自营' if selfrun else uniq(lambda: pick(C.BRANDS) + pick(['专营店', '旗舰店', '印章工坊', '办公用品店']))
        shown = cut(t, 24)
        tattr = f' title="{esc(t)}"' if shown != t else ''
        shop_html = (f'<span class="self-tag">{seller}</span>' if selfrun else
                     f'<a class="store-name" href="https://shop.suning.test/store/{shop_id}.html" target="_blank">{esc(seller)}</a>')
        broken = pick(['', '</span>', '<p class="tip">', '</em>'])
        cls = 'item-wrap ad-item' if ad else 'item-wrap'
        adattr = ' data-ad="1"' if ad else ''
        # <li> left unclosed on purpose (broken HTML); the next <li> closes it
        lis.append(f'<li class="{cls}"{adattr} id="{shop_id}-{pid}"><div class="item-bg"><div class="res-img"><a href="{href}" target="_blank"><img src="//imgservice.suning.test/uimg1/b2c/image/{digits(12)}.jpg_200w_200h_4e"></a></div>'
                   f'<div class="res-info"><div class="price-box"><span class="def-price"><i>¥</i>{p}<i>{d}</i></span>{broken}</div>'
                   f'<div class="title-selling-point"><a href="{href}"{tattr} target="_blank">{esc(shown)}</a></div>'
                   f'<div class="evaluate-old"><a href="{href}#productCommTitle">{R.randint(1, 900)}+评价</a></div>'
                   f'<div class="store-stock">{shop_html}</div>{A(ad, "<span class=~ad-flag~>广告</span>")}</div></div>')
        if ad:
            lis[-1] += '</li>'
        else:
            items.append(it('https:' + href, t, seller, f'¥{p}{d}'))
            n += 1
    body = ('<div class="ng-header"><a href="//www.suning.test/">苏宁易购</a><form><input name="keyword" value="印章"></form></div>'
            '<div class="search-wrap"><div class="filter"><a href="#">综合</a><a href="#">销量</a><a href="#">价格</a>'
            f'<div id="product-wrap" class="product-list"><ul class="general clearfix">{"".join(lis)}</ul></div>'
            '<div class="sidebar"><h4>看了又看</h4><ul>'
            + ''.join(f'<li><a href="//product.suning.test/0000000000/{digits(11)}.html">{esc(C.uniq(lambda: pick(C.BRANDS) + pick(["印台", "印泥", "签字笔", "文件夹", "订书机"]) + " " + pick(["办公", "学生", "大号", "套装"])))}</a><em>¥{R.randint(5, 90)}</em></li>' for _ in range(6))
            + '</ul>'  # sidebar div unclosed (broken)
            + footer('www.suning.test', '苏宁易购'))
    add('suning_search_broken.html', url, 'list', doc('印章 - 苏宁易购', body, prefix='sn'), items)


def dewu():
    url = 'https://m.dewu.test/search/result?keyword=%E8%BF%90%E5%8A%A8%E9%9E%8B&source=hot'
    items, cards, data = [], [], []
    for i in range(18):
        t = C.record_title(False, pick(['shoes', 'shoes', 'clothes', 'digital']))
        spu = digits(7)
        href = f'/router/product/ProductDetail?spuId={spu}&sourceName=search&propertyValueId=0'
        p = R.randint(129, 2599)
        cards.append(f'<a class="goods-item" href="{esc(href)}"><div class="goods-item__img"><img src="https://cdn.poizon.test/pro-img/origin-img/{digits(8)}.jpg"></div>'
                     f'<div class="goods-item__title">{esc(t)}</div><div class="goods-item__price"><span class="unit">¥</span><span class="num">{p}</span></div>'
                     f'<div class="goods-item__sold">{R.randint(1, 99)}{pick(["万", "千", ""])}+人付款</div></a>')
        items.append(it('https://m.dewu.test' + href, t, None, f'¥{p}'))
        data.append({'spuId': int(spu), 'title': t, 'price': p * 100})
    body = ('<div class="search-bar"><input value="运动鞋"><a href="/search">取消</a></div>'
            '<div class="tabs"><span class="active">综合</span><span>销量</span><span>价格</span><span>新品</span></div>'
            '<div class="ad-banner" data-ad="1"><a href="https://m.dewu.test/activity/1212"><img src="https://cdn.poizon.test/ad/1212.jpg">年终盛典 抢券</a></div>'
            f'<div class="goods-list">{"".join(cards)}</div>'
            + cloud(['空军一号', '小白鞋', '跑鞋推荐', '篮球鞋实战', '情侣鞋'], '/search/result?keyword={}', 'hot-search', '大家都在搜')
            + f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"list": data}}}, ensure_ascii=False)}</script>')
    add('dewu_list.html', url, 'list', doc('运动鞋 - 得物', body, prefix='dw', css_rules=60), items)


def pdd():
    url = 'https://mobile.yangkeduo.test/search_result.html?search_key=%E5%88%BB%E7%AB%A0&search_met=manual&refer_page_name=index'
    bad = bad_slots(24, 6)
    cols = [[], []]
    items = []
    n = 0
    for i in range(26):
        ad = i in (4, 19)
        b = False if ad else bad[n]
        t = C.record_title(b, None if b else pick(['home', 'food', 'ip', 'digital']))
        gid = digits(12)
        durl = f'goods.html?goods_id={gid}&refer_page_name=search_result&refer_page_sn=10015&page_from=23'
        p = f'{R.randint(1, 299)}.{R.randint(0, 9)}'
        mall = uniq(lambda: pick(C.BRANDS) + pick(['旗舰店', '专营店', '的小店', '印章店', '工厂店'])) if R.random() < 0.6 else None
        mall_html = f'<div class="_3Dq7mall"><i class="icon-store"></i>{esc(mall)}</div>' if mall else ''
        adattr = ' data-is-ad="1"' if ad else ''
        card = (f'<div class="_2oBQ1Zgd" data-goods-id="{gid}" data-index="{i}" data-url="{esc(durl)}"{adattr}>'
                f'<div class="_1Zn8ImgW"><img src="https://img.pddpic.test/mms-material-img/{digits(10)}.jpeg?imageView2/2/w/300"></div>'
                f'<p class="_3K5Jh3Hk">{A(ad, "<span class=~_ad_tag~>广告</span>")}{esc(t)}</p>'
                f'<div class="_2z9pRu1n"><span class="_1w6ZyU">¥</span><span class="_3IFJDUai">{p}</span><span class="_2Hsjr">已拼{R.randint(1, 90)}万+件</span></div>{mall_html}</div>')
        cols[i % 2].append(card)
        if not ad:
            items.append((i, it('https://mobile.yangkeduo.test/' + durl, t, mall, f'¥{p}')))
            n += 1
    # labels in document order: left column first, then right column
    items = [x for _, x in sorted(items, key=lambda z: (z[0] % 2, z[0]))]
    body = ('<div class="_1qb8Search"><input value="刻章"></div><div class="_3sortBar"><span>综合</span><span>销量</span><span>价格</span></div>'
            f'<div class="_2waterfall"><div class="_col _col-left">{"".join(cols[0])}</div><div class="_col _col-right">{"".join(cols[1])}</div></div>'
            '<div class="_loading">正在加载...</div>'
            + f'<script>window.rawData={json.dumps({"stores": {"goodsList": [{"goods_id": x["url"].split("=")[1].split("&")[0], "goods_name": x["title"]} for x in items]}}, ensure_ascii=False)};</script>')
    add('pdd_waterfall.html', url, 'list', doc('刻章 - 拼多多', body, prefix='pd', css_rules=30), items)


def meituan():
    url = 'https://i.meituan.test/s/%E5%88%BB%E7%AB%A0%E4%BB%A3%E5%8A%9E?cityId=10&cateId=0'
    bad = bad_slots(20, 7)
    items, cards = [], []
    n = 0
    for i in range(22):
        ad = i in (0, 11)
        b = False if ad else bad[n]
        if b:
            t = C.record_title(True)
        else:
            C.STATS['all'] += 0 if ad else 1
            t = uniq(lambda: pick(['公安备案刻章', '营业执照代办', '工商注册代账', '商标注册咨询', '开锁换锁芯', '家电清洗', '证件照拍摄', '打印复印装订'])
                     + ' ' + pick(['单人套餐', '双人套餐', '全城上门', '到店服务', '企业套装']) + ' ' + pick(['需携带执照原件', '免预约', '节假日通用', '含发票', '限新客']))
        did = digits(9)
        href = f'/deal/{did}.html?ct_poi={digits(12)}_a{did}_c{i}'
        poi = uniq(lambda: pick(C.CITIES) + pick(['诚信', '鑫源', '顺达', '金盾', '正大', '万通']) + pick(['刻章店', '企业服务', '开锁公司', '图文快印', '财税']) + pick(['', '（总店）', '（二分店）']))
        p = R.randint(9, 680)
        tag = '<span class="ad-flag">推广</span>' if ad else ''
        cls = 'list-item promote-ad' if ad else 'list-item'
        cards.append(f'<div class="{cls}"{A(ad, " data-ad=~1~")}><a class="react" href="{esc(href)}"><div class="dealcard-img"><img src="https://p0.meituan.test/{digits(10)}.jpg@180w_180h"></div>'
                     f'<div class="dealcard-block-right"><div class="title text-block">{tag}{esc(t)}</div>'
                     f'<div class="poi-name">商家：{esc(poi)}</div>'
                     f'<div class="price"><strong><em>¥</em>{p}</strong><del>门市价¥{p + R.randint(5, 200)}</del><span class="line-right">已售{R.randint(10, 9999)}</span></div></div></a></div>')
        if not ad:
            items.append(it('https://i.meituan.test' + href, t, poi, f'¥{p}'))
            n += 1
    body = ('<header class="navbar"><a href="/">美团</a><span class="nav-city">当前城市</span></header>'
            '<div class="filter-bar"><span>全部分类</span><span>附近</span><span>智能排序</span></div>'
            f'<div class="deal-list">{"".join(cards)}</div>'
            '<div class="guess-like"><h4>猜你喜欢</h4>' + ''.join(f'<a href="/deal/{digits(9)}.html">{esc(uniq(lambda: pick(["火锅", "烤肉", "奶茶", "按摩", "洗车"]) + pick(["双人餐", "代金券", "单次体验", "月卡"]) + str(R.randint(10, 99)) + "元"))}</a>' for _ in range(6)) + '</div>'
            + footer('i.meituan.test', '美团'))
    add('meituan_service_list.html', url, 'list', doc('刻章代办 - 美团', body, prefix='mt', css_rules=55), items)


def zbj():
    url = 'https://www.zbj.test/search/service/?kw=%E4%B8%93%E5%88%A9%E7%94%B3%E8%AF%B7&r=2'
    bad = bad_slots(24, 11)
    items, cards = [], []
    n = 0
    for i in range(27):
        ad = i in (0, 1, 14)
        b = False if ad else bad[n]
        t = C.record_title(b, None if b else 'ip')
        sid = digits(8)
        href = f'https://www.zbj.test/fw/{sid}.html'
        shop_n = digits(8)
        shop = uniq(lambda: pick(C.CITIES) + pick(['知行', '智汇', '启明', '卓信', '慧诚', '博远', '专利小王']) + pick(['知识产权', '专利事务所', '工作室', '商标服务']))
        p = R.randint(100, 9800)
        shown = cut(t, 22)
        tattr = f' title="{esc(t)}"'
        cls = 'service-card is-ad' if ad else 'service-card'
        shown_html = esc(shown)
        for w in ('授权', '专利', '商标'):
            if w in shown_html:
                shown_html = shown_html.replace(w, f'{w[0]}<b class="kw">{w[1]}</b>', 1) if w == '授权' else shown_html.replace(w, f'<b class="kw">{w}</b>', 1)
                break
        cards.append(f'<div class="{cls}" data-shopid="{shop_n}"{A(ad, " data-ad=~1~")}><a class="service-img" href="{href}" target="_blank"><img src="//rms.zbj.test/{digits(10)}.png"></a>'
                     f'<div class="service-info"><a class="service-title" href="{href}"{tattr} target="_blank">{shown_html}</a>'
                     f'<div class="service-price"><span class="price">¥{p}</span><span class="unit">/件</span><span class="sale">成交{R.randint(0, 999)}笔</span></div>'
                     f'<div class="service-shop"><a class="shop-name" href="https://www.zbj.test/shop/{shop_n}" target="_blank">{esc(shop)}</a>'
                     f'<span class="shop-level">{pick(["猪八戒认证", "金牌服务商", "新入驻"])}</span>{A(ad, "<i class=~ad-icon~>推广</i>")}</div></div></div>')
        if not ad:
            items.append(it(href, t, shop, f'¥{p}'))
            n += 1
    body = ('<div class="zbj-header"><a href="https://www.zbj.test/">猪八戒网</a><input value="专利申请"></div>'
            '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/zscq/">知识产权</a> &gt; 专利申请</div>'
            f'<div class="service-list">{"".join(cards)}</div>'
            '<div class="side-recommend"><h4>雇主还看了</h4>' + ''.join(f'<a href="https://www.zbj.test/fw/{digits(8)}.html">{esc(C.uniq(lambda: pick(["LOGO设计", "小程序开发", "文案代写", "企业宣传片", "网站建设"]) + " " + pick(["急单", "精品", "包满意", "三天交付"])))}</a>' for _ in range(6)) + '</div>'
            + footer('www.zbj.test', '猪八戒网'))
    add('zbj_service_list.html', url, 'list', doc('专利申请服务 - 猪八戒网', body, prefix='zb'), items)


def epwk():
    url = 'https://www.epwk.test/fuwu/zhuanli/?page=2&sort=sale'
    bad = bad_slots(20, 9)
    items, rows = [], []
    n = 0
    for i in range(21):
        ad = i == 9
        b = False if ad else bad[n]
        t = C.record_title(b, None if b else 'ip')
        sid = digits(7)
        href = f's{sid}.html?from=list'
        shop = uniq(lambda: pick(['老周', '小林', '阿杰', '晨曦', '明远', '知产侠', '海川']) + pick(['知识产权', '专利代写', '商标顾问', '工作室', '服务部']))
        p = R.randint(80, 6000)
        if ad:
            rows.append(f'<div class="tg-box" data-ad="1"><a href="https://www.epwk.test/zt/{sid}.html">推广 · {esc(t)}</a></div>')
            continue
        rows.append(f'<div class="fw-item"><div class="fw-pic"><a href="{esc(href)}"><img src="//img.epwk.test/fw/{digits(9)}.jpg"></a></div>'
                    f'<div class="fw-txt"><h3><a href="{esc(href)}">{esc(t)}</a></h3>'
                    f'<p class="fw-price">￥<strong>{p}</strong>.00<span>起</span></p>'
                    f'<p class="fw-shop">店铺：<em>{esc(shop)}</em></p><p class="fw-num">近半年成交 {R.randint(0, 300)}</p></div></div>')
        items.append(it('https://www.epwk.test/fuwu/zhuanli/' + href, t, shop, f'￥{p}.00'))
        n += 1
    body = ('<div class="ep-top"><a href="/">一品威客</a><a href="/login.html">登录</a><a href="/reg.html">注册</a></div>'
            '<div class="ep-nav"><a href="/fuwu/">服务大厅</a><a href="/fuwu/zhuanli/">专利服务</a><a href="/fuwu/shangbiao/">商标服务</a></div>'
            f'<div class="fw-list">{"".join(rows)}</div>'
            '<div class="ep-page"><a href="?page=1">上一页</a><a href="?page=3">下一页</a></div>'
            + cloud(['专利申请', '商标注册', '软著登记', '版权登记', '高企认定', '专利转让'], '/fuwu/?kw={}', 'ep-hot', '热门服务')
            + footer('www.epwk.test', '一品威客'))
    add('epwk_service_list.html', url, 'list', doc('专利服务 第2页 - 一品威客', body, prefix='ep', css_rules=50), items)


def hc360_gbk():
    url = 'https://s.hc360.test/seller/search.html?kwd=%D3%A1%D5%C2&pnum=1'
    bad = bad_slots(22, 6)
    items, rows = [], []
    n = 0
    for i in range(24):
        ad = i in (2, 13)
        b = False if ad else bad[n]
        t = C.record_title(b, None if b else pick(['home', 'digital', 'ip']))
        oid = digits(9)
        href = f'https://b2b.hc360.test/supplyself/{oid}.html'
        comp = uniq(lambda: pick(C.CITIES) + pick(['市', '']) + pick(['恒达', '永兴', '瑞丰', '宏图', '联创', '金石']) + pick(['办公用品', '印章制品', '商务咨询', '电子科技', '贸易']) + '有限公司')
        if R.random() < 0.2:
            price = '面议'
        else:
            price = f'￥{R.randint(1, 800)}.{R.randint(10, 99)}'
        link_seller = R.random() < 0.7
        comp_html = (f'<a href="https://{digits(6)}.b2b.hc360.test/shop/company.html" target="_blank">{esc(comp)}</a>' if link_seller else esc(comp))
        cls = ' class="p4p-ad"' if ad else ' class="pro-row"'
        rows.append(f'<tr{cls}{A(ad, " data-ad=~1~")}><td class="pro-img"><a href="{href}"><img src="//img.hc360.test/{digits(8)}.jpg"></a></td>'
                    f'<td class="pro-name"><a href="{href}" target="_blank">{esc(t)}</a>{"<span>[推广]</span>" if ad else ""}<p class="pro-spec">起订量：{R.randint(1, 500)}件</p></td>'
                    f'<td class="pro-price">{price}<td class="pro-comp">{comp_html}<p>{pick(C.CITIES)}</td>'
                    f'<td class="pro-op"><a href="https://b2b.hc360.test/inquiry/{oid}.html">询价</a></td>' + ('</tr>' if ad else '<!-- row -->'))
        if not ad:
            items.append(it(href, t, comp, price))
            n += 1
    body = ('<div class="hc-top"><a href="https://www.hc360.test/">慧聪网</a> 欢迎您！<a href="/login">请登录</a></div>'
            '<div class="hc-search"><input value="印章"></div>'
            '<table class="pro-table" cellspacing="0"><thead><tr><th>图片</th><th>产品名称</th><th>价格</th><th>供应商</th><th>操作</th></tr></thead><tbody>'
            + ''.join(rows) + '</tbody></table>'
            + '<!-- <tr class="pro-row"><td class="pro-name"><a href="https://b2b.hc360.test/supplyself/' + digits(9) + '.html">' + esc(C.goods_title('home')) + '</a></td></tr> -->'
            + '<div class="hc-side"><h4>相关产品</h4>' + ''.join(f'<a href="https://s.hc360.test/seller/search.html?kwd={w}">{w}</a> ' for w in ['印台', '印油', '光敏印章机', '原子印章', '回墨印']) + '</div>'
            + footer('www.hc360.test', '慧聪网'))
    add('hc360_table_gbk.html', url, 'list', doc('印章_印章供应商 - 慧聪网', body, charset='gbk', prefix='hc', css_rules=30), items, enc='gbk')


def hupu_board():
    url = 'https://bbs.hupu.test/zhichang-1'
    bad = bad_slots(24, 5)
    items, lis = [], []
    for i in range(26):
        ad = i in (6, 20)
        if ad:
            lis.append(f'<li class="bbs-sl-web-post-body bbs-ad-item" data-ad="1"><div class="post-title"><a href="https://ad.hupu.test/c?id={digits(6)}">{esc(C.goods_title("digital"))}</a><span class="ad-tag">广告</span></div></li>')
            continue
        b = bad[len(items)]
        t = C.board_title(b)
        tid = digits(9)
        href = f'/{tid}.html'
        au = uniq(lambda: pick(['JR', '虎扑', '步行街', '职场']) + pick(['老哥', '路人', '小白', '打工人', '评论员']) + digits(4))
        sticky = len(items) < 2
        lis.append(f'<li class="bbs-sl-web-post-body"><div class="post-title">{A(sticky, "<span class=~top-icon~>置顶</span>")}'
                   f'<a href="{href}" class="p-title" target="_blank">{esc(t)}</a>{A(R.random() < 0.3, "<span class=~light~>亮</span>")}</div>'
                   f'<div class="post-datum">{R.randint(0, 900)} / {R.randint(100, 99999)}</div>'
                   f'<div class="post-auth"><a href="https://my.hupu.test/{digits(14)}" target="_blank" class="u">{esc(au)}</a></div>'
                   f'<div class="post-time">12-0{R.randint(1, 7)} {R.randint(10, 23)}:{R.randint(10, 59)}</div></li>')
        items.append(it('https://bbs.hupu.test' + href, t, au))
    body = ('<div class="hp-header"><a href="https://bbs.hupu.test/">虎扑社区</a><a href="/all-gambia">步行街</a><a href="/zhichang-1" class="on">职场</a></div>'
            f'<div class="bbs-sl-web-post"><ul class="bbs-sl-web-post-layout">{"".join(lis)}</ul></div>'
            '<div class="hp-right"><h4>24小时热帖</h4>' + ''.join(f'<a href="/{digits(9)}.html">{esc(C.uniq(lambda: pick(["年终奖", "裁员", "考公", "相亲", "买房"]) + pick(["到底该不该", "这件事怎么看", "的真实经历", "求建议"])))}</a>' for _ in range(8)) + '</div>'
            + footer('bbs.hupu.test', '虎扑'))
    add('hupu_board_list.html', url, 'list', doc('职场 - 虎扑社区', body, prefix='hp'), items)


def v2ex_node():
    url = 'https://www.v2ex.test/go/career?p=1'
    bad = bad_slots(20, 4)
    items, cells = [], []
    for i in range(20):
        t = C.board_title(bad[i])
        tid = digits(6)
        rc = R.randint(0, 180)
        href = f'/t/{tid}#reply{rc}'
        au = uniq(lambda: pick(['kevin', 'lazycat', 'xiaoming', 'codefarmer', 'coffee', 'sunny', 'rust', 'gopher', 'mango']) + pick(['', '_', '']) + digits(3))
        last = uniq(lambda: pick(['alex', 'lin', 'moon', 'tony', 'zz']) + digits(4))
        cells.append(f'<div class="cell item" style=""><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr>'
                     f'<td width="48" valign="top" align="center"><a href="/member/{au}"><img src="https://cdn.v2ex.test/avatar/{digits(4)}/{digits(4)}/{digits(6)}_normal.png" class="avatar" border="0" align="default" alt="{au}"></a></td>'
                     f'<td width="10"></td><td width="auto" valign="middle"><span class="item_title"><a href="{href}" class="topic-link" id="topic-link-{tid}">{esc(t)}</a></span>'
                     f'<div class="sep5"></div><span class="topic_info"><div class="votes"></div><a class="node" href="/go/career">职场话题</a> &nbsp;•&nbsp; <strong><a href="/member/{au}">{au}</a></strong> &nbsp;•&nbsp; <span title="2026-12-0{R.randint(1, 7)}">{R.randint(1, 23)} 小时前</span> &nbsp;•&nbsp; 最后回复来自 <strong><a href="/member/{last}">{last}</a></strong></span></td>'
                     f'<td width="70" align="right" valign="middle"><a href="{href}" class="count_livid">{rc}</a></td></tr></table></div>')
        items.append(it('https://www.v2ex.test' + href, t, au))
    body = ('<div id="Top"><a href="/" name="top">V2EX</a><a href="/signin">登录</a></div><div id="Wrapper"><div class="content"><div id="Main"><div class="box">'
            '<div class="header"><a href="/">V2EX</a> › 职场话题<div class="sep10"></div><span class="snow">主题总数</span> <strong class="gray">' + digits(5) + '</strong></div>'
            + ''.join(cells) + '<div class="cell"><a href="/go/career?p=2" class="page_normal">2</a> <a href="/go/career?p=3" class="page_normal">3</a></div></div></div>'
            '<div id="Rightbar"><div class="box" id="TopicsHot"><div class="cell"><span class="fade">今日热议主题</span></div>'
            + ''.join(f'<div class="cell"><a href="/t/{digits(6)}">{esc(C.uniq(lambda: pick(["35岁以后", "远程工作", "副业", "年终总结", "跳槽"]) + pick(["大家怎么规划", "靠谱吗", "经验分享", "踩坑记录"])))}</a></div>' for _ in range(8))
            + '</div><div class="box sidebar_units"><div class="cell"><a href="https://www.v2ex.test/advertise" class="sidebar_unit">广告</a></div></div></div></div></div>'
            + footer('www.v2ex.test', 'V2EX'))
    add('v2ex_node_list.html', url, 'list', doc('V2EX › 职场话题', body, prefix='v2'), items)


def serp_title(bad, kw):
    C.STATS['all'] += 1
    if bad:
        C.STATS['bad'] += 1
        t = C.bad_title()[0]
    else:
        t = uniq(lambda: pick([f'{kw}流程及费用标准', f'{kw}需要哪些材料', f'个人如何办理{kw}', f'{kw}常见问题', f'{kw}多久能下来', f'{kw}注意事项汇总', f'{kw}官方指南'])
                 + pick(['（2026最新）', '', '_百科', '_问答', '详解']))
    site = pick(['知识产权网', '法律快车', '专利之家', '商标百科', '律图', '创业邦', '办事指南'])
    return t, site


def bing():
    url = 'https://cn.bing.test/search?q=%E4%B8%93%E5%88%A9%E4%BB%A3%E7%90%86&form=QBLH&sp=-1&cvid=' + digits(8)
    bad = bad_slots(10, 4)
    items, lis = [], []
    kw = '专利代理'
    for i in range(10):
        t, site = serp_title(bad[i], kw)
        host = pick(['www', 'm', 'zhuanli', 'ip', 'bbs']) + '.' + pick(['zscq', 'lawtime', 'zlzj', 'sbbk', 'cyb', 'zgbz']) + digits(2) + '.test'
        href = f'https://{host}/{pick(["article", "news", "view", "a"])}/{digits(6)}.html'
        full = f'{t} - {site}'
        deep = ''
        if i == 0:
            deep = '<ul class="b_deep">' + ''.join(f'<li><a href="https://{host}/{x}/">{x}</a></li>' for x in ['zixun', 'fuwu', 'about']) + '</ul>'
        lis.append(f'<li class="b_algo" data-bm="{6 + i}"><div class="b_tpcn"><a class="tilk" href="{href}" h="ID=SERP,{5100 + i}.1"><div class="tptxt"><div class="tptt">{esc(site)}</div><cite>{esc(href)}</cite></div></a></div>'
                   f'<h2><a href="{href}" h="ID=SERP,{5110 + i}.1">{hl(full, kw, "strong")}</a></h2>'
                   f'<div class="b_caption"><p class="b_lineclamp2">{hl(C.snippet(kw), kw, "strong")}</p></div>{deep}</li>')
        items.append(it(href, full, None, None))
    ads = ''.join(f'<li class="b_ad"><div class="sb_add sb_adTA"><h2><a href="https://cn.bing.test/aclk?ld={digits(12)}&u={digits(8)}">{esc(C.snippet("专利申请"))}</a></h2><div class="b_adSlug">广告</div></div></li>' for _ in range(2))
    body = ('<header id="b_header"><form id="sb_form"><input id="sb_form_q" value="专利代理"></form><nav><a href="/?scope=web">网页</a><a href="/images">图片</a><a href="/news">资讯</a></nav></header>'
            f'<main><ol id="b_results"><li class="b_ad b_adTop" data-ad="1"><ul>{ads}</ul></li>{"".join(lis[:4])}'
            '<li class="b_ans"><h2>相关资讯</h2>' + ''.join(f'<a href="https://cn.bing.test/news/search?q={digits(4)}">{esc(C.news_title())}</a>' for _ in range(3)) + '</li>'
            f'{"".join(lis[4:])}<li class="b_ans b_rs"><h2>与 专利代理 相关的搜索</h2><ul>'
            + ''.join(f'<li><a href="/search?q={urllib.parse.quote(w)}">{w}</a></li>' for w in ['专利代理师考试', '专利代理机构名录', '专利代理费用', '专利代理人工资'])
            + '</ul></li></ol></main>' + footer('cn.bing.test', 'Microsoft'))
    C.STATS['all'] -= 3  # news_title() in the answer box is not a record
    add('bing_cn_serp.html', url, 'list', doc('专利代理 - 搜索', body, prefix='bg', css_rules=70), items)


def toutiao():
    url = 'https://so.toutiao.test/search?keyword=%E5%95%86%E6%A0%87%E8%BD%AC%E8%AE%A9&pd=synthesis&source=input'
    bad = bad_slots(10, 4)
    items, cards = [], []
    kw = '商标转让'
    nodata = set(R.sample(range(10), 2))
    for i in range(10):
        t, site = serp_title(bad[i], kw)
        real = f'https://{pick(["www", "m", "sb"])}.{pick(["tmzr", "sbzr", "ipzx", "shangbiao"])}{digits(2)}.test/{pick(["detail", "info", "p"])}/{digits(7)}.html'
        wrap = f'/search/jump?url={urllib.parse.quote(real, safe="")}&aid=4916&jtoken={digits(10)}'
        du = '' if i in nodata else f' data-url="{esc(real)}"'
        full = t
        cards.append(f'<div class="result-content" data-i="{i}"><div class="cs-view cs-view-block"><div class="cs-header"><a class="text-ellipsis" href="{esc(wrap)}"{du} target="_blank" rel="noopener">{hl(full, kw)}</a></div>'
                     f'<div class="cs-text"><span class="text-underline-hover">{esc(C.snippet(kw))}</span></div><div class="cs-source"><span>{esc(site)}</span><span>{R.randint(1, 30)}天前</span></div></div></div>')
        items.append(it(real if i not in nodata else 'https://so.toutiao.test' + wrap, full, None, None))
    body = ('<div class="search-header"><a href="https://www.toutiao.test/">今日头条</a><input value="商标转让"><div class="tabs"><a class="on" href="#">综合</a><a href="?pd=information">资讯</a><a href="?pd=video">视频</a></div></div>'
            '<div class="s-result-list">' + ''.join(cards[:3])
            + f'<div class="result-content ad-card" data-ad="1"><a href="https://ad.toutiao.test/click?cid={digits(9)}">商标转让平台 {esc(C.snippet("商标"))}</a><span class="ad-label">广告</span></div>'
            + ''.join(cards[3:]) + '</div>'
            '<div class="related-search"><h3>相关搜索</h3>' + ''.join(f'<a href="/search?keyword={urllib.parse.quote(w)}">{w}</a>' for w in ['商标转让流程', '商标转让多少钱', '商标买卖平台', '商标过户']) + '</div>'
            '<div class="hot-board"><h3>头条热榜</h3>' + ''.join(f'<a href="/search?keyword={urllib.parse.quote(w)}">{esc(w)}</a>' for w in hotlist()[:8]) + '</div>')
    add('toutiao_serp.html', url, 'list', doc('商标转让 - 头条搜索', body, prefix='tt', css_rules=90), items)


def news_list():
    url = 'https://roll.news.sina.test/s/channel.php?ch=01#col=89&spec=&type=&ch=01&k=&offset_page=0&offset_num=0&num=60&asc=&page=3'
    items, lis = [], []
    for i in range(25):
        t = C.news_title()
        d = f'2026-12-0{R.randint(1, 7)}'
        href = f'https://{pick(["finance", "news", "tech", "k"])}.sina.test/{pick(["jjxw", "roll", "china", "it"])}/{d}/doc-in{"".join(pick("abcdefghijkmnopqrstuvwxyz") for _ in range(7))}{digits(7)}.shtml'
        lis.append(f'<li><span class="c_chl">[{pick(["财经", "国内", "科技", "地方"])}]</span><span class="c_tit"><a href="{href}" target="_blank">{esc(t)}</a></span><span class="c_time" s="{digits(10)}">12-0{R.randint(1, 7)} {R.randint(10, 23)}:{R.randint(10, 59)}</span></li>')
        items.append(it(href, t, None, None))
    body = ('<div class="top_bar"><a href="https://www.sina.test/">新浪首页</a><a href="https://news.sina.test/">新闻中心</a></div>'
            '<div class="focus"><h3>要闻</h3>' + ''.join(f'<a href="https://news.sina.test/c/2026-12-07/doc-focus{digits(6)}.shtml">{esc(C.uniq(lambda: pick(["聚焦", "直击", "观察"]) + "｜" + pick(["年末消费", "冬季用电", "知识产权保护", "就业形势"]) + pick(["新动向", "一线调查", "热点问答"])))}</a>' for _ in range(4)) + '</div>'
            f'<div id="d_list"><ul>{"".join(lis[:13])}</ul><div class="hr"></div><ul>{"".join(lis[13:])}</ul></div>'
            '<div class="pagebox"><span class="pagebox_pre"><a href="javascript:void(0)" onclick="newsList.page.prev()">上一页</a></span><span class="pagebox_next"><a href="javascript:void(0)">下一页</a></span></div>'
            '<div class="right_rank"><h3>点击排行</h3><ol>' + ''.join(f'<li><a href="https://news.sina.test/rank/{digits(6)}.shtml">{esc(C.uniq(lambda: pick(["寒潮", "大雪", "流感", "演唱会", "春运"]) + pick(["来袭提醒", "最新消息", "购票攻略", "防护指南"])))}</a></li>' for _ in range(10)) + '</ol></div>'
            + footer('news.sina.test', '新浪网'))
    add('sina_roll_news.html', url, 'list', doc('滚动新闻_新浪网', body, prefix='sn'), items)


def ganji():
    url = 'https://bj.ganji.test/shangwufuwu/o2/'
    bad = bad_slots(20, 8)
    items, dls = [], []
    n = 0
    for i in range(22):
        ad = i in (3, 12)
        b = False if ad else bad[n]
        if b:
            t = C.record_title(True)
        else:
            if not ad:
                C.STATS['all'] += 1
            t = uniq(lambda: pick(['公司注册', '代理记账', '营业执照办理', '商标注册', '食品经营许可证代办', '公司变更注销', '税务筹划咨询', '社保代缴'])
                     + ' ' + pick(['朝阳', '海淀', '丰台', '通州', '昌平', '大兴']) + pick(['上门服务', '正规财税公司', '资料齐全三天办结', '价格透明', '老会计操作']))
        puid = digits(10)
        href = f'shangwufuwu/{puid}x.htm?psid={digits(6)}&entinfo={digits(8)}_0'
        shown = cut(t, 18).replace('…', '...')
        tattr = f' title="{esc(t)}"' if shown != t else ''
        who = pick(['王先生', '李经理', '张女士', '赵会计', '刘老师', '陈总']) + pick(['', '（个人）', '（商家）'])
        price = pick(['面议', f'{R.randint(100, 5000)}元', f'{R.randint(100, 999)}元/次', '面议'])
        cls = 'list-ad' if ad else 'list-noimg clearfix'
        dls.append(f'<dl class="{cls}" id="puid-{puid}"{A(ad, " data-ad=~1~")}><dt><a href="{esc(href)}" class="list-info-title" target="_blank"{tattr}>{esc(shown)}</a>'
                   f'{A(i in (0, 1), "<i class=~ico-stick~>置顶</i>")}{A(ad, "<span class=~ad-tag~>推广</span>")}</dt>'
                   f'<dd class="feature"><span>{pick(C.CITIES[:1])}{pick(["朝阳", "海淀", "丰台", "西城"])}</span></dd>'
                   f'<dd class="price"><span class="js-price">{price}</span></dd><dd class="contact">联系人：<span>{who}</span></dd><dd class="time">{R.randint(1, 59)}分钟前</dd></dl>')
        if not ad:
            items.append(it('https://bj.ganji.test/' + href, t, who, price))
            n += 1
    body = ('<div class="header"><a href="/">赶集网</a><span>北京</span><a href="/shangwufuwu/">商务服务</a></div>'
            '<div class="leftBox"><div class="list">' + ''.join(dls) + '</div>'
            '<div class="pageBox"><a href="o1/">上一页</a><a href="o3/">下一页</a></div></div>'
            '<div class="rightBox"><h4>热门推荐</h4>' + ''.join(f'<a href="https://bj.ganji.test/fang{R.randint(1, 5)}/{digits(9)}x.htm">{esc(C.uniq(lambda: pick(["整租", "合租", "二手车", "招聘"]) + " " + pick(["近地铁", "押一付一", "急转", "高薪"]) + digits(2)))}</a>' for _ in range(6)) + '</div>'
            + footer('bj.ganji.test', '赶集网'))
    head = '<base href="https://bj.ganji.test/">'
    add('ganji_classifieds_base.html', url, 'list', doc('北京商务服务 第2页 - 赶集网', body, head=head, prefix='gj'), items)


# ==================================================================== threads
def nick(pool):
    return uniq(lambda: pick(pool) + digits(R.randint(2, 5)))


NICKS = ['小鱼', '老张', '阿飞', '知产萌新', '路过的', '打工人', '专利狗', '码农', '风吹', '喵喵', '大海', '橙子', '北极熊', 'momo', 'Tony']


def paras(ps):
    return ''.join(f'<p>{esc(p)}</p>' for p in ps)


def hupu_thread():
    url = 'https://bbs.hupu.test/624719380.html'
    bad = bad_slots(14, 3)
    items, posts = [], []
    floor = 0
    for i in range(14):
        body = C.post_body(bad[i])
        au = nick(NICKS)
        if i == 0:
            pid, fl, ftxt = 'tpc', 1, '楼主'
        else:
            floor += R.randint(1, 3)
            pid, fl, ftxt = digits(9), floor + 1, f'{floor + 1}楼'
        posts.append(f'<div class="floor" id="{pid}"><div class="floor-show"><div class="floor_box"><div class="author"><div class="left">'
                     f'<a class="headpic" href="https://my.hupu.test/{digits(12)}"><img src="https://i1.hoopchina.test/user/{digits(6)}.png"></a>'
                     f'<a class="u" href="https://my.hupu.test/{digits(12)}" target="_blank">{esc(au)}</a><span class="stime">2026-12-0{R.randint(1, 7)} {R.randint(10, 23)}:{R.randint(10, 59)}</span></div>'
                     f'<div class="right"><a class="floornum" href="#{pid}">{ftxt}</a></div></div>'
                     f'<table class="case"><tr><td><div class="quote-content">{paras(body)}</div></td></tr></table></div></div></div>')
        items.append(it(f'{url}#{pid}', None, au, None, fl))
        if i == 0:
            posts.append('<div class="ad-floor" data-ad="1"><a href="https://ad.hupu.test/c?x=1">广告 · ' + esc(C.goods_title('shoes')) + '</a></div>')
    # 亮了的回帖: two replies repeated (no ids) before the list
    lights = ''.join(f'<div class="light-item"><span class="u">{esc(x["seller"])}</span><span class="ilike_icon_list">亮了({R.randint(10, 300)})</span></div>' for x in items[3:5])
    body = ('<div class="hp-header"><a href="https://bbs.hupu.test/">虎扑社区</a> &gt; <a href="/zhichang-1">职场</a></div>'
            f'<div class="bbs_head"><h1 id="j_data">{esc(C.board_title(False))}</h1></div>'
            f'<div id="readfloor">{posts[0]}{posts[1]}<div class="lights"><h3>这些回帖亮了</h3>{lights}</div>{"".join(posts[2:])}</div>'
            '<div class="page"><a href="/624719380-2.html">下一页</a></div>' + footer('bbs.hupu.test', '虎扑'))
    C.STATS['all'] -= 1
    add('hupu_thread.html', url, 'thread', doc('职场 - 虎扑社区', body, prefix='ht'), items)


def v2ex_topic():
    url = 'https://www.v2ex.test/t/983104?p=2'
    bad = bad_slots(14, 4)
    items = []
    op = nick(['kevin', 'lazycat', 'sunny', 'gopher'])
    ob = C.post_body(bad[0])
    items.append(it(url, None, op, None, 1))
    replies = []
    for k in range(13):
        au = nick(['alex', 'lin', 'moon', 'tony', 'zz', 'nova', 'pixel', 'echo'])
        rid = digits(8)
        no = 101 + k
        txt = ' '.join(C.post_body(bad[k + 1]))
        replies.append(f'<div id="r_{rid}" class="cell"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr>'
                       f'<td width="48" valign="top" align="center"><img src="https://cdn.v2ex.test/avatar/{digits(4)}_normal.png" class="avatar" border="0" align="default" alt="{au}"></td><td width="10" valign="top"></td>'
                       f'<td width="auto" valign="top" align="left"><div class="fr"><a href="#;" onclick="replyOne(\'{au}\');"><img src="/static/img/reply.png" alt="回复"></a> &nbsp;&nbsp; <span class="no">{no}</span></div>'
                       f'<div class="sep3"></div><strong><a href="/member/{au}" class="dark">{au}</a></strong>&nbsp; &nbsp;<span class="ago" title="2026-12-07 1{R.randint(0, 9)}:{R.randint(10, 59)}:00 +08:00">{R.randint(1, 59)} 分钟前</span>'
                       f'<div class="sep5"></div><div class="reply_content">{esc(txt)}</div></td></tr></table></div>')
        items.append(it(f'{url}#r_{rid}', None, au, None, no))
    body = ('<div id="Top"><a href="/">V2EX</a></div><div id="Wrapper"><div class="content"><div id="Main">'
            f'<div class="box" style="border-bottom: 0px;"><div class="header"><div class="fr"><a href="/member/{op}"><img src="https://cdn.v2ex.test/avatar/{digits(4)}_large.png" class="avatar" border="0" align="default" width="73" alt="{op}"></a></div>'
            f'<a href="/">V2EX</a> <span class="chevron">›</span> <a href="/go/career">职场话题</a><div class="sep10"></div><h1>{esc(C.board_title(False))}</h1>'
            f'<small class="gray"><a href="/member/{op}">{op}</a> · {R.randint(2, 9)} 天前 · {R.randint(1000, 9999)} 次点击</small></div>'
            f'<div class="cell"><div class="topic_content"><div class="markdown_body">{paras(ob)}</div></div></div></div>'
            '<div class="box"><div class="cell"><span class="gray">113 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;2026-12-07</span></div>'
            '<div class="cell"><a href="/t/983104?p=1" class="page_normal">1</a> <span class="page_current">2</span></div>'
            + ''.join(replies) + '</div></div>'
            '<div id="Rightbar"><div class="box"><div class="cell">节点 职场话题</div></div><div class="box sidebar_units" data-ad="1"><a href="/advertise">广告</a></div></div></div></div>'
            + footer('www.v2ex.test', 'V2EX'))
    C.STATS['all'] -= 1
    add('v2ex_topic_p2.html', url, 'thread', doc('职场 - V2EX', body, prefix='vt'), items)


def zhihu():
    url = 'https://www.zhihu.test/question/648201377'
    bad = bad_slots(12, 4)
    items, ans = [], []
    anon = 5
    for i in range(12):
        body = C.post_body(bad[i])
        aid = digits(10)
        if i == anon:
            au = '匿名用户'
            auhtml = '<span class="UserLink AuthorInfo-name">匿名用户</span>'
        else:
            au = uniq(lambda: pick(['知产', '专利', '法务', '工程师', '研究生', '设计师']) + pick(['老李', '小周', '阿木', 'Leo', '一只猫']))
            auhtml = (f'<span class="UserLink AuthorInfo-avatarWrapper"><a href="//www.zhihu.test/people/{digits(6)}"><img class="Avatar AuthorInfo-avatar" src="https://picx.zhimg.test/v2-{digits(8)}_l.jpg"></a></span>'
                      f'<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhihu.test/people/{digits(6)}">{esc(au)}</a></span></div>'
                      f'<div class="AuthorInfo-badge">{pick(["知识产权话题下的优秀答主", "律师", "专利代理师", "", "工程师"])}</div></div>')
        ans.append(f'<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" name="{aid}" itemprop="suggestedAnswer" data-zop=\'{{"authorName":"{esc(au)}","itemId":{aid},"type":"answer"}}\'>'
                   f'<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo">{auhtml}</div></div>'
                   f'<div class="RichContent RichContent--unescapable"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText">{paras(body)}</span></div>'
                   f'<div class="ContentItem-time"><a href="/question/648201377/answer/{aid}">发布于 2026-12-0{R.randint(1, 7)}</a></div>'
                   f'<div class="ContentItem-actions"><button class="VoteButton">赞同 {R.randint(0, 3000)}</button><button>{R.randint(0, 200)} 条评论</button></div></div></div></div>')
        items.append(it(url, None, au, None, i + 1))
        if i == 3:
            ans.append(f'<div class="List-item"><div class="Pc-feedAd-container" data-ad="1"><a href="https://ad.zhihu.test/c?{digits(6)}">{esc(C.ip_title())}</a><span>广告</span></div></div>')
    C.STATS['all'] -= 1
    q = uniq(lambda: '如何看待网上' + pick(['“包授权”', '“挂证年入三万”', '“专利现货评职称”']) + '的广告？')
    body = ('<header class="AppHeader"><a href="//www.zhihu.test/">知乎</a></header>'
            f'<div class="QuestionHeader"><h1 class="QuestionHeader-title">{esc(q)}</h1><div class="QuestionRichText"><span>{esc(C.chat_sentence())}</span></div></div>'
            f'<div class="Question-main"><div class="ListShortcut"><div class="List"><div class="List-header"><h4 class="List-headerText">{len(items)} 个回答</h4></div>'
            + ''.join(ans) + '</div></div>'
            '<div class="Question-sideColumn"><div class="Card"><h3>相关问题</h3>' + ''.join(f'<a href="/question/{digits(9)}">{esc(C.uniq(lambda: pick(["专利代理师", "商标代理", "知识产权律师"]) + pick(["前景如何", "工资高吗", "累不累", "需要什么背景"]) + "？"))}</a>' for _ in range(5)) + '</div></div></div>'
            + footer('www.zhihu.test', '知乎'))
    add('zhihu_question_answers.html', url, 'thread', doc(q + ' - 知乎', body, prefix='zh'), items)


def bilibili():
    url = 'https://www.bilibili.test/video/BV1Kd4y1q7Zm/'
    bad = bad_slots(14, 3)
    items, reps = [], []
    fl = R.randint(3, 9)
    for i in range(14):
        txt = ''.join(C.post_body(bad[i]))
        rp = digits(11)
        au = nick(['bili_', '咸鱼', '一只', 'UP粉丝', '追番人', '夜猫子'])
        fl += R.randint(1, 6)
        subs = ''
        if i % 4 == 1:
            subs = '<div class="reply-box">' + ''.join(
                f'<div class="reply-item reply-sub" id="reply-{digits(11)}"><a class="name" href="//space.bilibili.test/{digits(9)}">{esc(nick(NICKS))}</a><span class="text-con">{esc(C.chat_sentence())}</span></div>' for _ in range(2)) + '</div>'
        reps.append(f'<div class="list-item reply-wrap" id="reply-{rp}" data-id="{rp}"><div class="user-face"><a href="//space.bilibili.test/{digits(9)}" target="_blank"><img src="//i0.hdslb.test/bfs/face/{digits(10)}.jpg@52w_52h.webp"></a></div>'
                    f'<div class="con"><div class="user"><a href="//space.bilibili.test/{digits(9)}" target="_blank" class="name">{esc(au)}</a><a class="level l{R.randint(2, 6)}" href="//www.bilibili.test/html/help.html#k"></a></div>'
                    f'<p class="text">{esc(txt)}</p><div class="info"><span class="floor">#{fl}</span><span class="time-location">2026-12-0{R.randint(1, 7)}</span><span class="like"><i></i><span>{R.randint(0, 999)}</span></span></div>{subs}</div></div>')
        items.append(it(f'{url}#reply-{rp}', None, au, None, fl))
    vt = uniq(lambda: '【' + pick(['科普', '避坑', '干货']) + '】' + pick(['三分钟看懂专利申请', '商标被抢注了怎么办', '别再被包授权忽悠了']))
    body = ('<div id="biliMainHeader"><a href="//www.bilibili.test/">哔哩哔哩</a></div>'
            f'<div class="video-info"><h1 class="video-title" title="{esc(vt)}">{esc(vt)}</h1><div class="up-info"><a href="//space.bilibili.test/{digits(9)}" class="up-name">{esc(nick(["知产说", "法律小课堂", "专利君"]))}</a></div></div>'
            '<div class="video-desc">' + esc(C.chat_sentence()) + '</div>'
            '<div id="comment" class="comment-m"><div class="b-head"><span class="results">' + str(R.randint(200, 900)) + '</span> 评论 <a class="on">按时间</a><a>按热度</a></div>'
            '<div class="comment-list">' + ''.join(reps) + '</div></div>'
            '<div class="right-container"><div class="ad-report" data-ad="1"><a href="//cm.bilibili.test/ldad/' + digits(6) + '.html">广告 ' + esc(C.goods_title('digital')) + '</a></div>'
            '<div class="rec-list">' + ''.join(f'<div class="video-page-card"><a href="/video/BV1{digits(9)}/"><p class="title">{esc(C.uniq(lambda: pick(["商标", "专利", "版权", "职场"]) + pick(["冷知识", "十问十答", "真实案例", "避坑指南"]) + digits(2)))}</p></a><span class="up">{esc(nick(NICKS))}</span></div>' for _ in range(6)) + '</div></div>')
    add('bilibili_video_comments.html', url, 'thread', doc(vt + '_哔哩哔哩_bilibili', body, prefix='bl', css_rules=60), items)


def tianya():
    url = 'https://bbs.tianya.test/post-law-815530-1.shtml'
    bad = bad_slots(13, 4)
    items, posts = [], []
    fl = 1
    for i in range(13):
        ps = C.post_body(bad[i])
        au = nick(['天涯', '过客', '看客', '闲人', '老猫', '书生'])
        rid = digits(9)
        if i == 0:
            ftxt, f = '楼主', 1
        else:
            fl += R.randint(1, 2)
            ftxt, f = f'{fl}楼', fl
        # author AFTER the content, plain text in the footer row
        posts.append(f'<div class="atl-item" id="item-{rid}" replyid="{rid}"><div class="atl-content"><div class="atl-con-bd"><div class="bbs-content">{"<br>".join(esc(p) for p in ps)}</div></div></div>'
                     f'<div class="atl-foot"><span class="atl-author">作者：<strong>{esc(au)}</strong></span> <span>回复日期：2026-12-0{R.randint(1, 7)} {R.randint(10, 23)}:{R.randint(10, 59)}</span> <span class="atl-floor">{ftxt}</span>'
                     f' <a class="a-link-2 reply" href="#">回复</a></div></div>')
        items.append(it(f'{url}#item-{rid}', None, au, None, f))
    t = uniq(lambda: pick(['请教', '求助', '讨论']) + '：' + pick(['被人以商标侵权为由索赔', '合伙人拿公章私下签合同', '花钱买的专利证书是假的']) + '，' + pick(['该怎么维权', '还有救吗', '说说经过']))
    body = ('<div id="header"><a href="http://www.tianya.test/">天涯社区</a> &gt; <a href="/list-law-1.shtml">法律咨询</a></div>'
            f'<div class="atl-head"><h1><span>{esc(t)}</span></h1></div><div class="atl-main">' + ''.join(posts[:5])
            + '<div class="tg-ad" data-ad="1"><a href="http://ad.tianya.test/c?id=' + digits(5) + '">推广：' + esc(C.ip_title()) + '</a></div>'
            + ''.join(posts[5:]) + '</div><div class="atl-pages"><a href="/post-law-815530-2.shtml">下一页</a></div>'
            + footer('bbs.tianya.test', '天涯社区'))
    C.STATS['all'] -= 1
    add('tianya_thread_author_after.html', url, 'thread', doc(t + '_法律咨询_天涯社区', body, prefix='ty', css_rules=55), items)


def muchong():
    url = 'http://muchong.test/t-15877302-1'
    bad = bad_slots(14, 5)
    items, tabs = [], []
    for i in range(14):
        ps = C.post_body(bad[i])
        au = nick(['博士', '硕士在读', '青椒', '课题组', '博后', 'PI'])
        pid = digits(8)
        fl = i + 1
        tabs.append(f'<table class="plugin_table" id="pid{pid}" cellspacing="0" width="100%"><tr class="pls_head"><td class="pls_user" width="160"><b>{esc(au)}</b></td>'
                    f'<td class="pls_info"><span class="xmc_lr">{fl}楼</span>&nbsp;<span class="pls_time">2026-12-0{R.randint(1, 7)} {R.randint(10, 23)}:{R.randint(10, 59)}</span></td></tr>'
                    f'<tr><td class="pls_side"><img src="http://pic.muchong.test/avatar/{digits(6)}.jpg"><p>金币：{R.randint(0, 9999)}</p></td>'
                    f'<td class="pls_mid"><div class="t_fsz">{"<br />".join(esc(p) for p in ps)}</div></td></tr></table>')
        items.append(it(f'{url}#pid{pid}', None, au, None, fl))
    t = uniq(lambda: pick(['评职称', '结题', '申请基金']) + pick(['需要专利', '卡在专利数量', '问专利来源']) + '，' + pick(['大家都怎么解决的', '买专利靠谱吗', '求经验']))
    body = ('<div class="xmc_header"><a href="http://muchong.test/bbs/">小木虫论坛</a> &gt; <a href="/f-130-1">专利标准</a></div>'
            f'<div class="xmc_topic"><h1>{esc(t)}</h1></div>' + ''.join(tabs[:6])
            + '<div class="xmc_ad" data-ad="1"><a href="http://muchong.test/ad/' + digits(4) + '">' + esc(C.ip_title()) + '</a></div>'
            + ''.join(tabs[6:]) + '<div class="xmc_page"><a href="/t-15877302-2">下一页</a></div>'
            '<div class="xmc_rel"><h4>相关帖子</h4>' + ''.join(f'<a href="/t-{digits(8)}-1">{esc(C.uniq(lambda: pick(["专利", "SCI", "基金本子", "博士后"]) + pick(["交流", "求助", "经验贴", "吐槽"]) + digits(3)))}</a>' for _ in range(6)) + '</div>'
            + footer('muchong.test', '小木虫'))
    C.STATS['all'] -= 1
    add('muchong_thread_table.html', url, 'thread', doc(t + ' - 小木虫', body, prefix='mc', css_rules=50), items)


# ==================================================================== details
def pdd_detail():
    gid = digits(12)
    url = f'https://mobile.yangkeduo.test/goods2.html?goods_id={gid}&page_from=23&refer_page_sn=10015&_x_share_id={digits(10)}'
    canon = f'https://mobile.yangkeduo.test/goods.html?goods_id={gid}'
    t = C.record_title(False, 'food')
    p = f'{R.randint(9, 99)}.{R.randint(0, 9)}'
    rec = ''.join(f'<div class="rec-card"><a href="goods.html?goods_id={digits(12)}"><p>{esc(C.goods_title("food"))}</p><span>¥{R.randint(5, 80)}.{R.randint(0, 9)}</span></a></div>' for _ in range(8))
    head = (f'<link rel="canonical" href="{canon}">\n<meta property="og:url" content="{esc(url)}">\n<meta property="og:title" content="{esc(t)}">')
    body = (f'<div class="goods-banner"><img src="https://img.pddpic.test/gaudit-image/{digits(10)}.jpeg"></div>'
            f'<div class="goods-price"><span class="sym">¥</span><span class="num">{p}</span><span class="tag">拼单价</span><del>单买价¥{R.randint(100, 200)}</del></div>'
            f'<h1 class="goods-name">{esc(t)}</h1><div class="mall-info"><span class="mall-name">{esc(uniq(lambda: pick(C.BRANDS) + "食品旗舰店"))}</span><a href="mall_page.html?mall_id={digits(9)}">进店逛逛</a></div>'
            '<!-- old price: <span class="num">' + str(R.randint(100, 200)) + '.0</span> -->'
            f'<div class="goods-comments"><h3>商品评价({R.randint(100, 9000)})</h3><p>{esc(C.chat_sentence())}</p></div>'
            f'<div class="rec-list"><h3>相似商品</h3>{rec}</div>')
    mall = body.split('<span class="mall-name">')[1].split('</span>')[0]
    add('pdd_goods_detail.html', url, 'detail', doc(t + ' - 拼多多', body, head=head, prefix='pg', css_rules=120), [it(canon, t, html.unescape(mall), f'¥{p}')])


def zbj_detail():
    sid = digits(8)
    url = f'https://www.zbj.test/fw/{sid}.html?fr=search&pos=3&kw=%E4%B8%93%E5%88%A9'
    real = f'https://www.zbj.test/fw/{sid}.html'
    t = C.record_title(True)
    shop = uniq(lambda: pick(C.CITIES) + '智诚专利服务工作室')
    p = R.randint(800, 5000)
    ld = {'@context': 'https://schema.org', '@type': 'Product', 'name': t, 'url': real,
          'offers': {'@type': 'Offer', 'price': str(p), 'priceCurrency': 'CNY'}, 'brand': {'@type': 'Organization', 'name': shop}}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    desc = ''.join(f'<p>{esc(x)}</p>' for x in [C.bad_sentence(), C.chat_sentence()])
    body = (f'<div class="crumbs"><a href="/">猪八戒网</a> &gt; <a href="/zscq/">知识产权</a> &gt; 服务详情</div>'
            f'<div class="service-detail"><h1 class="service-name">{esc(t)}</h1><div class="price-box">价格：<span class="price">¥{p}</span></div>'
            f'<div class="shop-box"><a class="shop-name" href="/shop/{digits(8)}">{esc(shop)}</a></div><div class="service-desc">{desc}</div></div>'
            '<div class="other-services"><h3>该店其他服务</h3>' + ''.join(f'<a href="/fw/{digits(8)}.html">{esc(C.ip_title())}</a><span>¥{R.randint(100, 900)}</span>' for _ in range(6)) + '</div>'
            + footer('www.zbj.test', '猪八戒网'))
    C.STATS['bad'] += 1  # bad_sentence in description belongs to the same record
    C.STATS['all'] += 0
    add('zbj_service_detail_jsonld.html', url, 'detail', doc(t + ' - 猪八戒网', body, head=head, prefix='zd', css_rules=110), [it(real, t, shop, f'¥{p}')])
    C.STATS['bad'] -= 1


def other_article():
    url = 'https://www.ipnews.test/article/2026/1207/' + digits(6) + '.html'
    ps = [C.news_title() for _ in range(1)]
    C.STATS['all'] -= 1
    paras_ = ''.join(f'<p>{esc(C.chat_sentence())}</p>' for _ in range(8))
    body = (f'<div class="nav"><a href="/">知产资讯</a> &gt; <a href="/list/zf/">执法动态</a></div><article><h1>{esc(ps[0])}</h1><div class="meta">来源：本网 2026-12-07</div>{paras_}</article>'
            '<div class="related"><h3>相关阅读</h3><ul>' + ''.join(f'<li><a href="/article/2026/12{R.randint(10, 28)}/{digits(6)}.html">{esc(C.news_title())}</a></li>' for _ in range(6)) + '</ul></div>'
            + footer('www.ipnews.test', '知产资讯'))
    C.STATS['all'] -= 6
    add('ipnews_article_other.html', url, 'other', doc(ps[0], body, prefix='ia', css_rules=120), [])


def main():
    for f in [douyin, vipshop, suning_broken, dewu, pdd, meituan, zbj, epwk, hc360_gbk, hupu_board, v2ex_node,
              bing, toutiao, news_list, ganji, hupu_thread, v2ex_topic, zhihu, bilibili, tianya, muchong,
              pdd_detail, zbj_detail, other_article]:
        f()
    pdir = os.path.join(HERE, 'pages')
    os.makedirs(pdir, exist_ok=True)
    lines = []
    for name, url, kind, h, items, enc in PAGES:
        with open(os.path.join(pdir, name), 'wb') as fh:
            fh.write(h.encode(enc))
        lines.append(json.dumps({'page': 'pages/' + name, 'url': url, 'kind': kind, 'items': items}, ensure_ascii=False))
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    n = sum(len(p[4]) for p in PAGES)
    print(f'{len(PAGES)} pages, {n} items, illegal solicitations {BADN[0] + 1}', file=sys.stderr)


if __name__ == '__main__':
    main()
