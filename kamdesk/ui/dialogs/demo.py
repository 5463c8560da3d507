"""Demo data from the GUI: the first-run offer and Help → Load demo data….

The generator is ``kamdesk.store.demo.generate(db, *, size, progress)``; it is
imported only when used (it is not on the start-up path).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.services.changes import Changes
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job

if TYPE_CHECKING:
    from kamdesk.store.db import Database
    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.settings import Settings

log = logging.getLogger(__name__)


def should_offer(settings: Settings, db: Database) -> bool:
    """First run: the offer was never answered and the store has no accounts."""
    if settings["firstrun/demo_offered"]:
        return False
    from kamdesk.services.accounts.overview import has_accounts

    return not has_accounts(db)


def offer_demo_if_first_run(settings: Settings, db: Database, parent: QWidget | None = None) -> bool:
    """Ask once whether to fill the empty store with demo data. Returns True
    when demo data was generated.

    Called at start before the main window is built, so the first window
    already shows the demo data (and no page has written to the store yet).
    """
    if not should_offer(settings, db):
        return False
    answer = messages.ask_yes_no(
        parent,
        QCoreApplication.translate("Demo", "Welcome to KAMdesk"),
        QCoreApplication.translate(
            "Demo",
            "This database is empty.\n\n"
            "Fill it with demo data (about 300 fictional accounts with contacts, "
            "opportunities, visits and plans) to try KAMdesk out?\n\n"
            "You can start a clean database later with File → New database….",
        ),
    )
    settings["firstrun/demo_offered"] = True
    settings.sync()
    return answer and generate_demo(db, parent)


def _generator() -> Any | None:
    try:
        from kamdesk.store import demo
    except ImportError:
        return None
    return getattr(demo, "generate", None)


def generate_demo(db: Database, parent: QWidget | None = None) -> bool:
    """Generate the small demo set into ``db`` with a progress dialog."""
    generate = _generator()
    if generate is None:
        messages.show_error(
            parent,
            QCoreApplication.translate("Demo", "Demo data"),
            QCoreApplication.translate("Demo", "Demo data is not available in this version yet."),
        )
        return False

    def work(progress: JobProgress) -> object:
        return generate(db, size="small", progress=progress)

    summary = run_job(parent, QCoreApplication.translate("Demo", "Generating demo data"), work)
    if summary is None:
        return False
    log.info("demo data generated: %s", summary)
    return True


def load_demo(win: MainWindow, *, confirm: bool = True) -> bool:
    """Help → Load demo data…: the small demo set into the open store."""
    from kamdesk.services.accounts.overview import store_overview

    accounts = store_overview(win.ctx.db).accounts
    if accounts:
        # said before asking, in the UI language (the generator refuses in English)
        messages.show_error(
            win,
            QCoreApplication.translate("Demo", "Demo data"),
            QCoreApplication.translate(
                "Demo",
                "This database already holds {count} accounts. Demo data goes into an empty "
                "database: create one with File → New database…, then load the demo there.",
            ).format(count=f"{accounts:,}"),
        )
        return False
    if confirm and not messages.ask_yes_no(
        win,
        QCoreApplication.translate("Demo", "Demo data"),
        QCoreApplication.translate(
            "Demo",
            "Add about 300 fictional demo accounts with their contacts, opportunities and visits to this database?",
        ),
        default_yes=False,
    ):
        return False
    if not generate_demo(win.ctx.db, win):
        return False
    win.ctx.hub.publish(Changes.of("all"))
    return True
