# -*- coding: utf-8 -*-
"""Thread pages (6)."""
from common import *  # noqa


def post_texts(rng, n, ratio=0.25, op_text=None):
    k = int(round((n - 1) * ratio))
    spam = set(rng.sample(range(1, n), k))
    out = []
    for i in range(n):
        if i == 0 and op_text:
            out.append((False, op_text))
        elif i in spam:
            out.append((True, uniq(spam_post, rng)))
        else:
            out.append((False, uniq(chatter, rng)))
    return out


def posters(rng, n, op_repeat=2):
    seen = set()
    names = [nick_unique(rng, seen) for _ in range(n)]
    # the OP replies again a couple of times
    for j in rng.sample(range(2, n), op_repeat):
        names[j] = names[0]
    return names


# ------------------------------------------------------------------ 11. Tieba thread (N楼, 楼中楼, data-field JSON)
def tieba_thread(rng):
    tid = digits(rng, 10)
    url = "https://tieba.baidu.test/p/%s" % tid
    title = "有没有人在网上办过实用新型专利？被几家代理公司电话轰炸了"
    n = 21
    texts = post_texts(rng, n, op_text="上个月在某平台留了个电话，之后每天都有人打过来说能包授权，价格从三千到八千不等。"
                                     "我就是想给自己做的小工具申请个实用新型，正常流程大概多久、多少钱？求懂的吧友说说。")
    names = posters(rng, n)
    floors, f = [], 1
    for i in range(n):
        floors.append(f)
        f += rng.choice([1, 1, 1, 1, 2, 3]) if i else 1
    posts, items = [], []
    for i in range(n):
        pid = digits(rng, 11)
        uid = digits(rng, 10)
        portrait = "tb.1.%s.%s" % (hexs(rng, 8), hx(rng, 22))
        df = js({"author": {"user_id": int(uid), "user_name": names[i], "props": None, "portrait": portrait},
                 "content": {"post_id": int(pid), "is_anonym": False, "forum_id": 1234567, "thread_id": int(tid),
                             "content": None, "post_no": floors[i], "type": "0", "comment_num": 0, "is_fold": 0}})
        lzl = ""
        if i and rng.random() < 0.35:
            subs = []
            for _ in range(rng.randint(1, 3)):
                sn = nick(rng)
                subs.append('<li class="lzl_single_post j_lzl_s_p" data-field=\'%s\'><a class="j_user_card lzl_p_p" href="/home/main?id=tb.1.%s&amp;fr=pb" target="_blank"><img src="https://gss0.bdstatic.test/portrait/%s.jpg"></a>'
                            '<div class="lzl_cnt"><a class="at j_user_card" href="/home/main?id=tb.1.%s&amp;fr=pb" username="%s">%s</a>:&nbsp;<span class="lzl_content_main">%s</span>'
                            '<div class="lzl_content_reply"><span class="lzl_time">%s %s</span><a href="#" class="lzl_s_r">回复</a></div></div></li>'
                            % (E(js({"spid": int(digits(rng, 11)), "showname": sn})), hexs(rng, 8), hexs(rng, 12), hexs(rng, 8), E(sn), E(sn),
                               E(uniq(chatter, rng)), date_str(rng, 2026, 11, 12), time_str(rng)))
            lzl = ('<div class="j_lzl_container core_reply_wrapper" data-field=\'{&quot;pid&quot;:%s,&quot;total_num&quot;:%d}\'><div class="j_lzl_c_b_a core_reply_content">'
                   '<ul class="j_lzl_m_w">%s<li class="lzl_li_pager j_lzl_l_p lzl_li_pager_s"><a class="j_lzl_p btn-sub">我也说一句</a></li></ul></div></div>' % (pid, len(subs), "".join(subs)))
        badge = '<li class="l_badge"><div class="p_badge"><a class="user_badge d_badge_bright" title="本吧头衔%d级"><div class="d_badge_title">%s</div><div class="d_badge_lv">%d</div></a></div></li>' % (
            rng.randint(1, 12), rng.choice(["初级粉丝", "吧友", "知名人士", "铁杆吧友"]), rng.randint(1, 12))
        louzhu = '<div class="louzhubiaoshi_wrap"><div class="louzhubiaoshi j_louzhubiaoshi" author="%s"></div></div>' % E(names[0]) if names[i] == names[0] else ""
        posts.append(
            '<div class="l_post l_post_bright j_l_post clearfix%s" data-field=\'%s\' data-pid="%s">\n%s'
            '<div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card"><a class="p_author_face" href="/home/main?id=%s&amp;fr=pb" target="_blank">'
            '<img username="%s" class="" data-tb-lazyload="https://gss0.bdstatic.test/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/%s" src="//tb2.bdstatic.test/tb/static-pb/img/head_80.jpg"></a></div></li>'
            '<li class="d_name" data-field=\'{&quot;user_id&quot;:%s}\'><a alog-group="p_author" class="p_author_name j_user_card" href="/home/main?id=%s&amp;ie=utf-8&amp;fr=pb" target="_blank">%s</a></li>%s</ul></div>\n'
            '<div class="d_post_content_main%s"><div class="p_content  "><cc><div id="post_content_%s" class="d_post_content j_d_post_content " style="display:;">            %s</div><br></cc></div>\n'
            '<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="post-tail-wrap"><span class="tail-info">来自<a href="/mo/q/apkdown" target="_blank">%s</a></span>'
            '<span class="tail-info">%d楼</span><span class="tail-info">%s %s</span></div></div>%s</div></div>\n</div>'
            % (" noborder" if i == 0 else "", E(df), pid, louzhu, portrait, E(names[i]), portrait, uid, portrait, E(names[i]), badge,
               " d_post_content_firstfloor" if i == 0 else "", pid, E(texts[i][1]),
               rng.choice(["Android客户端", "iPhone客户端", "贴吧极速版", "HarmonyOS客户端"]), floors[i], date_str(rng, 2026, 11, 12), time_str(rng), lzl))
        items.append(it(url, None, names[i], None, floors[i]))
    ad = ('<div class="l_post fengchao-wrap-feed j_l_post" data-field=\'{}\'><div class="fc-post"><span class="label_text">广告</span>'
          '<a href="https://fclick.baidu.test/w.php?k=%s" target="_blank"><div class="fc-title">%s</div></a></div></div>' % (hx(rng, 20), E(uniq(legit_svc_title, rng))))
    posts.insert(4, ad)
    hot = "".join('<li class="topic-item"><span class="topic-num">%d</span><a href="/hottopic/browse/hottopic?topic_id=%s" target="_blank">%s</a></li>'
                  % (k + 1, digits(rng, 7), E(h)) for k, h in enumerate(["冬季取暖费用调查", "考研倒计时", "家电以旧换新补贴", "年终奖发了吗", "第一场雪", "跨年去哪儿"]))
    body = (
        '<body>\n<div id="com_userbar" class="u_menu"><ul><li class="u_tbhome"><a href="//tieba.baidu.test/">贴吧首页</a></li><li><a href="//passport.baidu.test/v2/?login">登录</a></li><li><a href="//passport.baidu.test/v2/?reg">注册</a></li></ul></div>\n'
        '<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname" href="/f?kw=%s&amp;ie=utf-8">知识产权吧</a><span class="card_menNum">关注：%s</span><span class="card_infoNum">贴子：%s</span></div></div>\n'
        '<div class="core_title_wrap_bright clearfix"><div class="core_title"><h3 class="core_title_txt pull-left text-overflow" title="%s" style="width: 396px">%s</h3>'
        '<ul class="core_title_btns"><li><a href="/p/%s?see_lz=1">只看楼主</a></li><li><a class="j_favor">收藏</a></li></ul></div></div>\n'
        '<div class="p_postlist" id="j_p_postlist">\n%s\n</div>\n'
        '<div class="pb_footer"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager"><span class="tP">1</span><a href="/p/%s?pn=2">2</a><a href="/p/%s?pn=2">下一页</a><a href="/p/%s?pn=3">尾页</a></li>'
        '<li class="l_reply_num">%d回复贴，共3页</li></ul></div>\n'
        '<div class="right_section"><div class="region_bright"><h4>贴吧热议榜</h4><ul class="topic-list">%s</ul></div></div>\n'
        '<div class="footer"><p>&copy;2026 Baidu.test <a href="//tieba.baidu.test/tb/eula.html">贴吧协议</a> | <a href="//tieba.baidu.test/tb/cms/tieba-fe/tieba_promise/index.html">隐私政策</a></p></div>\n'
        '<script>PageData.thread={thread_id:%s,title:%s,reply_num:%d};PageData.forum={forum_name:"知识产权"};</script>\n</body>'
        % (u8q("知识产权"), "23,517", "412,306", E(title), E(title), tid, "\n".join(posts), tid, tid, tid, 58, hot, tid, js(title), 58))
    head = '<link rel="canonical" href="%s"><style>%s</style>' % (url, css_block(rng, 40))
    return dict(name="tieba_thread", url=url, kind="thread", html=doc(title + "_知识产权吧_百度贴吧", head, body), items=items)


