from common import *

def results_pool(r, kw, ordinary, n):
    """ordinary: list of (title, snippet, real_url, source). returns mixed list with ~20% illegal."""
    pos = ill_positions(r, n, 0.2)
    ills = iter(illegal_titles(r, len(pos)))
    ordi = list(ordinary); r.shuffle(ordi)
    out, k = [], 0
    for i in range(n):
        if i in pos:
            t = next(ills)
            host = r.choice(["www.zlxz%d.test" % r.randint(10, 99), "m.ipdaiban%d.test" % r.randint(1, 9), "kz%d.shop.test" % r.randint(100, 999)])
            out.append((t, "%s。%s，全国业务，%s。" % (t.split(" ")[0], r.choice(["专业团队十年经验", "成功率百分之百", "无需本人到场", "手续简单价格低"]), r.choice(["电话咨询", "加微信详聊", "在线客服24小时"])),
                        "https://%s/%s/%d.html" % (host, r.choice(["news", "fw", "show"]), r.randint(1000, 99999)), host.split(".")[1] if host.startswith("www") else host))
        else:
            out.append(ordi[k]); k += 1
    return out

def related_grid(words, href_fn, cls_table="rs-table"):
    cells = ['<td><a href="%s">%s</a></td>' % (E(href_fn(w)), E(w)) for w in words]
    rows = ["<tr>%s</tr>" % "".join(cells[i:i + 5]) for i in range(0, len(cells), 5)]
    return '<table cellpadding="0" class="%s"><tbody>%s</tbody></table>' % (cls_table, "".join(rows))

