"""The GUI on a damaged database: the message names the newest sound backup
and offers to restore it; the day's backup is taken at exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.store import backup, backup_series
from kamdesk.store.db import sqlite_url
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database
from kamdesk.ui.dialogs import database as dialogs


def test_a_damaged_database_at_start_offers_the_newest_backup(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rep.db"
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add(Account(name="杭州远景医药"))
    sound = backup.rotating_backup(db)
    db.dispose()
    path.write_bytes(path.read_bytes()[:5000])
    prompts: list[tuple[str, bool]] = []

    def prompt(parent, where, message, *, offer_restore=False):  # type: ignore[no-untyped-def]
        prompts.append((message, offer_restore))
        return "restore"

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "cannot_open_prompt", prompt)
    monkeypatch.setattr(dialogs.messages, "show_info", lambda parent, title, text: shown.append(text))
    opened = dialogs.open_store_interactively(sqlite_url(path))
    assert opened is not None
    try:
        [(message, offered)] = prompts
        assert "is damaged" in message and str(sound) in message and offered
        assert "kept as" in shown[0]
        with opened.reading() as s:
            assert s.query(Account).one().name == "杭州远景医药"
    finally:
        opened.dispose()


def test_the_daily_backup_is_taken_at_exit(tmp_path: Path) -> None:
    from kamdesk.ui.application import _daily_backup

    db = open_database(sqlite_url(tmp_path / "rep.db"))
    try:
        _daily_backup(db)
        _daily_backup(db)  # once a day
    finally:
        db.dispose()
    assert len(backup_series.copies(tmp_path / "rep.db")) == 1
