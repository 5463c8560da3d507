"""Generic Qt fixtures for every UI test (tests/ui/test_<area>_*.py).

* ``isolated_settings`` (autouse): points QSettings (INI format, user and system
  scope) at a fresh temp folder for each test, so no test reads or writes the
  real user's settings. Returns that folder.
* ``settings``: a :class:`kamdesk.ui.settings.Settings` on that folder.
* ``app_font``: registers the bundled CJK font and makes it the application
  font (needed for grabs that show Chinese); returns the family name and
  restores the previous application font afterwards.
* ``ctx``: an :class:`~kamdesk.ui.context.AppContext` (lang "zh") on the ``db``
  fixture (an empty migrated store).
* ``ctx_en``: the same with lang "en".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kamdesk.store.db import Database
from kamdesk.ui.context import AppContext


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Path:
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture
def settings(isolated_settings: Path):  # type: ignore[no-untyped-def]
    from kamdesk.ui.settings import Settings

    return Settings()


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[str]:
    from kamdesk.ui.application import install_app_font

    before = qapp.font()
    yield install_app_font(qapp)
    qapp.setFont(before)


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, lang="zh")


@pytest.fixture
def ctx_en(db: Database) -> AppContext:
    return AppContext(db=db, lang="en")
