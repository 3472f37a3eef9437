from common import *

def mix_posts(r, ordinary, n, rate=0.2, op=None):
    """return list of (text, is_illegal); index 0 is OP (never illegal)."""
    pos = ill_positions(r, n, rate, lo=1)
    ills = iter(illegal_posts(r, len(pos)))
    ordi = list(ordinary); r.shuffle(ordi)
    out = [(op, False)] if op else []
    k = 0
    for i in range(len(out), n):
        if i in pos:
            out.append((next(ills), True))
        else:
            out.append((ordi[k % len(ordi)], False)); k += 1
    return out

# ============================================================== Tieba
def tieba():
    r = random.Random(601)
    tid = 8912345678
    url = "https://tieba.baidu.test/p/%d" % tid
    title = "实用新型自己申请还是找代理？第一次弄，求老哥们指点"
    op = "公司做了个小改进，老板让申请个实用新型。网上看了下可以自己在专利业务办理系统提交，也可以找代理，代理报价从800到3000不等，差距好大。有没有自己申请成功过的，说说坑在哪？"
    ordinary = ["自己申请完全可以，官费减缴后很便宜，就是权利要求书要好好写，不然审查意见回复很痛苦。",
                "找代理省心，但是一定找有代理机构执业许可的，去国知局官网能查到机构名单。",
                "我去年自己写的，被下了一次补正通知书，改了附图就过了，前后大概8个月。",
                "别信那种报价特别低还保证授权的，专利能不能授权是审查员说了算。",
                "说明书附图要规范，线条图，不能有阴影，这个很多人第一次都会搞错。",
                "先做个检索吧，万一别人早就申请过了，白花钱。",
                "楼主什么行业的？机械类的实用新型相对好写一些。",
                "代理费贵一点的一般撰写质量好，后面维权的时候就知道区别了。",
                "顶一下，我也想知道，我们老板也在催。",
                "实用新型不做实质审查，但是形式审查也挺严的，最近还多了明显创造性审查。",
                "费减备案记得先做，能省不少官费。",
                "可以先去当地知识产权保护中心咨询，有免费指导的。",
                "mark，学习了",
                "我找的代理写得挺好，审查意见也是他们回复的，花了1800。"]
    n = 15
    posts = mix_posts(r, ordinary, n, op=op)
    names = nicks(r, n)
    times = times_sorted(r, n, m0=3, m1=4, sec=False)
    lvl_names = ["初级粉丝", "专利新人", "知产学徒", "专利达人", "吧务助手"]
    items, divs = [], []
    for i, (text, ill) in enumerate(posts):
        fl = i + 1
        pid = 146000000000 + r.randint(10**6, 10**8)
        uid = r.randint(10**6, 10**9)
        portrait = "tb.1." + fake_token(r, 8).replace("-", "a").replace("_", "b")
        name = names[i]
        items.append(item(url, None, name, None, fl))
        df = {"author": {"user_id": uid, "user_name": name, "props": None, "portrait": portrait, "level_id": r.randint(1, 12)},
              "content": {"post_id": pid, "is_anonym": False, "forum_id": 2345678, "thread_id": tid, "content": "", "post_no": fl, "type": "0",
                          "comment_num": 0, "is_fold": 0, "props": None, "post_index": i, "pb_tpoint": None}}
        lzl = ""
        if i in (1, 3, 6) or (ill and i % 2 == 0):
            subs = []
            k = r.randint(2, 4)
            sn = nicks(r, k)
            stx = ["说得对，我就是这样被坑过", "回复 %s :能具体说说吗" % name, "这种一看就是骗子，举报了", "谢谢老哥", "同问", "+1，我也是这么弄的", "楼上别打广告了"]
            for j in range(k):
                subs.append('<li class="lzl_single_post j_lzl_s_p %s" data-field=\'%s\'><a rel="noopener" data-field=\'{"un":"%s"}\' target="_blank" class="j_user_card lzl_p_p" href="/home/main?id=tb.1.%s&amp;fr=pb" username="%s"><img src="//gss0.bdstatic.test/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/tb.1.%s" /></a><div class="lzl_cnt"><a rel="noopener" class="at j_user_card " data-field=\'{"un":"%s"}\' target="_blank" href="/home/main?id=tb.1.%s&amp;fr=pb" username="%s">%s</a>:<span class="lzl_content_main" data-username="%s">%s</span><div class="lzl_content_reply"><span class="lzl_jb" style="display: none;"><a href="#" data-field=\'{"user_name":"%s"}\' class="lzl_jb_in">举报</a>&nbsp;|&nbsp;</span><span class="lzl_op_list j_lzl_o_l"></span><span class="lzl_time">%s</span><a href="#" class="lzl_s_r">回复</a></div></div></li>' % (
                    "first_no_border" if j == 0 else "", JA({"spid": pid + j + 1, "showname": sn[j], "user_name": sn[j]}), E(sn[j]), "x%d" % j, E(sn[j]), "x%d" % j, E(sn[j]), "x%d" % j, E(sn[j]), E(sn[j]), E(sn[j]), E(r.choice(stx)), E(sn[j]), times[i][:10].replace("-0", "-") + " 2%d:%02d" % (r.randint(0, 3), r.randint(0, 59))))
            lzl = '<div class="j_lzl_container core_reply_wrapper" data-field=\'{"pid":%d,"total_num":%d}\'><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w" style="">%s<li class="lzl_li_pager j_lzl_l_p lzl_li_pager_s" data-field=\'{"total_num":%d,"total_page":1}\'><p class="j_pager l_pager pager_theme_2"></p><a class="btn-sub btn-small j_lzl_p" href="#"><i class="icon-reply"></i>我也说一句</a></li></ul></div></div>' % (pid, k, "".join(subs), k)
        else:
            lzl = '<div class="j_lzl_container core_reply_wrapper" style="display:none;" data-field=\'{"pid":%d,"total_num":0}\'><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w" style="display:none"></ul></div></div>' % pid
        tail = '<span class="tail-info">来自<a rel="noopener" href="/mo/q/vip_client_home" target="_blank">%s</a></span>' % r.choice(["Android客户端", "iPhone客户端", "手机贴吧"]) if r.random() < 0.5 else ""
        divs.append('''<div class="l_post l_post_bright j_l_post clearfix  " data-field='%s' data-pid="%d">
<div class="d_author"><ul class="p_author"><li class="icon"><div class="icon_relative j_user_card" data-field='{"un":"%s","id":"%s"}'><a rel="noopener" style="" target="_blank" class="p_author_face " href="/home/main?id=%s&amp;fr=pb&amp;ie=utf-8"><img username="%s" class="" src="//gss0.bdstatic.test/6LZ1dD3d1sgCo2Kml5_Y_D3/sys/portrait/item/%s"/></a></div></li>
<li class="d_name" data-field='{"user_id":%d}'><a rel="noopener" data-field='{"un":"%s","id":"%s"}' alog-group="p_author" class="p_author_name j_user_card" href="/home/main?id=%s&amp;fr=pb&amp;ie=utf-8" target="_blank">%s</a></li>
<li class="l_badge" style="display:block;"><div class="p_badge"><a rel="noopener" href="/f/like/level?kw=%s&amp;ie=utf-8&amp;lv_t=lv_nav_intro" target="_blank" class="user_badge d_badge_bright d_badge_icon2" title="本吧头衔%d级，点击进入等级头衔说明页"><div class="d_badge_title ">%s</div><div class="d_badge_lv">%d</div></a></div></li></ul></div>
<div class="d_post_content_main %s"><div class="p_content  "><cc><div id="post_content_%d" class="d_post_content j_d_post_content " style="display:;">            %s</div><br></cc></div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply" data-field='{"total_num":0,"pid":%d}'><a rel="noopener" href="#" class="lzl_link_unfold">回复</a></div><div class="post-tail-wrap">%s<span class="tail-info">%d楼</span><span class="tail-info">%s</span></div></div>
%s
</div></div></div>''' % (JA(df), pid, E(name), portrait, portrait, E(name), portrait, uid, E(name), portrait, portrait, E(name), q("专利"), df["author"]["level_id"],
                         r.choice(lvl_names), df["author"]["level_id"], "d_post_content_firstfloor" if i == 0 else "", pid, E(text), pid, tail, fl, times[i], lzl))
        if i == 4:
            divs.append('''<div class="l_post tb-ad-post fengchao-wrap-pb" data-ad="1"><div class="d_author"><ul class="p_author"><li class="d_name"><a class="p_author_name" href="https://e.baidu.test/?refer=1" target="_blank">知产服务推广</a></li></ul></div><div class="d_post_content_main"><div class="p_content"><a href="https://www.baidu.test/baidu.php?url=adzl123" target="_blank"><img src="//tb1.bdstatic.test/ad/zl.jpg"/><span>正规专利代理机构 免费评估可专利性</span></a><span class="label_text">广告</span></div></div></div>''')
    hot = ["专利申请流程", "实用新型多久授权", "专利费减备案", "审查意见答复", "专利检索", "外观设计", "商标注册", "软著登记", "高企认定", "PCT申请"]
    filt = filters([("品牌", ["精品区", "经验分享", "求助", "资源"]), ("价格", ["免费咨询", "官费", "代理费"]), ("发货地", ["北京", "广东", "江苏", "浙江"])],
                   lambda g, o: "/f?kw=%s&ie=utf-8&tab=good&cid=%s" % (q("专利"), q(o)), cls="tbui_filter_bar")
    body = '''<div id="com_userbar" class="userbar "><ul><li><a href="https://www.baidu.test/" target="_blank">百度首页</a></li><li class="u_login"><a href="https://passport.baidu.test/v2/?login&amp;u=%s" rel="noreferrer">登录</a></li><li><a href="https://passport.baidu.test/v2/?reg" target="_blank">注册</a></li><li><a href="/tbmall/home">会员</a></li><li><a href="/feedback">反馈</a></li></ul></div>
<div id="head" class=" search_bright"><div class="head_inner"><div class="search_top clearfix"><div class="search_nav j_search_nav"><a rel="noopener" param="word" href="https://news.baidu.test/ns?cl=2&amp;rn=20&amp;tn=news&amp;word=">新闻</a><a rel="noopener" param="wd" href="https://www.baidu.test/s?cl=3&amp;wd=">网页</a><b>贴吧</b><a rel="noopener" param="word" href="https://zhidao.baidu.test/q?ct=17&amp;pn=0&amp;tn=ikaslist&amp;rn=10&amp;word=">知道</a><a rel="noopener" param="key" href="https://music.taihe.test/search?fr=tieba&amp;key=">音乐</a><a rel="noopener" param="word" href="https://image.baidu.test/search/index?tn=baiduimage&amp;word=">图片</a><a rel="noopener" param="word" href="https://v.baidu.test/v?ie=utf-8&amp;word=">视频</a></div></div>
<div class="search_main_wrap"><div class="search_main clearfix"><div class="search_form"><a rel="noopener" title="到贴吧首页" class="search_logo" href="/" style=""></a><form name="f1" class="clearfix j_search_form" action="/f" target="_blank"><input class="search_ipt search_inp_border j_search_input tb_header_search_input" name="kw1" value="" type="text" autocomplete="off" size="42" tabindex="1" id="wd1" maxlength="100" x-webkit-grammar="builtin:search" x-webkit-speech="true"/><input autocomplete="off" type="hidden" name="kw" value="" id="wd2" /><span class="search_btn_wrap search_btn_enter_ba_wrap"><a rel="noopener" class="search_btn search_btn_enter_ba j_enter_ba" href="#" onclick="return false;">进入贴吧</a></span><span class="search_btn_wrap"><a rel="noopener" class="search_btn j_search_post" href="#">全吧搜索</a></span></form></div></div></div></div></div>
<div class="wrap1"><div class="wrap2">
<div class="card_top_wrap clearfix card_top_theme2 "><div class="card_top_right"><div class="card_title "><a rel="noopener" class="card_title_fname" title="" href="/f?kw=%s&amp;ie=utf-8">专利吧</a><span class="card_num"><span class="card_numLabel">关注：</span><span class="card_menNum">128,356</span><span class="card_numLabel">贴子：</span><span class="card_infoNum">1,902,233</span></span></div></div></div>
<div class="nav_wrap nav_wrap_add_border" id="tb_nav"><ul class="nav_list j_nav_list"><li class="focus j_tbnav_tab "><div class="tbnav_tab_inner"><p class="space"><a rel="noopener" href="/f?kw=%s&amp;ie=utf-8" class="nav_icon icon_tie  j_tbnav_tab_a">看贴</a></p></div></li><li class=" j_tbnav_tab "><div class="tbnav_tab_inner"><p class="space"><a rel="noopener" href="/photo/g?kw=%s&amp;ie=utf-8" class="nav_icon icon_tu  j_tbnav_tab_a">图片</a></p></div></li><li class=" j_tbnav_tab "><div class="tbnav_tab_inner"><p class="space"><a rel="noopener" href="/f?kw=%s&amp;ie=utf-8&amp;tab=good" class="nav_icon icon_jingpin  j_tbnav_tab_a">精品</a></p></div></li><li class=" j_tbnav_tab "><div class="tbnav_tab_inner"><p class="space"><a rel="noopener" href="/f?kw=%s&amp;ie=utf-8&amp;tab=video" class="nav_icon icon_vedio j_tbnav_tab_a">视频</a></p></div></li></ul></div>
<div class="tb_crumbs"><a href="/">贴吧</a> &gt; <a href="/f/index/forumpark?pcn=%s&amp;pci=0&amp;ct=1">法律</a> &gt; <a href="/f?kw=%s&amp;ie=utf-8">专利吧</a> &gt; <span>帖子</span></div>
%s
<div class="content clearfix"><div class="pb_content clearfix " id="pb_content"><div class="left_section">
<div id="j_core_title_wrap" class="core_title_wrap_bright clearfix"><div class="core_title core_title_theme_bright"><h3 class="core_title_txt pull-left text-overflow  " title="%s" style="width: 396px">%s</h3><ul class="core_title_btns pull-right"><li><a rel="noopener" href="/p/%d?see_lz=1" id="lzonly_cntn" class="l_lzonly_cancel j_lzonly">只看楼主</a></li><li><a rel="noopener" class="j_thread_collect" href="#">收藏</a></li><li><a href="#" class="j_quick_reply">回复</a></li></ul></div></div>
<div class="p_postlist" id="j_p_postlist">
%s
</div>
<div class="p_thread thread_theme_7" id="thread_theme_7"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager">%s</li><li class="l_reply_num" style="margin-left:8px"><span class="red" style="margin-right:3px">%d</span>回复贴，共<span class="red">1</span>页</li></ul></div></div>
</div>
<div class="right_section right_bright"><div class="region_bright"><div class="region_title region_title_bright">贴吧热议榜</div><ul class="topic_list">%s</ul></div>
<div class="ad_slot" id="pb_adbanner"><span class="ad-mark">广告</span><a href="https://e.baidu.test/ad/click?id=5521" target="_blank"><img src="//tb1.bdstatic.test/ad/banner300x250.jpg" width="300" height="250"/></a></div></div>
</div></div></div></div>
<div class="footer" id="footer">%s</div>
<script>
PageData = {"tbs":"%s","charset":"UTF-8","product":"pb","page":"pb","user":{"is_login":0,"id":0},"forum":{"id":2345678,"name":"专利","first_class":"法律","second_class":"知识产权"},"thread":{"thread_id":%d,"title":"%s","reply_num":%d,"author":"%s"}};
PageData.hot_words = %s;
</script>
<!-- pb render 126ms -->''' % (
        q(url), q("专利"), q("专利"), q("专利"), q("专利"), q("专利"), q("法律"), q("专利"), filt, E(title), E(title), tid, "\n".join(divs),
        pager(lambda p: "/p/%d?pn=%d" % (tid, p), 1, 1, cls="l_pager"), n - 1,
        "".join('<li class="topic-top-item"><a href="/hottopic/browse/hottopic?topic_id=%d&amp;topic_name=%s" class="topic-text">%s</a></li>' % (k, q(w), E(w)) for k, w in enumerate(hot)),
        icp_footer("京", "030173", "Baidu", [("贴吧协议", "/tb/eula.html"), ("隐私政策", "/tb/cms/tieba-fe/tieba_promise/privacy.html"), ("吧主制度", "/tb/cms/tieba-fe/bazhu.html"), ("意见反馈", "/feedback")], cls="footer_inner"),
        fake_token(r, 26), tid, E(title), n - 1, E(names[0]), J(hot))
    h = head("%s【专利吧】_百度贴吧" % title, extra='<meta name="keywords" content="百度贴吧,专利,实用新型,申请"/>\n<link rel="canonical" href="%s"/>\n<link rel="stylesheet" href="//tb1.bdstatic.test/tb/_/pb_3f8a21c.css"/>' % url)
    return "tieba_thread.html", url, "thread", page(h, body), items

