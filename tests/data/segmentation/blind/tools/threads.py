# -*- coding: utf-8 -*-
from urllib.parse import quote
from common import *

TOPICS = {
    "ebike": dict(title="2026年买电动车，雅迪和爱玛到底选哪个？", op=["新国标出来之后一直在纠结，预算三千左右，主要是上下班通勤，单程12公里。", "雅迪的冠能和爱玛的那款新出的都看了，续航标的都差不多，实际不知道怎么样。", "有用过的吧友说说真实体验吗？"],
                  replies=["我骑雅迪两年了，电池还行，冬天续航打七折", "爱玛外观好看点，雅迪售后网点多，看你家附近哪个店多", "三千预算可以考虑台铃，性价比高", "单程12公里的话48V的就够了，别被忽悠上72V", "建议买锂电的，轻很多，就是贵点", "上个月刚提了爱玛，目前没毛病，就是座垫有点硬", "一定要问清楚是不是石墨烯电池，很多店拿普通铅酸冒充", "小区能充电吗？不能的话锂电可拆卸更方便", "别信什么续航120公里，能跑一半就不错了"]),
    "noodle": dict(title="小区楼下新开的那家牛肉面馆，有人吃过吗", op=["就是西门出去左转那家，门头写着兰州牛肉拉面的。", "昨天路过看排队挺多人，不知道味道怎么样，价格好像是18一碗。"], replies=["吃过了，汤还可以，面有点软", "18块加一份肉才够吃，有点小贵", "老板人挺好的，还送了一个卤蛋", "比之前那家麻辣烫强多了", "中午去人太多，建议一点半以后", "辣子很香，推荐加辣", "我觉得一般，还是原来菜市场那家正宗", "周末带娃去吃了，孩子很喜欢"]),
    "game": dict(title="[心得] 新版本开荒一周，聊聊配队和资源规划", op=["版本更新一周，深渊12层满星了，整理一下自己的配队思路。", "核心是别乱抽，新角色强度没宣传的那么夸张，老队伍稍微调整一下完全够用。", "资源方面建议优先升级武器，圣遗物毕业太难了，凑合两件套就行。"], replies=["支持，楼主的配队思路跟我差不多", "新角色确实一般，不过颜值高啊", "圣遗物刷到吐，一周了还没出个双暴头", "请问没有四星辅助的话怎么替代？", "资源规划这段很有用，萌新收藏了", "我反而觉得新角色很强，主要看你的练度", "这版本活动奖励给得挺多的", "开荒用火队比较稳，冰队对练度要求高"]),
    "rent": dict(title="租房避坑指南 | 遇到二房东的一些套路", op=["在这个城市租房五年，换了四次房子，踩过的坑分享给大家。", "第一，一定要看房东本人的房产证和身份证，对不上的就是二房东。", "第二，押一付三的别一次交半年，跑路了钱就没了。", "第三，合同里水电燃气的单价写清楚，有的二房东电费收1块5一度。"], replies=["太真实了，我就被二房东坑过押金", "电费那条说得对，我现在交1块2", "还有网费也要问清楚，有的强制捆绑", "建议走正规中介，贵点但省心", "楼主说的都对，尤其是看房产证", "我现在住的是长租公寓，也有很多坑", "有没有靠谱的租房平台推荐", "合同最好拍照留底，退租的时候有用"]),
    "match": dict(title="今晚比赛讨论帖：第四节这个判罚你们怎么看", op=["最后两分钟那个走步没吹，直接改变了比赛走势。", "不是黑谁，回放看得很清楚，裁判这个水平真的需要反思。"], replies=["确实走步了，不过前面也漏了几个", "主队整场打得就一般，别怪裁判", "替补表现太差了，三分十投一中", "最后那个暂停叫得莫名其妙", "说实话这种比赛看得血压高", "明天还有背靠背，希望别伤了", "亮了，楼主说的就是我想说的", "裁判报告出来就知道了"]),
    "patent": dict(title="大家公司申请专利都是找代理机构吗？怎么判断靠不靠谱", op=["创业公司，做智能硬件的，想给几个结构设计申请实用新型。", "网上搜了一下，报价从几百到几千都有，还有说包授权的，感觉不太对劲。", "想问问大家一般怎么选代理机构？需要看哪些资质？"], replies=["先去知识产权局网站查机构备案和代理师执业信息", "说包授权的一律别信，授权是审查员决定的，谁也包不了", "几百块的一般是代理费超低然后靠量，撰写质量没保证", "我们公司找的是律所下面的代理所，贵点但写得认真", "技术交底书自己要写清楚，代理师再好也得靠你提供材料", "可以先做个检索，看看现有技术，别白花钱", "实用新型不做实质审查，但写得差后面维权很难", "有些地方有专利资助政策，可以问问当地知识产权部门"]),
}


def build_posts(rng, topic, n, spam_ratio=0.2):
    T = TOPICS[topic]
    spam = pick_spam_positions(rng, n - 1, spam_ratio)
    spam = {s + 1 for s in spam}
    pool = T["replies"][:] + rng.sample(GENERIC_REPLIES, min(len(GENERIC_REPLIES), n))
    rng.shuffle(pool)
    spam_pool = SPAM_REPLIES[:]
    rng.shuffle(spam_pool)
    posts = []
    used_names = []
    for i in range(n):
        if i == 0:
            lines = T["op"]
            ip = False
        elif i in spam:
            lines = [spam_pool.pop()]
            if rng.random() < 0.5:
                lines.append(rng.choice(["详情私信，长期有效。", "加V：zl" + str(rng.randint(1000, 9999)) + "（备注来意）", "同行勿扰。", "价格美丽，量大更优。"]))
            ip = True
        else:
            t = pool.pop()
            lines = [t]
            if rng.random() < 0.3:
                lines.append(rng.choice(GENERIC_REPLIES))
            ip = False
        # repeat posters sometimes
        if used_names and rng.random() < 0.15 and not ip:
            nm, un = rng.choice(used_names)
        else:
            nm, un = nick(rng), uname(rng)
            used_names.append((nm, un))
        posts.append(dict(lines=lines, name=nm, un=un, ip=ip, img=(rng.random() < 0.2 and not ip)))
    return T["title"], posts


