"""``kamdesk pipeline-export -o FILE.csv|FILE.xlsx [--stage X] [--status open]``."""

from __future__ import annotations

import argparse

from kamdesk.cli.common import lang_of, open_db, output_path
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("pipeline-export", help="export the opportunity pipeline as CSV or XLSX")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="a .csv or .xlsx file")
    p.add_argument("--stage", action="append", metavar="X", help="only stage X (G…S); repeat for several")
    p.add_argument("--status", choices=("open", "won", "lost"), help="only open, won or lost opportunities")
    p.add_argument("--owner", metavar="REP", help="only this rep's (uuid, or 'me')")
    p.add_argument("--close-month", metavar="YYYY-MM", help="only those expected to close in this month")
    p.add_argument("--search", metavar="TEXT", default="", help="name, project no. or account contains TEXT")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from kamdesk.domain.periods import PeriodKind, period_bounds
    from kamdesk.domain.stages import OpportunityStatus, Stage
    from kamdesk.services.opportunities.pipeline import PipelineFilter
    from kamdesk.services.opportunities.pipeline_export import export_pipeline

    path = output_path(args.output, ".csv", ".xlsx")
    stages: list[Stage] = []
    for text in args.stage or ():
        for part in text.replace(",", " ").split():
            try:
                stage = Stage.parse(part.upper() if len(part) == 1 else part)
            except ValueError as exc:
                raise UserError(str(exc)) from None
            if stage is not None:
                stages.append(stage)
    if args.close_month:
        try:
            period_bounds(PeriodKind.MONTH, args.close_month)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    flt = PipelineFilter(
        stages=tuple(stages),
        status=OpportunityStatus(args.status) if args.status else None,
        owner=args.owner,
        close_month=args.close_month,
        text=args.search,
    )
    db = open_db(args)
    try:
        report = export_pipeline(db, path, flt=flt, lang=lang_of(args))
    finally:
        db.dispose()
    print(
        f"{report.rows} opportunities written to {report.path} (weighted open pipeline {report.weighted_total:,})"
    )
    return 0
