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
    if metafunc.definition.get_closest_marker("dated") is not None:
        metafunc.parametrize("_clock", [None, *MOMENTS.values()], ids=["today", *MOMENTS], indirect=True)


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


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated once per run; tests get a copy (migrating
    a new file costs ~0.2 s, copying it ~1 ms). The migrations themselves are
    tested from an empty file in tests/store/test_migrations.py."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(sqlite_url(path)).dispose()  # the last close folds the WAL into the file
    return path


@pytest.fixture
def db(db_path: Path, _migrated_template: Path) -> Iterator[Database]:
    """An empty, migrated store on a temp SQLite file."""
    shutil.copyfile(_migrated_template, db_path)
    database = open_database(sqlite_url(db_path))
    yield database
    database.dispose()