def times(rng, n, absolute=True, start=(2026, 11, 3, 9, 5)):
    y, mo, d, h, mi = start
    out = []
    tot = h * 60 + mi
    for i in range(n):
        tot += rng.randint(1, 90)
        dd = d + tot // (24 * 60)
        t = tot % (24 * 60)
        out.append(f"{y}-{mo:02d}-{dd:02d} {t // 60:02d}:{t % 60:02d}")
    return out


def body_html(lines, sep="<br>", img=None):
    s = sep.join(E(l) for l in lines)
    if img:
        s += sep + img
    return s


def post_item(url, p, floor):
    return dict(url=url, title=" ".join(p["lines"]), seller=p["name"], price=None, floor=floor, ip_solicit=p["ip"])


# ------------------------------------------------------------------ thread 1: Tieba-like
def thread_01():
    rng = make_rng(1101)
    tid = 9123456789
    page = f"https://tieba.example-bar.test/p/{tid}"
    n = 18
    title, posts = build_posts(rng, "ebike", n)
    ts = times(rng, n)
    blocks, items = [], []
    floors = list(range(1, n + 1))
    for i, p in enumerate(posts):
        pid = 150000000000 + rng.randint(0, 10**9)
        fl = floors[i]
        img = f'<img class="BDE_Image" src="https://imgsa.example-bar.test/forum/w%3D580/sign=ab{pid}/{pid}.jpg" size="{rng.randint(20000, 90000)}" width="560" height="420">' if p["img"] else None
        lzl = ""
        if i in (1, 4) and not p["ip"]:
            subs = "".join(f'<li class="lzl_single_post j_lzl_s_p" data-field=\'{{"spid":{pid + k}}}\'><a class="j_user_card lzl_p_p" href="/home/main?un={nick(rng)}">头像</a><div class="lzl_cnt"><a class="at j_user_card" href="/home/main?un={uname(rng)}">{E(nick(rng))}</a>:<span class="lzl_content_main">{E(rng.choice(GENERIC_REPLIES))}</span><div class="lzl_content_reply"><span class="lzl_time">2026-11-0{3 + k} 2{k}:1{k}</span><a class="lzl_s_r">回复</a></div></div></li>' for k in range(2))
            lzl = f'<div class="j_lzl_container core_reply_wrapper"><div class="core_reply_content"><ul class="j_lzl_m_w">{subs}</ul><div class="lzl_li_pager j_lzl_l_p"><a class="lzl_link_unfold">我也说一句</a></div></div></div>'
        df = json.dumps({"author": {"user_id": rng.randint(10**6, 10**9), "user_name": p["un"], "props": None}, "content": {"post_id": pid, "is_anonym": False, "forum_id": 52341, "thread_id": tid, "post_no": fl, "type": "0", "comment_num": 2 if lzl else 0}}, ensure_ascii=False)
        blocks.append(f"""
<div class="l_post j_l_post l_post_bright{' noborder' if i == 0 else ''}" data-field='{E(df)}'>
  <div class="d_author">
    <ul class="p_author">
      <li class="icon"><div class="icon_relative j_user_card"><a class="p_author_face" href="/home/main?un={quote(p['un'])}&amp;ie=utf-8&amp;fr=pb" target="_blank"><img username="{E(p['un'])}" src="https://gss0.example-bar.test/sys/portrait/item/{pid}"></a></div></li>
      <li class="d_name" data-field='{{"user_id":{rng.randint(10**6, 10**9)}}}'><a alog-group="p_author" class="p_author_name j_user_card" href="/home/main?un={quote(p['un'])}&amp;ie=utf-8&amp;fr=pb" target="_blank">{E(p['name'])}</a></li>
      <li class="l_badge"><div class="p_badge"><a href="/f/like/level?kw=%E7%94%B5%E5%8A%A8%E8%BD%A6" class="user_badge d_badge_bright" title="本吧头衔{rng.randint(1, 15)}级"><div class="d_badge_title">{rng.choice(['初级粉丝', '铁杆吧友', '知名人士', '骨干吧友'])}</div><div class="d_badge_lv">{rng.randint(1, 15)}</div></a></div></li>
    </ul>
  </div>
  <div class="d_post_content_main{' d_post_content_firstfloor' if i == 0 else ''}">
    <div class="p_content">
      <cc><div id="post_content_{pid}" class="d_post_content j_d_post_content" style="display:;">            {body_html(p['lines'], '<br>', img)}</div><br></cc>
    </div>
    <div class="core_reply j_lzl_wrapper">
      <div class="core_reply_tail clearfix">
        <div class="post-tail-wrap"><span class="tail-info">来自{rng.choice(['Android客户端', 'iPhone客户端', '网页版'])}</span><span class="tail-info">{fl}楼</span><span class="tail-info">{ts[i]}</span></div>
        <ul class="p_reply"><li><a class="lzl_link_unfold" href="#">回复{'(2)' if lzl else ''}</a></li></ul>
      </div>
      {lzl}
    </div>
  </div>
</div>""")
        items.append(post_item(page, p, fl))
        if i == 6:
            blocks.append(f"""
<div class="l_post l_post_bright clearfix" data-daid="{rng.randint(10**5, 10**6)}" ad-dom-img="true" style="position:relative">
  <div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name" href="//ad.adnet-cdn.test/click?c=tb1">电动车品牌特卖</a></li></ul></div>
  <div class="d_post_content_main"><div class="p_content"><a href="//ad.adnet-cdn.test/click?c=tb1" class="j_click_stats"><img src="//img.adnet-cdn.test/tb_ad_1.jpg" width="560"></a></div><span class="label_text" style="position:absolute;right:0;bottom:0">广告</span></div>
</div>""")
    hot = ["雅迪", "爱玛", "九号电动车", "台铃", "小牛电动", "新国标", "锂电池", "电动车上牌", "电动车改装", "绿源", "新日", "电动车保险"]
    body = head(f"{title}_电动车吧_百度贴吧", "tieba") + f"""<body>
{topnav("u_menu_top", "bar", [("首页", "//www.example-bar.test/"), ("网页", "//www.search-engine.test/"), ("新闻", "//news.search-engine.test/"), ("贴吧", "//tieba.example-bar.test/"), ("知道", "//zhidao.search-engine.test/"), ("图片", "//image.search-engine.test/"), ("更多", "//www.search-engine.test/more/")], tag="div")}
<div id="head" class="search_main_wrap"><div class="search_top"><a class="search_logo" href="/"></a><form class="search_form" action="/f"><input class="search_ipt" name="kw" value="电动车"><a class="j_search_post search_btn">进入贴吧</a><a class="j_search_all">全吧搜索</a></form></div></div>
<div class="card_top_wrap clearfix"><div class="card_title"><a class="card_title_fname" href="/f?kw=%E7%94%B5%E5%8A%A8%E8%BD%A6&amp;ie=utf-8">电动车吧</a><span class="card_num"><span class="card_menNum">关注：1,024,311</span><span class="card_infoNum">贴子：38,772,019</span></span></div></div>
<ul class="nav_list j_nav_list"><li><a href="/f?kw=%E7%94%B5%E5%8A%A8%E8%BD%A6">看贴</a></li><li><a href="/f?kw=%E7%94%B5%E5%8A%A8%E8%BD%A6&amp;tab=album">图片</a></li><li><a href="/f?kw=%E7%94%B5%E5%8A%A8%E8%BD%A6&amp;tab=good">精品</a></li><li><a href="/f?kw=%E7%94%B5%E5%8A%A8%E8%BD%A6&amp;tab=video">视频</a></li></ul>
<div class="left_section">
 <div class="core_title_wrap_bright clearfix"><h3 class="core_title_txt pull-left text-overflow" title="{E(title)}" style="width:396px">{E(title)}</h3>
  <ul class="core_title_btns pull-right"><li><a id="lzonly_cntn" href="/p/{tid}?see_lz=1">只看楼主</a></li><li><a href="#">收藏</a></li><li><a href="#">回复</a></li></ul></div>
 <div class="p_thread thread_theme_5"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager"><span class="tP">1</span><a href="/p/{tid}?pn=2">2</a><a href="/p/{tid}?pn=3">3</a><a href="/p/{tid}?pn=2">下一页</a><a href="/p/{tid}?pn=3">尾页</a></li><li class="l_reply_num"><span class="red">{n * 3 - 4}</span>回复贴，共<span class="red">3</span>页</li></ul></div></div>
 <div class="p_postlist" id="j_p_postlist">{''.join(blocks)}
 </div>
 <div class="p_thread thread_theme_7"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager"><span class="tP">1</span><a href="/p/{tid}?pn=2">2</a><a href="/p/{tid}?pn=3">3</a><a href="/p/{tid}?pn=2">下一页</a><a href="/p/{tid}?pn=3">尾页</a></li></ul></div></div>
</div>
<div class="right_section">
 {hotcloud("topic_list_box", "贴吧热议榜", hot, "/f?kw={q}&ie=utf-8")}
 {adslot("tb-right-ad", rng, kind="script")}
</div>
{footer("footer", "example-bar.test", "京ICP证030173号", "11000002000001")}
<script>PageData.thread={{"thread_id":{tid},"title":{json.dumps(title, ensure_ascii=False)},"reply_num":{n * 3 - 4}}};</script>
{tailscripts("tieba", rng)}
</body></html>"""
    return page, body, "thread", items


