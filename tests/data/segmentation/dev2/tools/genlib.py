# -*- coding: utf-8 -*-
"""Shared vocabulary and helpers for the dev2 segmentation page generator.

Everything here is deterministic given the random.Random instance passed in.
All names, shops, products and people are invented.
"""
import html
import hashlib
import random
import string

E = lambda s: html.escape(s, quote=True)

USED = set()          # global de-duplication of titles / post texts across pages


def uniq(fn, rng, tries=400):
    for _ in range(tries):
        s = fn(rng)
        if s not in USED:
            USED.add(s)
            return s
    raise RuntimeError("could not make a unique string")


def hx(rng, n=8, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick(rng, seq, k=None):
    if k is None:
        return rng.choice(seq)
    return rng.sample(seq, k)


# ---------------------------------------------------------------- goods
BRANDS = ["禾木家", "青柚", "北岸", "拾光纪", "山野集", "小麦町", "云朵匠", "朴居", "乐途", "沐风",
          "橙意", "知竹", "暖阳坊", "米粒儿", "森屿", "鹿角湾", "白鹭洲", "栖木", "大橘", "晴川",
          "南山下", "初禾", "一品渔", "稻谷香", "闲云", "简物志", "方寸间", "野趣", "蓝鲸湾", "雪松林"]

GOODS = [
    ("保温杯", ["316不锈钢", "大容量", "便携", "男女学生", "500ml", "带茶隔", "智能测温", "车载"]),
    ("连衣裙", ["法式", "碎花", "收腰", "显瘦", "2026秋冬新款", "长袖", "小个子", "温柔风"]),
    ("机械键盘", ["87键", "热插拔", "青轴", "茶轴", "无线三模", "RGB背光", "办公游戏", "PBT键帽"]),
    ("蓝牙耳机", ["真无线", "主动降噪", "半入耳", "超长续航", "运动防水", "低延迟", "通话降噪"]),
    ("电饭煲", ["家用", "3L", "智能预约", "陶瓷内胆", "小型", "多功能", "不粘"]),
    ("四件套", ["纯棉", "全棉磨毛", "简约北欧", "1.8m床", "加厚", "水洗棉", "床单被套"]),
    ("大米", ["东北", "五常稻花香", "新米", "10斤装", "真空包装", "珍珠米", "当季"]),
    ("茶叶", ["明前", "特级", "龙井", "铁观音", "礼盒装", "250g", "浓香型", "高山云雾"]),
    ("儿童书包", ["护脊", "减负", "小学生", "一二三年级", "大容量", "防水", "轻便"]),
    ("登山鞋", ["防滑", "防水", "透气", "男款", "户外", "徒步", "耐磨"]),
    ("手机壳", ["磁吸", "防摔", "透明", "硅胶", "全包", "适用15Pro", "液态"]),
    ("收纳箱", ["塑料", "加厚", "大号", "带轮", "可折叠", "衣物整理", "透明"]),
    ("台灯", ["护眼", "LED", "学生宿舍", "充电", "国AA级", "无频闪", "书桌"]),
    ("猫砂", ["豆腐猫砂", "除臭", "低尘", "结团", "6L", "混合", "活性炭"]),
    ("拖把", ["免手洗", "平板", "旋转", "家用", "懒人", "一拖净", "吸水"]),
    ("羽绒服", ["白鸭绒", "90绒", "短款", "加厚", "连帽", "面包服", "轻薄"]),
    ("洗衣液", ["薰衣草", "持久留香", "深层洁净", "10斤", "整箱", "婴儿可用", "酵素"]),
    ("行车记录仪", ["高清", "夜视", "前后双录", "免安装", "停车监控", "4K", "无线"]),
    ("瑜伽垫", ["加厚", "防滑", "TPE", "初学者", "家用", "隔音", "加宽"]),
    ("咖啡豆", ["阿拉比卡", "深烘", "意式", "新鲜烘焙", "454g", "云南", "拼配"]),
    ("折叠自行车", ["20寸", "变速", "成人", "超轻", "铝合金", "通勤", "便携"]),
    ("数据线", ["快充", "Type-C", "编织", "1米", "2米", "66W", "三合一"]),
    ("办公椅", ["人体工学", "久坐不累", "电脑椅", "可躺", "网布", "家用", "升降"]),
    ("空气炸锅", ["大容量", "可视", "家用", "无油", "5L", "智能", "双篮"]),
]

SUFFIX = ["", "", "包邮", "现货速发", "官方正品", "厂家直销", "", "新品", "限时特惠", "送运费险"]


def goods_title(rng):
    noun, specs = rng.choice(GOODS)
    s = rng.sample(specs, rng.randint(2, 4))
    parts = [rng.choice(BRANDS)] + s[:-1] + [s[-1] + noun]
    suf = rng.choice(SUFFIX)
    if suf:
        parts.append(suf)
    return " ".join(parts)


def goods_price(rng, lo=9, hi=899):
    v = rng.randint(lo * 10, hi * 10) / 10.0
    if rng.random() < 0.5:
        v = int(v) + rng.choice([0.0, 0.9, 0.5, 0.99])
    return round(v, 2)


def fmt_price(v, dec=2):
    return ("%." + str(dec) + "f") % v


SHOP_SUFFIX = ["旗舰店", "官方旗舰店", "专营店", "家居专营店", "数码专营店", "生活馆", "工厂店", "优选店", "企业店"]


def shop_name(rng):
    return rng.choice(BRANDS) + rng.choice(SHOP_SUFFIX)


CITIES = ["义乌", "深圳", "东莞", "温州", "宁波", "临沂", "泉州", "佛山", "苏州", "杭州", "郑州", "成都",
          "武汉", "合肥", "济南", "石家庄", "南通", "台州", "中山", "潍坊"]
CO_MID = ["恒信", "鼎盛", "瑞丰", "华宇", "启航", "博远", "金桥", "新创", "众联", "中昊", "德茂", "嘉禾",
          "汇智", "明达", "顺邦", "卓越", "天成", "睿诚", "安泰", "锦程"]
CO_SUF = ["贸易有限公司", "科技有限公司", "知识产权代理有限公司", "商务咨询有限公司", "五金制品厂",
          "塑料制品有限公司", "电子商务有限公司", "服饰有限公司", "包装材料厂", "企业管理咨询有限公司"]


def company(rng, ip=False):
    suf = rng.choice(["知识产权代理有限公司", "商务咨询有限公司", "企业管理咨询有限公司", "知识产权服务有限公司"]) if ip \
        else rng.choice(CO_SUF)
    return rng.choice(CITIES) + "市" * rng.randint(0, 1) + rng.choice(CO_MID) + suf


NICK_A = ["安静的", "爱吃", "奔跑的", "不会飞的", "迷路的", "快乐", "晒太阳的", "熬夜的", "深海", "橘子味的",
          "佛系", "早睡的", "认真的", "话痨", "路过的", "隔壁", "吃瓜", "沉默的", "骑车的", "秃头"]
NICK_B = ["猫", "鱼", "土豆", "西瓜", "小熊", "企鹅", "码农", "老王", "阿杰", "汽水", "程序员", "工程师",
          "包子", "柚子", "大叔", "少年", "喵喵", "老李", "饭团", "蘑菇"]
NICK_C = ["", "", "", "123", "_", "2021", "zz", "_cn", "88", "007", "呀", "君"]


def nick(rng):
    return rng.choice(NICK_A) + rng.choice(NICK_B) + rng.choice(NICK_C)


def nick_unique(rng, seen):
    for _ in range(200):
        n = nick(rng)
        if n not in seen:
            seen.add(n)
            return n
    n = nick(rng) + str(len(seen))
    seen.add(n)
    return n


# ---------------------------------------------------------------- IP agency solicitations (illegal)
IP_FAMILIES = {
    "grant": (["发明专利", "实用新型专利", "外观设计专利", "实用新型", "发明", "外观专利", "高企专利", "小发明"],
              ["包授权", "保授权", "包下证", "百分百授权", "保证下证", "包过", "稳过", "必下证"],
              ["不过全额退款", "不授权退全款", "签合同保障", "内部渠道", "加急45天出证", "审查员资源",
               "代写代申报一条龙", "评职称高企专用", "不成功不收费", "三个月拿证"]),
    "cert": (["专利代理师", "一级建造师", "注册安全工程师", "商标代理人", "二级建造师", "造价工程师", "律师执业证"],
             ["证书挂靠", "挂证", "资格证出租", "证书外挂", "求挂靠人才", "挂靠", "证件出借"],
             ["年薪到手", "不用到岗", "社保可配合", "长期合作", "价格高", "只挂不上班", "一年一签", "到账快"]),
    "sale": (["现成已授权发明", "已下证实用新型", "批量外观专利", "非正常申请专利", "未缴费专利申请",
              "囤积专利", "现货专利号", "快到期实用新型"],
             ["出售", "转让", "低价出", "打包卖", "秒过户", "清仓", "批发"],
             ["可评职称", "高企认定加分", "毕业加分用", "当天变更", "保毕业", "一手货源", "量大从优", "不问用途"]),
    "tm": (["网红品牌", "热门IP", "冬奥热词", "知名老字号", "明星同名", "热播剧名", "爆款游戏名", "地名商标"],
           ["商标抢注", "抢先注册", "已抢注待转让", "囤标", "抢注", "先注先得"],
           ["转让价可谈", "手快有", "比原品牌方先到一步", "大量现货", "全类注册", "原主找上门可高价", "可做维权"]),
    "seal": (["公章", "合同章", "财务章", "发票专用章", "法人私章", "骑缝章", "专利代理机构章"],
             ["刻章", "加急刻制", "仿刻", "代刻", "做章", "刻印"],
             ["无需备案", "可做旧", "一比一还原", "同城闪送", "不用营业执照", "不查证件", "两小时取"]),
}
IP_PREFIX = ["", "", "【急】", "[现货]", "★", "【诚信】", "◆", "【内部】", "", "（长期）"]
IP_TAIL = ["", "", "加微信详聊", "V同号", "扣扣联系", "当天办", "可开票", "价格美丽", "私聊", "电话同微"]


def ip_title(rng, fam=None):
    fam = fam or rng.choice(list(IP_FAMILIES))
    a, b, c = IP_FAMILIES[fam]
    x, y, z = rng.choice(a), rng.choice(b), rng.choice(c)
    order = rng.randint(0, 2)
    if order == 0:
        core = x + y + " " + z
    elif order == 1:
        core = y + x + " " + z
    else:
        core = x + " " + y + " " + z
    t = rng.choice(IP_PREFIX) + core
    tail = rng.choice(IP_TAIL)
    if tail:
        t += " " + tail
    return t


# ---------------------------------------------------------------- legit IP services
LEGIT_SVC = ["商标注册代理", "专利年费监控代缴", "软件著作权登记", "专利检索与FTO分析", "知识产权贯标咨询",
             "商标驳回复审", "专利无效宣告代理", "美术作品版权登记", "商标续展", "PCT国际专利申请咨询",
             "专利撰写辅导", "商标变更转让备案"]
LEGIT_MOD = ["官费服务费明码标价", "不承诺结果", "执业专利代理师办理", "正规备案机构", "进度可查",
             "材料一对一辅导", "可签正式合同", "按国家局流程办理", "老客户续费优惠", "免费初步评估"]


def legit_svc_title(rng):
    return rng.choice(LEGIT_SVC) + " " + " ".join(rng.sample(LEGIT_MOD, rng.randint(1, 2)))


# ---------------------------------------------------------------- chatter
CH_OPEN = ["楼主说的情况我也遇到过", "顶一下", "路过看看", "说句实在话", "我来补充一点", "同问",
           "刚从实习单位回来", "别听楼上的", "作为过来人", "感谢分享", "马克一下", "看完了",
           "个人经验仅供参考", "插个楼", "我家那边", "前两天刚办完", "我也纠结了很久", "有一说一"]
CH_BODY = ["去官网查了一下进度，还在实审阶段", "这种东西还是找正规机构比较放心", "价格其实差不了多少，主要看服务",
           "我们公司去年申请了两个实用新型，走的正常流程", "建议先做个检索再决定要不要申请",
           "快递三天就到了，包装还算完整", "用了一个月没什么问题，就是有点重", "客服回复挺快的",
           "周末带孩子去试了一下，效果一般", "这家店我买过好几次了", "说明书写得太简单了",
           "代理费各地不一样，一线城市贵一点", "官费可以在国知局网站上查到", "审查意见答复了两次才过",
           "颜色和图片有点色差", "电池续航比宣传的短一些", "这个价格能买到已经很满意了",
           "有没有人知道复审大概要多久", "朋友推荐的，确实还行", "今天终于收到受理通知书了",
           "先收藏了，回头慢慢看", "我觉得楼主可以去当地知识产权局咨询一下", "别信那些包过的，都是坑",
           "上次买的那款已经坏了，这次换个牌子试试", "门店比网上贵了五十块", "物流有点慢，等了一周",
           "同事说他们那边有补贴政策", "这个问题去年论坛里讨论过", "材料准备齐全其实不难"]
CH_CLOSE = ["", "", "。", "！", "，供参考。", "，大家怎么看？", "。以上。", "~", "，就这些。", "。求解答"]


def chatter(rng):
    parts = [rng.choice(CH_OPEN), rng.choice(CH_BODY)]
    if rng.random() < 0.5:
        parts.append(rng.choice(CH_BODY))
    return "，".join(parts) + rng.choice(CH_CLOSE)


SPAM_CONTACT = ["加V：zl{d}", "薇：ip{d}", "扣：{d}", "电话{d}", "vx同号{d}", "详询 q{d}", "私信或加微 zc{d}"]


def spam_post(rng):
    t = ip_title(rng)
    c = rng.choice(SPAM_CONTACT).format(d=digits(rng, rng.randint(6, 9)))
    return t + "，" + c


# ---------------------------------------------------------------- page chrome
CSS_PROPS = ["margin:0", "padding:0 8px", "color:#333", "font-size:12px", "line-height:1.5",
             "display:inline-block", "overflow:hidden", "text-overflow:ellipsis", "white-space:nowrap",
             "border:1px solid #e5e5e5", "background:#fff", "position:relative", "float:left",
             "width:220px", "height:220px", "border-radius:4px", "cursor:pointer", "vertical-align:middle",
             "color:#f40", "font-weight:700", "text-align:center", "z-index:10", "box-sizing:border-box"]


def css_block(rng, n, prefix=""):
    out = []
    for _ in range(n):
        sel = "." + prefix + hx(rng, rng.randint(5, 9), string.ascii_lowercase + "-_")
        if rng.random() < 0.4:
            sel += " " + rng.choice(["a", "span", "em", "img", "li", "p", "div"])
        props = ";".join(rng.sample(CSS_PROPS, rng.randint(2, 5)))
        out.append("%s{%s}" % (sel, props))
    return "\n".join(out)


HOT = ["羽绒服女", "iPhone16", "空气炸锅", "年货礼盒", "电热毯", "围巾", "考研资料", "扫地机器人", "卫衣",
       "加湿器", "暖手宝", "车载香薰", "雪地靴", "儿童积木", "显示器", "电动牙刷", "保暖内衣", "零食大礼包",
       "商标查询", "专利申请流程", "软著登记", "高企认定", "旅行箱", "护手霜", "投影仪", "毛呢大衣"]


def hotwords(rng, n):
    return rng.sample(HOT, n)


def split_tags(rng, s, tag="b"):
    """Wrap one or two single characters of s in <tag>..</tag> so text is split by tags."""
    if len(s) < 4:
        return E(s)
    idx = sorted(rng.sample(range(1, len(s) - 1), 1 if len(s) < 8 else 2))
    out, last = [], 0
    for i in idx:
        if s[i] == " ":
            continue
        out.append(E(s[last:i]))
        out.append("<%s>%s</%s>" % (tag, E(s[i]), tag))
        last = i + 1
    out.append(E(s[last:]))
    return "".join(out)


def highlight(s, kws, open_tag, close_tag):
    """Escape s and wrap every occurrence of any keyword in open/close tags."""
    out = E(s)
    for kw in kws:
        ekw = E(kw)
        out = out.replace(ekw, open_tag + ekw + close_tag)
    return out


def cut(s, n):
    """Display form of s truncated to n chars with '...' (None if it fits)."""
    if len(s) <= n:
        return None
    return s[:n].rstrip() + "..."


def img_hash(rng):
    return "O1CN01" + hx(rng, 10) + "_!!" + digits(rng, 10)


def date_str(rng, year=2026, m_lo=9, m_hi=12):
    m = rng.randint(m_lo, m_hi)
    d = rng.randint(1, 6 if (year == 2026 and m == 12) else 28)   # pages are "captured" 2026-12-07
    return "%d-%02d-%02d" % (year, m, d)


def time_str(rng):
    return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
