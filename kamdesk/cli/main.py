"""``kamdesk`` command: global options, sub-command registry, error policy.

User errors (bad input, missing file, locked or newer database) print one line
on stderr and exit 2; nothing is written. Bugs keep their traceback.
"""

from __future__ import annotations

import argparse
import errno
import functools
import importlib
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from kamdesk import __version__, clock
from kamdesk.errors import UserError

#: Modules under kamdesk.cli that each define ``register(subparsers)``.
#: Each sub-command sets ``func(args) -> int`` with ``set_defaults``.
COMMAND_MODULES: tuple[str, ...] = (
    "gui",
    "maintenance",  # check, backup, restore
    "bundle",  # export, import (JSON bundle; CSV/XLSX dispatch to tabular)
    "demo",
    "accounts",  # account/contact export, hand-over
    "opportunities",  # pipeline export
    "reports",  # report, submit, consolidate, annotate
    "maps",  # map
    "visits",  # visit-pack, ics
    "profile",  # the rep's own details and time zone
    "trade",  # log-purchase, log-payment
    "bench",
    "security",  # encrypt, decrypt, rep-key
    "planning",  # handin, handins, workday-end, activity, industry, plan-check
    "sync",  # sync, server, team
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, not the whole usage block: the user mistyped something
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="SQLite database file (default: $KAMDESK_DB or the user data dir)",
    )
    where.add_argument(
        "--url",
        metavar="URL",
        default=default,
        help="any SQLAlchemy URL, e.g. postgresql+psycopg://host/kamdesk",
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=default,
        help="language of the UI and reports (default: system)",
    )
    parser.add_argument(
        "--now",
        metavar="WHEN",
        default=default,
        help="run as of this moment, e.g. 2026-03-31T10:00 (default: $KAMDESK_NOW or the real time)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kamdesk", description="KAMdesk — key-account manager for field sales reps.")
    parser.add_argument("--version", action="version", version=f"KAMdesk {__version__}")
    _global_options(parser, None)
    # the same options after the command name too (kamdesk demo --db x.db); SUPPRESS keeps
    # a value given before the command from being reset by the sub-parser's default
    shared = _Parser(add_help=False)
    _global_options(shared, argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.add_parser = functools.partial(subparsers.add_parser, parents=[shared])  # type: ignore[method-assign]
    for name in COMMAND_MODULES:
        importlib.import_module(f"kamdesk.cli.{name}").register(subparsers)
    return parser


def database_url(args: argparse.Namespace) -> str:
    """The store the user asked for: --url, --db, $KAMDESK_DB, or the default file."""
    from kamdesk.store.db import sqlite_url

    if getattr(args, "url", None):
        return str(args.url)
    if getattr(args, "db", None):
        return sqlite_url(args.db)
    from kamdesk.paths import default_db_path

    return sqlite_url(default_db_path())


def _ask_passphrase(path: object) -> str | None:
    """The passphrase of an encrypted database, asked on the terminal (None without one)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(f"Passphrase for {getattr(path, 'name', path)}: ") or None


def _environment_problem(exc: BaseException) -> str | None:
    from kamdesk.store.db import database_error

    found = database_error(exc)
    if found is not None:
        return str(found)
    if isinstance(exc, OSError) and exc.errno is not None:
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno == errno.ENOSPC:
            return f"the disk is full{where}: nothing was saved; free some space and try again"
        return f"{exc.strerror or exc}{where}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    from kamdesk.paths import owner_only_umask
    from kamdesk.store.db import set_key_prompt

    set_key_prompt(_ask_passphrase)  # the GUI replaces it with a dialog

    try:
        clock.apply_environment()
        if getattr(args, "now", None):
            clock.set_now(args.now)
        with owner_only_umask():  # every file a command writes is its owner's alone
            return int(args.func(args))
    except UserError as exc:
        print(f"kamdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("kamdesk: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        # the database or the file system refused (a damaged or read-only
        # database, a full disk, an unreachable server, a folder not writable):
        # one line, as for any user error; anything else is a bug and keeps its traceback
        problem = _environment_problem(exc)
        if problem is None:
            raise
        print(f"kamdesk: {problem}", file=sys.stderr)
        return 2