# ------------------------------------------------------------------ thread 2: Discuz-like
def thread_02():
    rng = make_rng(1202)
    tid = 884213
    page = f"https://bbs.example-city.test/thread-{tid}-1-1.html"
    n = 14
    title, posts = build_posts(rng, "noodle", n)
    ts = times(rng, n)
    names = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}
    blocks, items = [], []
    for i, p in enumerate(posts):
        fl = i + 1
        pid = 31200000 + rng.randint(0, 999999)
        uid = rng.randint(10000, 999999)
        label = f"<em>{names[fl]}</em>" if fl in names else f"<em>{fl}</em><sup>#</sup>"
        tdisp = f'发表于 {ts[i]}' if i < 8 else f'发表于 <span title="{ts[i]}">{max(1, 14 - i)} 天前</span>'
        img = f'<ignore_js_op><img id="aimg_{pid}" aid="{pid}" src="data/attachment/forum/202611/03/{pid}.jpg" zoomfile="data/attachment/forum/202611/03/{pid}.jpg" file="data/attachment/forum/202611/03/{pid}.jpg" class="zoom" width="600" inpost="1"></ignore_js_op>' if p["img"] else None
        sub = f'<span class="xg1">[{E(title[:10])}]</span><br>' if i == 0 else ""
        blocks.append(f"""
<div id="post_{pid}">
<table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi"><div class="authi"><a href="space-uid-{uid}.html" target="_blank" class="xw1">{E(p['name'])}</a></div></div>
<div class="p_pop blk bui card_gender_0" id="userinfo{pid}" style="display: none;"></div>
<div><div class="avatar"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="https://bbs.example-city.test/uc_server/avatar.php?uid={uid}&amp;size=middle"></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid={uid}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">{rng.randint(1, 800)}</a></p>主题</th><th><p>{rng.randint(1, 9000)}</p>帖子</th><td><p>{rng.randint(10, 30000)}</p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=1{rng.randint(0, 9)}" target="_blank">{rng.choice(['中级会员', '高级会员', '注册会员', '金牌会员'])}</a></em></p>
</div>
</td>
<td class="plc">
<div class="pi">
<strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={tid}&amp;pid={pid}" id="postnum{pid}" onclick="setCopy(this.href, '帖子地址复制成功');return false;">{label}</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif">
<em id="authorposton{pid}">{tdisp}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={uid}" rel="nofollow">只看该作者</a></div></div>
</div>
<div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{sub}{body_html(p['lines'], '<br>' + chr(10), img)}
</td></tr></table>
</div>
</div></div>
</td></tr>
<tr><td class="plc plm"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=45&amp;tid={tid}&amp;repquote={pid}">回复</a></em><p><a href="javascript:;" class="showmenu">更多</a></p></div></div></td></tr>
</table>
</div>""")
        items.append(post_item(f"{page}#post_{pid}", p, fl))
        if i == 0:
            blocks.append(f'\n<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>\n<!-- 帖内广告 -->\n<div class="a_pt" style="margin:10px 0"><a href="//ad.adnet-cdn.test/click?c=dz1" target="_blank"><img src="//img.adnet-cdn.test/dz_banner.jpg" width="960" height="60"></a></div>')
    hot = ["招聘", "二手房", "租房", "美食", "装修", "相亲", "宠物", "亲子", "车友会", "教育", "本地新闻", "便民信息", "拼车", "健身"]
    body = head(f"{title} - 美食天地 - 城市生活论坛 - Powered by Discuz!", "dz", extra_head='<meta name="generator" content="Discuz! X3.5">') + f"""<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./" title="城市生活论坛">城市生活论坛</a><a href="forum.php?mod=guide">导读</a><a href="home.php">家园</a><a href="plugin.php?id=dsu_paulsign:sign">签到</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="城市生活论坛"><img src="static/image/common/logo.png" alt="城市生活论坛" border="0"></a></h2></div>
<div id="nv"><ul>{''.join(f'<li{" class=a" if t == "论坛" else ""}><a href="{h}" hidefocus="true">{t}</a></li>' for t, h in [('门户', 'portal.php'), ('论坛', 'forum.php'), ('分类信息', 'category.php'), ('群组', 'group.php'), ('排行榜', 'misc.php?mod=ranklist')])}</ul></div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" action="search.php?searchsubmit=yes"><input type="text" name="srchtxt" id="scbar_txt"><button type="submit">搜索</button></form>
{hotcloud("scbar_hot", "热搜", hot, "search.php?mod=forum&srchtxt={q}&formhash=0a1b2c3d&searchsubmit=true&source=hotsearch")}</div></div></div>
<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">城市生活论坛</a> <em>&raquo;</em> <a href="forum.php">论坛</a> <em>&raquo;</em> <a href="forum.php?gid=1">生活</a> <em>&raquo;</em> <a href="forum-45-1.html">美食天地</a> <em>&raquo;</em> <a href="thread-{tid}-1-1.html">{E(title)}</a></div></div>
{adslot("wp a_t", rng)}
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="thread-{tid}-2-1.html">2</a><label><input type="text" name="custompage" class="px" size="2" value="1"><span title="共 2 页"> / 2 页</span></label><a href="thread-{tid}-2-1.html" class="nxt">下一页</a></div><span class="pgb y"><a href="forum-45-1.html">返回列表</a></span></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{rng.randint(1000, 9999)}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{n * 2}</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{E(title)}</span></h1><span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '城市生活论坛')">[复制链接]</a></span></td></tr></table>
{''.join(blocks)}
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="thread-{tid}-2-1.html">2</a><a href="thread-{tid}-2-1.html" class="nxt">下一页</a></div></div>
<div id="f_pst" class="pl bm bmw"><form method="post" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=45&amp;tid={tid}&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><textarea rows="6" cols="80" name="message" id="fastpostmessage" class="pt"></textarea><button type="submit" name="replysubmit" id="fastpostsubmit" class="pn pnc">发表回复</button></form></div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="./" target="_blank">城市生活论坛</a></strong> ( <a href="https://beian.miit-registry.test/" target="_blank">苏ICP备20260007号-1</a> )<a href="http://www.beian.gongan-registry.test/" target="_blank">苏公网安备32050502000111号</a></p><p class="xs0">GMT+8, 2026-11-05 10:12 , Processed in 0.061532 second(s), 24 queries .</p></div><div id="frt"><p>Powered by <strong><a href="https://www.discuz-like.test" target="_blank">Discuz!</a></strong> <em>X3.5</em></p></div></div>
<script type="text/javascript">var fid = parseInt('45'), tid = parseInt('{tid}');</script>
<script src="data/cache/common.js?T3x" type="text/javascript"></script>
{tailscripts("dz", rng)}
</body></html>"""
    return page, body, "thread", items


