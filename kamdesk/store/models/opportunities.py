"""Opportunities (项目/商机): stage and its history, exit-criteria checklist,
TAS answers, competitors and their evaluation, progress against the rival."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.matrix import Lead, Territory
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.store.models.base import Record
from kamdesk.store.types import CodeType, Money, UTCDateTime


class Opportunity(Record):
    __tablename__ = "opportunity"
    __table_args__ = (
        Index("ix_opportunity_owner_stage", "owner_id", "stage"),
        Index("ix_opportunity_close", "expected_close"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    number: Mapped[str | None] = mapped_column(String(40))  # project no.
    name: Mapped[str] = mapped_column(String(200))
    stage: Mapped[Stage] = mapped_column(CodeType(Stage), default=Stage.G)
    status: Mapped[OpportunityStatus] = mapped_column(
        CodeType(OpportunityStatus), default=OpportunityStatus.OPEN
    )
    close_reason: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    started_on: Mapped[date | None] = mapped_column(Date)
    expected_close: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    win_pct_override: Mapped[int | None] = mapped_column(Integer)  # None: the stage's own win %

    objective: Mapped[str | None] = mapped_column(Text)  # project objective on the visit sheet
    breakthroughs: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    manager_assessment: Mapped[str | None] = mapped_column(Text)

    # customer value matrix, 1–10 each
    short_term_revenue: Mapped[int | None] = mapped_column(Integer)
    long_term_impact: Mapped[int | None] = mapped_column(Integer)
    # nine-grid opening position
    territory: Mapped[Territory | None] = mapped_column(CodeType(Territory))
    lead: Mapped[Lead | None] = mapped_column(CodeType(Lead))
    # where we stand against the main rival, -5..+5 (history in ProgressPoint)
    progress_vs_rival: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class OpportunityCompetitor(Record):
    __tablename__ = "opportunity_competitor"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    strengths: Mapped[str | None] = mapped_column(Text)
    weaknesses: Mapped[str | None] = mapped_column(Text)


class StageChange(Record):
    __tablename__ = "stage_change"
    # reports ask for an opportunity's moves since a date
    __table_args__ = (Index("ix_stage_change_opportunity_at", "opportunity_id", "at"),)

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"))
    from_stage: Mapped[Stage | None] = mapped_column(CodeType(Stage))
    to_stage: Mapped[Stage] = mapped_column(CodeType(Stage))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    unmet_criteria: Mapped[str | None] = mapped_column(Text)  # JSON list, recorded when moved anyway
    note: Mapped[str | None] = mapped_column(Text)


class ChecklistItem(Record):
    """An exit criterion of a stage on one opportunity."""

    __tablename__ = "checklist_item"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    stage: Mapped[Stage] = mapped_column(CodeType(Stage))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)


class TasAnswer(Record):
    """One of the TAS four questions (1: is there an opportunity … 4: worth winning)."""

    __tablename__ = "tas_answer"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    question: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str | None] = mapped_column(String(16))  # yes | no | unsure
    evidence: Mapped[str | None] = mapped_column(Text)


class EvaluationCriterion(Record):
    __tablename__ = "evaluation_criterion"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    weight: Mapped[float] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationScore(Record):
    """A score on one criterion, for us (competitor_id NULL) or a rival."""

    __tablename__ = "evaluation_score"

    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_criterion.id", ondelete="CASCADE"), index=True
    )
    competitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_competitor.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float] = mapped_column(Float)


class ProductComparison(Record):
    """Product comparison table row: one aspect (spec, price…) for us or a rival."""

    __tablename__ = "product_comparison"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    competitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_competitor.id", ondelete="CASCADE")
    )
    aspect: Mapped[str] = mapped_column(String(40))  # name|spec|looks|function|technology|price|settlement
    description: Mapped[str | None] = mapped_column(Text)
    score: Mapped[float | None] = mapped_column(Float)


class ProgressPoint(Record):
    """Where we stood against the main rival (-5…+5) on a date."""

    __tablename__ = "progress_point"

    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunity.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    value: Mapped[int] = mapped_column(Integer)
    competitor_name: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
