"""Plans and summaries per period, targets, report submissions with the
manager's annotations, and announcements from the manager."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.periods import PeriodKind, ReportKind, TargetMetric
from kamdesk.store.models.base import Record
from kamdesk.store.types import CodeType, Money, UTCDateTime


class PlanPeriod(Record):
    """A rep's plan and summary for one period: a day's work log, a week, a
    month, a quarter, a half or a year. ``key`` is e.g. 2026-11-25, 2026-W48,
    2026-11, 2026-Q4, 2026-H2, 2026."""

    __tablename__ = "plan_period"
    __table_args__ = (Index("ix_plan_period_rep_kind_key", "rep_id", "kind", "key", unique=True),)

    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"))
    kind: Mapped[PeriodKind] = mapped_column(CodeType(PeriodKind))
    key: Mapped[str] = mapped_column(String(12))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    plan_text: Mapped[str | None] = mapped_column(Text)
    summary_text: Mapped[str | None] = mapped_column(Text)
    key_problems: Mapped[str | None] = mapped_column(Text)
    hard_problems: Mapped[str | None] = mapped_column(Text)
    collections: Mapped[Decimal | None] = mapped_column(Money)


class PlanItem(Record):
    __tablename__ = "plan_item"

    period_id: Mapped[int] = mapped_column(ForeignKey("plan_period.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"))


class Target(Record):
    """Minimum / normal / stretch for one metric in one period, optionally for
    one slice (region, product line, agent)."""

    __tablename__ = "target"
    __table_args__ = (Index("ix_target_rep_period", "rep_id", "period_kind", "period_key"),)

    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"))
    period_kind: Mapped[PeriodKind] = mapped_column(CodeType(PeriodKind))
    period_key: Mapped[str] = mapped_column(String(12))
    metric: Mapped[TargetMetric] = mapped_column(CodeType(TargetMetric))
    dimension: Mapped[str | None] = mapped_column(String(24))  # region | product_line | agent
    dimension_value: Mapped[str | None] = mapped_column(String(80))
    minimum: Mapped[Decimal | None] = mapped_column(Money)
    normal: Mapped[Decimal | None] = mapped_column(Money)
    stretch: Mapped[Decimal | None] = mapped_column(Money)
    reward: Mapped[str | None] = mapped_column(Text)
    penalty: Mapped[str | None] = mapped_column(Text)


class ReportSubmission(Record):
    """A report handed to the manager (or, on the manager's side, received)."""

    __tablename__ = "report_submission"
    __table_args__ = (Index("ix_report_submission_rep_kind_period", "rep_id", "kind", "period_key"),)

    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    kind: Mapped[ReportKind] = mapped_column(CodeType(ReportKind))
    period_key: Mapped[str] = mapped_column(String(12))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    file_name: Mapped[str | None] = mapped_column(String(300))
    checksum: Mapped[str | None] = mapped_column(String(80))
    received: Mapped[bool] = mapped_column(Boolean, default=False)  # True on the manager's database


class Annotation(Record):
    """A manager's note on a rep's report."""

    __tablename__ = "annotation"

    submission_id: Mapped[int] = mapped_column(
        ForeignKey("report_submission.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    section: Mapped[str | None] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    read_on: Mapped[date | None] = mapped_column(Date)


class Announcement(Record):
    """A notice from the manager to the team."""

    __tablename__ = "announcement"

    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    #: on the rep's laptop: when the rep read it (shown at start until then)
    read_on: Mapped[date | None] = mapped_column(Date)
