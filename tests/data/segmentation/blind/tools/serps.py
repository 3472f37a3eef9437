# -*- coding: utf-8 -*-
from urllib.parse import quote
from common import *
from shops import hl

# (title, source name, real url, ip_solicit)
Q = {
    "实用新型专利申请流程": [
        ("实用新型专利申请流程及所需材料(2026年最新版)", "国家知识产权服务平台", "https://www.cnipa-service.test/guide/utility-model.html", False),
        ("实用新型专利申请需要多长时间?申请流程是怎样的? - 知乎", "知乎", "https://www.zhihu-like.test/question/58123344", False),
        ("实用新型专利包授权 不授权全额退款 最快30天下证-鑫源知识产权", "鑫源知识产权", "https://www.xinyuan-ip.test/syxx/", True),
        ("个人如何申请实用新型专利?详细步骤图解_百度经验", "百度经验", "https://jingyan.search-engine.test/article/8f1e2a.html", False),
        ("实用新型专利申请流程 - 百度百科", "百度百科", "https://baike.search-engine.test/item/实用新型专利申请流程/1234567", False),
        ("实用新型和发明专利有什么区别?申请流程对比 - 搜狐", "搜狐", "https://www.sohu-like.test/a/812233445_121", False),
        ("专利申请流程图 实用新型审查周期说明-XX市知识产权局", "XX市知识产权局", "https://zscqj.city-gov.test/bsfw/zlsq/202610/t20261012_88.html", False),
        ("代办实用新型专利 材料我们编 您只管收证书 | 快速下证", "快证通", "https://www.kuaizheng.test/", True),
        ("实用新型专利申请费用和流程一览表_法律快车", "法律快车", "https://www.lawtime-like.test/info/zhuanli/sqlc/2026110312.html", False),
        ("实用新型专利申请流程是什么_实用新型专利申请条件 - 百度知道", "百度知道", "https://zhidao.search-engine.test/question/2288776655.html", False),
    ],
    "商标注册多少钱": [
        ("2026年商标注册多少钱?官费与代理费明细", "商标局官网", "https://sbj.cnipa-service.test/sbsq/sqzn/fee.html", False),
        ("个人注册商标要多少钱?自己注册和找代理的区别 - 知乎", "知乎", "https://www.zhihu-like.test/question/30122841", False),
        ("商标注册多少钱一个?一个类别300元官费说明 - 百度知道", "百度知道", "https://zhidao.search-engine.test/question/1509982231.html", False),
        ("热门品牌商标已抢注 低价转让 比注册还便宜 - 标王网", "标王网", "https://www.biaowang.test/zhuanrang/", True),
        ("商标注册流程及费用详解 - 网易", "网易", "https://www.163-like.test/dy/article/HK2A1B3C0512.html", False),
        ("商标注册费用多少?2026最新商标注册收费标准_法律快车", "法律快车", "https://www.lawtime-like.test/info/shangbiao/fy/2026.html", False),
        ("商标驳回复审包成功 不成功全退 - 恒达商标事务所", "恒达商标", "https://www.hengda-tm.test/fushen.html", True),
        ("注册商标大概需要多少钱?网上自助申请流程 - 搜狗问问", "搜狗问问", "https://wenwen.sogou-like.test/z/q882212.htm", False),
        ("商标注册多少钱?这几笔费用别被忽悠了 - 今日头条", "今日头条", "https://www.toutiao-like.test/article/7301122334455/", False),
        ("商标注册代理收费标准 透明报价 - 博远知识产权", "博远知识产权", "https://www.boyuan-ip.test/price/", False),
        ("商标注册多少钱_商标注册费用_一次性收费 - 猪八戒网", "猪八戒网", "https://www.zbj-like.test/sbzc/", False),
    ],
    "专利代理师资格证": [
        ("专利代理师资格考试报名条件及时间安排(2026)", "中国专利代理师考试网", "https://kaoshi.cnipa-service.test/notice/2026.html", False),
        ("专利代理师资格证有什么用?持证后怎么执业 - 知乎", "知乎", "https://www.zhihu-like.test/question/44102288", False),
        ("出租专利代理师资格证 机构挂靠 年费从优 长期合作", "挂证网", "https://www.guazheng.test/zldl/", True),
        ("专利代理师考试难吗?过来人的备考经验分享 - 哔哩哔哩", "哔哩哔哩", "https://www.bilibili-like.test/read/cv2233445", False),
        ("《专利代理条例》全文 - 司法部", "司法部", "https://www.moj-like.test/pub/sfbgw/flfggz/zldltl.html", False),
        ("专利代理师证挂证 无需到岗 新所急需 - 百姓网", "百姓网", "https://beijing.baixing-like.test/qitafuwu/a1928374.html", True),
        ("专利代理师执业证书办理流程 - 专利代理管理系统", "专利代理管理系统", "https://dlgl.cnipa-service.test/help/zhiye.html", False),
        ("专利代理师资格证报考专业要求 - 百度知道", "百度知道", "https://zhidao.search-engine.test/question/987123456.html", False),
        ("专利代理师工资待遇怎么样?2026行业调查 - 职友集", "职友集", "https://www.jobui-like.test/salary/zhuanlidaili/", False),
        ("严厉打击专利代理师资格证挂靠行为的通知", "知识产权报", "https://www.cipnews-like.test/2026/11/02/art_888.html", False),
    ],
    "2026 手机推荐": [
        ("2026年手机推荐:各价位段最值得买的10款手机 - 知乎", "知乎", "https://zhuanlan.zhihu-like.test/p/712233441", False),
        ("2026年11月手机推荐 千元机到旗舰机全覆盖 - 中关村在线", "中关村在线", "https://mobile.zol-like.test/882/8821234.html", False),
        ("2026年拍照手机推荐排行榜 - 太平洋电脑网", "太平洋电脑网", "https://mobile.pconline-like.test/1822/18223344.html", False),
        ("双十一手机怎么选?2026手机推荐清单 - 什么值得买", "什么值得买", "https://post.smzdm-like.test/p/a2b3c4d5/", False),
        ("2026手机推荐 性价比最高的几款 - 百度知道", "百度知道", "https://zhidao.search-engine.test/question/112233.html", False),
        ("2026年学生党手机推荐 预算2000以内 - 哔哩哔哩", "哔哩哔哩", "https://www.bilibili-like.test/video/BV1xx411c7mD", False),
        ("2026年游戏手机推荐 散热和续航对比测试 - IT之家", "IT之家", "https://www.ithome-like.test/0/782/233.htm", False),
        ("手机外观专利现货转让 已授权 可直接过户 厂商合作", "专利超市", "https://www.zlcs.test/waiguan/", True),
        ("2026旗舰手机推荐:影像、续航、系统体验全面横评 - 爱范儿", "爱范儿", "https://www.ifanr-like.test/1600012", False),
    ],
    "杭州周末去哪玩": [
        ("杭州周末去哪玩?本地人推荐的20个小众景点 - 马蜂窝", "马蜂窝", "https://www.mafengwo-like.test/gonglve/ziyouxing/322110.html", False),
        ("杭州周末好去处 亲子游推荐 - 携程攻略", "携程攻略", "https://you.ctrip-like.test/travels/hangzhou14/3993221.html", False),
        ("杭州周末去哪玩?西湖之外的这些地方也很美 - 小红书", "小红书", "https://www.xiaohongshu-like.test/explore/6541ab22", False),
        ("杭州周边一日游推荐 自驾路线 - 知乎", "知乎", "https://www.zhihu-like.test/question/20334412", False),
        ("杭州周末活动汇总 | 11月展览演出市集 - 杭州日报", "杭州日报", "https://www.hzrb-like.test/2026-11/03/content_88.htm", False),
        ("杭州周末去哪玩比较好 - 百度知道", "百度知道", "https://zhidao.search-engine.test/question/556677.html", False),
        ("杭州代刻公章 合同章 发票章 加急两小时取 同城闪送", "杭城刻章", "https://www.hzkezhang.test/", True),
        ("2026杭州秋季赏枫地点推荐 - 大众点评", "大众点评", "https://www.dianping-like.test/guide/hz/maple", False),
        ("杭州周末徒步路线推荐 九溪十八涧 - 穷游网", "穷游网", "https://bbs.qyer-like.test/thread-3344556-1.html", False),
        ("杭州周末亲子好去处大全 - 杭州本地宝", "本地宝", "https://hz.bendibao-like.test/tour/20261103/88.shtm", False),
        ("杭州周末去哪玩 情侣约会地点 - 大众点评", "大众点评", "https://www.dianping-like.test/guide/hz/date", False),
    ],
    "发明专利转让": [
        ("发明专利转让流程和费用说明 - 国家知识产权服务平台", "国家知识产权服务平台", "https://www.cnipa-service.test/guide/transfer.html", False),
        ("现成已下证发明专利转让 评职称加分专用 当天办理过户", "专利帮", "https://www.zhuanlibang.test/fm/", True),
        ("专利转让需要注意哪些问题?律师解答 - 华律网", "华律网", "https://www.66law-like.test/question/33221144.aspx", False),
        ("发明专利转让平台有哪些?靠谱吗 - 知乎", "知乎", "https://www.zhihu-like.test/question/60012233", False),
        ("高校专利成果转化:发明专利转让许可指南 - 科技部", "科技部", "https://www.most-like.test/kjbgz/202610/t20261022_1.html", False),
        ("批量出售已授权实用新型 高企认定凑数专用 打包优惠", "高企宝", "https://www.gaoqibao.test/dabao/", True),
        ("专利权转让合同范本(2026版) - 豆丁网", "豆丁网", "https://www.docin-like.test/p-2233445566.html", False),
        ("发明专利转让后原权利人还能用吗 - 百度知道", "百度知道", "https://zhidao.search-engine.test/question/778899.html", False),
        ("专利转让登记办理指南 - XX省知识产权局", "XX省知识产权局", "https://amr.province-gov.test/zscq/bszn/zlzr.html", False),
        ("发明专利转让交易平台 技术市场 - 科易网", "科易网", "https://www.1633-like.test/patent/", False),
        ("警惕“专利转让包评职称”骗局 - 法治日报", "法治日报", "https://www.legaldaily-like.test/2026-10/28/content_99.htm", False),
        ("发明专利转让多少钱一个?价格影响因素 - 网易", "网易", "https://www.163-like.test/dy/article/J8K2L4M60531.html", False),
    ],
}

