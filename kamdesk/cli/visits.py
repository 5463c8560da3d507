"""``kamdesk visit-pack`` (printable visit pack PDF) and ``kamdesk ics``
(planned visits as an iCalendar file)."""

from __future__ import annotations

import argparse
from datetime import date

from kamdesk.errors import UserError


def _date(value: str) -> date:
    from kamdesk.cli.common import a_date

    return a_date(value)


def _days(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {value!r}") from None
    if not 1 <= n <= 62:
        raise argparse.ArgumentTypeError(f"--days must be 1…62, not {n}")
    return n


def register(subparsers: argparse._SubParsersAction) -> None:
    pack = subparsers.add_parser(
        "visit-pack",
        help="printable visit pack (itinerary + one page per visit) as PDF",
        description="Write the visit pack for a day or several: an itinerary page, then one A4 "
        "page per visit with the visit-plan sheet, key people, open commitments and room for notes.",
    )
    pack.add_argument("--date", type=_date, required=True, metavar="YYYY-MM-DD", help="first day")
    pack.add_argument(
        "--days", type=_days, default=1, metavar="N", help="number of days (default 1; 7 = a week)"
    )
    pack.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pack.add_argument(
        "--include-private", action="store_true", help="also contacts marked private (left out by default)"
    )
    pack.set_defaults(func=run_visit_pack)

    ics = subparsers.add_parser(
        "ics",
        help="export planned visits as an .ics calendar file",
        description="Write the planned visits between two dates (inclusive) as iCalendar, for phone and "
        "Outlook calendars.",
    )
    ics.add_argument("--from", dest="start", type=_date, required=True, metavar="YYYY-MM-DD")
    ics.add_argument("--to", dest="end", type=_date, required=True, metavar="YYYY-MM-DD")
    ics.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    ics.add_argument(
        "--include-private", action="store_true", help="also contacts marked private (left out by default)"
    )
    ics.set_defaults(func=run_ics)


def run_visit_pack(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db, output_path
    from kamdesk.reports.visit_pack import build_visit_pack

    path = output_path(args.output, ".pdf")
    db = open_db(args)
    try:
        result = build_visit_pack(
            db, args.date, args.days, path, lang=lang_of(args), include_private=args.include_private
        )
    finally:
        db.dispose()
    print(f"{path}: {result.visits} visits, {result.pages} pages ({result.seconds:.2f} s)")
    return 0


def run_ics(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db, output_path
    from kamdesk.services.visits.ics import write_visits_ics

    if args.end < args.start:
        raise UserError(f"--to {args.end} is before --from {args.start}")
    path = output_path(args.output, ".ics")
    db = open_db(args)
    try:
        count = write_visits_ics(
            db, args.start, args.end, path, lang=lang_of(args), include_private=args.include_private
        )
    finally:
        db.dispose()
    print(f"{path}: {count} planned visits")
    return 0