# ------------------------------------------------------------------ thread 3: NGA-like table per post
def thread_03():
    rng = make_rng(1303)
    tid = 41299887
    page = f"https://bbs.ngalike.test/read.php?tid={tid}"
    n = 22
    title, posts = build_posts(rng, "game", n, 0.18)
    ts = times(rng, n)
    # a deleted floor: floor numbers skip one
    floors = list(range(1, n + 2))
    del floors[9]
    blocks, items = [], []
    for i, p in enumerate(posts):
        fl = floors[i]
        fl0 = fl - 1      # element ids count from 0 internally
        uid = rng.randint(100000, 60000000)
        disp = f"#{fl}"
        img = f'<img src="./mon_202611/03/-7Q5-{uid}.jpg" onload="ubbcode.adjImgSize(this,this.src)">' if p["img"] else None
        blocks.append(f"""
<table class="forumbox postbox" cellspacing="1px" id="postbox_{fl0}">
<tbody><tr id="post1strow{fl0}" class="postrow row{1 + i % 2}">
<td class="c1"><span class="posterinfo"><a href="nuke.php?func=ucp&amp;uid={uid}" id="postauthor{fl0}" class="author b userlink" title="用户ID {uid}"><b>{E(p['name'])}</b></a><a name="l{fl0}" class="small_colored_text_btn block_txt_c2 stxt" style="margin-left:4px">{disp}</a><span class="silver stxt" id="posterinfo{fl0}" style="display:block">级别: {rng.choice(['学徒', '骑士', '禁言中', '圣骑士', '侠客'])} 威望: {rng.randint(0, 5)} 发帖: {rng.randint(1, 20000)}</span></span></td>
<td class="c2" id="postcontainer{fl0}">
<div class="postInfo"><span id="postdate{fl0}" title="reply time" class="stxt">{ts[i]}</span><span class="stxt silver" style="margin-left:8px">{'' if i else '楼主 '}</span><a class="small_colored_text_btn stxt" href="javascript:void(0)" onclick="commonui.quotePost({tid},{fl0})">引用</a></div>
{'<h3 id="postsubject0">' + E(title) + '</h3>' if i == 0 else ''}
<span id="postcontent{fl0}" class="postcontent ubbcode">{body_html(p['lines'], '<br/>', img)}</span>
<div id="postsign{fl0}" class="postsign" style="color:#888">{E(rng.choice(['', '', '—— 非酋的日常', '签名档什么的不存在的']))}</div>
</td></tr></tbody></table>""")
        items.append(post_item(f"{page}#postbox_{fl0}", p, fl))
    hot = ["版本攻略", "抽卡记录", "配队", "深渊", "活动", "同人", "吐槽", "新角色", "剧情", "数据库", "水区", "交易区"]
    body = head(f"{title} NGA玩家社区", "nga", extra_head='<base target="_self">') + f"""<body>
<div id="mainmenu" class="catenew"><div class="stdbtn"><a href="/" class="mmdefault">首页</a><a href="/thread.php?fid=650">版块</a><a href="/nuke.php?func=message">短消息</a><a href="/nuke.php?func=ucp">个人中心</a><a href="/app/">手机客户端</a></div>
{hotcloud("hotsearch_nga", "热门", hot, "/thread.php?fid=650&key={q}")}</div>
<div id="m_nav" class="nav_root"><nav class="nav">{breadcrumb("bbsinfo", [("NGA玩家社区", "/"), ("游戏综合", "/thread.php?fid=-7"), ("某开放世界游戏", "/thread.php?fid=650"), ("攻略心得", "/thread.php?fid=650&type=2")], sep="&gt;", wrap="span")}</nav></div>
<div id="m_pbtntop" class="module_wrap"><table class="stdbtn"><tbody><tr><td><a href="/post.php?action=reply&amp;tid={tid}" class="uitxt1">回复</a></td><td><span class="pager"><a href="read.php?tid={tid}&amp;page=1" class="invert">1</a><a href="read.php?tid={tid}&amp;page=2">2</a><a href="read.php?tid={tid}&amp;page=3">3</a><a href="read.php?tid={tid}&amp;page=2" title="下一页">&gt;</a></span></td></tr></tbody></table></div>
{adslot("adsc nga-ad", rng)}
<div id="m_posts" class="module_wrap"><div id="m_posts_c" class="w100">{''.join(blocks)}
</div></div>
<div id="m_pbtnbtm" class="module_wrap"><span class="pager"><a href="read.php?tid={tid}&amp;page=1" class="invert">1</a><a href="read.php?tid={tid}&amp;page=2">2</a><a href="read.php?tid={tid}&amp;page=3">3</a><a href="read.php?tid={tid}&amp;page=2">下一页</a></span></div>
{footer("footer nga-foot", "ngalike.test", "沪ICP备20260008号-1", "31010402000333")}
<script type="text/javascript">commonui.postArg.setDefault({tid},650,0,{rng.randint(1, 99)},'');__NOW={rng.randint(1.7e9, 1.8e9)};</script>
{tailscripts("nga", rng)}
</body></html>"""
    return page, body, "thread", items


