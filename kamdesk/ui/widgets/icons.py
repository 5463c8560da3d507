"""Icons from ``resources/icons/`` (SVG), loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kamdesk.paths import resources_dir


def icon_path(name: str) -> str:
    """The file of icon ``name`` ("accounts" or "accounts.svg")."""
    file = name if "." in name else f"{name}.svg"
    return str(resources_dir() / "icons" / file)


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` from resources/icons/ (an empty icon if it is missing)."""
    return QIcon(icon_path(name))
