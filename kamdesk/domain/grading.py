"""Classification axes an account carries (DOMAIN.md §1): each is separate."""

from __future__ import annotations

from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member, terms


class Tier(Coded):
    """The seed's three classes of key account (白金卡/金卡/银卡, "中国印"),
    and the small and medium accounts below them (中小客户)."""

    PLATINUM = ("platinum", "白金卡", "Platinum")
    GOLD = ("gold", "金卡", "Gold")
    SILVER = ("silver", "银卡", "Silver")
    ORDINARY = ("ordinary", "中小客户", "Ordinary")


terms(
    Tier,
    short={Tier.PLATINUM: "白金", Tier.GOLD: "金", Tier.SILVER: "银", Tier.ORDINARY: "中小"},
    synonyms={
        Tier.PLATINUM: ("白金", "铂金", "铂金客户", "白金客户"),
        Tier.GOLD: ("金", "金牌", "金卡客户"),
        Tier.SILVER: ("银", "银牌", "银卡客户"),
        Tier.ORDINARY: ("普通", "普通客户", "一般", "一般客户", "中客户", "小客户"),
    },
)


class Grade(Coded):
    """A–E by time to close; ``months`` is the horizon the grade stands for."""

    months: int | None

    def __new__(cls, code: str, zh: str, en: str, months: int | None = None, *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.months = months
        return obj

    A = ("A", "有明显的业务需求，并且预计能够在一个月内成交", "Clear need, closes within 1 month", 1)
    B = ("B", "有明显的业务需求，并且预计能够在三个月内成交", "Clear need, closes within 3 months", 3)
    C = ("C", "有明显的业务需求，并且预计能够在半年内成交", "Clear need, closes within 6 months", 6)
    D = (
        "D",
        "有潜在的业务需求的客户或者有明显需求但需要在至少半年后才可能成交",
        "Latent need, or a clear need 6+ months away",
        None,
    )
    E = ("E", "没有需求或者没有任何成交机会，也叫死亡客户", "No need, no chance (dead)", None)


terms(
    Grade,
    short={
        Grade.A: "一个月内成交",
        Grade.B: "三个月内成交",
        Grade.C: "半年内成交",
        Grade.D: "潜在需求",
        Grade.E: "死亡客户",
    },
    synonyms={
        Grade.A: ("A级", "A级客户", "需求明确，1个月内成交", "1个月内成交"),
        Grade.B: ("B级", "B级客户", "3个月内成交"),
        Grade.C: ("C级", "C级客户", "6个月内成交"),
        Grade.D: ("D级", "D级客户", "潜在需求或6个月以上"),
        Grade.E: ("E级", "E级客户", "无需求/无机会", "死客户"),
    },
)


class Cadence(Coded):
    """How often the account file must be touched (客户追踪志)."""

    days: int

    def __new__(cls, code: str, zh: str, en: str, days: int = 0, *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.days = days
        return obj

    DAILY = ("daily", "客户追踪日志", "Daily", 1)
    WEEKLY = ("weekly", "客户追踪周志", "Weekly", 7)
    HALF_MONTHLY = ("half_monthly", "客户追踪半月志", "Half-monthly", 15)
    MONTHLY = ("monthly", "客户追踪月志", "Monthly", 30)
    YEARLY = ("yearly", "客户追踪年志", "Yearly", 365)


terms(
    Cadence,
    short={
        Cadence.DAILY: "日志",
        Cadence.WEEKLY: "周志",
        Cadence.HALF_MONTHLY: "半月志",
        Cadence.MONTHLY: "月志",
        Cadence.YEARLY: "年志",
    },
    notes={
        Cadence.DAILY: ("需要每天将客户的信息重新跟踪处理，并刷新记录", "every day"),
        Cadence.WEEKLY: ("每周内至少对客户的信息处理一次，并刷新记录", "at least once a week"),
        Cadence.HALF_MONTHLY: ("每15天对客户的信息处理一次，并刷新信息记录", "every 15 days"),
        Cadence.MONTHLY: ("每30天需要至少对客户的信息处理一次，并刷新信息记录", "at least every 30 days"),
        Cadence.YEARLY: ("每一年需要至少对客户的信息处理一次，并刷新信息记录", "at least once a year"),
    },
    synonyms={
        Cadence.DAILY: ("每日", "每天", "日"),
        Cadence.WEEKLY: ("每周", "周"),
        Cadence.HALF_MONTHLY: ("半月", "每半月", "15天"),
        Cadence.MONTHLY: ("每月", "月", "30天"),
        Cadence.YEARLY: ("每年", "年"),
    },
)


class RevisitInterval(Coded):
    days: int

    def __new__(cls, code: str, zh: str, en: str, days: int = 0, *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.days = days
        return obj

    D20 = ("20", "20天以内", "Revisit within 20 days", 20)
    D40 = ("40", "40天以内", "Revisit within 40 days", 40)
    D60 = ("60", "60天以内", "Revisit within 60 days", 60)
    D80 = ("80", "80天以内", "Revisit within 80 days", 80)


terms(
    RevisitInterval,
    synonyms={
        m: (f"{m.days}天内再访", f"{m.days}天内", f"{m.days}天", f"{m.days}天以内再访")
        for m in RevisitInterval
    },
)


class ProspectDisposition(Coded):
    """按照"放弃与否"加以分类 (seed 002)."""

    KEEP_VISITING = ("keep", "应继续访问的", "Keep visiting")
    PAUSE = ("pause", "拟暂隔一段时间再去访问的", "Pause a while, then revisit")
    NEVER_GIVE_UP = ("never_give_up", "不拟放弃的", "Not to be given up")


terms(
    ProspectDisposition,
    short={
        ProspectDisposition.KEEP_VISITING: "继续访问",
        ProspectDisposition.PAUSE: "暂隔再访",
        ProspectDisposition.NEVER_GIVE_UP: "不拟放弃",
    },
    synonyms={
        ProspectDisposition.KEEP_VISITING: ("继续拜访", "继续访问", "应继续访问"),
        ProspectDisposition.PAUSE: ("暂停后再访", "暂隔再访", "拟暂隔一段时间再去访问"),
        ProspectDisposition.NEVER_GIVE_UP: ("永不放弃", "不放弃", "不拟放弃"),
    },
)


class DealStatus(Coded):
    CLOSED = ("closed", "已成交客户", "Closed")
    NEGOTIATING = ("negotiating", "正在谈判客户", "Negotiating")
    PROSPECT = ("prospect", "潜在客户", "Prospect")


terms(
    DealStatus,
    short={DealStatus.CLOSED: "已成交", DealStatus.NEGOTIATING: "正在谈判", DealStatus.PROSPECT: "潜在"},
    synonyms={
        DealStatus.CLOSED: ("成交", "已签约"),
        DealStatus.NEGOTIATING: ("谈判中",),
        DealStatus.PROSPECT: ("潜在",),
    },
)


class NeedStatus(Coded):
    TARGET = ("target", "目标客户", "Target (needs now)")
    POTENTIAL = ("potential", "潜在客户", "Potential (needs later)")
    DEAD = ("dead", "死亡客户", "Dead (never)")


terms(
    NeedStatus,
    notes={
        NeedStatus.TARGET: ("现在就有需求", "needs it now"),
        NeedStatus.POTENTIAL: ("未来有需求", "will need it later"),
        NeedStatus.DEAD: ("不会有任何需求", "will never need it"),
    },
    synonyms={NeedStatus.DEAD: ("死客户",)},
)


class Urgency(Coded):
    """处理时间: how soon the account must be handled (seed 003)."""

    URGENT = ("urgent", "紧急客户", "Urgent (within a week)")
    SOON = ("soon", "缓急客户", "Soon (1 week – 1 month)")
    NOT_URGENT = ("not_urgent", "不紧急客户", "Not urgent (1–3 months)")
    SLOW = ("slow", "可慢反应客户", "Slow (3+ months)")


terms(
    Urgency,
    short={
        Urgency.URGENT: "紧急",
        Urgency.SOON: "缓急",
        Urgency.NOT_URGENT: "不紧急",
        Urgency.SLOW: "可慢反应",
    },
    notes={
        Urgency.URGENT: ("一般需要在一周内做出处理", "to be handled within a week"),
        Urgency.SOON: ("一般指一周到1个月内需要对该客户作出处理", "to be handled in 1 week to 1 month"),
        Urgency.NOT_URGENT: ("1个月以上3个月以内必须处理的客户", "to be handled in 1 to 3 months"),
        Urgency.SLOW: ("3个月以后才可能处理的客户", "not before 3 months"),
    },
    synonyms={
        Urgency.URGENT: ("紧急（一周内）", "紧急", "急"),
        Urgency.SOON: ("缓急（一周至一个月）", "缓急"),
        Urgency.NOT_URGENT: ("不紧急（1–3个月）", "不紧急", "不急"),
        Urgency.SLOW: ("可慢反应（3个月以上）", "可慢反应", "慢"),
    },
)


class RelationshipType(Coded):
    """IBM's four relationship types, each with the seed's advice."""

    advice_zh: str
    advice_en: str

    def __new__(cls, code: str, zh: str, en: str, advice_zh: str = "", advice_en: str = "", *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.advice_zh = advice_zh
        obj.advice_en = advice_en
        return obj

    LOYAL = (
        "loyal",
        "忠诚型客户",
        "Loyal",
        "加强和保证客户售后服务满意度",
        "Strengthen and secure after-sales satisfaction",
    )
    FAST_GROWING = (
        "fast_growing",
        "快速增长型客户",
        "Fast-growing",
        "将销售人员增多，保证全面周到的销售和服务",
        "Add sales people; make sales and service thorough",
    )
    DORMANT = (
        "dormant",
        "睡眠型客户",
        "Dormant",
        "为他创造新的需求，创造新的消费",
        "Create new needs and new spending for them",
    )
    WORTH_CULTIVATING = (
        "cultivate",
        "值得培养和重视的客户",
        "Worth cultivating",
        "积极跟进，确保将信息和服务及时通告对方",
        "Follow up actively; keep them informed and served in time",
    )

    def advice(self, lang: str = "zh") -> str:
        return self.advice_zh if lang.startswith("zh") else self.advice_en


terms(
    RelationshipType,
    short={
        RelationshipType.LOYAL: "忠诚型",
        RelationshipType.FAST_GROWING: "快速增长型",
        RelationshipType.DORMANT: "睡眠型",
        RelationshipType.WORTH_CULTIVATING: "值得培养",
    },
    notes={
        RelationshipType.LOYAL: ("对公司产品忠诚，但是销售成长不大", "loyal to our products, little growth"),
        RelationshipType.FAST_GROWING: ("销售增长非常快", "sales grow very fast"),
        RelationshipType.DORMANT: (
            "曾经是公司的客户，但是现在没有新的业务和增长",
            "was our customer, no new business or growth now",
        ),
    },
    synonyms={
        RelationshipType.LOYAL: ("忠诚型", "忠诚"),
        RelationshipType.FAST_GROWING: ("快速增长型", "快速增长"),
        RelationshipType.DORMANT: ("睡眠型", "睡眠", "休眠型"),
        RelationshipType.WORTH_CULTIVATING: ("值得培养型", "值得培养", "值得培养和重视"),
    },
)


class RelationshipStage(Coded):
    """Key-account relationship development, with our usual share of spend."""

    share: tuple[int, int]

    def __new__(cls, code: str, zh: str, en: str, share: tuple[int, int] = (0, 0), *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.share = share
        return obj

    INCUBATION = ("incubation", "孕育阶段", "Incubation", (0, 0))
    INITIAL = ("initial", "初期阶段", "Initial", (0, 30))
    MIDDLE = ("middle", "中期阶段", "Middle", (30, 50))
    HIGH = ("high", "高期阶段", "High", (50, 100))
    STRATEGIC = ("strategic", "战略阶段", "Strategic partner", (100, 100))


terms(
    RelationshipStage,
    short={m: m.zh.removesuffix("阶段") for m in RelationshipStage},
    notes={
        RelationshipStage.INCUBATION: (
            "客户使用业务很少，交易在销售经理和联络员之间进行",
            "the customer uses little; business runs between our manager and their contact",
        ),
        RelationshipStage.INITIAL: (
            "客户期望获得质量好、使用方便的公司产品和服务",
            "the customer wants good, easy-to-use products and service",
        ),
        RelationshipStage.MIDDLE: (
            "买卖双方建立起彼此信任的关系，客户仍会选择其他公司的业务",
            "mutual trust, but the customer still buys from others",
        ),
        RelationshipStage.HIGH: (
            "买卖双方之间有更广泛的合作，建立忠诚度",
            "wider cooperation, loyalty built",
        ),
        RelationshipStage.STRATEGIC: ("双方确立了战略合作伙伴关系", "a strategic partnership"),
    },
    synonyms={
        RelationshipStage.INCUBATION: ("孕育期", "孕育"),
        RelationshipStage.INITIAL: ("初期",),
        RelationshipStage.MIDDLE: ("中期",),
        RelationshipStage.HIGH: ("高期",),
        RelationshipStage.STRATEGIC: ("战略伙伴期", "战略", "战略伙伴"),
    },
)


class CounterpartyKind(Coded):
    CUSTOMER = ("customer", "客户", "Customer")
    SUPPLIER = ("supplier", "供货商", "Supplier")
    COMPETITOR = ("competitor", "竞争对手", "Competitor")
    PARTNER = ("partner", "合作单位", "Partner")


terms(
    CounterpartyKind,
    synonyms={
        CounterpartyKind.SUPPLIER: ("供应商",),
        CounterpartyKind.COMPETITOR: ("对手", "竞品"),
        CounterpartyKind.PARTNER: ("合作伙伴", "伙伴"),
    },
)


class LinkKind(Coded):
    """How two counterparties relate (上家/下家/同行)."""

    UPSTREAM = ("upstream", "上家", "Upstream")
    DOWNSTREAM = ("downstream", "下家", "Downstream")
    PEER = ("peer", "同行", "Peer")


terms(LinkKind, synonyms={LinkKind.UPSTREAM: ("上游",), LinkKind.DOWNSTREAM: ("下游",)})
