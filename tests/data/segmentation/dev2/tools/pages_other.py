# -*- coding: utf-8 -*-
"""Search engine result pages (4), board lists (2), detail pages (2)."""
from common import *  # noqa

SITE_WORDS = ["zhichan", "ipwang", "zlfw", "sbzc", "patent-cn", "chuangxin", "kejifuwu", "qiye-bang", "fawu", "bangong", "shenghuo", "jiaju"]
TLDS = [".test", ".com.test", ".cn.test", ".net.test"]


def real_url(rng, path_kind=None):
    host = rng.choice(["www.", "m.", "", "news.", "bj."]) + rng.choice(SITE_WORDS) + str(rng.randint(1, 99)) + rng.choice(TLDS)
    path = rng.choice(["/", "/news/%s.html" % digits(rng, 5), "/a/%s" % hx(rng, 8), "/service/zhuanli/%d.html" % rng.randint(1, 999),
                       "/article/%s/%s.shtml" % (date_str(rng).replace("-", ""), digits(rng, 6)), "/question/%s?from=search" % digits(rng, 7)])
    return "https://" + host + path


def serp_title(rng, ip):
    if ip:
        core = ip_title(rng)
    else:
        core = rng.choice(["专利申请流程及费用一览", "商标注册需要哪些材料", "实用新型专利多久能下来", "如何查询专利法律状态", "专利代理机构名录查询",
                           "2026年专利年费标准", "软件著作权登记指南", "商标被抢注怎么办", "打击非正常专利申请的通知解读", "高新技术企业认定知识产权要求",
                           "专利代理师资格考试报名", "商标异议申请流程", "企业如何做专利布局", "外观设计专利保护期限"]) + rng.choice(["", "(最新)", "详解", " - 图文", "_百科"])
    site = rng.choice(["知乎", "百度知道", "某某知识产权网", "新浪财经", "搜狐", "中国知识产权资讯", "豆瓣", "什么值得买", rng.choice(CO_MID) + "知识产权"])
    return core + rng.choice(["_", " - ", "-", " | "]) + site


def serp_abstract(rng):
    return "".join(uniq(chatter, rng) for _ in range(2))


# ------------------------------------------------------------------ 17. Baidu SERP (/link?url= wrappers, mu=)
def baidu(rng):
    q = "专利代理"
    url = "https://www.baidu.test/s?ie=utf-8&f=8&rsv_bp=1&tn=baidu&wd=" + u8q(q) + "&rsv_pq=%s&rsv_t=%s&rqlang=cn" % (hexs(rng, 16), hx(rng, 40))
    n = 10
    ipset = set(rng.sample(range(n), 3))
    res, items = [], []
    for i in range(n):
        t = uniq(lambda r: serp_title(r, i in ipset), rng)
        wrap = "http://www.baidu.test/link?url=" + hx(rng, 80, string.ascii_letters + string.digits + "_-")
        real = real_url(rng)
        has_mu = i not in (2, 7)
        href = wrap if i != 7 else "/link?url=" + hx(rng, 70)
        th = highlight(t, [q, "专利"], "<em>", "</em>")
        abstr = highlight(serp_abstract(rng), [q, "专利"], "<em>", "</em>")
        res.append(
            '<div class="result c-container xpath-log new-pmd" srcid="1599" id="%d" tpl="%s" %sdata-click="{&quot;p1&quot;:%d,&quot;rsv_bdr&quot;:&quot;0&quot;,&quot;fm&quot;:&quot;as&quot;}">\n'
            '<div class="c-container"><h3 class="c-title t t tts-title"><a href="%s" data-click="{&quot;F&quot;:&quot;778317EA&quot;,&quot;T&quot;:&quot;%d&quot;}" target="_blank">%s</a></h3>\n'
            '<div class="c-row c-gap-top-small"><div class="c-span9 c-span-last"><span class="content-right_8Zs40">%s</span></div></div>\n'
            '<div class="c-row source_1Vdff"><a target="_blank" href="%s" class="siteLink_9TPP3"><span class="c-color-gray">%s</span></a>'
            '<a data-click="{&quot;rsv_snapshot&quot;:&quot;1&quot;}" href="http://cache.baiducontent.test/c?m=%s&amp;p=%s&amp;newp=%s" target="_blank" class="kuaizhao">百度快照</a></div></div>\n</div>'
            % (i + 1, "se_com_default" if has_mu else "www_index", ('mu="%s" ' % E(real)) if has_mu else "", i + 1, E(href), rng.randint(1000, 9999), th, abstr, E(href),
               E(real.split("/")[2]), hx(rng, 40), hexs(rng, 16), hexs(rng, 30)))
        items.append(it(real if has_mu else urljoin(url, href), t, None, None))
    ads = "".join('<div id="%d" class="EC_result c-container" data-tuiguang="%s"><h3 class="t"><a href="https://www.baidu.test/baidu.php?url=%s" target="_blank">%s</a></h3>'
                  '<div class="ec_desc">%s</div><span class="ec-tuiguang ecfc-tuiguang">广告</span></div>' % (3001 + k, hexs(rng, 8), hx(rng, 60), E(uniq(ip_title, rng) + " - 官网"), E(uniq(chatter, rng)))
                  for k in range(2))
    rs = "".join('<th><a href="/s?wd=%s&amp;rsf=101633403&amp;rsp=%d">%s</a></th>' % (u8q(x), k, E(x)) for k, x in enumerate(["专利代理机构排名", "专利代理费用", "专利代理师", "正规专利代理公司", "专利申请官网入口", "专利代理人"]))
    hot = "".join('<li class="toplist1-tr_4kE4D"><a href="/s?wd=%s&amp;sa=fyb_n_homepage&amp;rsv_dl=fyb_n_homepage" target="_blank"><span class="toplist1-hot-normal_12THH">%d</span>%s</a></li>' % (u8q(h), k + 1, E(h))
                  for k, h in enumerate(["寒潮来袭多地降温", "全国铁路迎来客流高峰", "年末消费市场观察", "新规明年起施行", "冬季养生指南", "考研首日"]))
    body = (
        '<body link="#0000cc"><div id="wrapper" class="wrapper_new"><div id="head"><div class="head_wrapper"><div class="s_form"><a href="/" id="result_logo"><img src="//www.baidu.test/img/flexible/logo/pc/result.png" alt="到百度首页"></a>'
        '<form id="form" name="f" action="/s" class="fm"><input id="kw" name="wd" class="s_ipt" value="%s" maxlength="255"><input type="submit" id="su" value="百度一下" class="bg s_btn"></form></div>'
        '<div id="u"><a href="https://www.baidu.test/" name="tj_home">百度首页</a><a href="https://passport.baidu.test/v2/?login" name="tj_login" class="lb">登录</a></div></div>'
        '<div class="s_tab" id="s_tab"><div class="s_tab_inner"><b>网页</b><a href="/s?rtt=1&amp;bsst=1&amp;cl=2&amp;tn=news&amp;word=%s">资讯</a><a href="https://image.baidu.test/search/index?tn=baiduimage&amp;word=%s">图片</a><a href="/sf/vsearch?wd=%s">视频</a><a href="https://zhidao.baidu.test/search?word=%s">知道</a></div></div></div>\n'
        '<div id="container" class="container_l sam_newgrid"><div id="content_left">\n%s\n%s\n</div>\n'
        '<div id="content_right" class="cr-offset"><div id="con-ar"><div class="cr-content"><div class="FYB_RD"><div class="cr-title"><a href="https://top.baidu.test/board?platform=pc&amp;sa=pcindex_entry">百度热搜</a></div><ul>%s</ul></div></div></div></div>\n'
        '<div id="rs"><div class="tt">相关搜索</div><table cellpadding="0"><tbody><tr>%s</tr></tbody></table></div>\n'
        '<div id="page"><div class="page-inner_2jZi2"><strong><span class="pc">1</span></strong><a href="/s?wd=%s&amp;pn=10"><span class="pc">2</span></a><a href="/s?wd=%s&amp;pn=10" class="n">下一页 &gt;</a></div></div></div>\n'
        '<div id="foot"><span id="help"><a href="http://help.baidu.test/question" target="_blank">帮助</a><a href="http://www.baidu.test/search/jubao.html" target="_blank">举报</a><a href="http://jianyi.baidu.test" target="_blank">用户反馈</a></span></div></div>\n'
        '<script>bds.comm.query=%s;bds.comm.qid="%s";bds.comm.resultPage=1;</script>\n</body>'
        % (E(q), u8q(q), u8q(q), u8q(q), u8q(q), ads, "\n".join(res), hot, rs, u8q(q), u8q(q), js(q), hexs(rng, 16)))
    head = '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><style data-for="result" type="text/css">%s</style>' % css_block(rng, 70)
    return dict(name="baidu_serp", url=url, kind="list", html=doc(q + "_百度搜索", head, body), items=items)


