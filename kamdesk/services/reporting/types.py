"""The plain objects of the report data (see :mod:`kamdesk.services.reporting`):
the rows, the daily report and the weekly and monthly summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from kamdesk.domain.activity import ActivityCheck
from kamdesk.domain.funnels import StatusStep
from kamdesk.domain.matrix import Lead, Territory
from kamdesk.domain.periods import PeriodKind, TargetLevel, TargetMetric
from kamdesk.domain.reporting import FunnelRow, rate
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactWay, Side, VisitKind, VisitStatus

ZERO = Decimal("0.00")


# --- plain objects ------------------------------------------------------------


@dataclass(frozen=True)
class RepRef:
    id: int
    uuid: str
    name: str
    code: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class PeriodRef:
    kind: PeriodKind
    key: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class PeriodText:
    """The rep's own words for a period (PlanPeriod)."""

    plan_text: str = ""
    summary_text: str = ""
    key_problems: str = ""
    hard_problems: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.plan_text or self.summary_text or self.key_problems or self.hard_problems)


@dataclass(frozen=True)
class PlanItemRow:
    uuid: str
    position: int
    text: str
    result: str
    done: bool
    account: str | None = None


@dataclass(frozen=True)
class VisitRow:
    uuid: str
    on: date
    at: str  # local HH:MM
    account: str
    kind: VisitKind
    status: VisitStatus
    objective: str
    outcome: str
    objective_met: str | None
    opportunity: str | None = None


@dataclass(frozen=True)
class ContactLogRow:
    at: datetime  # local
    account: str
    way: ContactWay
    their_person: str
    content: str
    next_step: str


@dataclass(frozen=True)
class CommitmentRow:
    account: str
    side: Side
    text: str
    owner: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class StageMoveRow:
    opportunity: str
    account: str
    from_stage: Stage | None
    to_stage: Stage
    at: datetime  # local


@dataclass(frozen=True)
class ClosedOpportunityRow:
    opportunity: str
    account: str
    status: OpportunityStatus
    amount: Decimal
    closed_on: date | None
    reason: str


@dataclass(frozen=True)
class PaymentRow:
    account: str
    paid_on: date
    amount: Decimal


@dataclass(frozen=True)
class AnnotationRow:
    uuid: str
    author: str
    at: datetime
    section: str | None
    text: str


@dataclass(frozen=True)
class StageRow:
    stage: Stage
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class TargetRow:
    metric: TargetMetric
    minimum: Decimal | None
    normal: Decimal | None
    stretch: Decimal | None
    actual: Decimal
    level: TargetLevel | None


@dataclass(frozen=True)
class TopAccountRow:
    account: str
    revenue: Decimal
    purchases: int


@dataclass(frozen=True)
class NineGridCellRow:
    cell: str
    territory: Territory
    lead: Lead
    count: int
    amount: Decimal


@dataclass(frozen=True)
class PlannedTarget:
    """A target of the next period, printed in the current report's plan."""

    period_kind: PeriodKind
    period_key: str
    metric: TargetMetric
    minimum: Decimal | None
    normal: Decimal | None
    stretch: Decimal | None


@dataclass(frozen=True)
class WeekVisits:
    key: str
    planned: int
    done: int


@dataclass(frozen=True)
class LongerPlan:
    kind: PeriodKind
    key: str
    plan_text: str


@dataclass(frozen=True)
class DailyReport:
    rep: RepRef
    period: PeriodRef
    text: PeriodText
    items: tuple[PlanItemRow, ...]
    visits_done: tuple[VisitRow, ...]
    contact_log: tuple[ContactLogRow, ...]
    commitments_made: tuple[CommitmentRow, ...]
    commitments_due: tuple[CommitmentRow, ...]
    planned_tomorrow: tuple[VisitRow, ...]
    tomorrow: date
    annotations: tuple[AnnotationRow, ...] = ()
    #: effective calls against the target's decomposition (None: no revenue target covers the day)
    activity: ActivityCheck | None = None

    @property
    def has_data(self) -> bool:
        return bool(
            self.visits_done
            or self.contact_log
            or self.commitments_made
            or self.commitments_due
            or self.planned_tomorrow
            or self.items
            or not self.text.is_empty
        )


