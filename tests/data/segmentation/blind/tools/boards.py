# -*- coding: utf-8 -*-
from urllib.parse import quote
from common import *

LIFE_T = ["[求助] {p}附近哪里有靠谱的{s}？", "{p}新开了一家{s}，周末去试了一下", "有没有人知道{p}的{s}几点关门", "[分享] 在{p}找{s}的一点经验", "{p}的{s}涨价了，大家怎么看",
          "[吐槽] {p}那家{s}服务态度太差了", "求推荐{p}一带性价比高的{s}", "[二手] 出一个闲置的{s}，{p}自提", "{p}周边{s}汇总（持续更新）", "请问{p}的{s}需要预约吗"]
LIFE_P = ["城东", "老城区", "高新区", "火车站", "大学城", "万达广场", "人民公园", "滨江", "开发区", "北门"]
LIFE_S = ["牙科诊所", "修车店", "驾校", "健身房", "宠物医院", "装修公司", "菜市场", "早教中心", "理发店", "家政公司", "羽毛球馆", "打印店"]

GAME_T = ["[讨论] {a}这个改动大家怎么看", "[攻略] {a}零氪开荒路线整理", "{a}的新活动奖励值得肝吗", "[水] 今天{a}又歪了，心态崩了", "[求助] {a}卡关了，求大佬配队", "[情报] {a}下版本前瞻汇总",
          "萌新问一下{a}有没有必要练", "[同人] 画了一张{a}，求轻喷", "[吐槽] {a}的优化什么时候能改好", "[心得] {a}满命体验报告"]
GAME_A = ["深渊12层", "新角色", "主线剧情", "联机模式", "武器池", "圣遗物副本", "周本", "限时活动", "新地图", "PVP天梯", "公会战", "抽卡保底"]

PAT_T = ["发明专利审查意见答复，这样写可以吗", "实用新型专利被驳回了怎么办", "求问外观专利和实用新型能同时申请吗", "自己写专利申请文件可行吗", "专利年费忘交了还能恢复吗",
         "公司想给产品申请专利，找代理大概多少钱", "专利检索用什么数据库比较好", "PCT国际申请的流程分享", "专利被人侵权了，怎么收集证据", "代理师考试第二次才过，分享下经验",
         "商标被抢注了，还能要回来吗", "高企认定对专利数量有要求吗", "专利授权后多久能拿到证书", "软著和专利的区别是什么", "职务发明的奖励有规定吗"]


def board_titles(rng, templates, fills, n):
    seen, out = set(), []
    while len(out) < n:
        t = rng.choice(templates)
        t = t.format(**{k: rng.choice(v) for k, v in fills.items()})
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def mix_spam(rng, titles, ratio=0.2):
    pos = pick_spam_positions(rng, len(titles), ratio)
    pool = ILLEGAL_IP[:]
    rng.shuffle(pool)
    return [(pool.pop() if i in pos else t, i in pos) for i, t in enumerate(titles)]


def bitem(url, title, author, ip):
    return dict(url=url, title=title, seller=author, price=None, floor=None, ip_solicit=ip)


