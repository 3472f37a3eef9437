#!/usr/bin/env python3
"""Writer "d": training texts for the IP-agency solicitation classifier.

Writes tests/data/model/train-d-2026-12-08.jsonl (1,500 lines) and
tests/data/model/background-2026-12-08.jsonl (2,000 lines).
Python 3 stdlib only, seeded, deterministic. Run from the repository root:
    python3 tests/data/model/tools/gen_d.py
"""
import difflib
import json
import os
import random
import sys

R = random.Random(20261208)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

G, C, A, T, F, U = ("guaranteed_grant", "certificate_renting", "abnormal_application",
                    "trademark_squatting", "forged_seal", "unlicensed_agency")


def pick(xs):
    return R.choice(xs)


def maybe(s, p=0.5):
    return s if R.random() < p else ""


def some(xs, lo, hi):
    n = R.randint(lo, min(hi, len(xs)))
    return R.sample(xs, n)


# ---------------------------------------------------------------- evasion
T2S_PAIRS = ("专專 利利 权權 证證 挂掛 过過 实實 发發 计計 设設 请請 办辦 费費 书書 门門 标標 册冊 务務 "
             "财財 业業 资資 质質 师師 执執 职職 称稱 号號 买買 卖賣 转轉 让讓 国國 识識 产產 单單 话話 "
             "联聯 系係 价價 优優 惠惠 稳穩 个個 时時 间間 车車 现現 货貨 条條 这這 为為 会會 们們 么麼 "
             "后後 里裏 对對 说說 还還 问問 题題 关關 样樣 长長 开開 经經 验驗 认認 试試 营營 网網 络絡 "
             "电電 脑腦 机機 乐樂 东東 气氣 类類 总總 线線 钱錢 补補 贴貼 额額 制製 记記 录錄 户戶 带帶 "
             "无無 岗崗 齐齊 审審 询詢 万萬 两兩 几幾 张張 数數 据據 级級 续續 签簽 约約 达達 项項 责責 "
             "负負 则則 应應 双雙 习習 学學 报報 写寫 从從 来來 驾駕 过過 请請 门門 仿仿 刻刻 章章 注註 "
             "靠靠 诚誠 谈談 详詳 细細 处處 办辦 质質 认認 专專 术術 创創 新新 设設 备備 备備 须須 "
             "查查 询詢 于於 务務 体體 区區 绍紹 介介 户戶 给給 见見 读讀 请請 让讓 让讓 满滿 龙龍 "
             "广廣 门門 湾灣 台臺 进進 运運 过過 递遞 证證 这這 时時 验驗 陆陸 结結 营營 团團 业業 "
             "岁歲 爱愛 钟鐘 节節 楼樓 层層 边邊 间間 轻輕 热熱 宝寶 贝貝 戏戲 剧劇 风風 图圖 纸紙")
T2S = {}
for pr in T2S_PAIRS.split():
    if len(pr) == 2:
        T2S[pr[0]] = pr[1]


def trad(s):
    return "".join(T2S.get(ch, ch) for ch in s)


SEPS = [" ", "·", "/", "|", "-", "丨", "✨", "🔥", ".", "～", "_", "❤", "⭐", "、", "＊"]
HOMO = [("授权", "受权"), ("授权", "兽权"), ("包过", "苞过"), ("包过", "煲过"), ("专利", "专莉"),
        ("专利", "砖利"), ("刻章", "克章"), ("刻章", "k章"), ("下证", "下正"), ("挂证", "卦证"),
        ("职称", "职秤"), ("职称", "值称"), ("商标", "商镖"), ("退款", "退宽"), ("代理", "代里"),
        ("新型", "新形"), ("撤三", "撤叁"), ("撤三", "撤3"), ("公章", "🔴章"), ("挂靠", "卦靠"),
        ("证书", "📜"), ("可以", "🉑"), ("有", "🈶"), ("退款", "💰退"), ("申请", "申晴")]
PINYIN = [("包授权", "bsq"), ("包下证", "bxz"), ("专利", "zl"), ("专利", "zhuan利"), ("职称", "zc"),
          ("商标", "sb"), ("挂证", "gz"), ("刻章", "kz"), ("刻章", "ke章"), ("挂靠", "gk"),
          ("代写", "dx"), ("授权", "授quan"), ("公章", "gong章"), ("发明", "fm"), ("抢注", "qz")]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
FW = {str(i): chr(0xFF10 + i) for i in range(10)}


def split_chars(word, sep=None):
    sep = sep or pick(SEPS)
    return sep.join(word)


def evade(text, keys, p=0.45):
    """Apply one or two evasion tactics to key words of text."""
    if R.random() > p:
        return text
    for _ in range(R.choice([1, 1, 2])):
        tac = R.random()
        present = [k for k in keys if k in text]
        if tac < 0.3 and present:
            k = pick(present)
            text = text.replace(k, split_chars(k), 1)
        elif tac < 0.55:
            cands = [(a, b) for a, b in HOMO if a in text]
            if cands:
                a, b = pick(cands)
                text = text.replace(a, b, 1)
        elif tac < 0.75:
            cands = [(a, b) for a, b in PINYIN if a in text]
            if cands:
                a, b = pick(cands)
                text = text.replace(a, b, 1)
        elif tac < 0.87 and present:
            k = pick(present)
            z = pick(ZW)
            text = text.replace(k, z.join(k), 1)
        elif tac < 0.94 and present:
            k = pick(present)
            text = text.replace(k, "\n".join(k), 1)
        else:
            text = "".join(FW.get(ch, ch) for ch in text)
    return text


KEYS = ["包授权", "包下证", "包过", "授权", "下证", "挂证", "挂靠", "刻章", "公章", "专利", "职称",
        "商标", "抢注", "退款", "代写", "申请号", "受理号", "发明人", "证书", "撤三", "代理"]

# ---------------------------------------------------------------- shared vocab
REGIONS = ("北京 上海 深圳 广州 杭州 苏州 成都 武汉 西安 南京 郑州 济南 合肥 长沙 东莞 佛山 宁波 青岛 天津 "
           "重庆 石家庄 昆明 南宁 福州 厦门 沈阳 哈尔滨 长春 太原 南昌 贵阳 兰州 温州 无锡 常州 嘉兴 金华 "
           "台州 泉州 潍坊 烟台 洛阳 保定 徐州 南通 绍兴 中山 珠海 惠州 义乌 昆山 江门 湖州 扬州 镇江 "
           "芜湖 唐山 临沂 淄博 襄阳 宜昌 株洲 赣州 柳州 桂林 绵阳 遵义").split()
SHOPS = ("知远 启航 恒信 匠心 万象 优创 睿诚 星河 立达 中和 鼎盛 博雅 森禾 云帆 金桥 海纳 远见 盛世 "
         "佳诺 锦程 天成 明道 青禾 鸿途 致远 北辰 南山 东篱 西岭 诺亚 小满 大吉 朝阳 若水 乐途").split()
SHOP_SUF = ["工作室", "企服", "商务", "小店", "服务部", "咨询", "杂货铺", "文印", "知产铺", "百货"]
CONTACT = ["vx同号", "➕V详谈", "私聊", "看主页", "评论区扣1", "绿泡泡见头像", "🛰同号", "V❤私我",
           "扣扣{c}", "薇信联系", "加我细聊", "站内信", "卫星zl{n}", "Q群看简介", "wx:ip{n}",
           "电话见图", "私信发价目表", "企鹅{n}", "📞幺三九{n}", "微芯 kf{n}"]


CIRC = "⓪①②③④⑤⑥⑦⑧⑨"


def contact():
    c = "".join(CIRC[R.randint(0, 9)] for _ in range(R.randint(6, 9)))
    return pick(CONTACT).replace("{n}", str(R.randint(100, 9999))).replace("{c}", c)


def shop():
    return pick(SHOPS) + pick(SHOP_SUF)


def price(kind="svc"):
    if kind == "goods":
        v = pick([R.randint(5, 99) + pick([0, 0.9, 0.8, 0.5]), R.randint(100, 699)])
        v = ("%.1f" % v).rstrip("0").rstrip(".")
    else:
        v = str(pick([R.randint(1, 99) * 10, R.randint(2, 80) * 100, R.randint(1, 30) * 1000, R.randint(99, 999)]))
    return pick(["¥", "￥", "", "价"]) + v


def sales():
    return pick(["已售{}件", "{}人付款", "月销{}", "{}+人已买", "成交{}笔", "{}人想要"]).format(
        pick([R.randint(1, 99), R.randint(100, 3000), str(R.randint(1, 9)) + "万"]))


def listing_row(title, kind="svc"):
    parts = [title, price(kind), sales(), shop(), pick(REGIONS)]
    if R.random() < 0.4:
        parts.insert(R.randint(1, 4), pick(["包邮", "退货宝", "48小时发", "24h在线", "极速退款", "回头客多"]))
    sep = pick([" ", "  ", " | ", "·", " "])
    return sep.join(parts[:R.randint(3, len(parts))])


PTYPE = ["发明专利", "实用新型", "外观设计", "实用新型专利", "外观专利", "发明", "实新", "新型专利", "外观"]
MARK_CLS = ["第9类", "第25类", "第30类", "第35类", "第43类", "第41类", "第3类", "第29类", "第32类",
            "第5类", "第42类", "第11类", "第20类", "第28类"]