# ============================================================== Baidu-like
def baidu(fname="baidu_serp.html", seed=701, kw="专利加急授权", n=10, variant=1):
    r = random.Random(seed)
    url = "https://www.baidu.test/s?wd=%s&rsv_spt=1&rsv_iqid=0xd1a2b3c4d5e6f708&issp=1&f=8&rsv_bp=1&rsv_idx=2&ie=utf-8&tn=baiduhome_pg" % q(kw)
    if variant == 1:
        ordinary = [("专利优先审查管理办法 - 国家知识产权局", "为了促进产业结构优化升级，支持创新驱动发展，国家知识产权局对符合条件的专利申请实行优先审查，发明专利优先审查在一年内结案。", "https://www.cnipa.test/art/2017/6/27/art_99_28176.html", "国家知识产权局"),
                    ("专利申请加快审查的几种途径,你知道吗? - 知乎", "专利申请想要加快，正规途径主要有：优先审查、快速预审、PPH专利审查高速路以及提前公开。任何声称包授权的说法都不可信。", "https://zhuanlan.zhihu.test/p/489123456", "知乎"),
                    ("专利快速预审服务指南_浙江省知识产权保护中心", "经备案的主体可通过保护中心提交快速预审请求，预审合格后进入快速审查通道，发明专利授权周期可缩短至3-6个月。", "https://www.zjippc.test/col/col1229/art/2023/art_9981.html", "浙江知识产权保护中心"),
                    ("警惕“包授权”“不过退款”专利代理陷阱_新华网", "近日，多地知识产权局发布提醒，部分无资质机构以包授权、加急下证为噱头招揽客户，甚至出售非正常专利申请，扰乱专利代理秩序。", "https://www.news.test/legal/2024-03/15/c_1130098765.htm", "新华网"),
                    ("发明专利一般要多久才能授权? - 百度知道", "发明专利从申请到授权一般需要18-36个月，如果走优先审查可以缩短。实用新型和外观设计一般6-12个月。", "https://zhidao.baidu.test/question/1876543210987654321.html", "百度知道"),
                    ("PPH专利审查高速路介绍 - 国家知识产权局", "专利审查高速路(PPH)是指申请人在首次申请受理局提交的专利申请中所包含的至少一项或多项权利要求被确定为可授权时……", "https://www.cnipa.test/col/col46/index.html", "国家知识产权局"),
                    ("专利加快审查需要什么条件? - 华律网", "根据《专利优先审查管理办法》，涉及节能环保、新一代信息技术等国家重点发展产业的专利申请可以请求优先审查。", "https://www.66law.test/question/35012345.aspx", "华律网"),
                    ("国家知识产权局关于规范申请专利行为的办法", "本办法所称非正常申请专利行为，是指任何单位或者个人，不以保护创新为目的，不以真实发明创造活动为基础，为牟取不正当利益……", "https://www.cnipa.test/art/2023/12/21/art_74_189012.html", "国家知识产权局"),
                    ("专利代理机构查询 - 专利代理管理系统", "可查询全国专利代理机构及专利代理师执业信息，核实代理机构是否具有合法资质。", "https://dlgl.cnipa.test/", "专利代理管理系统")]
        rel = ["专利加急多少钱", "专利优先审查条件", "发明专利加快审查", "实用新型加急", "专利快速预审", "专利授权周期", "专利代理机构查询", "非正常专利申请", "专利包授权是真的吗", "外观专利多久下证"]
    else:
        ordinary = [("2024年蓝牙耳机推荐:百元到千元各价位怎么选 - 知乎", "按预算和使用场景整理了20款蓝牙耳机，从通勤降噪到运动防水，都有详细对比。", "https://zhuanlan.zhihu.test/p/690123456", "知乎"),
                    ("蓝牙耳机排行榜前十名 - 什么值得买", "汇总近30天热门蓝牙耳机，综合评分、降噪效果、续航表现，帮你快速选择。", "https://www.smzdm.test/ranking/erji/", "什么值得买"),
                    ("蓝牙耳机怎么选?看完这篇不踩坑_太平洋电脑网", "选购蓝牙耳机主要看佩戴方式、音质、降噪、延迟和续航，文中逐项解释了各参数的意义。", "https://mobile.pconline.test/1701/17012345.html", "太平洋电脑网"),
                    ("300元以内的降噪蓝牙耳机有推荐吗? - 百度知道", "预算三百以内可以看看国产品牌的入门降噪款，主动降噪深度一般在30dB左右，通勤够用。", "https://zhidao.baidu.test/question/2012345678901234567.html", "百度知道"),
                    ("运动蓝牙耳机推荐 跑步不掉 - 中关村在线", "挂耳式、颈挂式和骨传导各有优缺点，跑步建议选IPX5以上防水的型号。", "https://headphone.zol.test/1234/12345678.html", "中关村在线"),
                    ("蓝牙耳机 - 百度百科", "蓝牙耳机就是将蓝牙技术应用在免持耳机上，让使用者可以免除恼人电线的牵绊，自在地以各种方式轻松通话。", "https://baike.baidu.test/item/%E8%93%9D%E7%89%99%E8%80%B3%E6%9C%BA/123456", "百度百科"),
                    ("双十一蓝牙耳机怎么买最划算_京东", "蓝牙耳机品类会场，多品牌直降，以旧换新补贴最高200元。", "https://pro.jd.test/mall/active/erji2024/index.html", "京东")]
        rel = ["蓝牙耳机什么牌子好", "降噪耳机推荐", "骨传导耳机", "运动蓝牙耳机", "蓝牙耳机排行榜", "百元蓝牙耳机", "头戴式耳机推荐", "游戏耳机低延迟", "蓝牙耳机续航", "半入耳式耳机"]
    res = results_pool(r, kw, ordinary, n)
    items, blocks = [], []
    for i, (t, sn, real, src) in enumerate(res):
        rid = i + 1
        link = "http://www.baidu.test/link?url=%s" % fake_token(r, 64)
        items.append(item(real, t, None, None))
        tm = split_kw(t, [kw[:2], kw[2:4], "专利", "授权", "耳机", "蓝牙"], "<em>", "</em>")
        sm = split_kw(sn, [kw[:2], kw[2:4], "专利", "耳机"], "<em>", "</em>")
        date = "%d年%d月%d日" % (r.choice([2022, 2023, 2024]), r.randint(1, 12), r.randint(1, 28))
        if variant == 1:
            blocks.append('''<div class="result c-container xpath-log new-pmd" srcid="1599" tpl="se_com_default" id="%d" mu="%s" data-op='{"y":"%s"}' data-click='{"p1":%d,"rsv_bdr":"0","fm":"as","rsf":"100006_%d"}'><div class="c-container"><h3 class="c-title t t tts-title"><a href="%s" target="_blank" data-click='{"F":"778317EA","F1":"9D73F1E4","F2":"4CA6DE6B","F3":"54E5243F","T":%d,"y":"%s"}'>%s</a></h3>
<div class="c-row c-gap-top-small"><div class="general_image_pic_3uS5e c-span3" style="display:none"></div><div class="c-span-last c-span12"><span class="content-right_8Zs40"><span class="c-color-gray2">%s&nbsp;</span>%s</span>
<div class="c-row source_1Vdff OP_LOG_LINK c-gap-top-xsmall"><a target="_blank" href="%s" class="siteLink_9TPP3"><span class="c-color-gray" aria-hidden="true">%s</span></a><div class="c-tools tools_47szj" id="tools_%d_%d" data-tools='{"title":"%s","url":"%s"}'><i class="c-icon icon_X09BS">&#xe62b;</i></div></div></div></div></div></div>''' % (
                rid, E(real), fake_token(r, 8), rid, rid, link, 1715500000 + i, fake_token(r, 8), tm, date, sm, link, E(src), r.randint(10**9, 10**10), rid, E(t), link))
        else:
            blocks.append('''<div class="result c-container new-pmd" tpl="www_index" srcid="1599" id="%d" data-url="%s" data-click='{"p1":%d,"fm":"as"}'><h3 class="t c-title-en"><a href="%s" target="_blank">%s</a></h3>
<div class="c-abstract"><span class="newTimeFactor_before_abs c-color-gray2">%s -&nbsp;</span>%s</div>
<div class="f13 c-gap-top-xsmall se_st_footer user-avatar"><a target="_blank" href="%s" class="c-showurl c-color-gray" style="text-decoration:none;position:relative;">%s</a><div class="c-tools c-gap-left" data-tools='{"title":"%s","url":"%s"}'><a class="c-tip-icon"><i class="c-icon c-icon-triangle-down-g"></i></a></div>&nbsp;-&nbsp;<a data-click="{'rsv_snapshot':'1'}" href="http://cache.baiducontent.test/c?m=%s" target="_blank" class="m c-gap-left c-color-gray kuaizhao">百度快照</a></div></div>''' % (
                rid, E(real), rid, link, tm, date, sm, link, E(src), E(t), link, fake_token(r, 30)))
        if i == 2:
            if variant == 1:
                blocks.append('''<div class="result-op c-container xpath-log new-pmd" srcid="49286" tpl="short_video" id="%d" mu="https://haokan.baidu.test/videoui/list/tab?query=%s" data-op='{"y":"7ED3EB8B"}'><div class="c-container"><h3 class="c-title t"><a href="http://www.baidu.test/link?url=%s" target="_blank">%s_相关视频</a></h3><div class="c-row c-gap-top video-list_3lKHN">%s</div><div class="c-gap-top"><a href="https://haokan.baidu.test/videoui/list/tab?query=%s" target="_blank" class="c-more_1bPsV">查看更多视频&gt;</a></div></div></div>''' % (
                    n + 1, q(kw), fake_token(r, 60), E(kw), "".join('<div class="c-span4 video-item_2VwXo"><a href="https://haokan.baidu.test/v?vid=%d" target="_blank"><div class="c-img c-img-radius-large"><img src="https://f7.baidu.test/it/u=%d,%d&amp;fm=222" loading="lazy"/><span class="video-time">0%d:%02d</span></div><p class="c-line-clamp2">%s</p><span class="c-color-gray2">好看视频</span></a></div>' % (
                        r.randint(10**15, 10**16), r.randint(10**8, 10**9), r.randint(10**8, 10**9), r.randint(1, 9), r.randint(0, 59), E(v)) for v in ["专利优先审查怎么申请？3分钟讲明白", "发明专利多久能下证", "专利代理人告诉你：这些广告别信"]), q(kw)))
            else:
                blocks.append('''<div class="result-op c-container" srcid="1000" tpl="image_strong_normal" id="%d"><h3 class="t"><a href="https://image.baidu.test/search/index?tn=baiduimage&amp;word=%s" target="_blank">%s的相关图片</a></h3><div class="op-img-address-divide-high"><div class="c-row">%s</div></div></div>''' % (
                    n + 1, q(kw), E(kw), "".join('<a href="https://image.baidu.test/search/detail?word=%s&amp;pn=%d" target="_blank" class="c-span3"><img class="c-img c-img3" src="https://img%d.baidu.test/it/u=%d,%d&amp;fm=253" loading="lazy"/></a>' % (q(kw), k, k, r.randint(10**8, 10**9), r.randint(10**8, 10**9)) for k in range(5))))
    ads = []
    for a in range(2 if variant == 1 else 1):
        ads.append('''<div id="%d" class="EC_result ec_wise_ad c-container" data-tuiguang="%s" data-landurl="https://www.zhichan-ad%d.test/lp?src=bd"><h3 class="t EC_tuiguang_title"><a href="https://www.baidu.test/baidu.php?url=%s" target="_blank" data-is-main-url="true">%s</a></h3><div class="ec-pc_abstract">%s</div><div class="ec-showurl-line"><span class="ec-showurl">www.zhichan-ad%d.test</span><span class="ec-tuiguang ecfc-tuiguang">广告</span></div></div>''' % (
            3001 + a, fake_token(r, 10), a, fake_token(r, 50), E(["专利申请代理_10年老牌机构_官方备案", "蓝牙耳机_品牌直营_立即抢购"][variant - 1] if a == 0 else "商标注册_专利申请_一站式服务"), "专业团队一对一服务，流程透明，在线咨询。", a))
    hot = [("热搜", ["五一假期出行数据", "高考倒计时", "新能源车降价", "专利法实施细则", "天气预报", "世界读书日", "航天员出舱", "AI大模型", "房贷利率", "演唱会门票"])]
    filt = filters([("品牌", ["全部", "官网", "百科", "知道", "资讯"]), ("价格", ["时间不限", "一天内", "一周内", "一月内", "一年内"]), ("发货地", ["全国", "北京", "上海", "广东", "浙江"])],
                   lambda g, o: "/s?wd=%s&gpc=%s" % (q(kw), q(o)), cls="search_tool_conter")
    body = '''<div id="wrapper" class="wrapper_new"><div id="head"><div class="head_wrapper"><div class="s_form"><div class="s_form_wrapper"><a href="/" id="result_logo" onmousedown="return c({'fm':'tab','tab':'logo'})"><img class="index-logo-src" src="//www.baidu.test/img/flexible/logo/pc/result.png" alt="到百度首页" title="到百度首页"/></a>
<form id="form" name="f" action="/s" class="fm"><input type="hidden" name="ie" value="utf-8"/><span class="bg s_ipt_wr quickdelete-wrap"><input id="kw" name="wd" class="s_ipt" value="%s" maxlength="255" autocomplete="off"/></span><span class="bg s_btn_wr"><input type="submit" id="su" value="百度一下" class="bg s_btn"/></span></form></div></div>
<div id="u"><a class="toindex" href="/">百度首页</a><a href="https://passport.baidu.test/v2/?login" name="tj_login" class="lb">登录</a><a href="https://www.baidu.test/gaoji/preferences.html" name="tj_settingicon" class="pf">设置</a></div></div></div>
<div id="s_tab" class="s_tab"><div class="s_tab_inner"><b>网页</b><a href="https://www.baidu.test/sf/vsearch?wd=%s" wdfield="word">视频</a><a href="https://image.baidu.test/search/index?tn=baiduimage&amp;word=%s">图片</a><a href="https://zhidao.baidu.test/search?word=%s">知道</a><a href="https://wenku.baidu.test/search?word=%s">文库</a><a href="https://tieba.baidu.test/f?kw=%s&amp;fr=wwwt">贴吧</a><a href="https://map.baidu.test/?newmap=1&amp;s=s%%26wd%%3D%s">地图</a><a href="https://b2b.baidu.test/s?q=%s">采购</a></div></div>
<div id="wrapper_wrapper"><div id="container" class="container_l sam_newgrid"><div id="tool_wrap"><div id="tool" class="c-gap-top-small"><span class="nums_text">百度为您找到相关结果约%s个</span></div>%s</div>
<div id="content_left" tabindex="0">
%s
%s
</div>
<div id="content_right" class="cr-offset"><div id="con-ar"><div class="result-op c-container" tpl="right_toplist1"><div class="cr-title c-gap-bottom-small"><span>百度热搜</span></div><div class="FYB_RD">%s</div></div>
<div class="ec-ad-right"><span class="ec-tuiguang">广告</span><a href="https://www.baidu.test/baidu.php?url=right%s" target="_blank"><img src="//ss1.bdstatic.test/ad/right.jpg"/></a></div></div></div>
<div id="rs_new" class="new-pmd"><div class="c-color-t rs-label_ihUhK">相关搜索</div>%s</div>
<div id="page"><div class="page-inner_2jZi2">%s</div></div></div></div>
<div id="foot" class="foot_fixed_bottom"><div class="foot-inner">%s</div></div></div>
<script>bds.comm.query="%s";bds.comm.qid="d1a2b3c4d5e6f708";bds.comm.sugHost="//sp1.baidu.test/5a1Fazu8AA54nxGko9WTAnF6hhy/su";</script>
<script>var __BAIDU_HOT_WORDS__ = %s;</script>
<!--1fd3fe2b9d6c1a8e-->''' % (
        E(kw), q(kw), q(kw), q(kw), q(kw), q(kw), q(kw), q(kw), r.choice(["1,230,000", "25,600,000", "8,470,000"]), filt,
        "\n".join(ads[:1] + [] ) if variant == 1 else "\n".join(ads), "\n".join(blocks) + ("\n" + "\n".join(ads[1:]) if variant == 1 else ""),
        "".join('<div class="toplist1-tr_1MWDu"><span class="c-index-single">%d</span><a href="/s?wd=%s&amp;sa=fyb_news" target="_blank" class="c-font-medium">%s</a></div>' % (k + 1, q(w), E(w)) for k, w in enumerate(hot[0][1])),
        fake_token(r, 20), related_grid(rel, lambda w: "/s?rsv_idx=2&tn=baiduhome_pg&wd=%s&rsf=101&rsp=%d&f=1&rs_src=0&rsv_pq=d1a2b3c4&rqlang=cn" % (q(w), rel.index(w)), cls_table="rs-table_3RiQc"),
        pager(lambda p: "/s?wd=%s&pn=%d&oq=%s&tn=baiduhome_pg&ie=utf-8" % (q(kw), (p - 1) * 10, q(kw)), 1, 10, cls="page-inner", prev="上一页", nxt="下一页"),
        icp_footer("京", "030173", "百度", [("帮助", "https://help.baidu.test/question"), ("举报", "https://www.baidu.test/search/jubao.html"), ("用户反馈", "https://www.baidu.test/feedback")], cls="foot-icp"),
        E(kw), J(hot[0][1]))
    h = head("%s_百度搜索" % kw, extra='<meta name="referrer" content="always"/>\n<link rel="stylesheet" href="https://pss.bdstatic.test/r/www/cache/static/protocol/https/global/css/all_async_search_8d1b3c1.css"/>')
    return fname, url, "list", page(h, body), items

