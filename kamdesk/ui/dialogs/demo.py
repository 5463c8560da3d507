"""Demo data from the GUI: the first-run offer and Help → Load demo data….

The generator is ``kamdesk.store.demo.generate(db, *, size, progress)``; it is
imported only when used (it is not on the start-up path).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from kamdesk.services.changes import Changes
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def should_offer(win: MainWindow) -> bool:
    """First run: the offer was never answered and the store has no accounts."""
    if win.settings["firstrun/demo_offered"]:
        return False
    from kamdesk.services.overview import has_accounts

    return not has_accounts(win.ctx.db)


def offer_demo_if_first_run(win: MainWindow) -> bool:
    """Ask once whether to fill the empty store with demo data. Returns True
    when demo data was generated."""
    if not should_offer(win):
        return False
    answer = messages.ask_yes_no(
        win,
        QCoreApplication.translate("Demo", "Welcome to KAMdesk"),
        QCoreApplication.translate(
            "Demo",
            "This database is empty.\n\n"
            "Fill it with demo data (about 300 fictional accounts with contacts, "
            "opportunities, visits and plans) to try KAMdesk out?\n\n"
            "You can start a clean database later with File → New database….",
        ),
    )
    win.settings["firstrun/demo_offered"] = True
    win.settings.sync()
    return answer and load_demo(win, confirm=False)


def _generator() -> Any | None:
    try:
        from kamdesk.store import demo
    except ImportError:
        return None
    return getattr(demo, "generate", None)


def load_demo(win: MainWindow, *, confirm: bool = True) -> bool:
    """Generate the small demo data set into the open store, with progress."""
    generate = _generator()
    if generate is None:
        messages.show_error(
            win,
            QCoreApplication.translate("Demo", "Demo data"),
            QCoreApplication.translate("Demo", "Demo data is not available in this version yet."),
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
    db = win.ctx.db

    def work(progress: JobProgress) -> object:
        return generate(db, size="small", progress=progress)

    summary = run_job(win, QCoreApplication.translate("Demo", "Generating demo data"), work)
    if summary is None:
        return False
    log.info("demo data generated: %s", summary)
    win.ctx.hub.publish(Changes.of("all"))
    return True