FILLER_SVC = [
    "我们团队深耕知识产权服务多年，服务过上千家中小企业，从前期检索到后期维护都有专人对接。",
    "除了专利，我们也做软件著作权登记、版权登记、商标续展和变更，一站式省心。",
    "客户遍布长三角和珠三角，很多是制造业、电子、家居、新材料方向的企业。",
    "前期免费评估技术方案，写交底书有模板可以参考，不会写也没关系，拍照口述都行。",
    "办公地点在市中心，交通方便，欢迎上门洽谈，也可以线上视频沟通。",
    "发票可开，支持对公转账，流程透明，每一步都有进度通知。",
    "节假日不休息，晚上十点前消息都能回复。",
    "老客户介绍新客户有小礼品，合作多年的企业都知道我们的服务。",
    "我们还提供高新企业认定咨询、科技项目申报辅导、研发费用归集梳理等服务。",
    "资料提交后一般三个工作日内出初稿，修改不限次数，直到满意为止。",
    "公司成立于2015年，员工三十余人，其中理工科背景占八成以上。",
    "很多客户一开始只是想保护一下自己的产品，后来一整套都交给我们做。",
    "年底了，很多企业都在准备明年的项目申报，早做准备不会手忙脚乱。",
    "我们坚持一对一服务，不外包、不转单，沟通效率高。",
    "有需要的朋友可以先留言说明行业和产品，我们会安排对应方向的顾问联系。",
    "另外代办工商注册、代理记账、税务筹划，新公司开业全套都能搞定。",
    "本帖长期有效，价格随官费调整会有变动，以当时沟通为准。",
    "服务范围覆盖全国，异地客户全程线上，快递寄送纸质材料即可。",
    "很多老板不清楚发明、实用新型和外观的区别，我们会先帮您判断适合哪一种。",
    "新客户首单送一次商标近似查询，老客户续展八折。",
    "我们的顾问大多有工科背景，看得懂图纸，沟通起来不费劲。",
    "如果您的产品准备上电商平台，建议提前把品牌和外观保护做好。",
    "每年三四月和十月前后是申报高峰，材料准备要趁早。",
    "合同条款逐条说明，不满意可以在提交前随时终止。",
    "我们也给几所高校的科研团队做过成果转化对接。",
    "疫情之后线上业务占了七成，视频会议加电子签合同，效率很高。",
    "客户的技术资料严格保密，可以先签保密协议再沟通。",
    "官费标准以国家知识产权局公布为准，我们不加价代收。",
    "有外地客户专门跑过来面谈，说是朋友推荐的，挺感动的。",
    "年底冲业绩，本周咨询的客户赠送一份行业专利分析简报。",
]
FILLER_LIFE = [
    "最近单位事情多，好不容易周末休息，写点东西记录一下。",
    "说实话这一年挺难的，行情不好，订单少了三成。",
    "前几天和几个老同学聚会，聊起各自的工作，感慨挺多。",
    "我是做机械设计出身的，工作八年了，一直在小厂里打转。",
    "今年准备评中级，材料整理得头都大了，论文、业绩、继续教育学时一样都不能少。",
    "家里孩子上小学了，开销越来越大，想着找点副业补贴家用。",
    "楼主坐标二线城市，体制内，平时工作不算忙。",
    "之前在论坛潜水很久了，第一次发帖，有不对的地方请多包涵。",
    "这几年创业的朋友越来越多，身边开工厂、开网店的都有。",
    "天气冷了大家注意保暖，我们这边昨天下了第一场雪。",
    "孩子今年中考，老婆天天盯着作业，家里气氛紧张得很。",
    "上个月厂里换了新老板，规矩一下子多了起来。",
    "我这人不太会说话，想到哪写到哪，大家凑合看。",
    "隔壁工位的小伙子刚考上公务员，羡慕得不行。",
    "房贷每个月五千多，压力山大，总想着多挣点。",
    "周末带爸妈去郊区摘了草莓，难得清闲。",
    "最近在学做饭，红烧肉终于做得像样了。",
    "这段时间失眠严重，半夜刷手机刷到这些。",
    "同事都说我是热心肠，有什么信息都爱分享。",
    "我们这个行业门槛低，竞争特别激烈，利润越来越薄。",
    "以前总觉得知识产权离自己很远，后来发现到处都是。",
]
FILLER_SHOP = [
    "本店位于大学城南门，主营打印复印、胶装、彩印、名片、写真喷绘。",
    "A4黑白打印两毛一张，彩印一块，量大可议。",
    "毕业季论文装订加急，当天可取，支持微信发文件远程打印。",
    "店里还卖文具、U盘、数据线，学生证打九折。",
    "工作时间早八点到晚十点，节假日照常营业。",
    "另有证件照拍摄、照片冲印、档案袋、标书制作服务。",
    "我们还代办公司注册、个体户执照、年报，小生意也认真做。",
    "店面不大，老板娘人很好，附近公司都在这里做文件。",
    "支持快递寄送，同城两小时闪送。",
    "欢迎企业长期合作，月结客户有优惠。",
    "广告物料：易拉宝、展板、横幅、不干胶都能做。",
    "门口停车方便，打印机全部是新换的，速度很快。",
]


def pad_long(core, pool, lo=150, hi=500):
    """Bury core sentence among filler sentences, total length within [lo, hi]."""
    fill = R.sample(pool, len(pool))
    core = sent(core)
    pool = [sent(x) for x in pool]
    out = []
    pos = R.randint(1, 3)
    i = 0
    while True:
        if len(out) == pos:
            out.append(core)
        if i >= len(fill):
            break
        cand = "".join(out) + fill[i]
        if len(cand) + (0 if core in out else len(core)) > hi:
            break
        out.append(fill[i])
        i += 1
        if len("".join(out)) >= lo and core in out and R.random() < 0.35:
            break
    if core not in out:
        out.append(core)
    s = "".join(out)
    while len(s) < lo:
        s += pick(pool)
    return s[:hi] if len(s) > hi and core in s[:hi] else s


# ---------------------------------------------------------------- positives
def pos_guaranteed():
    k = R.random()
    pt = pick(PTYPE)
    promise = pick(["包授权", "包下证", "包过", "稳过", "保授权", "必下证", "百分百授权", "100%下证", "包通过",
                    "不过全退", "不授权全额退款", "驳回退全款", "不下证不收费", "下证后再付尾款", "先拿证后付款",
                    "授权后付款", "不成功退款", "零风险拿证", "保下证"])
    if k < 0.22:  # short title
        t = pick(["{pt}{pr}", "{pr}{pt} {x}", "{pt}·{pr}·{x}", "【{pr}】{pt}", "{x}{pt}{pr}", "{pt} {pr} {y}"]).format(
            pt=pt, pr=promise, x=pick(["加急", "三个月", "90天", "当月受理", "快速", "全程代办", "官费全包", "稳", ""]),
            y=pick(["不过退", "可签合同", "一对一", "当天提交", "全国可办", "售后无忧"]))
        return evade(t, KEYS, 0.5), [G], "ecommerce", "short listing title promising grant"
    if k < 0.36:  # list row
        t = pick(["{pt}申请{pr}", "商标注册{pr2}", "{pt}{pr} 急速", "{pr2}商标{c}"]).format(
            pt=pt, pr=promise, pr2=pick(["包成功", "包注册", "驳回全退", "不成功退费", "包下证", "保过"]), c=pick(MARK_CLS))
        return evade(listing_row(t), KEYS, 0.35), [G], "ecommerce", "list row: title with price/sales/shop, grant promised"
    if k < 0.52:  # buried
        core = pick([
            "实用新型我们内部有渠道，审查那边能打招呼，{n}个月内保证下证，不授权全额退款。",
            "特别说明：外观设计和实用新型均承诺授权，驳回的话代理费和官费一起退给您。",
            "发明专利走加急通道，和审查员关系熟，授权率百分之百，没授权不收一分钱。",
            "商标注册我们这边包成功，被驳回的话免费重新申请直到下证，或者直接全额退款。",
            "我们和国知局那边有合作，{pt}申请先交三成定金，拿到授权通知书再付余款。",
            "凡在本月签约的客户，{pt}一律签保过协议，写进合同，不过退钱。",
        ]).format(n=R.randint(2, 8), pt=pt)
        return evade(pad_long(core, FILLER_SVC), KEYS, 0.25), [G], pick(["ecommerce", "forum", "social"]), \
            "grant promise buried in long IP-service description"
    if k < 0.64:  # demand
        t = pick([
            "求推荐能包授权的代理，{pt}，预算{b}左右，最好能签退款协议",
            "有没有哪家{pt}是不过退钱的？急着要证，{r}的优先",
            "收：保下证的{pt}代办，要能写进合同，{c}",
            "跪求靠谱的包过商标注册，{mc}，驳回要能退",
            "想找一个能保证授权的，普通代理所都说不能承诺，谁有路子？",
            "老板要求年底前必须拿到{pt}证书，哪位大神有包授权的渠道，价格好说",
        ]).format(pt=pt, b=pick(["五千", "一万", "2w", "3千", "八千"]), r=pick(REGIONS), c=contact(), mc=pick(MARK_CLS))
        return evade(t, KEYS, 0.35), [G], pick(["forum", "social", "search"]), "demand post seeking guaranteed grant"
    if k < 0.76:  # implicit
        t = pick([
            "{pt}交给我们，您只管等证，拿不到钱原路返回。",
            "审查那边有熟人，{pt}一般不会卡，真卡了我们兜底退。",
            "签约即锁定结果，证书到手前不收尾款，{c}",
            "下不来证算我们的，一分钱不要你的，{pt}{r}可面谈",
            "没下证之前你一分钱风险都没有，这就是我们敢做的底气",
            "拿证时间写进协议：受理后{n}天内授权，超期按日赔付",
            "{pt}走特殊通道，通过率不用担心，你懂的",
        ]).format(pt=pt, c=contact(), r=pick(REGIONS), n=pick([60, 90, 120, 150]))
        return evade(t, KEYS, 0.3), [G], pick(["social", "forum", "ecommerce"]), "implicit outcome promise, no stock phrase"
    if k < 0.88:  # formal contract
        t = pick([
            "第{n}条 乙方承诺，甲方委托的{pt}申请自受理之日起{m}个月内取得授权；逾期未授权或被驳回的，乙方退还甲方已付全部款项。",
            "服务承诺书：本公司对所承接的{pt}申请保证授权，如因任何原因未获授权，无条件全额退费。",
            "双方约定：商标注册申请未能核准注册的，受托方于驳回通知送达后十五个工作日内退还服务费及官费。",
            "本协议项下{pt}以取得授权证书为付款条件，甲方仅在授权公告后支付服务费尾款{p}元。",
            "乙方保证通过实质审查，若实审驳回，乙方承担复审费用并退还代理费的百分之百。",
            "特别约定：本合同所涉商标申请如未获核准注册，乙方负责免费重新提交直至注册成功，或按甲方选择全额退款。",
            "付款方式：签约时支付百分之三十，取得《授予专利权通知书》后五日内支付剩余百分之七十；未取得的，已付款项全额返还。",
            "乙方声明其具备与审查部门沟通的特殊渠道，确保甲方{pt}申请于{m}个月内获得授权。",
        ]).format(n=pick(["三", "五", "六", "八"]), pt=pt, m=pick(["四", "六", "九", "十二"]), p=R.randint(2, 30) * 500)
        return t, [G], pick(["other", "ecommerce"]), "formal contract clause guaranteeing grant"
    # traditional
    t = pick([
        "{pt}包授權 不過全退 {r}可辦",
        "專利申請保證通過，未獲證書退還全部費用，歡迎台灣客戶詢問",
        "香港公司註冊內地商標 包成功 唔成功全數退款",
        "新型專利 快速下證 不過不收費 {c}",
        "外觀設計專利 百分百授權 簽約保障",
    ]).format(pt=trad(pt), r=pick(["台北", "新北", "高雄", "台中", "香港", "九龍", "澳門"]), c=contact())
    return t, [G], pick(["ecommerce", "social", "forum"]), "traditional characters, guaranteed grant"


CERT_TITLE = ["专利代理师证", "专代证", "专利代理师资格证", "代理师执业证", "专利代理人证", "专利代理师资格",
              "专代资格证书", "代理师证书"]


