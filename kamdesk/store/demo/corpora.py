"""Word lists the demo generator draws from: plausible companies, titles,
products and the phrases reps write (people and places have their own
modules). Written by hand, so the demo needs no network and no third-party
data."""

from __future__ import annotations

from kamdesk.store.demo.corpora_base import words as _words

# places live in their own module; re-exported because several generators read them from here
from kamdesk.store.demo.places import BUILDINGS as BUILDINGS
from kamdesk.store.demo.places import CITIES as CITIES
from kamdesk.store.demo.places import REGIONS as REGIONS
from kamdesk.store.demo.places import ROADS as ROADS

# --- companies -------------------------------------------------------------

#: Brand words for company names (字号).
BRANDS: tuple[str, ...] = tuple(
    [
        "华信",
        "恒通",
        "远景",
        "新航",
        "瑞丰",
        "同创",
        "中天",
        "宏达",
        "金盛",
        "鼎泰",
        "永安",
        "东方",
        "长城",
        "天诚",
        "博远",
        "海纳",
        "联创",
        "卓越",
        "昌隆",
        "汇丰",
        "德润",
        "国泰",
        "恒昌",
        "兴业",
        "明辉",
        "正大",
        "佳禾",
        "华晨",
        "锦程",
        "天元",
        "九州",
        "万通",
        "安泰",
        "盛世",
        "泰和",
        "金桥",
        "凯达",
        "利华",
        "众信",
        "华瑞",
        "嘉华",
        "新远",
        "宏图",
        "宝信",
        "恒瑞",
        "中科",
        "天合",
        "华宇",
        "新世纪",
        "启明",
        "方圆",
        "信达",
        "弘毅",
        "腾飞",
        "润泽",
        "世纪",
        "晨光",
        "鸿运",
        "乾元",
        "百川",
        "东海",
        "北辰",
        "南山",
        "西部",
        "中原",
        "太和",
        "华夏",
        "神州",
        "盛达",
        "星河",
        "蓝海",
        "天翼",
        "同仁",
        "三元",
        "科诺",
        "金鹰",
        "银河",
        "蓝天",
        "海峡",
        "龙腾",
        "凤凰",
        "奥华",
        "宇通",
    ]
)

#: Industry -> (nature weights key, name patterns "{city}{brand}…", main products they buy, typical project words)
INDUSTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "烟草": (("{p}烟草公司{c}分公司", "{c}卷烟厂", "{p}中烟工业有限责任公司", "{c}烟草物流中心"), ("state",)),
    "银行": (
        ("{b}银行{c}分行", "{c}农村商业银行", "{c}{b}村镇银行", "{b}银行{c}支行"),
        ("state", "joint_venture"),
    ),
    "制造": (
        (
            "{c}{b}机械制造有限公司",
            "{c}{b}精密制造股份有限公司",
            "{b}重工集团有限公司",
            "{c}{b}汽车零部件有限公司",
            "{c}{b}电子科技有限公司",
        ),
        ("private", "joint_venture", "foreign", "state"),
    ),
    "医药": (
        ("{c}{b}医药集团有限公司", "{c}{b}制药股份有限公司", "{c}第一人民医院", "{c}{b}生物科技有限公司"),
        ("private", "state", "institution"),
    ),
    "电力": (("国网{c}供电公司", "{c}{b}发电有限公司", "{p}电力设计院", "{c}{b}新能源有限公司"), ("state",)),
    "教育": (("{c}{b}学院", "{c}第{n}中学", "{c}职业技术学院", "{c}{b}教育集团"), ("institution", "private")),
    "政府": (
        ("{c}市政务服务中心", "{c}市财政局", "{c}市交通运输局", "{c}市{d}人民政府", "{c}市市场监督管理局"),
        ("government",),
    ),
    "物流": (
        ("{c}{b}物流集团有限公司", "{c}{b}供应链管理有限公司", "{c}{b}国际货运代理有限公司"),
        ("private", "state"),
    ),
    "通信": (
        ("中国移动{c}分公司", "中国联通{c}分公司", "中国电信{c}分公司", "{c}{b}通信技术有限公司"),
        ("state", "private"),
    ),
    "石化": (
        ("中石化{c}分公司", "{c}{b}石油化工有限公司", "{c}{b}化工集团有限公司", "中石油{c}销售分公司"),
        ("state", "private"),
    ),
    "零售": (("{c}{b}商贸有限公司", "{c}{b}百货股份有限公司", "{c}{b}连锁超市有限公司"), ("private",)),
    "能源": (("{c}{b}能源有限公司", "{c}{b}燃气有限公司", "{c}{b}热力有限公司"), ("state", "private")),
    "保险": (("{b}人寿保险{c}分公司", "{b}财产保险{c}中心支公司"), ("state", "joint_venture")),
    "交通": (
        ("{c}地铁集团有限公司", "{c}{b}公交集团", "{c}机场集团有限公司", "{p}高速公路管理局"),
        ("state", "government"),
    ),
}

