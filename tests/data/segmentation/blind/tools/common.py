# -*- coding: utf-8 -*-
"""Shared pools and page-chrome helpers for the blind segmentation test set.
Test-data tooling only."""
import html
import json
import random
from urllib.parse import urljoin, quote

E = lambda s: html.escape(str(s), quote=True)


def absu(page_url, href):
    return urljoin(page_url, href)


# ---------------------------------------------------------------- pools
PRODUCTS = [
    ("充电宝", ["小米", "倍思", "Anker安克", "罗马仕"], ["20000毫安", "22.5W超级快充", "自带线", "轻薄便携", "可上飞机", "双向快充"]),
    ("蓝牙耳机", ["漫步者", "倍思", "QCY", "小米"], ["真无线", "主动降噪", "半入耳式", "运动跑步", "超长续航", "2026新款"]),
    ("保温杯", ["膳魔师", "象印", "富光", "希诺"], ["316不锈钢", "大容量", "男女士", "便携", "学生", "茶水分离"]),
    ("四件套", ["罗莱", "水星家纺", "南极人", "富安娜"], ["纯棉", "全棉", "1.8m床", "被套床单", "简约北欧风", "60支长绒棉"]),
    ("运动鞋", ["李宁", "安踏", "回力", "特步"], ["男款", "减震", "透气网面", "跑步鞋", "秋冬季", "休闲百搭"]),
    ("电饭煲", ["美的", "苏泊尔", "九阳", "小熊"], ["家用", "4L大容量", "智能预约", "球釜内胆", "3-5人", "官方正品"]),
    ("中性笔", ["晨光", "得力", "百乐", "斑马"], ["0.5mm", "黑色", "学生考试专用", "按动式", "办公签字笔", "12支装"]),
    ("坚果礼盒", ["三只松鼠", "良品铺子", "百草味", "洽洽"], ["每日坚果", "混合装", "年货", "送礼", "1500g", "零食大礼包"]),
    ("机械键盘", ["罗技", "达尔优", "雷柏", "黑爵"], ["青轴", "红轴", "有线", "三模无线", "RGB背光", "电竞游戏"]),
    ("羽绒服", ["波司登", "雪中飞", "鸭鸭", "高梵"], ["女中长款", "90白鸭绒", "加厚", "连帽", "冬季", "过膝"]),
    ("台灯", ["松下", "欧普", "飞利浦", "雷士"], ["护眼", "LED", "学生书桌", "国AA级", "卧室床头", "充电款"]),
    ("A4打印纸", ["得力", "晨光", "齐心", "亚太森博"], ["70g", "80g", "500张/包", "整箱", "办公用", "复印纸"]),
    ("茶叶", ["八马", "天福茗茶", "中茶", "张一元"], ["铁观音", "浓香型", "2026新茶", "礼盒装", "乌龙茶", "250g"]),
    ("手机壳", ["倍思", "闪魔", "图拉斯", "ESCASE"], ["适用iPhone17", "透明", "防摔", "磁吸", "硅胶", "超薄"]),
    ("儿童书包", ["迪士尼", "卡拉羊", "益优", "小学生"], ["护脊减负", "1-3年级", "大容量", "男孩女孩", "轻便", "防水"]),
]

LEGIT_IP = [
    "商标注册代理 商标查询 45类全类申请 官费透明可开票",
    "专利申请撰写服务 发明 实用新型 外观设计 正规代理机构 可查备案",
    "《专利法》释义与实务 2026修订版 正版图书 知识产权入门",
    "知识产权贯标咨询 企业GB/T29490辅导 流程透明 不承诺结果",
    "专利检索查新报告 技术交底书梳理 专业代理师一对一",
    "版权登记 软件著作权申请 材料整理指导 按官方流程办理",
    "商标续展 变更 转让手续代办 进度可在官网自行查询",
    "专利年费代缴提醒服务 到期预警 防止专利失效",
    "外观设计专利申请 图片绘制规范讲解 正规代理",
    "知识产权法律咨询 侵权风险评估 律师事务所",
    "专利代理师考试真题解析 2026版 备考资料 正版",
    "企业商标布局规划 防御性注册建议 按实际经营需要申请",
]