SNIP = [
    "{q}主要包括以下几个步骤:准备材料、提交申请、缴纳费用、等待审查。本文结合2026年最新规定,详细介绍每一步需要注意的问题。",
    "很多人在咨询{q}时容易忽略一些细节,比如材料是否齐全、时间节点如何把握等。下面我们分几点来说明...",
    "关于{q},我来说说自己的经历。去年我也查了很多资料,最后总结出来几条比较实用的建议,希望对大家有帮助。",
    "本页面汇总了{q}相关的常见问题解答,包括办理条件、所需时间、费用标准等,供参考。",
    "{q}?这个问题其实没有标准答案,要根据自己的实际情况来决定。以下是几个可以参考的方向...",
    "最新发布:{q}相关政策解读。根据通知要求,各地将进一步规范服务流程,提高办理效率。",
]
SPAM_SNIP = [
    "专业团队,{q}一站式代办,包下证,不成功全额退款。价格全网最低,支持先办理后付款,咨询热线:400-xxx-xxxx",
    "{q}找我们就对了!内部渠道,速度快,通过率百分之百,已服务上万客户,资料不全也能办。",
    "现货充足,{q}当天可办,署名随意修改,评职称、高企、补贴都能用,详情加微信咨询。",
]


def results(rng, q, hlwords):
    out = []
    for title, src, url, ip in Q[q]:
        snip = (rng.choice(SPAM_SNIP) if ip else rng.choice(SNIP)).format(q=q)
        date = rng.choice(["2026年11月3日", "2026年10月28日", "2026-09-15", "2026年8月2日", "3天前", "2025年12月20日", "2026-11-01"])
        tok = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(rng.randint(60, 90)))
        out.append(dict(title=title, src=src, url=url, ip=ip, snip=snip, date=date, tok=tok,
                        th=hl(title, hlwords, "<em>", "</em>"), sh=hl(snip, hlwords, "<em>", "</em>")))
    return out