# ------------------------------------------------------------------ thread 4: Douban group-like
def thread_04():
    rng = make_rng(1404)
    tid = 309887412
    page = f"https://www.doubanlike.test/group/topic/{tid}/"
    n = 16
    title, posts = build_posts(rng, "rent", n)
    ts = times(rng, n)
    items = []
    op = posts[0]
    op_id = "op" + uname(rng)
    op_html = f"""
<div class="topic-content clearfix">
  <div class="user-face"><a href="https://www.doubanlike.test/people/{op_id}/"><img class="pil" src="https://img1.doubanlike-cdn.test/icon/u{rng.randint(10**6, 10**8)}.jpg" alt="{E(op['name'])}"></a></div>
  <div class="topic-doc">
    <h3><span class="from">来自: <a href="https://www.doubanlike.test/people/{op_id}/">{E(op['name'])}</a></span><span class="create-time color-green">{ts[0]}</span></h3>
    <div class="topic-content"><div class="rich-content topic-richtext">{''.join(f'<p>{E(l)}</p>' for l in op['lines'])}</div></div>
    <div class="topic-opt"><a class="lnk-doumail-report" href="javascript:;">举报</a><span class="floor-no" style="display:none">1</span></div>
  </div>
</div>"""
    op["name_used"] = op["name"]
    items.append(post_item(page, op, 1))
    lis = []
    for i, p in enumerate(posts[1:], start=1):
        cid = 4400000000 + rng.randint(0, 10**8)
        pid_people = uname(rng)
        quote_html = ""
        if i in (4, 9):
            q = posts[i - 2]
            quote_html = f'<div class="reply-quote"><span class="short">{E(q["lines"][0])}</span><span class="pubdate"><a href="https://www.doubanlike.test/people/x/">{E(q["name"])}</a></span></div>'
        lis.append(f"""
  <li class="clearfix comment-item reply-item" id="{cid}" data-cid="{cid}" data-author-id="{rng.randint(10**7, 10**8)}" data-ref_cid="">
    <div class="user-face"><a href="https://www.doubanlike.test/people/{pid_people}/"><img class="pil" src="https://img1.doubanlike-cdn.test/icon/u{cid}.jpg" width="48"></a></div>
    <div class="reply-doc content">
      <div class="bg-img-green"><h4><a href="https://www.doubanlike.test/people/{pid_people}/" class="">{E(p['name'])}</a><span class="pubtime">{ts[i]} <span class="ip">{rng.choice(['浙江', '北京', '广东', '上海', '江苏'])}</span></span></h4></div>
      {quote_html}
      <div class="reply-content"><p class=" reply-content">{body_html(p['lines'], '<br>')}</p></div>
      <div class="operation_div" id="{cid}-op"><span class="floor-no">#{i + 1}</span><div class="operation-more"><a rel="nofollow" href="javascript:void(0);" class="comment-vote lnk-fav">赞</a><a href="https://www.doubanlike.test/group/topic/{tid}/?cid={cid}#last" class="lnk-reply">回应</a></div></div>
    </div>
  </li>""")
        items.append(post_item(f"{page}#{cid}", p, i + 1))
    hot = ["北京租房", "上海租房", "杭州租房", "深圳租房", "合租", "整租", "转租", "找室友", "二房东", "押金", "租房合同", "长租公寓", "中介费", "搬家"]
    body = head(f"{title}", "db") + f"""<body>
<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.doubanlike.test/passport/login" class="nav-login" rel="nofollow">登录/注册</a></div>
<div class="global-nav-items"><ul>{''.join(f'<li><a href="https://{h}.doubanlike.test" target="_blank">{t}</a></li>' for t, h in [('豆瓣', 'www'), ('读书', 'book'), ('电影', 'movie'), ('音乐', 'music'), ('同城', 'city'), ('小组', 'group'), ('阅读', 'read'), ('FM', 'fm')])}</ul></div></div></div>
<div id="db-nav-group" class="nav"><div class="nav-wrap"><div class="nav-primary"><div class="nav-logo"><a href="https://www.doubanlike.test/group">豆瓣小组</a></div><div class="nav-search"><form action="https://www.doubanlike.test/group/search"><input name="q" placeholder="小组、话题、日记、成员昵称"><input type="submit" value="搜索"></form></div></div></div></div>
<div id="wrapper"><div id="content">
  <h1>{E(title)}</h1>
  <div class="grid-16-8 clearfix">
   <div class="article">
    {op_html}
    <div id="link-report-inner"></div>
    <div class="sns-bar"><a href="#" class="react-btn">赞</a><a href="#" class="react-btn">收藏</a><a href="#" class="react-btn">转发</a></div>
    <div class="topic-reply-hd"><h2>最赞回应</h2></div>
    <ul class="topic-reply popular-bd" id="popular-comments"></ul>
    <div class="topic-reply-hd"><h2>回应</h2><span class="pl">{n - 1}条</span></div>
    <ul class="topic-reply" id="comments">{''.join(lis)}
    </ul>
    <div class="paginator"><span class="prev">&lt;前页</span><span class="thispage">1</span><a href="https://www.doubanlike.test/group/topic/{tid}/?start=100">2</a><span class="next"><a href="https://www.doubanlike.test/group/topic/{tid}/?start=100">后页&gt;</a></span></div>
   </div>
   <div class="aside">
    <div class="group-item"><div class="title"><a href="https://www.doubanlike.test/group/zufang/">租房互助小组</a></div><div class="member">312,889 个成员</div></div>
    {hotcloud("group-tags", "小组热门标签", hot, "https://www.doubanlike.test/group/search?q={q}")}
    {adslot("dale_group_topic_right", rng, kind="script")}
   </div>
  </div>
</div></div>
<div id="footer"><span id="icp" class="fleft gray-link">&copy; 2005－2026 doubanlike.test, all rights reserved 北京豆网科技有限公司 <a href="https://beian.miit-registry.test/">京ICP证090015号</a> <a href="https://beian.miit-registry.test/">京ICP备11027288号</a></span><span class="fright"><a href="https://www.doubanlike.test/about">关于豆瓣</a> · <a href="https://www.doubanlike.test/jobs">在豆瓣工作</a> · <a href="https://www.doubanlike.test/about?topic=contactus">联系我们</a></span></div>
{tailscripts("db", rng)}
</body></html>"""
    return page, body, "thread", items


