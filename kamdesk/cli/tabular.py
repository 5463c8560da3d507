"""``kamdesk import FILE.csv|FILE.xlsx --kind accounts|contacts [--dry-run]``
(dispatched from ``kamdesk.cli.bundle``): the column mapping is guessed from
the headers; all or nothing; a summary with every rejected line."""

from __future__ import annotations

import argparse
import sys

from kamdesk.cli.common import input_path, open_db

#: At most this many rejected or duplicate lines are printed one by one.
SHOW_LINES = 200


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rchecking and writing… {done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)


def run_tabular_import(args: argparse.Namespace) -> int:
    """Import a CSV/XLSX file; exit 0 when every row was imported or skipped as
    a duplicate, 1 when rows were rejected (then nothing is written)."""
    from kamdesk.services.exchange.imports import preview, run_import

    path = input_path(args.file)
    kind = getattr(args, "kind", None) or "accounts"
    db = open_db(args)
    try:
        pre = preview(db, path, kind)
        mapped = [f"{h} → {k}" for h, k in pre.mapping.items() if k]
        ignored = [h for h, k in pre.mapping.items() if not k]
        print(
            f"{path.name}: {pre.total_rows} rows, header on line {pre.header_line}"
            + (f", encoding {pre.encoding}" if pre.encoding else "")
        )
        print("columns: " + ", ".join(mapped))
        if ignored:
            print("ignored columns: " + ", ".join(ignored))
        outcome = run_import(
            db, path, kind, pre.mapping, dry_run=bool(getattr(args, "dry_run", False)), progress=_progress
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.dispose()
    noun = "accounts" if kind == "accounts" else "contacts"
    for dup in outcome.duplicates[:SHOW_LINES]:
        print(f"  duplicate, skipped: line {dup.line}: {dup.name} ({dup.reason})")
    for problem in outcome.rejected[:SHOW_LINES]:
        print(f"  rejected: {problem}")
    more = len(outcome.rejected) + len(outcome.duplicates) - 2 * SHOW_LINES
    if more > 0:
        print("  … and more (see the import dialog for the whole list)")
    extra = f" (+{outcome.contacts_added} contacts)" if outcome.contacts_added else ""
    if outcome.rejected:
        print(
            f"{len(outcome.rejected)} rows rejected: nothing was written. Fix those lines and import again "
            f"({len(outcome.duplicates)} duplicates would be skipped)."
        )
        return 1
    if outcome.dry_run:
        print(
            f"dry run, nothing written: would add {outcome.added} {noun}{extra}, "
            f"skip {len(outcome.duplicates)} duplicates"
        )
        return 0
    print(f"added {outcome.added} {noun}{extra}; {len(outcome.duplicates)} duplicates skipped; 0 rejected")
    return 0