# ============================================================== Discuz! viewthread
def discuz():
    r = random.Random(602)
    tid = 284512
    url = "https://bbs.erji.test/thread-%d-1-1.html" % tid
    title = "入手国产平头塞一周，说说真实感受（附和旗舰对比）"
    op = "纠结了一个月，最后还是入了这条平头塞，价格不到三百。先说结论：人声很甜，低频量感一般，适合听流行和民谣。佩戴方面耳朵小的朋友可能会有点累。下面慢慢展开说，欢迎大家讨论。"
    ordinary = ["平头塞确实舒服，我戴着睡觉都没问题。", "三百不到能有这素质不错了，楼主用的什么播放器？", "低频不够可以试试换个棉，效果明显。",
                "我也有这条，煲了五十个小时以后高频顺滑多了。", "同价位还有几个竞品，可以横向对比一下吗？", "看了评测心动了，准备618入手。",
                "线材有点硬，冬天会不会更明显？", "楼主文笔不错，支持一下！", "用手机直推够吗，还是得配个小尾巴？", "这家品控怎么样，我之前买的另一款左右声道不平衡。",
                "人声甜这点赞同，听女声很舒服。", "收藏了，等楼主后续更新。"]
    n = 12
    posts = mix_posts(r, ordinary, n, op=op)
    names = nicks(r, n)
    times = times_sorted(r, n, m0=4, m1=4)
    floor_txt = {1: "楼主", 2: "沙发", 3: "板凳", 4: "地板"}
    groups = ["新手上路", "注册会员", "中级会员", "高级会员", "金牌会员", "论坛元老"]
    items, divs = [], []
    pids = sorted(r.sample(range(5120000, 5129999), n))
    for i, (text, ill) in enumerate(posts):
        fl = i + 1; pid = pids[i]; uid = r.randint(10000, 999999); name = names[i]
        items.append(item(url + "#post_%d" % pid, None, name, None, fl))
        ftxt = floor_txt.get(fl, "<em>%d</em><sup>#</sup>" % fl)
        quote = ""
        if i >= 3 and r.random() < 0.4:
            j = r.randint(1, i - 1)
            quote = '<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=%d&amp;ptid=%d" target="_blank"><font color="#999999">%s 发表于 %s</font></a></font><br />\n%s</blockquote></div><br />\n' % (pids[j], tid, E(names[j]), times[j][:16].replace("-0", "-"), E(posts[j][0][:40]))
        cm = ""
        if i in (0, 2, 5):
            k = r.randint(1, 3); cn = nicks(r, k)
            cm = '<div id="comment_%d" class="cm"><h3 class="psth xs1"><span class="icon_ring vm"></span>点评</h3>%s</div>' % (pid, "".join(
                '<div class="pstl xs1 cl"><div class="psta vm"><a href="home.php?mod=space&amp;uid=%d" c="1"><img src="uc_server/avatar.php?uid=%d&amp;size=small" /></a><a href="home.php?mod=space&amp;uid=%d" class="xi2 xw1">%s</a></div><div class="psti">%s&nbsp;<span class="xg1">发表于 %s</span></div></div>' % (
                    r.randint(1000, 9999), r.randint(1000, 9999), r.randint(1000, 9999), E(cn[x]), E(r.choice(["学习了", "说得好", "同感", "谢谢分享", "请问在哪买的？"])), times[i][:16]) for x in range(k)))
        fj = '<div id="fj" class="y"><label class="z">电梯直达</label><input type="text" class="px p_fre z" size="2" onkeyup="$(\'fj_btn\').href=\'forum.php?mod=redirect&amp;ptid=%d&amp;authorid=0&amp;postno=\'+this.value" title="跳转到指定楼层" /><a href="javascript:;" id="fj_btn" class="z" title="跳转到指定楼层"><img src="static/image/common/fj_btn.png" alt="跳转到指定楼层" class="vm" /></a></div>' % tid if i == 0 else ""
        divs.append('''<div id="post_%d" >
<table id="pid%d" class="plhin" summary="pid%d" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div id="favatar%d" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=%d" target="_blank" class="xw1">%s</a></div></div>
<div><div class="avatar"><a href="home.php?mod=space&amp;uid=%d" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=%d&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">%d</a></p>主题</th><th><p><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">%d</a></p>帖子</th><td><p><a href="home.php?mod=space&amp;uid=%d&amp;do=profile" class="xi2">%d</a></p>积分</td></table></div>
<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=%d" target="_blank">%s</a></em></p></div></td>
<td class="plc"><div class="pi">%s<strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=%d&amp;pid=%d" id="postnum%d" onclick="setCopy(this.href, '帖子地址复制成功');return false;">%s</a></strong>
<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon%d" src="static/image/common/online_member.gif" /><em id="authorposton%d">发表于 %s</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid=%d&amp;page=1&amp;authorid=%d" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><style type="text/css">.pcb{margin-right:0}</style><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%d">
%s%s</td></tr></table></div>
%s</div></div></td></tr>
<tr><td class="plc plm"></td></tr>
<tr id="_postposition%d"></tr>
<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=%d&amp;repquote=%d&amp;extra=page%%3D1&amp;page=1" onclick="showWindow('reply', this.href)">回复</a></em><p><a href="javascript:;" id="mgc_post_%d" onmouseover="showMenu(this.id)" class="showmenu">使用道具</a><a href="javascript:;" onclick="showWindow('miscreport%d', 'misc.php?mod=report&amp;rid=%d&amp;type=post&amp;fid=36', 'get', -1);return false;">举报</a></p></div></div></td></tr>
</table></div>''' % (pid, pid, pid, pid, uid, E(name), uid, uid, uid, r.randint(0, 50), uid, r.randint(1, 3000), uid, r.randint(1, 9000),
                     r.randint(10, 15), r.choice(groups), fj, tid, pid, pid, ftxt, pid, pid, times[i][:16].replace("-0", "-"), tid, uid, pid,
                     quote, E(text), cm, pid, tid, pid, pid, pid, pid))
    hot = ["平头塞", "动圈", "圈铁", "静电", "耳放", "解码", "TWS", "头戴", "HiFi播放器", "线材"]
    filt = filters([("品牌", ["森海塞尔", "舒尔", "索尼", "水月雨", "天龙", "铁三角"]), ("价格", ["百元", "三百元", "千元", "万元"]), ("发货地", ["北京", "上海", "广州", "深圳"])],
                   lambda g, o: "forum.php?mod=forumdisplay&fid=36&filter=typeid&kw=%s" % q(o), cls="bm bml pbn tag_filter")
    body = '''<div id="toptb" class="cl"><div class="wp"><div class="z"><a href="./" >设为首页</a><a href="javascript:;" onclick="addFavorite(this.href, '耳机论坛');return false;" >收藏本站</a><a href="forum.php?mod=guide&amp;view=new">最新帖子</a></div><div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a><a href="member.php?mod=logging&amp;action=login" rel="nofollow">登录</a><a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="耳机论坛"><img src="static/image/common/logo.png" alt="耳机论坛" border="0" /></a></h2>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank"><input type="hidden" name="mod" id="scbar_mod" value="search" /><table cellspacing="0" cellpadding="0"><tr><td class="scbar_icon_td"></td><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td><td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">帖子</a></td><td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">热搜: </strong>%s</div></td></tr></table></form></div></div>
<div id="nv"><a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {showMenu({'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2});showForummenu(36);})">快捷导航</a><ul><li id="mn_portal" ><a href="portal.php" hidefocus="true" title="Portal"  >门户<span>Portal</span></a></li><li class="a" id="mn_forum" ><a href="forum.php" hidefocus="true" title="BBS"  >论坛<span>BBS</span></a></li><li id="mn_N462e" ><a href="forum-37-1.html" hidefocus="true"  >二手交易</a></li><li id="mn_group" ><a href="group.php" hidefocus="true" title="Group"  >群组<span>Group</span></a></li><li id="mn_home" ><a href="home.php" hidefocus="true" title="Space"  >家园<span>Space</span></a></li></ul></div></div></div>
<div class="wp a_h"><span class="a_mark">广告</span><a href="https://ad.erji.test/c?z=hd_banner" target="_blank"><img src="data/attachment/common/ad/960x60.gif" alt="618 耳机大促" border="0"></a></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">耳机论坛</a><em>&raquo;</em><a href="forum.php">论坛</a><em>&rsaquo;</em><a href="forum.php?gid=1">器材讨论</a><em>&rsaquo;</em><a href="forum-36-1.html">入耳式耳机</a><em>&rsaquo;</em><a href="%s">%s</a></div></div>
%s
<div id="pgt" class="pgs mbm cl "><div class="pgt">%s</div><span class="y pgb"><a href="forum-36-1.html">返回列表</a></span><a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({'ctrlid':this.id})" onclick="showWindow('newthread', 'forum.php?mod=post&amp;action=newthread&amp;fid=36')" href="javascript:;" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">%d</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">%d</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=36&amp;filter=typeid&amp;typeid=7">[使用心得]</a><span id="thread_subject">%s</span></h1><span class="xg1"><a href="%s" onclick="return copyThreadUrl(this, '耳机论坛')" >[复制链接]</a></span></td></tr></table>
<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>
%s
<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>
<form method="post" autocomplete="off" name="modactions" id="modactions"><input type="hidden" name="formhash" value="%s" /><input type="hidden" name="optgroup" /><input type="hidden" name="operation" /><input type="hidden" name="listextra" value="page%%3D1" /><input type="hidden" name="page" value="1" /></form>
<div class="pgs mtm mbm cl"><div class="pg">%s</div><span class="pgb y" id="visitedforumstmp" onmouseover="$('visitedforums').id = 'visitedforumstmp';this.id = 'visitedforums';showMenu({'ctrlid':this.id,'pos':'21'})"><a href="forum-36-1.html">返回列表</a></span></div>
<!--[diy=diyfastposttop]--><div id="diyfastposttop" class="area"></div><!--[/diy]-->
<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid=36&amp;tid=%d&amp;extra=page%%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost"><div class="pls"></div><div class="plc"><div class="cl"><div class="hasfsl" id="fastposteditor"><div class="tedt mtn"><div class="area"><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div></div></div></div></div></form></div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom" >小黑屋</a><span class="pipe">|</span><strong><a href="https://bbs.erji.test/" target="_blank">耳机论坛</a></strong></p></div>%s<div id="frt"><p>Powered by <strong><a href="https://www.discuz.test" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">GMT+8, 2024-5-12 10:21 , Processed in 0.061232 second(s), 28 queries .</p></div></div>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'k5R', charset = 'utf-8', discuz_uid = '0', cookiepre = 'zsGw_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuZXJqaS50ZXN0L3RocmVhZC0yODQ1MTItMS0xLmh0bWw=', SITEURL = 'https://bbs.erji.test/', JSPATH = 'data/cache/', CSSPATH = 'data/cache/style_1_', DYNAMICURL = '';</script>
<script type="text/javascript">var tid = %d, fid = 36; var hotkeywords = %s;</script>''' % (
        "".join('<a href="search.php?mod=forum&amp;srchtxt=%s&amp;formhash=ab12cd34&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">%s</a>' % (q(w), E(w)) for w in hot[:8]),
        url, E(title[:20] + "..."), filt, pager(lambda p: "thread-%d-%d-1.html" % (tid, p), 1, 1, cls="pg"), r.randint(2000, 9000), n - 1, E(title), url, "\n".join(divs),
        fake_token(r, 8), pager(lambda p: "thread-%d-%d-1.html" % (tid, p), 1, 1, cls="pg"), tid,
        icp_footer("粤", "16032512", "耳机论坛", [("联系我们", "misc.php?mod=faq"), ("广告服务", "plugin.php?id=ad")], cls="ft-icp"), tid, J(hot))
    h = head("%s - 入耳式耳机 -  耳机论坛 -  Powered by Discuz!" % title, extra='<meta name="keywords" content="%s" />\n<meta name="generator" content="Discuz! X3.4" />\n<link rel="canonical" href="%s" />\n<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?k5R" />' % (E(title), url))
    return "discuz_viewthread.html", url, "thread", page(h, body), items