ILLEGAL_IP = [
    "实用新型专利包授权 不授权全额退款 最快30天下证",
    "出租专利代理师资格证 挂靠机构 年费从优 可签长期协议",
    "现成已下证发明专利转让 评职称加分专用 当天办理过户",
    "热门网红品牌商标已抢先注册 低价转让 35类43类都有",
    "代刻公章 合同章 财务章 发票章 加急两小时取件",
    "外观专利包下证 无需提供图纸 代写代申请 保证通过",
    "代理师证挂证 无需到岗 新成立机构急需 价格好谈",
    "批量出售已授权实用新型 高企认定凑数专用 打包优惠",
    "专利加急包过 内部审查渠道 十五天出证 不成功不收费",
    "仿刻各类印章 营业执照副本 来图定做 同城闪送",
    "商标驳回复审包成功 异议包赢 不成功全退",
    "高新技术企业认定包过 专利凑数一条龙 知识产权打包",
    "发明专利百分百授权 审查员关系 先下证后付款",
    "出售大学生毕业专利 署名可改 评奖保研加分",
    "抢注知名地名商标 已到手 欢迎当地企业来谈",
    "挂靠专利代理师执业证 机构年检用 全国可挂",
    "代办专利快速下证 材料我们编 您只管收证书",
    "现货软著 实用新型 外观 署名随便改 秒发",
    "各类印章刻制 电子章 假一赔十 不限行业 私聊",
    "帮你包装专利数量 一年二十件包下 政府补贴随便拿",
    "知名品牌近似商标 已注册成功 傍名牌专用 转让",
    "代理人证出租 资质借用 专利所开办必备",
]

SECONDHAND = ["自用", "闲置", "九成新", "全新未拆", "搬家急出", "95新", "个人闲置", "低价出"]

LOCATIONS = ["浙江 杭州", "广东 深圳", "广东 广州", "江苏 苏州", "上海", "北京", "福建 泉州", "山东 临沂",
             "河北 保定", "四川 成都", "湖北 武汉", "浙江 义乌", "江苏 南京", "河南 郑州"]

NICK_A = ["爱吃", "快乐的", "深夜", "江南", "北方的", "一只", "佛系", "咸鱼", "老", "小", "不会飞的", "靠谱", "路过的", "清风"]
NICK_B = ["橘猫", "程序员", "码农", "包子", "石头", "阿飞", "大叔", "少年", "饼干", "柠檬", "海风", "土豆", "鲸鱼", "老王", "月亮"]
PY = ["xiao", "wang", "li", "zhang", "chen", "liu", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "ma", "hu",
      "lin", "guo", "he", "gao", "luo", "feng", "yun", "ming", "hai", "tian", "long", "jun", "hua"]

SHOP_PREFIX = ["鑫源", "恒达", "优品", "佳美", "博远", "汇通", "金石", "众诚", "天成", "瑞丰", "华信", "宏图", "嘉禾", "新启航"]
SHOP_NOUN = ["数码", "家居", "百货", "文具", "知识产权", "专利事务", "商贸", "电器", "服饰", "食品", "科技", "企业服务"]
SHOP_SUFFIX = ["专营店", "旗舰店", "企业店", "工作室", "小店", "官方店", "直营店"]

GENERIC_REPLIES = [
    "顶一下，楼主辛苦了",
    "马克一下，回头再看",
    "同问，我也想知道",
    "学习了，感谢分享",
    "楼上说得有道理，不过我觉得还是看个人情况",
    "前排围观",
    "这个我有经验，之前踩过坑，建议多比较几家再决定",
    "哈哈哈哈笑死我了",
    "已收藏，谢谢楼主",
    "感觉没那么夸张吧，我身边的人都还好",
    "帮顶，希望楼主早日解决",
    "有没有后续啊楼主",
    "路过，看看大家怎么说",
    "说实话价格有点贵了",
    "我上个月刚经历过，真的心累",
    "楼主能不能说说具体是哪家",
    "不明觉厉",
    "支持一下，写得很详细",
    "别听楼上的，自己去实地看看最靠谱",
    "同城的可以私聊交流一下",
    "这种事情还是要留好证据",
    "我觉得吧，凡事都有两面性",
]

SPAM_REPLIES = [
    "楼主要是急着拿证可以找我们，实用新型包授权，没下来全退，微信同号。",
    "专业代办专利，材料我们来写，包下证，评职称的朋友看过来，私信。",
    "有代理师证的朋友吗？长期高价收挂靠，不用上班，年底结算。",
    "现成发明专利出售，已授权，可以直接改名过户，需要的加我。",
    "刻章找我，公章合同章都能做，和真的一模一样，两小时出货。",
    "注册了一批热门商标，带流量的那种，便宜转，有意向的站内信。",
    "高企认定的老板看这里，专利打包包过，一条龙服务，不过不收钱。",
    "需要软著和外观专利的找我，署名随意，下证快，量大从优。",
    "出租代理人资格证，新开所必备，手续我们搞定，放心合作。",
    "审查那边有人，发明十五天出证，不成功不收费，懂的来。",
    "帮学生包装专利，保研加分用，名字随便挂，价格公道。",
    "卖几个刚抢注下来的品牌商标，和某大牌就差一个字，懂的都懂。",
]