# ------------------------------------------------------------------ 18. Sogou (wrapper + data-url on a sibling div, some without)
def sogou(rng):
    q = "商标转让"
    url = "https://www.sogou.test/web?query=" + u8q(q) + "&_asf=www.sogou.test&_ast=&w=01019900&p=40040100&ie=utf8&from=index-nologin&s_from=index&sut=%d&sst0=%s" % (rng.randint(1000, 9999), digits(rng, 13))
    n = 10
    ipset = set(rng.sample(range(n), 3))
    res, items = [], []
    for i in range(n):
        t = uniq(lambda r: serp_title(r, i in ipset), rng)
        href = "/link?url=hedJjaC291" + hx(rng, 60, string.ascii_letters + string.digits + "-_")
        real = real_url(rng)
        has_du = i not in (1, 5, 8)
        th = highlight(t, ["商标", "转让"], "<em><!--red_beg-->", "<!--red_end--></em>")
        res.append(
            '<div class="vrwrap" id="sogou_vr_30000000_%d" data-rank="%d">\n<div class="vr-title"><h3 class="vr-title"><a id="sogou_vr_30000000_title_%d" cacheStrategy="qcr:-1" target="_blank" href="%s">%s</a></h3></div>\n'
            '<div class="fz-mid space-txt"><p class="star-wiki">%s</p></div>\n'
            '<div class="citeurl"><span>%s</span><span class="cite-date">&nbsp;-&nbsp;%s</span></div>\n%s</div>'
            % (i, i + 1, i, E(href), th, highlight(serp_abstract(rng), ["商标"], "<em><!--red_beg-->", "<!--red_end--></em>"), E(real.split("/")[2]), date_str(rng),
               ('<div class="r-sech click-better-sugg" data-url="%s" data-docid="%s"></div>' % (E(real), hexs(rng, 24))) if has_du else ""))
        items.append(it(real if has_du else urljoin(url, href), t, None, None))
    ad = ('<div class="biz_sponsor"><div class="biz_rb"><h3><a href="https://www.sogou.test/bill_cpc?v=1&amp;p=%s" target="_blank">%s</a></h3><div class="biz_yellow">推广</div></div></div>'
          % (hx(rng, 40), E(uniq(ip_title, rng))))
    hint = "".join('<td><a href="/web?query=%s&amp;ie=utf8" id="sogou_99999_%d">%s</a></td>' % (u8q(h), k, E(h)) for k, h in enumerate(["商标转让平台", "商标转让流程", "商标转让费用", "个人商标转让", "商标过户"]))
    body = (
        '<body><div class="header"><div class="top-nav"><ul><li><a href="https://news.sogou.test/news?query=%s">新闻</a></li><li class="cur"><span>网页</span></li><li><a href="https://weixin.sogou.test/weixin?query=%s">微信</a></li>'
        '<li><a href="https://zhihu.sogou.test/zhihu?query=%s">知乎</a></li><li><a href="https://pic.sogou.test/pics?query=%s">图片</a></li></ul></div>'
        '<form name="sf" id="searchForm" action="/web"><input type="text" class="query" name="query" id="upquery" value="%s"><input type="submit" value="搜狗搜索" id="searchBtn"></form></div>\n'
        '<div id="wrapper" class="wrapper"><div id="main" class="main"><div class="results" id="results">\n%s\n%s\n</div>\n'
        '<div class="hintBox"><div class="hint-tit">相关搜索</div><table id="hint_container"><tr>%s</tr></table></div>\n'
        '<div class="p" id="pagebar_container"><span>1</span><a href="?query=%s&amp;page=2&amp;ie=utf8" id="sogou_page_2">2</a><a id="sogou_next" href="?query=%s&amp;page=2&amp;ie=utf8" class="np">下一页</a></div></div>\n'
        '<div id="right" class="right"><div class="hot-top"><h3>搜狗热搜</h3>%s</div></div></div>\n'
        '<div id="s_footer"><a href="https://www.sogou.test/docs/terms.htm">免责声明</a> - <a href="https://fankui.sogou.test/">意见反馈及投诉</a> - &copy; 2026 SOGOU.test</div>\n'
        '<script>var uigs_para={"query":%s,"uuid":"%s","pagetype":"result"};</script>\n</body>'
        % (u8q(q), u8q(q), u8q(q), u8q(q), E(q), ad, "\n".join(res), hint, u8q(q), u8q(q),
           "".join('<p><a href="/web?query=%s&amp;_asf=hot">%s</a></p>' % (u8q(h), E(h)) for h in hotwords(rng, 6)), js(q), hexs(rng, 32)))
    head = '<style>%s</style>' % css_block(rng, 60)
    return dict(name="sogou_serp", url=url, kind="list", html=doc(q + " - 搜狗搜索", head, body), items=items)