# ============================================================== Douban group topic
def douban():
    r = random.Random(603)
    tid = 301234567
    url = "https://www.douban.test/group/topic/%d/" % tid
    title = "求助：中介说签约要公司营业执照复印件盖公章，正常吗？"
    op = "第一次在北京租房，看中了朝阳一个一居室。中介说因为是公司帮我付一部分房租，所以要营业执照复印件加盖公章。我们公司行政说可以开，但要走流程一周。中介一直催，说今天不签就给别人了。想问问大家这种情况正常吗？有没有被坑过的？"
    ordinary = ["正常，公司承租或者补贴都要这个，让行政走流程就行，别急。", "中介催你就是话术，房子不会那么快租掉的。",
                "我上次也是，最后公司行政直接给中介发了扫描件，盖章的那种。", "先看看合同条款，押一付三还是押一付一？", "朝阳哪里的？我也在找房。",
                "千万别信中介说的今天不签就没了，十个中介九个这么说。", "让公司开个证明就够了吧，营业执照复印件一般是要盖章的。", "马克一下，我下个月也要租。",
                "租房合同一定要看房东产权证和身份证，核对一致再签。", "建议走公司正规流程，自己弄的章出了问题说不清。", "中介费能砍吗？现在好多都半佣了。",
                "楼主后来签了吗？", "我觉得可以先交定金锁房，写清楚条件不满足全额退。", "这种我遇到过，中介就是想快点成单。", "别着急，慢慢看，五月房源多。",
                "营业执照复印件要写上“仅供租房使用”，防止被挪用。", "顶，同问。"]
    n = 20
    posts = mix_posts(r, ordinary, n, op=op)
    names = nicks(r, n)
    times = times_sorted(r, n, m0=4, m1=5)
    locs = ["北京", "河北", "上海", "山东", "天津", "辽宁", "江苏"]
    items, lis = [], []
    cids = sorted(r.sample(range(4500000000, 4599999999), n))
    pids = [r.randint(10**7, 2 * 10**8) for _ in range(n)]
    op_html = ""
    for i, (text, ill) in enumerate(posts):
        name = names[i]; uid = pids[i]
        if i == 0:
            items.append(item(url, None, name, None, 1))
            op_html = '''<div class="topic-content clearfix"><div class="user-face"><a href="https://www.douban.test/people/%d/"><img class="pil" src="https://img1.doubanio.test/icon/u%d-3.jpg" alt="%s"/></a></div>
<div class="topic-doc"><h3><span class="from"><a href="https://www.douban.test/people/%d/">%s</a></span><span class="create-time color-green">%s</span><span class="ip-location">北京</span></h3>
<div class="topic-content"><div id="link-report" class="image-content-wrapper"><div class="rich-content topic-richtext"><p>%s</p><p>补充：房子是个人房东委托中介的，月租6800。</p></div></div></div>
<div class="sns-bar" id="sep"><div class="sns-bar-fav"><span class="fav-num"><a href="https://www.douban.test/group/topic/%d/?type=like#sep">23人</a> 喜欢</span><a class="lnk-fav" href="#">喜欢</a></div><div class="sns-bar-donate"><a class="lnk-donate" href="#">赞赏</a></div></div></div></div>''' % (
                uid, uid, E(name), uid, E(name), times[0], E(text), tid)
            continue
        cid = cids[i]
        items.append(item(url + "#%d" % cid, None, name, None, i + 1))
        quote = ""
        if i > 2 and r.random() < 0.35:
            j = r.randint(1, i - 1)
            quote = '<div class="reply-quote-content" data-ref-cid="%d"><span class="all ref-content">%s</span><span class="pubdate"><a href="https://www.douban.test/people/%d/">%s</a></span></div>' % (cids[j], E(posts[j][0]), pids[j], E(names[j]))
        lis.append('''<li class="clearfix comment-item reply-item " id="%d" data-cid="%d" data-target_id="%d" data-target_kind="1013">
<div class="user-face"><a href="https://www.douban.test/people/%d/"><img class="pil" src="https://img2.doubanio.test/icon/u%d-%d.jpg" alt="%s"/></a></div>
<div class="reply-doc content"><div class="bg-img-green"><h4><a href="https://www.douban.test/people/%d/" class="">%s</a>%s<span class="pubtime">%s %s</span></h4></div>
%s<div class="markdown"><p class=" reply-content">%s</p></div>
<div class="operation_div" id="%d"><div class="comment-vote-area"><a class="comment-vote lnk-fav" href="javascript:void(0);" data-cid="%d">赞%s</a></div><div class="operation-more"><a href="javascript:void(0);" class="lnk-reply" data-cid="%d">回应</a><a href="javascript:void(0);" class="lnk-report" data-cid="%d">举报</a></div></div>
</div></li>''' % (cid, cid, tid, uid, uid, r.randint(1, 9), E(name), uid, E(name), '<span class="topic-author-icon">楼主</span>' if False else "", times[i], r.choice(locs),
                  quote, E(text), uid, cid, " (%d)" % r.randint(1, 40) if r.random() < 0.5 else "", cid, cid))
    # operation_div ids collide-free? make them unique by prefix
    hot = ["北京租房", "朝阳租房", "整租一居", "合租", "转租", "租房避坑", "中介费", "押一付一", "望京租房", "通州租房"]
    filt = filters([("品牌", ["整租", "合租", "转租", "求租"]), ("价格", ["3000以下", "3000-5000", "5000-8000", "8000以上"]), ("发货地", ["朝阳", "海淀", "东城", "丰台", "通州"])],
                   lambda g, o: "https://www.douban.test/group/beijingzufang/discussion?tag=%s" % q(o), cls="group-filter")
    body = '''<div id="db-global-nav" class="global-nav"><div class="bd"><div class="top-nav-info"><a href="https://accounts.douban.test/passport/login?source=group" class="nav-login" rel="nofollow">登录/注册</a></div>
<div class="top-nav-doubanapp"><a href="https://www.douban.test/doubanapp/app?channel=top-nav" class="lnk-doubanapp">下载豆瓣客户端</a></div>
<div class="global-nav-items"><ul><li class=""><a href="https://www.douban.test" target="_blank">豆瓣</a></li><li class=""><a href="https://book.douban.test" target="_blank">读书</a></li><li class=""><a href="https://movie.douban.test" target="_blank">电影</a></li><li class=""><a href="https://music.douban.test" target="_blank">音乐</a></li><li class=""><a href="https://www.douban.test/location" target="_blank">同城</a></li><li class="on"><a href="https://www.douban.test/group">小组</a></li><li class=""><a href="https://read.douban.test" target="_blank">阅读</a></li></ul></div></div></div>
<div id="db-nav-group" class="nav"><div class="nav-wrap"><div class="nav-primary"><div class="nav-logo"><a href="https://www.douban.test/group">豆瓣小组</a></div>
<div class="nav-search"><form action="https://www.douban.test/group/search" method="get"><fieldset><legend>搜索：</legend><label for="inp-query">小组、话题、日记、成员昵称</label><div class="inp"><input type="hidden" name="cat" value="1019"/><input id="inp-query" name="q" size="22" maxlength="60" placeholder="小组、话题、日记、成员昵称" value=""/></div><div class="inp-btn"><input type="submit" value="搜索"/></div></fieldset></form></div></div>
<div class="nav-secondary"><div class="nav-items"><ul><li><a href="https://www.douban.test/group/">首页</a></li><li><a href="https://www.douban.test/group/explore">精选</a></li><li><a href="https://www.douban.test/group/topic_search">热门话题</a></li></ul></div></div></div></div>
<div id="wrapper"><div id="content">
<div class="group-crumb"><a href="https://www.douban.test/group/">小组</a> &gt; <a href="https://www.douban.test/group/beijingzufang/">北京租房</a> &gt; <span>话题</span></div>
<h1>%s</h1>
<div class="grid-16-8 clearfix"><div class="article">
%s
%s
<div id="comments-wrap"><div class="topic-reply-header"><h3>回应</h3><span class="sort"><a href="%s?_spm_id=1#comments">按时间</a></span></div>
<ul id="comments" class="topic-reply">
%s
</ul>
<div class="paginator">%s</div>
<div class="txd"><a href="https://accounts.douban.test/passport/login?source=group" rel="nofollow">登录</a>后回应</div></div>
</div>
<div class="aside"><div class="group-item"><div class="pic"><a href="https://www.douban.test/group/beijingzufang/"><img src="https://img1.doubanio.test/view/group/sqxs/public/bjzf.jpg" alt="北京租房"/></a></div><div class="info"><div class="title"><a href="https://www.douban.test/group/beijingzufang/">北京租房</a></div><div class="member">536,212 个成员</div></div></div>
<div id="dale_group_topic_new_top_right" class="ad-slot"><span class="ad-label">广告</span><a href="https://erebor.douban.test/redirect/?ad=201234&amp;uid=&amp;bid=abc" target="_blank"><img src="https://img9.doubanio.test/view/dale-online/dale_ad/public/zufang300.jpg"/></a></div>
<div class="mod"><h2>最近热议 · · · · · ·</h2><ul class="hot-tags">%s</ul></div></div></div>
</div></div>
<div id="footer"><span id="icp" class="fleft gray-link">&copy; 2005－2024 douban.test, all rights reserved 北京豆网科技有限公司</span><a href="https://www.douban.test/about">关于豆瓣</a> · <a href="https://www.douban.test/jobs">在豆瓣工作</a> · <a href="https://www.douban.test/about?topic=contactus">联系我们</a>%s</div>
<script type="text/javascript">
  var _GROUP_TOPIC_DATA = %s;
  var _HOT_TAGS_ = %s;
</script>
<!-- dae-web-group--default-5d8c9b7f4-x2xkq -->''' % (
        E(title), filt, op_html, url, "\n".join(lis), pager(lambda p: url + "?start=%d" % ((p - 1) * 100), 1, 1, cls="paginator-inner"),
        "".join('<li><a href="https://www.douban.test/group/search?q=%s">%s</a></li>' % (q(w), E(w)) for w in hot),
        icp_footer("京", "11015449", "北京豆网科技有限公司", [("免责声明", "https://www.douban.test/about/legal")], cls="footer-icp", police=True),
        J({"id": str(tid), "title": title, "author": {"name": names[0]}, "group": {"id": "beijingzufang", "name": "北京租房"}, "reply_count": n - 1}), J(hot))
    h = head(title, extra='<meta name="keywords" content="北京租房,营业执照,公章"/>\n<meta property="og:url" content="%s"/>\n<link rel="stylesheet" href="https://img1.doubanio.test/f/group/9a1b2c3d/css/group/topic.css"/>' % url)
    return "douban_group_topic.html", url, "thread", page(h, body), items

