"""Start the desktop app: QApplication, font, translations, the store, the
main window, the first-run offer. Called by ``kamdesk.app.run_app``.

Kept light on purpose (start-up target ≤ 0.5 s): alembic is imported only when
a migration is due, reportlab never; each page's module is imported when the
page is first shown (the account list's services before PySide6, see below).

``KAMDESK_EXIT_AFTER_PAINT=1`` makes the app print ``painted <unix time> cpu
<process CPU seconds>`` on stdout once the main window has painted, and quit — for start-up measurement
(the benchmark).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from types import TracebackType

# The store and the services of the first page (the account list) are imported
# before PySide6 on purpose: PySide6 installs an import hook that reads the
# source of every module imported after it (shibokensupport's feature check),
# which cost ~30 ms of start-up and 6 MB of cached source text for these.
import kamdesk.services.accounts
import kamdesk.store.schema  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kamdesk.paths import data_dir, font_path
from kamdesk.store.db import Database
from kamdesk.ui.settings import APPLICATION, ORGANIZATION

log = logging.getLogger(__name__)

#: the UI font size in points; Qt's default on Linux is 9, which is small for CJK
FONT_POINT_SIZE = 10


def install_app_font(app: QGuiApplication, point_size: float = FONT_POINT_SIZE) -> str:
    """Register the bundled CJK font and make it the application font.

    Returns the family name ("" when the font could not be loaded; Qt's
    default font is kept then and the failure logged).
    """
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the bundled font %s; Chinese may not display", font_path())
        return ""
    font = QFont(families[0])
    font.setPointSizeF(max(point_size, app.font().pointSizeF()))
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return families[0]


def _setup_logging() -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    handlers[0].setLevel(logging.WARNING)
    try:
        from logging.handlers import RotatingFileHandler

        file_handler = RotatingFileHandler(
            data_dir() / "kamdesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setLevel(logging.INFO)
        handlers.append(file_handler)
    except OSError:
        pass
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers
    )


_in_hook = False


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Uncaught errors in Qt slots: logged with their traceback and shown as
    one message (a UserError as its own text), instead of a traceback on stderr."""
    global _in_hook
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if _in_hook:  # an error while showing the error: log only
        log.error("error while reporting an error", exc_info=(kind, exc, tb))
        return
    _in_hook = True
    try:
        from kamdesk.ui.widgets import messages

        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        messages.show_exception(parent, "KAMdesk", exc)
    finally:
        _in_hook = False


def check_display() -> None:
    """On Linux without a display Qt aborts the process; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    from kamdesk.errors import UserError

    raise UserError(
        "no graphical display (DISPLAY and WAYLAND_DISPLAY are not set): start KAMdesk in a "
        "desktop session, or use its commands (kamdesk --help)"
    )


def make_application() -> QApplication:
    """The QApplication (or the existing one), with names and HighDPI set."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # no application display name: the platform appends it to every window
    # title, which doubled the main window's ("KAMdesk — 大客户管理 — KAMdesk")
    # crisp text on fractional scales (125 %, 150 %) instead of rounding up
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv[:1])
    QGuiApplication.setDesktopFileName("kamdesk")
    return app


def run(url: str, *, lang: str | None) -> int:
    """Run the GUI on the store at ``url``; returns the exit code."""
    _setup_logging()
    previous_hook = sys.excepthook
    sys.excepthook = excepthook
    try:
        return _run(url, lang)
    finally:
        sys.excepthook = previous_hook


def _run(url: str, lang: str | None) -> int:
    if QApplication.instance() is None:
        check_display()
    app = make_application()
    from kamdesk.ui.i18n import Translators, choose_language, domain_lang
    from kamdesk.ui.settings import Settings
    from kamdesk.ui.widgets.icons import icon

    app.setWindowIcon(icon("app"))
    install_app_font(app)
    settings = Settings()
    translators = Translators(app)
    effective = translators.switch(choose_language(lang, settings["ui/language"]))

    from kamdesk.store.db import set_key_prompt
    from kamdesk.ui.dialogs.database import open_store_interactively
    from kamdesk.ui.dialogs.passphrase import ask_passphrase

    set_key_prompt(ask_passphrase)  # an encrypted database asks for its passphrase (unless KAMDESK_KEY)
    db = open_store_interactively(url)
    if db is None:
        return 1
    settings.remember_database(db.url)
    if not os.environ.get("KAMDESK_EXIT_AFTER_PAINT"):
        from kamdesk.ui.dialogs.demo import offer_demo_if_first_run

        offer_demo_if_first_run(settings, db)

    from kamdesk.ui.context import AppContext
    from kamdesk.ui.main_window import MainWindow

    ctx = AppContext(db=db, lang=domain_lang(effective))
    window = MainWindow(ctx, settings=settings, translators=translators)
    if os.environ.get("KAMDESK_EXIT_AFTER_PAINT"):

        def report() -> None:
            print(f"painted {time.monotonic():.6f} cpu {time.process_time():.6f}", flush=True)
            app.quit()

        window.first_painted.connect(report)
    else:
        window.first_painted.connect(window.start_reminders)
    window.show()
    try:
        return app.exec()
    finally:
        _daily_backup(window.ctx.db)
        window.ctx.db.dispose()


def _daily_backup(db: Database) -> None:
    """The day's automatic backup, at exit (at start it would cost the start-up time)."""
    from kamdesk.errors import UserError
    from kamdesk.store.backup import daily_backup

    try:
        made = daily_backup(db)
    except (UserError, OSError) as exc:
        log.warning("the daily backup was not made: %s", exc)
        return
    if made is not None:
        log.info("daily backup written: %s", made)