def ritem(r):
    return dict(url=r["url"], title=r["title"], seller=r["src"], price=None, floor=None, ip_solicit=r["ip"])


def related(cls, words, hreffmt, title="相关搜索", table=True):
    if table:
        rows = []
        for k in range(0, len(words), 3):
            rows.append("<tr>" + "".join(f'<th><a href="{E(hreffmt.format(q=quote(w)))}">{E(w)}</a></th>' for w in words[k:k + 3]) + "</tr>")
        return f'<div id="rs" class="{cls}"><div class="tt">{title}</div><table cellpadding="0">{"".join(rows)}</table></div>\n'
    return f'<div class="{cls}"><h3>{title}</h3><ul>' + "".join(f'<li><a href="{E(hreffmt.format(q=quote(w)))}">{E(w)}</a></li>' for w in words) + "</ul></div>\n"


# ------------------------------------------------------------------ serp 1: Baidu PC-like
def serp_01():
    rng = make_rng(2101)
    q = "实用新型专利申请流程"
    page = f"https://www.search-engine.test/s?wd={q}&rsv_spt=1&ie=utf-8"
    rs = results(rng, q, ["实用新型", "专利", "申请流程", "流程", "申请"])
    items, blocks = [], []
    for i, r in enumerate(rs):
        href = f"http://www.search-engine.test/link?url={r['tok']}"
        dl = json.dumps({"F": "778717EA", "T": rng.randint(10**9, 2 * 10**9), "y": "FDB7DFE7", "rsv_srcid": str(rng.randint(1000, 9999))})
        blocks.append(f"""
<div class="result c-container xpath-log new-pmd" srcid="1599" id="{i + 1}" tpl="se_com_default" mu="{E(r['url'])}" data-op="{{'y':'FDB7DFE7'}}" data-click="{E(dl)}">
  <div class="c-container">
    <h3 class="c-title t t tts-title"><a href="{E(href)}" target="_blank" data-click="{{'F':'778717EA','T':'{i}'}}">{r['th']}</a></h3>
    <div class="c-row c-gap-top-small">
      <div class="c-span3"><a href="{E(href)}" target="_blank"><img class="c-img c-img3" src="https://t{i % 3}.search-img.test/it/u={rng.randint(10**8, 10**9)},{rng.randint(10**8, 10**9)}&amp;fm=217"></a></div>
      <div class="c-span9 c-span-last"><div class="c-abstract"><span class="c-color-gray2 newTimeFactor_before_abs">{E(r['date'])}&nbsp;</span><span class="content-right_8Zs40">{r['sh']}</span></div>
      <div class="c-row source_1Vdff"><a target="_blank" href="{E(href)}" class="siteLink_9TPP3"><span class="c-color-gray">{E(r['src'])}</span></a><div class="c-tools c-gap-left" id="tools_{rng.randint(10**10, 10**11)}_{i + 1}" data-tools='{{"title":"{E(r['title'])}","url":"{E(href)}"}}'><i class="c-icon f13">&#xe62b;</i></div></div></div>
    </div>
  </div>
</div>""")
        items.append(ritem(r))
        if i == 4:
            blocks.append(f"""
<div class="result-op c-container new-pmd" srcid="28608" id="{i + 2}x" tpl="recommend_list" data-click="{{'rsv_cd':'pt:40520'}}">
  <div class="c-font-medium list_1V4Yg"><div class="c-color-t title_3VnJH">大家还在搜</div>
  <div class="c-row">{''.join(f'<a class="item_3WKCf c-gap-right" href="/s?wd={quote(w)}&amp;rsv_dl=0_prs_28608_1">{E(w)}</a>' for w in ['实用新型专利多久下证', '外观专利申请流程', '发明专利申请条件', '专利申请费用', '个人申请专利', '专利查询'])}</div></div>
</div>""")
    hot = ["专利申请费用", "专利查询官网", "实用新型专利", "外观设计专利", "发明专利", "专利审查周期", "专利检索", "专利年费", "专利代理机构", "专利转让"]
    body = head(f"{q}_百度搜索", "bd", extra_head='<meta name="referrer" content="always">') + f"""<body link="#0000cc">
<div id="wrapper" class="wrapper_new">
<div id="head"><div class="head_wrapper"><div class="s_form"><div class="s_form_wrapper"><a href="/" id="result_logo"><img src="//www.search-engine.test/img/flexible/logo/pc/result.png" alt="到百度首页"></a>
<form id="form" name="f" action="/s" class="fm"><span class="bg s_ipt_wr"><input id="kw" name="wd" class="s_ipt" value="{q}" maxlength="255" autocomplete="off"></span><span class="bg s_btn_wr"><input type="submit" id="su" value="百度一下" class="bg s_btn"></span></form></div></div>
<div id="u"><a href="https://www.search-engine.test/gaoji/preferences.html" name="tj_settingicon" class="pf">设置</a><a href="https://passport.search-engine.test/v2/?login" name="tj_login" class="lb">登录</a></div>
<div id="s_tab" class="s_tab"><div class="s_tab_inner"><b>网页</b><a href="http://www.search-engine.test/s?rtt=1&amp;tn=news&amp;word={quote(q)}">资讯</a><a href="https://zhidao.search-engine.test/search?word={quote(q)}">知道</a><a href="http://image.search-engine.test/i?word={quote(q)}">图片</a><a href="https://v.search-engine.test/v?word={quote(q)}">视频</a><a href="http://map.search-engine.test/m?word={quote(q)}">地图</a><a href="https://wenku.search-engine.test/search?word={quote(q)}">文库</a><a href="/more/">更多</a></div></div>
</div></div>
<div id="wrapper_wrapper">
<div id="container" class="container_l sam_newgrid">
<div class="head_nums_cont_outer"><div class="head_nums_cont_inner"><span class="nums_text">百度为您找到相关结果约2,360,000个</span></div></div>
<div id="content_left">{''.join(blocks)}
</div>
<div id="content_right" class="cr-offset">
 <div class="cr-content"><div class="FYB_RD"><div class="cr-title c-gap-bottom-xsmall"><span>百度热搜</span></div><ul class="s-news-rank-content">{''.join(f'<li class="rank-item"><span class="index">{k + 1}</span><a href="/s?wd={quote(w)}&amp;sa=fyb_news" target="_blank" class="title-content">{E(w)}</a></li>' for k, w in enumerate(['某地出台知识产权保护新规', '双十一物流高峰', '今冬首场寒潮来袭', '新能源车下乡', '高校毕业生就业', '流感疫苗接种', '跨年演唱会官宣', '城市马拉松报名']))}</ul></div></div>
 <div class="cr-content"><div class="ec-tuiguang">推广链接</div>{''.join(f'<div class="ec_ad"><a href="//www.search-engine.test/baidu.php?url=a{k}{rng.randint(1000, 9999)}" target="_blank">{t}</a><p class="ec_desc">{d}</p></div>' for k, (t, d) in enumerate([('专利申请-正规代理机构-官方备案可查', '技术交底指导,专利撰写,答复审查意见'), ('商标注册-全类查询-进度实时通知', '官费透明,一对一顾问')]))}</div>
</div>
<div id="rs_new" class="new-pmd">{related("c-container", hot[:9], "/s?wd={q}&rsf=101_3", "相关搜索")}</div>
<div id="page"><div class="page-inner_2jZi2"><strong><span class="pc">1</span></strong>{''.join(f'<a href="/s?wd={quote(q)}&amp;pn={10 * k}&amp;oq={quote(q)}"><span class="pc">{k + 1}</span></a>' for k in range(1, 10))}<a href="/s?wd={quote(q)}&amp;pn=10" class="n">下一页 &gt;</a></div></div>
</div></div>
<div id="foot" class="foot_fixed_bottom"><div id="help"><a href="http://help.search-engine.test/question" target="_blank">帮助</a><a href="http://www.search-engine.test/search/jubao.html" target="_blank">举报</a><a href="http://jianyi.search-engine.test" target="_blank">用户反馈</a><a href="https://beian.miit-registry.test/" target="_blank">京ICP证030173号</a><a href="http://www.beian.gongan-registry.test/portal/registerSystemInfo?recordcode=11000002000001" target="_blank">京公网安备11000002000001号</a></div></div>
</div>
<script>var bds={{se:{{}},su:{{urdata:[],urSendClick:function(){{}}}},util:{{}},use:{{}},comm:{{domain:"http://www.search-engine.test",ubsurl:"http://sclick.search-engine.test/w.gif",tn:"baidu",queryEnc:"{quote(q)}",queryId:"{rng.randint(10**15, 10**16):x}",inter:"",templateName:"baidu",sugHost:"http://suggestion.search-engine.test/su",query:{{}},qid:"{rng.randint(10**15, 10**16):x}",cid:"0",sid:"36545_36464_37358",indedx:"",stoken:"",serverTime:"{rng.randint(1.7e9, 1.8e9)}",user:"",username:"",loginAction:[],useFavo:"",pinyin:"",favoOn:"",curResultNum:"10",rightResultExist:false,protectNum:0,zxlNum:0,pageNum:1,pageSize:10,ishome:1,newindex:1}}}};</script>
{tailscripts("bd", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ serp 2: Sogou-like
def serp_02():
    rng = make_rng(2202)
    q = "商标注册多少钱"
    page = f"https://www.sogou-like.test/web?query={quote(q)}&_asf=www.sogou-like.test&ie=utf8"
    rs = results(rng, q, ["商标注册", "商标", "多少钱", "注册"])
    items, blocks = [], []
    for i, r in enumerate(rs):
        href = f"/link?url={r['tok']}."
        blocks.append(f"""