# ============================================================== Sogou-like
def sogou():
    r = random.Random(702)
    kw = "商标注册流程"
    url = "https://www.sogou.test/web?query=%s&_asf=www.sogou.test&_ast=&w=01019900&p=40040100&ie=utf8&from=index-nologin" % q(kw)
    ordinary = [("商标注册申请流程 - 国家知识产权局商标局", "商标注册申请流程包括：准备申请书件、提交申请、形式审查、实质审查、初审公告、注册公告、领取商标注册证。", "https://sbj.cnipa.test/sbj/sbsq/zclc/", "商标局"),
                ("个人如何注册商标?详细步骤及费用 - 知乎", "个人注册商标需要个体工商户营业执照，官费每类300元(网上申请270元)，整个周期大约9-12个月。", "https://zhuanlan.zhihu.test/p/510987654", "知乎"),
                ("商标注册需要多长时间?_百度知道", "正常情况下从提交申请到拿到注册证需要7-12个月，期间如遇驳回或异议时间会延长。", "https://zhidao.baidu.test/question/987654321.html", "百度知道"),
                ("商标注册网上申请系统操作指南", "申请人可通过商标网上服务系统在线提交商标注册申请，需先办理用户注册并完成实名认证。", "https://wssq.sbj.cnipa.test/tmsve/", "商标网上服务系统"),
                ("商标恶意抢注的认定与应对 - 中国知识产权报", "对于以不正当手段抢先注册他人已经使用并有一定影响的商标，在先使用人可以依法提出异议或无效宣告请求。", "https://www.cipnews.test/2023-09/28/content_88123.htm", "中国知识产权报"),
                ("商标类别怎么选?45类商标分类表详解 - 搜狗百科", "商标注册用商品和服务国际分类共45个类别，其中1-34类为商品，35-45类为服务。", "https://baike.sogou.test/v7123456.htm", "搜狗百科"),
                ("商标注册被驳回怎么办?驳回复审流程", "收到驳回通知书后15日内可以提出驳回复审，需要提交复审申请书及理由证据。", "https://www.66law.test/laws/412345.aspx", "华律网")]
    n = 9
    res = results_pool(r, kw, ordinary, n)
    items, blocks = [], []
    for i, (t, sn, real, src) in enumerate(res):
        items.append(item(real, t, None, None))
        href = "/link?url=%s" % fake_token(r, 48)
        tm = split_kw(t, ["商标", "注册", "流程"], "<em><!--red_beg-->", "<!--red_end--></em>")
        sm = split_kw(sn, ["商标", "注册"], "<em><!--red_beg-->", "<!--red_end--></em>")
        vr = 30000000 + r.randint(0, 9999)
        blocks.append('''<div class="vrwrap" id="sogou_vr_%d_%d" data-url="%s"><div class="rb"><h3 class="pt"><a name="dttl" target="_blank" href="%s" id="sogou_vr_%d_title_%d" data-url="%s" uigs="article_title_%d">%s</a></h3>
<div class="ft" id="cacheresult_summary_%d">%s</div>
<div class="fb"><cite id="cacheresult_info_%d">%s&nbsp;-&nbsp;%s&nbsp;-&nbsp;%s</cite><a href="/websnapshot?ie=utf8&amp;url=%s&amp;query=%s" target="_blank" id="sogou_snapshot_%d" class="htmlinfo">快照</a></div></div></div>''' % (
            vr, i, E(real), href, vr, i, E(real), i, tm, i, sm, i, E(src), E(up.urlparse(real).netloc + up.urlparse(real).path[:18] + "..."), "%d-%d-%d" % (r.choice([2022, 2023, 2024]), r.randint(1, 12), r.randint(1, 28)), q(real), q(kw), i))
        if i == 4:
            blocks.append('''<div class="vrwrap" id="sogou_vr_11002301_0"><div class="vr-title"><h3><a href="https://pic.sogou.test/pics?query=%s" target="_blank">%s - 搜狗图片</a></h3></div><div class="img-layout">%s</div><p class="more"><a href="https://pic.sogou.test/pics?query=%s" target="_blank">查看更多图片&gt;&gt;</a></p></div>''' % (
                q(kw), E(kw), "".join('<a href="https://pic.sogou.test/d?query=%s&amp;did=%d" target="_blank"><img src="https://img0%d.sogoucdn.test/app/a/100520020/%s" loading="lazy" width="120" height="90"/></a>' % (q(kw), k, k, fake_token(r, 16)) for k in range(1, 7)), q(kw)))
    rel = ["商标注册流程及费用", "个人商标注册", "商标注册查询", "商标注册需要什么材料", "商标注册多久能下来", "商标类别表", "商标驳回复审", "商标转让流程", "商标被抢注怎么办", "商标网上申请"]
    filt = filters([("品牌", ["全部时间", "一天内", "一周内", "一月内", "一年内"]), ("价格", ["全部结果", "官网", "问答"]), ("发货地", ["全国", "北京", "上海", "广东"])],
                   lambda g, o: "/web?query=%s&tsn=%s" % (q(kw), q(o)), cls="search-tools")
    body = '''<div class="header"><div class="top-nav"><ul><li class="cur">网页</li><li><a href="https://weixin.sogou.test/weixin?query=%s&amp;_sug_type_=&amp;s_from=input">微信</a></li><li><a href="https://zhihu.sogou.test/zhihu?query=%s">知乎</a></li><li><a href="https://pic.sogou.test/pics?query=%s">图片</a></li><li><a href="https://v.sogou.test/v?query=%s">视频</a></li><li><a href="https://baike.sogou.test/Search.e?sp=S%s">百科</a></li><li><a href="https://www.sogou.test/docs/more.htm">更多</a></li></ul><div class="user-box"><a href="https://account.sogou.test/login" class="login-btn">登录</a></div></div>
<div class="header-box"><a href="/" class="logo" id="logo"><span>搜狗搜索</span></a><form name="sf" id="searchForm" action="/web"><div class="querybox"><span class="qborder"><input type="text" class="query" name="query" id="upquery" value="%s" autocomplete="off" maxlength="100"/></span></div><span class="sbtn1"><input type="submit" id="searchBtn" value="搜狗搜索"/></span></form></div></div>
<div class="wrapper" id="wrapper"><div class="main"><div class="search-info"><p class="num-tips">搜狗已为您找到约%s条相关结果</p></div>%s
<div class="sponsored" id="promotion_adv_container"><div class="biz_sponsor"><a href="https://www.sogou.test/bill_cpc?v=1&amp;p=%s" target="_blank" class="biz_title">商标注册_官方备案代理机构_3分钟提交</a><p class="biz_desc">专业商标顾问一对一，免费查询近似商标。</p><span class="biz_flag">广告</span></div></div>
<div class="results" id="main">
%s
</div>
<div class="hint-mid" id="hint_container"><p class="hint-tit">相关搜索</p>%s</div>
<div class="p" id="pagebar_container">%s</div></div>
<div class="right" id="right"><div class="r-sech ext_query"><h4>大家还在搜</h4><ul>%s</ul></div><div class="r-ad"><span class="ad-flag">广告</span><a href="https://www.sogou.test/bill_cpc?v=1&amp;p=r%s" target="_blank"><img src="https://img04.sogoucdn.test/ad/tm300.jpg"/></a></div></div></div>
<div class="footer" id="s_footer">%s</div>
<script>var uigs_para = {"uigs_productid":"webapp","type":"web","scrTime":"","query":"%s","uuid":"%s"};</script>
<script>var sugWords = %s;</script>
<!-- Sogou Web Search -->''' % (
        q(kw), q(kw), q(kw), q(kw), q(kw), E(kw), "9,810,000", filt, fake_token(r, 30), "\n".join(blocks), related_grid(rel, lambda w: "/web?query=%s&ie=utf8&_ast=1715500000&_asf=null&w=01029901&hdq=sogou-wsse" % q(w), cls_table="hint"),
        pager(lambda p: "/web?query=%s&page=%d&ie=utf8" % (q(kw), p), 1, 10, cls="p-inner", nxt="下一页"),
        "".join('<li><a href="/web?query=%s&amp;from=right">%s</a></li>' % (q(w), E(w)) for w in rel[:6]), fake_token(r, 20),
        icp_footer("京", "050897", "Sogou.test", [("企业推广", "https://e.sogou.test/"), ("免责声明", "https://www.sogou.test/docs/terms.htm"), ("意见反馈及投诉", "https://fankui.sogou.test/")], cls="foot-icp"),
        E(kw), fake_token(r, 32), J(rel))
    h = head("%s - 搜狗搜索" % kw, extra='<link rel="stylesheet" href="https://dlweb.sogoucdn.test/web/css/result_e8c3a6b.css"/>')
    return "sogou_serp.html", url, "list", page(h, body), items

