"""The visit plan (拜访计划, DOMAIN.md §4): its parts and the rules a plan must
meet before it is saved.

A plan has three elements — time, objective, resources — and is thought
through with 6W2H, prepared with FAB points, SPIN questions and expected
objections, and ends with the commitment to ask for. Pure: no Qt, no SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kamdesk.domain.codes import Coded, terms

#: A plan without an end gets this long a meeting.
DEFAULT_DURATION = timedelta(hours=1)
#: Longest visit accepted (a day on site is fine; a week is a typo).
MAX_DURATION = timedelta(hours=24)


@dataclass(frozen=True)
class Prompt:
    """One question of 6W2H. ``field`` names the plan field that answers it
    (``when``/``where``/``who`` are answered by the time, place and attendees)."""

    key: str
    field: str
    zh: str
    en: str
    hint_zh: str
    hint_en: str

    def label(self, lang: str = "zh") -> str:
        """The seed names the eight by their English word; in Chinese the
        word comes with the seed's own question ("What：您要达成什么目标？")."""
        if lang.startswith("zh"):
            return f"{self.zh}：{self.hint_zh}"
        return self.en

    def hint(self, lang: str = "zh") -> str:
        return self.hint_zh if lang.startswith("zh") else self.hint_en


#: The seed's 6W2H model, in its order.
SIX_W_TWO_H: tuple[Prompt, ...] = (
    Prompt("what", "w_what", "What", "What", "您要达成什么目标？", "What do you want to achieve?"),
    Prompt("when", "starts_at", "When", "When", "您要什么时候完成目标？", "When will it be done?"),
    Prompt("where", "place", "Where", "Where", "达成目标要利用的各个场所地点。", "Where will it happen?"),
    Prompt("who", "attendees", "Who", "Who", "促成目标实现的关键人物。", "Who are the key people?"),
    Prompt("why", "w_why", "Why", "Why", "更明确为什么要这样做。", "Why are we doing this?"),
    Prompt(
        "which",
        "w_which",
        "Which",
        "Which",
        "思考上保持弹性，有不同的选择方案。",
        "Which alternatives do we keep open?",
    ),
    Prompt("how", "w_how", "How", "How", "选择、选用什么方法进行，如何去做。", "How will we do it?"),
    Prompt(
        "how_much",
        "w_how_much",
        "How much",
        "How much",
        "要花多少预算、费用、时间等。",
        "How much budget, cost and time?",
    ),
)

#: The 6W2H prompts answered by free text on the plan (the others have fields).
TEXT_PROMPTS: tuple[Prompt, ...] = tuple(p for p in SIX_W_TWO_H if p.field.startswith("w_"))


class ResourceKind(Coded):
    """The seed's resources for a visit (您的资源)."""

    PRODUCT_KNOWLEDGE = ("product_knowledge", "产品知识", "Product knowledge")
    PRICE_AUTHORITY = ("price_authority", "价格的权限范围", "Price authority")
    RELATIONSHIPS = ("relationships", "现有客户的关系", "Existing customer relationships")
    PROSPECT_DATA = ("prospect_data", "潜在客户资料量和细致程度", "Prospect data, amount and detail")
    VISIT_AIDS = ("visit_aids", "拜访辅助器材", "Visit aids")
    # 短期准备 of the same seed: the customer's and the product's material
    MATERIALS = ("materials", "产品资料准备", "Product material ready")


terms(
    ResourceKind,
    short={ResourceKind.PROSPECT_DATA: "潜在客户资料"},
    synonyms={
        ResourceKind.PROSPECT_DATA: ("潜在客户资料",),
        ResourceKind.MATERIALS: ("资料（公司介绍、成功案例、方案）", "资料", "产品资料"),
    },
)


@dataclass(frozen=True)
class ResourceCheck:
    """One line of the resources checklist: what, and whether it is ready."""

    item: str
    ready: bool = False


