"""Planning commands (DOMAIN.md §5): ``handin`` marks a report handed in and
says on time or how late; ``handins`` lists a month's on-time record;
``workday-end`` shows or sets the hour the daily log is due; ``activity``
checks effective calls against the target's decomposition."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "handin", help="mark a daily, weekly or monthly report handed in (on time or late)"
    )
    p.add_argument("kind", choices=("daily", "weekly", "monthly"))
    p.add_argument(
        "--period",
        metavar="KEY",
        help="2026-11-25, 2026-W48 or 2026-11 (default: today, this week, this month)",
    )
    p.add_argument("--rep", metavar="REP", help="rep name, code or uuid (default: you)")
    p.set_defaults(func=run_handin)

    p = subparsers.add_parser("handins", help="a month's reports: on time, late (by how much), not handed in")
    p.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    p.add_argument("--rep", metavar="REP")
    p.add_argument("--team", action="store_true", help="every rep in this database, one line each")
    p.set_defaults(func=run_handins)

    p = subparsers.add_parser("workday-end", help="show or set the hour the daily log is due (e.g. 18:00)")
    p.add_argument("time", nargs="?", metavar="HH:MM")
    p.set_defaults(func=run_workday_end)

    p = subparsers.add_parser(
        "activity", help="effective calls today and this month against the decomposition"
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--rep", metavar="REP")
    p.add_argument("--team", action="store_true", help="every rep in this database")
    p.set_defaults(func=run_activity)


def run_handin(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.domain.periods import ReportKind
    from kamdesk.services.submissions.handins import hand_in

    lang = lang_of(args)
    db = open_db(args)
    try:
        row = hand_in(db, ReportKind(args.kind), args.period, rep=args.rep).value
    finally:
        db.dispose()
    due = row.deadline.strftime("%Y-%m-%d %H:%M")
    print(f"{row.kind.label(lang)} {row.key}: {row.describe(lang)} (due {due})")
    return 0


def run_handins(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.services.submissions.handins import on_time_record, team_on_time

    lang = lang_of(args)
    month = args.month or clock.today().strftime("%Y-%m")
    db = open_db(args)
    try:
        records = team_on_time(db, month) if args.team else [on_time_record(db, month, args.rep)]
    finally:
        db.dispose()
    for rec in records:
        print(f"{rec.rep.name} {rec.month}: {rec.summary(lang)}")
        if args.team:
            continue
        for r in rec.rows:
            print(
                f"  {r.kind.label(lang):<26} {r.key:<10} due {r.deadline:%Y-%m-%d %H:%M}  {r.describe(lang)}"
            )
    return 0


def run_workday_end(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import open_db
    from kamdesk.services.submissions.handins import set_workday_end, workday_end

    db = open_db(args)
    try:
        value = set_workday_end(db, args.time).value if args.time is not None else workday_end(db)
    finally:
        db.dispose()
    print(value.strftime("%H:%M"))
    return 0


def run_activity(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.services.reporting.activity import activity_check, team_activity

    lang = lang_of(args)
    day = args.date or clock.today().isoformat()
    db = open_db(args)
    try:
        if args.team:
            rows = team_activity(db, day)
        else:
            from kamdesk.services.reporting import default_rep

            me = default_rep(db)
            rows = [(me, activity_check(db, day, args.rep))] if me is not None or args.rep else []
    finally:
        db.dispose()
    none = "本期无销售额目标" if lang.startswith("zh") else "no revenue target covers this day"
    for rep, check in rows:
        name = rep.name if rep is not None else args.rep
        print(f"{name}: {check.describe(lang) if check is not None else none}")
    return 0