# ------------------------------------------------------------------ thread 5: Hupu-like mobile with relative times
def thread_05():
    rng = make_rng(1505)
    tid = 627712093
    page = f"https://m.hoopslike.test/bbs/{tid}.html"
    n = 12
    title, posts = build_posts(rng, "match", n)
    rel = ["1小时前", "52分钟前", "48分钟前", "45分钟前", "40分钟前", "33分钟前", "30分钟前", "21分钟前", "17分钟前", "9分钟前", "5分钟前", "刚刚", "刚刚", "刚刚"]
    items, blocks = [], []
    op = posts[0]
    op_uid = rng.randint(10**9, 10**10)
    op_html = f"""
  <section class="thread-main" data-tid="{tid}">
    <h1 class="thread-title" style="font-size:18px;font-weight:600;line-height:26px">{E(title)}</h1>
    <div class="thread-author" style="display:flex;align-items:center">
      <a class="author-avatar" href="/user/{op_uid}"><img src="https://i1.hoopslike-cdn.test/user/{op_uid}/{op_uid}_small.jpg" width="32"></a>
      <div class="author-meta"><a class="author-name" href="/user/{op_uid}">{E(op['name'])}</a><span class="post-time">{rel[0]}</span><span class="floor">1</span><span class="badge-lz" style="background:#c01e2f;color:#fff;font-size:10px">楼主</span></div>
    </div>
    <div class="thread-content" style="font-size:16px;line-height:28px">{''.join(f'<p>{E(l)}</p>' for l in op['lines'])}</div>
  </section>"""
    items.append(post_item(page, op, 1))
    for i, p in enumerate(posts[1:], start=1):
        uid = rng.randint(10**9, 10**10)
        pid = rng.randint(10**9, 10**10)
        lights = rng.randint(0, 300)
        blocks.append(f"""
      <div class="reply-item" data-pid="{pid}" data-floor="{i + 1}">
        <div class="reply-item__left"><a href="/user/{uid}"><img class="avatar" src="https://i1.hoopslike-cdn.test/user/{uid}_small.jpg" style="width:28px;height:28px;border-radius:50%"></a></div>
        <div class="reply-item__right">
          <div class="reply-item__header" style="display:flex;justify-content:space-between">
            <div><a class="reply-user" href="/user/{uid}">{E(p['name'])}</a> <span class="reply-time">{rel[i]}</span></div>
            <div class="reply-item__floor"><span class="floor">{i + 1}</span>楼</div>
          </div>
          <div class="reply-item__content"><div class="reply-text">{body_html(p['lines'], '<br>')}</div></div>
          <div class="reply-item__footer"><span class="light-btn" data-light="{lights}">亮了({lights})</span><span class="reply-btn">回复</span></div>
        </div>
      </div>""")
        items.append(post_item(page, p, i + 1))
    hot = ["湖人", "勇士", "詹姆斯", "库里", "CBA", "季后赛", "交易流言", "选秀", "步行街", "足球", "英超", "电竞", "装备", "健身"]
    body = head(f"{title} - 虎扑社区", "hp", extra_head='<meta name="apple-mobile-web-app-capable" content="yes">') + f"""<body style="background:#f5f5f5">
<div id="__next"><div class="layout">
 <header class="m-header" style="height:48px;display:flex;align-items:center;background:#c01e2f;color:#fff">
   <a class="m-header__back" href="/bbs/nba">返回</a><span class="m-header__title">湿乎乎的话题</span><a class="m-header__home" href="/">首页</a>
 </header>
 <nav class="m-tabs">{''.join(f'<a href="/{h}">{t}</a>' for t, h in [('推荐', ''), ('NBA', 'bbs/nba'), ('步行街', 'bbs/bxj'), ('CBA', 'bbs/cba'), ('足球', 'bbs/soccer')])}</nav>
 <main class="thread-page">
  {op_html}
  <div class="download-banner" style="margin:8px 0"><a href="/app/download?from=thread">打开APP，查看更多精彩回复</a></div>
  <section class="reply-list-wrapper">
    <div class="reply-list__title">全部回复（{n - 1}）</div>
    <div class="reply-list">{''.join(blocks)}
    </div>
    <div class="reply-list__more"><a href="/bbs/{tid}-2.html">查看更多回复</a></div>
  </section>
  {hotcloud("hot-topics", "大家都在看", hot, "/search?keyword={q}")}
 </main>
 <footer class="m-footer" style="font-size:11px;color:#999;text-align:center;padding:20px 0"><a href="https://beian.miit-registry.test/">沪ICP备20260009号</a> · <a href="/about">关于我们</a> · <a href="/agreement">用户协议</a></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": {"pageProps": {"tid": tid, "title": title, "replies": n - 1}}, "page": "/bbs/[tid]"}, ensure_ascii=False)}</script>
{tailscripts("hp", rng)}
</body></html>"""
    return page, body, "thread", items


