"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and
database file, so nothing touches the user's real data."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.schema import open_database


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(data))
    monkeypatch.delenv("KAMDESK_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kamdesk.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty, migrated store on a temp SQLite file."""
    database = open_database(sqlite_url(db_path))
    yield database
    database.dispose()
