"""``kamdesk export`` and ``kamdesk import``: the JSON bundle; CSV and XLSX
imports of accounts and contacts are handed to ``kamdesk.cli.tabular``."""

from __future__ import annotations

import argparse
import sys

from kamdesk.cli.common import input_path, open_db, output_path
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


def _progress(label: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{label:<28} {done:>3}/{total}", end="", file=sys.stderr, flush=True)


def run_export(args: argparse.Namespace) -> int:
    from kamdesk.services.exchange.data import export_bundle

    target = output_path(args.output, ".json")
    db = open_db(args, migrate=False)
    try:
        summary = export_bundle(db, target, include_private=bool(args.include_private), progress=_progress)
    finally:
        db.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
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
        report = import_bundle(db, path, dry_run=args.dry_run, progress=_progress)
    finally:
        db.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(("dry run, nothing written: " if args.dry_run else "") + report.summary())
    return 0