# ------------------------------------------------------------------ 19. 360 so (data-mdurl)
def so360(rng):
    q = "软著登记"
    url = "https://www.so.test/s?ie=utf-8&fr=none&src=360sou_newhome&ssid=&q=" + u8q(q)
    n = 10
    ipset = set(rng.sample(range(n), 2))
    res, items = [], []
    for i in range(n):
        t = uniq(lambda r: serp_title(r, i in ipset), rng)
        real = real_url(rng)
        href = "https://www.so.test/link?m=" + hx(rng, 70, string.ascii_letters + string.digits + "%")
        res.append(
            '<li class="res-list" data-lazyload="1" data-urlfp="%s"><h3 class="res-title "><a href="%s" rel="noopener" data-mdurl="%s" '
            'data-res=\'{"pos":%d,"category":"10001","custom":"%s"}\' target="_blank">%s</a></h3>'
            '<div class="res-rich"><p class="res-desc">%s</p></div><p class="g-linkinfo"><cite>%s</cite><span class="gray">%s</span>'
            '<a href="https://www.so.test/link?m=%s&amp;snapshot=1" class="m" target="_blank">快照</a></p></li>'
            % (digits(rng, 10), E(href), E(real), i + 1, hexs(rng, 6), highlight(t, ["软著", "登记", "专利"], "<em>", "</em>"), E(serp_abstract(rng)), E(real.split("/")[2]), date_str(rng), hx(rng, 30)))
        items.append(it(real, t, None, None))
    ads = ('<ul id="e_idea_pp" class="result">%s</ul>' % "".join(
        '<li class="res-list e_idea_list"><h3><a href="https://www.so.test/c?s=%s" target="_blank">%s</a></h3><span class="e_tuiguang">推广</span></li>' % (hx(rng, 30), E(uniq(legit_svc_title, rng)))
        for _ in range(3)))
    body = (
        '<body class="page-result"><div id="header"><div class="inner"><a href="https://www.so.test/" id="logo">360搜索</a><form id="bd_search" action="/s"><input id="keyword" name="q" value="%s"><input id="su" type="submit" value="搜索"></form>'
        '<div id="tabs-wrap"><a href="https://news.so.test/ns?q=%s">资讯</a><a class="cur">网页</a><a href="https://image.so.test/i?q=%s">图片</a><a href="https://video.so.test/v?q=%s">视频</a></div></div></div>\n'
        '<div id="container" class="clearfix"><div id="main">%s<ul class="result" id="m-result">\n%s\n</ul>\n'
        '<div id="rs"><table><tr><th>相关搜索</th>%s</tr></table></div>\n'
        '<div id="page"><strong>1</strong><a href="/s?q=%s&amp;pn=2&amp;src=srp_paging">2</a><a id="snext" href="/s?q=%s&amp;pn=2">下一页&gt;</a></div></div>\n'
        '<div id="side"><div class="mod-hot"><h3>实时热搜</h3><ol>%s</ol></div></div></div>\n'
        '<div id="footer"><p>&copy; 2026 360.test <a href="https://www.so.test/help/help_1_1.html">使用帮助</a> <a href="https://www.so.test/help/help_3_2.html">意见反馈</a></p></div>\n'
        '<script>var so_config={"q":%s,"pid":"%s"};</script>\n</body>'
        % (E(q), u8q(q), u8q(q), u8q(q), ads, "\n".join(res), "".join('<td><a href="/s?q=%s&amp;src=related">%s</a></td>' % (u8q(h), E(h)) for h in ["软著登记费用", "软著登记流程", "软件著作权登记官网", "软著加急"]),
           u8q(q), u8q(q), "".join('<li><a href="/s?q=%s&amp;src=hot">%s</a></li>' % (u8q(h), E(h)) for h in hotwords(rng, 8)), js(q), hexs(rng, 16)))
    head = '<style>%s</style>' % css_block(rng, 60)
    return dict(name="so360_serp", url=url, kind="list", html=doc(q + "_360搜索", head, body), items=items)


