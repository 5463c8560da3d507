"""Opening stores from the GUI: at start, File → New database…, File → Open
database…. A store that cannot be opened (locked, damaged, written by a newer
KAMdesk, not a KAMdesk file) gives a clear message with the choice to open
another database or quit — never a traceback."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.errors import UserError
from kamdesk.services.changes import Result
from kamdesk.store.db import Database, sqlite_url
from kamdesk.ui.dialogs import files
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def db_filter() -> str:
    return QCoreApplication.translate("Database", "KAMdesk database (*.db *.sqlite *.sqlite3);;All files (*)")


def cannot_open_prompt(
    parent: QWidget | None, where: str, message: str, *, offer_restore: bool = False
) -> Literal["other", "quit", "restore"]:
    """Say why ``where`` cannot be opened; offer another database or quit (and, for a
    damaged database with a sound backup, restoring that backup)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Database", "Cannot open the database"))
    box.setText(QCoreApplication.translate("Database", "KAMdesk cannot open {where}.").format(where=where))
    box.setInformativeText(message)
    other = box.addButton(
        QCoreApplication.translate("Database", "Open another database…"), QMessageBox.ButtonRole.AcceptRole
    )
    restore = None
    if offer_restore:
        restore = box.addButton(
            QCoreApplication.translate("Database", "Restore the newest backup"),
            QMessageBox.ButtonRole.ActionRole,
        )
    box.addButton(QCoreApplication.translate("Database", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or other)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    return "other" if clicked is other else "quit"


def url_location(url: str) -> str:
    """The file of a SQLite URL, else the URL itself."""
    prefix = "sqlite:///"
    return url[len(prefix) :] if url.startswith(prefix) else url


def try_open(url: str) -> Database:
    """``open_database(url)`` (migrating when due); raises UserError."""
    from kamdesk.store.schema import open_database

    try:
        return open_database(url)
    except UserError:
        raise
    except Exception as exc:  # sqlite3/SQLAlchemy errors: locked, or not a database
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            log.warning("opening %s failed: %s", url, exc)
            raise UserError(
                QCoreApplication.translate(
                    "Database",
                    "the database is in use by another program (it is locked); close that program and try again",
                )
            ) from exc
        log.exception("opening %s failed", url)
        raise UserError(
            QCoreApplication.translate(
                "Database", "the file could not be opened as a database ({error})"
            ).format(error=type(exc).__name__)
        ) from exc


def open_store_interactively(url: str, parent: QWidget | None = None) -> Database | None:
    """Open ``url``; on a UserError ask for another file until one opens or the
    user quits (returns None)."""
    from kamdesk.store.recovery import DamagedDatabaseError

    while True:
        try:
            return try_open(url)
        except UserError as exc:
            log.warning("cannot open %s: %s", url, exc)
            backup = exc.backup if isinstance(exc, DamagedDatabaseError) else None
            if backup is None:
                choice = cannot_open_prompt(parent, url_location(url), str(exc))
            else:
                choice = cannot_open_prompt(parent, url_location(url), str(exc), offer_restore=True)
            if choice == "quit":
                return None
            if choice == "restore" and backup is not None:
                _restore_at_start(parent, url, backup)
                continue
            path = files.ask_open_file(
                parent, QCoreApplication.translate("Database", "Open database"), db_filter()
            )
            if path is not None:
                url = sqlite_url(path)


def _restore_at_start(parent: QWidget | None, url: str, backup: Path) -> None:
    """Restore ``backup`` over the damaged database at ``url`` (kept aside), then say where it is."""
    from kamdesk.store.backup import restore_from

    try:
        kept = restore_from(Database(url), backup)
    except UserError as exc:
        messages.show_error(parent, QCoreApplication.translate("Database", "Restore"), str(exc))
        return
    messages.show_info(
        parent,
        QCoreApplication.translate("Database", "Restore"),
        QCoreApplication.translate(
            "Database", "Restored from {backup}.\nThe damaged database was kept as:\n{kept}"
        ).format(backup=backup.name, kept=kept),
    )


def open_database_dialog(win: MainWindow) -> None:
    """File → Open database…"""
    start = str(win.ctx.db.path.parent) if win.ctx.db.path is not None else ""
    path = files.ask_open_file(
        win, QCoreApplication.translate("Database", "Open database"), db_filter(), start
    )
    if path is None:
        return
    switch_to(win, sqlite_url(path))


def new_database_dialog(win: MainWindow) -> None:
    """File → New database…: an empty store in a new file."""
    start = str(win.ctx.db.path.parent / "new.db") if win.ctx.db.path is not None else "new.db"
    path = files.ask_save_file(
        win,
        QCoreApplication.translate("Database", "New database"),
        db_filter(),
        start,
        suffix=".db",
        confirm_overwrite=False,
    )
    if path is None:
        return
    if path.exists():
        messages.show_error(
            win,
            QCoreApplication.translate("Database", "New database"),
            QCoreApplication.translate(
                "Database", "{path} already exists. Choose another name, or use Open database…."
            ).format(path=path),
        )
        return
    switch_to(win, sqlite_url(path))


def switch_to(win: MainWindow, url: str) -> None:
    """Open ``url`` and make it the window's store (a message if it cannot be opened)."""
    if win.ctx.db.url == url or not win.pages_can_leave():
        return
    reopen(win, url)


def reopen(win: MainWindow, url: str) -> None:
    """Open ``url`` again (after a restore replaced the file)."""
    opened = run_op(
        win,
        win.ctx,
        lambda: Result(try_open(url)),
        title=QCoreApplication.translate("Database", "Cannot open the database"),
    )
    if opened is not None:
        win.set_database(opened.value)
