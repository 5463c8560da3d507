"""Competitive evaluation (项目评估表), the product comparison table and
progress against the main rival (DOMAIN.md §3). Pure rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kamdesk.domain.codes import Coded, terms

#: How far the weights may miss 1 and still count as adding up to 1.
WEIGHT_TOLERANCE = Decimal("0.001")

#: Scores on a criterion run 0–10 (the seed scores each criterion per party).
SCORE_MIN, SCORE_MAX = 0.0, 10.0

#: Progress against the main rival (拜访计划与销售进度管理: -5 … +5).
PROGRESS_MIN, PROGRESS_MAX = -5, 5


@dataclass(frozen=True)
class DefaultCriterion:
    key: str
    zh: str
    en: str
    weight: Decimal

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


#: The seed's 项目评估表 (seed 001). Its performance row is garbled in the
#: text; 0.10 makes the weights add up to 1.
DEFAULT_CRITERIA: tuple[DefaultCriterion, ...] = (
    DefaultCriterion("relationship", "客户关系", "Relationship", Decimal("0.20")),
    DefaultCriterion("after_sales", "售后服务", "After-sales service", Decimal("0.15")),
    DefaultCriterion("industry_standard", "行业标准", "Industry standard", Decimal("0.10")),
    DefaultCriterion("brand", "品牌", "Brand", Decimal("0.10")),
    DefaultCriterion("performance", "产品性能", "Performance", Decimal("0.10")),
    DefaultCriterion("price", "价格", "Price", Decimal("0.15")),
    DefaultCriterion("supply", "供货能力", "Supply", Decimal("0.05")),
    DefaultCriterion("fast_solution", "快速解决方案", "Fast solution", Decimal("0.15")),
)


def _dec(value: float | Decimal | int) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def weights_total(weights: Iterable[float | Decimal]) -> Decimal:
    return sum((_dec(w) for w in weights), Decimal(0))


def weights_problem(weights: Sequence[float | Decimal]) -> str | None:
    """Why these weights cannot be used (English), or None when they can:
    each within 0–1 and together 1 within :data:`WEIGHT_TOLERANCE`."""
    if not weights:
        return "add at least one criterion"
    for w in weights:
        if not Decimal(0) <= _dec(w) <= Decimal(1):
            return f"weight {w} is outside 0–1"
    total = weights_total(weights)
    if abs(total - 1) > WEIGHT_TOLERANCE:
        return f"the weights add up to {total.normalize():f}, not 1"
    return None


def weighted_total(weights: Sequence[float | Decimal], scores: Sequence[float | None]) -> Decimal:
    """Σ weight × score; a missing score counts 0."""
    if len(weights) != len(scores):
        raise ValueError("one score per criterion")
    return sum(
        (_dec(w) * _dec(s) for w, s in zip(weights, scores, strict=True) if s is not None), Decimal(0)
    ).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PartyTotal:
    party: str  # "" for us, else the competitor's name
    total: Decimal
    rank: int  # 1 = best


def compare(
    weights: Sequence[float | Decimal], scores_by_party: Mapping[str, Sequence[float | None]]
) -> list[PartyTotal]:
    """Weighted totals side by side, in the order given, each with its rank."""
    totals = {party: weighted_total(weights, scores) for party, scores in scores_by_party.items()}
    ordered = sorted(set(totals.values()), reverse=True)
    return [PartyTotal(p, t, ordered.index(t) + 1) for p, t in totals.items()]


def score_problem(score: float) -> str | None:
    if not SCORE_MIN <= score <= SCORE_MAX:
        return f"score {score:g} is outside {SCORE_MIN:g}–{SCORE_MAX:g}"
    return None


def progress_problem(value: int) -> str | None:
    if not PROGRESS_MIN <= value <= PROGRESS_MAX:
        return f"progress {value} is outside {PROGRESS_MIN}…+{PROGRESS_MAX}"
    return None


class ProductAspect(Coded):
    """Rows of the product comparison table (产品对比表)."""

    NAME = ("name", "产品名称", "Product name")
    SPEC = ("spec", "规格", "Specification")
    LOOKS = ("looks", "美感", "Looks")
    FUNCTION = ("function", "功能", "Function")
    TECHNOLOGY = ("technology", "科技含量", "Technology")
    PRICE = ("price", "价格", "Price")
    SETTLEMENT = ("settlement", "结算方式", "Settlement terms")


terms(
    ProductAspect,
    synonyms={
        ProductAspect.NAME: ("名称",),
        ProductAspect.LOOKS: ("外观",),
        ProductAspect.TECHNOLOGY: ("技术",),
        ProductAspect.SETTLEMENT: ("结算条件", "结算"),
    },
)


class TasQuestion(Coded):
    """The TAS four questions, numbered 1–4 as stored in ``TasAnswer.question``."""

    OPPORTUNITY = ("1", "是否有机会？", "Is there an opportunity?")
    COMPETE = ("2", "是否可以参与竞争？", "Can we compete?")
    WIN = ("3", "是否能赢？", "Can we win?")
    WORTH = ("4", "是否值得赢？", "Is it worth winning?")

    @property
    def number(self) -> int:
        return int(self.code)


class TasAnswerKind(Coded):
    YES = ("yes", "是", "Yes")
    NO = ("no", "否", "No")
    UNSURE = ("unsure", "不确定", "Unsure")


def tas_verdict(answers: Mapping[int, str | None]) -> str:
    """ "go" when all four are yes, "stop" when any is no, else "open"."""
    values = [answers.get(q.number) for q in TasQuestion]
    if any(v == TasAnswerKind.NO.code for v in values):
        return "stop"
    if all(v == TasAnswerKind.YES.code for v in values):
        return "go"
    return "open"