# ------------------------------------------------------------------ 20. Bing-CN (direct links + ck/a wrappers)
def bing(rng):
    q = "外观专利"
    url = "https://cn.bing.test/search?q=" + u8q(q) + "&form=QBLH&sp=-1&lq=0&pq=" + u8q(q) + "&sc=10-4&qs=n&sk=&cvid=" + hexs(rng, 32).upper() + "&ghsh=0&ghacc=0&ghpl="
    n = 10
    ipset = set(rng.sample(range(n), 3))
    res, items = [], []
    for i in range(n):
        t = uniq(lambda r: serp_title(r, i in ipset), rng)
        real = real_url(rng)
        wrapped = i in (2, 3, 6)
        href = ("https://cn.bing.test/ck/a?!&&p=%s&ptn=3&ver=2&hsh=4&fclid=%s&u=a1%s&ntb=1" % (hexs(rng, 64), hexs(rng, 8) + "-" + hexs(rng, 4), hx(rng, 48))) if wrapped else real
        disp = cut(t, 30)
        title_attr = (' title="%s"' % E(t)) if disp else ""
        res.append(
            '<li class="b_algo" data-tag="" data-partnertag="" data-id="" iid="SERP.%d">'
            '<div class="b_tpcn"><a class="tilk" aria-label="%s" href="%s" h="ID=SERP,%d.1"><div class="tpic"><div class="wr_fav"><img class="rms_img" src="data:image/png;base64,iVBORw0KGgo=" /></div></div>'
            '<div class="tptxt"><div class="tptt">%s</div><div class="tpmeta"><div class="b_attribution"><cite>%s</cite></div></div></div></a></div>'
            '<h2><a target="_blank" href="%s" h="ID=SERP,%d.2"%s>%s</a></h2>'
            '<div class="b_caption" role="contentinfo"><p class="b_lineclamp2 b_algoSlug"><span class="news_dt">%s</span>&ensp;&#0183;&ensp;%s</p></div></li>'
            % (5000 + i, E(real.split("/")[2]), E(href), 5000 + i * 10, E(real.split("/")[2].split(".")[1] if real.count(".") > 1 else real.split("/")[2]), E(real),
               E(href), 5000 + i * 10, title_attr, highlight(disp or t, ["专利"], "<strong>", "</strong>"), date_str(rng), E(serp_abstract(rng))))
        items.append(it(href, t, None, None))
    res.insert(1, '<li class="b_ad b_adTop"><ul><li class="b_adLastChild"><div class="sb_add sb_adTA"><h2><a href="https://cn.bing.test/aclk?ld=%s" h="ID=SERP,5099.1">%s</a></h2>'
                  '<div class="b_caption"><div class="b_attribution"><span class="b_adSlug b_opttxt b_divdef">广告</span></div></div></div></li></ul></li>' % (hx(rng, 60), E(uniq(ip_title, rng))))
    rel = "".join('<li><a href="/search?q=%s&amp;FORM=QSRE%d"><div class="b_suggestionText">%s</div></a></li>' % (u8q(h), k + 1, E(h)) for k, h in enumerate(["外观专利申请费用", "外观专利查询", "外观专利保护期", "外观专利和实用新型区别"]))
    res.append('<li class="b_ans"><div class="b_rs"><h2>相关搜索</h2><div class="b_rrsr"><ul class="b_vList">%s</ul></div></div></li>' % rel)
    body = (
        '<body class="b_respl"><header id="b_header" role="banner"><form action="/search" id="sb_form" class=" hassbi"><a class="b_logoArea" href="/?FORM=Z9FD1" h="ID=SERP,5051.1"><h1 class="b_logo" title="必应">必应</h1></a>'
        '<div class="b_searchboxForm"><input class="b_searchbox" id="sb_form_q" name="q" type="search" value="%s"></div></form>'
        '<nav class="b_scopebar" role="navigation"><ul><li class="b_active"><a href="/?FORM=Z9LH">网页</a></li><li><a href="/images/search?q=%s&amp;FORM=HDRSC2">图片</a></li><li><a href="/videos/search?q=%s&amp;FORM=HDRSC3">视频</a></li><li><a href="/academic/search?q=%s&amp;FORM=HDRSC4">学术</a></li><li><a href="/dict/search?q=%s&amp;FORM=HDRSC6">词典</a></li></ul></nav></header>\n'
        '<main aria-label="搜索结果"><ol id="b_results" class="">\n%s\n'
        '<li class="b_pag"><nav role="navigation" aria-label="更多结果"><ul class="sb_pagF"><li><a class="sb_pagS" aria-label="第 1 页">1</a></li><li><a href="/search?q=%s&amp;first=11&amp;FORM=PERE" aria-label="第 2 页">2</a></li><li><a class="sb_pagN" href="/search?q=%s&amp;first=11&amp;FORM=PORE" title="下一页">下一页</a></li></ul></nav></li></ol></main>\n'
        '<aside aria-label="其他结果"><ol id="b_context"><li class="b_ans"><h2>热门话题</h2><ul>%s</ul></li></ol></aside>\n'
        '<footer id="b_footer"><span>&copy; 2026 Microsoft.test</span> <a href="https://beian.miit.test" target="_blank">京ICP备10036305号-7</a> <a href="https://go.microsoft.test/fwlink/?LinkId=521839">隐私声明和 Cookie</a></footer>\n'
        '<script type="text/javascript">_G={Region:"CN",Lang:"zh-CN",IG:"%s"};</script>\n</body>'
        % (E(q), u8q(q), u8q(q), u8q(q), u8q(q), "\n".join(res), u8q(q), u8q(q), "".join('<li><a href="/search?q=%s&amp;form=HOT">%s</a></li>' % (u8q(h), E(h)) for h in hotwords(rng, 6)), hexs(rng, 32).upper()))
    head = '<style type="text/css">%s</style>' % css_block(rng, 70)
    return dict(name="bing_cn_serp", url=url, kind="list", html=doc(q + " - 搜索", head, body), items=items)