def pos_cert():
    k = R.random()
    ct = pick(CERT_TITLE)
    yr = pick(["一年", "1年", "每年", "年付", "两年起", "三年", "按年"])
    money = pick(["2万", "3w", "1.5万", "25000", "两万八", "4万", "1.8w", "三万五"])
    if k < 0.25:
        t = pick(["{ct}挂靠 {yr}{m}", "收{ct} {yr} 不坐班", "{ct}出租 人证分离", "{ct} gk {yr}{m}",
                  "急收{ct}挂靠{n}名", "挂{ct}{yr}", "{ct}挂证 {r}", "出借{ct} 可长期", "{r}收专代挂靠",
                  "专代证{yr}挂 {m}", "代理机构资质出租", "租专利代理机构执照", "出租代理所电子申请账号",
                  "挂名合伙人 专代证", "{ct}兼职挂 无需到岗"]).format(
            ct=ct, yr=yr, m=money, n=pick(["1", "2", "两", "三"]), r=pick(REGIONS))
        return evade(t, KEYS + ["专代"], 0.5), [C], "ecommerce", "short title renting patent-agent certificate"
    if k < 0.37:
        t = pick(["{ct}挂靠{yr}", "专代挂证 不用上班", "出租{ct}"]).format(ct=ct, yr=yr)
        return evade(listing_row(t), KEYS, 0.3), [C], "ecommerce", "list row renting certificate"
    if k < 0.52:
        core = pick([
            "另外，本所因新设分所需要，现收{n}名持{ct}的老师挂靠，不用到岗，{yr}{m}，社保可以不转。",
            "顺便说一句，有{ct}闲着的朋友可以挂我们这里，按年给钱，只要名字备案在我们机构。",
            "我手里的{ct}目前挂在一家所里，{yr}{m}，人在老家带孩子，完全不用管业务。",
            "我们机构缺一个执业满两年的合伙人，可以挂名，不参与经营，分红按年固定{m}。",
            "有代理机构愿意出租执业许可和电子申请通道的请联系，我们按件分成，不用您出人。",
        ]).format(n=pick(["两", "三", "1", "2"]), ct=ct, yr=yr, m=money)
        return evade(pad_long(core, pick([FILLER_SVC, FILLER_LIFE, FILLER_SHOP])), KEYS, 0.25), [C], pick(["forum", "social"]), \
            "certificate renting buried in long text"
    if k < 0.66:
        t = pick([
            "求购：{ct}挂靠，{r}或周边，{yr}，价格可谈，{c}",
            "新成立的专利代理机构，求两位代理师挂证凑设立条件，不需要实际工作",
            "有没有愿意挂{ct}的？我们只要名字，{m}/年，合同一签就打款",
            "收挂靠！{ct}，执业备案挂我们所，人不用来",
            "哪里能租到一个专利代理机构的资质？想自己做业务，用他们的名义交件",
            "刚过了专代考试，证还没用上，听说能挂出去，谁在收？",
        ]).format(ct=ct, r=pick(REGIONS), yr=yr, c=contact(), m=money)
        return evade(t, KEYS, 0.35), [C], pick(["forum", "social", "search"]), "demand post for certificate renting"
    if k < 0.78:
        t = pick([
            "你的证放在我们这边，每年到账{m}，其他不用操心。",
            "只需要您的执业备案挂在我们机构名下，人在哪都行，{c}",
            "名字挂一下就有钱拿，{ct}闲着也是闲着",
            "人证分离的来，按年结算，不查考勤",
            "我们所借你的证用一年，不让你干活，{m}打你卡上",
            "有证不想上班的，备案放我这，年底直接结账",
        ]).format(m=money, c=contact(), ct=ct)
        return evade(t, KEYS, 0.35), [C], pick(["social", "forum"]), "implicit certificate renting"
    if k < 0.9:
        t = pick([
            "甲方聘请乙方为名义合伙人，乙方以其{ct}在甲方执业备案，不参与实际代理业务，甲方每年向乙方支付人民币{m}元。",
            "证书使用协议：乙方同意将其专利代理师资格证书登记于甲方机构名下，期限{yr}，期间乙方无需到岗。",
            "资质借用协议：出借方同意受让方以出借方专利代理机构名义及电子申请账户提交申请，受让方按件支付使用费。",
            "乙方执业关系转入甲方，但不在甲方坐班、不签署代理文件，甲方按季度支付挂靠费。",
            "合作条款：乙方作为甲方设立专利代理机构的登记合伙人之一，仅提供资格证书用于设立审批，不承担执业义务，年度报酬{m}元。",
            "甲方承诺对乙方证书仅作机构备案之用，不以乙方名义签署任何代理文件；乙方承诺合作期内不将证书另行出借他人。",
        ]).format(ct=ct, m=pick(["贰万", "叁万", "壹万伍仟", "贰万捌仟"]), yr=pick(["一年", "两年", "三年"]))
        return t, [C], "other", "formal contract for certificate renting"
    t = pick([
        "專利代理師證 掛靠 {yr} 不用上班",
        "收專代證掛靠，{r}可，年付",
        "代理師資格證 出租 人證分離 {c}",
        "急徵專利代理師掛名，只需備案，無需到崗",
    ]).format(yr=trad(yr), r=pick(["台北", "深圳", "香港", "廣州"]), c=contact())
    return t, [C], pick(["social", "forum"]), "traditional characters, certificate renting"


def pos_abnormal():
    k = R.random()
    pt = pick(PTYPE)
    use = pick(["评职称", "高新认定", "高企加分", "职称评审", "研究生毕业", "评优", "领补贴", "专精特新",
                "科技型中小企业", "升学加分", "申报项目", "积分落户", "凑数"])
    if k < 0.25:
        t = pick(["出售专利申请号 批量", "{pt}受理号现货 {u}", "{u}专利 快速加名", "{pt}转让 {u}",
                  "批量申请专利 {u}", "专利加发明人 {n}天", "{pt}申请号 一号{p}", "{u}用{pt} 现成",
                  "职称专利 挂名发明人", "{n}件起 {pt}打包 {u}", "AI写专利 批量交件", "模板专利 一次{n}件",
                  "已授权{pt} 可改发明人", "补贴专利 按件结算", "{u}专利包变更"]).format(
            pt=pt, u=use, n=pick(["3", "5", "10", "20", "50", "三", "七"]), p=price())
        return evade(t, KEYS, 0.5), [A], "ecommerce", "short title trading abnormal applications/numbers"
    if k < 0.37:
        t = pick(["{u}专利出售", "{pt}受理号 现货", "专利申请号批发", "专利变更发明人 {u}"]).format(pt=pt, u=use)
        return evade(listing_row(t), KEYS, 0.3), [A], "ecommerce", "list row selling applications"
    if k < 0.52:
        core = pick([
            "需要{u}的老师可以找我，现成的{pt}已受理，三天内把您加为第一发明人，不用懂技术。",
            "我们每月批量提交一批{pt}，同一模板改改参数，主要给企业凑{u}的件数，按件收费。",
            "顺带出几个已授权的{pt}，适合{u}，转让后变更著录项目，可以开技术服务发票。",
            "手上有{n}个{pt}申请号，受理通知书齐全，{u}急用的可以直接过户。",
            "我们可以帮您把申请人改成您单位、发明人改成您本人，{u}材料里直接用。",
        ]).format(u=use, pt=pt, n=R.randint(5, 80))
        return evade(pad_long(core, pick([FILLER_SVC, FILLER_LIFE, FILLER_SHOP])), KEYS, 0.25), [A], pick(["forum", "social", "ecommerce"]), \
            "abnormal-application trade buried in long text"
    if k < 0.66:
        t = pick([
            "求购{pt}，{u}用，要已授权的，同专业方向，{c}",
            "{u}还差一个专利，哪里能买到加名字的？",
            "公司要申报{u}，收{n}件{pt}，价格合适马上签",
            "有没有现成的专利可以转到我名下，评中级用，着急",
            "收专利申请号，受理的就行，数量越多越好",
            "想批量申请一批实用新型拿地方补贴，谁有一条龙的？",
        ]).format(pt=pt, u=use, c=contact(), n=pick(["5", "8", "十", "二十"]))
        return evade(t, KEYS, 0.35), [A], pick(["forum", "social", "search"]), "demand post buying patents for titles/subsidies"
    if k < 0.78:
        t = pick([
            "你只出名字，材料我们全包，{n}个月后证书上就有你。",
            "不用有发明，也不用懂技术，{u}要的东西我们都准备好了。",
            "一个名额{p}，第几发明人自己选，{c}",
            "补贴下来对半分，件数我们来凑。",
            "现成的，不用等审查，改个名字就是你的，{u}正好用得上",
            "凑件数的单子来，模板现成，一天出几十份",
        ]).format(n=pick(["两", "三", "4", "6"]), u=use, p=price(), c=contact())
        return evade(t, KEYS, 0.35), [A], pick(["social", "forum"]), "implicit abnormal-application offer"
    if k < 0.9:
        t = pick([
            "转让方同意在受让方{u}申报截止日前，完成{n}件实用新型专利的著录项目变更，并将受让方指定人员列为发明人。",
            "服务内容：为甲方提供{n}件专利申请，技术方案由乙方提供，申请人及发明人按甲方指定填写，用于{u}。",
            "乙方按甲方所需数量批量撰写并提交专利申请，每件结算服务费{p}元，补贴到账后甲方另付奖励。",
            "转让标的为已受理未授权的实用新型专利申请{n}件，受让方可指定发明人，转让方配合办理著录项目变更，价款按件计算。",
            "甲方为评审{u}需要，委托乙方提供与甲方专业相关的授权专利一件，并将甲方增列为发明人，乙方保证变更手续在申报前完成。",
        ]).format(u=use, n=pick(["十", "二十", "五", "三十"]), p=R.randint(3, 20) * 100)
        return t, [A], "other", "formal contract for abnormal applications"
    t = pick([
        "專利申請號出售 評職稱用 可加發明人",
        "新型專利轉讓 高新認定 現貨{n}件",
        "職稱專利 快速掛名 {c}",
        "批量申請專利 領補貼 按件計價",
    ]).format(n=R.randint(3, 30), c=contact())
    return t, [A], pick(["social", "ecommerce"]), "traditional characters, abnormal applications"


BRANDS = ["某网红奶茶", "某知名球星中文名", "某海外运动品牌", "某热播剧剧名", "某顶流明星艺名", "某冬奥吉祥物",
          "某景区名", "某国潮品牌", "某海外咖啡连锁", "某爆款游戏名", "某热门综艺名", "某地名特产",
          "某大厂新品代号", "某网络热词", "某动漫角色名"]


def pos_squat():
    k = R.random()
    b = pick(BRANDS)
    mc = pick(MARK_CLS)
    if k < 0.25:
        t = pick(["抢注网红商标 出售", "热词商标 已抢先注册", "{b}商标 {mc}转让 抢注", "囤标出售 {mc} {n}件",
                  "手握{n}+现成商标 随便挑", "抢先注册竞品品牌", "热点商标 先注后卖", "商标批量撤三 拿标",
                  "明星名字商标 低价转", "{b}商标 各类都有", "海外品牌中文名 已注册 待价", "撤三代办 抢别人的标",
                  "热梗商标 抢注 {mc}", "全类囤标 打包出", "抢注{b}"]).format(b=b, mc=mc, n=pick(["300", "500", "1000", "2000", "八百"]))
        return evade(t, KEYS, 0.45), [T], "ecommerce", "short title: squatting/hoarding marks"
    if k < 0.37:
        t = pick(["抢注商标转让 {mc}", "{b}同名商标出售", "囤积商标 批发价", "撤三拿标 代办"]).format(b=b, mc=mc)
        return evade(listing_row(t), KEYS, 0.3), [T], "ecommerce", "list row squatted marks"
    if k < 0.52:
        core = pick([
            "另外我们会盯热搜，新出来的热词第一时间在{mc}等热门类别注册，等火了再转让，利润很可观。",
            "手里还有{b}相关的几件商标，是抢在对方进中国之前注册的，感兴趣的可以报价。",
            "我们可以帮你查竞争对手哪些商标三年没用，批量提撤三，撤下来直接用你的名义抢注。",
            "我们公司名下囤了两千多件商标，涵盖全部45个类别，不用等审查，过户就能用。",
            "看到别人的品牌在别的类还没注册，我们先替您抢下来，以后对方想用就得找您谈。",
        ]).format(mc=mc, b=b)
        return evade(pad_long(core, pick([FILLER_SVC, FILLER_LIFE, FILLER_SHOP])), KEYS, 0.25), [T], pick(["forum", "social", "ecommerce"]), \
            "squatting offer buried in long text"
    if k < 0.66:
        t = pick([
            "想抢注{b}在{mc}的商标，谁能帮忙办？价格好说",
            "收购抢注来的热门商标，转手卖，量大从优",
            "有没有人一起囤商标？热词注册了等人来买",
            "求帮忙把对手的商标撤三掉，然后我们自己注册",
            "{b}在国内还没人注册吧？赶紧帮我注一个，以后卖给他们",
        ]).format(b=b, mc=mc)
        return evade(t, KEYS, 0.35), [T], pick(["forum", "social", "search"]), "demand post to squat marks"
    if k < 0.78:
        t = pick([
            "这个牌子国内还没人注册，我们先拿下，等他们进中国再谈价。",
            "{b}火了，同名的{mc}已经在我们手上，出价吧。",
            "热搜刚上，申请已提交，想要这个名字的老板抓紧。",
            "他们家三年没续用，我们提撤三，拿下来再转给你，{c}",
            "谁火就注谁，注下来就能卖钱",
        ]).format(b=b, mc=mc, c=contact())
        return evade(t, KEYS, 0.35), [T], pick(["social", "forum"]), "implicit squatting offer"
    if k < 0.9:
        t = pick([
            "乙方负责以乙方名义在{mc}申请注册与{b}相同的中文标识，注册成功后由甲方按约定价格回购。",
            "双方确认，甲方提供拟注册的他人在先使用标识清单，乙方负责在各相关类别抢先申请，每件收费{p}元。",
            "委托事项：对目标商标批量提出连续三年不使用撤销申请，撤销成功后以委托人名义申请注册相同商标。",
            "乙方以自身名义持有注册商标{p}余件，不以使用为目的，专供对外转让，甲方可任选并按标价受让。",
            "双方约定，乙方在目标品牌进入中国市场前，以乙方名义在其主营类别及关联类别完成注册申请，转让收益双方按比例分成。",
        ]).format(mc=mc, b=b, p=R.randint(5, 40) * 100)
        return t, [T], "other", "formal contract for squatting"
    t = pick([
        "搶註網紅商標 轉讓 {mc}",
        "手上有{n}件現成商標 熱詞為主 歡迎議價",
        "大陸商標搶先註冊 台灣品牌都可以 先註先贏",
        "撤三搶標 代辦 {c}",
    ]).format(mc=trad(mc), n=R.randint(200, 3000), c=contact())
    return t, [T], pick(["social", "ecommerce"]), "traditional characters, squatting"


