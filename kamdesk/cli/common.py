"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.domain.field_rules import YEAR_MAX, YEAR_MIN
from kamdesk.errors import UserError

if TYPE_CHECKING:  # SQLAlchemy only for the commands that open the store, not to build the parser
    from kamdesk.store.db import Database


def open_db(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """Open the store; the first open of the day takes the day's automatic backup."""
    from kamdesk.cli.main import database_url
    from kamdesk.store.schema import open_database

    db = open_database(database_url(args), migrate=migrate)
    daily_backup(db)
    return db


def daily_backup(db: Database) -> None:
    """The day's backup; a failure is a warning on stderr, not a reason to refuse the command."""
    import sys

    from kamdesk.store.backup import daily_backup as take

    try:
        take(db)
    except UserError as exc:
        print(f"kamdesk: warning: the daily backup was not made: {exc}", file=sys.stderr)


def lang_of(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    import locale
    import os

    loc = os.environ.get("LC_ALL") or os.environ.get("LANG") or (locale.getlocale()[0] or "")
    return "zh" if loc.lower().startswith("zh") else "en"


def output_path(value: str, *suffixes: str) -> Path:
    """Validate an -o path: its folder exists and can be written, it is not
    itself a folder, and its suffix is one of ``suffixes``."""
    path = Path(value).expanduser()
    if suffixes and path.suffix.lower() not in suffixes:
        raise UserError(f"{path.name}: expected a {' or '.join(suffixes)} file")
    if path.is_dir():
        raise UserError(
            f"{path} is a folder; give a file name (e.g. {path / ('out' + (suffixes or ('',))[0])})"
        )
    if not path.parent.is_dir():
        raise UserError(f"folder does not exist: {path.parent}")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise UserError(f"cannot write in {path.parent}: permission denied")
    return path


def a_date(value: str) -> date:
    """An argparse type: an ISO date within the years the app works in."""
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise argparse.ArgumentTypeError(f"{value!r} is out of range (years {YEAR_MIN}–{YEAR_MAX})")
    return day


def input_path(value: str) -> Path:
    path = Path(value).expanduser()
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    return path
