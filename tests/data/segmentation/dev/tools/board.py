from common import *

def mixed_titles(r, ordinary, n, lo=0):
    pos = ill_positions(r, n, 0.2, lo=lo)
    ills = iter(illegal_titles(r, len(pos)))
    ordi = list(ordinary); r.shuffle(ordi)
    out, k = [], 0
    for i in range(n):
        if i in pos:
            out.append(next(ills))
        else:
            out.append(ordi[k % len(ordi)]); k += 1
    return out

# ============================================================== Discuz forumdisplay
def discuz_forum():
    r = random.Random(801)
    fid = 36
    url = "https://bbs.zhichan.test/forum-%d-1.html" % fid
    sticky = ["【版规】本版发帖规范及禁止广告说明（2024修订）", "【公告】严厉打击“包授权”“挂证”等违规信息，发现即封号", "【精华汇总】专利申请实务经验帖索引"]
    ordinary = ["发明专利第一次审查意见通知书怎么答复？", "实用新型被下了补正，附图问题求助", "外观设计专利的图片要求有哪些？", "专利年费滞纳金怎么算",
                "代理所实习三个月的一些感想", "2024年专利代理师考试经验分享", "请教：技术交底书应该写到什么程度", "PCT进入国家阶段的期限问题", "专利权评价报告有必要做吗",
                "专利被驳回后复审成功的经历", "企业专利布局怎么做？求推荐书", "高企认定中知识产权打分细则讨论", "发明和实用新型同日申请的注意事项",
                "专利费减备案被退回了，原因是什么", "有没有人做过专利无效宣告？", "软件相关发明如何撰写权利要求", "专利转让需要缴纳哪些费用", "说明书公开不充分被驳回怎么办",
                "分案申请的时机选择", "专利检索用什么数据库比较好", "审查员电话沟通要注意什么", "代理机构跳槽后案子怎么交接", "专利质押融资流程有人了解吗",
                "海外专利申请费用大概多少", "关于非正常申请专项整治的最新通知解读"]
    n_norm = 27
    titles = sticky + mixed_titles(r, ordinary, n_norm)
    n = len(titles)
    names = nicks(r, n)
    names[0] = names[1] = "版主小知"
    items, bodies = [], []
    tids = [283001, 283002, 283150] + sorted(r.sample(range(284000, 289999), n_norm), reverse=True)
    for i, t in enumerate(titles):
        tid = tids[i]; uid = r.randint(100, 99999); name = names[i]
        href = "thread-%d-1-1.html" % tid
        items.append(item(join(url, href), t, name, None))
        is_st = i < 3
        reps = r.randint(0, 300); views = reps * r.randint(5, 40) + r.randint(10, 999)
        dd = dt(r, m0=1 if is_st else 4, m1=5, sec=False)
        extra = ""
        if reps > 100:
            extra = '<span class="tps">&nbsp;...<a href="thread-%d-2-1.html">2</a><a href="thread-%d-3-1.html">3</a></span>' % (tid, tid)
        if i in (5, 11):
            extra += ' <img src="static/image/filetype/image_s.gif" alt="attach_img" title="图片附件" align="absmiddle" />'
        typ = r.choice(["求助", "经验", "讨论", "资讯"])
        bodies.append('''<tbody id="%s_%d">
<tr><td class="icn"><a href="%s" title="%s - 新窗口打开" target="_blank"><img src="static/image/common/%s" %s/></a></td>
<th class="%s"><a href="javascript:;" id="content_%d" class="showcontent y" title="更多操作" onclick="CONTENT_TID='%d';CONTENT_ID='%s_%d';showMenu({'ctrlid':this.id,'menuid':'content_menu'})"></a>
<em>[<a href="forum.php?mod=forumdisplay&amp;fid=%d&amp;filter=typeid&amp;typeid=%d">%s</a>]</em> <a href="%s" onclick="atarget(this)" class="s xst">%s</a>%s%s
</th>
<td class="by"><cite><a href="home.php?mod=space&amp;uid=%d" c="1">%s</a></cite><em><span%s>%s</span></em></td>
<td class="num"><a href="%s" class="xi2">%d</a><em>%d</em></td>
<td class="by"><cite><a href="home.php?mod=space&amp;username=%s" c="1">%s</a></cite><em><a href="forum.php?mod=redirect&amp;tid=%d&amp;goto=lastpost#lastpost">%s</a></em></td>
</tr></tbody>''' % ("stickthread" if is_st else "normalthread", tid, href, "全局置顶主题" if i < 2 else ("本版置顶主题" if is_st else "有新回复"), "pin_%d.gif" % (3 if i < 2 else 1) if is_st else "folder_new.gif",
                   'alt="置顶"' if is_st else "", "new" if not is_st else "common", tid, tid, "stickthread" if is_st else "normalthread", tid, fid, r.randint(1, 9), "版务" if is_st else typ, href, E(t),
                   ' <img src="static/image/stamp/011.small.gif" alt="置顶" align="absmiddle" />' if is_st else "", extra, uid, E(name), ' class="xi1"' if i > 20 else "", dd[:10].replace("-0", "-"),
                   href, reps, views, q(nick(r)), E(nick(r)), tid, dt(r, m0=5, m1=5, sec=False).replace("-0", "-")))
        if i == 2:
            bodies.append('<tbody id="separatorline"><tr class="ts"><td>&nbsp;</td><th><a href="javascript:;" onclick="checkForumnew_btn(\'%d\')" title="查看更新" class="forumrefresh">版块主题</a></th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>' % fid)
    hot = ["审查意见答复", "专利代理师考试", "费减备案", "PCT", "无效宣告", "高企认定", "专利检索", "撰写技巧"]
    filt = filters([("品牌", ["全部主题", "最新", "热门", "热帖", "精华"]), ("价格", ["悬赏", "已解决", "未解决"]), ("发货地", ["北京", "上海", "广东", "江苏", "浙江"])],
                   lambda g, o: "forum.php?mod=forumdisplay&fid=%d&filter=%s" % (fid, q(o)), cls="tf")
    body = '''<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="知产交流论坛"><img src="static/image/common/logo.png" alt="知产交流论坛" border="0" /></a></h2>
<div id="scbar" class="cl"><form id="scbar_form" method="post" action="search.php?searchsubmit=yes" target="_blank"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off"/><button type="submit" name="searchsubmit" id="scbar_btn" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button>
<div id="scbar_hot"><strong class="xw1">热搜: </strong>%s</div></form></div></div>
<div id="nv"><ul><li id="mn_portal"><a href="portal.php">门户</a></li><li class="a" id="mn_forum"><a href="forum.php">论坛</a></li><li><a href="forum-37-1.html">商标版</a></li><li><a href="forum-38-1.html">版权版</a></li><li><a href="forum-40-1.html">招聘求职</a></li></ul></div></div></div>
<div class="wp a_h"><span class="a_mark">广告</span><a href="https://ad.zhichan.test/c?z=forum_top" target="_blank"><img src="data/attachment/common/ad/cnipa-960x60.gif" alt="专利代理师考前冲刺"></a></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">知产交流论坛</a><em>&raquo;</em><a href="forum.php">论坛</a><em>&rsaquo;</em><a href="forum.php?gid=1">知识产权</a><em>&rsaquo;</em><a href="%s">专利实务</a></div></div>
<div class="boardnav"><div id="ct" class="wp cl"><div class="mn"><div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="%s">专利实务</a> <span class="xs1 xw0 i">今日: <strong class="xi1">38</strong><span class="pipe">|</span>主题: <strong class="xi1">21023</strong></span></h1></div><div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="home.php?mod=space&amp;username=%s" class="notabs" c="1">版主小知</a></span></div></div></div>
<div id="pgt" class="bm bw0 pgs cl"><span id="fd_page_top">%s</span><a href="javascript:;" id="newspecial" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf">%s</div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=%d&amp;infloat=yes&amp;nopost=yes"><input type="hidden" name="formhash" value="%s" /><input type="hidden" name="listextra" value="page%%3D1" />
<table summary="forum_%d" cellspacing="0" cellpadding="0" id="threadlisttableid">
%s
</table></form></div></div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom">%s</span><span class="pgb y"><a href="forum.php">返回首页</a></span></div></div></div></div></div>
<!-- forumdisplay end -->
<div id="ft" class="wp cl">%s<div id="frt"><p>Powered by <strong><a href="https://www.discuz.test" target="_blank">Discuz!</a></strong> <em>X3.4</em></p></div></div>
<script type="text/javascript">var fid = parseInt('%d'), tid = parseInt('0'); var hotkeywords = %s;</script>''' % (
        "".join('<a href="search.php?mod=forum&amp;srchtxt=%s&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">%s</a>' % (q(w), E(w)) for w in hot),
        url, url, q("版主小知"), pager(lambda p: "forum-%d-%d.html" % (fid, p), 1, 702, cls="pg"), filt, fid, fake_token(r, 8), fid, "\n".join(bodies),
        pager(lambda p: "forum-%d-%d.html" % (fid, p), 1, 702, cls="pg"),
        icp_footer("粤", "17092281", "知产交流论坛", [("Archiver", "archiver/"), ("手机版", "forum.php?mobile=yes"), ("小黑屋", "forum.php?mod=misc&action=showdarkroom")], cls="ft-icp"), fid, J(hot))
    h = head("专利实务 -  知产交流论坛 -  Powered by Discuz!", extra='<meta name="generator" content="Discuz! X3.4" />\n<link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_forumdisplay.css?k5R" />')
    return "discuz_forumdisplay.html", url, "list", page(h, body), items