def pos_forged():
    k = R.random()
    doc = pick(["专利证书", "授权通知书", "受理通知书", "商标注册证", "缴费通知书", "专利局受理章", "国知局公章",
                "办登手续通知书", "发明专利证书", "外观专利证书", "审查意见通知书", "专利登记簿副本"])
    if k < 0.27:
        t = pick(["代刻公章 不用证件", "仿制{d} 一比一", "刻章 任意单位", "{d}PS修改", "做{d} 高仿",
                  "电子章制作 任意抬头", "财务章 合同章 无需执照", "影视道具 公章 仅供拍摄", "{d}定制 可改名",
                  "刻专利局的章", "代做{d} 加急", "仿制国知局印章", "克章 🔴章 加急", "{d}模板 带章",
                  "改名字 {d}", "各种章 一小时出", "公章私刻 包邮", "专利局电子印章 定制"]).format(d=doc)
        return evade(t, KEYS, 0.5), [F], "ecommerce", "short title: forged seals/certificates"
    if k < 0.38:
        t = pick(["刻章 无需证件", "{d}仿制", "电子印章 任意单位", "道具证书 {d}"]).format(d=doc)
        return evade(listing_row(t), KEYS, 0.3), [F], "ecommerce", "list row forging seals/certificates"
    if k < 0.52:
        core = pick([
            "另外可以出{d}的高清电子版，名字和日期随便改，盖的章跟真的一样，展会摆放、投标材料都能用。",
            "如果你着急用，我们可以先给你做一份{d}，格式和官方一模一样，等正式的下来再换。",
            "店里还接刻章，公章、财务章、合同章都行，不需要营业执照，报单位名称就能做。",
            "缴费通知书可以按您要求调整金额再发给客户，章是现成的电子章。",
            "需要国知局样式章的也可以做，受理章、审查章、电子签章都有模板。",
        ]).format(d=doc)
        return evade(pad_long(core, pick([FILLER_SVC, FILLER_LIFE, FILLER_SHOP])), KEYS, 0.25), [F], pick(["forum", "social", "ecommerce"]), \
            "forgery offer buried in long text"
    if k < 0.66:
        t = pick([
            "谁能做一张{d}？展会要摆，急",
            "求刻一个专利局的章，有偿",
            "需要一份{d}，名字写我们公司的，能做的私我",
            "有没有会改{d}的？把专利权人改一下",
            "求一枚公章，没有执照，能做的来",
        ]).format(d=doc)
        return evade(t, KEYS, 0.35), [F], pick(["forum", "social", "search"]), "demand post for forged seal/certificate"
    if k < 0.78:
        t = pick([
            "报单位名称就行，其他什么都不用，第二天顺丰到。",
            "官方样式，一模一样，拿去用没人看得出来，{c}",
            "名字日期随意改，PDF带章，{p}一份",
            "不要执照不要身份证，要什么章说一声",
            "拍照发我，照着原样给你出一份新的，改哪里你说",
        ]).format(c=contact(), p=price())
        return evade(t, KEYS, 0.35), [F], pick(["social", "ecommerce"]), "implicit forgery offer"
    if k < 0.9:
        t = pick([
            "定制须知：本店承接各类证书、印章仿制，客户须自行承担使用责任，{d}制作周期三个工作日。",
            "乙方按甲方提供的样式制作{d}及配套印章图样，甲方确认后付款，乙方不对用途负责。",
            "服务说明：电子印章定制，单位名称由客户指定，本店不核验营业执照及授权文件。",
            "订单须知：专利证书、授权通知书等文件按客户提供信息排版制作，含仿制印章图样，成品仅限客户自行保管使用。",
            "委托制作：乙方按甲方要求制作国家知识产权局样式的受理通知书一份，申请号及日期由甲方指定。",
        ]).format(d=doc)
        return t, [F], "other", "formal voice forgery offer"
    t = pick([
        "代刻印章 不需證件 {c}",
        "專利證書 仿製 可改名字",
        "刻公章 發票章 合同章 免執照",
        "國知局通知書 訂製 一比一",
    ]).format(c=contact())
    return t, [F], pick(["social", "ecommerce"]), "traditional characters, forgery"


def pos_unlic():
    k = R.random()
    pt = pick(PTYPE)
    who = pick(["个人", "工作室", "兼职", "在校研究生", "退休工程师", "大学老师", "前代理所员工", "宝妈兼职",
                "自由职业", "文印店", "个体户"])
    if k < 0.25:
        t = pick(["{w}代写专利 {p}", "专利代写代申请 {w}", "{pt}代申请 私单", "{w}接专利撰写", "非代理所 价格减半",
                  "专利代办 比代理所便宜一半", "{w}代理专利申请", "专利申请 {w}接单 {r}", "代写交底书+代提交",
                  "专利私活 接单", "用你自己账号提交 代写", "{pt}{w}代办 {p}", "专利撰写兼职 接急单",
                  "没证但写了十年专利"]).format(w=who, p=price(), pt=pt, r=pick(REGIONS))
        return evade(t, KEYS, 0.5), [U], "ecommerce", "short title: unlicensed drafting/filing"
    if k < 0.37:
        t = pick(["{w}专利代写", "专利代申请 {w}", "{pt}代写代交"]).format(w=who, pt=pt)
        return evade(listing_row(t), KEYS, 0.3), [U], "ecommerce", "list row unlicensed agency"
    if k < 0.53:
        core = pick([
            "本店主营打印复印装订，另外也接专利申请代办，{pt}代写加提交一条龙，价格不到代理所的一半。",
            "我本人在代理所干过五年，现在自己接私单，{pt}撰写加代提交，用您自己的账户交，省中间费用。",
            "我是在读研究生，课余时间代写专利申请文件，可以帮忙在您的账号上提交，比外面便宜很多。",
            "我们不是代理机构，但有多年撰写经验，{pt}从交底到提交全程帮您弄好。",
            "另外推荐客户来做专利代申请的，每单给介绍人返点{n}%。",
            "我们公司经营范围是信息咨询，不过专利申请这块也一直在做，代写代交都可以。",
        ]).format(pt=pt, n=pick([10, 15, 20]))
        return evade(pad_long(core, pick([FILLER_SVC, FILLER_LIFE, FILLER_SHOP])), KEYS, 0.25), [U], pick(["forum", "social", "ecommerce"]), \
            "unlicensed agency buried in long text"
    if k < 0.66:
        t = pick([
            "找个人代写专利，不要代理所，便宜点的，{pt}",
            "有没有私下接单写专利的大神？我自己注册账号提交",
            "求兼职写专利的，按件结算，{r}优先",
            "哪位朋友能帮我代申请一个{pt}？不想找代理所，太贵",
        ]).format(pt=pt, r=pick(REGIONS))
        return evade(t, KEYS, 0.35), [U], pick(["forum", "social", "search"]), "demand post for unlicensed agency"
    if k < 0.78:
        t = pick([
            "我自己写，自己帮你在你账号上交，中间没有机构抽成。",
            "挂在所里太贵了，我这边直接做，省一半，{c}",
            "写稿加提交一共{p}，不走代理所，{pt}一周交件",
            "用你的数字证书登录，我远程帮你提交，文件我来写",
            "借朋友所里的通道交，流程一样，价格便宜",
        ]).format(c=contact(), p=price(), pt=pt)
        return evade(t, KEYS, 0.35), [U], pick(["social", "forum"]), "implicit unlicensed agency"
    if k < 0.9:
        t = pick([
            "委托协议：乙方（自然人）接受甲方委托，撰写{pt}申请文件，并以甲方自有电子申请账户代为提交，服务费{p}元。",
            "本工作室提供专利申请文件撰写及代为提交服务，非专利代理机构，以客户本人名义申请。",
            "乙方为个人技术顾问，负责甲方专利申请的撰写、提交及审查意见答复，甲方按件支付劳务费。",
            "本协议中乙方以其个人名义提供专利申请代理服务，乙方确认其未取得专利代理师执业证，甲方知悉并同意。",
            "服务方式：乙方借用合作机构电子申请账户为甲方提交申请，代理文件由乙方个人撰写，费用直接支付给乙方个人。",
        ]).format(pt=pt, p=R.randint(5, 40) * 100)
        return t, [U], "other", "formal voice unlicensed agency"
    t = pick([
        "個人代寫專利 代申請 比事務所便宜",
        "專利撰寫兼職 接案 {c}",
        "新型專利代辦 工作室 非代理所",
        "幫寫專利說明書並代為遞交，個人接案，價格實惠",
    ]).format(c=contact())
    return t, [U], pick(["social", "forum"]), "traditional characters, unlicensed agency"


def pos_multi():
    k = R.random()
    pt = pick(PTYPE)
    opts = [
        ("个人接单 {pt}包授权 不过全退", [U, G]),
        ("{pt}代写代申请 工作室 保下证", [U, G]),
        ("我不是代理所，但{pt}我这边可以保证下证，没下证退钱，{c}", [U, G]),
        ("职称专利 包下证 加名字 {p}", [A, G]),
        ("高新用{pt}批量申请 保授权 按件算", [A, G]),
        ("评职称专利 个人代办 三天加名", [A, U]),
        ("{pt}代写+仿制证书 急用可先出证", [U, F]),
        ("专代证挂靠 顺便出租电子申请账号 外接私单", [C, U]),
        ("商标注册包成功+热词抢注出售", [G, T]),
        ("刻章 专利证书 受理通知书 一条龙 不要证件", [F]),
        ("兼职写专利，可加发明人，评职称包授权", [U, A, G]),
        ("专利局受理章+缴费通知书改金额，加急当天", [F]),
        ("抢注热词商标，驳回全额退款", [T, G]),
        ("个人帮忙批量申请实用新型领补贴，不过不收钱", [U, A, G]),
        ("借证开所：收专代证挂靠，所里接的{pt}包授权", [C, G]),
    ]
    t, labs = pick(opts)
    t = t.format(pt=pt, c=contact(), p=price())
    if R.random() < 0.4:
        t = listing_row(t)
    elif R.random() < 0.2:
        t = pad_long(t + "。", FILLER_SVC)
    return evade(t, KEYS, 0.45), labs, pick(["ecommerce", "social", "forum"]), "multi-label offer"


# ---------------------------------------------------------------- hard negatives
def sent(x):
    x = x.strip()
    return x if x and x[-1] in "。！？!?；~）)" else x + "。"


