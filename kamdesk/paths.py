"""The one module that knows where things live: user data, backups, bundled
resources. ``KAMDESK_DATA_DIR`` moves the data dir (tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "kamdesk"
APP_AUTHOR = "KAMdesk"


def data_dir() -> Path:
    override = os.environ.get("KAMDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get("KAMDESK_DB")
    return Path(env) if env else data_dir() / "kamdesk.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
