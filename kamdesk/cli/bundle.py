"""``kamdesk export`` and ``kamdesk import``: the JSON bundle; CSV and XLSX
imports of accounts and contacts are handed to ``kamdesk.cli.tabular``."""

from __future__ import annotations

import argparse

from kamdesk.cli.common import input_path, open_db, output_path
from kamdesk.cli.progress import Progress
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="the whole database as a JSON bundle")
    p.add_argument("-o", "--output", required=True, metavar="FILE.json")
    private = p.add_mutually_exclusive_group()
    private.add_argument(
        "--include-private",
        action="store_true",
        help="include contacts' personal details and contacts marked private (left out by default)",
    )
    private.add_argument("--no-private", action="store_true", help="the default: no private data")
    p.set_defaults(func=run_export)
    p = subparsers.add_parser(
        "import",
        help="merge a JSON bundle (by UUID), or import accounts/contacts from CSV or XLSX",
        description="FILE.json: a KAMdesk bundle, merged all-or-nothing by UUID. "
        "FILE.csv / FILE.xlsx: accounts or contacts (--kind), all-or-nothing with rejected rows named by line.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", choices=("accounts", "contacts"), default="accounts", help="for CSV/XLSX files")
    p.add_argument("--dry-run", action="store_true", help="check and report what would change; write nothing")
    p.set_defaults(func=run_import)
    p = subparsers.add_parser(
        "conflicts",
        help="records changed on both sides, found by bundle imports: list them, or keep one side",
        description="An import keeps this side's value of a record that both laptops changed and saves "
        "the other side's here. Without options: the open conflicts, field by field.",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--keep-mine", type=int, metavar="N", help="settle conflict N: keep this side's values"
    )
    which.add_argument(
        "--take-theirs", type=int, metavar="N", help="settle conflict N: take the other side's"
    )
    which.add_argument(
        "--edit",
        type=int,
        metavar="N",
        help="settle conflict N with your own values, given by --set FIELD=VALUE (the others: this side's)",
    )
    p.add_argument(
        "--set", action="append", default=[], metavar="FIELD=VALUE", help="with --edit: a field's value"
    )
    p.add_argument("--all", action="store_true", help="list resolved conflicts too")
    p.set_defaults(func=run_conflicts)


def run_export(args: argparse.Namespace) -> int:
    from kamdesk.services.exchange.data import export_bundle

    target = output_path(args.output, ".json")
    db = open_db(args, migrate=False)
    try:
        with Progress() as progress:
            summary = export_bundle(db, target, include_private=bool(args.include_private), progress=progress)
    finally:
        db.dispose()
    print(
        f"exported {summary.total} records to {summary.path}"
        + ("" if summary.include_private else " (no private details)")
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = input_path(args.file)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        try:
            from kamdesk.cli.tabular import run_tabular_import
        except ImportError as exc:
            raise UserError("CSV/XLSX import is not available in this build") from exc
        return run_tabular_import(args)
    if suffix != ".json":
        raise UserError(f"{path.name}: expected a .json bundle, or a .csv/.xlsx file of accounts or contacts")
    from kamdesk.services.exchange.data import import_bundle

    db = open_db(args)
    try:
        with Progress() as progress:
            report = import_bundle(db, path, dry_run=args.dry_run, progress=progress)
    finally:
        db.dispose()
    print(("dry run, nothing written: " if args.dry_run else "") + report.summary())
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.services.exchange.conflicts import edit_conflict, list_conflicts, resolve_conflict

    db = open_db(args)
    try:
        if args.edit is not None:
            edits = dict(_field_value(text) for text in args.set)
            if not edits:
                raise UserError("--edit needs at least one --set FIELD=VALUE")
            done = edit_conflict(db, args.edit, edits)
            print(
                f"conflict {done.id} ({done.table} {done.label or done.record_uuid}): edited {', '.join(edits)}"
            )
            return 0
        if args.set:
            raise UserError("--set goes with --edit N")
        if args.keep_mine is not None or args.take_theirs is not None:
            if args.keep_mine is not None:
                keep, done = "mine", resolve_conflict(db, args.keep_mine, "mine")
            else:
                keep, done = "theirs", resolve_conflict(db, args.take_theirs, "theirs")
            print(f"conflict {done.id} ({done.table} {done.label or done.record_uuid}): kept {keep}")
            return 0
        rows = list_conflicts(db, include_resolved=args.all)
    finally:
        db.dispose()
    if not rows:
        print("no conflicts to review")
        return 0
    for c in rows:
        state = f" — {c.resolution}" if c.resolution else ""
        print(
            f"#{c.id} {c.table} {c.label or c.record_uuid} (from {c.source or 'a bundle'}, "
            f"laptop {c.their_origin or 'unknown'}, {clock.to_local(c.found_at):%Y-%m-%d %H:%M}){state}"
        )
        for field_name, ours, theirs in c.differences:
            print(f"    {field_name}: here {ours!r}, theirs {theirs!r}")
    print(
        "settle one with: kamdesk conflicts --keep-mine N  or  --take-theirs N  or  --edit N --set FIELD=VALUE"
    )
    return 0


def _field_value(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise UserError(f"--set {text!r}: write FIELD=VALUE, e.g. --set short_name=华信")
    return name.strip(), value
