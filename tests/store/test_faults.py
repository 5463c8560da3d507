"""Faults: a process killed with SIGKILL at random moments during backup,
restore and migration leaves a sound database in its before or after state
(and its leftovers are cleaned at the next start); a full disk and a read-only
folder give one clear line and write nothing.

The full and read-only file systems are small tmpfs mounts (this needs root, as
in CI); where mounting is not allowed those tests are skipped, and the SQLite
page limit (``max_page_count``) stands in for a full disk.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from kamdesk.cli.main import main
from kamdesk.paths import backups_dir
from kamdesk.store import backup, backup_series
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.schema import _upgrade, current_revision, head_revision, open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 6


def _fill(path: Path, accounts: int) -> Path:
    db = open_database(sqlite_url(path))
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (name, sort_key, initials, counterparty_kind, archived, uuid, created_at,"
                " updated_at, version) VALUES (:n, :n, 'x', 'customer', 0, :u, '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00', 1)"
            ),
            [
                {"n": f"客户 {i} " + "详" * 150, "u": f"00000000-0000-4000-8000-{i:012d}"}
                for i in range(accounts)
            ],
        )
    db.dispose()
    return path


def _accounts(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM account").fetchone()[0])
    finally:
        conn.close()


def _run_and_kill(code: str, data_dir: Path, rng: random.Random, *, low: float, high: float) -> bool:
    """Run ``code`` in a fresh interpreter and SIGKILL it after a random delay; True if it was killed."""
    env = {**os.environ, "KAMDESK_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stderr=subprocess.PIPE)
    time.sleep(rng.uniform(low, high))
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert killed or proc.returncode == 0, err.decode(errors="replace")
    return killed


def test_kill_during_backups_leaves_only_sound_copies(tmp_path: Path, _isolated_data_dir: Path):
    path = _fill(tmp_path / "rep.db", 6000)
    rng = random.Random(14)
    code = (
        "from kamdesk.store.backup import rotating_backup\n"
        "from kamdesk.store.schema import open_database\n"
        f"db = open_database({sqlite_url(path)!r})\n"
        "for _ in range(50): rotating_backup(db)\n"
    )
    kills = sum(_run_and_kill(code, _isolated_data_dir, rng, low=0.6, high=2.0) for _ in range(ROUNDS))
    assert kills >= ROUNDS - 1, f"only {kills} of {ROUNDS} runs were killed (the rest ended on their own)"
    for copy in backup_series.copies(path):
        assert _accounts(copy.path) == 6000, copy.path  # every finished copy is complete and sound
    assert _accounts(path) == 6000
    open_database(sqlite_url(path)).dispose()  # the next start cleans what the kills left
    left = sorted(p.name for p in backups_dir().iterdir())
    assert not [name for name in left if ".part" in name], left


def test_kill_during_restore_leaves_the_before_or_the_after_state(tmp_path: Path, _isolated_data_dir: Path):
    path = _fill(tmp_path / "rep.db", 3000)
    small = backup.write_copy(_fill(tmp_path / "small.db", 1000), tmp_path / "small-copy.db")
    large = backup.write_copy(path, tmp_path / "large-copy.db")
    rng = random.Random(15)
    code = (
        "from pathlib import Path\n"
        "from kamdesk.store.backup import restore_from\n"
        "from kamdesk.store.db import Database\n"
        f"for i in range(40): restore_from(Database({sqlite_url(path)!r}), Path({[str(small), str(large)]!r}[i % 2]))\n"
    )
    seen = set()
    for _ in range(ROUNDS):
        _run_and_kill(code, _isolated_data_dir, rng, low=0.5, high=1.5)
        db = open_database(sqlite_url(path))  # opens, cleans .restoring and half-kept copies
        db.dispose()
        count = _accounts(path)
        assert count in (1000, 3000)
        seen.add(count)
        assert not (tmp_path / "rep.db.restoring").exists()
        assert not list(tmp_path.glob("*.part"))
    for kept in tmp_path.glob("rep.before-restore-*.db"):
        assert _accounts(kept) in (1000, 3000)


def test_kill_during_migration_leaves_the_old_or_the_new_schema(tmp_path: Path, _isolated_data_dir: Path):
    rng = random.Random(16)
    template = tmp_path / "template.db"
    old = Database(sqlite_url(template))
    _upgrade(old, "0005")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (name, sort_key, initials, counterparty_kind, archived, uuid, created_at,"
                " updated_at) VALUES (:n, :n, 'x', 'customer', 0, :u, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            ),
            [{"n": f"客户 {i}", "u": f"00000000-0000-4000-8000-{i:012d}"} for i in range(20000)],
        )
    old.dispose()
    code = "from kamdesk.store.schema import open_database\nopen_database({url!r})\n"
    # how long a whole start with migration takes here, so that the kills spread over all of it
    timing = tmp_path / "timing.db"
    timing.write_bytes(template.read_bytes())
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", code.format(url=sqlite_url(timing))], cwd=ROOT, check=True)
    duration = time.monotonic() - started
    outcomes = []
    for n in range(10):
        path = tmp_path / f"m{n}.db"
        path.write_bytes(template.read_bytes())
        _run_and_kill(
            code.format(url=sqlite_url(path)),
            _isolated_data_dir,
            rng,
            low=0.3 * duration,
            high=1.1 * duration,
        )
        assert _accounts(path) == 20000
        db = Database(sqlite_url(path))
        outcomes.append(current_revision(db))
        db.dispose()
        assert outcomes[-1] in {"0005", head_revision()}  # one transaction: all migrations or none
        db = open_database(sqlite_url(path))  # and it migrates at the next start
        assert current_revision(db) == head_revision()
        db.dispose()
        assert _accounts(path) == 20000


# --- full disk, read-only folder -------------------------------------------------------------


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only); skipped where mounting is not allowed."""
    mount = tmp_path / "fs"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True, check=False
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_backup_and_export_onto_a_full_disk(tmp_path: Path, small_fs: Path, capsys):
    path = _fill(tmp_path / "rep.db", 6000)  # ~5 MB: does not fit
    assert main(["--db", str(path), "backup", "-o", str(small_fs / "copy.db")]) == 2
    assert "disk is full" in _one_line(capsys)
    assert main(["--db", str(path), "export", "-o", str(small_fs / "all.json")]) == 2
    assert "disk is full" in _one_line(capsys)
    assert list(small_fs.iterdir()) == []  # no partial file left behind


