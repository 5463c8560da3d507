"""``kamdesk demo`` end to end, in-process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kamdesk.cli.main import main


def test_demo_then_check_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--today", "2026-11-25"]) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1  # stdout: the summary line only
    assert "316 accounts" in out and "visits" in out and " s, " in out and "MB" in out
    assert "100.0%" in err  # the progress bar ends full
    assert main(["--db", str(db), "check"]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 316


def test_demo_into_a_non_empty_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.db"
    assert main(["--db", str(db), "demo", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "demo", "--seed", "4"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "kamdesk: the database already holds 316 accounts; demo data goes into an empty database\n"


def test_bad_date_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "x.db"), "demo", "--today", "25.11.2026"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "not a date: '25.11.2026' (expected YYYY-MM-DD)" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "x.db").exists()


def test_demo_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    out = capsys.readouterr().out
    assert "--size {small,large}" in out and "--seed N" in out and "--today YYYY-MM-DD" in out
