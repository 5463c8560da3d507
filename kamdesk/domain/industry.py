"""Industry attractiveness (seed 001, IMSC咨询项目分析：进入信息化咨询行业选择客户的标准):
each industry scored on eight criteria, two of them counting against it
(竞争程度 and 实施难易程度 enter the seed's table as −3, −5 …); the total
ranks the industries, and those at or above the average total are the focus
industries ("≥平均分29.1分"). The seed's weights are +1 and −1; a score is
0–9 as in its table. Pure rules: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any


@dataclass(frozen=True)
class Criterion:
    key: str
    zh: str
    en: str
    weight: int  # +1, or −1 for a criterion that counts against

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


#: The seed's criteria in its table's order, with its words.
CRITERIA: tuple[Criterion, ...] = (
    Criterion("market_size", "市场容量", "Market size", 1),
    Criterion("growth", "增长速度", "Growth", 1),
    Criterion("awareness", "客户认知度", "Customer awareness", 1),
    Criterion("competition", "竞争程度", "Competition", -1),
    Criterion("difficulty", "实施难易程度", "Difficulty of delivery", -1),
    Criterion("funding", "资金与信用", "Funding and credit", 1),
    Criterion("relationship", "客户关系", "Customer relationship", 1),
    Criterion("policy", "政策支持", "Policy support", 1),
)
CRITERION_KEYS = tuple(c.key for c in CRITERIA)
MAX_SCORE = 9


def parse_score(value: Any) -> int | None:
    """A score 0–9 from text or a number (a negative criterion may be written
    −3 as in the seed: its size counts); None for blank; ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip().replace("−", "-"))
    except ValueError:
        raise ValueError(f"{value!r} is not a whole number 0–{MAX_SCORE}") from None
    number = abs(number)
    if number > MAX_SCORE:
        raise ValueError(f"{value!r} is outside 0–{MAX_SCORE}")
    return number


def total(scores: Mapping[str, int | None]) -> int:
    """Σ weight × score over the criteria (a missing score counts 0)."""
    return sum(c.weight * (scores.get(c.key) or 0) for c in CRITERIA)


@dataclass(frozen=True)
class IndustryRank:
    industry: str
    total: int
    rank: int  # 1 = most attractive; ties share a rank
    focus: bool
    above_average: bool
    overridden: bool  # the focus mark is the manager's call, not the average's


def rank(
    scores: Mapping[str, Mapping[str, int | None]], overrides: Mapping[str, bool | None] | None = None
) -> tuple[list[IndustryRank], Decimal | None]:
    """The industries by total (highest first, then by name) and the average
    total (to 0.1); focus: at or above the average unless overridden."""
    overrides = overrides or {}
    totals = {name: total(s) for name, s in scores.items()}
    if not totals:
        return [], None
    average = (Decimal(sum(totals.values())) / len(totals)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    order = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for name, value in order:
        place = 1 + sum(1 for v in totals.values() if v > value)
        above = Decimal(value) >= average
        override = overrides.get(name)
        out.append(
            IndustryRank(
                name, value, place, above if override is None else override, above, override is not None
            )
        )
    return out, average