def make_rng(seed):
    return random.Random(seed)


def nick(rng):
    n = rng.choice(NICK_A) + rng.choice(NICK_B)
    if rng.random() < 0.35:
        n += str(rng.randint(1, 999))
    return n


def uname(rng):
    return rng.choice(PY) + rng.choice(PY) + str(rng.randint(10, 9999))


def shop_name(rng, brand=None, ip=False):
    if brand and rng.random() < 0.5:
        return brand + rng.choice(["官方旗舰店", "旗舰店", "专卖店", "京东自营旗舰店"])
    noun = rng.choice(["知识产权", "专利事务", "企业服务", "商标代理"]) if ip else rng.choice([n for n in SHOP_NOUN if n not in ("知识产权", "专利事务", "企业服务")])
    return rng.choice(SHOP_PREFIX) + noun + rng.choice(SHOP_SUFFIX)


def goods_title(rng):
    prod, brands, feats = rng.choice(PRODUCTS)
    b = rng.choice(brands)
    fs = rng.sample(feats, rng.randint(3, 5))
    sep = rng.choice(["", " ", " "])
    return b + prod + sep + sep.join(fs) if sep else b + prod + "".join(fs), b, prod


def pick_spam_positions(rng, n, ratio=0.2):
    k = max(1, round(n * ratio))
    return set(rng.sample(range(n), k))


# ---------------------------------------------------------------- chrome
def head(title, css_prefix, extra_head="", keywords="", desc=""):
    css = "\n".join(
        f".{css_prefix}-{k}{{{v}}}" for k, v in [
            ("wrap", "width:1190px;margin:0 auto"), ("hd", "height:60px;background:#fff;border-bottom:1px solid #eee"),
            ("nav a", "color:#666;margin:0 8px;font-size:12px"), ("ft", "padding:30px 0;color:#999;text-align:center"),
            ("crumb", "padding:10px 0;font-size:12px"), ("hot a", "display:inline-block;margin:2px 6px"),
            ("pager a", "display:inline-block;padding:4px 10px;border:1px solid #ddd"), ("ad", "margin:10px 0;overflow:hidden"),
        ])
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{E(title)}</title>
<meta name="keywords" content="{E(keywords or title)}">
<meta name="description" content="{E(desc or title)}">
<link rel="stylesheet" href="//g.static-cdn.test/{css_prefix}/css/base.min.css?v=20261101">
<link rel="icon" href="/favicon.ico">
{extra_head}
<style type="text/css">
{css}
</style>
<script>window.__pageStart=+new Date();var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://stat.analytics-cdn.test/hm.js?{css_prefix}a81f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
</head>
"""


def topnav(cls, site, links, login=True, tag="div"):
    items = "".join(f'<li><a href="{E(h)}" target="_blank">{E(t)}</a></li>' for t, h in links)
    lg = '<span class="login-info">您好，请<a href="//login.passport-center.test/login">登录</a> <a href="//reg.passport-center.test/">免费注册</a></span>' if login else ""
    return f"""<!-- 顶部导航 start -->
<{tag} class="{cls}" id="{cls.split()[0]}">
  <div class="{cls.split()[0]}-inner">
    {lg}
    <ul class="{cls.split()[0]}-links">{items}</ul>
  </div>
