"""The sync figure of ``kamdesk bench --sync``: 40 reps, one day's changes each
(30 visits, 50 contact-log entries, 10 stage moves), each laptop synced in turn
against a team server holding the whole data set (target: ≤ 2 s per laptop).

Set-up (not timed): a throwaway PostgreSQL cluster; the demo data set of the
given size generated into a SQLite file and loaded onto the server (as its
owner, with every record in the change log); the accounts shared out among 40
reps, each with a login role. Every laptop starts as a copy of that file, in
sync with the server; it then makes its day's changes through the triggers and
syncs (pull what its rep may see of the others' days, merge, push)."""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text, update
from sqlalchemy.pool import NullPool

REPS = 40
DAY = {"visits": 30, "contact_log": 50, "stage_moves": 10}
TARGET_S = 2.0


def _say(text_: str) -> None:
    print(text_, file=sys.stderr, flush=True)


def _share_out(path: Path, reps: int) -> list[tuple[int, str]]:
    """At least ``reps`` reps, the accounts and opportunities dealt among them: (id, uuid) each."""
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.models import Base, new_uuid
    from kamdesk.store.schema import open_database

    db = open_database(sqlite_url(path))
    rep = Base.metadata.tables["rep"]
    with db.engine.begin() as conn:
        have = conn.execute(select(func.count()).select_from(rep)).scalar_one()
        for n in range(have, reps):
            conn.execute(
                insert(rep).values(uuid=new_uuid(), name=f"代表{n + 1:02d}", is_me=False, active=True)
            )
        ids = [tuple(r) for r in conn.execute(select(rep.c.id, rep.c.uuid).order_by(rep.c.id).limit(reps))]
        conn.execute(update(rep).values(is_me=False))
        case = f"CASE (id % {reps}) " + " ".join(f"WHEN {i} THEN {rid}" for i, (rid, _u) in enumerate(ids))
        conn.exec_driver_sql(f"UPDATE account SET owner_id = {case} END")
        conn.exec_driver_sql(
            "UPDATE opportunity SET owner_id = (SELECT owner_id FROM account WHERE account.id = opportunity.account_id)"
        )
        conn.exec_driver_sql(
            "UPDATE visit SET rep_id = (SELECT owner_id FROM account WHERE account.id = visit.account_id)"
        )
    db.dispose()
    return [(int(i), str(u)) for i, u in ids]


def _load_server(cluster: Any, source: Path) -> str:
    from kamdesk.services.sync.admin import init_server
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.io.bundle import copy_database
    from kamdesk.store.schema import open_database
    from kamdesk.store.sync.tables import sync_tables

    name = cluster.new_database()
    init_server(cluster.url(name))
    src = open_database(sqlite_url(source))
    server = open_database(cluster.url(name))
    # without private details, as the laptops would have sent it; streamed (a bundle
    # file of the large set, read whole, took 23 GB)
    copy_database(src, server, progress=lambda table, n, total: _say(f"  loading {table} ({n + 1}/{total})"))
    src.dispose()
    with server.engine.begin() as conn:
        for table in sync_tables():
            conn.execute(
                text(
                    f"INSERT INTO sync_change (table_name, record_uuid) SELECT '{table.name}', uuid FROM \"{table.name}\""
                )
            )
    server.dispose()
    return str(name)


def _laptop_template(source: Path, cluster: Any, team_db: str) -> None:
    """The source file as a laptop in sync: team, key, pushed, the server's end of log."""
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.schema import open_database
    from kamdesk.store.sync.server import TEAM_ID, TEAM_SECRET
    from kamdesk.store.sync.tables import PULL_MARK, PUSHED, SECRET, TEAM, get_meta, set_meta

    engine = create_engine(cluster.url(team_db), poolclass=NullPool)
    with engine.connect() as conn:
        team, secret = get_meta(conn, TEAM_ID), get_meta(conn, TEAM_SECRET)
        end = conn.execute(text("SELECT max(seq) FROM sync_change")).scalar_one()
    engine.dispose()
    db = open_database(sqlite_url(source))
    with db.engine.begin() as conn:
        for key, value in ((TEAM, team), (SECRET, secret), (PUSHED, "1"), (PULL_MARK, str(end))):
            set_meta(conn, key, value)
        set_meta(conn, "sync_tracking", "on")
    db.dispose()


def _keep_only_mine(conn: Any, rep_id: int) -> None:
    """A rep's laptop holds what the rep may see: their own and the shared accounts
    (set-up, untimed; left whole, the timed sync would first take the others off,
    as it does after a hand-over). One cascading delete, tracking off."""
    from kamdesk.store.models import Base
    from kamdesk.store.search import rebuild_account_search
    from kamdesk.store.sync.tracking import set_tracking

    account = Base.metadata.tables["account"]
    set_tracking(conn, False)
    conn.execute(account.delete().where(account.c.owner_id.is_not(None), account.c.owner_id != rep_id))
    rebuild_account_search(conn)
    set_tracking(conn, True)