# ------------------------------------------------------------------ 21. Discuz forumdisplay with stickies and <base href>
def discuz_forum(rng):
    url = "https://www.jixie-luntan.test/forum-36-1.html"
    base = "https://www.jixie-luntan.test/bbs/"
    types = [("求助", 5), ("经验", 6), ("交易", 7), ("闲聊", 8)]

    def thread_title(r):
        return rng.choice(["数控车床", "注塑机", "激光切割", "PLC编程", "液压站", "伺服电机", "夹具设计", "钣金折弯", "车间5S"]) + rng.choice(
            ["老是报警怎么回事", "有没有好用的替代方案", "选型求推荐", "维修记录分享", "这个价格贵不贵", "新手入门问题", "图纸看不懂求指点", "参数设置心得", "招学徒包吃住"])

    titles = mix(rng, 30, thread_title, ip_fn=lambda r: ip_title(r, rng.choice(["grant", "sale", "cert", "seal"])))
    seen = set()
    tbodies, items = [], []
    for i, (ip, t) in enumerate(titles):
        tid = digits(rng, 6)
        sticky = i < 3
        href = "thread-%s-1-1.html" % tid
        author = nick_unique(rng, seen)
        last = nick(rng)
        ty = rng.choice(types)
        tyhtml = '<em>[<a href="forum.php?mod=forumdisplay&amp;fid=36&amp;filter=typeid&amp;typeid=%d">%s</a>]</em> ' % (ty[1], ty[0]) if rng.random() < 0.6 else ""
        style = ' style="font-weight: bold;color: #EE1B2E;"' if sticky or rng.random() < 0.1 else ""
        pages = (' <span class="tps">&nbsp;...<a href="thread-%s-2-1.html">2</a><a href="thread-%s-3-1.html">3</a></span>' % (tid, tid)) if rng.random() < 0.2 else ""
        icon = ('<a href="%s" title="%s - 新窗口打开" target="_blank"><img src="static/image/common/%s" /></a>' % (href, "全局置顶主题" if i == 0 else "本版置顶主题", "pin_3.gif" if i == 0 else "pin_1.gif")) if sticky \
            else '<a href="%s" title="有新回复 - 新窗口打开" target="_blank"><img src="static/image/common/folder_new.gif" /></a>' % href
        tbodies.append(
            '<tbody id="%sthread_%s">\n<tr>\n<td class="icn">%s</td>\n<th class="%s">\n<a href="javascript:;" id="content_%s" class="showcontent y" title="更多操作" onclick="CONTENT_TID=\'%s\';CONTENT_ID=\'%sthread_%s\';showMenu({\'ctrlid\':this.id,\'menuid\':\'content_menu\'})"></a>\n'
            '%s<a href="%s"%s onclick="atarget(this)" class="s xst">%s</a>\n%s%s</th>\n'
            '<td class="by"><cite><a href="home.php?mod=space&amp;uid=%s" c="1">%s</a></cite><em><span>%s</span></em></td>\n'
            '<td class="num"><a href="%s" class="xi2">%d</a><em>%d</em></td>\n'
            '<td class="by"><cite><a href="home.php?mod=space&amp;username=%s" c="1">%s</a></cite><em><a href="forum.php?mod=redirect&amp;tid=%s&amp;goto=lastpost#lastpost">%s %s</a></em></td>\n</tr>\n</tbody>'
            % ("stick" if sticky else "normal", tid, icon, "common" if not sticky else "lock", tid, tid, "stick" if sticky else "normal", tid,
               tyhtml, href, style, E(t), pages, ' <img src="static/image/filetype/image_s.gif" alt="attach_img" title="图片附件" align="absmiddle" />' if rng.random() < 0.2 else "",
               digits(rng, 6), E(author), date_str(rng), href, rng.randint(0, 300), rng.randint(10, 20000), u8q(last), E(last), tid, date_str(rng, 2026, 12, 12), time_str(rng)))
        if i == 2:
            tbodies.append('<tbody id="separatorline"><tr class="ts"><td>&nbsp;</td><th><a href="javascript:;" onclick="checkForumnew_btn(\'36\')" title="查看更新" class="forumrefresh">版块主题</a></th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>')
        items.append(it(urljoin(base, href), t, author, None))
    body = (
        '<body id="nv_forum" class="pg_forumdisplay" onkeydown="if(event.keyCode==27) return false;">\n'
        '<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>\n'
        '<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="机械论坛"><img src="static/image/common/logo.png" alt="机械论坛" /></a></h2></div>'
        '<div id="nv"><ul><li class="a"><a href="forum.php">论坛</a></li><li><a href="forum.php?mod=guide">导读</a></li><li><a href="home.php?mod=space&amp;do=blog">日志</a></li><li><a href="plugin.php?id=jobs">招聘</a></li></ul></div>'
        '<div id="scbar"><form action="search.php?searchsubmit=yes" method="post"><input type="text" name="srchtxt" /><button type="submit">搜索</button></form>'
        '<div id="scbar_hot">热搜: <a href="search.php?mod=forum&amp;srchtxt=PLC&amp;source=hotsearch">PLC</a> <a href="search.php?mod=forum&amp;srchtxt=CAD&amp;source=hotsearch">CAD</a> <a href="search.php?mod=forum&amp;srchtxt=%s&amp;source=hotsearch">数控</a></div></div></div></div>\n'
        '<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">机械论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=1">机械交流</a> <em>&rsaquo;</em> <a href="forum-36-1.html">机床与加工</a></div></div>\n'
        '<div class="boardnav"><div id="ct" class="wp cl"><div class="mn"><div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-36-1.html">机床与加工</a> <span class="xs1 xw0 i">今日: <strong class="xi1">%d</strong><span class="pipe">|</span>主题: <strong class="xi1">%s</strong></span></h1></div>'
        '<div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="home.php?mod=space&amp;username=admin" class="notabs" c="1">老机修</a></span></div></div></div>\n'
        '<div class="a_t"><table><tr><td><a href="https://ad.jixie-luntan.test/click?id=%s" target="_blank">%s</a> <span class="xg1">广告</span></td></tr></table></div>\n'
        '<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf">筛选: <a href="forum.php?mod=forumdisplay&amp;fid=36&amp;filter=author">全部时间</a></div></th>'
        '<td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>\n'
        '<div class="bm_c"><form method="post" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=36&amp;infloat=yes&amp;nopost=yes">'
        '<table summary="forum_36" cellspacing="0" cellpadding="0" id="threadlisttableid">\n%s\n</table></form></div></div>\n'
        '<div class="bm bw0 pgs cl"><span id="fd_page_bottom"><div class="pg"><strong>1</strong><a href="forum-36-2.html">2</a><a href="forum-36-3.html">3</a><label><input type="text" name="custompage" class="px" size="2" value="1" /><span title="共 88 页"> / 88 页</span></label><a href="forum-36-2.html" class="nxt">下一页</a></div></span>'
        '<span class="pgb y"><a href="forum.php">返回</a></span></div>\n</div></div></div></div>\n'
        '<div id="ft" class="wp cl"><div id="frt"><p>Powered by <strong><a href="https://www.discuz.test" target="_blank">Discuz!</a></strong> <em>X3.5</em></p></div></div>\n'
        '<script type="text/javascript">var fid = parseInt(\'36\');</script>\n</body>'
        % (u8q("数控"), rng.randint(1, 99), "{:,}".format(rng.randint(10000, 90000)), digits(rng, 3), E(uniq(goods_title, rng)), "\n".join(tbodies)))
    head = '<base href="%s" /><meta name="generator" content="Discuz! X3.5" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_forumdisplay.css?k9x" /><style>%s</style>' % (base, css_block(rng, 30))
    return dict(name="discuz_forumdisplay_base", url=url, kind="list",
                html=doc("机床与加工 - 机械论坛 - Powered by Discuz!", head, body, meta_style="http",
                         doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'), items=items)


# ------------------------------------------------------------------ 22. Tieba board list
def tieba_board(rng):
    kw = "商标"
    url = "https://tieba.baidu.test/f?kw=" + u8q(kw) + "&ie=utf-8&pn=0"

    def t_title(r):
        return rng.choice(["求助：", "", "", "【分享】", "萌新提问", "吐槽"]) + rng.choice(
            ["第35类和第43类有什么区别", "商标被驳回了还能复审吗", "自己在官网申请商标的全过程", "商标注册下来要多久", "个体户能注册商标吗",
             "淘宝开店需要商标吗", "商标近似怎么判断", "注册了图形商标还要注册文字吗", "收到商标局的补正通知", "商标续展忘了怎么办",
             "同名商标别人先注册了", "商标注册证丢了能补吗"]) + rng.choice(["", "？", "？？", "，在线等", "，谢谢吧友", "（附截图）"])

    titles = mix(rng, 30, t_title, ip_fn=lambda r: ip_title(r, rng.choice(["tm", "seal", "cert"])))
    seen = set()
    lis, items = [], []
    for i, (ip, t) in enumerate(titles):
        tid = digits(rng, 10)
        href = "/p/%s" % tid
        author = nick_unique(rng, seen)
        last = nick(rng)
        top = i < 2
        disp = cut(t, 22)
        df = js({"id": int(tid), "author_name": author, "author_nickname": None, "author_portrait": "tb.1.%s" % hexs(rng, 8), "first_post_id": int(digits(rng, 11)),
                 "reply_num": rng.randint(0, 500), "is_bakan": None, "vid": "", "is_good": None, "is_top": 1 if top else None, "is_protal": None})
        lis.append(
            '<li class=" j_thread_list%s clearfix thread_item_box" data-field=\'%s\'>\n<div class="t_con cleafix"><div class="col2_left j_threadlist_li_left"><span class="threadlist_rep_num center_text" title="回复">%d</span></div>\n'
            '<div class="col2_right j_threadlist_li_right "><div class="threadlist_lz clearfix"><div class="threadlist_title pull_left j_th_tit ">%s'
            '<a rel="noopener" href="%s" title="%s" target="_blank" class="j_th_tit ">%s</a></div>'
            '<div class="threadlist_author pull_right"><span class="tb_icon_author " title="主题作者: %s" data-field=\'{&quot;user_id&quot;:%s}\'><i class="icon_author"></i>'
            '<span class="pre_icon_wrap pre_icon_wrap_theme1 frs_bright_preicon"></span><a rel="noopener" data-field=\'{&quot;un&quot;:&quot;%s&quot;}\' class="frs-author-name j_user_card " href="/home/main/?id=tb.1.%s&amp;fr=frs" target="_blank">%s</a></span>'
            '<span class="pull-right is_show_create_time" title="创建时间">%s</span></div></div>\n'
            '<div class="threadlist_detail clearfix"><div class="threadlist_text pull_left"><div class="threadlist_abs threadlist_abs_onlyline ">%s</div></div>'
            '<div class="threadlist_author pull_right"><span class="tb_icon_author_rely j_replyer" title="最后回复人: %s"><i class="icon_replyer"></i><a rel="noopener" data-field=\'{&quot;un&quot;:&quot;%s&quot;}\' class="frs-author-name j_user_card " href="/home/main/?id=tb.1.%s&amp;fr=frs" target="_blank">%s</a></span>'
            '<span class="threadlist_reply_date pull_right j_reply_data" title="最后回复时间">%s</span></div></div></div>\n</div>\n</li>'
            % (" thread_top j_thread_list" if top else "", E(df), rng.randint(0, 500), '<i class="icon-top" title="置顶"></i>' if top else "",
               href, E(t), E(disp or t), E(author), digits(rng, 10), E(author), hexs(rng, 8), E(author), rng.choice(["12-01", "11-28", "10-15", "昨天", "2025-06"]),
               E(uniq(chatter, rng)[:40]), E(last), E(last), hexs(rng, 8), E(last), time_str(rng)))
        items.append(it(urljoin(url, href), t, author, None))
    lis.insert(9, '<li class="clearfix thread_item_box fengchao-wrap-feed"><div class="fc-feed"><span class="fc-label">广告</span><a href="https://fclick.baidu.test/w.php?t=%s" target="_blank">%s</a></div></li>' % (hx(rng, 20), E(uniq(legit_svc_title, rng))))
    stale = '<!-- <li class=" j_thread_list clearfix"><a href="/p/7000000001" class="j_th_tit">%s</a></li> -->' % E(uniq(ip_title, rng))
    body = (
        '<body>\n<div id="com_userbar" class="u_menu"><ul><li><a href="//tieba.baidu.test/">贴吧首页</a></li><li><a href="//passport.baidu.test/v2/?login">登录</a></li></ul></div>\n'
        '<div class="head_inner"><div class="search_main_wrap"><form name="f1" class="clearfix j_search_form" action="/f"><input class="search_ipt" name="kw" value="%s"><a class="search_btn j_search_forum">进入吧</a><a class="search_btn search_btn_search j_search_post">全吧搜索</a></form></div></div>\n'
        '<div class="card_top_wrap clearfix card_top_theme"><div class="card_title"><a class="card_title_fname" title="" href="/f?kw=%s&amp;ie=utf-8">%s吧</a><span class="card_menNum">%s</span><span class="card_infoNum">%s</span></div>'
        '<p class="card_slogan">商标注册、维权、交流</p></div>\n'
        '<div class="nav_wrap nav_wrap_add_border"><ul class="nav_list"><li class="focus j_tbnav_tab"><a href="/f?kw=%s&amp;ie=utf-8">看贴</a></li><li><a href="/f?kw=%s&amp;ie=utf-8&amp;tab=album">图片</a></li><li><a href="/f?kw=%s&amp;ie=utf-8&amp;tab=good">精品</a></li></ul></div>\n'
        '<div class="content"><div id="content_wrap"><div id="content_leftList" class="content_leftList clearfix"><ul id="thread_top_list" class="thread_top_list"></ul>\n'
        '<ul id="thread_list" class="threadlist_bright j_threadlist_bright">\n%s\n%s\n</ul>\n'
        '<div id="frs_list_pager" class="pagination-default clearfix"><span class="pagination-current pagination-item ">1</span><a href="//tieba.baidu.test/f?kw=%s&amp;ie=utf-8&amp;pn=50" class=" pagination-item ">2</a><a href="//tieba.baidu.test/f?kw=%s&amp;ie=utf-8&amp;pn=50" class="next pagination-item ">下一页&gt;</a></div></div></div>\n'
        '<div class="aside"><div class="region_bright"><h4>本吧信息</h4><p>吧主：<a href="/home/main?id=tb.1.aaaa">sb老司机</a></p></div><div class="region_bright"><h4>贴吧热议榜</h4><ul>%s</ul></div></div></div>\n'
        '<div class="footer">&copy;2026 Baidu.test <a href="//tieba.baidu.test/tb/eula.html">贴吧协议</a></div>\n'
        '<script>PageData.forum={"id":%s,"name":"%s","member_count":%d};</script>\n</body>'
        % (E(kw), u8q(kw), E(kw), "关注：86,211", "贴子：1,204,553", u8q(kw), u8q(kw), u8q(kw), "\n".join(lis), stale, u8q(kw), u8q(kw),
           "".join('<li><a href="/hottopic/browse/hottopic?topic_id=%s">%s</a></li>' % (digits(rng, 7), E(h)) for h in ["年终盘点", "冬至吃什么", "新能源车冬季续航", "城市烟火气"]),
           digits(rng, 6), kw, 86211))
    head = '<style>%s</style>' % css_block(rng, 40)
    return dict(name="tieba_board", url=url, kind="list", html=doc(kw + "吧-百度贴吧", head, body), items=items)


# ------------------------------------------------------------------ 23. Taobao item detail (rel=canonical + 猜你喜欢)
def taobao_detail(rng):
    iid = digits(rng, 12)
    url = "https://item.taobao.test/item.htm?spm=a21n57.1.0.0.%s&id=%s&ns=1&abbucket=%d" % (hexs(rng, 12), iid, rng.randint(1, 20))
    canon = "https://item.taobao.test/item.htm?id=%s" % iid
    title = "已下证实用新型专利现货转让 机械/电子/环保类可选 当天提交变更 高企加分"
    shop = "拾光纪知产服务企业店"
    price = "¥2800.00"
    cards = []
    for _ in range(10):
        cid = digits(rng, 12)
        ct = uniq(lambda r: rng.choice([goods_title, ip_title, legit_svc_title])(r), rng)
        cards.append('<div class="RecommendItem--card"><a href="//item.taobao.test/item.htm?id=%s&amp;scm=1007.40986.%s&amp;pvid=%s" target="_blank" class="RecommendItem--link">'
                     '<img class="RecommendItem--img" data-src="//img.alicdn.test/imgextra/i3/%s.jpg_300x300q90.jpg" src="//g.alicdn.test/s.gif" />'
                     '<div class="RecommendItem--title" title="%s">%s</div><div class="RecommendItem--price"><span>¥</span><span>%s</span></div></a></div>'
                     % (cid, digits(rng, 6), hexs(rng, 16), img_hash(rng), E(ct), E(cut(ct, 16) or ct), fmt_price(goods_price(rng, 20, 3000))))
    desc = "".join("<p>%s</p>" % E(x) for x in [
        "所有专利均为已授权状态，证书原件齐全，可协助办理著录项目变更。",
        "适合需要快速积累知识产权数量的企业，具体用途请自行判断。",
        "拍下前请先咨询客服确认具体专利号和技术领域，虚拟商品一经变更不退不换。"])
    body = (
        '<body><div id="J_SiteNav" class="site-nav"><div class="site-nav-bd"><ul class="site-nav-bd-l"><li><a href="//www.taobao.test/">淘宝网首页</a></li><li><a href="//login.taobao.test/">亲，请登录</a></li><li><a href="//reg.taobao.test/">免费注册</a></li></ul>'
        '<ul class="site-nav-bd-r"><li><a href="//i.taobao.test/my_taobao.htm">我的淘宝</a></li><li><a href="//cart.taobao.test/cart.htm">购物车</a></li><li><a href="//shoucang.taobao.test/">收藏夹</a></li></ul></div></div>\n'
        '<div id="J_ShopHeader" class="ShopHeader--root"><div class="ShopHeader--main"><a class="ShopHeader--title" href="//shop%s.taobao.test" target="_blank" title="%s">%s</a>'
        '<div class="ShopHeader--score"><span>宝贝描述 4.8</span><span>卖家服务 4.9</span><span>物流服务 4.8</span></div><a class="ShopHeader--enter" href="//shop%s.taobao.test">进店逛逛</a></div></div>\n'
        '<div id="J_DetailMeta" class="tb-detail-hd"><div class="ItemHeader--root"><h1 class="ItemHeader--mainTitle" data-title="%s">%s</h1><div class="ItemHeader--subTitle">专利号可查 | 支持对公转账</div></div>\n'
        '<div class="Price--root"><div class="Price--originPrice"><span class="Price--label">价格</span><span class="Price--symbol">¥</span><span class="Price--originText">3500.00</span></div>'
        '<div class="Price--extraPrice"><span class="Price--label">券后</span><span class="Price--symbol Price--highlight">¥</span><span class="Price--priceText">2800.00</span></div></div>\n'
        '<div class="SalesPoint--root"><span>月销 37</span><span>累计评价 12</span></div>'
        '<div class="SkuContent--root"><div class="SkuContent--label">类别</div><ul><li class="SkuContent--valueItem">机械类</li><li class="SkuContent--valueItem">电子类</li><li class="SkuContent--valueItem">环保类</li></ul></div>'
        '<div class="Actions--root"><a class="Actions--buyNow" href="javascript:;">立即购买</a><a class="Actions--addCart" href="javascript:;">加入购物车</a></div></div>\n'
        '<div id="J_DivItemDesc" class="desc-root"><h3>宝贝详情</h3>%s</div>\n'
        '<div class="Recommend--root"><h3 class="Recommend--title">猜你喜欢</h3><div class="Recommend--list">%s</div></div>\n'
        '%s\n<script>var g_config={itemId:"%s",shopId:"%s",sellerNick:%s,title:%s,recommend:%s};</script>\n</body>'
        % (digits(rng, 9), E(shop), E(shop), digits(rng, 9), E(title), E(title), desc, "".join(cards), footer_cn(rng, "taobao.test"), iid, digits(rng, 9), js(shop), js(title),
           js([{"id": c} for c in range(3)])))
    head = ('<link rel="canonical" href="%s" /><meta property="og:title" content="%s"><meta name="keywords" content="专利转让,实用新型"><style>%s</style>'
            % (canon, E(title), css_block(rng, 60)))
    return dict(name="taobao_item_detail", url=url, kind="detail", html=doc(title + "-淘宝网", head, body), items=[it(canon, title, shop, price)])


# ------------------------------------------------------------------ 24. Article page (og:url, no canonical)
def article(rng):
    url = "https://www.zhichan-kuaixun.test/article/2026/1204/58231.html?utm_source=wechat&utm_medium=share&from=timeline"
    og = "https://www.zhichan-kuaixun.test/article/58231.html"
    title = "多地通报非正常专利申请与“挂证”线索，代理机构被约谈"
    author = "周以宁"
    paras = [
        "记者从多地知识产权部门获悉，近期集中通报了一批非正常专利申请线索，涉及批量提交内容雷同的实用新型申请，以及以“包授权”为噱头的代理宣传。",
        "有关负责人表示，专利代理师资格证书出借、挂靠属于违规行为，一经查实将依法处理，相关机构也会被列入重点监管名单。",
        "对于网络平台上出现的“现成专利出售、当天过户”“抢注热门商标转让”等信息，平台方表示已开展专项清理，并将持续巡查。",
        "律师提醒，企业在申请高新技术企业认定时应以真实研发成果为基础，切勿通过购买来源不明的专利凑数。",
        "此外，私刻公章、伪造代理机构印章等行为涉嫌违法犯罪，公众发现相关线索可向公安机关举报。",
    ]
    rel = "".join('<li><a href="/article/%s.html" target="_blank">%s</a><span>%s</span></li>' % (digits(rng, 5), E(h), date_str(rng))
                  for h in ["一图读懂专利申请费用减缴政策", "商标注册便利化改革新举措", "如何识别不正规的知识产权代理机构", "软件著作权登记常见问题汇总", "专利代理师考试报名指南"])
    hot = "".join('<li><span class="rank">%d</span><a href="/article/%s.html">%s</a></li>' % (k + 1, digits(rng, 5), E(h))
                  for k, h in enumerate(["年度知识产权十大案例发布", "专利年费缴纳新规解读", "商标恶意注册典型案例", "地理标志产品保护进展"]))
    cmts = "".join('<div class="cmt-item"><span class="cmt-user">%s</span><p class="cmt-text">%s</p><span class="cmt-time">%s</span></div>' % (E(nick(rng)), E(uniq(chatter, rng)), date_str(rng))
                   for _ in range(4))
    body = (
        '<body class="article-page"><div class="topbar"><div class="w1200"><a href="/" class="logo">知产快讯</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/anli/">案例</a></li>'
        '<li><a href="/shiwu/">实务</a></li><li><a href="/zhuanti/">专题</a></li></ul><form class="search" action="/search"><input name="q" placeholder="搜索"><button>搜索</button></form></div></div>\n'
        '<div class="w1200 main clearfix"><div class="crumb"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 正文</div>\n'
        '<div class="left"><div class="article-hd"><h1 class="title">%s</h1><div class="meta"><span class="source">来源：知产快讯</span><span class="author">作者：%s</span><span class="time">2026-12-04 09:30</span><span class="views">阅读 %d</span></div></div>\n'
        '<div class="article-bd">%s</div>\n<div class="article-ft"><p class="editor">责任编辑：%s</p><div class="share"><a class="wx">微信</a><a class="wb" href="https://service.weibo.test/share/share.php?url=%s">微博</a></div></div>\n'
        '<div class="ad-inline"><span class="ad-tag">广告</span><a href="https://ad.zhichan-kuaixun.test/c?id=%s" target="_blank">%s</a></div>\n'
        '<div class="related"><h3>相关阅读</h3><ul>%s</ul></div>\n<div class="comments"><h3>网友评论</h3>%s</div></div>\n'
        '<div class="right"><div class="box hot"><h3>热门文章</h3><ol>%s</ol></div><div class="box tags"><h3>热门标签</h3>%s</div></div></div>\n'
        '%s\n</body>'
        % (E(title), E(author), rng.randint(1000, 90000), "".join("<p>%s</p>" % E(p) for p in paras), E(rng.choice(["王岚", "陈墨", "刘一帆"])), u8q(og), digits(rng, 4),
           E(uniq(legit_svc_title, rng)), rel, cmts, hot, "".join('<a href="/tag/%s/">%s</a>' % (u8q(h), E(h)) for h in ["非正常申请", "挂证", "商标抢注", "专利代理", "高企认定"]),
           footer_cn(rng, "zhichan-kuaixun.test", "京")))
    head = ('<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
            '<meta property="og:image" content="https://img.zhichan-kuaixun.test/cover/58231.jpg"><style>%s</style>' % (E(paras[0][:60]), E(title), og, css_block(rng, 70)))
    return dict(name="article_ogurl", url=url, kind="detail", html=doc(title + "_知产快讯", head, body), items=[it(og, title, author, None)])


PAGES = [baidu, sogou, so360, bing, discuz_forum, tieba_board, taobao_detail, article]
