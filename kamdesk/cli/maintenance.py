"""``kamdesk check``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path

from kamdesk.cli.common import input_path, open_db, output_path
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check", help="integrity, foreign keys and schema version; exit 0 only when sound"
    )
    p.set_defaults(func=run_check)
    p = subparsers.add_parser("backup", help="online backup; without -o a rotating copy in the data dir")
    p.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE")
    p.set_defaults(func=run_backup)
    p = subparsers.add_parser(
        "restore", help="replace the database with a verified backup (the current one is kept)"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=run_restore)


def run_check(args: argparse.Namespace) -> int:
    from kamdesk.cli.main import database_url
    from kamdesk.services.exchange.data import check
    from kamdesk.store.db import Database

    # check must change nothing: no migration, no file created
    db = Database(database_url(args))
    try:
        if db.path is not None and not db.path.exists():
            raise UserError(f"database not found: {db.path}")
        report = check(db)
    finally:
        db.dispose()
    print(f"integrity:     {'ok' if report.integrity == ['ok'] else 'FAILED'}")
    print(f"foreign keys:  {'ok' if not report.broken_references else f'{report.broken_references} broken'}")
    print(f"schema:        {report.revision or 'none'} (expected {report.expected_revision})")
    for line in report.problems:
        print(f"problem: {line}")
    return 0 if report.sound else 1


def run_backup(args: argparse.Namespace) -> int:
    from kamdesk.store.backup import backup_to, rotating_backup

    db = open_db(args, migrate=False)
    try:
        target = backup_to(db, output_path(args.output)) if args.output else rotating_backup(db)
    finally:
        db.dispose()
    print(f"backup written: {target} ({Path(target).stat().st_size:,} bytes)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kamdesk.cli.main import database_url
    from kamdesk.store.backup import restore_from
    from kamdesk.store.db import Database

    source = input_path(args.file)
    db = Database(database_url(args))
    try:
        kept = restore_from(db, source)
    finally:
        db.dispose()
    print(f"restored from {source}; the previous database was kept as {kept}")
    return 0