# ============================================================== Zhihu question
def zhihu():
    r = random.Random(604)
    qid = 612345678
    url = "https://www.zhihu.test/question/%d" % qid
    title = "专利代理师证书挂靠到底违不违法？被抓到会怎样？"
    answers = ["<p>先说结论：违法，而且风险不小。</p><p>《专利代理条例》明确规定专利代理师只能在一家专利代理机构执业，挂证属于以欺骗手段取得执业许可或者出借资格，查实后会被给予警告、罚款，情节严重的吊销执业证。</p><blockquote>专利代理师不得同时在两个以上专利代理机构从事专利代理业务。</blockquote><p>这两年知识产权局每年都在搞“蓝天”专项整治行动，挂证是重点打击对象之一。</p>",
               "<p>我就是代理所的人事。我们所从来不接受挂证，审计的时候社保、劳动合同、实际办案记录都要对得上，挂证的人一查就露馅。</p>",
               "<p>现在系统能查社保缴纳单位，如果你的社保在A公司，执业备案却在B代理所，直接就能比对出来。别为了每年那点钱把证搞没了。</p>",
               "<p>补充一点：挂证不光是你自己的风险，机构如果靠挂靠人员凑数来满足设立条件，机构也会被处罚甚至撤销。</p><p>另外，那些打着“包授权”“不过退款”的机构，往往就是靠挂证撑门面的，大家找代理的时候可以去官网查一查执业代理师是不是真的在岗。</p>",
               "<p>考下来很不容易，好好找个所上班吧，真实执业两年后收入不比挂证少。</p>",
               "<p>看到好多人私信问，统一回复：不接挂证，也不建议任何人挂。</p>",
               "<p>法律依据可以看《专利代理条例》第二十五条、第二十七条，以及《专利代理管理办法》的相关条款，写得很清楚。</p>",
               "<p>楼上都说得对。我朋友去年因为挂证被约谈，最后证被暂停执业，机构也被通报了。</p>"]
    ill_answers = ["<p>其实没大家说的那么严重，我们平台常年收证，一年%d万，签正规协议，社保我们也能帮你处理，有意向的私信。</p>" % r.choice([3, 4]),
                   "<p>想赚快钱的可以了解下我们这边：实用新型包下证，专利代理师证挂靠长期合作，机构资质也可出租，详情看我主页。</p>"]
    n = 8
    ans = answers[:6]
    seq = ans[:]
    seq.insert(3, ill_answers[0]); seq.insert(6, ill_answers[1])
    seq = seq[:n]
    names = nicks(r, n)
    names[5] = "匿名用户"
    times = times_sorted(r, n, y=2023, m0=2, m1=12, sec=False)
    items, divs = [], []
    for i, body_ in enumerate(seq):
        aid = 2900000000 + r.randint(10**6, 10**8)
        name = names[i]
        items.append(item(url, None, name, None, i + 1))
        votes = r.choice([1234, 56, 8, 302, 2, 17, 890, 0])
        if name == "匿名用户":
            author = '<div class="AuthorInfo AnswerItem-authorInfo" itemprop="author" itemscope=""><meta itemprop="name" content="匿名用户"/><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar AuthorInfo-avatar" width="38" height="38" src="https://pic1.zhimg.test/v2-anonymous_l.jpg" alt="匿名用户"/></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name">匿名用户</span></div></div></div>'
        else:
            tok = fake_token(r, 8).lower().replace("_", "").replace("-", "")
            author = '<div class="AuthorInfo AnswerItem-authorInfo AnswerItem-authorInfo--related" itemprop="author" itemscope=""><meta itemprop="name" content="%s"/><meta itemprop="image" content="https://picx.zhimg.test/v2-%s_l.jpg"/><meta itemprop="url" content="https://www.zhihu.test/people/%s"/><span class="UserLink AuthorInfo-avatarWrapper"><div class="css-1gomreu"><a href="//www.zhihu.test/people/%s" target="_blank" class="UserLink-link" data-za-detail-view-element="2"><img class="Avatar AuthorInfo-avatar css-1hx3fyn" src="https://picx.zhimg.test/v2-%s_l.jpg" srcset="https://picx.zhimg.test/v2-%s_xl.jpg 2x" alt="%s" loading="lazy"/></a></div></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><div class="css-1gomreu"><a href="//www.zhihu.test/people/%s" target="_blank" class="UserLink-link" data-za-detail-view-element="2">%s</a></div></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText css-14ur8a8">%s</div></div></div></div></div>' % (
                E(name), tok, tok, tok, tok, tok, E(name), tok, E(name), r.choice(["专利代理师", "知识产权律师", "法律从业者", "HR", "理工科打工人", "机械工程师"]))
        comments = ""
        if i in (0, 3):
            k = r.randint(2, 3); cn = nicks(r, k)
            ctexts = ["说得很清楚，收藏了", "请问考证难度大吗", "回复 %s：谢谢答主" % name, "我们那边也有人被查了", "别信包授权那种广告"]
            comments = '<div class="Comments-container css-plbgu"><div class="css-1frn93x"><div class="css-u76jt1">%d 条评论</div></div><div class="css-18ld3w0">%s</div></div>' % (k, "".join(
                '<div class="css-jp43l4" data-id="%d"><div class="css-1t3drzk"><a href="https://www.zhihu.test/people/c%d" target="_blank" class="css-1dbb8bk">%s</a></div><div class="CommentContent css-1jpzztt">%s</div><div class="css-12cl38p"><span class="css-12cl38p">%s</span><button type="button" class="Button Button--plain">回复</button></div></div>' % (
                    r.randint(10**9, 2 * 10**10), x, E(cn[x]), E(r.choice(ctexts)), times[i][5:10]) for x in range(k)))
        divs.append('''<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-za-index="%d" data-zop='%s' name="%d" itemprop="%s" itemscope="" data-za-detail-view-path-module="AnswerItem" data-za-extra-module='{"card":{"has_image":false,"has_video":false,"content":{"type":"Answer","token":"%d","upvote_num":%d,"comment_num":%d,"publish_timestamp":null,"parent_token":"%d","author_member_hash_id":"%s"}}}'>
<div class="ContentItem-meta">%s<div class="LabelContainer-wrapper"></div><div class="css-h5al4j"><span><span class="Voters"><button type="button" class="Button FEfUrdfMIKpQDJDqkjte Button--plain fEPKGkUK5jyc4fUuT0QP">%s 人赞同了该回答</button></span></span></div></div>
<meta itemprop="upvoteCount" content="%d"/><meta itemprop="url" content="https://www.zhihu.test/question/%d/answer/%d"/><meta itemprop="dateCreated" content="%sT02:12:08.000Z"/><meta itemprop="commentCount" content="%d"/>
<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><div class="css-376mun"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemprop="text">%s</span></div></div></span>
<div><div class="ContentItem-time"><a target="_blank" href="/question/%d/answer/%d"><span data-tooltip="发布于 %s">%s于 %s</span></a></div></div>
<div class="ContentItem-actions RichContent-actions"><span><button aria-label="赞同 %d " aria-live="polite" type="button" class="Button VoteButton VoteButton--up FEfUrdfMIKpQDJDqkjte">​赞同 %d</button></span><button type="button" class="Button ContentItem-action FEfUrdfMIKpQDJDqkjte Button--plain Button--withIcon Button--withLabel">​%s</button><div class="Popover ShareMenu ContentItem-action"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">分享</button></div><button type="button" class="Button ContentItem-action Button--plain">收藏</button></div></div>
%s
</div></div>''' % (i, JA({"authorName": name, "itemId": aid, "title": title, "type": "answer"}), aid, "acceptedAnswer" if i == 0 else "suggestedAnswer", aid, votes, r.randint(0, 99), qid, fake_token(r, 10), author,
                   "{:,}".format(votes), votes, qid, aid, times[i][:10], r.randint(0, 99), body_, qid, aid, times[i], "发布" if i % 3 else "编辑", times[i], votes, votes,
                   ("%d 条评论" % r.randint(1, 80)) if r.random() < 0.7 else "添加评论", comments))
    hot = ["专利代理师考试", "挂证", "知识产权", "专利代理条例", "法律职业", "律师", "考证", "蓝天行动", "专利申请", "商标"]
    filt = filters([("品牌", ["默认排序", "按时间排序"]), ("价格", ["付费咨询", "免费回答"]), ("发货地", ["北京", "上海", "广东", "浙江"])],
                   lambda g, o: "/question/%d/answers/updated?tag=%s" % (qid, q(o)), cls="Question-filterBar")
    body = '''<div id="root"><div><div class="LoadingBar"></div><div>
<header role="banner" class="Sticky AppHeader" data-za-module="TopNavBar"><div class="AppHeader-inner css-11p8nt5"><a href="//www.zhihu.test" aria-label="知乎"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30" class="css-1hlrcxk"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a>
<ul role="navigation" class="Tabs AppHeader-Tabs css-1ad9ckk"><li role="tab" class="Tabs-item AppHeader-Tab Tabs-item--noMeta css-1w2i4ay"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhihu.test/" data-za-not-track-link="true">首页</a></li><li role="tab" class="Tabs-item AppHeader-Tab"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhihu.test/knowledge-plan/hot-question/hot/0/hour">知乎知学堂</a></li><li role="tab" class="Tabs-item AppHeader-Tab"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhihu.test/explore">发现</a></li><li role="tab" class="Tabs-item AppHeader-Tab"><a class="Tabs-link AppHeader-TabsLink" href="//www.zhihu.test/question/waiting">等你来答</a></li></ul>
<div class="SearchBar" role="search" data-za-module="PresetWordItem"><div class="SearchBar-toolWrapper"><form class="SearchBar-tool"><div><div class="Popover"><label class="SearchBar-input Input-wrapper Input-wrapper--grey"><input type="text" maxlength="100" autocomplete="off" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-haspopup="true" class="Input" placeholder="专利代理师考试难度" value=""/></label></div></div></form></div>
<div class="SearchBar-hot">%s</div></div><div class="AppHeader-userInfo"><a href="//www.zhihu.test/signin?next=%%2Fquestion%%2F%d" class="Button AppHeader-login Button--blue">登录/注册</a></div></div></header>
<main role="main" class="App-main"><div class="QuestionPage" itemscope=""><meta itemprop="name" content="%s"/><meta itemprop="url" content="%s"/><meta itemprop="answerCount" content="%d"/><meta itemprop="keywords" content="法律,专利,知识产权,专利代理"/>
<div data-zop-question='{"title":"%s","topics":[{"name":"法律","id":"19550874"},{"name":"专利","id":"19562106"}],"id":%d,"isEditable":false}'><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-tags"><div class="QuestionHeader-topics">%s</div></div>
<nav class="QuestionHeader-crumb"><a href="//www.zhihu.test/topic/19550874">法律</a> › <a href="//www.zhihu.test/topic/19562106">专利</a> › <span>问题</span></nav>
<h1 class="QuestionHeader-title">%s</h1><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed"><div><span class="RichText ztext css-1g0fqss" itemprop="text">最近好几个机构找我，说一年给3万挂证，不用上班。心动但又怕出事，有懂行的说说吗？</span></div></div></div>
<div class="QuestionHeader-side"><div class="QuestionFollowStatus"><div class="NumberBoard QuestionFollowStatus-counts NumberBoard--divider"><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="1203">1,203</strong></div></div><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue" title="892341">892,341</strong></div></div></div></div></div></div></div></div>
%s
<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div id="QuestionAnswers-answers" class="Card AnswersNavWrapper" data-zop-feedlistmap="0,0,1,0" data-za-detail-view-path-module="ContentList"><div class="List"><div class="List-header"><h4 class="List-headerText"><span>%d 个回答</span></h4><div class="List-headerOptions"><div class="Popover"><button type="button" class="Button Select-button Select-plainButton Button--plain">默认排序</button></div></div></div>
<div>
%s
</div>
<div class="Card QuestionAnswers-statusWrapper"><div class="css-n9ov20">%s</div></div></div></div></div>
<div class="Question-sideColumn Question-sideColumn--sticky"><div class="Card AppBanner"><span class="Pc-Business-Card-PcTopFeedBanner-tag">广告</span><a href="https://xg.zhihu.test/plugin/ad?id=8812" target="_blank"><img src="https://pic4.zhimg.test/v2-ad-banner.jpg" alt="专利代理师考试 冲刺班"/></a></div>
<div class="Card SimilarQuestions"><div class="SimilarQuestions-title">相关问题</div><div class="SimilarQuestions-list">%s</div></div>
<footer class="Footer"><a class="Footer-item" href="https://liukanshan.zhihu.test/">刘看山</a><span class="Footer-dot"></span><a class="Footer-item" href="/question/19581624">知乎指南</a><span class="Footer-dot"></span><a class="Footer-item" href="/term/zhihu-terms">知乎协议</a><span class="Footer-dot"></span><a class="Footer-item" href="/term/privacy">知乎隐私保护指引</a>%s</footer></div></div></div></div></main></div></div></div>
<script id="js-initialData" type="text/json">%s</script>
<script src="https://static.zhihu.test/heifetz/main.app.216a26f4.js" crossorigin="anonymous"></script>''' % (
        links(hot[:5], lambda w: "/search?q=" + q(w) + "&type=content", cls="SearchBar-hotItem"), qid, E(title), url, n, E(title), qid,
        "".join('<div class="Tag QuestionTopic css-1s3a4zw"><span class="Tag-content"><a class="TopicLink" href="//www.zhihu.test/topic/%d" target="_blank"><div class="css-1gomreu">%s</div></a></span></div>' % (19550000 + k, E(w)) for k, w in enumerate(["法律", "专利", "知识产权", "专利代理"])),
        E(title), filt, n, "\n".join(divs), pager(lambda p: "/question/%d?page=%d" % (qid, p), 1, 1, cls="Pagination"),
        "".join('<a href="/question/%d" class="SimilarQuestions-item" target="_blank">%s</a>' % (qid + 17 * (k + 1), E(t)) for k, t in enumerate(["专利代理师考试通过率高吗？", "专利代理行业前景如何？", "在专利代理所工作是什么体验？", "专利代理师和律师哪个更有前途？"])),
        icp_footer("京", "13052560", "北京智者天下科技有限公司", [("联系我们", "/contact"), ("侵权举报", "/term/law-report")], cls="Footer-icp"),
        E(J({"initialState": {"entities": {"questions": {str(qid): {"title": title, "answerCount": n}}}, "common": {"ask": {}}, "hotSearch": hot}})))
    h = head("%s - 知乎" % title, extra='<meta name="description" content="%s"/>\n<link rel="canonical" href="%s"/>\n<meta property="og:url" content="%s"/>\n<meta property="og:title" content="%s"/>' % (E(title), url, url, E(title)))
    return "zhihu_question.html", url, "thread", page(h, body), items

