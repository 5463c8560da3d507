"""Classification axes an account carries (DOMAIN.md §1): each is separate."""

from __future__ import annotations

from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member


class Tier(Coded):
    PLATINUM = ("platinum", "白金", "Platinum")
    GOLD = ("gold", "金", "Gold")
    SILVER = ("silver", "银", "Silver")
    ORDINARY = ("ordinary", "普通", "Ordinary")


class Grade(Coded):
    """A–E by time to close; ``months`` is the horizon the grade stands for."""

    months: int | None

    def __new__(cls, code: str, zh: str, en: str, months: int | None = None, *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.months = months
        return obj

    A = ("A", "需求明确，1个月内成交", "Clear need, closes within 1 month", 1)
    B = ("B", "3个月内成交", "Closes within 3 months", 3)
    C = ("C", "6个月内成交", "Closes within 6 months", 6)
    D = ("D", "潜在需求或6个月以上", "Latent need, or 6+ months away", None)
    E = ("E", "无需求/无机会", "No need, no chance", None)


class Cadence(Coded):
    """How often the account file must be touched (客户追踪志)."""

    days: int

    def __new__(cls, code: str, zh: str, en: str, days: int = 0, *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.days = days
        return obj

    DAILY = ("daily", "每日", "Daily", 1)
    WEEKLY = ("weekly", "每周", "Weekly", 7)
    HALF_MONTHLY = ("half_monthly", "半月", "Half-monthly", 15)
    MONTHLY = ("monthly", "每月", "Monthly", 30)
    YEARLY = ("yearly", "每年", "Yearly", 365)


class RevisitInterval(Coded):
    days: int

    def __new__(cls, code: str, zh: str, en: str, days: int = 0, *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.days = days
        return obj

    D20 = ("20", "20天内再访", "Revisit within 20 days", 20)
    D40 = ("40", "40天内再访", "Revisit within 40 days", 40)
    D60 = ("60", "60天内再访", "Revisit within 60 days", 60)
    D80 = ("80", "80天内再访", "Revisit within 80 days", 80)


class ProspectDisposition(Coded):
    KEEP_VISITING = ("keep", "继续拜访", "Keep visiting")
    PAUSE = ("pause", "暂停后再访", "Pause, then revisit")
    NEVER_GIVE_UP = ("never_give_up", "永不放弃", "Never give up")


class DealStatus(Coded):
    CLOSED = ("closed", "已成交", "Closed")
    NEGOTIATING = ("negotiating", "正在谈判", "Negotiating")
    PROSPECT = ("prospect", "潜在", "Prospect")


class NeedStatus(Coded):
    TARGET = ("target", "目标客户", "Target (needs now)")
    POTENTIAL = ("potential", "潜在客户", "Potential (needs later)")
    DEAD = ("dead", "死客户", "Dead (never)")


class Urgency(Coded):
    URGENT = ("urgent", "紧急（一周内）", "Urgent (within a week)")
    SOON = ("soon", "缓急（一周至一个月）", "Soon (1 week – 1 month)")
    NOT_URGENT = ("not_urgent", "不紧急（1–3个月）", "Not urgent (1–3 months)")
    SLOW = ("slow", "可慢反应（3个月以上）", "Slow (3+ months)")


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
        "忠诚型",
        "Loyal",
        "忠诚但增长空间小：保持服务满意度",
        "Loyal, little growth: protect service satisfaction",
    )
    FAST_GROWING = (
        "fast_growing",
        "快速增长型",
        "Fast-growing",
        "增加人员和服务投入",
        "Add people and service",
    )
    DORMANT = (
        "dormant",
        "睡眠型",
        "Dormant",
        "曾是客户但无新业务：创造新需求",
        "Was a customer, no new business: create new needs",
    )
    WORTH_CULTIVATING = (
        "cultivate",
        "值得培养型",
        "Worth cultivating",
        "积极跟进，保持信息沟通",
        "Follow actively, keep them informed",
    )

    def advice(self, lang: str = "zh") -> str:
        return self.advice_zh if lang.startswith("zh") else self.advice_en


class RelationshipStage(Coded):
    """Key-account relationship development, with our usual share of spend."""

    share: tuple[int, int]

    def __new__(cls, code: str, zh: str, en: str, share: tuple[int, int] = (0, 0), *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.share = share
        return obj

    INCUBATION = ("incubation", "孕育期", "Incubation", (0, 0))
    INITIAL = ("initial", "初期", "Initial", (0, 30))
    MIDDLE = ("middle", "中期", "Middle", (30, 50))
    HIGH = ("high", "高期", "High", (50, 100))
    STRATEGIC = ("strategic", "战略伙伴期", "Strategic partner", (100, 100))


class AccountSource(Coded):
    AD = ("ad", "广告反馈", "Ad response")
    TRADE_SHOW = ("trade_show", "展会", "Trade show")
    REFERRAL = ("referral", "老客户介绍", "Referral")
    WALK_IN = ("walk_in", "主动上门", "Walk-in")
    PROSPECTING = ("prospecting", "主动发掘", "Own prospecting")
    INDUSTRY_MEETING = ("industry_meeting", "行业会议", "Industry meeting")
    REPEAT = ("repeat", "追加购买", "Repeat purchase")


class CompanyNature(Coded):
    STATE = ("state", "国有", "State-owned")
    COLLECTIVE = ("collective", "集体", "Collective")
    PRIVATE = ("private", "私营", "Private")
    JOINT_VENTURE = ("joint_venture", "合资", "Joint venture")
    FOREIGN = ("foreign", "外资", "Foreign-owned")
    GOVERNMENT = ("government", "政府", "Government")
    INSTITUTION = ("institution", "事业单位", "Public institution")
    OTHER = ("other", "其他", "Other")


class CounterpartyKind(Coded):
    CUSTOMER = ("customer", "客户", "Customer")
    SUPPLIER = ("supplier", "供应商", "Supplier")
    COMPETITOR = ("competitor", "竞争对手", "Competitor")
    PARTNER = ("partner", "合作单位", "Partner")


class LinkKind(Coded):
    """How two counterparties relate (上家/下家/同行)."""

    UPSTREAM = ("upstream", "上游", "Upstream")
    DOWNSTREAM = ("downstream", "下游", "Downstream")
    PEER = ("peer", "同行", "Peer")
