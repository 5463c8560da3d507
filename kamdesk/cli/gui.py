"""``kamdesk gui``: start the desktop app (also what plain ``kamdesk`` does)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help="start the desktop app (the default)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kamdesk.app import run_app
    from kamdesk.cli.main import database_url

    return run_app(database_url(args), lang=args.lang)
