"""``kamdesk bench --fuzz N``: hostile inputs thrown at the four ways data
comes in — the JSON bundle importer, the CSV/XLSX importer, the ``.kamsub``
receiver and the form validators — counting what breaks the rule "any input
gives a result or one clear UserError, never another exception, never a hang,
and a refused input writes nothing".

Inputs are mutations of good ones (a small bundle, a spreadsheet, a month's
submission) and of form fields, drawn from a seeded ``random.Random`` so a run
can be repeated; the test suite drives the same generators from hypothesis.
"""

from __future__ import annotations

import hashlib
import json
import random
import signal
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kamdesk.bench.fuzz_forms import form_call
from kamdesk.bench.fuzz_inputs import (
    bundle_records,
    json_text,
    kamsub_bytes,
    mutate_json,
    table_file,
)
from kamdesk.errors import UserError

PATHS = ("bundle", "tabular", "kamsub", "forms")
HANG_SECONDS = 10.0


# --- running -------------------------------------------------------------------------


@dataclass
class PathFigures:
    inputs: int = 0
    refused: int = 0
    tracebacks: int = 0
    hangs: int = 0
    partial_writes: int = 0
    slowest: float = 0.0
    slowest_input: str = ""
    examples: list[str] = field(default_factory=list)


@dataclass
class FuzzTarget:
    """The databases and good inputs the mutations start from."""

    folder: Path
    db: Any
    account: str
    opportunity: str | None
    bundle: dict[str, Any]
    kamsub: dict[str, bytes]


class _Hang(Exception):
    pass


@contextmanager
def alarm(seconds: float) -> Iterator[None]:
    def ring(_sig: int, _frame: Any) -> None:
        raise _Hang

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def counts(db: Any) -> tuple[int, ...]:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return tuple(
            int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
            for t in ("account", "contact", "visit", "opportunity", "stakeholder", "contact_log", "rep")
        )


def build_target(folder: Path) -> FuzzTarget:
    """A small data set (the demo, cut to three accounts), its bundle and one
    month's submission, in ``folder``."""
    from sqlalchemy import text

    from kamdesk.store.demo.generate import generate
    from kamdesk.store.io.bundle import build_bundle
    from kamdesk.store.schema import open_database

    src = open_database(f"sqlite:///{folder / 'source.db'}")
    generate(src, size="small", seed=7, today=date(2026, 3, 31))
    with src.engine.begin() as conn:
        conn.execute(text("DELETE FROM account WHERE id > 3"))
        account = conn.execute(text("SELECT uuid FROM account ORDER BY id LIMIT 1")).scalar_one()
        opp = conn.execute(text("SELECT uuid FROM opportunity ORDER BY id LIMIT 1")).scalar()
    with src.engine.connect() as conn:
        bundle = build_bundle(conn, include_private=True)
    kamsub = _month_submission(src, folder)
    return FuzzTarget(folder, src, account, opp, bundle, kamsub)


def _month_submission(db: Any, folder: Path) -> dict[str, bytes]:
    from kamdesk.reports.monthly import render_monthly
    from kamdesk.services.submissions import submit_month

    path = folder / "good.kamsub"
    submit_month(db, "2026-03", path, render_monthly)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    trust_this_laptop(json.loads(members["data.json"])["rep"]["name"])
    return members


def trust_this_laptop(rep_name: str) -> None:
    """Register this laptop's signing key as the rep's, so that mutated files
    (signed again, as a rep with a compromised laptop could) reach the receiver."""
    from kamdesk.services.submissions.sign import key_text, register_rep_key, signing_key

    register_rep_key(key_text(signing_key().public_key()), rep_name)


def one_input(
    rng: random.Random, path: str, target: FuzzTarget, manager: Any
) -> tuple[str, Callable[[], object], Any]:
    """(a short description, the call, the database it may write to)."""
    from kamdesk.services.exchange import run_import
    from kamdesk.services.submissions import receive_submissions
    from kamdesk.store.io.bundle import import_bundle

    folder = target.folder
    if path == "bundle":
        doc = json.loads(json.dumps(target.bundle))
        mutate_json(rng, doc, bundle_records)
        file = folder / "in.json"
        file.write_bytes(json_text(rng, doc))
        dry = rng.random() < 0.3
        return (
            f"bundle {hashlib.sha1(file.read_bytes()).hexdigest()[:10]}",
            lambda: import_bundle(manager, file, dry_run=dry),
            manager,
        )
    if path == "tabular":
        file, kind = table_file(rng, folder)
        return (
            f"{file.suffix} {kind}",
            lambda: run_import(manager, file, kind, dry_run=rng.random() < 0.3),
            manager,
        )
    if path == "kamsub":
        file = folder / "in.kamsub"
        file.write_bytes(kamsub_bytes(rng, target.kamsub))
        return "kamsub", lambda: receive_submissions(manager, [file]), manager
    call = form_call(rng, target)
    return "form", call, target.db


def run_fuzz(
    n: int, *, seed: int = 1, progress: Callable[[int, int], None] | None = None
) -> dict[str, PathFigures]:
    """``n`` inputs spread over the four paths; the figures per path."""
    from kamdesk.store.schema import open_database

    figures = {p: PathFigures() for p in PATHS}
    with tempfile.TemporaryDirectory(prefix="kamdesk-fuzz-") as tmp:
        folder = Path(tmp)
        target = build_target(folder)
        manager = open_database(f"sqlite:///{folder / 'manager.db'}")
        rng = random.Random(seed)
        try:
            for i in range(n):
                path = PATHS[i % len(PATHS)]
                fig = figures[path]
                fig.inputs += 1
                for stale in folder.glob("t*.*"):
                    stale.unlink()
                what, call, db = one_input(rng, path, target, manager)
                before = counts(db)
                started = time.perf_counter()
                failed = False
                try:
                    with alarm(HANG_SECONDS):
                        call()
                except UserError:
                    fig.refused += 1
                    failed = True
                except _Hang:
                    fig.hangs += 1
                    failed = True
                    fig.examples.append(f"hang: {what}")
                except Exception as exc:  # counting bugs is the point
                    fig.tracebacks += 1
                    failed = True
                    if len(fig.examples) < 10:
                        frames = traceback.extract_tb(exc.__traceback__)
                        ours = [
                            f for f in frames if "/kamdesk/" in f.filename and "/bench/" not in f.filename
                        ]
                        last = (ours or frames)[-1]
                        fig.examples.append(
                            f"{type(exc).__name__}: {str(exc)[:300]} at {last.filename}:{last.lineno} ({what})"
                        )
                elapsed = time.perf_counter() - started
                if elapsed > fig.slowest:
                    fig.slowest, fig.slowest_input = elapsed, what
                if failed and counts(db) != before:
                    fig.partial_writes += 1
                if progress is not None:
                    progress(i + 1, n)
        finally:
            manager.dispose()
            target.db.dispose()
    return figures


def report(figures: dict[str, PathFigures]) -> str:
    lines = [
        f"{'path':<8} {'inputs':>7} {'refused':>8} {'tracebacks':>10} {'hangs':>6} {'partial':>8} {'slowest':>9}"
    ]
    for name, f in figures.items():
        lines.append(
            f"{name:<8} {f.inputs:>7} {f.refused:>8} {f.tracebacks:>10} {f.hangs:>6} {f.partial_writes:>8} "
            f"{f.slowest:>8.2f}s  {f.slowest_input}"
        )
        lines.extend(f"    {e}" for e in f.examples)
    return "\n".join(lines)
