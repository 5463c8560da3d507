"""The plans and summaries as plain data (DOMAIN.md §5): the daily work log,
the weekly and the monthly plan and summary, filled from the records, with
the rep's own text. No Qt, no reportlab: the PDFs (kamdesk.reports) and the
UI (kamdesk.ui.reports) both draw from these objects.

Periods are the rep's local calendar days: a visit at 23:30 local time
belongs to that local day whatever its UTC date.

The implementation lives in

* :mod:`kamdesk.services.reporting.types` — the plain objects (rows and reports);
* :mod:`kamdesk.services.reporting.queries` — period and rep resolution and the
  queries the reports share;
* :mod:`kamdesk.services.reporting.opportunities` — the rep's opportunities and
  stage changes for the weekly and monthly summaries;
* :mod:`kamdesk.services.reporting.summaries` — the fields the weekly and
  monthly summaries share;
* :mod:`kamdesk.services.reporting.monthly` — what the monthly summary adds;
* :mod:`kamdesk.services.reporting.builders` — the daily, weekly and monthly
  reports assembled.

This module is the public facade: import from here.
"""

from __future__ import annotations

from kamdesk.services.reporting.builders import daily_report, monthly_report, report_data, weekly_report
from kamdesk.services.reporting.queries import default_rep, list_reps, local_bounds, parse_period, resolve_rep
from kamdesk.services.reporting.types import (
    ZERO,
    AnnotationRow,
    ClosedOpportunityRow,
    CommitmentRow,
    ContactLogRow,
    DailyReport,
    LongerPlan,
    MonthlyReport,
    NineGridCellRow,
    PaymentRow,
    PeriodRef,
    PeriodSummary,
    PeriodText,
    PlanItemRow,
    RepRef,
    StageMoveRow,
    StageRow,
    TargetRow,
    TopAccountRow,
    VisitRow,
    WeeklyReport,
    WeekVisits,
)

__all__ = [
    "ZERO",
    "AnnotationRow",
    "ClosedOpportunityRow",
    "CommitmentRow",
    "ContactLogRow",
    "DailyReport",
    "LongerPlan",
    "MonthlyReport",
    "NineGridCellRow",
    "PaymentRow",
    "PeriodRef",
    "PeriodSummary",
    "PeriodText",
    "PlanItemRow",
    "RepRef",
    "StageMoveRow",
    "StageRow",
    "TargetRow",
    "TopAccountRow",
    "VisitRow",
    "WeekVisits",
    "WeeklyReport",
    "daily_report",
    "default_rep",
    "list_reps",
    "local_bounds",
    "monthly_report",
    "parse_period",
    "report_data",
    "resolve_rep",
    "weekly_report",
]