# ============================================================== 360-like
def so360():
    r = random.Random(703)
    kw = "刻章店 附近"
    url = "https://www.so.test/s?ie=utf-8&fr=none&src=360sou_newhome&nlpv=basest&q=%s" % q(kw)
    ordinary = [("公司刻章需要什么手续?新公司刻章流程 - 360问答", "新公司刻章需要持营业执照副本、法人身份证到公安机关备案的刻章企业办理，现在多数地区可以在政务服务网上申请。", "https://wenda.so.test/q/1612345678901234", "360问答"),
                ("北京市公章刻制备案 - 北京市公安局", "公章刻制实行备案管理，单位可通过一网通办平台办理，刻章企业须具备公安机关颁发的特种行业许可证。", "https://gaj.beijing.test/bsfw/gzkz/", "北京市公安局"),
                ("附近的刻章店 - 360地图", "为您找到附近12家刻章店：诚信刻章(距您850米)、老街刻字店(距您1.2公里)……", "https://ditu.so.test/?k=%E5%88%BB%E7%AB%A0", "360地图"),
                ("私刻公章属于什么违法行为?会判几年 - 找法网", "伪造公司、企业、事业单位、人民团体印章的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利。", "https://china.findlaw.test/ask/question_51234567.html", "找法网"),
                ("刻章多少钱一套?公章财务章价格 - 知乎", "一般新公司四章(公章、财务章、合同章、发票章)在正规备案刻章店价格为200-600元，部分地区政府免费刻章。", "https://www.zhihu.test/question/398765432", "知乎"),
                ("印章遗失怎么补办?流程+材料", "单位印章遗失后需先登报声明作废，再持相关材料到公安机关备案的刻章单位重新刻制并备案。", "https://www.gov-service.test/banshi/yinzhang.html", "政务服务网"),
                ("个人私章、姓名章定制 - 360购物", "个人名章、藏书章、光敏章在线定制，支持篆书楷书多种字体。", "https://gouwu.so.test/search?q=%E5%A7%93%E5%90%8D%E7%AB%A0", "360购物"),
                ("新开办企业免费刻章政策来了 - 新浪新闻", "多地推出新开办企业免费刻制印章政策，企业在线申领后由备案刻章企业制作并寄递。", "https://news.sina.test/c/2023-07-12/doc-imzabcd1234.shtml", "新浪")]
    n = 10
    res = results_pool(r, kw, ordinary, n)
    items, lis = [], []
    for i, (t, sn, real, src) in enumerate(res):
        items.append(item(real, t, None, None))
        href = "https://www.so.test/link?m=%s" % fake_token(r, 56)
        tm = split_kw(t, ["刻章", "公章", "印章", "附近"], "<em>", "</em>")
        sm = split_kw(sn, ["刻章", "公章", "印章"], "<em>", "</em>")
        lis.append('''<li class="res-list" data-lazyload="1"><h3 class="res-title "><a href="%s" rel="noopener" data-mdurl="%s" data-url="%s" target="_blank" data-res='{"pos":%d,"m":"%s","q":"%s","src":"srp","pcurl":"%s"}'>%s</a></h3>
<div class="res-rich so-rich-feature clearfix"><p class="res-desc">%s</p><p class="g-linkinfo"><cite>%s</cite><span class="gray">%s</span><a href="https://www.so.test/link?m=snap%s" target="_blank" class="m" data-linkinfo="snap">快照</a></p></div></li>''' % (
            href, E(real), E(real), i + 1, fake_token(r, 8), E(kw), E(real), tm, sm, E(up.urlparse(real).netloc), "%d-%02d-%02d" % (r.choice([2022, 2023, 2024]), r.randint(1, 12), r.randint(1, 28)), fake_token(r, 12)))
        if i == 3:
            lis.append('''<li class="res-list res-mediav" data-type="e_ad" id="mv_e_ad_1"><h3 class="res-title"><a href="https://e.so.test/search/eclk?p=%s" target="_blank">24小时刻章 上门服务 公安备案</a><span class="e_ad_flag">广告</span></h3><p class="res-desc">正规备案刻章店，公章财务章合同章，下单2小时送达。</p></li>''' % fake_token(r, 40))
        if i == 6:
            lis.append('''<li class="res-list" data-type="video_list"><h3 class="res-title"><a href="https://video.so.test/v?q=%s" target="_blank">%s_视频</a></h3><div class="mh-video-list">%s</div></li>''' % (
                q(kw), E(kw), "".join('<a class="mh-video" href="https://video.so.test/watch/%s" target="_blank"><img src="https://p%d.ssl.qhimg.test/t0%s.jpg" loading="lazy"/><span class="mh-title">%s</span><span class="mh-duration">0%d:%02d</span></a>' % (fake_token(r, 10), k, fake_token(r, 10), E(v), r.randint(1, 9), r.randint(0, 59)) for k, v in enumerate(["手工刻章全过程 老师傅十分钟刻好", "光敏印章制作教程", "公章刻制备案流程讲解"]))))
    rel = ["刻章店附近电话", "24小时刻章", "公章刻制需要什么", "刻章多少钱", "私章刻字", "光敏印章", "公章备案查询", "财务章刻制", "刻章店营业时间", "印章遗失补刻"]
    filt = filters([("品牌", ["全部", "官方", "问答", "地图"]), ("价格", ["时间不限", "一天内", "一周内", "一月内"]), ("发货地", ["北京", "上海", "广州", "深圳", "杭州"])],
                   lambda g, o: "/s?q=%s&adv_t=%s" % (q(kw), q(o)), cls="filter-tools")
    body = '''<div id="header"><div class="inner"><div class="skin-nav"><a href="https://hao.360.test/" class="hao">360导航</a><a href="https://i.360.test/login" class="login">登录</a><a href="https://www.so.test/help/help_1.html" class="help">帮助</a></div>
<a href="https://www.so.test/" id="logo" title="360搜索"><img src="https://p.ssl.qhimg.test/t01logo.png" alt="360搜索"/></a>
<form id="bd_search" action="/s" method="get"><input type="hidden" name="ie" value="utf-8"/><input type="text" name="q" id="keyword" value="%s" autocomplete="off" suggestWidth="501px"/><input type="submit" id="su" value="搜索"/></form>
<ul id="tabs"><li class="cur">网页</li><li><a href="https://news.so.test/ns?q=%s">资讯</a></li><li><a href="https://video.so.test/v?q=%s">视频</a></li><li><a href="https://image.so.test/i?q=%s">图片</a></li><li><a href="https://ditu.so.test/?k=%s">地图</a></li><li><a href="https://wenda.so.test/search/?q=%s">问答</a></li><li><a href="https://baike.so.test/search/?q=%s">百科</a></li></ul></div></div>
<div id="container"><div id="main"><div id="page-info">找到相关结果约%s个</div>%s
<ul class="result" id="m-result">
%s
</ul>
<div id="rs"><table><tr><th rowspan="2">相关搜索</th></tr></table>%s</div>
<div id="page">%s</div></div>
<div id="side"><div id="so_top"><h3>360热搜榜</h3><ol>%s</ol></div><div id="e_idea_pp" class="side-ad"><span class="ad-flag">广告</span><a href="https://e.so.test/search/eclk?p=side%s" target="_blank">正规刻章 公安备案可查</a></div></div></div>
<div id="footer">%s</div>
<script>window.SO = {"q":"%s","pn":1,"src":"srp","guid":"%s"}; var hotWords = %s;</script>''' % (
        E(kw), q(kw), q(kw), q(kw), q(kw), q(kw), q(kw), "2,140,000", filt, "\n".join(lis),
        related_grid(rel, lambda w: "/s?q=%s&src=related&ls=sm2910123" % q(w), cls_table="rs-tbl"),
        pager(lambda p: "/s?q=%s&pn=%d&psid=%s&src=srp_paging&fr=none" % (q(kw), p, "a1b2c3d4e5"), 1, 10, cls="page-inner", nxt="下一页&gt;"),
        "".join('<li><a href="/s?q=%s&amp;src=hot">%s</a></li>' % (q(w), E(w)) for w in ["暴雨预警", "端午放假安排", "新能源汽车下乡", "中考分数线", "奥运会赛程", "高温补贴"]), fake_token(r, 12),
        icp_footer("京", "080047", "360搜索", [("使用帮助", "https://www.so.test/help/help_1.html"), ("意见反馈", "https://www.so.test/help/feedback")], cls="foot-icp"),
        E(kw), fake_token(r, 20), J(rel))
    h = head("%s - 360搜索" % kw, extra='<link rel="stylesheet" href="https://s.ssl.qhres2.test/static/so-srp/5.3.21.css"/>')
    return "so360_serp.html", url, "list", page(h, body), items

def baidu2():
    return baidu("baidu_serp_earphones.html", 704, "蓝牙耳机推荐", 8, variant=2)

ALL = [baidu, sogou, so360, baidu2]