# ------------------------------------------------------------------ board 1: Discuz forumdisplay
def board_01():
    rng = make_rng(3101)
    page = "https://bbs.example-city.test/forum-45-1.html"
    n_stick, n = 3, 32
    titles = board_titles(rng, LIFE_T, {"p": LIFE_P, "s": LIFE_S}, n)
    rows = mix_spam(rng, titles)
    rows[0] = ("【版规】本版发帖须知及违规处理办法（2026修订）", False)
    rows[1] = ("【公告】严禁发布代办证件、刻章等违法广告，违者封号", False)
    rows[2] = ("【活动】晒晒你家附近的宝藏小店，送50元话费", False)
    tids = [880000 + rng.randint(0, 9999) for _ in range(n)]
    items, bodies = [], []
    for i, (t, ip) in enumerate(rows):
        tid = tids[i]
        uid = rng.randint(10000, 999999)
        au = nick(rng) if i >= n_stick else "版主小城"
        last = nick(rng)
        rep, views = rng.randint(0, 300), rng.randint(50, 30000)
        kind = "stickthread" if i < n_stick else "normalthread"
        href = f"thread-{tid}-1-1.html"
        newflag = '<a href="forum.php?mod=redirect&amp;tid=%d&amp;goto=lastpost#lastpost" class="xi1">New</a>' % tid if rng.random() < 0.2 else ""
        pages_ = f'<span class="tps">&nbsp;...<a href="thread-{tid}-2-1.html">2</a><a href="thread-{tid}-3-1.html">3</a></span>' if rep > 150 else ""
        bodies.append(f"""
<tbody id="{kind}_{tid}">
<tr>
<td class="icn"><a href="{href}" title="{'全局置顶主题' if i < n_stick else '有新回复 - 新窗口打开'}" target="_blank"><img src="static/image/common/{'pin_3' if i < n_stick else 'folder_new'}.gif"></a></td>
<th class="{'common' if i >= n_stick else 'new'}">
<a href="javascript:;" id="content_{tid}" class="showcontent y" title="更多操作" onclick="CONTENT_TID='{tid}';CONTENT_ID='{kind}_{tid}';showMenu({{'ctrlid':this.id,'menuid':'content_menu'}})"></a>
<em>[<a href="forum.php?mod=forumdisplay&amp;fid=45&amp;filter=typeid&amp;typeid={rng.randint(1, 9)}">{rng.choice(['美食', '求助', '分享', '吐槽', '二手'])}</a>]</em> <a href="{href}" onclick="atarget(this)" class="s xst">{E(t)}</a>
{newflag}{pages_}
</th>
<td class="by"><cite><a href="space-uid-{uid}.html" c="1">{E(au)}</a></cite><em><span{' class="xi1"' if i % 5 == 0 else ''}>2026-{10 + i % 2}-{1 + i % 27:02d}</span></em></td>
<td class="num"><a href="{href}" class="xi2">{rep}</a><em>{views}</em></td>
<td class="by"><cite><a href="space-username-{quote(last)}.html" c="1">{E(last)}</a></cite><em><a href="forum.php?mod=redirect&amp;tid={tid}&amp;goto=lastpost#lastpost">2026-11-0{1 + i % 5} {10 + i % 12}:{(i * 7) % 60:02d}</a></em></td>
</tr>
</tbody>""")
        if i == n_stick - 1:
            bodies.append('\n<tbody id="separatorline"><tr class="ts"><td>&nbsp;</td><th><a href="javascript:;" onclick="checkForumnew_btn(\'45\')" title="查看更新" class="forumrefresh">版块主题</a></th><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></tbody>')
        items.append(bitem(absu(page, href), t, au, ip))
    hot = ["招聘", "二手房", "租房", "美食", "装修", "相亲", "宠物", "亲子", "车友会", "教育", "本地新闻", "便民信息", "拼车", "健身", "旅游", "摄影"]
    body = head("美食天地 - 城市生活论坛 - Powered by Discuz!", "dzf", extra_head='<meta name="generator" content="Discuz! X3.5">') + f"""<body id="nv_forum" class="pg_forumdisplay">
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./">城市生活论坛</a><a href="forum.php?mod=guide">导读</a><a href="home.php">家园</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> <a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><div id="nv"><ul>{''.join(f'<li><a href="{h}">{t}</a></li>' for t, h in [('门户', 'portal.php'), ('论坛', 'forum.php'), ('分类信息', 'category.php'), ('群组', 'group.php')])}</ul></div>
<div id="scbar">{hotcloud("scbar_hot", "热搜", hot, "search.php?mod=forum&srchtxt={q}&searchsubmit=true&source=hotsearch")}</div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">城市生活论坛</a> <em>&raquo;</em> <a href="forum.php">论坛</a> <em>&raquo;</em> <a href="forum.php?gid=1">生活</a> <em>&raquo;</em> <a href="forum-45-1.html">美食天地</a></div></div>
<div class="boardnav"><div id="ct" class="wp cl">
<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-45-1.html">美食天地</a> <span class="xs1 xw0 i">今日: <strong class="xi1">{rng.randint(10, 300)}</strong><span class="pipe">|</span>主题: <strong class="xi1">{rng.randint(10000, 90000)}</strong></span></h1></div><div class="bm_c cl pbn"><div>版主: <span class="xi2"><a href="space-username-%E7%89%88%E4%B8%BB%E5%B0%8F%E5%9F%8E.html" class="notabs">版主小城</a></span></div></div></div>
<ul id="thread_types" class="ttp bm cl"><li id="ttp_all" class="xw1 a"><a href="forum-45-1.html">全部</a></li>{''.join(f'<li><a href="forum.php?mod=forumdisplay&amp;fid=45&amp;filter=typeid&amp;typeid={k}">{t}</a></li>' for k, t in enumerate(['美食', '求助', '分享', '吐槽', '二手'], 1))}</ul>
{adslot("a_t wp", rng)}
<div id="pgt" class="bm bw0 pgs cl"><span id="fd_page_top"><div class="pg"><strong>1</strong><a href="forum-45-2.html">2</a><a href="forum-45-3.html">3</a><a href="forum-45-4.html">4</a><a href="forum-45-5.html">5</a><a href="forum-45-200.html" class="last">... 200</a><a href="forum-45-2.html" class="nxt">下一页</a></div></span><a href="javascript:;" id="newspecial" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖"></a></div>
<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf"><a href="javascript:;" class="showmenu xi2">全部主题</a><a href="forum.php?mod=forumdisplay&amp;fid=45&amp;filter=lastpost&amp;orderby=lastpost" class="xi2">最新</a><a href="forum.php?mod=forumdisplay&amp;fid=45&amp;filter=heat&amp;orderby=heats" class="xi2">热门</a></div></th><td class="by">作者</td><td class="num">回复/查看</td><td class="by">最后发表</td></tr></table></div>
<div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid=45&amp;infloat=yes&amp;nopost=yes">
<table summary="forum_45" cellspacing="0" cellpadding="0" id="threadlisttableid">{''.join(bodies)}
</table></form></div></div>
<div class="bm bw0 pgs cl"><span id="fd_page_bottom"><div class="pg"><strong>1</strong><a href="forum-45-2.html">2</a><a href="forum-45-3.html">3</a><a href="forum-45-2.html" class="nxt">下一页</a></div></span><span class="pgb y"><a href="forum.php">返&nbsp;回</a></span></div>
</div></div></div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><strong><a href="./">城市生活论坛</a></strong> ( <a href="https://beian.miit-registry.test/" target="_blank">苏ICP备20260007号-1</a> )</p></div></div>
<script type="text/javascript">var fid = parseInt('45');</script>
{tailscripts("dzf", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ board 2: Tieba frs-like
def board_02():
    rng = make_rng(3202)
    page = "https://tieba.example-bar.test/f?kw=%E4%B8%93%E5%88%A9&ie=utf-8"
    n = 25
    titles = board_titles(rng, PAT_T + [t + "？" for t in ["有人了解{a}吗", "{a}靠谱吗", "关于{a}的疑问", "{a}一般要多久", "新手怎么入门{a}", "{a}的费用怎么算", "小公司有必要做{a}吗", "{a}找律所还是代理所"]], {"a": ["专利代理", "专利无效", "专利许可", "专利质押", "专利分析", "专利布局"]}, n)
    rows = mix_spam(rng, titles, 0.2)
    items, lis = [], []
    for i, (t, ip) in enumerate(rows):
        tid = 9000000000 + rng.randint(0, 99999999)
        un = uname(rng)
        au = nick(rng)
        rep = rng.randint(0, 500)
        last = nick(rng)
        lun = uname(rng)
        df = json.dumps({"id": tid, "author_name": un, "author_nickname": au, "reply_num": rep, "is_top": i < 2}, ensure_ascii=False)
        top = '<i class="icon-top" title="置顶"></i>' if i < 2 else ""
        abstract = E((rng.choice(ILLEGAL_IP) if ip else rng.choice(GENERIC_REPLIES + ["如题，有没有懂行的朋友帮忙看看", "具体情况是这样的，去年提交的申请，今年收到通知"]))[:40])
        href = f"/p/{tid}"
        lis.append(f"""
