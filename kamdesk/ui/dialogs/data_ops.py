"""File-menu operations on the whole store — backup, restore, bundle import
and export — run through ``run_job`` (progress, cancel, errors shown)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk import clock
from kamdesk.services.changes import Changes
from kamdesk.ui.dialogs import files
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job

if TYPE_CHECKING:
    from types import ModuleType

    from kamdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _data_service() -> ModuleType:
    # imported on first use: the bundle code and its JSON schema stay off the start-up path
    from kamdesk.services.exchange import data as data

    return data


def backup_now(win: MainWindow) -> None:
    data = _data_service()
    db = win.ctx.db
    path = run_job(
        win, QCoreApplication.translate("DataOps", "Backup"), lambda p: data.backup_now(db), cancellable=False
    )
    if path is not None:
        messages.show_info(
            win,
            QCoreApplication.translate("DataOps", "Backup"),
            QCoreApplication.translate("DataOps", "Backup saved to:\n{path}").format(path=path),
        )


def backup_to(win: MainWindow) -> None:
    data = _data_service()
    db = win.ctx.db
    stamp = clock.local_now().strftime("%Y%m%d-%H%M")
    path = files.ask_save_file(
        win,
        QCoreApplication.translate("DataOps", "Backup to"),
        QCoreApplication.translate("DataOps", "SQLite backup (*.db)"),
        f"kamdesk-{stamp}.db",
        suffix=".db",
    )
    if path is None:
        return
    result = run_job(
        win,
        QCoreApplication.translate("DataOps", "Backup"),
        lambda p: data.backup_to(db, path),
        cancellable=False,
    )
    if result is not None:
        messages.show_info(
            win,
            QCoreApplication.translate("DataOps", "Backup"),
            QCoreApplication.translate("DataOps", "Backup saved to:\n{path}").format(path=result),
        )


def restore_from(win: MainWindow) -> None:
    data = _data_service()
    db = win.ctx.db
    if db.path is None:
        messages.show_error(
            win,
            QCoreApplication.translate("DataOps", "Restore"),
            QCoreApplication.translate("DataOps", "Restore works on a SQLite database file only."),
        )
        return
    path = files.ask_open_file(
        win,
        QCoreApplication.translate("DataOps", "Restore from backup"),
        QCoreApplication.translate("DataOps", "SQLite backup (*.db);;All files (*)"),
    )
    if path is None:
        return
    if not messages.ask_yes_no(
        win,
        QCoreApplication.translate("DataOps", "Restore"),
        QCoreApplication.translate(
            "DataOps",
            "Replace the current database with {backup}?\n\n"
            "The current database is kept aside, so this can be undone.",
        ).format(backup=path.name),
        default_yes=False,
    ):
        return
    if not win.pages_can_leave():
        return
    url = db.url
    kept = run_job(
        win,
        QCoreApplication.translate("DataOps", "Restore"),
        lambda p: data.restore(db, path),
        cancellable=False,
    )
    if kept is None:
        return
    from kamdesk.ui.dialogs.database import reopen

    reopen(win, url)
    messages.show_info(
        win,
        QCoreApplication.translate("DataOps", "Restore"),
        QCoreApplication.translate(
            "DataOps", "Restored from {backup}.\nThe previous database was kept as:\n{kept}"
        ).format(backup=path.name, kept=kept),
    )


def export_bundle(win: MainWindow) -> None:
    data = _data_service()
    db = win.ctx.db
    stamp = clock.today().isoformat()
    path = files.ask_save_file(
        win,
        QCoreApplication.translate("DataOps", "Export bundle"),
        QCoreApplication.translate("DataOps", "KAMdesk bundle (*.json)"),
        f"kamdesk-{stamp}.json",
        suffix=".json",
    )
    if path is None:
        return
    include_private = messages.ask_yes_no(
        win,
        QCoreApplication.translate("DataOps", "Export bundle"),
        QCoreApplication.translate(
            "DataOps",
            "Include private contact details (home address, family, private phone…) "
            "and contacts marked private?\n\nChoose No for a bundle that leaves this laptop.",
        ),
        default_yes=False,
    )

    def work(progress: JobProgress) -> object:
        return data.export_bundle(db, path, include_private=include_private, progress=progress)

    summary = run_job(win, QCoreApplication.translate("DataOps", "Export bundle"), work)
    if summary is not None:
        total = sum(getattr(summary, "records", {}).values())
        messages.show_info(
            win,
            QCoreApplication.translate("DataOps", "Export bundle"),
            QCoreApplication.translate("DataOps", "Exported {count} records to:\n{path}").format(
                count=f"{total:,}", path=path
            ),
        )


def import_bundle(win: MainWindow) -> None:
    data = _data_service()
    db = win.ctx.db
    path = files.ask_open_file(
        win,
        QCoreApplication.translate("DataOps", "Import bundle"),
        QCoreApplication.translate("DataOps", "KAMdesk bundle (*.json);;All files (*)"),
    )
    if path is None:
        return
    preview = run_job(
        win,
        QCoreApplication.translate("DataOps", "Checking the bundle"),
        lambda p: data.import_bundle(db, path, dry_run=True, progress=p),
    )
    if preview is None:
        return
    if not messages.ask_yes_no(
        win,
        QCoreApplication.translate("DataOps", "Import bundle"),
        QCoreApplication.translate(
            "DataOps", "Importing {name} will make these changes:\n\n{summary}\n\nImport now?"
        ).format(name=path.name, summary=preview.summary()),
    ):
        return
    report = run_job(
        win,
        QCoreApplication.translate("DataOps", "Import bundle"),
        lambda p: data.import_bundle(db, path, dry_run=False, progress=p),
    )
    if report is None:
        return
    win.ctx.hub.publish(Changes.of("all"))
    messages.show_info(
        win,
        QCoreApplication.translate("DataOps", "Import bundle"),
        QCoreApplication.translate("DataOps", "Imported:\n\n{summary}").format(summary=report.summary()),
    )