LIC_OPEN = ["本所为经国家知识产权局批准设立的专利代理机构，执业许可证可在官网查询", "我们是持证专利代理机构，成立十余年",
            "专利代理机构（已备案，可在全国专利代理信息公示平台核验）", "知识产权服务中心下设持证专利代理机构",
            "园区合作专利代理机构入驻服务窗口", "正规专利代理机构，代理师实名执业", "持证专利代理机构分支机构在{r}设立",
            "我所代理师均在专利代理管理系统执业备案", "国家知识产权局备案专利代理机构，统一社会信用代码公示"]
LIC_SVC = ["专利检索", "专利撰写", "审查意见答复", "无效宣告", "专利布局", "PCT国际申请", "复审请求", "侵权分析",
           "FTO分析", "年费监控", "专利许可备案", "质押登记", "费减备案", "技术交底指导", "专利导航", "海外申请"]
LIC_COMPLY = ["如实告知授权风险，不承诺授权结果", "审查结果由审查员依法决定，任何机构都不能保证授权",
              "代理费与授权结果无关，合同中列明服务内容", "不做包过承诺，不收所谓加急打点费",
              "撰写前先检索评估，前景不好会直说", "驳回后可协助复审，复审按件另计", "签正式委托代理合同，开具发票",
              "代理师实名对接，可查执业证号", "不接批量凑数申请，不代为变更发明人", "官费按国知局标准，代理费明码标价"]
LIC_TAIL = ["欢迎来电咨询", "工作日九点到六点", "{r}总部，可上门", "实用新型代理费{p}元起（不含官费）", "首次咨询免费",
            "线上线下均可办理", "服务企业{n}家以上", ""]


def neg_licensed():
    svc = "、".join(some(LIC_SVC, 2, 4))
    o, c, t = pick(LIC_OPEN), some(LIC_COMPLY, 1, 2), pick(LIC_TAIL)
    if R.random() < 0.35:
        x = pick(["{s}｜{c}｜{t}", "{s} 持证机构 {c}", "【持证代理】{s} {c}"]).format(s=svc, c=c[0], t=t)
    else:
        parts = [sent(o), sent("提供" + svc + "等服务")] + [sent(i) for i in c] + ([sent(t)] if t else [])
        x = "".join(parts)
    x = x.format(r=pick(REGIONS), p=R.randint(15, 60) * 100, n=R.randint(50, 3000))
    return x, pick(["ecommerce", "search", "other"]), "licensed agency advertising lawfully"


NEWS_H = [
    "国家知识产权局通报{y}年第{cn}批非正常专利申请，涉及{m}家代理机构",
    "国知局：{y}年前三季度发明专利授权{m}万件，同比增长{pc}%",
    "{r}市场监管局查处一起无资质专利代理案，罚没款{n}万元",
    "专项整治“挂证”行为，{n}名专利代理师被责令整改",
    "打击商标恶意抢注专项行动：驳回恶意申请{m}件",
    "{r}警方破获私刻公章案，查获伪造印章{m}枚",
    "商标局通报：某公司大量囤积商标被依法驳回并移交处理",
    "{y}年全国专利代理师资格考试报名人数创新高",
    "国知局提醒：警惕冒充官方发送的缴费通知短信",
    "新修订专利审查指南施行，人工智能相关发明审查标准细化",
    "{r}知识产权保护中心开通快速预审通道",
    "多地取消专利申请环节资助，转向授权后高价值专利奖励",
    "媒体调查：网店叫卖“职称专利”，一件加名数千元",
    "法院判决：承诺“不授权退款”的代理机构构成虚假宣传",
    "{r}中院审结一起商标恶意抢注纠纷，判赔{n}万元",
    "专利代理行业“蓝天”专项行动{y}年成果发布",
    "{r}一男子伪造专利证书骗取政府奖励被判刑",
    "知识产权部门约谈{n}家电商平台，要求清理违规代理广告",
    "全国专利代理信息公示平台上线新功能，可一键核验代理机构",
    "职称评审新规：论文专利不再“一票决定”",
]
NEWS_LEAD = ["据{r}日报消息，", "记者从{r}市场监管部门获悉，", "【{r}新闻】", "新华社消息，", "据官方通报，", ""]
NEWS_BODY = ["相关负责人表示，将持续保持高压态势。", "涉事主体已被列入严重违法失信名单。",
             "部门提醒公众通过官方渠道核验代理机构资质。", "下一步将联合公安、网信等部门开展联合执法。",
             "业内人士认为，这将倒逼行业回归服务质量。", "案件仍在进一步调查中。", "目前相关网店链接已被平台下架。",
             "专家建议企业把专利工作重心放在质量而非数量上。"]


def neg_news():
    h = pick(NEWS_H).format(y=pick([2024, 2025, 2026]), cn=pick(["一", "二", "三", "四"]), m=R.randint(12, 900),
                            pc=round(R.uniform(2, 18), 1), r=pick(REGIONS), n=R.randint(2, 60))
    if R.random() < 0.45:
        h = pick(NEWS_LEAD).format(r=pick(REGIONS)) + sent(h) + "".join(some(NEWS_BODY, 1, 2))
    return h, pick(["search", "other"]), "IP news mentioning scam terms"


LAW_FACTS = [
    "《专利代理条例》第二十七条规定，擅自开展专利代理业务的，由省级知识产权部门责令停止违法行为，没收违法所得并处罚款",
    "根据《规范申请专利行为的规定》，编造、伪造技术方案，批量提交明显相同的申请，以及非法买卖专利申请，都属于非正常申请",
    "专利代理师不得同时在两个以上机构执业，也不得出租、出借资格证书，违者可被警告乃至吊销执业证",
    "代理机构不能承诺“包授权”，专利是否授权由审查决定，承诺结果属于违规招揽，也可能构成虚假宣传",
    "刑法第二百八十条规定了伪造、变造国家机关公文、证件、印章罪，伪造专利证书同样适用",
    "商标法第三十二条规定，不得以不正当手段抢先注册他人已经使用并有一定影响的商标",
    "刻公章一般需营业执照、法定代表人身份证和经办人身份证，在公安备案的刻章点办理",
    "注册商标无正当理由连续三年不使用的，任何人可申请撤销，这是合法程序，但不得滥用",
    "专利权转让是合法的，需签订书面合同并向国知局登记，转让自登记之日起生效",
    "发明人本人可以自行申请专利，不必委托代理机构，但替他人有偿代理必须是持证机构",
    "高新技术企业认定要求拥有核心自主知识产权，近年对突击购买专利的审查明显收紧",
    "个人年收入低于规定标准的可以申请专利费减，需如实填写",
    "不以使用为目的的恶意商标注册申请，应当予以驳回",
    "专利代理师执业须加入专利代理机构并进行执业备案",
    "变更发明人需要提交证明材料，随意增加未作出创造性贡献的发明人不被允许",
    "电子商务平台发现平台内经营者无证经营的，应当依法采取必要处置措施并报告",
    "专利代理机构不得以承诺授权、虚假宣传等不正当手段招揽业务",
    "伪造、变造公司印章的，依照刑法第二百八十条第二款追究刑事责任",
    "商标代理机构知道委托人申请注册的商标属于恶意申请的，不得接受其委托",
    "专利申请文件应当真实反映发明创造，不得抄袭、简单替换或拼凑现有技术",
    "单位或个人申请专利，可以通过专利业务办理系统在线提交，无需委托也可自行办理",
    "专利代理师资格证书与执业证不同，取得资格后还需在机构执业并备案",
]
LAW_PRE = ["普法小课堂：", "【政策解读】", "律师说法｜", "知识点：", "划重点：", "简单科普一下，", "很多人问过这个问题，",
           "答：", ""]
LAW_POST = ["以上仅供参考，具体以官方解释为准。", "如有疑问可以咨询当地知识产权保护中心。", "大家不要心存侥幸。",
            "相关条文可以在国家法律法规数据库查到。", "", ""]


def neg_law():
    f = some(LAW_FACTS, 1, 2)
    x = pick(LAW_PRE) + "".join(sent(i) for i in f) + pick(LAW_POST)
    return x, pick(["search", "other", "forum"]), "law/policy explainer quoting terms"


WARN_OPEN = ["避雷！", "说下我的亲身经历：", "给新手提个醒，", "血泪教训，", "曝光一下，", "吐槽一下，", "家人们注意，",
             "发个帖子提醒大家，", ""]
WARN_CORE = [
    "{r}有家说包授权的，交了{m}没下证，现在电话不接",
    "网上找人挂专代证，说一年给两万，结果被机构拉去顶雷，执业证差点被吊销",
    "收到一份缴费通知书，多了一项“登记费”，核对官网才发现是被改过的",
    "单位有人买职称专利，评审时被查出来，直接取消资格",
    "闲鱼有个卖家公开卖专利局的章，我已经截图举报了",
    "朋友的品牌被人抢注了，对方开价二十万要转让",
    "一个号称“内部渠道”的中介收了钱，用模板写的专利全被认定非正常申请",
    "去年贪便宜找个人代写，文件写得一塌糊涂，补正三次还是驳回",
    "有人私信我说可以做假的专利证书摆展会",
    "差点被“不授权退款”忽悠了，看合同才发现退款条件写得很模糊",
    "群里有人卖专利申请号，说能加名字评职称",
    "某店铺说刻章不要执照，我朋友做了一个，结果用的时候被银行识破",
    "接到自称国知局工作人员的电话，说我的专利要加急费才能授权，明显是诈骗",
    "一个中介说能把我的名字加到别人的专利上，收了三千块就拉黑了",
    "有人冒充代理所发邮件，附件里的受理通知书是P的，申请号根本查不到",
    "前同事把资格证借给一家公司挂名，结果那家公司出了事，他也被约谈",
    "我们的商标被人提了撤三，查了一下对方名下有几百件商标，专门干这个",
    "网上那种一千块包下证的，后来给我的是别人的专利号",
    "找了个说能走绿色通道的，等了一年还是驳回，客服已经注销",
    "亲戚做小生意，被人忽悠买了十几个商标说能升值，现在一个都卖不掉",
]
WARN_END = ["大家别信。", "已经报警了。", "正规代理所都会说审查有风险。", "这种一定别碰，刑法有规定的。",
            "遇到这类广告直接点举报。", "钱是小事，记录出问题就麻烦了。", "建议去官网核验机构资质。",
            "做品牌一定要早注册。", "希望平台能管一管。", ""]


def neg_warning():
    x = pick(WARN_OPEN) + sent(pick(WARN_CORE).format(r=pick(REGIONS), m=pick(["八千", "一万二", "5000", "两万"]))) + \
        pick(WARN_END)
    return evade(x, KEYS, 0.15), pick(["forum", "social"]), "victim or user warning about scam"


ASK_CTX = ["刚开了个小厂，", "在准备评职称，", "新人小白，", "公司让我负责知识产权，", "朋友推荐了一个渠道，",
           "刷到一个广告，", "在群里看到的，", "今年考过了专代，", "家里开网店的，", ""]
ASK_Q = ["网上说可以挂专利代理师证一年两万，这合法吗？", "买一个专利评职称会不会被查？", "“包授权”的专利代理能信吗？",
         "刻公章必须去公安备案的店吗？不要证件的是不是违法？", "自己设计的logo被别人注册了怎么办？",
         "个人帮朋友写专利收点辛苦费算违法吗？", "代理所说不能保证授权，别的地方说能保，谁说的对？",
         "专利申请号能买卖吗？", "撤三是合法的吗？别人要撤我的商标怎么应对？", "有人说证可以挂出去，风险大吗？",
         "高新认定需要几个专利？买的算不算？", "专利证书丢了能补办吗？", "怎么查一家代理机构是不是正规的？",
         "热词商标能不能注册？会不会被驳回？", "有人说能把我加成发明人，这样操作有问题吗？",
         "网店说刻章不用执照，这种章能用吗？", "代理机构可以按授权结果收费吗？", "个人开工作室帮人申请专利需要什么资质？",
         "朋友想借我的资格证开代理所，我该答应吗？", "买来的商标会不会被撤销？", "专利代理和商标代理的资质要求一样吗？",
         "收到的受理通知书怎么验证真假？"]
