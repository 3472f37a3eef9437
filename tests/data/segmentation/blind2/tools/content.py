# -*- coding: utf-8 -*-
"""Made-up content pools for the blind2 segmentation set (stdlib only, deterministic)."""
import random

USED = set()
ILL = set()   # every illegal-solicitation string produced (for statistics only)


def fresh(rnd, fn, tries=200):
    """Call fn(rnd) until it yields a string never produced before (set-wide)."""
    for _ in range(tries):
        s = fn(rnd)
        if s not in USED:
            USED.add(s)
            return s
    raise RuntimeError("content pool exhausted")


CITIES = ["北京", "上海", "深圳", "广州", "杭州", "苏州", "成都", "武汉", "西安", "南京", "郑州", "长沙",
          "合肥", "济南", "青岛", "宁波", "东莞", "佛山", "厦门", "福州", "昆明", "重庆", "天津", "沈阳"]
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然梓涵子轩思远欣怡雨桐"
NICK_A = ["快乐的", "爱吃", "不想上班的", "深夜", "路过的", "佛系", "努力的", "暴躁", "小小", "落叶", "喵星人", "锦鲤",
          "阿狸", "老张", "奶茶", "追风", "柠檬", "南风", "白开水", "大白", "隔壁", "一只", "摸鱼", "北漂"]
NICK_B = ["小鱼", "土豆", "章鱼", "打工人", "猫", "橘子", "青蛙", "程序猿", "考研狗", "铲屎官", "咸鱼", "学长",
          "老王", "船长", "少女", "阿姨", "大叔", "宝妈", "菜鸟", "旅人", "吃货", "胖虎", "书生", "老师"]


def person(rnd):
    return rnd.choice(SURN) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2])))


def nick(rnd):
    s = rnd.choice(NICK_A) + rnd.choice(NICK_B)
    if rnd.random() < 0.4:
        s += str(rnd.randint(7, 2024))
    return s


def company(rnd, kind=None):
    city = rnd.choice(CITIES)
    core = rnd.choice(["鑫", "恒", "瑞", "宏", "华", "盛", "源", "达", "隆", "诚", "信", "锦", "泰", "嘉", "佳"]) + \
        rnd.choice(["发", "达", "通", "博", "远", "丰", "辉", "安", "润", "和", "顺", "祥", "力", "创", "晟"])
    kind = kind or rnd.choice(["日用品", "五金制品", "塑胶制品", "电子科技", "服饰", "包装材料", "玩具", "工艺品",
                               "家居用品", "照明电器", "针织", "箱包"])
    tail = rnd.choice(["有限公司", "有限公司", "厂", "商行", "股份有限公司"])
    return f"{city}市{core}{kind}{tail}"


def shop(rnd, cat=""):
    a = rnd.choice(["小林", "阿珍", "美丽", "优品", "米粒", "木子", "南山", "初心", "好物", "拾光", "慢生活", "蜜桃",
                    "星辰", "遇见", "一禾", "素然", "极客", "鲸鱼", "北极熊", "橙子"])
    b = rnd.choice(["家居", "数码", "生活馆", "小铺", "旗舰店", "专营店", "杂货铺", "优选", "工作室", "百货",
                    "良品", "严选", "精品店", "官方店"])
    return a + cat + b