# ------------------------------------------------------------------ thread 6: V2EX-like
def thread_06():
    rng = make_rng(1606)
    tid = 1088421
    page = f"https://www.v2like.test/t/{tid}"
    n = 26
    title, posts = build_posts(rng, "patent", n, 0.22)
    rel = []
    for i in range(n):
        rel.append(["4 天前", "4 天前", "3 天前", "3 天前", "3 天前", "2 天前", "2 天前", "1 天前"][i] if i < 8 else f"{max(1, 23 - i)} 小时前")
    items, cells = [], []
    op = posts[0]
    op_un = op["un"]
    header = f"""
<div class="box" style="border-bottom:0">
  <div class="header"><div class="fr"><a href="/member/{op_un}"><img src="https://cdn.v2like.test/avatar/{rng.randint(1000, 9999)}_large.png" class="avatar" width="73"></a></div>
    <a href="/">V2LIKE</a> <span class="chevron">&nbsp;›&nbsp;</span> <a href="/go/legal">法律</a>
    <div class="sep10"></div>
    <h1>{E(title)}</h1>
    <small class="gray"><a href="/member/{op_un}">{E(op['name'])}</a> · {rel[0]} · {rng.randint(1000, 9000)} 次点击</small>
  </div>
  <div class="cell"><div class="topic_content"><div class="markdown_body">{''.join(f'<p>{E(l)}</p>' for l in op['lines'])}</div></div></div>
</div>"""
    items.append(post_item(page, op, 1))
    for i, p in enumerate(posts[1:], start=1):
        rid = 14000000 + rng.randint(0, 999999)
        cells.append(f"""
    <div id="r_{rid}" class="cell">
    <table cellpadding="0" cellspacing="0" border="0" width="100%">
        <tr>
            <td width="48" valign="top" align="center"><img src="https://cdn.v2like.test/avatar/{rid}_normal.png" class="avatar" border="0" align="default" width="48"></td>
            <td width="10" valign="top"></td>
            <td width="auto" valign="top" align="left"><div class="fr"><div id="thank_area_{rid}" class="thank_area"><a href="#;" onclick="ignoreReply({rid}, '{rid % 9999}');" class="thank" style="color: #ccc;">隐藏</a> &nbsp; &nbsp; <a href="#;" onclick="thankReply({rid}, '{rid % 9999}');" class="thank">感谢回复者</a></div> &nbsp; <a href="#;" onclick="replyOne('{p['un']}');"><img src="/static/img/reply_neue.png" align="absmiddle" border="0" alt="Reply" width="20"></a> &nbsp;&nbsp; <span class="no">{i + 1}</span></div>
                <div class="sep3"></div>
                <strong><a href="/member/{p['un']}" class="dark">{E(p['name'])}</a></strong>&nbsp; &nbsp;<span class="ago" title="2026-11-0{1 + i % 4} 1{i % 10}:2{i % 6}:00 +08:00">{rel[i]}</span>
                <div class="sep5"></div>
                <div class="reply_content">{body_html(p['lines'], '<br />')}</div>
            </td>
        </tr>
    </table>
    </div>""")
        items.append(post_item(f"{page}#r_{rid}", p, i + 1))
    hot = ["程序员", "创业", "远程工作", "Apple", "Python", "Linux", "分享发现", "问与答", "酷工作", "二手交易", "macOS", "投资", "健康", "法律", "宽带症候群"]
    body = head(f"{title} - V2LIKE", "v2") + f"""<body>
<div id="Top"><div class="content"><div style="padding-top:6px"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td width="110" align="left"><a href="/" name="top" title="way to explore"><div id="Logo"></div></a></td><td width="auto" align="left"><div id="search-container"><input id="search" type="text" maxlength="128" autocomplete="off" tabindex="1"></div></td><td width="570" align="right" style="padding-top:2px"><a href="/" class="top">首页</a>&nbsp;&nbsp;&nbsp;<a href="/signup" class="top">注册</a>&nbsp;&nbsp;&nbsp;<a href="/signin" class="top">登录</a></td></tr></table></div></div></div>
<div id="Wrapper"><div class="content">
<div id="Leftbar"></div>
<div id="Rightbar">
  <div class="box"><div class="cell"><strong>V2LIKE = way to explore</strong><div class="sep5"></div><span class="fade">V2LIKE 是一个关于分享和探索的地方</span></div><div class="inner"><a href="/signup" class="super normal button">现在注册</a></div></div>
  <div class="box"><div class="cell"><span class="fade">最热节点</span></div><div class="cell">{' '.join(f'<a href="/go/{quote(w)}" class="item_node">{E(w)}</a>' for w in hot)}</div></div>
  {adslot("box sidebar_units", rng, label="推广", kind="script")}
</div>
<div id="Main">
  <div class="sep20"></div>
  {header}
  <div class="sep20"></div>
  <div class="box">
    <div class="cell"><div class="fr" style="margin:-3px -5px 0px 0px"><a class="tag" href="/tag/专利">专利</a><a class="tag" href="/tag/创业">创业</a></div><span class="gray">{n - 1} 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;2026-11-05 09:12:44 +08:00</span></div>{''.join(cells)}
    <div class="cell ps_container"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td width="120" align="left"><input type="button" class="super normal button disable_now" value="❮" disabled></td><td width="auto" align="center"><a href="?p=1" class="page_current">1</a> &nbsp;<a href="?p=2" class="page_normal">2</a></td><td width="120" align="right"><input type="button" onclick="location.href='?p=2';" class="super normal button" value="❯" title="下一页"></td></tr></table></div>
  </div>
</div>
</div></div>
<div id="Bottom"><div class="content"><div class="inner"><div class="sep10"></div><strong><a href="/about" class="dark" target="_self">关于</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/help" class="dark">帮助文档</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/faq" class="dark">FAQ</a> &nbsp; <span class="snow">·</span> &nbsp; <a href="/advertise" class="dark">广告投放</a></strong><div class="sep10"></div><span class="small fade"><a href="https://beian.miit-registry.test/" target="_blank">蜀ICP备20260010号-1</a></span></div></div></div>
<script>var csrfToken = "{rng.randint(10**9, 10**10)}"; var once = "{rng.randint(10000, 99999)}";</script>
{tailscripts("v2", rng)}
</body></html>"""
    return page, body, "thread", items


THREADS = [("thread_01", thread_01), ("thread_02", thread_02), ("thread_03", thread_03), ("thread_04", thread_04), ("thread_05", thread_05), ("thread_06", thread_06)]