# ============================================================== NGA-like forum with #N floors (table.forumbox, no ids on post containers)
def nga():
    r = random.Random(605)
    tid = 39812345
    url = "https://bbs.chezhu.test/read.php?tid=%d" % tid
    title = "[用车分享] 老小区装私人充电桩全过程，物业、电力、报装一条龙踩坑记录"
    op = "提车三个月，终于把充电桩装好了。老小区，车位是产权车位。整个流程：物业开证明 -> 电网报装 -> 勘察 -> 施工 -> 通电。最麻烦的是物业证明，前后跑了四趟。下面按步骤详细说，有问题可以回帖。"
    ordinary = ["[quote][b]Reply to 楼主[/b]物业证明最麻烦[/quote]太真实了，我们物业直接说不让装。", "产权车位好办，租的车位基本没戏。", "请问电网报装要多久？我们这边排了一个月。",
                "施工费多少钱？线缆长度超了要另算吗？", "7kW的够用了，一晚上充满。", "我装的时候送了30米线，超出部分一米40。", "mark，下个月提车参考一下。",
                "老小区容量不够的话电网会让你等改造。", "物业收了我一千的管理费，这个合理吗？", "楼主车是哪款？", "可以装个带锁的，防止被别人蹭电。",
                "我们小区物业很配合，三天搞定。", "记得保留好所有单据，以后维修有用。", "国网APP上可以直接报装，很方便。", "有没有人装了以后被邻居投诉的？",
                "顶楼主，写得很详细。", "地下车库信号差，带app控制的桩可能连不上网。", "电费是峰谷电，晚上充很便宜。", "装桩师傅说线要走桥架，不能明线。", "已收藏，感谢分享！"]
    n = 25
    posts = mix_posts(r, ordinary, n, op=op)
    names = nicks(r, n)
    times = times_sorted(r, n, m0=2, m1=3, sec=False)
    items, tables = [], []
    for i, (text, ill) in enumerate(posts):
        fl = i + 1; uid = r.randint(10**6, 6 * 10**7); name = names[i]; pid = 780000000 + r.randint(10**5, 10**7)
        items.append(item(url, None, name, None, fl))
        t = E(text)
        if t.startswith("[quote]"):
            # render the ubb quote like the forum does
            t = t.replace("[quote][b]Reply to 楼主[/b]物业证明最麻烦[/quote]",
                          '<div class="quote"><a href="/read.php?pid=0&amp;tid=%d" class="block_txt_c2">Reply</a> to <a class="b" href="nuke.php?func=ucp&amp;uid=%d">[%s]</a> <span class="silver">%s</span><br/>物业证明最麻烦</div>' % (tid, uid, E(names[0]), times[0]))
        sub = ""
        if i in (2, 9, 15):
            k = 2; sn = nicks(r, k)
            sub = '<div class="comment_c"><h4 class="silver">贴条</h4>%s</div>' % "".join(
                '<div class="comment_c_1"><a class="b author" href="nuke.php?func=ucp&amp;uid=%d">%s</a>: <span class="ubbcode">%s</span> <span class="silver">%s</span></div>' % (r.randint(10**6, 10**7), E(sn[x]), E(r.choice(["+1", "同问", "学到了", "我这边也是"])), times[i][5:]) for x in range(k))
        tables.append('''<table class="forumbox postbox" cellspacing="1px"><tbody><tr class="postrow row%d">
<td class="c1"><span class="posterinfo"><a href="nuke.php?func=ucp&amp;uid=%d" class="author b">%s</a><br/><span class="silver stxt">级别: <span class="usercol">%s</span> 威望: %d 发帖: %d</span><img class="avatar" src="https://img.chezhu.test/avatars/%d/%d.jpg" loading="lazy" alt=""/></span></td>
<td class="c2"><div class="postInfo"><a name="l%d" class="small_colored_text_btn block_txt_c0 stxt" href="/read.php?pid=%d">#%d</a>&nbsp;<span title="reply time" class="postdatec stxt">%s</span>%s<span class="right"><a href="/post.php?action=reply&amp;tid=%d&amp;pid=%d" class="small_colored_text_btn stxt block_txt_c2 vertmod">回复</a><a href="javascript:void(0)" class="small_colored_text_btn stxt block_txt_c2 vertmod">举报</a></span></div>
<div class="postcontent ubbcode">%s</div>%s
<div class="postbtm"><span class="recommendvalue">%d</span> <a href="javascript:void(0)">赞</a></div></td></tr></tbody></table>''' % (
            fl % 2 + 1, uid, E(name), r.choice(["新手上路", "车友", "资深车友", "版主"]), r.randint(0, 30), r.randint(1, 5000), uid % 100, uid,
            i, pid, fl, times[i], '<span class="block_txt block_txt_c3">楼主</span>' if i == 0 else "", tid, pid, t, sub, r.randint(0, 60)))
        if i == 9:
            tables.append('<div class="adsc" id="adsc_readmid"><span class="ad-tip">广告</span><a href="https://ad.chezhu.test/click?slot=readmid&amp;cid=3310" target="_blank"><img src="https://img.chezhu.test/ad/charger-960x90.jpg" alt="家用充电桩 免费上门勘测"/></a></div>')
    hot = ["充电桩安装", "新能源保险", "续航实测", "冬季掉电", "保养费用", "二手车", "自驾游", "轮胎推荐", "贴膜", "行车记录仪"]
    filt = filters([("品牌", ["比亚迪", "特斯拉", "理想", "蔚来", "小鹏", "问界", "大众"]), ("价格", ["10万以下", "10-20万", "20-30万", "30万以上"]), ("发货地", ["华北", "华东", "华南", "西南"])],
                   lambda g, o: "/thread.php?fid=-7&filter=%s" % q(o), cls="catenew")
    body = '''<div id="mainmenu"><div class="stdbtn"><a href="/" class="logo"><img src="https://img.chezhu.test/logo.png" alt="车主论坛"/></a><a href="/thread.php?fid=-7" class="nav">新能源</a><a href="/thread.php?fid=7" class="nav">用车交流</a><a href="/thread.php?fid=414" class="nav">二手交易</a><a href="/nuke.php?__lib=login&amp;__act=account" class="nav right">登录</a></div>
<div id="searchbox"><form action="/thread.php" method="get"><input type="hidden" name="fid" value="-7"/><input name="key" class="input" placeholder="搜索主题" value=""/><button type="submit">搜索</button></form><div class="hotsearch">大家都在搜：%s</div></div></div>
<div id="m_nav" class="nav_root"><a href="/" class="nav_link">车主论坛</a> &gt; <a href="/thread.php?fid=-7" class="nav_link">新能源车</a> &gt; <a href="/thread.php?fid=-7&amp;type=share" class="nav_link">用车分享</a> &gt; <a href="/read.php?tid=%d" class="nav_link">%s</a></div>
%s
<div id="m_pbtntop"><div class="right_">%s</div><a href="/post.php?action=reply&amp;tid=%d" class="uitxt1">回复</a></div>
<div id="m_posts"><div id="m_posts_c"><h3 id="postsubject0">%s</h3>
%s
</div></div>
<div id="m_pbtnbtm"><div class="right_">%s</div></div>
<div id="m_fopts">%s</div>
<script>
var __CURRENT_UID = 0, __CURRENT_FID = -7, __CURRENT_TID = %d;
var __HOT_KEYS = %s;
commonui.postArg.setDefault(%s);
</script>
<!-- read.php render 0.032s -->''' % (
        links(hot[:6], lambda w: "/thread.php?key=" + q(w), sep=" "), tid, E(title[:18] + "..."), filt,
        pager(lambda p: "/read.php?tid=%d&page=%d" % (tid, p), 1, 1, cls="pager"), tid, E(title), "\n".join(tables),
        pager(lambda p: "/read.php?tid=%d&page=%d" % (tid, p), 1, 1, cls="pager"),
        icp_footer("沪", "10215372", "上海车主信息技术有限公司", [("关于我们", "/about.html"), ("用户协议", "/agreement.html")], cls="foot"), tid, J(hot),
        J({"tid": tid, "fid": -7, "rows": n, "subject": title}))
    h = head("%s 车主论坛" % title, extra='<link rel="canonical" href="%s"/>\n<link rel="stylesheet" href="https://img.chezhu.test/common_res/css_bbs.css?20240301"/>' % url)
    return "nga_like_thread.html", url, "thread", page(h, body), items

ALL = [tieba, discuz, douban, zhihu, nga]
