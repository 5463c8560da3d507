"""The one module that knows where things live: user data, backups, bundled
resources. ``KAMDESK_DATA_DIR`` moves the data dir (tests, portable installs).

It also keeps them the owner's alone: on POSIX the data dir and its folders
are 0700, the database, backups and every file KAMdesk writes 0600 (the rep's
customers' personal details must not be readable by other users of the
machine). ``owner_only_umask`` makes every file a command creates so;
``private_file``/``private_dir`` fix files and folders that already exist.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name == "posix"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if missing; the folder itself is owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if _POSIX and (path.stat().st_mode & 0o777) != DIR_MODE:
        path.chmod(DIR_MODE)
    return path


def private_file(path: Path | str) -> Path:
    """Make an existing file readable and writable by its owner only (POSIX)."""
    path = Path(path)
    if _POSIX and path.exists() and (path.stat().st_mode & 0o777) != FILE_MODE:
        path.chmod(FILE_MODE)
    return path


def create_private(path: Path | str) -> Path:
    """An empty file at ``path`` that is owner-only from its first byte, for
    writers that open the path themselves (reportlab, openpyxl, Qt): they
    truncate it and keep its mode."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    return private_file(path)


@contextmanager
def owner_only_umask() -> Iterator[None]:
    """Every file and folder created inside is owner-only (POSIX umask 077)."""
    if not _POSIX:
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)

APP_NAME = "kamdesk"
APP_AUTHOR = "KAMdesk"


def data_dir() -> Path:
    override = os.environ.get("KAMDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    return private_dir(path)


def default_db_path() -> Path:
    env = os.environ.get("KAMDESK_DB")
    return Path(env) if env else data_dir() / "kamdesk.db"


def backups_dir() -> Path:
    return private_dir(data_dir() / "backups")


def resources_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
