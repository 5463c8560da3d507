"""Bad databases, bad URLs, bad dates and bad output paths: one line on
stderr and exit status 2, never a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kamdesk.cli.main import main
from kamdesk.store import db as store_db
from kamdesk.store.db import Database


def _one_line(capsys: pytest.CaptureFixture[str], argv: list[str], *has: str) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and "\n" not in err, err
    for text in has:
        assert text in err, err
    return err


@pytest.fixture
def filled(db: Database, db_path: Path, tmp_path: Path) -> Path:
    """A database with one account (made through the CSV import)."""
    csv = tmp_path / "one.csv"
    csv.write_text("客户名称,电话\n甲公司,010-12345678\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(csv)]) == 0
    db.dispose()
    return db_path


def test_a_file_that_is_not_sqlite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"these are my notes, not a database\n" * 200)
    out = tmp_path / "a.csv"
    _one_line(capsys, ["--db", str(bad), "export-accounts", "-o", str(out)], "not a KAMdesk database")
    assert not out.exists()


def test_a_truncated_database(capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path) -> None:
    blob = filled.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(blob[: len(blob) // 3])
    _one_line(capsys, ["--db", str(cut), "export-accounts", "-o", str(tmp_path / "a.csv")], "damaged")


def _with_pragma(monkeypatch: pytest.MonkeyPatch, pragma: Callable[[Any], None]) -> None:
    """Every new connection also gets ``pragma`` (a read-only file and a full
    disk, simulated in SQLite itself: file modes do not stop root)."""
    original = store_db._set_sqlite_pragmas

    def patched(dbapi_conn: Any, record: Any) -> None:
        original(dbapi_conn, record)
        pragma(dbapi_conn)

    monkeypatch.setattr(store_db, "_set_sqlite_pragmas", patched)


def test_a_read_only_database(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_pragma(monkeypatch, lambda c: c.execute("PRAGMA query_only = ON"))
    csv = tmp_path / "two.csv"
    csv.write_text("客户名称,电话\n乙公司,010-23456789\n", encoding="utf-8")
    _one_line(capsys, ["--db", str(filled), "import", str(csv)], "read-only")


def test_a_full_disk(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(conn: Any) -> None:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")

    _with_pragma(monkeypatch, full)
    csv = tmp_path / "many.csv"
    csv.write_text(
        "客户名称,地址\n" + "".join(f"公司{i},{'很长的地址' * 40}\n" for i in range(300)), encoding="utf-8"
    )
    _one_line(capsys, ["--db", str(filled), "import", str(csv)], "disk is full")
    monkeypatch.undo()
    with sqlite3.connect(filled) as conn:  # nothing of the import was kept
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql+psycopg://nobody@127.0.0.1:1/kamdesk", "cannot use the database"),
        ("nonsense://", "not a database URL"),
        ("::::", "not a database URL"),
    ],
)
def test_a_bad_or_unreachable_url(capsys: pytest.CaptureFixture[str], url: str, says: str) -> None:
    _one_line(capsys, ["--url", url, "check"], says)


@pytest.mark.parametrize(
    "argv",
    [
        ["ics", "--from", "0001-01-01", "--to", "0001-02-01", "-o", "{tmp}/a.ics"],
        ["visit-pack", "--date", "9999-12-31", "-o", "{tmp}/a.pdf"],
    ],
)
def test_dates_out_of_range_are_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(filled), *(a.replace("{tmp}", str(tmp_path)) for a in argv)])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert "out of range" in err and "\n" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "monthly", "--month", "9999-12", "-o", "{tmp}/a.pdf"],
        ["report", "daily", "--date", "0001-01-01", "-o", "{tmp}/a.pdf"],
        ["rollup", "--month", "9999-12", "-o", "{tmp}/a.pdf"],
        ["submit", "--month", "0001-01", "-o", "{tmp}/a.kamsub"],
    ],
)
def test_periods_out_of_range(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, argv: list[str]
) -> None:
    _one_line(
        capsys, ["--db", str(filled), *(a.replace("{tmp}", str(tmp_path)) for a in argv)], "out of range"
    )


def test_output_onto_a_folder_or_where_nothing_can_be_written(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out.json"
    folder.mkdir()
    _one_line(capsys, ["--db", str(filled), "export", "-o", str(folder)], "is a folder")
    _one_line(capsys, ["--db", str(filled), "backup", "-o", str(tmp_path)], "is a folder")
    # /proc takes no new files, not even from root (file modes would not stop root)
    _one_line(capsys, ["--db", str(filled), "export", "-o", "/proc/kamdesk-test.json"], "/proc/")
