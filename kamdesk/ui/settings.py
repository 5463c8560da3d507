"""Every UI preference, declared in one place (the Picard way).

Only UI preferences live here — language, last database, window geometry,
last page, whether demo data was offered. User data never goes into
QSettings; it lives in the database.

Settings are stored with QSettings in INI format (organisation "KAMdesk",
application "kamdesk"). Tests point them at a temp folder with
``QSettings.setPath`` (see tests/ui/conftest.py) or pass ``path=``.

Adding a setting: add an :class:`Option` to :data:`OPTIONS`. Renaming or
changing the meaning of one: bump :data:`SETTINGS_VERSION` and add an
upgrade step to :data:`UPGRADES` that moves the old value.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "KAMdesk"
APPLICATION = "kamdesk"

#: bump when an upgrade step is added
SETTINGS_VERSION = 2


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    doc: str
    #: stored once per screen (``settings[key, screen_id]``), see :func:`screen_id`
    per_screen: bool = False


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui/language", str, "", 'UI language: "zh_CN", "en", or "" for the system language'),
        Option("db/last_url", str, "", "SQLAlchemy URL of the last database opened in the GUI"),
        Option("db/recent_urls", list, [], "recently opened databases, newest first (max 8)"),
        Option(
            "window/geometry", QByteArray, QByteArray(), "main window geometry (saveGeometry)", per_screen=True
        ),
        Option(
            "window/state", QByteArray, QByteArray(), "main window toolbars/docks (saveState)", per_screen=True
        ),
        Option(
            "window/splitters",
            dict,
            {},
            "splitter positions, {'<page>/<n>': saveState()} of each built page's splitters",
            per_screen=True,
        ),
        Option("window/last_page", str, "accounts", "key of the page shown last (ui/pages.py)"),
        Option("firstrun/demo_offered", bool, False, "the first-run demo-data offer was answered"),
    )
}

MAX_RECENT = 8


def screen_id(name: str, width: int, height: int) -> str:
    """The key a per-screen option is kept under: the screen's name and its
    available size, so the same laptop docked to a 1920 monitor and alone at
    1366×768 keeps two window layouts."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) or "screen"
    return f"{cleaned}_{width}x{height}"


def _upgrade_1_to_2(qs: QSettings) -> None:
    # version 1 kept the language as "zh"/"en" under "language"
    old = qs.value("language")
    if old is not None:
        value = str(old)
        qs.setValue("ui/language", "zh_CN" if value.lower().startswith("zh") else value)
        qs.remove("language")


#: step from version N to N+1, keyed by N
UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_1_to_2}


def _convert(option: Option, raw: Any) -> Any:
    if raw is None:
        return option.default
    if option.type is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        return bool(raw)
    if option.type is list:
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(x) for x in raw]
    if option.type is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    if option.type is dict:
        if not isinstance(raw, dict):
            log.warning("setting %s has a bad value %r; using the default", option.key, raw)
            return {}
        return {str(k): v for k, v in raw.items()}
    try:
        return option.type(raw)
    except (TypeError, ValueError):
        log.warning("setting %s has a bad value %r; using the default", option.key, raw)
        return option.default


class Settings:
    """Typed access to the declared options.

    ``settings["ui/language"]`` reads (default when unset or unreadable);
    ``settings["ui/language"] = "en"`` writes. Unknown keys raise KeyError,
    so a typo fails loudly in tests instead of silently storing junk.
    A per-screen option takes ``settings[key, screen_id]``; reading one for a
    screen not seen yet gives its screen-less value (what older versions
    stored), then the default.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        else:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self.upgrade()

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    @property
    def version(self) -> int:
        raw = self._qs.value("settings/version")
        try:
            return int(raw) if raw is not None else 0
        except (TypeError, ValueError):
            return 0

    def upgrade(self) -> None:
        """Run the upgrade steps from the stored version to SETTINGS_VERSION.

        A fresh file (no keys at all) is simply stamped with the current version.
        """
        version = self.version
        if version == 0:
            fresh = not [k for k in self._qs.allKeys() if k != "settings/version"]
            version = SETTINGS_VERSION if fresh else 1
        while version < SETTINGS_VERSION:
            step = UPGRADES.get(version)
            if step is not None:
                log.info("upgrading settings from version %s", version)
                step(self._qs)
            version += 1
        if self.version != version:
            self._qs.setValue("settings/version", version)

    @staticmethod
    def _where(key: str | tuple[str, str]) -> tuple[Option, str, str]:
        name, screen = key if isinstance(key, tuple) else (key, "")
        option = OPTIONS[name]
        if screen and not option.per_screen:
            raise KeyError(f"setting {name} is not kept per screen")
        return option, name, f"{name}@{screen}" if screen else name

    def __getitem__(self, key: str | tuple[str, str]) -> Any:
        option, name, stored = self._where(key)
        raw = self._qs.value(stored)
        if raw is None and stored != name:
            raw = self._qs.value(name)
        return _convert(option, raw)

    def __setitem__(self, key: str | tuple[str, str], value: Any) -> None:
        option, name, stored = self._where(key)
        if option.type is not QByteArray and not isinstance(value, option.type):
            raise TypeError(f"setting {name} takes {option.type.__name__}, not {type(value).__name__}")
        self._qs.setValue(stored, value)

    def reset(self, key: str) -> None:
        OPTIONS[key]
        self._qs.remove(key)

    def remember_database(self, url: str) -> None:
        """Record ``url`` as the last and most recent database."""
        self["db/last_url"] = url
        recent = [u for u in self["db/recent_urls"] if u != url]
        self["db/recent_urls"] = [url, *recent][:MAX_RECENT]

    def sync(self) -> None:
        self._qs.sync()
