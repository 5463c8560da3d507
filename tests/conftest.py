"""Shared fixtures. Qt runs offscreen; every test gets its own data dir and
database file, so nothing touches the user's real data."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk import clock
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.schema import open_database

#: The moments at which the date-sensitive tests (marked ``dated``) run again,
#: through the clock, besides today: month and year ends, the monthly
#: report's deadline (before the 28th), the weekly one (Friday 17:30) and a
#: leap day. Naive times are in the rep's zone.
MOMENTS = {
    "month-last-minute": "2026-11-30T23:59:00",
    "month-first": "2026-12-01T00:00:30",
    "27th-2359": "2027-01-27T23:59:00",
    "28th-0001": "2027-01-28T00:01:00",
    "fri-1729": "2026-11-20T17:29:00",
    "fri-1731": "2026-11-20T17:31:00",
    "dec-31": "2026-12-31T23:30:00",
    "leap-day": "2028-02-29T12:00:00",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "dated: date-sensitive; also runs with the clock at each of conftest.MOMENTS"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    dated = metafunc.definition.get_closest_marker("dated") is not None
    both = _runs_encrypted_too(metafunc)
    if dated and both:
        # every moment on a plain database, and today's on an encrypted one (not 9 × 2)
        cases = [(None, None), *((m, None) for m in MOMENTS.values()), (None, TEST_KEY)]
        ids = ["today-plain", *(f"{m}-plain" for m in MOMENTS), "today-encrypted"]
        metafunc.parametrize(("_clock", "db_key"), cases, ids=ids, indirect=True)
    elif dated:
        metafunc.parametrize("_clock", [None, *MOMENTS.values()], ids=["today", *MOMENTS], indirect=True)
    elif both:
        metafunc.parametrize("db_key", [None, TEST_KEY], ids=["plain", "encrypted"], indirect=True)


@pytest.fixture(autouse=True)
def _clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The real clock, or for a ``dated`` test the moment it runs at (also for
    the commands it runs in-process, through ``KAMDESK_NOW``). Whatever a test
    sets on the clock (zone, moment) is undone after it."""
    moment = getattr(request, "param", None)
    monkeypatch.delenv(clock.ENV_NOW, raising=False)
    if moment is None:
        yield
    else:
        monkeypatch.setenv(clock.ENV_NOW, moment)
        with clock.frozen_at(moment):
            yield
    clock.set_now(None)
    clock.set_zone(None)


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


@pytest.fixture(autouse=True)
def _no_passphrase_prompt() -> Iterator[None]:
    """No test inherits the passphrase prompt another one installed (the GUI's
    dialog would wait for an answer)."""
    from kamdesk.store.db import set_key_prompt

    set_key_prompt(None)
    yield
    set_key_prompt(None)


def _runs_encrypted_too(metafunc: pytest.Metafunc) -> bool:
    if "db_key" not in metafunc.fixturenames or os.environ.get("KAMDESK_TEST_ENCRYPTED"):
        return False
    where = Path(str(metafunc.definition.path)).as_posix()
    return any(part in where for part in _BOTH) and metafunc.definition.get_closest_marker("plain_only") is None


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


def _template(folder: Path, key: str | None) -> Path:
    path = folder / ("empty.db" if key is None else "empty-encrypted.db")
    saved = os.environ.pop("KAMDESK_KEY", None)  # the template's key is the one given, not the env's
    try:
        open_database(sqlite_url(path), key=key).dispose()  # the last close folds the WAL into the file
    finally:
        if saved is not None:
            os.environ["KAMDESK_KEY"] = saved
    return path


@pytest.fixture(scope="session")
def _migrated_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, Path]:
    """Empty databases migrated once per run, plain and encrypted; tests get a
    copy (migrating a new file costs ~0.2 s, copying it ~1 ms). The migrations
    themselves are tested from an empty file in tests/store/test_migrations.py."""
    folder = tmp_path_factory.mktemp("template")
    return {None: _template(folder, None), TEST_KEY: _template(folder, TEST_KEY)}


@pytest.fixture
def db(db_path: Path, db_key: str | None, _migrated_templates: dict[str | None, Path]) -> Iterator[Database]:
    """An empty, migrated store on a temp SQLite file (encrypted with ``db_key``)."""
    shutil.copyfile(_migrated_templates[db_key], db_path)
    database = open_database(sqlite_url(db_path), key=db_key)
    yield database
    database.dispose()