ASK_END = ["求懂行的解答。", "在线等，挺急的。", "谢谢各位。", "不想踩坑。", "有律师朋友吗？", ""]


def neg_ask():
    x = pick(ASK_CTX) + pick(ASK_Q) + pick(ASK_END)
    return evade(x, KEYS, 0.12), pick(["forum", "search", "social"]), "question asking whether offer is legal"


JOB_ROLE = ["专利代理师", "专利工程师（机械方向）", "专利工程师（电学方向）", "商标代理人", "流程专员", "专利代理师助理",
            "涉外专利代理师", "知识产权法务", "专利分析师", "化学医药方向专利代理师"]
JOB_REQ = ["须持有专利代理师资格证并在我所执业备案", "有资格证优先", "理工科本科以上", "英语六级以上", "两年以上代理所经验",
           "无需证书，细心负责即可", "在职考证公司报销考试费", "须实际坐班", "能独立撰写答复", "接受应届生"]
JOB_BEN = ["五险一金", "双休", "年终奖", "带薪培训", "年薪{m}万起", "提成透明", "餐补交通补", "弹性上班"]


def neg_job():
    x = pick(["招聘：", "诚聘", "{r}急招", "内推：", "【招聘】", ""]) + pick(JOB_ROLE) + pick([" ", "，", "｜"]) + \
        "，".join(some(JOB_REQ, 1, 3)) + "，" + "、".join(some(JOB_BEN, 1, 3)) + maybe("，" + pick(REGIONS), 0.5)
    x = x.format(r=pick(REGIONS), m=pick([12, 15, 20, 25, 30]))
    return x, pick(["other", "social", "search"]), "lawful job ad for patent staff"


PGOODS = ["拖把", "保温杯", "晾衣架", "手机支架", "折叠凳", "置物架", "宠物饮水机", "儿童餐椅", "充电宝", "沥水篮",
          "车载香薰", "防滑拖鞋", "收纳箱", "电动牙刷", "雨伞", "台灯", "按摩仪", "懒人沙发", "切菜器", "挂烫机",
          "猫抓板", "婴儿背带", "拉杆箱", "晾衣夹", "暖脚宝"]
PFEAT = ["免手洗", "旋转", "加厚", "大容量", "静音", "北欧风", "可折叠", "免打孔", "双层", "防漏", "升级款", "家用",
         "便携", "USB充电", "多功能", "防风", "加长", "耐摔", "轻量", "带夜灯", "可调节", "抑菌"]
PTAG = ["专利款", "实用新型专利产品", "外观专利", "发明专利技术", "专利设计 仿冒必究", "已获国家专利", "有专利证书 拒绝抄袭",
        "注册商标正品", "原创专利"]


def neg_goods():
    feats = some(PFEAT, 1, 3)
    parts = [pick(PGOODS), pick(PTAG)] + feats
    first = parts[:2]
    R.shuffle(first)
    x = " ".join(first + feats)
    if R.random() < 0.3:
        x = "【" + pick(["厂家直销", "新品", "爆款", "双12", "清仓"]) + "】" + x
    if R.random() < 0.35:
        x = listing_row(x, "goods")
    return x, "ecommerce", "patented consumer goods listing"


SEAL_OPEN = ["公安备案刻章店", "{r}刻章", "刻字社", "印章服务点", "政务大厅刻章窗口", "老字号刻章"]
SEAL_REQ = ["凭营业执照和法人身份证办理", "需提供营业执照原件", "委托他人需授权书", "不接无证件订单", "信息上传公安系统可查",
            "备案后才能取章"]
SEAL_ITEM = ["公章", "财务章", "发票章", "合同章", "法人章", "光敏章", "私人印章", "名字章", "藏书章", "日期章",
             "篆刻闲章", "卡通印章", "回墨印"]
SEAL_TAIL = ["当天可取", "快递到付", "新公司全套优惠", "材料齐全半小时出章", "{p}起", ""]


def neg_seal():
    if R.random() < 0.3:
        x = pick(["手工篆刻 {a} 青田石", "儿童{a} 幼儿园姓名贴", "手账印章套装 {a}", "{a} 可调 办公用品", "定制{a} 书画用"])
        x = x.format(a=pick(["私人印章", "名字章", "卡通印章", "日期印章", "藏书印", "闲章"])) + " " + price("goods")
    else:
        x = pick(SEAL_OPEN) + " " + "/".join(some(SEAL_ITEM, 2, 4)) + " " + "，".join(some(SEAL_REQ, 1, 2)) + \
            maybe(" " + pick(SEAL_TAIL), 0.6)
    x = x.format(r=pick(REGIONS), p=price("goods"))
    return x.strip(), pick(["ecommerce", "search"]), "lawful seal shop or ordinary stamp"


TM_SVC = ["商标注册", "近似查询", "商标续展", "变更", "转让备案", "驳回复审", "异议答辩", "马德里国际注册", "商标监测",
          "logo设计"]
TM_NOTE = ["先免费检索再申请", "如实告知风险", "不承诺注册成功", "官费{f}元/类", "驳回可协助复审（另计费）",
           "发现近似申请及时提醒", "只为自有品牌申请", "帮您避免和在先权利冲突"]


def neg_tm():
    if R.random() < 0.2:
        x = pick(["公司转型，自有注册商标一件转让，{mc}，一直在用，有使用证据",
                  "企业商标管理培训：如何防止品牌被抢注", "品牌出海：马德里商标注册一对一咨询",
                  "商标被驳回怎么办？十五日内可以复审，我们先评估理由再报价"]).format(mc=pick(MARK_CLS))
    else:
        x = "、".join(some(TM_SVC, 2, 4)) + pick([" ", "｜", "，"]) + "，".join(some(TM_NOTE, 1, 3)) + \
            maybe(" " + pick(MARK_CLS), 0.3)
    return x.format(f=pick([270, 300])), pick(["ecommerce", "search", "other"]), "lawful trademark service, no squatting"


SH_ITEM = ["《专利代理实务》教材", "证书夹 红色绒面 A4", "办公文件柜", "碎纸机", "专代考试历年真题纸质版",
           "《商标法原理与案例》", "荣誉证书外壳 烫金", "印台印泥", "办公桌椅", "《专利审查指南》", "奖状证书打印纸",
           "档案盒一批", "《知识产权法》教材第五版", "证书框 实木", "激光打印机"]
SH_COND = ["九成新", "几乎全新", "有笔记", "有划线", "外观轻微磨损", "只用过一次", "功能正常"]
SH_WHY = ["考完了出掉", "公司搬迁处理", "搬家清理", "毕业出闲置", "买多了", "换新了"]


def neg_second():
    x = pick(["二手 ", "闲置 ", "出 ", "转让 ", ""]) + pick(SH_ITEM) + " " + " ".join(some(SH_COND, 1, 2)) + \
        maybe(" " + pick(SH_WHY), 0.6) + " " + price("goods") + maybe(" " + pick(REGIONS) + "自提", 0.3)
    return x, "ecommerce", "second-hand goods with innocent IP words"


CHAT_IP = [
    "我老公终于拿到了第一个发明专利证书，熬了三年", "专代考试复盘：实务卷时间太紧了，权利要求写到一半就打铃",
    "包过年回家的车票抢到了吗", "这个挂件好可爱，挂在包上很显眼", "驾校说科目二包过，结果我挂了两次",
    "证书挂墙上显得办公室很专业", "厂里老师傅家里的专利证书一摞一摞的", "商标贴纸歪了，强迫症受不了",
    "刚去政务大厅刻了公司章，带执照就行，半小时搞定", "有人考过专代吗？在职备考一年够不够",
    "老师说孩子的编程作品以后可以申请软著", "展会上看到一个折叠电动车，说是有专利的", "包子铺的名字被大公司先注册了商标，只能改名",
    "挂号排了一上午，终于看上病了", "年会抽奖抽到了一个专利款电动牙刷", "刻章那家店老板说现在没执照不给做",
    "导师让我们把项目成果整理一下申请专利，第一次写交底书好难", "今天复盘了一下公司的商标布局，发现好几个类别都没注册",
    "包包上的商标掉色了，客服说可以换", "证书考了一堆，工资还是那么点", "申请号出来了，等初审中",
    "专利局的审查员回复还挺专业的，意见写得很清楚", "挂面煮多久好吃？", "在代理所实习一个月，学到很多",
    "收到授权通知书了，按通知缴费就行吧？", "这个专利款拖把真的好用，不用弯腰",
    "我爸退休前是厂里的总工，名下有七八个专利，逢人就拿出来说", "今天给客户寄证书，顺丰丢件了，急死",
    "包工头说年前一定结账，结果又拖", "刚学会用专利检索系统，发现我想做的东西早就有人申请了",
    "商标logo改了三版，老板还是不满意", "公司前台挂着一排资质证书，看着挺唬人", "考证季到了，图书馆一座难求",
    "外观设计专利能保护包装盒吗？我们正在设计礼盒", "听讲座说现在审查越来越严，低质量申请都被打回来了",
    "朋友开了家刻章店，手续办了两个月才下来", "小区门口新开了一家知识产权服务公司，门头挺大",
    "我家猫把证书啃了一个角，还能用吗哈哈", "挂历买了吗？新的一年快到了", "包饺子大赛，我们部门拿了第二",
]
CHAT_REPLY = ["恭喜恭喜！", "哈哈同感", "加油，考过了请吃饭", "楼主厉害", "我也是", "+1", "学到了", "确实", "羡慕",
              "不容易啊", "蹲后续", ""]


def neg_chatter():
    x = pick(CHAT_IP)
    if R.random() < 0.5:
        x = sent(x) + pick(["", "回复：", "楼下：", "评论："]) + "，".join(some([c for c in CHAT_REPLY if c], 1, 2))
    else:
        x = x + pick(["", "。", "！", "～", "😂", "👍", "？"])
    return x, pick(["forum", "social"]), "innocent forum chatter with domain words"


MISC = ["技术转让：一件已产业化的发明专利，适合同行企业生产，可提供技术支持和样机",
        "高新企业认定辅导：研发费用归集、成果转化材料整理，不提供专利买卖",
        "大学技术转移中心：{n}项专利开放许可，许可费公开透明", "知识产权质押融资政策解读会报名",
        "专利开放许可声明：专利权人愿意许可任何单位实施，年许可费公开", "专利代理师继续教育线上课程报名",
        "企业专利管理体系贯标咨询，按国家标准梳理制度", "专利年费代缴提醒，滞纳期内补缴不影响权利",
        "软件著作权登记资料指导，登记周期约{n}个工作日", "科技成果评价服务，出具评价报告，不涉及权属变更",
        "中小企业知识产权托管服务，政府购买，企业免费", "专利价值评估报告，用于融资和许可谈判"]


def neg_misc_lawful():
    x = "，".join(some(MISC, 1, 2)).format(n=R.randint(10, 60))
    x = pick(["", "【公告】", "{r}｜", "通知："]).format(r=pick(REGIONS)) + x + maybe(pick(["，欢迎咨询", "，名额有限", "，详见官网"]), 0.6)
    return x, pick(["ecommerce", "search", "other"]), "lawful IP-adjacent service"


def neg_long():
    f = pick([neg_licensed, neg_law, neg_warning, neg_job, neg_misc_lawful, neg_ask])
    core = sent(f()[0])
    pool = FILLER_SVC if f in (neg_licensed, neg_misc_lawful, neg_job) else FILLER_LIFE
    return pad_long(core, pool), pick(["forum", "social", "ecommerce"]), "long ordinary text with lawful IP content"