<li class=" j_thread_list clearfix thread_item_box" data-field='{E(df)}'>
  <div class="t_con cleafix">
    <div class="col2_left j_threadlist_li_left"><span class="threadlist_rep_num center_text" title="回复">{rep}</span></div>
    <div class="col2_right j_threadlist_li_right ">
      <div class="threadlist_lz clearfix">
        <div class="threadlist_title pull_left j_th_tit ">{top}<a rel="noreferrer" href="{href}" title="{E(t)}" target="_blank" class="j_th_tit ">{E(t)}</a></div>
        <div class="threadlist_author pull_right"><span class="tb_icon_author " title="主题作者: {E(au)}"><i class="icon_author"></i><span class="frs-author-name-wrap"><a rel="noreferrer" data-field='{{"un":"{un}","id":"tb.1.{rng.randint(10**7, 10**8):x}"}}' class="frs-author-name j_user_card " href="/home/main/?un={un}&amp;ie=utf-8&amp;fr=frs" target="_blank">{E(au)}</a></span></span><span class="pull-right is_show_create_time" title="创建时间">{rng.randint(1, 12)}-{rng.randint(1, 28)}</span></div>
      </div>
      <div class="threadlist_detail clearfix">
        <div class="threadlist_text pull_left"><div class="threadlist_abs threadlist_abs_onlyline ">{abstract}</div></div>
        <div class="threadlist_author pull_right"><span class="tb_icon_author_rely j_replyer" title="最后回复人: {E(last)}"><i class="icon_replyer"></i><a rel="noreferrer" data-field='{{"un":"{lun}"}}' class="frs-author-name j_user_card " href="/home/main/?un={lun}&amp;ie=utf-8&amp;fr=frs" target="_blank">{E(last)}</a></span><span class="threadlist_reply_date pull_right j_reply_data" title="最后回复时间">{rng.randint(0, 23)}:{rng.randint(0, 59):02d}</span></div>
      </div>
    </div>
  </div>