def test_writing_to_a_database_on_a_full_disk(tmp_path: Path, small_fs: Path, capsys):
    path = small_fs / "rep.db"
    _fill(path, 100)
    filler = small_fs / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # the disk is full now
    finally:
        os.close(fd)
    bundle = tmp_path / "b.json"
    assert main(["--db", str(_fill(tmp_path / "other.db", 3000)), "export", "-o", str(bundle)]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "import", str(bundle)]) == 2
    assert "full" in _one_line(capsys)
    filler.unlink()
    assert _accounts(path) == 100  # nothing was written


def test_a_read_only_folder(tmp_path: Path, small_fs: Path, capsys):
    path = _fill(small_fs / "rep.db", 10)
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    try:
        assert main(["--db", str(tmp_path / "rep.db"), "demo"]) == 0
        capsys.readouterr()
        assert main(["--db", str(tmp_path / "rep.db"), "backup", "-o", str(small_fs / "copy.db")]) == 2
        assert "cannot write" in _one_line(capsys)
        assert main(["--db", str(tmp_path / "rep.db"), "export", "-o", str(small_fs / "x.json")]) == 2
        assert "cannot write" in _one_line(capsys)
        assert main(["--db", str(path), "restore", str(tmp_path / "rep.db")]) == 2
        assert _one_line(capsys)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_fs)], check=True)
    assert _accounts(path) == 10


def test_a_database_that_reaches_its_page_limit_is_a_clear_error(tmp_path: Path, capsys):
    """Everywhere (no mount needed): SQLite's own "database or disk is full"."""
    path = _fill(tmp_path / "rep.db", 10)
    db = open_database(sqlite_url(path))

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 1}")

    db.engine.dispose()
    from kamdesk.errors import UserError
    from kamdesk.store.models import Account

    with pytest.raises(UserError, match="disk is full: nothing was saved"), db.transaction() as s:
        s.add_all(Account(name="x" * 200) for _ in range(500))
    db.dispose()
    assert _accounts(path) == 10
