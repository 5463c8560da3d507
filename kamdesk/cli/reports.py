"""``kamdesk report``, ``deadlines``, ``submit``, ``consolidate``, ``receive``,
``annotate``, ``receive-notes`` and ``rollup``: the plans and summaries as
PDFs, their deadlines, the month-end submission and the manager's side."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kamdesk.cli.common import input_path, lang_of, open_db, output_path
from kamdesk.cli.progress import Progress
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report",
        help="daily work log, weekly or monthly plan and summary as a PDF",
        description="kamdesk report daily --date 2026-11-25 | weekly --week 2026-W48 | "
        "monthly --month 2026-11  -o FILE.pdf",
    )
    p.add_argument("kind", choices=("daily", "weekly", "monthly"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of a daily log")
    p.add_argument("--week", metavar="YYYY-Www", help="the ISO week of a weekly report, e.g. 2026-W48")
    p.add_argument("--month", metavar="YYYY-MM", help="the month of a monthly report, e.g. 2026-11")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.add_argument("--rep", metavar="REP", help="rep name, code or uuid (default: you, or the only rep)")
    p.add_argument(
        "--include-private",
        action="store_true",
        help="name private contacts in the log (left out by default)",
    )
    p.set_defaults(func=run_report)

    p = subparsers.add_parser("deadlines", help="reports due, late and submitted")
    p.add_argument("--rep", metavar="REP")
    p.set_defaults(func=run_deadlines)

    p = subparsers.add_parser(
        "submit", help="month-end submission: one file with the PDF and the month's data"
    )
    p.add_argument("--month", metavar="YYYY-MM", required=True)
    p.add_argument("-o", "--output", metavar="FILE.kamsub", required=True)
    p.add_argument(
        "--include-private",
        action="store_true",
        help="include contacts' private details (left out by default)",
    )
    p.add_argument("--rep", metavar="REP")
    p.set_defaults(func=run_submit)

    p = subparsers.add_parser("consolidate", help="team rollup PDF from reps' submission files (offline)")
    p.add_argument("files", nargs="+", metavar="FILE.kamsub")
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.set_defaults(func=run_consolidate)

    for name in ("receive", "import-submission"):
        p = subparsers.add_parser(name, help="import submission files into this (manager's) database")
        p.add_argument("files", nargs="+", metavar="FILE.kamsub")
        p.set_defaults(func=run_receive)

    p = subparsers.add_parser("annotate", help="write a note on a received submission, as a file for the rep")
    p.add_argument("--submission", metavar="UUID", required=True)
    p.add_argument("--text", required=True)
    p.add_argument("--section", metavar="S", help="the part of the report the note is about")
    p.add_argument("--author", metavar="NAME", help="default: your user name")
    p.add_argument("-o", "--output", metavar="FILE.kamnote", required=True)
    p.set_defaults(func=run_annotate)

    p = subparsers.add_parser("receive-notes", help="import the manager's notes file on the rep's laptop")
    p.add_argument("file", metavar="FILE.kamnote")
    p.set_defaults(func=run_receive_notes)

    p = subparsers.add_parser("rollup", help="team rollup PDF from this database (every rep in it)")
    p.add_argument("--month", metavar="YYYY-MM", required=True)
    p.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    p.set_defaults(func=run_rollup)


def run_report(args: argparse.Namespace) -> int:
    from kamdesk.domain.periods import ReportKind

    kind = ReportKind(args.kind)
    option = {"daily": "date", "weekly": "week", "monthly": "month"}[args.kind]
    key = getattr(args, option)
    if not key:
        raise UserError(f"report {args.kind} needs --{option}")
    others = [o for o in ("date", "week", "month") if o != option and getattr(args, o)]
    if others:
        raise UserError(f"report {args.kind} takes --{option}, not --{others[0]}")
    from kamdesk.services.reporting import parse_period

    parse_period(kind, key)  # a malformed period fails before the database is opened
    out = output_path(args.output, ".pdf")
    lang = lang_of(args)
    db = open_db(args)
    try:
        from kamdesk.reports.common import render_report
        from kamdesk.services.reporting import report_data

        started = time.perf_counter()
        data = report_data(db, kind, key, args.rep, include_private=args.include_private)
        render_report(data, out, lang)
    finally:
        db.dispose()
    note = "" if data.has_data else " (no data for this period)"
    print(f"{kind.label(lang)} {data.period.key} → {out}{note} [{time.perf_counter() - started:.2f} s]")
    return 0


def run_deadlines(args: argparse.Namespace) -> int:
    from kamdesk.services.submissions import recent_reports

    lang = lang_of(args)
    db = open_db(args)
    try:
        rows = recent_reports(db, rep=args.rep)
    finally:
        db.dispose()
    for r in rows:
        when = r.deadline.strftime("%Y-%m-%d %H:%M")
        notes = f"  notes: {r.annotations}" if r.annotations else ""
        print(f"{r.status.label(lang):<10} {r.kind.label(lang):<26} {r.key:<10} due {when}{notes}")
    return 0


def run_submit(args: argparse.Namespace) -> int:
    from kamdesk.domain.periods import ReportKind
    from kamdesk.services.reporting import parse_period

    parse_period(ReportKind.MONTHLY, args.month)
    out = output_path(args.output, ".kamsub")
    lang = lang_of(args)
    db = open_db(args)
    try:
        from kamdesk.reports.monthly import render_monthly
        from kamdesk.services.submissions import submit_month

        with Progress() as progress:
            result = submit_month(
                db,
                args.month,
                out,
                lambda report, path: render_monthly(report, path, lang),
                rep=args.rep,
                include_private=args.include_private,
                progress=progress,
            ).value
    finally:
        db.dispose()
    private = "included" if result.include_private else "left out"
    print(f"submission {result.month} of {result.rep_name} → {result.path}")
    print(f"sha256 {result.checksum}  (private contact details {private})")
    return 0


def run_consolidate(args: argparse.Namespace) -> int:
    paths = [input_path(f) for f in args.files]
    out = output_path(args.output, ".pdf")
    from kamdesk.reports.team import render_team
    from kamdesk.services.submissions import consolidate

    team = consolidate(paths)
    render_team(team, out, lang_of(args))
    print(f"team rollup {team.month}: {len(team.reps)} reps → {out}")
    return 0


def run_receive(args: argparse.Namespace) -> int:
    paths = [input_path(f) for f in args.files]
    db = open_db(args)
    try:
        from kamdesk.services.submissions import receive_submissions

        received = receive_submissions(db, paths).value
    finally:
        db.dispose()
    for r in received:
        state = "imported" if r.imported else "already received"
        print(f"{state}: {r.file}  {r.rep_name} {r.period}  submission {r.submission_uuid}")
    return 0


def run_annotate(args: argparse.Namespace) -> int:
    out = output_path(args.output, ".kamnote")
    db = open_db(args)
    try:
        from kamdesk.services.submissions import annotate

        path = annotate(db, args.submission, args.text, out, section=args.section, author=args.author).value
    finally:
        db.dispose()
    print(f"notes → {path}")
    return 0


def run_receive_notes(args: argparse.Namespace) -> int:
    path = input_path(args.file)
    db = open_db(args)
    try:
        from kamdesk.services.submissions import receive_notes

        added = receive_notes(db, path).value
    finally:
        db.dispose()
    print(f"{added} new note(s) from {Path(path).name}")
    return 0


def run_rollup(args: argparse.Namespace) -> int:
    from kamdesk.domain.periods import ReportKind
    from kamdesk.services.reporting import parse_period

    parse_period(ReportKind.MONTHLY, args.month)
    out = output_path(args.output, ".pdf")
    db = open_db(args)
    try:
        from kamdesk.reports.team import render_team
        from kamdesk.services.reporting.rollup import team_rollup

        started = time.perf_counter()
        with Progress() as progress:
            team = team_rollup(db, args.month, progress=progress)
            progress.tick("writing the PDF")
            render_team(team, out, lang_of(args))
    finally:
        db.dispose()
    print(f"team rollup {team.month}: {len(team.reps)} reps → {out} [{time.perf_counter() - started:.2f} s]")
    return 0