# ---------------------------------------------------------------- goods
GOODS = [
    ("电饭煲", ["美的", "苏泊尔", "九阳", "小熊", "松下"], ["3L", "4L", "5L", "迷你1.6L"], ["智能预约", "球釜内胆", "家用多功能", "低糖"], 89, 899),
    ("蓝牙耳机", ["漫步者", "QCY", "小米", "华为", "倍思", "Anker"], ["主动降噪", "半入耳", "运动挂耳", "骨传导"], ["超长续航", "游戏低延迟", "通话降噪", "2024新款"], 59, 1299),
    ("羽绒服", ["波司登", "雪中飞", "鸭鸭", "优衣库", "高梵"], ["短款", "中长款", "连帽", "立领"], ["90白鸭绒", "加厚保暖", "男女同款", "轻薄"], 199, 1899),
    ("运动鞋", ["安踏", "李宁", "回力", "特步", "361度"], ["跑步鞋", "板鞋", "篮球鞋", "老爹鞋"], ["透气网面", "减震回弹", "防滑耐磨", "情侣款"], 79, 699),
    ("坚果礼盒", ["三只松鼠", "良品铺子", "百草味", "洽洽"], ["1.5kg", "每日坚果30包", "年货大礼包", "混合装"], ["孕妇零食", "送礼团购", "原味无添加", "年货"], 39, 268),
    ("四件套", ["罗莱", "水星家纺", "富安娜", "南极人", "恒源祥"], ["1.5m床", "1.8m床", "2.0m床"], ["纯棉", "全棉磨毛", "60支长绒棉", "水洗真丝"], 99, 1299),
    ("无线鼠标", ["罗技", "雷蛇", "联想", "绿联", "雷柏"], ["静音", "双模蓝牙", "人体工学", "可充电"], ["办公", "游戏电竞", "笔记本通用", "便携"], 29, 599),
    ("保温杯", ["膳魔师", "象印", "富光", "哈尔斯", "苏泊尔"], ["316不锈钢", "500ml", "大容量1L", "带茶隔"], ["男士商务", "学生儿童", "车载", "刻字定制"], 39, 329),
    ("面霜", ["百雀羚", "自然堂", "珀莱雅", "薇诺娜", "玉兰油"], ["50g", "保湿补水", "抗皱紧致", "修护屏障"], ["敏感肌", "秋冬", "学生党", "官方正品"], 59, 599),
    ("儿童积木", ["乐高", "布鲁可", "启蒙", "森宝", "babycare"], ["大颗粒", "拼装城堡", "工程车", "益智"], ["3-6岁", "男孩女孩", "生日礼物", "早教"], 49, 899),
    ("扫地机器人", ["科沃斯", "石头", "追觅", "小米", "云鲸"], ["扫拖一体", "自动集尘", "激光导航", "自清洁"], ["家用", "宠物家庭", "静音", "全自动"], 999, 4999),
    ("插线板", ["公牛", "绿联", "小米", "德力西", "突破"], ["USB快充", "1.8米", "3米", "8位"], ["防过载", "儿童保护门", "桌面", "家用"], 25, 199),
    ("笔记本", ["得力", "晨光", "国誉", "齐心", "广博"], ["A5", "B5", "活页", "加厚"], ["学生考研", "办公会议", "网格", "大学生"], 6, 59),
    ("空气炸锅", ["美的", "九阳", "小熊", "利仁", "苏泊尔"], ["5L", "6.5L", "可视", "双锅"], ["无油", "家用多功能", "智能触控", "大容量"], 129, 699),
    ("手机壳", ["倍思", "图拉斯", "闪魔", "绿联"], ["iPhone15", "Mate60", "透明磁吸", "硅胶"], ["防摔", "液态", "超薄", "情侣"], 9.9, 89),
]
SUFFIX = ["官方旗舰店", "正品保障", "包邮", "新款", "送运费险", "现货速发", "热卖", "爆款", "", "", ""]


def goods(rnd, idx=None):
    g = GOODS[idx if idx is not None else rnd.randrange(len(GOODS))]
    noun, brands, specs, adjs, lo, hi = g
    parts = [rnd.choice(brands), rnd.choice(adjs), rnd.choice(specs), noun]
    if rnd.random() < 0.5:
        parts.insert(3, rnd.choice(adjs))
    suf = rnd.choice(SUFFIX)
    t = "".join(dict.fromkeys(parts)) + (" " + suf if suf else "")
    p = rnd.uniform(lo, hi)
    p = round(p) if p > 100 else round(p, 1)
    return t.strip(), float(p)


def used_item(rnd):
    f = rnd.choice([
        lambda: f"自用{rnd.choice(['iPhone 13', 'iPhone 14 Pro', '华为Mate50', '小米13', 'iPad Air5', 'vivo X90'])} {rnd.choice(['128G', '256G', '512G'])} {rnd.choice(['国行', '港版', '全网通'])} 电池{rnd.randint(80, 99)}% {rnd.choice(['无拆修', '屏幕完美', '有轻微划痕', '送壳膜'])}",
        lambda: f"{rnd.choice(['九成新', '八成新', '几乎全新', '95新'])}{rnd.choice(['捷安特', '美利达', '迪卡侬', '喜德盛'])}{rnd.choice(['山地车', '公路车', '折叠车'])} {rnd.choice(['27速', '21速', '变速'])} {rnd.choice(['上班代步', '搬家急出', '仅骑过几次'])}",
        lambda: f"转让{rnd.choice(['索尼A7M3', '佳能R6', '富士XT30', '尼康Z5'])}{rnd.choice(['单机身', '带24-70镜头', '套机'])} 快门{rnd.randint(3, 30)}千 {rnd.choice(['箱说全', '配件齐', '可验机'])}",
        lambda: f"{rnd.choice(['宜家', '源氏木语', '林氏木业', '全友'])}{rnd.choice(['实木书桌', '布艺沙发', '双人床', '衣柜', '餐桌椅'])} {rnd.choice(['搬家低价出', '自提', '同城可送'])} {rnd.choice(CITIES)}",
        lambda: f"{rnd.choice(['考研', '教资', '法考', '专利代理师'])}{rnd.choice(['全套资料', '真题书', '网课笔记', '教材'])} {rnd.choice(['2024版', '2025版', '已上岸'])} {rnd.choice(['几乎没写', '有笔记', '打包出'])}",
        lambda: f"{rnd.choice(['Switch OLED', 'PS5光驱版', 'Steam Deck', 'Xbox Series S'])} {rnd.choice(['带两个手柄', '送三张卡带', '保修内', '日版'])} {rnd.choice(['玩得少', '闲置', '出掉换钱'])}",
        lambda: f"{rnd.choice(['婴儿推车', '儿童安全座椅', '宝宝餐椅', '婴儿床'])} {rnd.choice(['好孩子', '宝宝好', 'Babycare', '贝瑞佳'])} {rnd.choice(['孩子大了用不上', '九成新', '消毒过'])}",
    ])
    return f()