def _one_day(db: Any, rep_id: int, rng: random.Random) -> None:
    """A rep's day, written as the app would (the triggers note each change)."""
    from kamdesk import clock
    from kamdesk.domain.stages import Stage
    from kamdesk.domain.visits import ContactWay
    from kamdesk.store.models import Base, new_uuid

    account, visit, log = (Base.metadata.tables[n] for n in ("account", "visit", "contact_log"))
    opp, moves = Base.metadata.tables["opportunity"], Base.metadata.tables["stage_change"]
    now = clock.now()
    with db.engine.begin() as conn:
        mine = list(conn.execute(select(account.c.id).where(account.c.owner_id == rep_id)).scalars())
        opps = list(conn.execute(select(opp.c.id, opp.c.stage).where(opp.c.owner_id == rep_id)).all())
        for i in range(DAY["visits"]):
            conn.execute(
                insert(visit).values(
                    uuid=new_uuid(), account_id=rng.choice(mine), rep_id=rep_id,
                    starts_at=now - timedelta(hours=i % 9), place=f"拜访{i}",
                )
            )  # fmt: skip
        for i in range(DAY["contact_log"]):
            conn.execute(
                insert(log).values(
                    uuid=new_uuid(), account_id=rng.choice(mine), rep_id=rep_id, way=ContactWay.PHONE,
                    at=now - timedelta(minutes=7 * i), content=f"电话沟通{i}",
                )
            )  # fmt: skip
        stages = list(Stage)
        for oid, stage in rng.sample(opps, min(DAY["stage_moves"], len(opps))):
            after = stages[(stages.index(stage) + 1) % len(stages)]
            conn.execute(update(opp).where(opp.c.id == oid).values(stage=after))
            conn.execute(
                insert(moves).values(
                    uuid=new_uuid(), opportunity_id=oid, from_stage=stage, to_stage=after, at=now
                )
            )


def run_sync_bench(
    size: str = "small", output: Path | None = None, *, reps: int = REPS, keep: Path | None = None
) -> dict[str, Any]:
    """``keep``: a folder holding the data set of an earlier ``bench --keep`` run
    (bench-SIZE.db), copied rather than built again (the large one takes minutes)."""
    from kamdesk.bench.pgcluster import Cluster
    from kamdesk.services.sync import sync
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.demo.generate import generate
    from kamdesk.store.schema import open_database
    from kamdesk.store.sync import server as server_mod
    from kamdesk.store.sync.tables import ORIGIN, set_meta

    folder = Path(tempfile.mkdtemp(prefix="kamdesk-syncbench-"))
    cluster = Cluster()
    cluster.start()
    try:
        source = folder / "source.db"
        t0 = time.perf_counter()
        kept = keep / f"bench-{size}.db" if keep else None
        if kept is not None and kept.exists():
            shutil.copyfile(kept, source)
        else:
            db = open_database(sqlite_url(source))
            generate(db, size=size)
            db.dispose()
        ids = _share_out(source, reps)
        _say(
            f"data set {size}{' (kept)' if kept and kept.exists() else ''}: {time.perf_counter() - t0:.0f} s"
        )
        t0 = time.perf_counter()
        team_db = _load_server(cluster, source)
        engine = create_engine(cluster.url(team_db), poolclass=NullPool)
        with engine.begin() as conn:
            for n, (_rid, ruuid) in enumerate(ids):
                server_mod.add_rep(conn, f"rep{n:02d}", f"pw{n:02d}", f"rep{n}", rep_uuid=ruuid)
            records = conn.execute(text("SELECT count(*) FROM sync_change")).scalar_one()
        engine.dispose()
        _laptop_template(source, cluster, team_db)
        _say(f"server loaded ({records:,} records): {time.perf_counter() - t0:.0f} s")
        rng = random.Random(21)
        seconds: list[float] = []
        sent: list[int] = []
        for n, (rid, _ruuid) in enumerate(ids):
            laptop = folder / f"laptop{n:02d}.db"
            shutil.copyfile(source, laptop)
            db = open_database(sqlite_url(laptop))
            with db.engine.begin() as conn:
                conn.execute(text("UPDATE rep SET is_me = 1 WHERE id = :i"), {"i": rid})
                set_meta(conn, ORIGIN, f"bench{n:02d}")
                _keep_only_mine(conn, rid)
            _one_day(db, rid, rng)
            result = sync(db, cluster.url(team_db, f"rep{n:02d}", f"pw{n:02d}"))
            db.dispose()
            laptop.unlink()
            seconds.append(result.seconds)
            sent.append(result.sent)
            _say(
                f"laptop {n + 1:2d}/{len(ids)}: sent {result.sent}, received {result.received}, {result.seconds:.2f} s"
            )
        figures = {
            "size": size,
            "reps": len(ids),
            "server_records": records,
            "day": DAY,
            "sent_per_laptop": statistics.median(sent),
            "sync_s_median": round(statistics.median(seconds), 3),
            "sync_s_max": round(max(seconds), 3),
            "target_s": TARGET_S,
            "met": max(seconds) <= TARGET_S,
        }
        print(
            f"sync, {len(ids)} laptops × one day ({sum(DAY.values())} changes) against {records:,} records: "
            f"median {figures['sync_s_median']:.2f} s, max {figures['sync_s_max']:.2f} s per laptop "
            f"(target ≤ {TARGET_S:.0f} s: {'met' if figures['met'] else 'MISSED'})"
        )
        if output is not None:
            output.write_text(json.dumps(figures, indent=1), encoding="utf-8")
        return figures
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
