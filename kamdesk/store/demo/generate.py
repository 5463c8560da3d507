"""Orchestration: check the database is empty, write the team, then the
accounts chunk by chunk with everything that hangs off them, then plans,
then the search index — all in one transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.store.db import Database
from kamdesk.store.demo.context import PROFILES, Recent, Run
from kamdesk.store.demo.pipeline import chunks
from kamdesk.store.demo.plans import write_plans
from kamdesk.store.demo.rows import Calendar, UuidMaker, Writer
from kamdesk.store.demo.team import DEMO_ZONE, write_team

Progress = Callable[[str, int, int], None]

#: Parents before children, so foreign keys hold row by row.
TABLE_ORDER: tuple[str, ...] = (
    "account", "contact", "custom_value", "account_link", "opportunity", "stage_change",
    "opportunity_competitor", "tas_answer", "evaluation_criterion", "evaluation_score", "progress_point",
    "purchase", "purchase_item", "payment", "visit", "stakeholder", "attitude_change", "coverage", "visit_attendee",
    "contact_log", "commitment",
)  # fmt: skip

#: Days of history kept (visits cover the last year; purchases two).
HISTORY_DAYS = 1900
AHEAD_DAYS = 400


@dataclass(frozen=True)
class DemoSummary:
    size: str
    seed: int
    today: date
    reps: int
    accounts: int
    contacts: int
    opportunities: int
    stakeholders: int
    visits: int
    contact_logs: int
    purchases: int
    plan_periods: int
    rows: int
    seconds: float
    search_indexed: bool
    #: where the time went: (step, seconds), e.g. ("write", 41.2)
    timings: tuple[tuple[str, float], ...] = ()


def generate(
    db: Database,
    *,
    size: str = "small",
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data; deterministic for ``seed`` and ``today``.

    Raises UserError when the database already holds accounts (demo data never
    mixes with real records) or ``size`` is unknown.
    """
    profile = PROFILES.get(size)
    if profile is None:
        raise UserError(f"unknown demo size {size!r}; expected small or large")
    report = progress or (lambda _label, _done, _total: None)
    started = time.perf_counter()
    cpu_started = time.process_time()
    today = today or clock.now().astimezone(ZoneInfo(DEMO_ZONE)).date()  # the demo's reps' today
    cal = Calendar(today, HISTORY_DAYS, AHEAD_DAYS)
    run = Run(profile, seed, cal, UuidMaker(seed), team=None)  # type: ignore[arg-type]
    n_chunks = -(-profile.accounts // profile.chunk)
    timings: dict[str, float] = {}
    total_steps = n_chunks + 3
    with db.engine.connect() as conn:
        if db.is_sqlite:
            _bulk_pragmas(conn)
        try:
            with conn.begin():
                me, rep_base = _check_empty(conn)
                writer = Writer(conn)
                report("team", 0, total_steps)
                run.team = write_team(run, writer, profile.accounts, me=me, rep_base=rep_base)
                index = _SearchIndex(conn)
                others = len(run.team.competitors) + len(run.team.partner_ids) + len(run.team.supplier_ids)
                index.add(range(profile.accounts + 1, profile.accounts + 1 + others))
                recent = Recent()
                lap = time.perf_counter()
                for chunk_no, chunk in enumerate(chunks(run, n_chunks)):
                    lap = _lap(timings, "generate (waiting)", lap)
                    for name in TABLE_ORDER:
                        rows = chunk.rows.get(name)
                        if rows:
                            writer.write(name, chunk.cols[name], rows)
                    lap = _lap(timings, "write", lap)
                    index.add(chunk.account_ids)
                    lap = _lap(timings, "search index", lap)
                    for key, visits in chunk.days.items():
                        recent.days[key].extend(visits)
                    report("accounts", chunk_no + 1, total_steps)
                write_plans(run, writer, recent)
                # the laptop's own rep, made by the app before the demo, works in China time too
                conn.execute(text("UPDATE rep SET time_zone = :z WHERE time_zone IS NULL"), {"z": DEMO_ZONE})
                report("plans", n_chunks + 1, total_steps)
                indexed = index.finish()
                report("search index", n_chunks + 2, total_steps)
                lap = time.perf_counter()
                if db.is_sqlite:
                    _check_references(conn)
                lap = _lap(timings, "reference check", lap)
            _lap(timings, "commit", lap)
        finally:
            if db.is_sqlite:
                conn.rollback()
                _normal_pragmas(conn)
    from kamdesk.store.schema import apply_rep_zone

    apply_rep_zone(db)
    report("done", total_steps, total_steps)
    c = writer.counts
    return DemoSummary(
        size=size,
        seed=seed,
        today=today,
        reps=c.get("rep", 0),
        accounts=c.get("account", 0),
        contacts=c.get("contact", 0),
        opportunities=c.get("opportunity", 0),
        stakeholders=c.get("stakeholder", 0),
        visits=c.get("visit", 0),
        contact_logs=c.get("contact_log", 0),
        purchases=c.get("purchase", 0),
        plan_periods=c.get("plan_period", 0),
        rows=sum(c.values()),
        seconds=time.perf_counter() - started,
        search_indexed=indexed,
        timings=(*timings.items(), ("cpu of this process", time.process_time() - cpu_started)),
    )


def _lap(timings: dict[str, float], step: str, since: float) -> float:
    now = time.perf_counter()
    timings[step] = timings.get(step, 0.0) + now - since
    return now


#: Tables that must be empty: demo data never mixes with a user's records.
#: (Everything else hangs off accounts or these, so it is empty too.)
_MUST_BE_EMPTY = (
    ("account", "accounts"),
    ("our_person", "people on our side"),
    ("custom_field", "custom fields"),
    ("plan_period", "plans"),
    ("target", "targets"),
    ("report_submission", "report submissions"),
    ("announcement", "announcements"),
)


def _check_empty(conn: Connection) -> tuple[tuple[int, str] | None, int]:
    """Refuse a store with records; return the existing own rep (the app makes
    one on first need) and the highest rep id, so the demo team fits in."""
    for table, what in _MUST_BE_EMPTY:
        held = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        if held:
            raise UserError(
                f"the database already holds {held:,} {what}; demo data goes into an empty database"
            )
    mine = conn.execute(text("SELECT id, name FROM rep WHERE is_me ORDER BY id LIMIT 1")).first()
    top = conn.execute(text("SELECT coalesce(max(id), 0) FROM rep")).scalar_one()
    return (int(mine[0]), str(mine[1])) if mine else None, int(top)


def _bulk_pragmas(conn: Connection) -> None:
    """Load settings for this one connection: a rollback journal instead of WAL
    (an empty database's journal stays tiny, and nothing is written twice),
    no fsync until the end, a big page cache."""
    conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    # checked once, in one pass, before the commit (see _check_references): ~15 % less work
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.exec_driver_sql("PRAGMA synchronous=OFF")
    conn.exec_driver_sql("PRAGMA cache_size=-600000")
    conn.commit()


def _normal_pragmas(conn: Connection) -> None:
    conn.exec_driver_sql("PRAGMA cache_size=-2000")
    conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    conn.commit()


def _check_references(conn: Connection) -> None:
    """Every reference the load wrote points at a row (a bug otherwise: nothing is committed)."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(3)
    if broken:
        raise RuntimeError(f"demo data has broken references, first: {[tuple(r) for r in broken]}")


class _SearchIndex:
    """Feeds the account search index (kamdesk.store.search, when present)
    chunk by chunk, so its work overlaps the generation of the next chunk."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        try:
            from kamdesk.store import search
        except ImportError:
            self.search = None
        else:
            self.search = search

    def add(self, account_ids: Iterable[int]) -> None:
        if self.search is not None:
            self.search.reindex_accounts(self.conn, account_ids)

    def finish(self) -> bool:
        return self.search is not None
