"""Progress on a terminal, silence in logs: the one helper every long command uses."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.cli.progress import Progress
from kamdesk.store.db import sqlite_url
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_progress_is_redrawn_in_place_and_cleared():
    out = _Terminal()
    with Progress(out) as progress:
        progress("exporting account", 50, 200)
        progress("exporting visit", 200, 200)  # the last step is always drawn
        progress.tick("checking integrity")
    text = out.getvalue()
    assert text.startswith("\r") and "\n" not in text
    assert "exporting account" in text and "25%" in text and "100%" in text
    assert text.endswith("\r")  # the line is cleared when the command ends


def test_in_a_log_progress_writes_nothing():
    out = io.StringIO()
    with Progress(out) as progress:
        for i in range(100):
            progress("exporting", i, 100)
        progress.tick("checking")
    assert out.getvalue() == ""


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "rep.db"
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add_all(Account(name=f"客户{i}") for i in range(30))
    db.dispose()
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "-o", "{tmp}/all.json"],
        ["check"],
        ["pipeline-export", "-o", "{tmp}/p.csv"],
        ["rollup", "--month", "2026-11", "-o", "{tmp}/team.pdf"],
    ],
)
def test_long_commands_keep_carriage_returns_out_of_logs(filled: Path, tmp_path: Path, capsys, argv):
    assert main(["--db", str(filled), *(a.format(tmp=tmp_path) for a in argv)]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and "Traceback" not in err