def default_resources(lang: str = "zh") -> list[ResourceCheck]:
    """The checklist a new plan starts with, from the seed, none ready yet."""
    return [ResourceCheck(kind.label(lang)) for kind in ResourceKind]


class SpinCategory(Coded):
    """SPIN questions: situation, problem, implication, need-payoff."""

    SITUATION = ("situation", "现状", "Situation")
    PROBLEM = ("problem", "问题", "Problem")
    IMPLICATION = ("implication", "痛苦", "Implication")
    NEED_PAYOFF = ("need_payoff", "快乐", "Need-payoff")


# The notes are the seed's standard question for each (SPIN标准话术, seed 001).
terms(
    SpinCategory,
    notes={
        SpinCategory.SITUATION: ("你使用的情况，感觉怎么样？", "How is it going with what you use?"),
        SpinCategory.PROBLEM: ("你感觉什么方面改善一下就更好呢？", "What would be better if improved?"),
        SpinCategory.IMPLICATION: (
            "因为这个问题，对你又会造成什么影响呢？",
            "What does this problem do to you?",
        ),
        SpinCategory.NEED_PAYOFF: (
            "假设解决这个问题，对你有什么好处呢？",
            "If it were solved, what would you gain?",
        ),
    },
    synonyms={
        SpinCategory.SITUATION: ("背景问题", "S", "S-现状"),
        SpinCategory.PROBLEM: ("难点问题", "P", "P-问题"),
        SpinCategory.IMPLICATION: ("暗示问题", "I", "I-痛苦"),
        SpinCategory.NEED_PAYOFF: ("需求-效益问题", "N", "N-快乐"),
    },
)


@dataclass(frozen=True)
class FabPoint:
    """Feature → advantage → benefit to this customer."""

    feature: str
    advantage: str = ""
    benefit: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.feature.strip() or self.advantage.strip() or self.benefit.strip())


@dataclass(frozen=True)
class Objection:
    objection: str
    answer: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.objection.strip() or self.answer.strip())


class ObjectiveMet(Coded):
    YES = ("yes", "达成", "Met")
    PARTLY = ("partly", "部分达成", "Partly met")
    NO = ("no", "未达成", "Not met")


# --- JSON documents stored in the visit's text columns ------------------------


def resources_to_json(items: Iterable[ResourceCheck]) -> str | None:
    rows = [{"item": r.item.strip(), "ready": bool(r.ready)} for r in items if r.item.strip()]
    return json.dumps(rows, ensure_ascii=False) if rows else None


def resources_from_json(text: str | None) -> list[ResourceCheck]:
    return [ResourceCheck(str(r.get("item", "")), bool(r.get("ready"))) for r in _load_list(text)]


def fab_to_json(points: Iterable[FabPoint]) -> str | None:
    rows = [
        {"feature": p.feature.strip(), "advantage": p.advantage.strip(), "benefit": p.benefit.strip()}
        for p in points
        if not p.is_blank
    ]
    return json.dumps(rows, ensure_ascii=False) if rows else None


def fab_from_json(text: str | None) -> list[FabPoint]:
    return [
        FabPoint(str(r.get("feature", "")), str(r.get("advantage", "")), str(r.get("benefit", "")))
        for r in _load_list(text)
    ]


def objections_to_json(items: Iterable[Objection]) -> str | None:
    rows = [{"objection": o.objection.strip(), "answer": o.answer.strip()} for o in items if not o.is_blank]
    return json.dumps(rows, ensure_ascii=False) if rows else None


def objections_from_json(text: str | None) -> list[Objection]:
    return [Objection(str(r.get("objection", "")), str(r.get("answer", ""))) for r in _load_list(text)]


def spin_to_json(questions: Mapping[SpinCategory, Sequence[str]] | Mapping[str, Sequence[str]]) -> str | None:
    doc: dict[str, list[str]] = {}
    for key, items in questions.items():
        category = SpinCategory(str(key))
        cleaned = [q.strip() for q in items if q.strip()]
        if cleaned:
            doc[category.code] = cleaned
    return json.dumps(doc, ensure_ascii=False) if doc else None