NEG_GENS = [(neg_licensed, 14), (neg_news, 10), (neg_law, 8), (neg_warning, 10), (neg_ask, 8), (neg_job, 8),
            (neg_goods, 10), (neg_seal, 9), (neg_tm, 9), (neg_second, 7), (neg_chatter, 10), (neg_misc_lawful, 5),
            (neg_long, 10)]
POS_RAW = {G: pos_guaranteed, C: pos_cert, A: pos_abnormal, T: pos_squat, F: pos_forged, U: pos_unlic}
DETAILS = {
    G: ["全国可办，资料线上传", "合同写明不过退款", "已帮三百多家企业拿证", "审查那边有人，放心", "加急的两个月出结果",
        "先付定金，下证付尾款", "前期检索免费", "不成功一分不收", "今年通过率百分百"],
    C: ["不用坐班，社保不用转", "合同一年一签", "年底一次性付清", "只需要执业备案挂在所里", "证在人不在也行",
        "人证分离，安全可靠", "老所，长期合作", "押一年付一年", "外地的也可以"],
    A: ["受理通知书齐全", "可以开技术服务发票", "三天变更完成", "同专业方向可挑", "数量多价格再谈", "评审材料里直接用",
        "不用懂技术", "著录项目变更我们办", "去年帮两百多位老师办过"],
    T: ["各类别都有，可以挑", "过户一个月左右", "热度正高，抓紧", "不用等审查，比自己申请快", "价格按热度定",
        "明星、网红、热剧名都有", "已注册成功，证书在手", "先到先得"],
    F: ["一比一还原", "顺丰包邮，隐私发货", "不需要任何证件", "电子版当天出", "可以按样板改", "颜色大小都能调", "用途不问",
        "老师傅手工，看不出区别"],
    U: ["比代理所便宜一半", "写完用您自己的账号交", "本人在代理所干过多年", "不开代理机构发票，可开咨询费", "周末也接单",
        "一对一沟通，改到满意", "没有中间商", "不是代理机构，但经验丰富"],
}


def _wrap(lab):
    def gen():
        t, labs, sk, note = POS_RAW[lab]()
        r = R.random()
        if len(t) < 40 and r < 0.3 and "demand" not in note:
            t = t + pick([" ", "，", "。", " | ", "\n"]) + "，".join(some(DETAILS[lab], 1, 3)) + pick(["", "。", "！"]) + \
                maybe(pick([" ", "，"]) + contact(), 0.5)
            note += ", with detail phrases"
        elif ("implicit" in note or "demand" in note) and r < 0.45:
            t = pad_long(t, pick([FILLER_LIFE, FILLER_SVC]), 60, 170)
            note += ", inside a mid-length post"
        return t, labs, sk, note
    return gen


POS_GENS = {lab: _wrap(lab) for lab in POS_RAW}


# ---------------------------------------------------------------- background vocab
GOODS = ("羽绒服 卫衣 牛仔裤 连衣裙 运动鞋 帆布鞋 双肩包 行李箱 保温杯 电饭煲 空气炸锅 扫地机器人 蓝牙耳机 "
         "机械键盘 显示器 路由器 移动硬盘 手机壳 钢化膜 数据线 充电器 台灯 床单四件套 乳胶枕 羊毛毯 "
         "猫粮 狗粮 猫砂 鱼缸 多肉植物 绿萝 茶叶 咖啡豆 坚果礼盒 大米 食用油 螺蛳粉 辣条 牛肉干 "
         "面膜 洗发水 防晒霜 口红 香水 剃须刀 电动牙刷 婴儿推车 纸尿裤 奶瓶 积木 拼图 遥控车 "
         "钓鱼竿 瑜伽垫 哑铃 跑步机 自行车 头盔 帐篷 登山杖 雨衣 暖手宝 电热毯 加湿器 净水器").split()
ADJ = ["新款", "加厚", "轻薄", "大码", "ins风", "复古", "网红同款", "正品", "工厂直发", "清仓", "升级版", "迷你",
       "便携", "家用", "商用", "儿童", "男女同款", "秋冬", "夏季", "静音", "无线", "智能", "高颜值", "学生党"]
SVC = ["家政保洁", "搬家拉货", "空调清洗", "管道疏通", "开锁换锁", "家电维修", "上门喂猫", "小学数学家教",
       "钢琴陪练", "驾校报名", "婚礼跟拍", "证件照拍摄", "代理记账", "工商注册", "装修设计", "水电改造",
       "宠物美容", "月嫂育儿嫂", "跑腿代取", "电脑维修", "打印复印", "手机贴膜", "旧衣回收", "二手车评估"]
TOPICS = ["考研", "装修", "育儿", "养猫", "健身", "理财", "租房", "跳槽", "旅游", "美食", "数码", "摄影",
          "钓鱼", "追剧", "游戏", "买车", "减肥", "职场", "婚恋", "种花"]
CHAT = [
    "{t}求助：{q}，有没有过来人说说经验？",
    "楼主说得对，{t}这事急不得，慢慢来吧",
    "同问，我也在纠结{t}的事，坐等大佬",
    "分享一下我的{t}经历：{q}，最后还是解决了，感谢楼上各位",
    "沙发！{t}话题永远有人吵",
    "哈哈哈笑死，{t}圈太真实了",
    "说个冷知识：{q}",
    "{t}这块我踩过坑，{q}，大家引以为戒",
    "楼上+1，我在{r}也遇到过",
    "谢谢分享，已收藏，回头慢慢看",
    "这帖子一年了还有人回，{t}真是长青话题",
    "{r}的朋友有推荐的{t}去处吗？",
    "{t}新手报到，{q}，希望和大家多交流",
    "吐槽：{q}。{t}真是越来越难了",
    "有一说一，{t}方面{r}比别的地方强多了",
    "{t}打卡第{n}天，今天{q}",
    "请教一下，{t}的时候{q}正常吗？",
    "我的{t}心得：别急、别信广告、多问身边人",
    "刚看完这个帖子，{t}真的要量力而行",
    "{q}？我当时也是，后来{t}想通了就好了",
    "周末和朋友聊{t}，{q}，大家意见都不一样",
    "{t}群里今天又吵起来了，起因是{q}",
]
QS = ["预算有限该怎么选", "家里老人反对", "第一次搞不太懂流程", "网上说法太多不知道信谁", "跑了三次都没办成",
      "周末排队排了两个小时", "同事推荐的那家一般", "价格比去年涨了不少", "朋友帮忙介绍了一个靠谱的",
      "看了好多测评还是拿不定主意", "最后选了离家近的", "被销售忽悠多花了钱"]
NEWS = [
    "{r}地铁{n}号线年底开通试运营", "{r}发布今冬供暖保障方案", "气象台：寒潮来袭，{r}明日降温{n}度",
    "{r}新增{n}所公办幼儿园", "国内油价迎年内第{n}次调整", "{r}马拉松{y}年报名启动",
    "央行公布{y}年{m}月金融数据", "{r}老旧小区改造完成{n}个", "教育部：严禁校外培训违规收费",
    "多地推出新能源汽车下乡活动", "{r}文旅局：元旦假期接待游客{n}万人次", "统计局：{m}月CPI同比上涨{p}%",
    "{r}一景区推出冰雪嘉年华", "国产大飞机新增{n}条航线", "{r}举办秋季人才招聘会 提供岗位{n}个",
    "{r}启动冬季大气污染防治攻坚", "{r}公布{y}年中小学寒假时间", "高铁{r}站改扩建工程完工", "{r}新建{n}个口袋公园",
    "医保新政：门诊报销比例提高", "{r}一小区电梯加装完成 居民点赞", "快递业务量连续{n}周保持增长",
    "{r}体育中心{y}年承办{n}场赛事", "消协提醒：年货选购注意保质期", "{r}首条跨江隧道贯通",
    "夜经济火热 {r}步行街客流创新高", "{r}发布暴雪蓝色预警", "航空公司增开春运临时航班{n}班",
]
NEWS_GB = ["市民纷纷表示方便了不少。", "相关部门将持续跟进。", "预计下周完成全部工作。", "详细信息可关注官方公众号。",
           "记者现场探访发现秩序井然。", "这是今年以来的第{n}次。", "业内人士表示前景可期。"]
JOBS = ["招聘{j} 薪资{s} {r} 包吃住", "{r}急招{j}，{s}，五险一金，双休", "诚聘{j}若干名 经验不限 可培训",
        "{j}（兼职）时薪{h}元 时间灵活", "餐饮店招{j} 月休四天 {s}", "物流园招{j} 日结 {r}"]
JOB_T = ["服务员", "收银员", "快递员", "仓库管理员", "会计", "出纳", "前台", "销售代表", "电工", "焊工",
         "司机", "保安", "厨师", "面点师", "客服", "平面设计", "运营专员", "小学老师", "护士", "理发师"]
SERP = ["{q} - 百度知道", "{q}_知乎", "{q}的方法和技巧 - 百度经验", "{q}是什么意思_汉语词典",
        "{q}价格_图片_参数 - 京东", "{q}怎么办？- 360问答", "{q} - 豆瓣小组"]
SERP_Q = ["冬天手脚冰凉", "猫咪不吃饭", "空调不制冷", "宝宝湿疹", "路由器重启", "公积金提取", "电动车上牌",
          "社保断缴", "个税退税", "租房合同注意事项", "红烧肉做法", "手机发烫", "考研复试", "膝盖疼",
          "孩子近视", "装修甲醛", "二手房过户", "驾照换证", "护照办理", "信用卡分期"]
QA = [
    "答：{q}的话，建议先去医院/正规渠道咨询，网上说法仅供参考，每个人情况不同。",
    "这个问题我来回答一下。{q}，一般分三步：先准备材料，再线上预约，最后现场办理，大概一周搞定。",
    "亲测有效：{q}这件事，先把官方说明看一遍，比问人快多了。",
    "个人觉得没必要花那个钱，{q}自己在家就能弄。",
    "楼主别急，{q}很常见，我家也遇到过，后来换了个方法就好了。",
]
COMMENTS = ["质量不错，物流很快，好评", "颜色和图片有点色差，其他还行", "第二次回购了，家里人都喜欢",
            "客服态度很好，有问必答", "包装有点简陋，但东西没坏", "性价比很高，推荐购买", "尺码偏大，建议拍小一码",
            "用了一周来追评，没有异味", "还没用，看着挺好的", "一般般吧，不值这个价", "宝贝收到了，孩子很喜欢",
            "味道很正宗，小时候的味道"]


def bg_goods():
    g = pick(GOODS)
    adj = some(ADJ, 1, 3)
    extra = some(["包邮", "送运费险", "买一送一", "限时秒杀", "第二件半价", "现货速发", "七天无理由", "官方正品",
                  "支持以旧换新", "顺丰发货", "赠品多多", "品牌直营"], 0, 2)
    mid = [g] + adj
    R.shuffle(mid)
    t = maybe("【" + pick(["双12", "年货节", "新品", "热卖", "爆款", "清仓价", "预售"]) + "】", 0.3) + "".join(mid[:2]) + \
        " " + " ".join(mid[2:] + extra)
    if R.random() < 0.5:
        t = listing_row(t.strip(), "goods")
    return t.strip(), "ecommerce", "ordinary goods listing"


SVC_F = ["上门服务", "价格透明", "不满意不收费", "十年老店", "全城可约", "周末不休", "持证上岗", "明码标价", "可开发票",
         "老师傅带队", "半小时响应", "先看后付", "工具自带", "好评过万", "夜间加急", "预约优先"]


def bg_service():
    s = pick(SVC)
    f = some(SVC_F, 1, 3)
    t = pick(["{r}{s} {f}", "{s}｜{f}｜{r}", "专业{s}，{f}", "{s} {f} {p}起", "【{s}】{f}，{c}", "{r}{d}区{s}：{f}"]).format(
        s=s, f=pick([" ", "，", "·"]).join(f), r=pick(REGIONS), p=price("goods"),
        d=pick(["东", "西", "南", "北", "高新", "经开"]), c=contact())
    return t, pick(["ecommerce", "other"]), "ordinary service listing"