def used_car(rnd):
    return (f"{rnd.choice(['2018款', '2019款', '2020款', '2021款'])} {rnd.choice(['大众朗逸', '丰田卡罗拉', '本田思域', '比亚迪秦PLUS', '日产轩逸'])} "
            f"{rnd.choice(['1.5L 自动', '1.2T 手自一体', 'DM-i 混动'])} {rnd.choice(['一手车', '个人车源', '准新车'])} {rnd.choice(['无事故', '4S店保养', '可分期'])}")


# --------------------------------------------------------------- illegal IP-agency solicitations
PTYPE = ["发明", "实用新型", "外观设计", "发明专利", "实用新型专利", "外观专利"]
SPEED = ["3个月", "45天", "60天", "最快20天", "两个月内", "90天", "加急30天"]
CERTS = ["专利代理师资格证", "专利代理人证书", "商标代理从业证", "知识产权师证", "专利代理师执业证"]
TM_NAMES = ["喵小茶", "山野集", "潮趣星球", "好运柿子", "小满日记", "芝士猫猫", "野格部落", "松间月", "拾味记",
            "元气桃桃", "熊猫拌饭", "青瓦台记", "柒月初", "糖水铺子", "锦鲤来了", "栗子先生"]


def _ill_grant(r):
    return r.choice([
        lambda: f"{r.choice(PTYPE)}代理 {r.choice(SPEED)}下证 包授权 不过全额退款",
        lambda: f"{r.choice(CITIES)}{r.choice(PTYPE)}快速授权 保过 {r.choice(SPEED)}出证书",
        lambda: f"专利加急内部通道 {r.choice(PTYPE)}百分百授权 高企认定{r.choice(['专用', '必备', '加分'])}",
        lambda: f"{r.choice(PTYPE)}包下证 不授权不收费 {r.choice(CITIES)}本地{r.choice(['代办', '上门', '对接'])}",
        lambda: f"审查员关系 {r.choice(PTYPE)}稳过 {r.choice(['包授权', '保授权', '包拿证'])} 可签对赌协议",
        lambda: f"{r.choice(['评职称', '研究生毕业', '积分落户', '高企申报'])}急用专利 {r.choice(SPEED)}包授权 代写代交",
        lambda: f"专利包授权服务 {r.choice(PTYPE)} 一次通过 驳回{r.choice(['退全款', '免费重申', '双倍赔付'])}",
    ])()


def _ill_cert(r):
    return r.choice([
        lambda: f"{r.choice(CERTS)} 挂靠 {r.randint(2, 9)}万/年 不用到岗",
        lambda: f"高价求挂 {r.choice(CERTS)} 长期合作 {r.choice(CITIES)}机构急需",
        lambda: f"出租{r.choice(CERTS)} 挂证 社保{r.choice(['可配合', '我方缴纳', '不影响本职'])} 年费{r.randint(3, 12)}万",
        lambda: f"收{r.choice(CERTS)}挂证 代理机构备案用 {r.choice(['一年一签', '三年起签', '押一付一'])}",
        lambda: f"{r.choice(CITIES)}新设代理所 借证备案 {r.choice(CERTS)}{r.randint(2, 3)}本 价格好谈",
    ])()