<div class="vrwrap" data-url="{E(r['url'])}" id="sogou_vr_{30000000 + i}_{i}">
  <h3 class="vr-title"><a target="_blank" href="{E(href)}" id="sogou_vr_{30000000 + i}_title_{i}" data-url="{E(r['url'])}" uigs="article_title_{i}">{r['th']}</a></h3>
  <div class="r-sech click-better-sugg" data-url="{E(r['url'])}">
    <div class="str-text-info"><p class="str_info star-wiki">{r['sh']}</p></div>
    <div class="citeurl"><span>{E(r['src'])}</span><span>-</span><span>{E(r['date'])}</span><span class="cite-gray"> - </span><a href="javascript:void(0);" class="citeurl-snapshot" id="sogou_snapshot_{i}">快照</a></div>
  </div>
  <div class="r-sech-ext" style="display:none"><a href="/web?query={quote(q)}&amp;sugsuv=1&amp;sugtime={i}">更多相似</a></div>
</div>""")
        items.append(ritem(r))
    hot = ["商标查询", "商标注册流程", "商标分类表", "商标转让", "商标异议", "商标续展", "商标设计", "个人能注册商标吗", "商标注册要多久", "商标被驳回怎么办", "国际商标注册", "商标注册官网"]
    body = head(f"{q} - 搜狗搜索", "sg") + f"""<body class="sogou-web">
