"""People for the demo: plausible Chinese names and the personal details a
rep notes about a contact (home town, schooling, interests, family)."""

from __future__ import annotations

from kamdesk.store.demo.corpora_base import words as _words

# --- people ----------------------------------------------------------------

#: Common surnames, most frequent first (drawn with decreasing weight).
SURNAMES: tuple[str, ...] = (
    *tuple(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
        "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    ),
    "欧阳",
    "司马",
    "上官",
    "诸葛",
)

MALE_GIVEN: tuple[str, ...] = tuple(
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋亮成建国志勇文博海峰永东晨昊天"
)
FEMALE_GIVEN: tuple[str, ...] = tuple(
    "芳娜敏静丽艳娟霞秀玲桂英华红梅琳颖洁雪慧倩婷琴云莉兰萍燕玉晶欣悦怡璐瑶佳蕾丹"
)
#: Second characters of two-character given names (either gender).
GIVEN_SECOND: tuple[str, ...] = tuple("建国志明文晓海永红春立宏德金小一子天新家嘉思雨")

NATIVE_PLACES: tuple[str, ...] = _words(
    "山东济南 山东潍坊 河南郑州 河南洛阳 河北石家庄 江苏苏州 江苏南通 浙江温州 "
    "浙江宁波 安徽合肥 湖北武汉 湖南长沙 湖南衡阳 四川成都 四川绵阳 重庆 "
    "广东梅州 广东潮州 福建泉州 江西南昌 山西太原 陕西西安 辽宁沈阳 吉林长春 "
    "黑龙江哈尔滨 甘肃兰州 云南昆明 贵州遵义 广西桂林 内蒙古包头 上海 北京 "
    "天津"
)

UNIVERSITIES: tuple[str, ...] = _words(
    "清华大学 北京大学 浙江大学 复旦大学 上海交通大学 南京大学 武汉大学 "
    "华中科技大学 中山大学 四川大学 西安交通大学 哈尔滨工业大学 山东大学 "
    "东南大学 同济大学 天津大学 中南大学 厦门大学 吉林大学 大连理工大学 "
    "北京理工大学 华南理工大学 重庆大学 兰州大学 对外经济贸易大学 中央财经大学 "
    "上海财经大学 西南财经大学 北京邮电大学 郑州大学"
)
MAJORS: tuple[str, ...] = _words(
    "计算机科学 机械工程 电气工程 会计学 工商管理 化学工程 金融学 通信工程 "
    "市场营销 自动化 土木工程 药学 法学 物流管理 汉语言文学"
)

INTERESTS: tuple[str, ...] = _words(
    "打高尔夫 钓鱼 喝茶，偏爱普洱 书法 摄影 羽毛球 乒乓球 长跑 登山 下围棋 "
    "收藏紫砂壶 看足球，支持国安 篮球 游泳 自驾游 读历史书 听京剧 品红酒 "
    "养兰花 打桥牌 骑行 太极拳"
)
TRAVEL_HABITS: tuple[str, ...] = _words(
    "出差常坐高铁商务座 喜欢提前到机场 住酒店偏好安静的高层 出差习惯带家人 "
    "不喜欢红眼航班 常飞国航，是金卡会员 出行尽量自驾 周末不出差"
)
WORKING_HOURS: tuple[str, ...] = (
    "8:30-17:30",
    "9:00-18:00",
    "8:00-17:00，午休12:00-14:00",
    "上午较忙，下午三点后方便",
    "周一上午例会，勿约",
)
SPOUSE_JOBS: tuple[str, ...] = _words("中学教师 医生 公务员 银行职员 会计 自由职业 大学老师 护士 工程师")
CHILD_DESC: tuple[str, ...] = _words(
    "一子，读初二 一女，读高三，准备高考 一子，大学在读 一女，上小学 一儿一女 "
    "一子，刚参加工作 一女，在国外留学"
)
PERSONALITY_NOTES: tuple[str, ...] = _words(
    "说话直接，重结果 做事细致，喜欢看数据 为人随和，不轻易拍板 "
    "健谈，喜欢聊行业动态 谨慎，重视风险控制 重视面子，注意场合 "
    "时间观念强，开会准时"
)
ACHIEVEMENTS: tuple[str, ...] = _words(
    "主导过集团信息化改造项目 获省级先进工作者 牵头完成ERP上线 "
    "负责过两期厂房扩建 推动集中采购平台建设 行业协会专家委员 发表过多篇技术论文"
)
FORMER_EMPLOYERS: tuple[str, ...] = _words(
    "华为技术 中兴通讯 联想集团 海尔集团 中国电信 中石化 普华永道 宝钢集团 "
    "美的集团 国家电网 省设计院 某外资咨询公司"
)