#: Industry weights for drawing accounts (banks and manufacturers are the biggest groups).
INDUSTRY_WEIGHTS: dict[str, int] = {
    "烟草": 6,
    "银行": 12,
    "制造": 18,
    "医药": 9,
    "电力": 7,
    "教育": 8,
    "政府": 8,
    "物流": 7,
    "通信": 6,
    "石化": 5,
    "零售": 6,
    "能源": 4,
    "保险": 4,
    "交通": 3,
}

#: Rival vendors (competitor accounts), suppliers and partners we deal with.
COMPETITORS: tuple[tuple[str, str, str, str], ...] = (
    ("深圳华盾信息技术有限公司", "华盾", "价格低，响应快", "售后网点少"),
    ("北京神码数智科技股份有限公司", "神码数智", "品牌知名度高，产品线全", "价格偏高，定制慢"),
    ("杭州云途软件有限公司", "云途软件", "软件功能灵活", "硬件依赖第三方"),
    ("上海迅联系统集成有限公司", "迅联", "本地关系深，集成经验多", "技术实力一般"),
    ("广州博智科技有限公司", "博智", "报价激进", "交付质量不稳定"),
    ("成都天府信息产业集团有限公司", "天府信息", "西南地区政府关系强", "跨区域服务能力弱"),
    ("南京苏宁智联科技有限公司", "苏智联", "渠道覆盖广", "方案同质化"),
    ("武汉光谷数据技术有限公司", "光谷数据", "数据平台有口碑", "团队规模小"),
)
SUPPLIERS: tuple[tuple[str, str], ...] = (
    ("苏州精工电子元件有限公司", "精工电子"),
    ("深圳鹏程网络设备有限公司", "鹏程网络"),
    ("上海申通物流服务有限公司", "申通物流服务"),
    ("北京京仪仪器仪表有限公司", "京仪仪表"),
)
PARTNERS: tuple[tuple[str, str], ...] = (
    ("浙江之江系统集成有限公司", "之江集成"),
    ("山东齐鲁软件园发展有限公司", "齐鲁软件园"),
    ("广东粤通工程咨询有限公司", "粤通咨询"),
    ("湖北楚天运维服务有限公司", "楚天运维"),
)

# --- org chart ---------------------------------------------------------------

