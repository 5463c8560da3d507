"""Backups that protect: verified copies, one rotating series per database
(7 daily, 4 weekly, 12 monthly), immune to clock changes, automatic daily and
before large changes, and outputs that never replace a device or a folder."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk import clock
from kamdesk.cli.main import main
from kamdesk.errors import UserError
from kamdesk.paths import backups_dir
from kamdesk.store import backup, backup_series
from kamdesk.store.db import sqlite_url
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database


def _filled(path: Path) -> Path:
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add_all(Account(name=f"客户 {i}", short_name=f"c{i}") for i in range(20))
    db.dispose()
    return path


def _series(path: Path) -> list[Path]:
    return [c.path for c in backup_series.copies(path)]


def _copy(stamp: datetime, kind: str = "") -> backup_series.Copy:
    return backup_series.Copy(stamp, Path(f"/b/{stamp:%Y%m%d-%H%M%S}{kind}.db"), kind)


def test_rotation_keeps_7_daily_4_weekly_12_monthly_and_the_3_newest():
    start = datetime(2024, 1, 1, 9, 0)
    # two copies a day for two years
    series = [_copy(start + timedelta(days=d, hours=h)) for d in range(730) for h in (0, 8)]
    kept = backup_series.kept(series, None)
    newest = sorted(series, reverse=True)
    days = {c.stamp.date() for c in series if c.path in kept}
    assert {c.path for c in newest[:3]} <= kept
    last7 = sorted({c.stamp.date() for c in series})[-7:]
    assert set(last7) <= days
    months = {(c.stamp.year, c.stamp.month) for c in series if c.path in kept}
    assert len(months) == 12
    assert len(kept) <= 3 + 7 + 4 + 12


def test_two_databases_never_rotate_each_other(tmp_path: Path):
    a = _filled(tmp_path / "a" / "kamdesk.db") if (tmp_path / "a").mkdir() is None else None
    b = _filled(tmp_path / "b" / "kamdesk.db") if (tmp_path / "b").mkdir() is None else None
    assert a is not None and b is not None
    db_a, db_b = open_database(sqlite_url(a)), open_database(sqlite_url(b))
    try:
        with clock.frozen_at("2026-03-01T10:00"):
            first_a = backup.rotating_backup(db_a)
        for day in range(1, 15):
            with clock.frozen_at(f"2026-04-{day:02d}T10:00"):
                backup.rotating_backup(db_b)
        assert _series(a) == [first_a]
        assert len(_series(b)) < 14
        assert backup_series.series_key(a) != backup_series.series_key(b)
    finally:
        db_a.dispose()
        db_b.dispose()


def test_a_clock_a_year_back_neither_crashes_nor_deletes_the_new_copy(tmp_path: Path):
    db = open_database(sqlite_url(_filled(tmp_path / "rep.db")))
    try:
        for day in range(1, 30):
            with clock.frozen_at(f"2026-05-{day:02d}T09:00"):
                backup.rotating_backup(db)
        with clock.frozen_at("2025-05-30T09:00"):
            back = backup.rotating_backup(db)
        assert back.exists() and back in _series(db.path)  # type: ignore[arg-type]
        assert len(_series(db.path)) >= 7  # type: ignore[arg-type]
    finally:
        db.dispose()


def test_a_damaged_source_gives_no_backup_and_says_so(tmp_path: Path):
    path = _filled(tmp_path / "rep.db")
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add_all(Account(name="x" * 300, short_name=f"d{i}") for i in range(2000))
    sound = backup.rotating_backup(db)
    db.dispose()
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size // 2, size - 8192, 16384):
            fh.seek(offset)
            fh.write(b"\xff\x00\xa5" * 300)
    db = open_database(sqlite_url(path))
    try:
        for _ in range(3):
            with pytest.raises(
                UserError, match=f"no sound backup could be made.*newest sound backup is {sound}"
            ):
                backup.rotating_backup(db)
    finally:
        db.dispose()
    assert _series(path) == [sound]
    assert not list(backups_dir().glob("*.part*"))


@pytest.mark.parametrize("target", ["/dev/null", "folder"])
def test_backup_onto_a_device_or_a_folder_is_refused(tmp_path: Path, capsys, target: str):
    path = _filled(tmp_path / "rep.db")
    out = tmp_path / "folder" if target == "folder" else Path(target)
    out.mkdir(exist_ok=True) if target == "folder" else None
    before = out.stat()
    assert main(["--db", str(path), "backup", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("not a regular file" in err or "is a folder" in err)
    after = out.stat()
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
    assert not Path(str(out) + ".part").exists()


def test_the_first_command_of_the_day_takes_the_daily_backup(tmp_path: Path, capsys):
    path = _filled(tmp_path / "rep.db")
    out = tmp_path / "p.csv"
    with clock.frozen_at("2026-06-01T08:00"):
        assert main(["--db", str(path), "pipeline-export", "-o", str(out)]) == 0
        assert main(["--db", str(path), "pipeline-export", "-o", str(out)]) == 0
    assert len(_series(path)) == 1
    with clock.frozen_at("2026-06-02T08:00"):
        assert main(["--db", str(path), "pipeline-export", "-o", str(out)]) == 0
    assert [c.stamp.day for c in backup_series.copies(path)] == [1, 2]


def test_import_takes_a_copy_first(tmp_path: Path, capsys):
    path = _filled(tmp_path / "rep.db")
    bundle = tmp_path / "b.json"
    assert main(["--db", str(path), "export", "-o", str(bundle)]) == 0
    assert main(["--db", str(path), "import", str(bundle)]) == 0
    assert any(c.kind == "before-import" for c in backup_series.copies(path))


def test_pre_migration_copies_are_rotated_too(tmp_path: Path):
    path = _filled(tmp_path / "rep.db")
    db = open_database(sqlite_url(path))
    try:
        made = [backup.backup_before_migration(db, "0004", "0005") for _ in range(6)]
    finally:
        db.dispose()
    left = [c for c in backup_series.copies(path) if c.kind.startswith("pre-migrate")]
    assert [c.path for c in left] == made[-backup_series.KEEP_PRE_MIGRATE :]


def test_a_written_backup_is_a_self_contained_sound_file(tmp_path: Path):
    db = open_database(sqlite_url(_filled(tmp_path / "rep.db")))
    try:
        copy = backup.rotating_backup(db)
    finally:
        db.dispose()
    assert backup.verify_file(copy).accounts == 20
    assert not os.path.exists(str(copy) + "-wal")


def test_a_hand_over_takes_a_copy_first(db, db_path: Path):  # type: ignore[no-untyped-def]
    from kamdesk.services.accounts.extras import hand_over
    from kamdesk.store.models import Rep

    with db.transaction() as s:
        s.add(Account(name="远景医药"))
        s.add(Rep(name="王芳"))
    with db.reading() as s:
        acc, rep = s.scalars(select(Account.uuid)).one(), s.scalars(select(Rep.uuid)).one()
    assert hand_over(db, [acc], rep).value == 1
    assert [c.kind for c in backup_series.copies(db_path)] == ["before-hand-over"]