</li>""")
        items.append(bitem(absu(page, href), t, au, ip))
        if i == 9:
            lis.append(f'\n<li class="clearfix j_thread_list_ad" data-daid="{rng.randint(10**5, 10**6)}"><div class="t_con"><a href="//ad.adnet-cdn.test/click?c=frs1" target="_blank" class="ad-title">企业知识产权管理系统 免费试用</a><span class="label_text">广告</span></div></li>')
    hot = ["专利", "商标", "知识产权", "专利代理", "律师", "法律", "发明", "创业", "高新技术企业", "软件著作权", "专利代理师", "版权"]
    body = head("专利吧-百度贴吧--专利交流与讨论", "frs") + f"""<body>
{topnav("u_menu_top", "bar", [("首页", "//www.example-bar.test/"), ("贴吧", "//tieba.example-bar.test/"), ("知道", "//zhidao.search-engine.test/"), ("文库", "//wenku.search-engine.test/")])}
<div class="head_inner"><div class="search_main_wrap"><form class="search_form" action="/f"><input class="search_ipt" name="kw" value="专利"><a class="search_btn j_search_post">进入贴吧</a></form></div>
<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname" href="/f?kw=%E4%B8%93%E5%88%A9&amp;ie=utf-8">专利吧</a><span class="card_menNum">关注：88,321</span><span class="card_infoNum">贴子：1,203,811</span></div><p class="card_slogan">专利交流与讨论，禁止发布代办广告</p></div></div>
<div id="content_wrap"><div class="content">
 <div id="content_leftList" class="content_leftList clearfix">
  <ul class="nav_list j_nav_list"><li class="focus"><a href="/f?kw=%E4%B8%93%E5%88%A9">看贴</a></li><li><a href="/f?kw=%E4%B8%93%E5%88%A9&amp;tab=good">精品</a></li><li><a href="/f?kw=%E4%B8%93%E5%88%A9&amp;tab=video">视频</a></li></ul>
  <div id="pagelet_frs-list/pagelet/thread_list" class="pagelet_thread_list"><ul id="thread_list" class="threadlist_bright j_threadlist_bright">{''.join(lis)}
  </ul>
  <div id="frs_list_pager" class="pagination-default clearfix"><span class="pagination-current pagination-item ">1</span>{''.join(f'<a href="//tieba.example-bar.test/f?kw=%E4%B8%93%E5%88%A9&amp;ie=utf-8&amp;pn={50 * k}" class=" pagination-item ">{k + 1}</a>' for k in range(1, 10))}<a href="//tieba.example-bar.test/f?kw=%E4%B8%93%E5%88%A9&amp;ie=utf-8&amp;pn=50" class="next pagination-item ">下一页&gt;</a><a href="//tieba.example-bar.test/f?kw=%E4%B8%93%E5%88%A9&amp;ie=utf-8&amp;pn=24050" class="last pagination-item ">尾页</a></div></div>
 </div>
 <div class="aside"><div class="region_bright">{hotcloud("topic_list", "贴吧热议", hot, "/f?kw={q}&ie=utf-8")}</div>{adslot("aside-ad", rng, kind="script")}</div>