def _ill_ready(r):
    return r.choice([
        lambda: f"现成{r.choice(PTYPE)}转让 已下证 {r.randint(3, 15)}天变更 职称评审可用",
        lambda: f"批量出售专利申请号 {r.randint(5, 100)}件起 可改发明人",
        lambda: f"低价处理 非正常申请专利{r.randint(10, 300)}件 打包{r.choice(['带走', '出', '转让'])}",
        lambda: f"已授权{r.choice(PTYPE)} 成品专利 加急过户 {r.choice([300, 500, 800, 1200])}元一件",
        lambda: f"{r.choice(['高企', '专精特新', '科技型中小企业'])}凑数专利 现货{r.randint(20, 500)}件 一手资源",
        lambda: f"专利申请号{r.choice(['现货', '库存', '存量'])}出售 {r.choice(PTYPE)} 改名{r.choice(['当天', '三天', '一周'])}完成",
    ])()


def _ill_squat(r):
    n = r.choice(TM_NAMES)
    c = r.randint(1, 45)
    return r.choice([
        lambda: f"网红店名商标已抢注 “{n}” 第{c}类 低价转让",
        lambda: f"{n}商标 先注后卖 热门IP已布局 {c}类及全类",
        lambda: f"专业抢注热点词商标 {n} 注册下来高价{r.choice(['转让', '出手', '回购'])}",
        lambda: f"抢先注册{r.choice(['明星名字', '热播剧名', '爆款店名', '地名特产'])}商标 “{n}” 已受理 有意私聊",
        lambda: f"囤积商标{r.randint(50, 900)}件 含{n}等 {c}类 整包转让",
    ])()


def _ill_seal(r):
    return r.choice([
        lambda: f"{r.choice(CITIES)}刻章 公章 财务章 合同章 {r.choice(['1小时', '当天', '2小时'])}取 可做旧",
        lambda: f"加急刻章 各类印章 发票专用章 {r.choice(CITIES)}同城{r.choice(['闪送', '跑腿', '到付'])}",
        lambda: f"仿刻代理机构公章 {r.choice(['专利', '商标', '版权'])}证书盖章 {r.choice(['加急', '保密', '包真'])}",
        lambda: f"刻章办证一条龙 {r.choice(['营业执照', '授权书', '委托书'])}配章 {r.choice(CITIES)}可寄",
        lambda: f"{r.choice(['光敏章', '原子章', '钢印'])}定制 无需手续 公章 法人章 {r.choice(['免押金', '包邮', '当天寄'])}",
    ])()


ILLEGAL_KINDS = [_ill_grant, _ill_cert, _ill_ready, _ill_squat, _ill_seal]


def illegal(rnd, kind=None):
    f = ILLEGAL_KINDS[kind] if kind is not None else rnd.choice(ILLEGAL_KINDS)
    x = fresh(rnd, f)
    ILL.add(x)
    return x


def legit_ip(rnd):
    def f(r):
        return r.choice([
            lambda: f"{r.choice(CITIES)}知识产权代理 专利申请 官费透明 流程{r.choice(['可查', '全程跟踪', '线上进度'])}",
            lambda: f"商标注册 免费查询近似 代理费{r.choice([300, 398, 500, 600])}元起 {r.choice(['备案机构', '正规代理机构', '官网可查'])}",
            lambda: f"专利年费代缴 到期提醒 {r.choice(['官方收据', '电子票据', '滞纳金提醒'])}",
            lambda: f"软件著作权登记 材料指导 周期约{r.choice([30, 45, 60])}个工作日 {r.choice(['不承诺结果', '如实申报', '官费另计'])}",
            lambda: f"{r.choice(PTYPE)}申请撰写 {r.choice(['专利代理师', '持证代理师', '理工科背景代理师'])}一对一 {r.choice(['技术交底', '查新检索', '答复审查意见'])}",
            lambda: f"商标{r.choice(['驳回复审', '续展', '变更', '异议答辩'])} {r.choice(CITIES)}{r.choice(['律所', '代理所', '事务所'])} 按件收费",
            lambda: f"{r.choice(['FTO检索', '专利无效宣告', '侵权分析', '专利布局'])}咨询 {r.choice(['律师团队', '代理师团队'])} {r.choice(CITIES)}",
        ])()
    return fresh(rnd, f)


