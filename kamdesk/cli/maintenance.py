"""``kamdesk check``, ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import sqlite3
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
    # check must not migrate or change anything: open without the schema step
    from kamdesk.cli.main import database_url
    from kamdesk.store.db import Database
    from kamdesk.store.schema import current_revision, head_revision

    url = database_url(args)
    db = Database(url)
    try:
        path = db.path
        if path is not None and not path.exists():
            raise UserError(f"database not found: {path}")
        problems: list[str] = []
        revision = current_revision(db)
        head = head_revision()
        if db.is_sqlite and path is not None:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                integrity = conn.execute("PRAGMA integrity_check").fetchall()
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            except sqlite3.DatabaseError as exc:
                raise UserError(f"cannot read {path}: {exc}") from exc
            finally:
                conn.close()
            if integrity != [("ok",)]:
                problems.append("integrity: " + "; ".join(r[0] for r in integrity[:5]))
            if fk:
                problems.append(f"foreign keys: {len(fk)} broken references (first in table {fk[0][0]})")
            print(f"integrity:     {'ok' if integrity == [('ok',)] else 'FAILED'}")
            print(f"foreign keys:  {'ok' if not fk else f'{len(fk)} broken'}")
        if revision != head:
            problems.append(f"schema version {revision or 'none'} (this KAMdesk expects {head})")
        print(f"schema:        {revision or 'none'} (expected {head})")
        for line in problems:
            print(f"problem: {line}")
        return 0 if not problems else 1
    finally:
        db.dispose()


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
