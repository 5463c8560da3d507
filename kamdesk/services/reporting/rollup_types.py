"""The team rollup's numbers: one rep's month (also the ``summary`` a
submission file carries), the team with its total, and a rep's numbers from
their monthly report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kamdesk.domain.pipeline import FUNNEL_STEPS
from kamdesk.services.reporting import MonthlyReport

Progress = Callable[[str, int, int], None]
ZERO = Decimal("0.00")
CELLS = "ABCDEFGHI"


@dataclass
class RepRollup:
    """One rep's month in numbers (also the ``summary`` of a submission file)."""

    rep_uuid: str
    rep_name: str
    region: str = ""
    visits_planned: int = 0
    visits_done: int = 0
    new_visits: int = 0
    revisits: int = 0
    open_opportunities: int = 0
    pipeline: Decimal = ZERO
    weighted: Decimal = ZERO
    funnel: list[int] = field(default_factory=lambda: [0] * len(FUNNEL_STEPS))
    nine_grid: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CELLS, 0))
    won: int = 0
    won_amount: Decimal = ZERO
    revenue: Decimal = ZERO
    collections: Decimal = ZERO
    #: metric code → [minimum, normal, stretch] (None where not set)
    targets: dict[str, list[Decimal | None]] = field(default_factory=dict)
    actuals: dict[str, Decimal] = field(default_factory=dict)
    # the rep's own words for the month and the hand-in record: shown in the
    # team PDF, not part of the submission's summary (``to_dict``), which the
    # published schema fixes; a submission carries them in its plans
    plan_text: str = ""
    summary_text: str = ""
    key_problems: str = ""
    hard_problems: str = ""
    #: reports (on time, late, not handed in) whose deadline passed; None: not known
    handins: tuple[int, int, int] | None = None

    def add(self, other: RepRollup) -> None:
        """Add ``other``'s numbers into this one (for the team total)."""
        for name in ("visits_planned", "visits_done", "new_visits", "revisits", "open_opportunities", "won"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("pipeline", "weighted", "won_amount", "revenue", "collections"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.funnel = [a + b for a, b in zip(self.funnel, other.funnel, strict=True)]
        for cell, n in other.nine_grid.items():
            self.nine_grid[cell] = self.nine_grid.get(cell, 0) + n
        for metric, levels in other.targets.items():
            mine = self.targets.setdefault(metric, [None, None, None])
            for i, v in enumerate(levels):
                if v is not None:
                    mine[i] = (mine[i] or ZERO) + v
        for metric, v in other.actuals.items():
            self.actuals[metric] = self.actuals.get(metric, ZERO) + v
        if other.handins is not None:
            have = self.handins or (0, 0, 0)
            self.handins = (
                have[0] + other.handins[0],
                have[1] + other.handins[1],
                have[2] + other.handins[2],
            )

    def to_dict(self) -> dict[str, Any]:
        def money(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        return {
            "rep_uuid": self.rep_uuid,
            "rep_name": self.rep_name,
            "region": self.region,
            "visits_planned": self.visits_planned,
            "visits_done": self.visits_done,
            "new_visits": self.new_visits,
            "revisits": self.revisits,
            "open_opportunities": self.open_opportunities,
            "pipeline": money(self.pipeline),
            "weighted": money(self.weighted),
            "funnel": list(self.funnel),
            "nine_grid": dict(self.nine_grid),
            "won": self.won,
            "won_amount": money(self.won_amount),
            "revenue": money(self.revenue),
            "collections": money(self.collections),
            "targets": {k: [money(x) for x in v] for k, v in self.targets.items()},
            "actuals": {k: money(v) for k, v in self.actuals.items()},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RepRollup:
        def dec(v: Any) -> Decimal:
            return Decimal(str(v)) if v is not None else ZERO

        def opt(v: Any) -> Decimal | None:
            return Decimal(str(v)) if v is not None else None

        return cls(
            rep_uuid=str(d["rep_uuid"]),
            rep_name=str(d["rep_name"]),
            region=str(d.get("region") or ""),
            visits_planned=int(d["visits_planned"]),
            visits_done=int(d["visits_done"]),
            new_visits=int(d["new_visits"]),
            revisits=int(d["revisits"]),
            open_opportunities=int(d["open_opportunities"]),
            pipeline=dec(d["pipeline"]),
            weighted=dec(d["weighted"]),
            funnel=[int(x) for x in d["funnel"]],
            nine_grid={str(k): int(v) for k, v in d["nine_grid"].items()},
            won=int(d["won"]),
            won_amount=dec(d["won_amount"]),
            revenue=dec(d["revenue"]),
            collections=dec(d["collections"]),
            targets={str(k): [opt(x) for x in v] for k, v in d.get("targets", {}).items()},
            actuals={str(k): dec(v) for k, v in d.get("actuals", {}).items()},
        )


@dataclass
class TeamRollup:
    month: str
    reps: list[RepRollup]
    total: RepRollup
    sources: list[str] = field(default_factory=list)  # submission files, when consolidated

    @property
    def has_data(self) -> bool:
        t = self.total
        return bool(
            t.visits_planned or t.open_opportunities or t.won or t.revenue or t.collections or t.targets
        )


def team_total(month: str, reps: Iterable[RepRollup], sources: Iterable[str] = ()) -> TeamRollup:
    reps = sorted(reps, key=lambda r: r.rep_name)
    total = RepRollup("", "total")
    for r in reps:
        total.add(r)
    return TeamRollup(month, reps, total, list(sources))


def rep_rollup_from_monthly(report: MonthlyReport) -> RepRollup:
    """A rep's numbers from their monthly report data (what a submission carries)."""
    r = RepRollup(report.rep.uuid, report.rep.name, report.rep.region or "")
    r.visits_planned = report.visits_planned
    r.visits_done = report.visits_done
    r.new_visits = report.new_visits
    r.revisits = report.revisits
    r.open_opportunities = sum(s.count for s in report.pipeline_by_stage)
    r.pipeline = sum((s.amount for s in report.pipeline_by_stage), ZERO)
    r.weighted = sum((s.weighted for s in report.pipeline_by_stage), ZERO)
    if report.funnel:
        r.funnel = [f.reached for f in report.funnel]
    r.nine_grid = {c.cell: c.count for c in report.nine_grid}
    r.won = len(report.won)
    r.won_amount = report.won_amount
    r.revenue = report.revenue
    r.collections = report.collections
    r.targets = {t.metric.code: [t.minimum, t.normal, t.stretch] for t in report.targets}
    r.actuals = {t.metric.code: t.actual for t in report.targets}
    return r
