"""Visit and contact-log codes (DOMAIN.md §4)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from kamdesk.domain.codes import Coded, terms


class ObjectiveKind(Coded):
    """拜访目标 (seed 002): what a visit is for."""

    SELL = ("sell", "销售产品", "Sell")
    MAINTAIN = ("maintain", "市场维护", "Maintain the market")
    RELATIONSHIP = ("relationship", "建设客情", "Build the relationship")
    INFORMATION = ("information", "信息收集", "Gather information")
    ADVISE = ("advise", "客户咨询", "Advise the customer")


terms(
    ObjectiveKind,
    notes={
        ObjectiveKind.SELL: ("这是拜访客户的主要任务", "the main task of a visit"),
        ObjectiveKind.MAINTAIN: (
            "主要是客户经理做好产品售后的维护及咨询解答问题",
            "after-sales care and answering questions",
        ),
        ObjectiveKind.RELATIONSHIP: (
            "客户经理要在客户心中建立自己个人的品牌形象",
            "build our own personal brand in the customer's mind",
        ),
        ObjectiveKind.INFORMATION: (
            "客户经理要随时了解市场情况，了解客户信息及状况",
            "keep up with the market and the customer's situation",
        ),
        ObjectiveKind.ADVISE: (
            "针对客户出现的信息化问题，提出合理的建议及方案",
            "advise on the customer's problems with sound proposals",
        ),
    },
    synonyms={
        ObjectiveKind.SELL: ("销售",),
        ObjectiveKind.MAINTAIN: ("维护市场", "维护"),
        ObjectiveKind.RELATIONSHIP: ("建立客情", "客情"),
        ObjectiveKind.INFORMATION: ("收集信息",),
        ObjectiveKind.ADVISE: ("指导客户", "咨询"),
    },
)


def kinds_to_text(kinds: Iterable[ObjectiveKind]) -> str | None:
    """Several objective kinds as stored: codes joined by commas, each once, in order."""
    seen: list[str] = []
    for k in kinds:
        if k.code not in seen:
            seen.append(k.code)
    return ",".join(seen) or None


def kinds_from_text(text: str | None) -> tuple[ObjectiveKind, ...]:
    """The stored kinds back (unknown codes are skipped: a newer laptop's)."""
    out: list[ObjectiveKind] = []
    for part in (text or "").split(","):
        try:
            kind = ObjectiveKind.parse(part)
        except ValueError:
            continue
        if kind is not None and kind not in out:
            out.append(kind)
    return tuple(out)


def parse_kinds(text: str) -> tuple[ObjectiveKind, ...]:
    """Kinds typed or imported ("销售产品、建设客情", "sell,relationship"):
    the seed's term, short form, code or a synonym each; an unknown one
    raises ValueError naming it and the accepted terms."""
    out: list[ObjectiveKind] = []
    for part in re.split(r"[,，、;；/|]+", text or ""):
        kind = ObjectiveKind.parse(part)  # ValueError names it and the accepted terms
        if kind is not None and kind not in out:
            out.append(kind)
    return tuple(out)


def time_text(at: time | None) -> str | None:
    """A commitment's due time as stored ("14:30")."""
    return at.strftime("%H:%M") if at is not None else None


def time_from_text(text: str | None) -> time | None:
    if not text:
        return None
    try:
        hours, minutes = text.split(":")[:2]
        return time(int(hours), int(minutes))
    except ValueError:
        return None


class VisitStatus(Coded):
    PLANNED = ("planned", "计划中", "Planned")
    DONE = ("done", "已完成", "Done")
    CANCELLED = ("cancelled", "已取消", "Cancelled")


class VisitKind(Coded):
    """Seed 002 counts 每月新拜访客户及再拜访客户的数量."""

    NEW = ("new", "新拜访", "New visit")
    REVISIT = ("revisit", "再拜访", "Revisit")


terms(
    VisitKind, synonyms={VisitKind.NEW: ("新访", "首次拜访", "初次拜访"), VisitKind.REVISIT: ("回访", "再访")}
)


class ContactWay(Coded):
    PHONE = ("phone", "电话", "Phone")
    VISIT = ("visit", "拜访", "Visit")
    OTHER = ("other", "其他", "Other")


terms(ContactWay, synonyms={ContactWay.VISIT: ("上门", "面谈", "走访"), ContactWay.PHONE: ("来电", "去电")})


class ContactCategory(Coded):
    """What a contact-log entry was about, for the contact value indicators."""

    ROUTINE = ("routine", "日常", "Routine")
    TASK = ("task", "任务", "Task")
    PRAISE = ("praise", "表扬", "Praise")
    COMPLAINT = ("complaint", "投诉", "Complaint")
    SUGGESTION = ("suggestion", "建议", "Suggestion")


class Side(Coded):
    US = ("us", "我方", "Us")
    THEM = ("them", "客户方", "Customer")


class Gender(Coded):
    MALE = ("m", "男", "Male")
    FEMALE = ("f", "女", "Female")