#: (title, department, level, buying role code it usually plays); level 0 is the top.
ENTERPRISE_ROLES: tuple[tuple[str, str, int, str], ...] = (
    ("总经理", "总经理办公室", 0, "economic"),
    ("副总经理", "总经理办公室", 1, "economic"),
    ("财务总监", "财务部", 1, "financial"),
    ("技术部经理", "技术部", 2, "technical"),
    ("信息中心主任", "信息中心", 2, "technical"),
    ("采购主管", "采购部", 2, "influencer"),
    ("生产部经理", "生产部", 2, "user"),
    ("行政部经理", "行政部", 2, "user"),
    ("总经理助理", "总经理办公室", 2, "influencer"),
    ("高级工程师", "技术部", 3, "technical"),
    ("系统管理员", "信息中心", 3, "user"),
    ("采购专员", "采购部", 3, "user"),
    ("会计", "财务部", 3, "financial"),
    ("车间主任", "生产部", 3, "user"),
    ("项目经理", "技术部", 3, "user"),
)
PUBLIC_ROLES: tuple[tuple[str, str, int, str], ...] = (
    ("局长", "局领导", 0, "economic"),
    ("副局长", "局领导", 1, "economic"),
    ("办公室主任", "办公室", 2, "influencer"),
    ("信息科科长", "信息科", 2, "technical"),
    ("计划财务科科长", "计划财务科", 2, "financial"),
    ("综合科科长", "综合科", 2, "user"),
    ("信息科副科长", "信息科", 3, "technical"),
    ("科员", "综合科", 3, "user"),
    ("工程师", "信息科", 3, "technical"),
    ("出纳", "计划财务科", 3, "financial"),
)
#: Institutions (schools, hospitals) use these heads instead of 局长.
INSTITUTION_HEADS: dict[str, tuple[str, str]] = {"教育": ("校长", "副校长"), "医药": ("院长", "副院长")}

# --- what we sell and say ------------------------------------------------------

#: (product, typical order amount range in yuan, consumable?)
PRODUCTS: tuple[tuple[str, int, int, bool], ...] = (
    ("服务器及存储扩容", 300_000, 3_000_000, False),
    ("数据中心网络改造", 500_000, 5_000_000, False),
    ("ERP系统实施", 800_000, 6_000_000, False),
    ("智能仓储管理系统", 400_000, 4_000_000, False),
    ("视频会议系统", 100_000, 800_000, False),
    ("信息安全等保整改", 200_000, 2_000_000, False),
    ("办公终端更新", 150_000, 1_200_000, False),
    ("运维服务年度合同", 120_000, 900_000, False),
    ("打印耗材", 8_000, 60_000, True),
    ("网络设备备件", 20_000, 150_000, True),
    ("软件许可续费", 30_000, 300_000, True),
)

PROJECT_SUFFIXES: tuple[str, ...] = _words("项目 一期项目 二期项目 升级项目 采购项目 建设项目")

CONTACT_LOG_PHONE: tuple[tuple[str, str, str], ...] = (
    ("routine", "电话沟通近期设备运行情况，客户反映正常", "下月初安排例行回访"),
    ("routine", "节日问候，顺带了解明年预算编制进度", "预算下达后再约面谈"),
    ("task", "确认技术方案评审会时间和参会人员", "会前两天发送方案终稿"),
    ("task", "客户要求补充三家同类案例资料", "本周五前邮件发送案例"),
    ("praise", "客户表扬上次驻场工程师响应及时", "转告服务部门并感谢"),
    ("complaint", "客户投诉备件到货延迟两天", "协调物流，周三前到货并致歉"),
    ("suggestion", "客户建议增加远程巡检报告", "反馈产品经理评估"),
    ("routine", "了解客户组织调整情况，信息中心新任主任到岗", "尽快约见新任主任"),
    ("task", "催收上月到期款项，客户答应本周安排付款", "周五再跟进付款进度"),
    ("routine", "微信沟通招标文件发布时间", "关注招标网公告"),
)

VISIT_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("介绍了公司整体解决方案，客户对运维服务比较感兴趣", "yes"),
    ("完成现场需求调研，拿到现有系统清单", "yes"),
    ("技术交流顺利，客户技术部提出三点疑问，需书面答复", "partly"),
    ("客户领导临时开会，只见到采购主管，约定下周再访", "no"),
    ("演示了样机，客户对性能满意，对价格仍有顾虑", "partly"),
    ("确认了项目预算和时间表，预计下季度立项", "yes"),
    ("送达投标文件，了解到竞争对手也已入围", "partly"),
    ("商务谈判，客户要求再降价5%，我方同意延长质保一年", "partly"),
    ("签订合同，约定两周内进场实施", "yes"),
    ("回访使用情况，客户满意，提出扩容需求", "yes"),
    ("客户反映上次故障处理不及时，当面致歉并说明改进措施", "partly"),
    ("与总经理建立了初步联系，对方同意参加我司技术沙龙", "yes"),
)