@dataclass(frozen=True)
class PeriodSummary:
    """What the weekly and the monthly report share."""

    rep: RepRef
    period: PeriodRef
    text: PeriodText
    items: tuple[PlanItemRow, ...]
    visits: tuple[VisitRow, ...]  # every visit scheduled in the period
    visits_planned: int  # scheduled in the period, whatever became of them
    visits_done: int
    visits_cancelled: int
    new_visits: int  # done
    revisits: int  # done
    working_days: int
    calls: int  # phone entries in the contact log
    stage_moves: tuple[StageMoveRow, ...]
    won: tuple[ClosedOpportunityRow, ...]
    lost: tuple[ClosedOpportunityRow, ...]
    commitments_made: tuple[CommitmentRow, ...]
    commitments_due: tuple[CommitmentRow, ...]
    pipeline_start: Decimal
    pipeline_end: Decimal
    weighted_start: Decimal
    weighted_end: Decimal
    payments: tuple[PaymentRow, ...]
    collections: Decimal
    overdue_collections: Decimal  # due by the period's end and unpaid
    next_planned: tuple[VisitRow, ...]  # visits planned for the next period
    next_period: PeriodRef
    annotations: tuple[AnnotationRow, ...] = ()
    #: the next period's own plan (下周工作计划 / 下月工作计划) and its targets
    next_text: PeriodText = field(default_factory=PeriodText)
    next_items: tuple[PlanItemRow, ...] = ()
    next_targets: tuple[PlannedTarget, ...] = ()
    #: planned collections: the period's own figure, else its collections target (None: no plan)
    collections_plan: Decimal | None = None

    def _scheduled(self, kind: VisitKind) -> int:
        return sum(1 for v in self.visits if v.kind is kind and v.status is not VisitStatus.CANCELLED)

    @property
    def new_visits_planned(self) -> int:
        """New visits scheduled in the period and not cancelled."""
        return self._scheduled(VisitKind.NEW)

    @property
    def revisits_planned(self) -> int:
        return self._scheduled(VisitKind.REVISIT)

    @property
    def new_visits_rate(self) -> Decimal | None:
        return rate(self.new_visits, self.new_visits_planned)

    @property
    def revisits_rate(self) -> Decimal | None:
        return rate(self.revisits, self.revisits_planned)

    @property
    def next_new_visits(self) -> int:
        return sum(1 for v in self.next_planned if v.kind is VisitKind.NEW)

    @property
    def next_revisits(self) -> int:
        return sum(1 for v in self.next_planned if v.kind is VisitKind.REVISIT)

    @property
    def collections_rate(self) -> Decimal | None:
        return None if self.collections_plan is None else rate(self.collections, self.collections_plan)

    @property
    def next_working_days(self) -> int:
        from kamdesk.domain.periods import working_days

        return working_days(self.next_period.starts_on, self.next_period.ends_on)

    @property
    def next_per_day(self) -> Decimal | None:
        """Visits already booked for the next period per working day."""
        days = self.next_working_days
        return (Decimal(len(self.next_planned)) / days).quantize(Decimal("0.1")) if days else None

    @property
    def done_rate(self) -> Decimal | None:
        return rate(self.visits_done, self.visits_planned)

    @property
    def visits_per_day(self) -> Decimal | None:
        if not self.working_days:
            return None
        return (Decimal(self.visits_done) / self.working_days).quantize(Decimal("0.1"))

    @property
    def weighted_change(self) -> Decimal:
        return self.weighted_end - self.weighted_start

    @property
    def won_amount(self) -> Decimal:
        return sum((w.amount for w in self.won), ZERO)

    @property
    def moves_between_stages(self) -> int:
        """Stage changes from one stage to another in the period; an
        opportunity entering its first stage (created, ``from_stage`` None)
        is listed in ``stage_moves`` but is not a move."""
        return sum(1 for m in self.stage_moves if m.from_stage is not None)

    @property
    def has_data(self) -> bool:
        return bool(
            self.visits
            or self.stage_moves
            or self.won
            or self.lost
            or self.commitments_made
            or self.commitments_due
            or self.payments
            or self.calls
            or self.items
            or not self.text.is_empty
        )


@dataclass(frozen=True)
class WeeklyReport(PeriodSummary):
    pass


@dataclass(frozen=True)
class MonthlyReport(PeriodSummary):
    visits_per_week: tuple[WeekVisits, ...] = ()
    pipeline_by_stage: tuple[StageRow, ...] = ()
    funnel: tuple[FunnelRow, ...] = ()
    status_funnel: tuple[StatusStep, ...] = ()
    targets: tuple[TargetRow, ...] = ()
    top_accounts: tuple[TopAccountRow, ...] = ()
    revenue: Decimal = ZERO
    nine_grid: tuple[NineGridCellRow, ...] = ()
    longer_plans: tuple[LongerPlan, ...] = field(default=())
