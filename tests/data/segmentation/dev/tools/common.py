# Shared helpers for generating the dev-seg test pages (test data tooling only).
import random, html, json, base64, urllib.parse as up

def E(s):
    return html.escape(str(s), quote=True)

def J(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

def JA(obj):
    """JSON for use inside a single-quoted attribute."""
    return html.escape(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), quote=False).replace("'", "&#39;")

def join(base, href):
    return up.urljoin(base, href)

def q(s):
    return up.quote(s)

def item(url, title=None, seller=None, price=None, floor=None):
    return {"url": url, "title": title, "seller": seller, "price": price, "floor": floor}

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤"
NICK_A = ["星河", "小鱼", "风中", "南方", "北漂", "一只", "老", "阿", "糖果", "猫咪", "夜空", "青柠", "橘子",
          "石头", "山海", "木子", "半夏", "清风", "追梦", "土豆", "晚风", "白开水", "柚子", "大橙子", "咸鱼",
          "西瓜", "路人", "无名", "快乐", "深海", "南栀", "奶茶"]
NICK_B = ["漫步", "爱吃鱼", "的追忆", "有嘉木", "打工人", "不吃香菜", "王", "飞", "味", "君", "鲸落", "汽水",
          "酱", "记", "客", "少年", "小姐姐", "研究所", "de猫", "同学", "与海", "在路上", "不加糖", "先生",
          "一号", "星人", "本人", "丶", "吖"]

def nick(r, style="mixed"):
    t = r.random()
    if style == "tb":
        if t < 0.5:
            return "tb" + str(r.randint(10**8, 10**9))
    if t < 0.55:
        return r.choice(NICK_A) + r.choice(NICK_B) + (str(r.randint(1, 2024)) if r.random() < 0.35 else "")
    if t < 0.75:
        return r.choice(["user", "yh", "sdf", "lucky", "mm", "kk", "hz", "ipr"]) + str(r.randint(100, 99999))
    if t < 0.9:
        return r.choice(SURN) + r.choice(["先生", "女士", "工", "律师", "老师", "经理", "小姐"])
    return r.choice(NICK_A) + "_" + r.choice(["007", "2019", "cn", "x", "hh", "520"])

def nicks(r, n, style="mixed"):
    out, seen = [], set()
    while len(out) < n:
        k = nick(r, style)
        if k not in seen:
            seen.add(k); out.append(k)
    return out

CITY = ["义乌市", "深圳市", "杭州", "东莞市", "广州", "北京", "上海", "苏州", "宁波", "成都", "武汉", "郑州", "合肥", "温州", "泉州", "石家庄"]
CWORD = ["恒信", "鼎盛", "宏达", "华创", "智汇", "博远", "金诺", "知航", "卓越", "汇智", "瑞丰", "中诚", "启明", "天润", "佳美", "永兴"]
CKIND = ["知识产权代理", "印章", "办公用品", "科技", "商务咨询", "贸易", "文具", "电子"]

def company(r, kind=None):
    return r.choice(CITY) + r.choice(CWORD) + (kind or r.choice(CKIND)) + "有限公司"

PLACES = ["浙江 杭州", "广东 深圳", "广东 广州", "江苏 苏州", "上海", "北京", "浙江 义乌", "福建 泉州", "山东 临沂",
          "河北 石家庄", "湖北 武汉", "四川 成都", "浙江 宁波", "广东 东莞"]

def dt(r, y=2024, m0=1, m1=5, sec=True):
    m = r.randint(m0, m1); d = r.randint(1, 28)
    s = "%d-%02d-%02d %02d:%02d" % (y, m, d, r.randint(0, 23), r.randint(0, 59))
    if sec:
        s += ":%02d" % r.randint(0, 59)
    return s

def times_sorted(r, n, y=2024, m0=1, m1=5, sec=True):
    ts = sorted(dt(r, y, m0, m1, sec) for _ in range(n))
    return ts