</{tag}>
<!-- 顶部导航 end -->
"""


def breadcrumb(cls, crumbs, sep="&gt;", wrap="div"):
    parts = []
    for t, h in crumbs:
        parts.append(f'<a href="{E(h)}">{E(t)}</a>' if h else f'<span class="cur">{E(t)}</span>')
    return f'<{wrap} class="{cls}">当前位置：' + f' <i class="sep">{sep}</i> '.join(parts) + f"</{wrap}>\n"


def hotcloud(cls, title, words, hreffmt, rng=None, tag="div"):
    links = " ".join(f'<a href="{E(hreffmt.format(q=quote(w)))}" data-hot="{i+1}">{E(w)}</a>' for i, w in enumerate(words))
    return f'<{tag} class="{cls}"><strong class="{cls.split()[0]}-tit">{E(title)}：</strong>{links}</{tag}>\n'


def catmenu(cls, cats, hreffmt):
    lis = []
    for i, (c, subs) in enumerate(cats):
        sub = "".join(f'<a href="{E(hreffmt.format(c=i, s=j))}">{E(s)}</a>' for j, s in enumerate(subs))
        lis.append(f'<li class="{cls}-item"><h4><a href="{E(hreffmt.format(c=i, s=0))}">{E(c)}</a></h4><div class="{cls}-sub">{sub}</div></li>')
    return f'<ul class="{cls}">' + "".join(lis) + "</ul>\n"


def pagination(cls, cur, total, hreffmt, variant=0):
    out = []
    if variant == 0:
        if cur > 1:
            out.append(f'<a class="prev" href="{E(hreffmt.format(p=cur-1))}">上一页</a>')
        for p in range(1, min(total, 7) + 1):
            out.append(f'<span class="cur">{p}</span>' if p == cur else f'<a href="{E(hreffmt.format(p=p))}">{p}</a>')
        if total > 7:
            out.append('<span class="dots">...</span>' + f'<a href="{E(hreffmt.format(p=total))}">{total}</a>')
        out.append(f'<a class="next" href="{E(hreffmt.format(p=cur+1))}">下一页&gt;</a>')
        out.append(f'<span class="total">共{total}页</span>')
        return f'<div class="{cls}">' + "".join(out) + "</div>\n"
    else:
        lis = []
        for p in range(1, min(total, 10) + 1):
            lis.append(f'<li class="{"active" if p == cur else ""}"><a href="{E(hreffmt.format(p=p))}">{p}</a></li>')
        lis.append(f'<li class="nxt"><a href="{E(hreffmt.format(p=cur+1))}">下一页</a></li><li class="last"><a href="{E(hreffmt.format(p=total))}">尾页</a></li>')
        return f'<ul class="{cls}">' + "".join(lis) + "</ul>\n"


def footer(cls, site, icp, gongan, extra_links=None, tag="div"):
    extra_links = extra_links or [("关于我们", "/about"), ("联系我们", "/contact"), ("隐私政策", "/privacy"), ("网站地图", "/sitemap"), ("友情链接", "/links"), ("帮助中心", "/help")]
    lk = " | ".join(f'<a href="{E(h)}">{E(t)}</a>' for t, h in extra_links)
    return f"""<!-- footer -->
<{tag} class="{cls}">
  <p class="{cls.split()[0]}-links">{lk}</p>
  <p>Copyright &copy; 2012-2026 {E(site)} 版权所有</p>
  <p><a href="https://beian.miit-registry.test/" target="_blank" rel="nofollow">{E(icp)}</a>
     <a href="http://www.beian.gongan-registry.test/portal/registerSystemInfo?recordcode={gongan}" target="_blank" rel="nofollow"><img src="//g.static-cdn.test/img/ga.png" width="14">公网安备 {gongan}号</a>
     <a href="/license/icp-jyxk.html">增值电信业务经营许可证</a></p>
  <p class="tips">违法和不良信息举报电话：400-000-0000 举报邮箱：report@{site.split('.')[0] if '.' in site else 'site'}.test</p>
</{tag}>
"""


def adslot(cls, rng, label="广告", kind="banner"):
    n = rng.randint(100000, 999999)
    if kind == "banner":
        return f"""<!-- ad slot {n} -->
<div class="{cls}" data-ad-slot="{n}" style="height:90px;background:#f7f7f7;position:relative">
  <a href="//ad.adnet-cdn.test/click?slot={n}&amp;cid={rng.randint(1000,9999)}" target="_blank" rel="nofollow"><img src="//img.adnet-cdn.test/b/{n}.jpg" alt="{E(label)}" width="1190" height="90"></a>
  <span style="position:absolute;right:2px;bottom:2px;font-size:10px;color:#aaa">{E(label)}</span>
</div>
"""
    return f"""<div class="{cls}" id="ad_{n}"><script type="text/javascript">(window.slotbydup=window.slotbydup||[]).push({{id:"u{n}",container:"ad_{n}",async:true}});</script><noscript><a href="//ad.adnet-cdn.test/c?u={n}">推广</a></noscript></div>\n"""


def tailscripts(prefix, rng, cfg=None):
    cfg = cfg or {}
    cfg.update({"ver": "2026.11.%d" % rng.randint(1, 28), "env": "prod", "abtest": [rng.randint(1, 99) for _ in range(4)]})
    blob = json.dumps(cfg, ensure_ascii=False)
    return f"""<script src="//g.static-cdn.test/{prefix}/js/vendor.{rng.randint(10**7,10**8)}.js"></script>
<script type="text/javascript">
  window.g_config = {blob};
  (function(w,d){{
    function bindExpose(sel){{var els=d.querySelectorAll(sel);for(var i=0;i<els.length;i++){{els[i].setAttribute('data-exposed','0');}}}}
    w.addEventListener('load',function(){{ bindExpose('[data-spm]'); if(w.performance){{var t=w.performance.timing;(new Image()).src='//log.stat-collector.test/p.gif?t='+(t.loadEventEnd-t.navigationStart);}} }});
  }})(window,document);
</script>
<!--[if lt IE 9]><script src="//g.static-cdn.test/libs/html5shiv.min.js"></script><![endif]-->
"""
