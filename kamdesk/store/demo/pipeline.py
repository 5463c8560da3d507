"""Chunks of accounts, generated in order — in a helper process for the
large size, so generating the next chunk overlaps writing this one (the
writing side is mostly SQLite's C code; generating is pure Python, so two
processes use both cores where two threads would fight over the GIL).

A chunk is independent of every other (own random stream, own id blocks),
so the data does not depend on where or when it was generated."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from kamdesk.store.demo.accounts import new_account
from kamdesk.store.demo.classify import write_account
from kamdesk.store.demo.context import Batch, Profile, Run, Team
from kamdesk.store.demo.opportunities import write_opportunities
from kamdesk.store.demo.rows import Calendar, Row, UuidMaker
from kamdesk.store.demo.stakeholders import write_stakeholders
from kamdesk.store.demo.trade import write_custom_values, write_links, write_trade
from kamdesk.store.demo.visits import write_visits

#: Below this many chunks a helper process costs more (start-up) than it saves.
MIN_CHUNKS_FOR_HELPER = 8

#: Chunks generated ahead of the writer (bounds the memory held in flight).
WINDOW = 3


@dataclass(frozen=True)
class ChunkRows:
    rows: dict[str, list[Row]]
    cols: dict[str, tuple[str, ...]]
    account_ids: range
    #: (rep id, day offset) -> visits of the last weeks, for the daily logs
    days: dict[tuple[int, int], list[tuple[int, str, str, str]]]


def make_chunk(run: Run, chunk_no: int) -> ChunkRows:
    """Every row of the chunk's customer accounts and what hangs off them."""
    profile = run.profile
    first = chunk_no * profile.chunk
    last = min(profile.accounts, first + profile.chunk)
    per_rep = -(-profile.accounts // profile.reps)
    b = Batch(run, chunk_no, first)
    rng = b.rng
    reps = run.team.reps
    for index in range(first, last):
        rep = reps[min(len(reps) - 1, index // per_rep)]
        a = new_account(b, index + 1, rep)
        opps = write_opportunities(b, a)
        dead = a.open_close is None and not a.existing and rng.random() < 0.3
        won = [
            (o.id, o.closed, o.amount, o.product) for o in opps if o.status == "won" and o.closed is not None
        ]
        write_trade(b, a, won)
        write_visits(b, a, opps, dead)
        write_stakeholders(b, a, [s for o in opps for s in o.stakes])
        write_custom_values(b, a)
        write_links(b, a)
        write_account(b, a, dead, f"KH{rep.id:02d}{index + 1:06d}")
    return ChunkRows(dict(b.rows), b.cols, range(first + 1, last + 1), dict(b.recent.days))


def chunks(run: Run, n_chunks: int) -> Iterator[ChunkRows]:
    """The chunks in order; with more than one chunk and more than one core,
    from a helper process."""
    if n_chunks < MIN_CHUNKS_FOR_HELPER or (os.cpu_count() or 1) < 2:
        for chunk_no in range(n_chunks):
            yield make_chunk(run, chunk_no)
        return
    spec = (run.profile, run.seed, run.cal.today, run.cal.back, run.cal.ahead, run.team)
    # spawn, not fork: safe from a GUI's worker thread as well as the CLI
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1, initializer=_init_worker, initargs=spec) as pool:
        pending: deque[Any] = deque()
        next_no = 0
        while next_no < n_chunks and len(pending) < WINDOW:
            pending.append(pool.apply_async(_worker_chunk, (next_no,)))
            next_no += 1
        while pending:
            result = pending.popleft().get()
            if next_no < n_chunks:
                pending.append(pool.apply_async(_worker_chunk, (next_no,)))
                next_no += 1
            yield result


_WORKER_RUN: Run | None = None


def _init_worker(profile: Profile, seed: int, today: date, back: int, ahead: int, team: Team) -> None:
    global _WORKER_RUN
    # Ctrl+C is the parent's to handle (it rolls back and stops this pool); no second traceback here
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_RUN = Run(profile, seed, Calendar(today, back, ahead), UuidMaker(seed), team)


def _worker_chunk(chunk_no: int) -> ChunkRows:
    assert _WORKER_RUN is not None, "worker not initialised"
    return make_chunk(_WORKER_RUN, chunk_no)