</div></div>
{footer("footer", "example-bar.test", "京ICP证030173号", "11000002000001")}
<script>PageData.forum={{"id":5512,"name":"专利","first_class":"生活家","second_class":"法律"}};</script>
{tailscripts("frs", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ board 3: NGA-like topic table / modern
def board_03():
    rng = make_rng(3303)
    page = "https://bbs.ngalike.test/thread.php?fid=650&page=1"
    n = 24
    titles = board_titles(rng, GAME_T, {"a": GAME_A}, n)
    rows = mix_spam(rng, titles, 0.17)
    items, trs = [], []
    for i, (t, ip) in enumerate(rows):
        tid = 41000000 + rng.randint(0, 999999)
        uid = rng.randint(100000, 60000000)
        au = nick(rng)
        rep = rng.randint(0, 2000)
        last = nick(rng)
        href = f"/read.php?tid={tid}"
        color = ' style="color:#A00"' if i % 9 == 0 else ""
        trs.append(f"""
<tr class="topicrow row{1 + i % 2}">
  <td class="c1"><a id="t_rc1_{i}" title="打开新窗口" href="{href}" class="replies" target="_blank">{rep}</a></td>
  <td class="c2"><a href="{href}" id="t_tt1_{i}" class="topic"{color}>{E(t)}</a>{' <span class="silver">[+' + str(rng.randint(1, 30)) + ']</span>' if rep > 800 else ''}</td>
  <td class="c3"><a href="/nuke.php?func=ucp&amp;uid={uid}" id="t_pt1_{i}" title="{E(au)}" class="author">{E(au)}</a><span class="silver postdate" title="{rng.randint(1.7e9, 1.8e9)}">{rng.randint(1, 11)}-{rng.randint(1, 28):02d}</span></td>
  <td class="c4"><a href="/read.php?tid={tid}&amp;page=e#a" title="到最后一页" class="replydate">{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}</a><span class="replyer">{E(last)}</span></td>
</tr>""")
        items.append(bitem(absu(page, href), t, au, ip))
    hot = ["版本攻略", "抽卡记录", "配队", "深渊", "活动", "同人", "吐槽", "新角色", "剧情", "数据库", "水区", "交易区", "晒卡", "攻略合集"]
    body = head("某开放世界游戏 NGA玩家社区", "ngaf") + f"""<body>
<div id="mainmenu" class="catenew"><div class="stdbtn"><a href="/">首页</a><a href="/thread.php?fid=-7">游戏综合</a><a href="/nuke.php?func=message">短消息</a></div>
{hotcloud("hotsearch_nga", "热门搜索", hot, "/thread.php?fid=650&key={q}")}</div>
<div id="m_nav" class="nav_root">{breadcrumb("bbsinfo", [("NGA玩家社区", "/"), ("游戏综合", "/thread.php?fid=-7"), ("某开放世界游戏", None)], wrap="nav")}</div>
<div id="toptopics" class="module_wrap"><div class="forumbox"><div class="title">版头公告</div><div class="c">
  <a href="/read.php?tid=40000001">[公告] 本版版规（必读）</a> · <a href="/read.php?tid=40000002">[专楼] 新版本问题反馈集中楼</a> · <a href="/read.php?tid=40000003">[专楼] 抽卡记录晒图专楼</a>
</div></div></div>
<div id="m_fopts" class="module_wrap"><div class="stdbtn"><a href="/thread.php?fid=650&amp;recommend=1">精华区</a><a href="/thread.php?fid=650&amp;order_by=postdatedesc">按发布时间</a><a href="/post.php?fid=650">发帖</a></div></div>
{adslot("adsc nga-ad", rng)}
<div id="m_threads" class="module_wrap"><div class="w100"><div class="forumbox topicbox"><h2 class="catetitle">某开放世界游戏</h2>
<table class="forumbox" cellspacing="1px" id="topicrows">
<thead><tr class="topicrowhead"><td class="c1">回复</td><td class="c2">主题</td><td class="c3">作者</td><td class="c4">最后回复</td></tr></thead>
<tbody>{''.join(trs)}
</tbody></table></div></div></div>
<div id="m_pbtnbtm" class="module_wrap"><span class="pager"><a class="invert" href="/thread.php?fid=650&amp;page=1">1</a><a href="/thread.php?fid=650&amp;page=2">2</a><a href="/thread.php?fid=650&amp;page=3">3</a><a href="/thread.php?fid=650&amp;page=2">下一页</a></span></div>
{footer("footer nga-foot", "ngalike.test", "沪ICP备20260008号-1", "31010402000333")}
{tailscripts("ngaf", rng)}
</body></html>"""
    return page, body, "list", items


BOARDS = [("board_01", board_01), ("board_02", board_02), ("board_03", board_03)]