# ------------------------------------------------------------------ 12. Discuz! X3 viewthread (楼主/沙发/板凳/地板/N#)
def discuz_thread(rng):
    tid = digits(rng, 5)
    url = "https://bbs.chuangye-luntan.test/thread-%s-1-1.html" % tid
    title = "小公司准备做高企认定，专利这块大家是怎么搞定的？"
    n = 18
    texts = post_texts(rng, n, op_text="我们是做自动化设备的小厂，今年想冲一下高新技术企业。知识产权那部分要求有一定数量的专利，"
                                     "自己研发的东西有几项，但还不够。问了几家代理，有的说可以“买现成的”，心里没底，来论坛问问各位老板。")
    names = posters(rng, n)
    labels = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}
    posts, items = [], []
    for i in range(n):
        pid = digits(rng, 7)
        uid = digits(rng, 6)
        fl = i + 1
        numhtml = ("<em>%s</em>" % labels[fl]) if fl in labels else ("<em>%d</em><sup>#</sup>" % fl)
        msg = E(texts[i][1])
        if i >= 3 and rng.random() < 0.3:
            q = rng.randrange(0, i)
            msg = ('<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=%s&amp;ptid=%s" target="_blank">'
                   '<font color="#999999">%s 发表于 %s</font></a></font><br />%s</blockquote></div><br />' % (digits(rng, 7), tid, E(names[q]), date_str(rng), E(texts[q][1][:20] + "...")) + msg)
        cm = ""
        if i and rng.random() < 0.25:
            cn = nick(rng)
            cm = ('<div id="comment_%s" class="cm"><h3 class="psth xs1"><span class="icon_ring vm"></span>点评</h3><div class="pstl xs1 cl"><div class="psta vm">'
                  '<a href="home.php?mod=space&amp;uid=%s" c="1">%s</a></div><div class="psti">%s&nbsp;<span class="xg1">发表于 %s</span></div></div></div>'
                  % (pid, digits(rng, 6), E(cn), E(uniq(chatter, rng)), date_str(rng)))
        posts.append(
            '<div id="post_%s">\n<table id="pid%s" class="plhin" summary="pid%s" cellspacing="0" cellpadding="0">\n<tr>\n'
            '<td class="pls" rowspan="2"><div id="favatar%s" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=%s" target="_blank" class="xw1">%s</a></div></div>'
            '<div><div class="avatar"><a href="home.php?mod=space&amp;uid=%s" class="avtm" target="_blank"><img src="https://bbs.chuangye-luntan.test/uc_server/avatar.php?uid=%s&amp;size=middle" /></a></div></div>'
            '<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid=%s&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">%d</a></p>主题</th>'
            '<td><p><a class="xi2">%d</a></p>积分</td></table></div><p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=%d" target="_blank">%s</a></em></p></div></td>\n'
            '<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=%s&amp;pid=%s" id="postnum%s" onclick="setCopy(this.href, \'帖子地址复制成功\');return false;">%s</a></strong>'
            '<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em id="authorposton%s">发表于 %s %s</em>'
            '<span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=%s&amp;page=1&amp;authorid=%s" rel="nofollow">只看该作者</a></div></div></div>\n'
            '<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%s">\n%s\n</td></tr></table></div>%s</div></div>\n'
            '</td></tr>\n<tr><td class="plc plm"></td></tr>\n<tr id="_postposition%s"></tr>\n<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em>'
            '<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=41&amp;tid=%s&amp;repquote=%s&amp;extra=page%%3D1&amp;page=1" onclick="showWindow(\'reply\', this.href)">回复</a></em></div></div></td></tr>\n'
            '</table>\n</div>'
            % (pid, pid, pid, pid, uid, E(names[i]), uid, uid, uid, rng.randint(0, 300), rng.randint(0, 9000), rng.randint(10, 20),
               rng.choice(["新手上路", "中级会员", "高级会员", "金牌会员", "论坛元老"]), tid, pid, pid, numhtml, pid, date_str(rng, 2026, 10, 12), time_str(rng),
               tid, uid, pid, msg, cm, pid, tid, pid))
        items.append(it(url + "#post_" + pid, None, names[i], None, fl))
    for pos in (1, 8):
        posts.insert(pos, '<div class="a_pt"><a href="https://bbs.chuangye-luntan.test/plugin.php?id=ad&amp;click=%s" target="_blank"><img src="data/attachment/common/ad/%s.gif" alt="广告"></a>'
                          '<span class="xg1">广告</span> <a href="https://ad.chuangye-luntan.test/go?%s">%s</a></div>' % (digits(rng, 3), hexs(rng, 8), hx(rng, 8), E(uniq(ip_title, rng))))
    body = (
        '<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">\n'
        '<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./" >设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, \'创业论坛\');return false;">收藏本站</a></div>'
        '<div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>\n'
        '<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="创业论坛"><img src="static/image/common/logo.png" alt="创业论坛" border="0" /></a></h2></div>'
        '<div id="nv"><ul><li><a href="forum.php" hidefocus="true">论坛</a></li><li><a href="group.php">群组</a></li><li><a href="home.php">家园</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div>'
        '<div id="scbar" class="cl"><form id="scbar_form" method="post" action="search.php?searchsubmit=yes"><input type="text" name="srchtxt" id="scbar_txt" /><button type="submit">搜索</button></form>'
        '<div id="scbar_hot">热搜: <a href="search.php?mod=forum&amp;srchtxt=%s&amp;formhash=%s&amp;searchsubmit=true&amp;source=hotsearch">高企认定</a> <a href="search.php?mod=forum&amp;srchtxt=%s">专利年费</a> <a href="search.php?mod=forum&amp;srchtxt=%s">社保代缴</a></div></div></div></div>\n'
        '<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">创业论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em>'
        ' <a href="forum-41-1.html">企业服务交流</a> <em>&rsaquo;</em> <a href="thread-%s-1-1.html">%s</a></div></div>\n'
        '<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl "><div class="pgt"><div class="pg"><strong>1</strong><a href="thread-%s-2-1.html">2</a><a href="thread-%s-2-1.html" class="nxt">下一页</a></div></div></div>\n'
        '<div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">%d</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">%d</span></div></td>'
        '<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">%s</span></h1></td></tr></table>\n'
        '%s\n<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div></div>\n'
        '<div class="pgs mtm mbm cl"><div class="pg"><strong>1</strong><a href="thread-%s-2-1.html">2</a></div><span class="pgb y"><a href="forum-41-1.html">返回列表</a></span></div>\n'
        '</div></div>\n<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a></p></div>'
        '<div id="frt"><p>Powered by <strong><a href="https://www.discuz.test" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2026 <a href="https://www.comsenz.test" target="_blank">Comsenz Inc.</a></p></div></div>\n'
        '<script type="text/javascript">var fid = parseInt(\'41\'), tid = parseInt(\'%s\');</script>\n</body>'
        % (u8q("高企认定"), hexs(rng, 8), u8q("专利年费"), u8q("社保代缴"), tid, E(title), tid, tid, rng.randint(800, 9000), 24, E(title), "\n".join(posts), tid, tid))
    head = ('<meta name="keywords" content="%s" /><meta name="generator" content="Discuz! X3.4" />\n'
            '<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Xr1" /><style>%s</style>' % (E(title), css_block(rng, 30)))
    return dict(name="discuz_viewthread", url=url, kind="thread", html=doc(title + " - 企业服务交流 - 创业论坛 - Powered by Discuz!", head, body, meta_style="http",
                                                                                   doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'), items=items)


# ------------------------------------------------------------------ 13. Douban group topic (OP outside list, li id=cid, popular duplicates)
def douban_topic(rng):
    tid = digits(rng, 9)
    url = "https://www.douban.test/group/topic/%s/?_i=%s" % (tid, digits(rng, 10))
    title = "吐槽一下最近的“商标代注册”骚扰短信"
    n = 22
    texts = post_texts(rng, n, op_text="开了个小网店，刚在网上查了下自己想用的品牌名，第二天就收到一堆短信，说这个名字已经被人注册了、"
                                     "可以低价转给我，还有说能帮我“抢先注册”同行的名字。这些到底是不是正规的？有没有同样经历的豆友。")
    names = posters(rng, n)
    op_uid = hx(rng, 9, string.ascii_lowercase + string.digits)
    op = ('<div class="article"><h1>%s</h1><div class="topic-content clearfix"><div class="topic-doc"><h3><span class="from"><a href="https://www.douban.test/people/%s/">%s</a></span>'
          '<span class="create-time color-green">%s %s</span></h3><div class="topic-richtext"><p>%s</p></div></div></div>'
          '<div class="sns-bar"><a class="lnk-like" href="#">赞</a><a class="lnk-doulist-add">收藏</a><a class="rec">转发</a></div></div>'
          % (E(title), op_uid, E(names[0]), date_str(rng), time_str(rng), E(texts[0][1])))
    items = [it(url, None, names[0], None, 1)]
    lis, cids = [], []
    for i in range(1, n):
        cid = digits(rng, 10)
        cids.append((cid, i))
        uidh = hx(rng, 9, string.ascii_lowercase + string.digits)
        quote = ""
        if i > 2 and rng.random() < 0.3:
            qi = rng.randrange(1, i)
            quote = '<div class="reply-quote-content" data-ref-cid="%s"><span class="all ref-content">%s</span><span class="pubdate"><a href="https://www.douban.test/people/x/">%s</a></span></div>' % (
                cids[qi - 1][0], E(texts[qi][1]), E(names[qi]))
        lis.append(
            '<li class="clearfix comment-item reply-item " id="%s" data-cid="%s">\n<div class="user-face"><a href="https://www.douban.test/people/%s/"><img class="pil" src="https://img1.doubanio.test/icon/u%s-3.jpg" alt="%s"/></a></div>\n'
            '<div class="reply-doc content"><div class="bg-img-green"><h4><a href="https://www.douban.test/people/%s/" class="">%s</a>%s<span class="pubtime">%s %s</span><span class="ip">%s</span></h4></div>\n'
            '%s<p class=" reply-content">%s</p>\n<div class="operation_div" id="%s"><div class="operation-more"><a class="comment-vote lnk-fav" href="#">赞(%d)</a><a href="#" class="lnk-reply">回应</a></div></div></div>\n</li>'
            % (cid, cid, uidh, digits(rng, 6), E(names[i]), uidh, E(names[i]), '<span class="topic-author-icon">楼主</span>' if names[i] == names[0] else "",
               date_str(rng), time_str(rng), rng.choice(["广东", "北京", "上海", "浙江", "四川", ""]), quote, E(texts[i][1]), uidh, rng.randint(0, 60)))
        items.append(it(url + "#" + cid, None, names[i], None, i + 1))
    pop = "".join('<li class="clearfix comment-item reply-item " data-cid="%s"><div class="reply-doc content"><h4><a href="https://www.douban.test/people/p/">%s</a></h4>'
                  '<p class=" reply-content">%s</p><div class="operation-more"><a class="comment-vote lnk-fav">赞(%d)</a></div></div></li>'
                  % (cids[j - 1][0], E(names[j]), E(texts[j][1]), rng.randint(60, 300)) for j in rng.sample(range(1, n), 3))
    side = "".join('<li><a href="https://www.douban.test/group/topic/%s/">%s</a><span class="pubtime">%d回应</span></li>' % (digits(rng, 9), E(h), rng.randint(1, 300))
                   for h in ["有没有靠谱的代账会计推荐", "个体户要不要注册商标", "淘宝店被投诉侵权怎么办", "小红书起号经验", "第一次摆摊卖手作"])
    body = (
        '<body>\n<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.test/passport/login">登录/注册</a></div>'
        '<div class="global-nav-items"><ul><li><a href="https://www.douban.test">豆瓣</a></li><li><a href="https://book.douban.test">读书</a></li><li><a href="https://movie.douban.test">电影</a></li><li><a href="https://www.douban.test/group">小组</a></li></ul></div></div></div>\n'
        '<div id="wrapper"><div id="content"><div class="grid-16-8 clearfix"><div class="article">\n%s\n'
        '<div class="topic-reply-hd"><h3>最赞回应</h3></div><ul id="popular-comments" class="topic-reply popular-reply">%s</ul>\n'
        '<div class="topic-reply-hd"><h3>回应</h3></div>\n<ul id="comments" class="topic-reply">\n%s\n</ul>\n'
        '<div class="paginator"><span class="thispage">1</span><a href="?start=100">2</a><span class="next"><a href="?start=100">后页&gt;</a></span></div></div>\n'
        '<div class="aside"><div class="group-intro"><a href="https://www.douban.test/group/ip-talk/">小店主互助小组</a><p>成员 %s 人</p></div>'
        '<div class="mod"><h2>最近小组话题</h2><ul>%s</ul></div>'
        '<div class="ad-mod"><div id="dale_group_topic_new_top_right" class="ad-block"><span class="ad-tag">广告</span><a href="https://erebor.douban.test/redirect/?ad=%s">%s</a></div></div></div>\n'
        '</div></div></div>\n<div id="footer"><span class="fleft gray-link">&copy; 2005－2026 douban.test, all rights reserved 北京豆网科技有限公司</span></div>\n'
        '<script type="text/javascript">var _COMMENTS_CONFIG = {"tid":"%s","total":%d,"popular_ids":[]};</script>\n</body>'
        % (op, pop, "\n".join(lis), "12,044", side, digits(rng, 6), E(uniq(legit_svc_title, rng)), tid, n - 1))
    head = '<link rel="stylesheet" href="https://img1.doubanio.test/f/group/%s/css/group/topic.css"><style>%s</style>' % (hexs(rng, 40), css_block(rng, 30))
    return dict(name="douban_group_topic", url=url, kind="thread", html=doc(title, head, body), items=items)


# ------------------------------------------------------------------ 14. Zhihu question answers
def zhihu(rng):
    qid = digits(rng, 9)
    url = "https://www.zhihu.test/question/%s" % qid
    qtitle = "花钱找代理“保证授权”的专利，后来会有什么风险？"
    n = 11
    texts = []
    for i in range(n):
        if i in (3, 8):
            texts.append((True, uniq(spam_post, rng)))
        else:
            paras = [uniq(chatter, rng) for _ in range(rng.randint(2, 5))]
            texts.append((False, "".join("<p data-pid=\"%s\">%s</p>" % (hx(rng, 8), E(p)) for p in paras)))
    seen = set()
    names = [nick_unique(rng, seen) for _ in range(n)]
    anon = {5}
    blocks, items = [], []
    for i in range(n):
        aid = digits(rng, 10)
        name = "匿名用户" if i in anon else names[i]
        token = hx(rng, 10, string.ascii_lowercase + "-")
        content = texts[i][1] if not texts[i][0] else "<p>%s</p>" % E(texts[i][1])
        author = ('<div class="AuthorInfo AnswerItem-authorInfo"><meta itemprop="name" content="匿名用户"><span class="UserLink AuthorInfo-name">匿名用户</span></div>' if i in anon else
                  '<div class="AuthorInfo AnswerItem-authorInfo"><meta itemprop="name" content="%s"><meta itemprop="url" content="https://www.zhihu.test/people/%s">'
                  '<span class="UserLink AuthorInfo-avatarWrapper"><a class="UserLink-link" href="//www.zhihu.test/people/%s" target="_blank"><img class="Avatar AuthorInfo-avatar" src="https://picx.zhimg.test/v2-%s_l.jpg"></a></span>'
                  '<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" data-za-detail-view-element="2" href="//www.zhihu.test/people/%s" target="_blank">%s</a></span></div>'
                  '<div class="AuthorInfo-detail"><div class="ztext AuthorInfo-badgeText">%s</div></div></div></div>'
                  % (E(name), token, token, hexs(rng, 32), token, E(name), rng.choice(["专利代理师", "机械工程师", "法学硕士在读", "连续创业者", "互联网从业者", "知识产权律师"])))
        blocks.append(
            '<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="%d" data-zop=\'%s\' name="%s" itemprop="answer" itemtype="http://schema.org/Answer" itemscope="">'
            '<div class="ContentItem-meta">%s<div class="LabelContainer-wrapper"></div><div class="AnswerItem-extraInfo"><span class="Voters"><button type="button" class="Button Button--plain">%d 人赞同了该回答</button></span></div></div>'
            '<meta itemprop="url" content="https://www.zhihu.test/question/%s/answer/%s"><meta itemprop="dateCreated" content="%sT%s:00.000Z">'
            '<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><div class="css-376mun"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemprop="text">%s</span></div></div></span>'
            '<div><div class="ContentItem-time"><a target="_blank" href="/question/%s/answer/%s"><span data-tooltip="发布于 %s">编辑于 %s</span></a></div></div>'
            '<div class="ContentItem-actions RichContent-actions"><span><button aria-label="赞同 %d " type="button" class="Button VoteButton VoteButton--up">赞同 %d</button></span>'
            '<button type="button" class="Button ContentItem-action">%d 条评论</button><button type="button" class="Button ContentItem-action">分享</button><button type="button" class="Button ContentItem-action">收藏</button></div></div></div></div>'
            % (i, E(js({"authorName": name, "itemId": int(aid), "title": qtitle, "type": "answer"})), aid, author, rng.randint(0, 5000), qid, aid,
               date_str(rng), time_str(rng), content, qid, aid, date_str(rng), date_str(rng), rng.randint(0, 5000), rng.randint(0, 5000), rng.randint(0, 300)))
        items.append(it(url, None, name, None, i + 1))
    for pos in (2, 7):
        blocks.insert(pos, '<div class="Pc-feedAd-container"><div class="Pc-feedAd"><a class="Pc-feedAd-link" href="https://www.zhihu.test/xen/market/ecom-page/%s" target="_blank">'
                           '<div class="Pc-feedAd-title">%s</div><span class="Pc-feedAd-tag">广告</span></a></div></div>' % (digits(rng, 18), E(uniq(legit_svc_title, rng))))
    related = "".join('<div class="SimilarQuestions-item"><a class="Button Button--plain" href="/question/%s" target="_blank">%s</a><span class="SimilarQuestions-num">%d 个回答</span></div>' % (digits(rng, 9), E(h), rng.randint(3, 400))
                      for h in ["实用新型专利自己申请难吗？", "如何判断一家专利代理机构是否正规？", "非正常专利申请会有什么处罚？", "商标被抢注了怎么维权？", "高企认定的知识产权怎么准备？"])
    body = (
        '<body><div id="root"><div><div class="LoadingBar"></div><header role="banner" class="Sticky AppHeader"><div class="AppHeader-inner"><a href="//www.zhihu.test" aria-label="知乎">知乎</a>'
        '<nav class="AppHeader-Tabs"><a class="Tabs-link" href="//www.zhihu.test/">首页</a><a class="Tabs-link" href="//www.zhihu.test/education/learning">知学堂</a><a class="Tabs-link" href="//www.zhihu.test/explore">发现</a><a class="Tabs-link" href="//www.zhihu.test/question/waiting">等你来答</a></nav>'
        '<div class="SearchBar"><input class="Input" placeholder="搜索"><div class="AutoComplete-hotwords">%s</div></div></div></header>\n'
        '<main role="main" class="App-main"><div class="QuestionPage" itemscope="" itemtype="http://schema.org/Question"><meta itemprop="name" content="%s"><meta itemprop="url" content="%s">'
        '<div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-topics"><a class="TopicLink" href="//www.zhihu.test/topic/19570000">专利</a><a class="TopicLink" href="//www.zhihu.test/topic/19550000">知识产权</a></div>'
        '<h1 class="QuestionHeader-title">%s</h1><div class="QuestionRichText"><span class="RichText ztext">最近有代理找上门，说给钱就能保证拿到授权证书，想知道拿到之后会不会有隐患。</span></div></div>'
        '<div class="QuestionHeader-side"><div class="NumberBoard QuestionFollowStatus-counts"><div class="NumberBoard-item"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">%d</strong></div>'
        '<div class="NumberBoard-item"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue">%s</strong></div></div></div></div></div>\n'
        '<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div class="Card AnswersNavWrapper"><div class="List"><div class="List-header"><h4 class="List-headerText"><span>%d 个回答</span></h4></div>'
        '<div>\n%s\n</div></div></div></div></div>\n'
        '<div class="Question-sideColumn"><div class="Card"><div class="Card-header SimilarQuestions-title"><div class="Card-headerText">相关问题</div></div><div class="Card-section SimilarQuestions-list">%s</div></div>'
        '<div class="Card"><div class="Card-header"><div class="Card-headerText">相关推荐</div></div><div class="Card-section"><a href="https://www.zhihu.test/xen/market/remix/paid_column/%s">%s</a></div></div>'
        '<footer class="Footer"><a href="https://liukanshan.zhihu.test/">刘看山</a><span class="Footer-dot"></span><a href="https://www.zhihu.test/question/19581624">知乎指南</a><span>&copy; 2026 知乎</span></footer></div></div></div></main></div></div>\n'
        '<script id="js-initialData" type="text/json">%s</script>\n</body>'
        % ("".join("<span>%s</span>" % E(h) for h in hotwords(rng, 5)), E(qtitle), url, E(qtitle), rng.randint(20, 2000), "{:,}".format(rng.randint(10000, 900000)), 37,
           "\n".join(blocks), related, digits(rng, 18), E(uniq(legit_svc_title, rng)),
           js({"initialState": {"entities": {"answers": {x: {"author": {"name": names[k]}} for k, x in enumerate(["a%d" % j for j in range(n)])}}}})))
    head = '<meta name="description" content="%s"><link rel="canonical" href="%s"><style>%s</style>' % (E(qtitle), url, css_block(rng, 30))
    return dict(name="zhihu_answers", url=url, kind="thread", html=doc(qtitle + " - 知乎", head, body), items=items)


# ------------------------------------------------------------------ 15. Weibo comment list (old PC layout)
def weibo(rng):
    uid = digits(rng, 10)
    bid = hx(rng, 9)
    url = "https://weibo.test/%s/%s" % (uid, bid)
    blogger = rng.choice(["知产小助手", "老张说专利", "商标那些事儿", "创业的阿May"]) + digits(rng, 2)
    optext = "提醒各位网店老板：收到“您的品牌已被抢注、可低价转让给您”的短信，先去官方商标局网站查一查，别急着转账。#知识产权# #防骗指南#"
    n = 20
    texts = post_texts(rng, n, op_text=optext)
    seen = {blogger}
    names = [blogger] + [nick_unique(rng, seen) for _ in range(n - 1)]
    op = ('<div class="WB_cardwrap WB_feed_type S_bg2 WB_feed_like" tbinfo="ouid=%s" mid="%s" action-type="feed_list_item">'
          '<div class="WB_feed_detail clearfix"><div class="WB_face W_fl"><div class="face"><a target="_blank" class="W_face_radius" href="/u/%s" title="%s"><img usercard="id=%s" src="https://tvax1.sinaimg.test/crop.0.0.512.512.50/%s.jpg" class="W_face_radius"></a></div></div>'
          '<div class="WB_detail"><div class="WB_info"><a target="_blank" class="W_f14 W_fb S_txt1" usercard="id=%s" href="/u/%s" title="%s">%s</a><a target="_blank" href="//verified.weibo.test/verify"><i class="W_icon icon_approve" title="微博个人认证"></i></a></div>'
          '<div class="WB_from S_txt2"><a target="_blank" href="/%s/%s" title="%s" date="%s" class="S_txt2">%s</a> 来自 <a class="S_txt2" rel="nofollow">微博网页版</a></div>'
          '<div class="WB_text W_f14" node-type="feed_list_content">%s</div></div></div>'
          '<div class="WB_feed_handle"><ul class="WB_row_line"><li><a class="S_txt2">转发 %d</a></li><li><a class="S_txt2">评论 %d</a></li><li><a class="S_txt2">赞 %d</a></li></ul></div></div>'
          % (uid, digits(rng, 16), uid, E(blogger), uid, hx(rng, 20), uid, uid, E(blogger), E(blogger), uid, bid, date_str(rng), digits(rng, 13), date_str(rng),
             E(optext).replace("#知识产权#", '<a href="//s.weibo.test/weibo?q=%23%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83%23" target="_blank">#知识产权#</a>'),
             rng.randint(10, 900), n - 1, rng.randint(100, 9000)))
    items = [it(url, None, blogger, None, 1)]
    lis = []
    for i in range(1, n):
        cuid = digits(rng, 10)
        sub = ""
        if rng.random() < 0.3:
            sn = rng.choice([blogger, nick(rng)])
            sub = ('<div class="list_box_in S_bg3"><div class="list_ul"><div class="list_li S_line1 clearfix" comment_id="%s"><div class="WB_text"><a target="_blank" href="/u/%s" usercard="id=%s">%s</a>%s：%s</div>'
                   '<div class="WB_func clearfix"><div class="WB_from S_txt2">%s</div></div></div></div></div>' % (digits(rng, 16), digits(rng, 10), digits(rng, 10), E(sn),
                                                                                                              ' <i class="W_icon icon_member"></i>' if sn == blogger else "", E(uniq(chatter, rng)), date_str(rng)))
        lis.append(
            '<div comment_id="%s" class="list_li S_line1 clearfix" node-type="root_comment">\n<div class="WB_face W_fl"><a target="_blank" href="/u/%s"><img width="30" height="30" alt="%s" src="https://tvax3.sinaimg.test/crop.0.0.100.100.50/%s.jpg" usercard="id=%s"></a></div>\n'
            '<div class="list_con" node-type="replywrap"><div class="WB_text"><a target="_blank" href="/u/%s" usercard="id=%s">%s</a>：%s</div>\n'
            '<div class="WB_func clearfix"><div class="WB_handle W_fr"><ul class="clearfix"><li><span class="line S_line1"><a class="S_txt1" action-type="reply">回复</a></span></li><li><span class="line S_line1"><a class="S_txt1" action-type="fl_like"><em>%d</em></a></span></li></ul></div>'
            '<div class="WB_from S_txt2">%s %s</div></div>\n%s</div></div>'
            % (digits(rng, 16), cuid, E(names[i]), hx(rng, 20), cuid, cuid, cuid, E(names[i]), E(texts[i][1]), rng.randint(0, 200), date_str(rng), time_str(rng), sub))
        items.append(it(url, None, names[i], None, i + 1))
    hot = "".join('<li><a href="//s.weibo.test/weibo?q=%s" target="_blank"><span class="num">%d</span>%s</a></li>' % (u8q(h), k + 1, E(h)) for k, h in enumerate(
        ["寒潮预警", "双十二退货", "某地发布知识产权保护白皮书", "年度热词", "高校寒假时间", "演唱会抢票"]))
    body = (
        '<body class="FRAME_main"><div class="WB_miniblog"><div class="WB_global_nav"><div class="gn_header"><div class="gn_logo"><a href="//weibo.test/" title="微博">微博</a></div>'
        '<div class="gn_search_v2"><input type="text" class="W_input" placeholder="大家都在搜：双十二退货"></div><div class="gn_position"><a href="//weibo.test/">首页</a><a href="//d.weibo.test/">视频</a><a href="//s.weibo.test/top/summary">发现</a><a href="//game.weibo.test/">游戏</a></div></div></div>\n'
        '<div class="WB_main clearfix"><div class="WB_frame_c">\n%s\n'
        '<div class="WB_feed_repeat S_bg1" node-type="feed_list_repeat"><div class="WB_repeat S_line1"><div class="repeat_list"><div class="tab_box"><ul class="tab W_fl"><li><a class="S_txt1 curr">按热度</a></li><li><a class="S_txt1">按时间</a></li></ul></div>'
        '<div class="list_box"><div class="list_ul" node-type="feed_list_commentList">\n%s\n</div></div>'
        '<a class="WB_cardmore S_txt1 S_line1 clearfix" href="javascript:void(0);" action-type="click_more_comment"><span class="more_txt">查看更多</span></a></div></div></div>\n'
        '</div><div class="WB_frame_b"><div class="WB_cardwrap S_bg2"><div class="cardtitle"><h4>微博热搜</h4></div><ul class="hot_list">%s</ul></div>'
        '<div class="WB_cardwrap S_bg2 ad_card"><span class="ad_tag">广告</span><a href="https://sax.weibo.test/click?ad=%s">%s</a></div></div></div></div>\n'
        '<script>$CONFIG={"oid":"%s","onick":%s,"page_id":"100505%s"};FM.view({"ns":"pl.content.weiboDetail.index","domid":"Pl_Official_WeiboDetail__58"});</script>\n</body>'
        % (op, "\n".join(lis), hot, hx(rng, 12), E(uniq(goods_title, rng)), uid, js(blogger), uid))
    head = '<style>%s</style>' % css_block(rng, 40)
    return dict(name="weibo_comments", url=url, kind="thread", html=doc(blogger + "的微博_微博", head, body), items=items)


# ------------------------------------------------------------------ 16. NGA-like thread (#0 floors, table posts, GBK-era markup kept UTF-8)
def nga(rng):
    tid = digits(rng, 8)
    url = "https://bbs.nga.test/read.php?tid=%s" % tid
    title = "[讨论] 公司让我去“挂”个专利代理师证，这事靠谱吗"
    n = 18
    texts = post_texts(rng, n, ratio=0.3, op_text="刚考出专利代理师资格，同学介绍了个机构，说把证挂在他们那儿一年给两万，人不用去上班。"
                                                   "总觉得不太对劲，来问问各位大佬这种挂证有什么后果。")
    names = posters(rng, n, op_repeat=1)
    floors, f = [], 0
    for i in range(n):
        floors.append(f)
        f += rng.choice([1, 1, 1, 2]) if i else 1
    posts, items = [], []
    for i in range(n):
        uid = digits(rng, 8)
        pid = digits(rng, 9) if i else "0"
        fl = floors[i]
        posts.append(
            '<table class="forumbox postbox" cellspacing="1px"><tbody><tr id="post1strow%d" class="postrow row%d">'
            '<td class="c1" id="postauthor_td%d" style="width:1px"><span class="posterinfo"><a href="nuke.php?func=ucp&amp;uid=%s" id="postauthor%d" class="author b"><b>%s</b></a>'
            '<div class="stat"><span class="small_colored_text_btn block_txt_c2">级别: %s</span><span>威望: %d</span><span>发帖: %d</span></div></span></td>'
            '<td class="c2" id="postcontainer%d"><div class="postInfo"><a name="l%d" id="l%d" class="small_colored_text_btn stxt block_txt_c0 vertmod" href="/read.php?pid=%s&amp;opt=128" title="到第%d楼">#%d</a>'
            '<span id="postdate%d" title="reply time">%s %s</span></div>%s'
            '<span id="postcontent%d" class="postcontent ubbcode">%s</span><div class="postBtnPos"><a class="small_colored_text_btn" href="/post.php?action=quote&amp;_newui&amp;fid=-7&amp;tid=%s&amp;pid=%s">引用</a></div></td></tr></tbody></table>'
            % (i, i % 2, i, uid, i, E(names[i]), rng.choice(["学徒", "秀才", "举人", "进士"]), rng.randint(0, 30), rng.randint(1, 9000), i, fl, fl, pid, fl, fl, i,
               date_str(rng, 2026, 11, 12), time_str(rng), ('<h3 id="postsubject%d">%s</h3>' % (i, E(title))) if i == 0 else "", i, E(texts[i][1]), tid, pid))
        items.append(it(url, None, names[i], None, fl))
    posts.insert(3, '<div class="adsc" id="adsc_post3"><span class="silver">广告</span><a href="https://bbs.nga.test/gg.php?c=%s" target="_blank">%s</a></div>' % (digits(rng, 4), E(uniq(ip_title, rng))))
    body = (
        '<body><div id="mmc"><div id="mainmenu"><div class="stdbtn"><a href="/" class="mmdefault">NGA玩家社区</a><a href="/thread.php?fid=-7">网事杂谈</a><a href="/nuke.php?func=login">登录</a></div></div>\n'
        '<div id="m_nav"><div class="nav"><a href="/" class="nav_root">NGA</a> &gt; <a href="/thread.php?fid=-7" class="nav_link">网事杂谈</a> &gt; <a href="/read.php?tid=%s" class="nav_link">%s</a></div></div>\n'
        '<div id="m_pbtntop"><div class="pager"><a class="current">1</a><a href="/read.php?tid=%s&amp;page=2">2</a><a href="/read.php?tid=%s&amp;page=2" title="下一页">&gt;</a></div></div>\n'
        '<div id="m_posts"><div id="m_posts_c">\n%s\n</div></div>\n'
        '<div id="m_fopts"><a href="/read.php?tid=%s&amp;authorid=%s">只看楼主</a> <a href="/thread.php?fid=-7">返回版面</a></div></div>\n'
        '<div id="footer">&copy; NGA.test 2026 <a href="/misc/privacy.html">隐私</a></div>\n'
        '<script>commonui.postArg.setDefault(%s,-7,%s,0,"%s");__CURRENT_UID=0;</script>\n</body>'
        % (tid, E(title), tid, tid, "\n".join(posts), tid, digits(rng, 8), tid, n, hexs(rng, 8)))
    head = '<style>%s</style>' % css_block(rng, 30)
    return dict(name="nga_thread", url=url, kind="thread", html=doc(title + " NGA玩家社区", head, body), items=items)


PAGES = [tieba_thread, discuz_thread, douban_topic, zhihu, weibo, nga]
