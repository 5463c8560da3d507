"""``kamdesk demo``: fill an empty database with realistic Chinese demo data."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from typing import TextIO

from kamdesk.cli.common import open_db
from kamdesk.errors import UserError

_BAR_WIDTH = 30


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo",
        help="fill an empty database with demo data (small ≈ one rep, large ≈ a whole team)",
        description=(
            "Generate realistic Chinese demo data into an empty database: accounts of many industries "
            "and cities, contacts with org charts, opportunities in every stage G..S with stakeholder maps, "
            "past and planned visits, contact logs, purchases, plans and targets. Deterministic for a seed "
            "and a date. small: one rep, ~300 accounts; large: ~40 reps, 100k accounts, 1M+ visits."
        ),
    )
    p.add_argument(
        "--size", choices=("small", "large"), default="small", help="how much data (default: small)"
    )
    p.add_argument("--seed", type=int, default=1, metavar="N", help="random seed (default: 1)")
    p.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date the data is built around (default: today); same seed and date give the same data",
    )
    p.set_defaults(func=run)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


class TextProgress:
    """A plain one-line progress bar on stderr, redrawn in place on a terminal
    and printed every 10 % otherwise (so logs stay short)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.perf_counter()
        self._last_tenth = -1

    def __call__(self, label: str, done: int, total: int) -> None:
        frac = done / total if total else 1.0
        filled = int(frac * _BAR_WIDTH)
        line = (
            f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {frac * 100:5.1f}%  "
            f"{time.perf_counter() - self.started:6.1f}s  {label}"
        )
        if self.tty:
            self.stream.write("\r" + line.ljust(72))
            if done >= total:
                self.stream.write("\n")
        else:
            tenth = int(frac * 10)
            if tenth == self._last_tenth and done < total:
                return
            self._last_tenth = tenth
            self.stream.write(line + "\n")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    from kamdesk.store.demo import generate

    db = open_db(args)
    try:
        summary = generate(
            db, size=args.size, seed=args.seed, today=args.today, progress=TextProgress(sys.stderr)
        )
        path = db.path
    finally:
        db.dispose()
    size = ""
    if path is not None:
        total = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
        size = f", {total / 1_048_576:,.1f} MB"
    if summary.accounts == 0:
        raise UserError("no demo data was written")
    if summary.timings:
        print("time: " + ", ".join(f"{step} {sec:.1f} s" for step, sec in summary.timings), file=sys.stderr)
    print(
        f"demo ({summary.size}, seed {summary.seed}, today {summary.today.isoformat()}): "
        f"{summary.reps} rep{'s' if summary.reps != 1 else ''}, {summary.accounts:,} accounts, {summary.contacts:,} contacts, "
        f"{summary.opportunities:,} opportunities, {summary.stakeholders:,} stakeholders, "
        f"{summary.visits:,} visits, {summary.contact_logs:,} contact logs, {summary.purchases:,} purchases, "
        f"{summary.rows:,} rows in {summary.seconds:.1f} s{size}"
    )
    return 0