# ---------------------------------------------------------------- illegal IP-agency solicitations
ILL_TPL = [
    "发明专利加急代理 包授权 不授权全额退款 最快{n}个月下证",
    "实用新型专利包下证 {d}天拿证书 不过退款 可签合同",
    "外观专利{d2}天出证 内部加急通道 包授权 全国可办",
    "出售现成已授权实用新型专利 高企认定加分 当天办转让",
    "异常专利申请低价打包出售 非正常申请件 批量可谈",
    "专利代理师资格证挂靠 年付{w}万 不坐班 只挂证不干活",
    "高薪诚聘专利代理人挂证 全国均可 一年一签 证书不外借",
    "网红品牌商标抢注 热门名称抢先注册 成品商标可转让",
    "热词商标出售 抢注好名第{c}类 先到先得 可议价",
    "刻章 公章 合同章 财务章 {h}小时加急 无需手续 全国包邮",
    "仿刻各单位公章 受理通知书盖章 一比一还原 不满意重做",
    "职称评审专用专利 代写代申请 包受理包授权 不成功退全款",
    "高企申报专利包 软著+实用新型 包下证 不过不收费",
    "专利快速授权 审查内部渠道 保证下证 先下证后付款",
    "私刻印章 发票章 法人章 当天取件 支持同城闪送",
    "代办商标抢注 先注先得 注册后可协助卖给原品牌方",
    "批量出售受理中专利申请号 可改发明人 可过户",
    "出租专利代理机构资质 挂靠机构名义接单 分成合作",
    "代申请专利凑数量 评职称毕业加分 包授权包拿证",
    "电子公章制作 仿真印章图片 高清无痕 秒出图",
    "被驳回的专利也能救 包复审通过 不过退款",
    "收购撤回专利 异常申请件回收 高价秒结",
]
ILL_PRE = ["", "", "", "【正规】", "★", "诚信", "✅", "【加急】", "官方授权·"]
ILL_SUF = ["", "", " 微信同号", " 可开票", " 价格私聊", " 非诚勿扰", " 老客户返点", " 当天回复"]

def illegal_titles(r, n):
    tpls = r.sample(ILL_TPL, n)
    out = []
    for t in tpls:
        s = t.format(n=r.choice([3, 4, 6]), d=r.choice([45, 60, 75, 90]), d2=r.choice([7, 10, 15]),
                     w=r.choice([2, 3, 4, 5]), c=r.choice([9, 25, 30, 35, 43]), h=r.choice([1, 2, 3]))
        out.append(r.choice(ILL_PRE) + s + r.choice(ILL_SUF))
    return out

ILL_POST = [
    "需要实用新型的可以私我，{d}天包下证，不下证全额退款，合同写清楚的。微信：zl{num}",
    "楼上说的太复杂了，直接找我们走内部通道，发明{n}个月包授权，不过退款，已经帮几百家企业拿证。",
    "长期收专利代理师证挂靠，不用上班，一年{w}万，有证的兄弟联系我，当天签约。",
    "手上有一批现成的实用新型已下证，评高企、评职称都能用，转让过户一条龙，价格美丽。",
    "做商标的看过来：热门网红名我们都提前抢注好了，成品商标直接过户，以后还能找原品牌方卖个好价。",
    "刻章找我，公章财务章合同章都能做，{h}小时出章，不用营业执照，全国顺丰包邮。",
    "有被认定非正常申请的专利件吗？我们回收，也出售一批异常申请号，打包价更低，懂的来。",
    "本公司常年招募挂证专利代理人，机构资质也可以出租，按单分成，细节私聊。",
    "评职称急用专利的找我，代写代申请，包受理包授权，不成功不收钱，已经帮很多老师搞定了。",
    "被驳回了不要慌，我们有关系可以包复审通过，不过全额退款，QQ {num}",
    "仿真公章电子版也能做，受理通知书、授权通知书盖章一比一，看不出来的。",
]

def illegal_posts(r, n):
    tpls = r.sample(ILL_POST, n)
    return [t.format(d=r.choice([30, 45, 60]), n=r.choice([3, 4, 5]), w=r.choice([2, 3, 4]), h=r.choice([1, 2, 3]),
                     num=r.randint(10**7, 10**9)) for t in tpls]