def spin_from_json(text: str | None) -> dict[SpinCategory, list[str]]:
    out: dict[SpinCategory, list[str]] = {c: [] for c in SpinCategory}
    if not text:
        return out
    try:
        doc = json.loads(text)
    except ValueError:
        return out
    if isinstance(doc, dict):
        for key, items in doc.items():
            try:
                category = SpinCategory(key)
            except ValueError:
                continue
            if isinstance(items, list):
                out[category] = [str(q) for q in items]
    return out


def _load_list(text: str | None) -> list[dict[str, object]]:
    if not text:
        return []
    try:
        doc = json.loads(text)
    except ValueError:
        return []
    return [r for r in doc if isinstance(r, dict)] if isinstance(doc, list) else []


# --- validation -----------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeCheck:
    """An attendee as validation sees it: a label for messages and, for a
    customer contact, the account the contact belongs to."""

    label: str
    contact_account_id: int | None = None


@dataclass(frozen=True)
class PlanCheck:
    """What is wrong with a plan (``errors``: refused) and what deserves a
    second look (``warnings``: saved anyway). Keys are field names."""

    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_plan(
    *,
    account_id: int | None,
    starts_at: datetime | None,
    ends_at: datetime | None,
    attendees: Sequence[AttendeeCheck] = (),
    now: datetime,
    is_new: bool,
    lang: str = "en",
) -> PlanCheck:
    """Check a plan's account, time and attendees.

    * no account, no start, naive times, an end not after the start, or a
      visit longer than a day are refused;
    * a customer attendee who is a contact of another account is refused;
    * a start in the past is only a warning, and only for a new plan (an
      existing plan may be edited after the fact, e.g. to fix its place).
    """
    zh = lang.startswith("zh")
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    if account_id is None:
        errors["account"] = "请选择客户" if zh else "choose the account to visit"
    if starts_at is None:
        errors["starts_at"] = "请填写开始时间" if zh else "the start time is required"
    elif starts_at.tzinfo is None:
        errors["starts_at"] = "开始时间缺少时区" if zh else "the start time has no time zone"
    if ends_at is not None and ends_at.tzinfo is None:
        errors["ends_at"] = "结束时间缺少时区" if zh else "the end time has no time zone"
    if not errors.get("starts_at") and not errors.get("ends_at") and starts_at and ends_at:
        if ends_at <= starts_at:
            errors["ends_at"] = "结束时间必须晚于开始时间" if zh else "the visit must end after it starts"
        elif ends_at - starts_at > MAX_DURATION:
            errors["ends_at"] = "一次拜访不能超过24小时" if zh else "a visit cannot last more than 24 hours"
    if (
        is_new
        and starts_at is not None
        and starts_at.tzinfo is not None
        and starts_at < now
        and "starts_at" not in errors
    ):
        warnings["starts_at"] = (
            "开始时间已经过去；如是补记，请保存后记录结果"
            if zh
            else "this start time is in the past; if you are catching up, save and log the outcome"
        )
    if account_id is not None:
        foreign = [a.label for a in attendees if a.contact_account_id not in (None, account_id)]
        if foreign:
            names = "、".join(foreign) if zh else ", ".join(foreign)
            errors["attendees"] = (
                f"{names} 不是该客户的联系人" if zh else f"{names}: not a contact of this account"
            )
    return PlanCheck(errors, warnings)


def end_or_default(starts_at: datetime, ends_at: datetime | None) -> datetime:
    """The end of a visit; a plan without one lasts ``DEFAULT_DURATION``."""
    return ends_at if ends_at is not None else starts_at + DEFAULT_DURATION


def shift_keeping_duration(
    starts_at: datetime, ends_at: datetime | None, new_start: datetime
) -> tuple[datetime, datetime | None]:
    """Move a visit to ``new_start`` keeping its length (rescheduling)."""
    if ends_at is None:
        return new_start, None
    return new_start, new_start + (ends_at - starts_at)