# ============================================================== Douban group discussion list
def douban_list():
    r = random.Random(802)
    url = "https://www.douban.test/group/beijingzufang/discussion?start=0&type=new"
    sticky = ["本组发帖须知：中介帖、广告帖一律删除（更新于2024.4）", "防骗指南：看房签约前必读，谨防假房东和办证广告"]
    ordinary = ["整租 | 朝阳 望京 一居室 5800 押一付三 近地铁", "合租 | 海淀 五道口 主卧 朝南 3200 限女生", "转租 | 东城 和平里 次卧 7月到期 2600", "求租 | 通州 北关 两居 预算5000",
                "个人直租 丰台 角门西 开间 3500 可短租", "【整租】昌平 回龙观 龙泽 两居室 4800 拎包入住", "找室友 | 朝阳 大望路 三居 次卧 3800", "西城 新街口 老小区 一居 6200 房东直租",
                "海淀 西二旗 附近 单间 2800 有阳台", "亦庄 荣京东街 两居 4200 精装修", "求助：押金被扣了一半该怎么办", "租房合同到期房东不退押金怎么维权",
                "分享一个看房避坑清单", "天通苑 北 主卧 独卫 2500 女生优先", "望京 西园 三区 整租 两居 7500", "急转 | 朝阳 双井 loft 5600 可月付",
                "石景山 八角 一居 4000 有电梯", "大兴 黄村 两居 3800 近4号线", "中介带看收费合理吗？", "团结湖 一居室 5500 采光好", "顺义 后沙峪 三居 整租 6000",
                "北五环 林萃路 次卧 2300", "回龙观 二居 主卧 2900 限女生", "个人 | 劲松 一居 6000 南北通透", "通州 梨园 整租 一居 3300", "求推荐靠谱的搬家公司"]
    n_norm = 33
    titles = sticky + mixed_titles(r, ordinary, n_norm)
    n = len(titles)
    names = nicks(r, n)
    names[0] = names[1] = "北京租房组长"
    items, rows = [], []
    for i, t in enumerate(titles):
        tid = 301200000 + r.randint(10**4, 10**5 * 3)
        href = "https://www.douban.test/group/topic/%d/" % tid
        items.append(item(href, t, names[i], None))
        uid = r.randint(10**7, 2 * 10**8)
        short = t if len(t) <= 24 else t[:22] + "..."
        stick = '<img src="https://img1.doubanio.test/f/group/4b95c9d2/pics/stick.gif" alt="[置顶]" class="pl" /> ' if i < 2 else ""
        shown = short
        rows.append('''<tr class="%s"><td class="title">%s<a href="%s?_i=%s" title="%s" class="">%s</a></td>
<td nowrap="nowrap"><a href="https://www.douban.test/people/%d/" class="">%s</a></td><td nowrap="nowrap" class="r-count %s">%s</td><td nowrap="nowrap" class="time">%s</td></tr>''' % (
            "pl" if i < 2 else "", stick, href, fake_token(r, 6), E(t), E(shown), uid, E(names[i]), "" if i % 4 else "hot", r.choice(["", "3", "12", "58", "201", "7", "1"]), dt(r, m0=5, m1=5, sec=False)[5:]))
    # label href carries ?_i= — make label match the href form actually in the markup
    for k, row in enumerate(rows):
        pass
    hot = ["望京", "五道口", "回龙观", "天通苑", "通州", "合租", "整租", "转租", "押一付一", "房东直租"]
    filt = filters([("品牌", ["全部", "整租", "合租", "转租", "求租"]), ("价格", ["3000以下", "3000-5000", "5000以上"]), ("发货地", ["朝阳", "海淀", "丰台", "通州", "昌平", "大兴"])],
                   lambda g, o: "https://www.douban.test/group/beijingzufang/discussion?start=0&tag=%s" % q(o), cls="group-topic-filter")
    body = '''<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.test/passport/login?source=group" class="nav-login" rel="nofollow">登录/注册</a></div><div class="global-nav-items"><ul><li><a href="https://www.douban.test">豆瓣</a></li><li><a href="https://book.douban.test">读书</a></li><li><a href="https://movie.douban.test">电影</a></li><li class="on"><a href="https://www.douban.test/group">小组</a></li></ul></div></div></div>
<div id="db-nav-group" class="nav"><div class="nav-wrap"><div class="nav-primary"><div class="nav-logo"><a href="https://www.douban.test/group">豆瓣小组</a></div><div class="nav-search"><form action="https://www.douban.test/group/search" method="get"><input name="q" size="22" maxlength="60" placeholder="小组、话题、日记、成员昵称" value=""/><input type="submit" value="搜索"/></form></div></div></div></div>
<div id="wrapper"><div id="content"><div class="group-crumb"><a href="https://www.douban.test/group/">小组</a> &gt; <a href="https://www.douban.test/group/beijingzufang/">北京租房</a> &gt; 讨论</div>
<h1>北京租房</h1>
<div class="grid-16-8 clearfix"><div class="article">
%s
<div class="group-topics-more"><a href="https://www.douban.test/group/beijingzufang/new_topic" class="bn-post"><span>发言</span></a></div>
<table class="olt"><tr class="th"><td>讨论</td><td>作者</td><td nowrap="nowrap">回应</td><td align="right">最后回应</td></tr>
%s
</table>
<div class="paginator">%s</div></div>
<div class="aside"><div class="mod"><h2>热门标签</h2><div class="tags-list">%s</div></div><div id="dale_group_discussion_right" class="ad-slot"><span class="ad-label">广告</span><a href="https://erebor.douban.test/redirect/?ad=201299" target="_blank"><img src="https://img9.doubanio.test/view/dale-online/dale_ad/public/move300.jpg" alt="搬家服务"/></a></div></div></div></div></div>
<div id="footer">%s</div>
<script>var _GROUP_ = {"id":"beijingzufang","name":"北京租房","member_count":536212}; var _TAGS_ = %s;</script>''' % (
        filt, "\n".join(rows), pager(lambda p: "https://www.douban.test/group/beijingzufang/discussion?start=%d&type=new" % ((p - 1) * 25), 1, 200, cls="paginator-inner", prev="&lt;前页", nxt="后页&gt;"),
        links(hot, lambda w: "https://www.douban.test/group/search?q=" + q(w), sep=" "),
        icp_footer("京", "11015449", "北京豆网科技有限公司", [("关于豆瓣", "https://www.douban.test/about"), ("帮助中心", "https://help.douban.test/")], cls="footer-icp"), J(hot))
    # fix label urls to be resolved href (with ?_i=)
    import re
    found = re.findall(r'<td class="title">(?:<img[^>]*> )?<a href="([^"]+)"', "\n".join(rows))
    for it, h2 in zip(items, found):
        it["url"] = join(url, html.unescape(h2))
    h = head("北京租房", extra='<link rel="stylesheet" href="https://img1.doubanio.test/f/group/9a1b2c3d/css/group/group.css"/>')
    return "douban_group_list.html", url, "list", page(h, body), items

