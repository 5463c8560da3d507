"""``kill -9`` in the middle of an import: afterwards the database passes
``integrity_check`` and holds either the state before the import or the
state after it, never a part of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kamdesk.store.db import sqlite_url
from kamdesk.store.schema import open_database

KILLS = 3


def _state(path: Path) -> tuple[str, int, int]:
    with sqlite3.connect(path) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        accounts = conn.execute("SELECT count(*) FROM account").fetchone()[0]
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    return ok, accounts, contacts


def _import(db: Path, file: Path, *, stderr: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "kamdesk", "--db", str(db), "import", str(file)],
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        env=env,
    )


def _kill_while_writing(pristine: Path, file: Path, tmp_path: Path, after: tuple[str, int, int]) -> None:
    """``after``: the state a complete import leaves."""
    before = _state(pristine)
    assert after != before
    rng = random.Random(14)
    outcomes = []
    for i in range(KILLS):
        db = tmp_path / f"killed{i}.db"
        shutil.copy(pristine, db)
        proc = _import(db, file)
        # kill once the import has begun writing (pages reach the WAL), a little later each time
        wal = db.with_name(db.name + "-wal")
        deadline = time.perf_counter() + 60
        while proc.poll() is None and time.perf_counter() < deadline:
            if wal.exists() and wal.stat().st_size > 0:
                break
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.05) * i)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        state = _state(db)
        assert state in (before, after), f"kill {i}: {state} is neither {before} nor {after}"
        outcomes.append("after" if state == after else "before")
    print(f"killed while writing: {outcomes}")
    # and the complete import does leave the ``after`` state
    proc = _import(pristine, file, stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert _state(pristine) == after
    # leftovers of a killed writer (-wal, -journal) are recovered by the next open
    db = open_database(sqlite_url(tmp_path / "killed0.db"))
    db.dispose()


@pytest.fixture
def pristine(tmp_path: Path) -> Path:
    path = tmp_path / "pristine.db"
    db = open_database(sqlite_url(path))
    db.dispose()
    return path


def test_kill_during_a_csv_import(pristine: Path, tmp_path: Path) -> None:
    csv = tmp_path / "big.csv"
    with csv.open("w", encoding="utf-8") as fh:
        fh.write("客户名称,电话,地址,联系人,手机\n")
        for i in range(2000):
            fh.write(f"测试公司{i},010-{10000000 + i},北京市朝阳区{i}号,联系人{i},139{10000000 + i}\n")
    _kill_while_writing(pristine, csv, tmp_path, ("ok", 2000, 2000))


def test_kill_during_a_bundle_import(pristine: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    src = open_database(sqlite_url(source))
    from datetime import date

    from kamdesk.store.demo.generate import generate
    from kamdesk.store.io.bundle import export_bundle

    generate(src, size="small", seed=3, today=date(2026, 3, 31))
    with src.engine.begin() as conn:  # a few thousand records: seconds, not a minute
        conn.exec_driver_sql("DELETE FROM account WHERE id > 60")
    bundle = tmp_path / "all.json"
    export_bundle(src, bundle, include_private=True)  # the whole database, as the state compares
    src.dispose()
    _kill_while_writing(pristine, bundle, tmp_path, _state(source))
