from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.store.db import Database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_now_option_runs_a_command_as_of_that_moment(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "--db", str(db_path), "profile", "--name", "张伟")[0] == 0
    code, out, _ = _run(capsys, "--db", str(db_path), "--lang", "en", "--now", "2026-03-31T10:00", "deadlines")
    assert code == 0 and "2026-03" in out and "2026-12" not in out


def test_now_from_the_environment(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(capsys, "--db", str(db_path), "profile", "--name", "张伟")[0] == 0
    monkeypatch.setenv("KAMDESK_NOW", "2027-01-01T08:00")
    code, out, _ = _run(capsys, "--db", str(db_path), "--lang", "en", "deadlines")
    assert code == 0 and "2026-12" in out


def test_malformed_now_is_one_line_and_exit_2(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--db", str(db_path), "--now", "tomorrow", "deadlines")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "tomorrow" in err


def test_profile_shows_and_sets_the_zone(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "profile", "--name", "张伟", "--zone", "Asia/Shanghai")
    assert code == 0 and "Asia/Shanghai" in out and "张伟" in out
    code, _, err = _run(capsys, "--db", str(db_path), "profile", "--zone", "Nowhere/City")
    assert code == 2 and "Nowhere/City" in err
    code, out, _ = _run(capsys, "--db", str(db_path), "profile", "--zone", "")
    assert code == 0 and "(system:" in out