# ============================================================== 58-like classified list
def list58():
    r = random.Random(803)
    url = "https://bj.58.test/shangbiaozhuanli/?PGTID=0d300083-0000-1c4b-1a2f-8d3e4f5a6b7c&ClickID=1"
    ordinary = ["商标注册 申请 代理 全类别 官费透明", "专利申请代理 发明 实用新型 外观设计", "版权登记 软件著作权 作品登记", "商标续展 变更 转让 一站式", "高新技术企业认定 咨询服务",
                "商标查询 近似检索 免费评估", "专利年费代缴 到期提醒", "知识产权贯标 体系认证辅导", "商标异议 驳回复审 无效宣告", "公司注册 代理记账 商标申请",
                "马德里国际商标注册", "专利检索分析报告", "条形码申请办理", "ISO9001认证咨询", "集成电路布图设计登记", "海关知识产权备案"]
    n = 30
    titles = mixed_titles(r, ordinary, n)
    seen = set()
    for k, t in enumerate(titles):
        while titles[k] in seen:
            titles[k] = t + " " + r.choice(["北京全区", "朝阳门店", "海淀中关村", "当天受理", "老牌机构", "价格实惠", "资深顾问"])
        seen.add(titles[k])
    sticky_idx = {0, 1, 4}
    items, rows = [], []
    for i, t in enumerate(titles):
        iid = 48100000000000 + r.randint(10**10, 9 * 10**10)
        href = "https://bj.58.test/shangbiaozhuanli/%dx.shtml" % iid
        comp = company(r, r.choice(["知识产权代理", "商务咨询", "企业管理咨询"])) if r.random() < 0.7 else (r.choice(SURN) + r.choice(["先生", "女士", "经理"]))
        pr = r.choice(["面议", "2000元", "800元", "300元/件", "面议", "1500元", "5000元"])
        items.append(item(href, t, comp, pr))
        prm = '<b class="pri">%s</b>%s' % ((pr, "") if pr == "面议" else (pr.split("元")[0], "元" + pr.split("元")[1]))
        tags = "".join('<span class="tag">%s</span>' % x for x in r.sample(["免费咨询", "上门服务", "可开发票", "资质齐全", "十年经验", "全国服务"], 2))
        ding = '<span class="ico ding">置顶</span>' if i in sticky_idx else ""
        rows.append('''<tr logr="p_1_%d_%d_0_sortid:%d" _pos="%d" sortid="%d" class="ac_item">
<td class="img"><a href="%s" target="_blank"><img lazy_src="//pic%d.58cdn.test/p1/small/n_v2%s.jpg" src="//img.58cdn.test/n/images/list/noimg2.gif" width="100" height="75" alt="%s"/></a></td>
<td class="t"><a href="%s" target="_blank" class="t ac_linkurl" tongji_tag="pc_fuwu_infodetail_click">%s</a>%s<span class="ico ico-shiming" title="实名认证"></span><p class="seller"><a href="https://mall.58.test/%d/?info=1" target="_blank" class="u">%s</a></p><p class="tags">%s</p></td>
<td class="tc"><span class="price">%s</span></td>
<td class="tc"><span class="address">%s</span></td><td class="tc"><span class="time">%s</span></td></tr>''' % (
            r.randint(10**7, 10**8), iid, 600000 + i, i + 1, 600000 + i, href, r.randint(1, 8), fake_token(r, 16), E(t), href, E(t), ding, r.randint(10**8, 10**9), E(comp), tags, prm,
            r.choice(["朝阳", "海淀", "丰台", "东城", "西城", "通州", "昌平", "大兴"]), r.choice(["今天", "昨天", "2天前", "05-08", "05-06"])))
        if i in (6, 19):
            rows.append('''<tr class="ac_item jingzhun" _pos="ad%d"><td class="img"><a href="https://jump.zhineng.58.test/clk?target=%s" target="_blank"><img src="//pic1.58cdn.test/ad/%d.jpg" width="100" height="75"/></a></td><td class="t"><a href="https://jump.zhineng.58.test/clk?target=%s" target="_blank" class="t">北京商标注册 5天受理 官方备案代理</a><span class="ico ico-ad">广告</span><p class="seller">精准推广</p></td><td class="tc"><span class="price"><b class="pri">面议</b></span></td><td class="tc">全北京</td><td class="tc">今天</td></tr>''' % (i, fake_token(r, 30), i, fake_token(r, 30)))
    hot = ["商标注册", "专利申请", "公司注册", "代理记账", "资质代办", "ISO认证", "高企认定", "软著登记"]
    cats = ["房产", "招聘", "二手车", "二手物品", "本地服务", "商务服务", "宠物", "教育培训", "装修建材"]
    filt = filters([("品牌", ["不限", "商标注册", "专利申请", "版权登记", "知识产权代理"]), ("价格", ["不限", "500元以下", "500-2000元", "2000元以上", "面议"]),
                    ("发货地", ["朝阳", "海淀", "丰台", "东城", "西城", "通州", "昌平", "大兴"])],
                   lambda g, o: "https://bj.58.test/shangbiaozhuanli/?key=%s" % q(o), cls="filter-wrap")
    body = '''<div id="commonTopbar" class="commonTopbar"><div class="commonTopbar_wrap"><div class="commonTopbar_left"><a href="https://bj.58.test/" class="commonTopbar_logo">58同城</a><span class="commonTopbar_city">北京<a href="https://www.58.test/changecity.html" class="changecity">[切换城市]</a></span></div>
<div class="commonTopbar_right"><a href="https://passport.58.test/login/?path=https%%3A//bj.58.test/shangbiaozhuanli/" rel="nofollow">登录</a><a href="https://passport.58.test/reg/" rel="nofollow">注册</a><a href="https://my.58.test/">我的58</a><a href="https://post.58.test/1/shangbiaozhuanli/">免费发布</a><a href="https://about.58.test/help.html">帮助</a></div></div></div>
<div class="header-wrap"><div class="header"><a href="https://bj.58.test/" class="logo"><img src="//img.58cdn.test/logo/58/252_84/logo-o.png" alt="58同城"/></a><div class="search-bar"><form action="https://bj.58.test/shangbiaozhuanli/" method="get"><input id="keyword1" name="key" class="keyword" value="" placeholder="搜索商标专利服务"/><input type="submit" class="btnall" value="搜 索"/></form><div class="hot-search">热门搜索：%s</div></div></div></div>
<div class="nav-wrap"><ul class="nav">%s</ul></div>
<div class="breadCrumb f12"><span class="crb_i"><a href="https://bj.58.test/" target="_blank">北京58同城</a></span>&gt;<span class="crb_i"><a href="https://bj.58.test/shangwu/">北京商务服务</a></span>&gt;<span class="crb_i"><a href="https://bj.58.test/shangbiaozhuanli/">北京商标专利</a></span></div>
%s
<div class="ad-top" id="ad_list_top"><span class="ad-tag">广告</span><a href="https://jump.zhineng.58.test/clk?target=banner%s" target="_blank"><img src="//pic1.58cdn.test/ad/banner960x90.jpg" alt="企业服务节"/></a></div>
<div id="infolist" class="infolist"><div class="listhead"><span class="l">共找到 <b>2,380</b> 条信息</span><span class="r"><a href="https://bj.58.test/shangbiaozhuanli/?sort=time">最新</a></span></div>
<table class="small-tbimg ac_container" id="jingzhun" cellpadding="0" cellspacing="0"><tbody>
%s
</tbody></table></div>
<div class="pager">%s</div>
<div class="bottom-links"><h3>北京商标专利热门推荐</h3>%s</div>
<div id="footer" class="footer">%s</div>
<script type="text/javascript">var ____json4fe = {"catentry":[{"dispid":"6","name":"商务服务","listname":"shangwu"},{"dispid":"15473","name":"商标专利","listname":"shangbiaozhuanli"}],"locallist":[{"dispid":"1","name":"北京","listname":"bj"}],"modules":"listpage","hotwords":%s};</script>
<!-- 58 list render: node-list-7c9d -->''' % (
        links(hot, lambda w: "https://bj.58.test/shangbiaozhuanli/?key=" + q(w), sep=" "),
        "".join('<li><a href="https://bj.58.test/%s/">%s</a></li>' % (q(c), E(c)) for c in cats), filt, fake_token(r, 20), "\n".join(rows),
        pager(lambda p: "https://bj.58.test/shangbiaozhuanli/pn%d/" % p, 1, 70, cls="pager-inner", nxt="下一页"),
        links(["朝阳商标注册", "海淀专利申请", "丰台版权登记", "东城商标代理", "西城知识产权", "通州专利代理"], lambda w: "https://bj.58.test/shangbiaozhuanli/?key=" + q(w), sep=" "),
        icp_footer("京", "090075", "58同城", [("关于58同城", "https://about.58.test/"), ("联系我们", "https://about.58.test/contact.html"), ("诚聘英才", "https://zp.58.test/")], cls="footer-icp"), J(hot))
    h = head("【北京商标专利_北京知识产权代理】-北京58同城", extra='<meta name="keywords" content="北京商标专利,北京商标注册,北京专利申请"/>\n<link rel="stylesheet" href="//c.58cdn.test/ui7/list/css/list_v20240301.css"/>')
    return "58_classified_list.html", url, "list", page(h, body), items

ALL = [discuz_forum, douban_list, list58]