<div class="header"><div class="header-box"><a class="logo" href="/" uigs="logo"><img src="//dlweb.sogou-cdn.test/logo.png"></a>
<form name="sf" id="searchForm" action="/web"><div class="querybox"><span class="qborder"><input type="text" name="query" id="upquery" value="{q}" class="query" autocomplete="off"></span><span class="sbtn1"><input type="submit" id="searchBtn" value="搜狗搜索"></span></div></form>
<div class="searchnav" id="scroll-header-nav"><span>网页</span><a href="https://weixin.sogou-like.test/weixin?query={quote(q)}">微信</a><a href="https://zhihu.sogou-like.test/zhihu?query={quote(q)}">知乎</a><a href="https://pic.sogou-like.test/pics?query={quote(q)}">图片</a><a href="https://v.sogou-like.test/v?query={quote(q)}">视频</a><a href="https://mingyi.sogou-like.test/">医疗</a><a href="https://hanyu.sogou-like.test/">汉语</a><a href="https://fanyi.sogou-like.test/">翻译</a><a href="https://wenwen.sogou-like.test/">问问</a></div></div></div>
<div id="wrapper" class="wrapper">
<div id="main" class="main">
  <div class="search-info"><p class="num-tips">搜狗已为您找到约1,290,837条相关结果</p></div>
  <div class="results" id="results-{rng.randint(1000, 9999)}">{''.join(blocks)}
  </div>
  <div id="hint_container" class="hintBox">{related("hint-mid", hot[:9], "/web?query={q}&ie=utf8&_ast=1", "相关搜索", table=False)}</div>
  <div class="p" id="pagebar_container"><span>1</span>{''.join(f'<a id="sogou_page_{k}" href="?query={quote(q)}&amp;page={k}&amp;ie=utf8" uigs="page_{k}">{k}</a>' for k in range(2, 11))}<a id="sogou_next" href="?query={quote(q)}&amp;page=2&amp;ie=utf8" class="np" uigs="page_next">下一页</a></div>
</div>
<div id="right" class="right">
  <div class="hotsearch-box">{hotcloud("hot-words", "大家都在搜", hot, "/web?query={q}&from=hotsearch")}</div>
  {adslot("sponsored right-ad", rng, label="广告")}