NEXT_STEPS: tuple[str, ...] = _words(
    "一周内提交书面方案 安排技术总监上门交流 邀请客户参观样板工程 "
    "准备报价单并报批特价 约财务总监沟通付款方式 整理会议纪要发给客户 跟进招标公告 "
    "安排售前工程师做方案演示 下次拜访带合同草案 协调交付团队做实施计划"
)

COMMITMENTS_US: tuple[str, ...] = _words(
    "提交正式技术方案 提供同行业三个成功案例 安排样机试用两周 报送优惠报价 "
    "组织技术培训一次 出具售后服务承诺书"
)
COMMITMENTS_THEM: tuple[str, ...] = _words(
    "提供现有设备清单 安排技术部参加方案评审 确认项目预算 反馈试用意见 引荐分管副总 发送招标文件草稿"
)

OBJECTIVES_BY_STAGE: dict[str, tuple[str, str]] = {
    "G": ("成为客户的首选供应商", "约见具体经办人，确认需求是否存在"),
    "F": ("推动客户立项", "完成初步调研，介绍我方优势，建立关系"),
    "E": ("方案被采购小组认可", "提交初步方案，访谈经办部门"),
    "D": ("我方技术参数写入技术标准", "技术交流和产品演示，了解各采购角色的关注点"),
    "C": ("招标中进入短名单", "确认需求和方案，争取教练支持"),
    "B": ("成为首选供应商", "评标前与技术买家和经济买家逐一沟通"),
    "A": ("以合理价格签约", "商务谈判，解决付款方式和交付时间的异议"),
    "S": ("顺利交付，争取追加订单", "移交实施团队，确认验收标准"),
}

SPIN: dict[str, tuple[str, ...]] = {
    "situation": ("目前的系统用了几年？", "现在由哪个部门负责运维？", "今年的信息化预算大概多少？"),
    "problem": ("高峰期系统响应慢的情况多吗？", "备件到货慢对生产有影响吗？", "数据备份现在靠人工吗？"),
    "implication": ("如果停机一小时，对业务的损失有多大？", "审计检查时发现问题会有什么后果？"),
    "need_payoff": ("如果故障处理时间缩短一半，对您有什么帮助？", "统一平台后能省下多少人力？"),
}
FAB: tuple[tuple[str, str, str], ...] = (
    ("双机热备架构", "单点故障不影响业务", "保证营业时间系统不停"),
    ("本地化服务团队", "4小时到场", "减少停机损失"),
    ("模块化设计", "按需扩容", "首期投入低，后续平滑升级"),
    ("国产化适配", "满足信创要求", "顺利通过上级检查"),
)
OBJECTIONS: tuple[tuple[str, str], ...] = (
    ("价格比对手高", "算总拥有成本：我方三年维保含在报价内"),
    ("你们公司在本地没有案例", "邀请参观邻市同类项目，提供用户联系人"),
    ("现在预算不够", "可分两期实施，首期只做核心模块"),
    ("担心实施周期太长", "提供详细实施计划，关键节点写入合同"),
)
RESOURCES: tuple[str, ...] = _words("公司介绍PPT 产品彩页 同行业案例集 报价单 样机 合同草案 技术白皮书")

LOST_REASONS: tuple[str, ...] = (
    "价格没有优势",
    "客户预算取消",
    "对手关系更深",
    "技术方案未通过评审",
    "项目推迟到明年",
)

ANNOTATIONS: tuple[str, ...] = (
    "本周拜访量不足，下周请把日程排满。",
    "重点项目的教练关系要尽快建立，别只盯采购。",
    "回款情况很好，继续保持。",
)