def ill_positions(r, n, rate=0.2, lo=0):
    k = max(1, round(n * rate))
    return set(r.sample(range(lo, n), k))

# ---------------------------------------------------------------- chrome pieces
def links(words, href_fn, sep="", cls=None, attrs=""):
    c = (' class="%s"' % cls) if cls else ""
    return sep.join('<a href="%s"%s%s>%s</a>' % (E(href_fn(w)), c, attrs, E(w)) for w in words)

def icp_footer(prov, num, company_name, extra_links, cls="footer", police=True):
    lk = " | ".join('<a href="%s" target="_blank">%s</a>' % (E(h), E(t)) for t, h in extra_links)
    s = ['<div class="%s" id="footer">' % cls, '<div class="footer-links">%s</div>' % lk,
         '<p class="copyright">&copy; 2003-2024 %s 版权所有</p>' % E(company_name),
         '<p class="icp"><a href="https://beian.miit.test/" target="_blank" rel="nofollow">%sICP备%s号-%d</a>'
         ' <span class="sep">|</span> <a href="https://beian.miit.test/" target="_blank">%sICP证%s号</a>' % (prov, num, 1 + len(num) % 5, prov, str(int(num[-6:]) + 13)),
         ]
    if police:
        s.append(' <span class="sep">|</span> <a href="https://www.beian.gov.test/portal/registerSystemInfo?recordcode=%s" target="_blank"><img src="//img.static.test/gongan.png" width="14" height="14"/>%s公网安备 %s号</a>' % (num + "02", prov, num + "02"))
    s.append('</p><p class="xukezheng">增值电信业务经营许可证：%sB2-2008%s　违法和不良信息举报电话：400-140-2108　<a href="https://www.12377.test/" target="_blank">中国互联网举报中心</a></p>' % (prov, num[-4:]))
    s.append('</div>')
    return "\n".join(s)

def pager(href_fn, cur, total, cls="pager", prev="上一页", nxt="下一页", extra=""):
    out = ['<div class="%s">' % cls]
    if cur > 1:
        out.append('<a class="prev" href="%s">&lt; %s</a>' % (E(href_fn(cur - 1)), prev))
    for p in range(1, min(total, 10) + 1):
        if p == cur:
            out.append('<span class="current">%d</span>' % p)
        else:
            out.append('<a href="%s">%d</a>' % (E(href_fn(p)), p))
    if total > 10:
        out.append('<span class="ellipsis">...</span><a href="%s">%d</a>' % (E(href_fn(total)), total))
    if cur < total:
        out.append('<a class="next" href="%s">%s &gt;</a>' % (E(href_fn(cur + 1)), nxt))
    out.append(extra)
    out.append('</div>')
    return "".join(out)

def filters(groups, href_fn, cls="filter-bar"):
    """groups: list of (label, [options])"""
    out = ['<div class="%s" id="J_Filter">' % cls]
    for gi, (lab, opts) in enumerate(groups):
        out.append('<dl class="f-row f-row-%d"><dt>%s：</dt><dd>' % (gi, E(lab)))
        out.append("".join('<a href="%s" rel="nofollow" data-fk="%s">%s</a>' % (E(href_fn(lab, o)), E(lab), E(o)) for o in opts))
        out.append('</dd><dd class="more"><a href="javascript:;">更多</a></dd></dl>')
    out.append('</div>')
    return "\n".join(out)

def b64(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")

def fake_token(r, n=40):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(r.choice(al) for _ in range(n))

def split_kw(title, kws, open_tag, close_tag):
    """wrap occurrences of keyword substrings in tags; returns markup (escaped)."""
    out = E(title)
    for k in kws:
        ek = E(k)
        if ek in out:
            out = out.replace(ek, open_tag + ek + close_tag, 1)
    return out

def page(head, body, lang="zh-CN"):
    return '<!DOCTYPE html>\n<html lang="%s">\n<head>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, head, body)

def head(title, charset="utf-8", extra=""):
    return ('<meta charset="%s">\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
            '<meta name="renderer" content="webkit">\n<title>%s</title>\n%s') % (charset, E(title), extra)