</div>
</div>
<div id="s_footer" class="footer-box"><div class="footer"><a href="https://corp.sogou-like.test/" target="_blank">企业推广</a> - <a href="https://help.sogou-like.test/" target="_blank">帮助</a> - <a href="https://fankui.sogou-like.test/" target="_blank">意见反馈</a> - &copy; 2026 SOGOU - <a href="https://beian.miit-registry.test/" target="_blank">京ICP证050897号</a> - <a href="http://www.beian.gongan-registry.test/" target="_blank">京公网安备11000002000025号</a></div></div>
<script>var uigs_para={{"uigs_productid":"vs_web","terminal":"web","vstype":"weixin","query":"{q}","pagetype":"result","uuid":"{rng.randint(10**15, 10**16):x}"}};</script>
{tailscripts("sg", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ serp 3: 360-like
def serp_03():
    rng = make_rng(2303)
    q = "专利代理师资格证"
    page = f"https://www.so-like.test/s?q={quote(q)}&src=srp&fr=none&psid={rng.randint(10**15, 10**16):x}"
    rs = results(rng, q, ["专利代理师", "资格证", "代理师", "专利"])
    items, lis = [], []
    for i, r in enumerate(rs):
        href = f"https://www.so-like.test/link?m={r['tok']}"
        host = r["url"].split("/")[2]
        lis.append(f"""
<li class="res-list" data-url="{E(r['url'])}" data-res='{{"pos":{i + 1},"m":"{r['tok'][:16]}"}}'>
  <h3 class="res-title "><a href="{E(href)}" rel="noopener" target="_blank" data-mdurl="{E(r['url'])}" data-res='{{"pos":{i + 1},"m":"{r['tok'][:16]}"}}'>{r['th']}</a></h3>
  <div class="res-rich so-rich-ask clearfix">
    <p class="res-desc">{r['sh']}</p>
    <p class="g-linkinfo"><cite><a href="{E(href)}" target="_blank" class="mingpian">{E(r['src'])}</a><span class="mh-split">-</span>{E(host)}</cite><span class="gray">{E(r['date'])}</span><a href="http://www.so-like.test/c?m={r['tok'][:20]}" target="_blank" class="m">快照</a></p>
  </div>
</li>""")
        items.append(ritem(r))
    hot = ["专利代理师考试时间", "专利代理师报名", "专利代理师真题", "专利代理师工资", "专利代理人", "专利代理机构", "专利法", "知识产权师", "律师资格证", "专利审查员", "商标代理人", "专利工程师"]
    body = head(f"{q} - 360搜索", "so") + f"""<body class="so-body">
<div id="header" class="header"><div class="inner"><a href="https://www.so-like.test/" class="logo">360搜索</a>
<form id="bd_search" action="https://www.so-like.test/s"><input id="keyword" name="q" value="{q}" autocomplete="off" class="placeholder"><input type="submit" id="su" value="搜索"></form>
<ul id="tabs">{''.join(f'<li><a href="https://{h}.so-like.test/?q={quote(q)}">{t}</a></li>' for t, h in [('网页', 'www'), ('资讯', 'news'), ('视频', 'video'), ('图片', 'image'), ('良医', 'ly'), ('地图', 'ditu'), ('百科', 'baike'), ('文库', 'wenku')])}</ul></div></div>
<div id="container" class="container">
<div id="main">
<p class="nums">找到相关结果约1,080,000个</p>
<ul class="result">{''.join(lis)}
</ul>
<div id="rs" class="rs">{related("rs-new", hot[:9], "https://www.so-like.test/s?q={q}&src=related", "相关搜索")}</div>
<div id="page"><strong>1</strong>{''.join(f'<a href="https://www.so-like.test/s?q={quote(q)}&amp;pn={k}&amp;src=srp_paging">{k}</a>' for k in range(2, 10))}<a id="snext" href="https://www.so-like.test/s?q={quote(q)}&amp;pn=2&amp;src=srp_paging">下一页&gt;</a></div>
</div>
<div id="side"><div class="side-section hot-rank">{hotcloud("hot-list", "360热榜", hot, "https://www.so-like.test/s?q={q}&src=hotrank")}</div>{adslot("side-section e_ad", rng)}</div>
</div>
<div id="footer"><p><a href="https://www.so-like.test/help/help_1_1.html" target="_blank">使用帮助</a> | <a href="https://e.so-like.test/" target="_blank">推广服务</a> | <a href="https://www.so-like.test/help/help_3_2.html" target="_blank">隐私保护</a> | <a href="https://beian.miit-registry.test/" target="_blank">京ICP备08010314号-6</a> | <a href="https://www.beian.gongan-registry.test/" target="_blank">京公网安备11000002000006号</a></p></div>
<!-- res-list end -->
{tailscripts("so", rng, {"q": q, "pq": q})}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ serp 4: Baidu mobile-like
def serp_04():
    rng = make_rng(2404)
    q = "2026 手机推荐"
    page = f"https://m.search-engine.test/s?word={quote(q)}&sa=ts_1&ms=1"
    rs = results(rng, q, ["2026", "手机推荐", "手机", "推荐"])
    items, cards = [], []
    for i, r in enumerate(rs):
        href = f"/link?url={r['tok']}&amp;order={i + 1}"
        dl = json.dumps({"tplname": "www_index", "srcid": "www_normal", "order": i + 1, "mu": r["url"], "ensrcid": "www_normal"}, ensure_ascii=False)
        cards.append(f"""
<article class="c-result result c-clk-recommend" order="{i + 1}" tpl="www_index" mu="{E(r['url'])}" srcid="www_normal" data-log="{E(dl)}" style="margin-top:8px;background:#fff;border-radius:12px;padding:12px">
  <section class="c-container">
    <a class="c-blocka" href="{href}" data-visited="off"><h3 class="c-title c-gap-top-small"><span class="c-title-text">{r['th']}</span></h3></a>
    <div class="c-row c-gap-top-small"><div class="c-span12"><a class="c-blocka" href="{href}"><div class="c-line-clamp3 c-color">{r['sh']}</div></a></div></div>
    <div class="c-row c-color-gray c-gap-top-small"><span class="c-showurl c-footer-showurl">{E(r['src'])}</span><span class="c-gap-left-small">{E(r['date'])}</span><span class="c-tools-more" data-a="{i}">···</span></div>
  </section>
</article>""")
        items.append(ritem(r))
    hot = ["华为Mate80", "小米17", "iPhone17", "vivo X300", "OPPO Find X9", "荣耀Magic8", "一加15", "千元机", "折叠屏", "拍照手机", "游戏手机", "学生手机", "老人机"]
    body = head(f"{q} - 百度", "bdm", extra_head='<meta name="format-detection" content="telephone=no">') + f"""<body style="background:#f5f5f5;margin:0">
<div id="page" class="page">
 <div id="page-hd"><div class="se-head-logo"><a href="/?from=1020786r"><img src="//m.search-engine.test/se/static/img/logo.png" width="68"></a></div>
 <form class="se-form" action="/s"><div class="se-inputwrap"><input class="se-input" name="word" value="{q}" type="search" autocomplete="off"></div><button class="se-bn" type="submit">百度一下</button></form>
 <div class="se-tabs" id="page-tips">{''.join(f'<a href="/s?word={quote(q)}&amp;tn={h}" class="se-tab-item">{t}</a>' for t, h in [('综合', 'iphone'), ('视频', 'vsearch'), ('笔记', 'note'), ('资讯', 'news'), ('图片', 'pic'), ('商品', 'shop')])}</div></div>
 <div id="page-bd"><div id="results" class="results">{''.join(cards[:3])}
<div class="c-result result c-container" tpl="recommend_list" srcid="8007" style="margin-top:8px;background:#fff;border-radius:12px;padding:12px"><div class="c-title">大家还在搜</div><div class="c-row">{''.join(f'<a class="c-slink c-slink-new-strong" href="/s?word={quote(w)}&amp;sa=re_dl_prs">{E(w)}</a>' for w in hot[:8])}</div></div>{''.join(cards[3:])}
 </div></div>
 <div id="page-relative" class="c-container">{related("rw-list", hot[5:13], "/s?word={q}&sa=re_dl_er", "相关搜索", table=False)}</div>
 <div id="page-controller"><div class="new-pagenav"><a class="new-nextpage-only" href="/s?word={quote(q)}&amp;pn=10&amp;sa=np">下一页 &gt;</a></div></div>
 <div id="page-ft"><div class="foot-b"><a href="/s?word={quote(q)}&amp;sa=ft_feedback">用户反馈</a><a href="https://m.search-engine.test/?from=1020786r">百度首页</a><span><a href="https://beian.miit-registry.test/">京ICP证030173号</a></span></div></div>
</div>
<script type="text/javascript">window.__SE_ENV__={{"lid":"{rng.randint(10**18, 10**19)}","qid":"{rng.randint(10**15, 10**16):x}","page":1}};</script>
{tailscripts("bdm", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ serp 5: Shenma/UC-like mobile
def serp_05():
    rng = make_rng(2505)
    q = "杭州周末去哪玩"
    page = f"https://m.shenma-like.test/s?q={quote(q)}&from=smor&safe=1"
    rs = results(rng, q, ["杭州", "周末", "去哪玩", "好去处"])
    items, cards = [], []
    for i, r in enumerate(rs):
        href = f"/link?url={quote(r['url'], safe='')}&amp;sign={r['tok'][:24]}"
        cards.append(f"""
  <div class="sc c-container" data-sc="{i}" data-url="{E(r['url'])}" data-reco="0" style="padding:12px 14px;border-bottom:8px solid #f2f3f5">
    <div class="c-header"><a class="c-header-inner c-flex-1" href="{href}" data-hook="title"><span class="c-header-title c-font-big">{r['th']}</span></a></div>
    <div class="c-flex-x"><div class="c-e-row"><a class="c-e-title-p" href="{href}"><p class="js-c-paragraph-text c-paragraph-text c-line-clamp-3">{r['sh']}</p></a></div>
    <div class="c-e-source" style="font-size:12px;color:#999"><span class="c-e-source-s">{E(r['src'])}</span><span class="c-e-source-time"> · {E(r['date'])}</span></div></div>
  </div>""")
        items.append(ritem(r))
    hot = ["西湖", "灵隐寺", "千岛湖", "宋城", "西溪湿地", "良渚", "九溪", "龙井村", "杭州动物园", "湘湖", "天目山", "径山寺", "大明山", "莫干山", "乌镇"]
    body = head(f"{q} - 神马搜索", "sm") + f"""<body class="sm-body">
<header id="header" class="header"><div class="hd-inner"><a class="logo" href="/">神马</a><form action="/s" class="hd-form"><input name="q" value="{q}" class="hd-input"><button class="hd-btn">搜索</button></form></div>
<nav class="vertical-nav"><a class="active">网页</a><a href="/s?q={quote(q)}&amp;by=video">视频</a><a href="/s?q={quote(q)}&amp;by=image">图片</a><a href="/s?q={quote(q)}&amp;by=news">资讯</a><a href="/s?q={quote(q)}&amp;by=local">本地</a></nav></header>
<div id="results" class="results">
 <div class="tips-banner" style="padding:8px;background:#fff8e6;font-size:12px">为您推荐: <a href="/s?q=%E6%9D%AD%E5%B7%9E%E5%A4%A9%E6%B0%94">杭州天气</a></div>
 <div class="sc-list" id="sc-list">{''.join(cards)}
 </div>
 {hotcloud("hot-places", "大家都在搜", hot, "/s?q={q}&from=hot")}
 {adslot("ad-wrap sm-ad", rng, kind="script")}
</div>
<div class="pager"><a href="/s?q={quote(q)}&amp;page=2" class="next-page">下一页</a></div>
<footer class="footer"><a href="/feedback">反馈</a> · <a href="/about">关于</a> · <a href="https://beian.miit-registry.test/">粤ICP备20260011号-2</a></footer>
{tailscripts("sm", rng)}
</body></html>"""
    return page, body, "list", items


# ------------------------------------------------------------------ serp 6: Toutiao-search-like
def serp_06():
    rng = make_rng(2606)
    q = "发明专利转让"
    page = f"https://so.toutiao-like.test/search?keyword={quote(q)}&pd=synthesis&source=input"
    rs = results(rng, q, ["发明专利", "专利转让", "转让", "专利"])
    items, cards = [], []
    for i, r in enumerate(rs):
        href = f"/link?url={r['tok']}&amp;aid={rng.randint(10**6, 10**7)}"
        cards.append(f"""
    <div class="result-content" data-i="{i}" data-log-extra='{{"rank":{i},"source":"{E(r['src'])}"}}'>
      <div class="cs-view cs-view-block cs-card" data-url="{E(r['url'])}">
        <div class="cs-view cs-view-flex align-items-center flex-row cs-header"><div class="flex-1 text-darker text-xl text-medium d-flex align-items-center overflow-hidden"><a href="{href}" target="_blank" class="text-ellipsis text-underline-hover">{r['th']}</a></div></div>
        <div class="cs-view cs-view-block cs-text margin-top-3"><div class="cs-text-content"><span class="text-underline-hover">{r['sh']}</span></div></div>
        <div class="cs-view cs-view-flex align-items-center flex-row cs-source"><div class="cs-source-content text-ellipsis"><span class="d-flex align-items-center text-ellipsis margin-right-4"><span class="text-cut">{E(r['src'])}</span></span><span class="text-ellipsis">{E(r['date'])}</span></div></div>
      </div>
    </div>""")
        items.append(ritem(r))
    hot = ["专利交易平台", "专利许可", "专利质押", "专利价值评估", "技术转移", "专利拍卖", "高校专利", "专利转让合同", "专利转让费用", "专利权人变更", "专利运营", "科技成果转化", "专利池", "专利导航"]
    body = head(f"{q} - 头条搜索", "tt") + f"""<body>
<div id="root"><div class="s-page">
 <div class="s-header-wrap"><div class="s-header"><a class="s-logo" href="/"><img src="//sf3-cdn-tos.toutiao-cdn.test/logo.svg" height="30"></a>
  <div class="s-search-box"><input class="s-input" value="{q}"><span class="s-search-btn">搜索</span></div>
  <div class="s-tab-bar">{''.join(f'<a class="s-tab{" active" if k == 0 else ""}" href="/search?keyword={quote(q)}&amp;pd={h}">{t}</a>' for k, (t, h) in enumerate([('综合', 'synthesis'), ('资讯', 'information'), ('视频', 'video'), ('图片', 'atlas'), ('用户', 'user'), ('问答', 'question')]))}</div></div></div>
 <div class="s-main">
  <div class="s-result-list">{''.join(cards)}
   <div class="result-content"><div class="cs-view cs-card cs-related"><div class="cs-header">相关搜索</div><div class="cs-grid">{''.join(f'<a class="cs-grid-cell" href="/search?keyword={quote(w)}&amp;source=related">{E(w)}</a>' for w in hot[:8])}</div></div></div>
  </div>
  <div class="s-side">{hotcloud("s-hot-board", "头条热榜", hot, "/search?keyword={q}&source=trending_card")}{adslot("s-side-ad", rng)}</div>
  <div class="s-pagination"><span class="s-pagination-current">1</span>{''.join(f'<a href="/search?keyword={quote(q)}&amp;page_num={k}&amp;pd=synthesis">{k + 1}</a>' for k in range(1, 6))}<a href="/search?keyword={quote(q)}&amp;page_num=1&amp;pd=synthesis" class="s-pagination-next">下一页</a></div>
 </div>
 <div class="s-footer"><a href="https://www.toutiao-like.test/about/">关于头条</a><a href="https://beian.miit-registry.test/">京ICP备12025439号-31</a><a href="http://www.beian.gongan-registry.test/">京公网安备11000002002023号</a></div>
</div></div>
<script>window._SSR_DATA={json.dumps({"keyword": q, "cur_tab": 1, "count": len(rs)}, ensure_ascii=False)};</script>
{tailscripts("tt", rng)}
</body></html>"""
    return page, body, "list", items


SERPS = [("serp_01", serp_01), ("serp_02", serp_02), ("serp_03", serp_03), ("serp_04", serp_04), ("serp_05", serp_05), ("serp_06", serp_06)]
