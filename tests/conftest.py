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


#: the store and services tests run twice, on a plain and on an encrypted
#: (SQLCipher) database; KAMDESK_TEST_ENCRYPTED=1 makes every test's encrypted
TEST_KEY = "kamdesk test passphrase"
_BOTH = ("tests/store/", "tests/services/")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_key" not in metafunc.fixturenames or os.environ.get("KAMDESK_TEST_ENCRYPTED"):
        return
    where = Path(str(metafunc.definition.path)).as_posix()
    if any(part in where for part in _BOTH) and metafunc.definition.get_closest_marker("plain_only") is None:
        metafunc.parametrize("db_key", [None, TEST_KEY], ids=["plain", "encrypted"], indirect=True)


@pytest.fixture
def db_key(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str | None:
    """The passphrase of the test's databases (None: plain). Set as KAMDESK_KEY
    too, so every database the test opens or creates is encrypted with it."""
    key = getattr(request, "param", None)
    if key is None and os.environ.get("KAMDESK_TEST_ENCRYPTED"):
        key = TEST_KEY
    if key is not None:
        monkeypatch.setenv("KAMDESK_KEY", key)
    else:
        monkeypatch.delenv("KAMDESK_KEY", raising=False)
    return key


@pytest.fixture
def db(db_path: Path, db_key: str | None) -> Iterator[Database]:
    """An empty, migrated store on a temp SQLite file (encrypted with ``db_key``)."""
    database = open_database(sqlite_url(db_path), key=db_key)
    yield database
    database.dispose()