def bg_chat():
    t = pick(CHAT).format(t=pick(TOPICS), q=pick(QS), r=pick(REGIONS), n=R.randint(2, 300))
    if R.random() < 0.3:
        t = sent(t) + pick(CHAT).format(t=pick(TOPICS), q=pick(QS), r=pick(REGIONS), n=R.randint(2, 300))
    if R.random() < 0.25:
        t = pad_long(t, FILLER_LIFE, 60, 300)
    return t, pick(["forum", "social"]), "ordinary forum chatter"


def bg_news():
    t = pick(NEWS).format(r=pick(REGIONS), n=R.randint(2, 40), y=pick([2025, 2026, 2027]), m=R.randint(1, 12),
                          p=round(R.uniform(0.1, 3), 1))
    if R.random() < 0.5:
        t = pick(["本报讯 ", "新华社电 ", "央视新闻：", "快讯：", ""]).format(r=pick(REGIONS)) + sent(t) + \
            "".join(some(NEWS_GB, 1, 2)).format(n=R.randint(2, 9))
    return t, pick(["search", "other"]), "ordinary news headline"


GJ_REQ = ["经验不限", "有经验优先", "可培训", "年龄18-45", "吃苦耐劳", "有驾照", "会基本电脑操作", "沟通能力好",
          "接受夜班", "高中以上学历", "持健康证", "能长期做"]
GJ_BEN = ["包吃住", "五险一金", "双休", "月休四天", "日结", "周结", "节日福利", "年底双薪", "提供宿舍", "交通补贴"]


def bg_job():
    if R.random() < 0.4:
        t = pick(JOBS).format(j=pick(JOB_T), s=pick(["4000-6000", "5k-8k", "面议", "8000+", "3500底薪+提成"]),
                              r=pick(REGIONS), h=R.randint(18, 40))
    else:
        t = pick(["招", "急招", "诚聘", "【招聘】", "{r}招"]) + "、".join(some(JOB_T, 1, 2)) + pick([" ", "，"]) + \
            "，".join(some(GJ_REQ, 1, 2)) + "，" + "、".join(some(GJ_BEN, 1, 3)) + pick(["", "，薪资面议", "，{s}"])
        t = t.format(r=pick(REGIONS), s=pick(["4000-6000", "5k-8k", "8000+", "月入过万", "时薪25"]))
    return t, pick(["other", "social"]), "ordinary job post"


def bg_serp():
    q = pick(SERP_Q)
    t = pick(SERP).format(q=q)
    if R.random() < 0.6:
        t += " " + pick(["{n}个回答 - 最佳答案：", "{y}年{m}月{d}日 — ", "百度快照 "]).format(
            n=R.randint(2, 90), y=pick([2024, 2025, 2026]), m=R.randint(1, 12), d=R.randint(1, 28)) + bg_qa(q)[0]
    return t, "search", "ordinary SERP snippet"


QA_OPEN = ["答：", "这个问题我来回答一下。", "亲测有效，", "个人经验，", "楼主别急，", "说下我的做法：", "作为过来人，",
           "简单说两句。", "谢邀。", ""]
QA_BODY = ["{q}一般分三步：先准备材料，再线上预约，最后现场办理", "先别慌，{q}挺常见的", "建议先去正规渠道咨询，网上说法仅供参考",
           "{q}的话，先查官方说明再动手", "我家也遇到过{q}，后来换了个方法就好了", "没必要花那个钱，自己在家就能弄",
           "关键是坚持，{q}急不来", "可以打12345问一下，比自己瞎猜强", "记得保留好票据和截图", "不同城市政策不一样，以当地为准",
           "网上教程很多，看评分高的那几个就行", "价格差别主要在服务上，不一定越贵越好"]
QA_END = ["希望对你有帮助。", "仅供参考。", "有问题再问我。", "祝顺利！", "以上。", ""]


def bg_qa(q=None):
    q = q or pick(SERP_Q)
    t = pick(QA_OPEN) + "，".join(some(QA_BODY, 1, 3)).format(q=q) + "。" + pick(QA_END)
    return t, pick(["forum", "search"]), "ordinary Q&A answer"


def bg_comment():
    t = "；".join(some(COMMENTS, 1, 3))
    return t, "ecommerce", "ordinary product review"


def bg_classified():
    t = pick([
        "{r}{d}区 两室一厅出租 {p}/月 近地铁 拎包入住",
        "转让奶茶店 {r} 客流稳定 因个人原因",
        "寻物启事：{r}公交上丢失黑色钱包，内有身份证，重谢",
        "拼车：{r}到{r2}，周五下午出发，余{n}座",
        "出售自住二手房 {n}平 {r}学区",
        "宠物狗走失，{r}{d}区附近，棕色泰迪，有项圈",
        "{r}二手车 {y}年 行驶{n}万公里 个人一手",
        "求租：{r}{d}区一室户，预算{p}",
        "{r}{d}区 仓库出租 {n}0平 可分租 有货梯",
        "低价转让九成新婴儿床 {r}自提 {p}",
        "{r}周边农家乐 周末团建 可烧烤垂钓",
        "寻人：{y}年在{r}当兵的战友，{n}连的，看到请联系",
        "招合租室友 {r}{d}区 限女生 不养宠物",
        "免费领养：三只小奶猫 已断奶 {r}",
        "{r}到{r2}顺风车，每天早上七点，长期",
        "转让健身卡 {r}{d}区 剩{n}个月 {p}",
        "商铺出租 {r}老城区 临街 适合小吃",
        "收购二手空调 冰箱 洗衣机 {r}上门",
    ]).format(r=pick(REGIONS), r2=pick(REGIONS), d=pick(["东", "西", "南", "北", "新", "老城"]), p=price("goods"),
              n=R.randint(2, 120), y=pick([2016, 2018, 2020, 2022]))
    return t, "other", "ordinary classified ad"


def bg_domain_neg():
    f = pick([neg_licensed, neg_news, neg_law, neg_warning, neg_ask, neg_job, neg_goods, neg_seal, neg_tm,
              neg_second, neg_chatter, neg_misc_lawful])
    t, sk, note = f()
    return t, sk, note


def bg_tiny():
    t = pick(["好评", "已收货", "顶", "mark一下", "同求链接", "还有货吗", "已拍", "蹲一个", "价格多少",
              "包邮吗亲", "在吗在吗", "求私信", "路过", "学到了", "坐等更新", "支持楼主"])
    t += pick(["", "！", "~", "。", "👍", "🙏", "+1"]) + pick(["", pick(["哈哈", "谢谢", "收藏了"])])
    return t, pick(["forum", "ecommerce", "social"]), "very short comment"


BG_GENS = [(bg_goods, 22), (bg_service, 9), (bg_chat, 13), (bg_news, 8), (bg_job, 7), (bg_serp, 9), (bg_qa, 5),
           (bg_comment, 6), (bg_classified, 3), (bg_domain_neg, 12), (bg_tiny, 2)]


# ---------------------------------------------------------------- dedup and drive
def norm_key(text):
    """Letters and CJK only: digits, prices, punctuation, emoji and separators do not make a line new."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch.isalpha() and not ch.isdigit():
            out.append(ch.lower())
    return "".join(out)


class Dedup:
    def __init__(self):
        self.exact = set()
        self.fam = {}

    def ok(self, text, fam, thr=0.72):
        key = norm_key(text)
        if text in self.exact or key in self.exact:
            return False
        lst = self.fam.setdefault(fam, [])
        for o in lst:
            sm = difflib.SequenceMatcher(None, key, o, autojunk=False)
            if sm.real_quick_ratio() >= thr and sm.quick_ratio() >= thr and sm.ratio() >= thr:
                return False
        self.exact.add(text)
        self.exact.add(key)
        lst.append(key)
        return True


def draw(gen, dd, fam, tries=60, decorate=True):
    for i in range(tries):
        out = gen()
        if len(out) == 4:
            t, labs, sk, note = out
        else:
            t, sk, note = out
            labs = []
        if decorate and i > 12:
            t = vary(t)
            VARIED[0] += 1
            VFAM[fam] = VFAM.get(fam, 0) + 1
        t = t.strip()
        if len(t) < 2:
            continue
        if dd.ok(t, note.split(",")[0].split(" (")[0]):
            if i > 12:
                AFAM[fam] = AFAM.get(fam, 0) + 1
            return t, labs, sk, note
    return None


VARIED = [0]
VFAM = {}
AFAM = {}


def vary(t):
    """Structural variation used when a template keeps colliding."""
    r = R.random()
    if r < 0.25:
        return pick(["【", "「", "🔥", "✅", "★", "〖"]) + t + pick(["】", "」", "🔥", "✅", "★", "〗"])
    if r < 0.45:
        return t + pick(["，", " ", "。"]) + contact()
    if r < 0.6:
        return pick(REGIONS) + pick([" ", "·", "｜"]) + t
    if r < 0.75:
        return t + " " + pick(["诚信经营", "老店", "欢迎咨询", "长期有效", "今日更新", "非诚勿扰", "限时", "回复快"])
    if r < 0.9:
        return pick(["转发：", "楼主：", "回复 @", "分享一下：", "看到一条：", "原帖："]) + t
    return t + pick(["（{}）", "［{}］", " #{}"]).format(pick(["热门", "置顶", "推荐", "新帖", "原创", "精华"]))


def weighted(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    dd = Dedup()
    # ---- train-d
    rows = []
    targets = {G: 96, C: 92, A: 92, T: 90, F: 92, U: 92}
    n = 0
    for lab, cnt in targets.items():
        got = 0
        while got < cnt:
            r = draw(POS_GENS[lab], dd, "p" + lab)
            if r is None:
                continue
            rows.append(r)
            got += 1
    got = 0
    while got < 46:
        r = draw(pos_multi, dd, "pmulti")
        if r:
            rows.append(r)
            got += 1
    npos = len(rows)
    while len(rows) < 1500:
        g = weighted(NEG_GENS)
        r = draw(g, dd, "n" + g.__name__)
        if r:
            if R.random() < 0.045:
                tt = trad(r[0])
                if tt != r[0] and dd.ok(tt, "trad"):
                    r = (tt, r[1], r[2], r[3] + " (traditional characters)")
            rows.append(r)
    R.shuffle(rows)
    out = []
    for i, (t, labs, sk, note) in enumerate(rows):
        out.append({"id": "train-d-%04d" % (i + 1), "text": t, "labels": labs, "source_kind": sk, "note": note})
    write(os.path.join(OUT, "train-d-2026-12-08.jsonl"), out)
    # ---- background
    rows = []
    cats = [G, C, A, T, F, U]
    i = 0
    while len(rows) < 60:
        i += 1
        lab = cats[i % 6]
        if i % 10 == 9:
            r = draw(pos_multi, dd, "pmulti")
        else:
            r = draw(POS_GENS[lab], dd, "p" + lab)
        if r and len(r[0]) <= 400:
            rows.append(r)
    while len(rows) < 2000:
        g = weighted(BG_GENS)
        r = draw(g, dd, "n" + g.__name__, tries=80)
        if r and 5 <= len(r[0]) <= 400:
            rows.append(r)
    R.shuffle(rows)
    out = []
    for i, (t, labs, sk, note) in enumerate(rows):
        out.append({"id": "background-d-%04d" % (i + 1), "text": t, "labels": labs, "source_kind": sk, "note": note})
    write(os.path.join(OUT, "background-2026-12-08.jsonl"), out)
    print("train positives", npos, "varied", VARIED[0], sorted(VFAM.items(), key=lambda x: -x[1]), "accepted-varied", AFAM, file=sys.stderr)


if __name__ == "__main__":
    main()
