"""Opportunity value types: the frozen dataclasses the opportunity use cases
return (re-exported by ``kamdesk.services.opportunities``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from kamdesk.domain.evaluation import (
    ProductAspect,
    TasAnswerKind,
    TasQuestion,
)
from kamdesk.domain.matrix import Lead, Territory, ValueType
from kamdesk.domain.stages import OpportunityStatus, Stage

# --- value types -------------------------------------------------------------


@dataclass(frozen=True)
class OpportunityDetail:
    uuid: str
    account_uuid: str
    account_name: str
    owner_uuid: str | None
    owner_name: str | None
    number: str | None
    name: str
    stage: Stage
    status: OpportunityStatus
    close_reason: str | None
    amount: Decimal | None
    started_on: date | None
    expected_close: date | None
    closed_on: date | None
    win_pct_override: int | None
    win_pct: int
    weighted: Decimal
    objective: str | None
    breakthroughs: str | None
    next_steps: str | None
    manager_assessment: str | None
    short_term_revenue: int | None
    long_term_impact: int | None
    value_type: ValueType | None
    territory: Territory | None
    lead: Lead | None
    nine_grid_cell: str | None
    progress_vs_rival: int | None
    notes: str | None


@dataclass(frozen=True)
class MoveOutcome:
    moved: bool
    from_stage: Stage
    to_stage: Stage
    unmet: tuple[str, ...]  # "G: 对方至少是经手人士" style, in stage order


@dataclass(frozen=True)
class StageChangeRow:
    uuid: str
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    unmet_criteria: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class ChecklistRow:
    uuid: str
    stage: Stage
    text: str
    position: int
    done: bool
    done_on: date | None


@dataclass(frozen=True)
class TasRow:
    question: TasQuestion
    answer: TasAnswerKind | None
    evidence: str | None


@dataclass(frozen=True)
class CompetitorRow:
    uuid: str
    name: str
    account_uuid: str | None
    is_main: bool
    strengths: str | None
    weaknesses: str | None


@dataclass(frozen=True)
class CriterionRow:
    uuid: str
    name: str
    weight: float


@dataclass(frozen=True)
class EvaluationTable:
    """Criteria with weights; one score column per party ("" = us, else a
    competitor's uuid), in the order of ``parties``; totals side by side."""

    criteria: tuple[CriterionRow, ...]
    parties: tuple[tuple[str, str], ...]  # (key, display name); key "" is us
    scores: Mapping[str, tuple[float | None, ...]]
    totals: Mapping[str, Decimal]


@dataclass(frozen=True)
class ComparisonRow:
    aspect: ProductAspect
    party: str  # "" us, else competitor uuid
    description: str | None
    score: float | None


@dataclass(frozen=True)
class ProgressRow:
    uuid: str
    on: date
    value: int
    competitor_name: str | None
    note: str | None