def service(rnd):
    def f(r):
        return r.choice([
            lambda: f"{r.choice(['专业', '同城', '正规'])}搬家 {r.choice(['居民搬家', '公司搬迁', '钢琴搬运', '小件搬运'])} {r.choice(['价格透明', '不加价', '准时到达'])}",
            lambda: f"{r.choice(['家庭保洁', '开荒保洁', '擦玻璃', '油烟机清洗'])} {r.choice(['持证阿姨', '公司直派', '满意再付'])} {r.choice(['日常', '新房', '长期合作'])}",
            lambda: f"{r.choice(['空调', '热水器', '洗衣机', '冰箱'])}维修 {r.choice(['上门快', '不修好不收费', '原厂配件'])} {r.choice(['30分钟上门', '全城服务', '24小时'])}",
            lambda: f"{r.choice(['初中数学', '高中物理', '小学英语', '钢琴', '少儿编程'])}家教 {r.choice(['985在读', '在职教师', '十年经验'])} {r.choice(['可试课', '上门', '线上'])}",
            lambda: f"{r.choice(['管道疏通', '马桶疏通', '下水道清理'])} {r.choice(['24小时', '夜间可约', '快速上门'])} {r.choice(['无效不收费', '明码标价'])}",
            lambda: f"{r.choice(['公司注册', '代理记账', '工商变更', '注销'])} {r.choice(['小规模', '一般纳税人', '个体户'])} {r.choice(['会计持证', '不收隐性费用', '按月收费'])}",
            lambda: f"{r.choice(['旧房翻新', '局部改造', '墙面刷漆', '卫生间防水'])} {r.choice(['免费量房', '先施工后付款', '质保两年'])}",
        ])()
    return fresh(rnd, f)


# ---------------------------------------------------------------- chatter
OPEN = ["楼主说得对", "顶一下", "mark一下", "同问", "路过看看", "感谢分享", "学到了", "插个楼", "前排", "说下我的情况",
        "补充一点", "不太同意", "亲身经历", "蹲一个后续", "收藏了", "这个我熟"]
BODY = {
    "patent": ["实用新型一般半年到一年，别信那些说一个月下证的", "我们公司去年交了三件，审查意见回了两次才授权",
               "代理费各家差很多，关键看撰写质量", "官费减缴记得提前备案，能省不少", "外观设计图片一定要清楚，六视图别漏",
               "发明实审时间看领域，计算机类的慢一些", "高企认定只看有没有自主知识产权，别为了凑数乱买",
               "专利局对非正常申请查得越来越严了", "代理机构可以在国知局官网查备案", "交底书自己先写清楚，代理师才好写",
               "驳回了也不是世界末日，可以复审", "职称评审那边现在也开始核查专利真实性了", "我问过三家，报价从一千五到四千不等",
               "申请号下来只是受理，不代表授权", "年费别忘了交，过期就失效了"],
    "exam": ["每天四小时，坚持三个月，分数还行", "真题一定要刷三遍以上", "英语作文背模板有用但别全靠它",
             "政治最后一个月再冲刺也来得及", "专业课看导师出的书", "复试比初试更看临场", "早点定学校，别总摇摆",
             "图书馆占座太卷了，我都在宿舍学", "网课挑一个老师跟到底就行", "错题本真的很有用", "心态最重要，别和别人比进度"],
    "life": ["小区楼下新开了家面馆，味道一般", "最近降温好快，记得加衣服", "这周末带娃去了趟植物园", "昨天下班地铁挤爆了",
             "家里猫又把花盆打翻了", "周边那个菜市场改造完了，干净很多", "上次团购的车厘子还挺甜", "楼上装修噪音吵了一个月",
             "公司食堂终于换了家承包商", "周末骑车去了湖边，风景不错", "电动车新国标到底怎么换", "物业费又涨了"],
    "tech": ["固件升级以后续航反而好了", "这个型号散热一般，夏天会降频", "换了固态以后开机十秒", "建议等下一代再买",
             "二手的话注意查序列号", "路由器放客厅中间信号最好", "官方客服态度还行，换了新机", "这个价位性价比很高",
             "驱动装最新版就没问题了", "配件别买原装，第三方便宜一半"],
}
CLOSE = ["", "", "", "，仅供参考", "，个人看法", "。", "～", "！", "，有问题可以私信交流", "，坐等大神", "，希望对你有帮助"]


def chatter(rnd, topic):
    def f(r):
        n = r.choice([1, 1, 2, 2, 3])
        body = "，".join(r.sample(BODY[topic], n))
        o = r.choice(OPEN)
        return (o + "，" if r.random() < 0.5 else "") + body + r.choice(CLOSE)
    return fresh(rnd, f)


def spam_post(rnd):
    """Illegal solicitation written as a forum reply."""
    core = fresh(rnd, lambda r: r.choice(ILLEGAL_KINDS)(r))

    def f(r):
        lead = r.choice(["需要的看过来：", "有需要私聊，", "我们这边可以做，", "广告勿删：", "急需的联系我，", "", "长期有效："])
        tail = r.choice(["，加V：ip" + str(r.randint(1000, 9999)), "，企鹅" + str(r.randint(10000000, 99999999)),
                         "，电话见主页", "，私信秒回", "，诚信合作"])
        return lead + core + tail
    x = fresh(rnd, f)
    ILL.add(x)
    return x
