"""The main window: navigation, the pages (built on first show), status bar
and menus. Dialogs and the File-menu operations live in ``kamdesk.ui.dialogs``.

Pages come from :data:`kamdesk.ui.pages.PAGES`. A page module that does not
exist yet shows a "coming soon" placeholder; one that fails to import shows
the error (logged with its traceback) instead of taking the app down.

Language switching is live: the shell retranslates in ``changeEvent``. Pages
are rebuilt on a language switch, unless their class sets
``retranslates_live = True`` (then they keep their state, handle
``LanguageChange`` themselves and get ``on_changed(Changes.of("all"))`` to
relabel codes in ``ctx.lang``).

Before pages are dropped (language switch, another database), each built page
that defines ``can_leave() -> bool`` is asked; if one returns False (the user
chose to keep unsaved edits) nothing is switched.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QSplitter, QStackedWidget, QWidget

from kamdesk.services.changes import Changes
from kamdesk.store.db import Database
from kamdesk.ui.context import AppContext, ChangeHub
from kamdesk.ui.i18n import Translators, domain_lang
from kamdesk.ui.navigation import PageNavigation
from kamdesk.ui.page_placeholder import PlaceholderPage, page_title
from kamdesk.ui.pages import PAGES, PageSpec
from kamdesk.ui.settings import Settings
from kamdesk.ui.shell_status import ShellStatus
from kamdesk.ui.widgets.icons import icon

log = logging.getLogger(__name__)

_COUNT_KINDS = ("account", "contact", "opportunity", "visit", "rep")


def _module_missing(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is None
    except ModuleNotFoundError:  # a parent package is missing
        return True


class MainWindow(QMainWindow):
    """The shell. ``ctx`` may be replaced (another database) with :meth:`set_database`."""

    #: emitted once, after the first paint of the window (start-up measurement)
    first_painted = Signal()
    #: emitted after the context changed (another database was opened)
    context_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        *,
        settings: Settings | None = None,
        translators: Translators | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.translators = translators
        self.ctx = ctx
        self._pages: dict[str, QWidget] = {}
        #: records to reopen when a page is rebuilt (language switch), by page key
        self._reopen: dict[str, str] = {}
        self._painted = False
        self._reminders_on = False
        self._kamdesk_reminders: QWidget | None = None
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 560)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self._specs: tuple[PageSpec, ...] = PAGES  # fixed for this window's lifetime
        self.nav = PageNavigation(self._specs)
        self.stack = QStackedWidget()
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = ShellStatus(self.statusBar())

        from kamdesk.ui.dialogs.menus import build_menus

        self.actions_by_name: dict[str, QAction] = build_menus(self)
        from kamdesk.ui.sync import install_sync_bar

        self.sync_bar = install_sync_bar(self)

        self.nav.currentRowChanged.connect(self._on_nav_row)
        self._connect_hub()
        self.retranslate()
        self._restore_geometry()
        last = self.settings["window/last_page"]
        self.show_page(last if any(p.key == last for p in self._specs) else self._specs[0].key)

    # --- pages ------------------------------------------------------------------
    @property
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else self._specs[0].key

    def page(self, key: str) -> QWidget | None:
        """The built page for ``key`` (None if not built yet)."""
        return self._pages.get(key)

    def show_page(self, key: str) -> QWidget:
        """Switch to page ``key``, building it on first show."""
        index = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # → _on_nav_row
        return self._ensure_page(key)

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        self.stack.setCurrentWidget(self._ensure_page(key))
        self.settings["window/last_page"] = key

    def _ensure_page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            spec = next(s for s in self._specs if s.key == key)
            page = self._build_page(spec)
            self._pages[key] = page
            self.stack.addWidget(page)
            self._restore_splitters(key, page)
            record = self._reopen.pop(key, None)
            show_record = getattr(page, "show_record", None)
            if record and callable(show_record):
                try:
                    show_record(record)
                except Exception:  # deleted meanwhile: the page opens as usual
                    log.exception("page %s could not reopen %s", key, record)
        if self.stack.currentWidget() is not page:
            self.stack.setCurrentWidget(page)
        return page

    def _build_page(self, spec: PageSpec) -> QWidget:
        if _module_missing(spec.module):
            log.info("page %s: %s not written yet; showing a placeholder", spec.key, spec.module)
            return PlaceholderPage(spec)
        try:
            module = importlib.import_module(spec.module)
            cls: Any = getattr(module, spec.cls)
            page = cls(self.ctx, None)
            if not isinstance(page, QWidget):
                raise TypeError(f"{spec.module}.{spec.cls} is not a QWidget")
            return page
        except Exception as exc:
            log.exception("page %s failed to load", spec.key)
            return PlaceholderPage(spec, error=f"{type(exc).__name__}: {exc}")

    def navigate(self, key: str, uuid: str) -> None:
        """Show record ``uuid`` on page ``key`` (the hub's ``navigate`` signal)."""
        if not any(s.key == key for s in self._specs):
            log.warning("navigate to unknown page %r", key)
            return
        page = self.show_page(key)
        show_record = getattr(page, "show_record", None)
        if callable(show_record):
            show_record(uuid)

    def _on_changed(self, changes: Changes) -> None:
        for key, page in list(self._pages.items()):
            handler = getattr(page, "on_changed", None)
            if callable(handler):
                try:
                    handler(changes)
                except Exception:
                    log.exception("page %s failed to refresh", key)
        if changes.touches(*_COUNT_KINDS):
            self.refresh_status()

    def pages_can_leave(self) -> bool:
        """Ask every built page with unsaved work (``can_leave()``) whether it may go."""
        for key, page in list(self._pages.items()):
            can_leave = getattr(page, "can_leave", None)
            if callable(can_leave) and not can_leave():
                self.show_page(key)
                return False
        return True

    def rebuild_pages(self) -> None:
        """Drop every built page and rebuild the current one."""
        key = self.current_key
        self._save_splitters()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._ensure_page(key)

    # --- context ----------------------------------------------------------------
    def _connect_hub(self) -> None:
        self.ctx.hub.changed.connect(self._on_changed)
        self.ctx.hub.navigate.connect(self.navigate)

    def set_database(self, db: Database) -> None:
        """Switch to another open store: dispose the old one, rebuild the pages.

        The caller asks :meth:`pages_can_leave` first (see dialogs.database)."""
        old = self.ctx
        try:
            old.hub.changed.disconnect(self._on_changed)
            old.hub.navigate.disconnect(self.navigate)
        except (RuntimeError, TypeError):  # pragma: no cover - already disconnected
            pass
        self.ctx = AppContext(db=db, lang=old.lang, hub=ChangeHub())
        self._reopen.clear()  # records of the other database
        self._connect_hub()
        self.rebuild_pages()
        if old.db is not db:
            old.db.dispose()
        if db.url:
            self.settings.remember_database(db.url)
        self.refresh_status()
        if self._reminders_on:
            self.start_reminders()
        self.context_changed.emit(self.ctx)

    # --- reminders ------------------------------------------------------------------
    def start_reminders(self) -> None:
        """Show today's reminders and keep watching (``kamdesk.ui.visits.reminders``);
        called by the app after the first paint and again for another database."""
        self._reminders_on = True
        old = getattr(self, "_kamdesk_reminders", None)
        if old is not None:
            watcher = getattr(old, "watcher", None)
            if watcher is not None:
                watcher.timer.stop()
            old.close()
            old.deleteLater()
            self._kamdesk_reminders = None
        if _module_missing("kamdesk.ui.visits.reminders"):
            return
        try:
            from kamdesk.ui.visits.reminders import show_startup_reminders

            show_startup_reminders(self.ctx, self)
        except Exception:
            log.exception("reminders could not be shown")
        try:
            from kamdesk.ui.reports.announcements import show_unread_announcements

            self._kamdesk_announcements = show_unread_announcements(self.ctx, self)
        except Exception:
            log.exception("announcements could not be shown")

    # --- language ---------------------------------------------------------------
    def set_language(self, lang: str) -> str:
        """Switch the UI language live; returns the language in effect (the
        old one when a page with unsaved edits asked to stay)."""
        rebuilt = [
            page
            for page in self._pages.values()
            if not getattr(page, "retranslates_live", False) and not isinstance(page, PlaceholderPage)
        ]
        can_leave = [getattr(p, "can_leave", None) for p in rebuilt]
        if not all(check() for check in can_leave if callable(check)):
            self.retranslate()  # puts the language check mark back
            return self.translators.lang if self.translators is not None else lang
        if self.translators is None:
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance()
            assert app is not None
            self.translators = Translators(app)
        effective = self.translators.switch(lang)  # sends LanguageChange to every widget
        self.settings["ui/language"] = effective
        self.ctx.lang = domain_lang(effective)
        self._save_splitters()
        for key, page in list(self._pages.items()):
            if not getattr(page, "retranslates_live", False) and not isinstance(page, PlaceholderPage):
                # the rebuilt page reopens what was open (the account being read)
                current_record = getattr(page, "current_record", None)
                record = current_record() if callable(current_record) else None
                if record:
                    self._reopen[key] = record
                self.stack.removeWidget(page)
                page.deleteLater()
                del self._pages[key]
        self._ensure_page(self.current_key)
        self._on_changed(Changes.of("all"))
        self.retranslate()
        return effective

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("KAMdesk — Key Account Manager"))
        self.nav.retranslate()
        from kamdesk.ui.dialogs.menus import retranslate_menus

        retranslate_menus(self)
        self._update_status_texts()

    # --- status bar ---------------------------------------------------------------
    def refresh_status(self) -> None:
        """Reload counts and the current rep (one cheap query each)."""
        self.status.refresh(self.ctx.db)

    def _update_status_texts(self) -> None:
        self.status.update_texts(self.ctx.db)

    # --- window state -------------------------------------------------------------
    #: the size asked for on a first launch, shrunk to fit a smaller screen
    PREFERRED_SIZE = QSize(1280, 800)
    #: room left for the window frame (title bar, borders) inside the available area
    FRAME_ALLOWANCE = QSize(16, 40)

    def screen_key(self) -> str:
        """This window's screen as a settings key (name and available size)."""
        from kamdesk.ui.settings import screen_id

        screen = self.screen()
        area = screen.availableGeometry()
        return screen_id(screen.name(), area.width(), area.height())

    def first_launch_size(self) -> QSize:
        """The preferred size, never larger than the screen's available area
        (less the frame): a 1366×768 laptop with a task bar keeps its status bar."""
        area = self.screen().availableGeometry()
        room = area.size() - self.FRAME_ALLOWANCE
        return self.PREFERRED_SIZE.boundedTo(room).expandedTo(self.minimumSize().boundedTo(room))

    def _restore_geometry(self) -> None:
        key = self.screen_key()
        geometry = self.settings["window/geometry", key]
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(self.first_launch_size())
            area = self.screen().availableGeometry()
            self.move(area.center() - self.rect().center())
        elif self.frameGeometry().height() > self.screen().availableGeometry().height():
            # saved on a taller screen of the same name: fit, don't hide the status bar
            self.resize(self.size().boundedTo(self.first_launch_size()))
        state = self.settings["window/state", key]
        if not state.isEmpty():
            self.restoreState(state)

    def _restore_splitters(self, key: str, page: QWidget) -> None:
        saved = self.settings["window/splitters", self.screen_key()]
        for n, splitter in enumerate(page.findChildren(QSplitter)):
            state = saved.get(f"{key}/{splitter.objectName() or n}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)

    def _save_splitters(self, pages: dict[str, QWidget] | None = None) -> None:
        screen = self.screen_key()
        saved = self.settings["window/splitters", screen]
        for key, page in (pages if pages is not None else self._pages).items():
            for n, splitter in enumerate(page.findChildren(QSplitter)):
                saved[f"{key}/{splitter.objectName() or n}"] = splitter.saveState()
        self.settings["window/splitters", screen] = saved

    def closeEvent(self, event: QCloseEvent) -> None:
        key = self.screen_key()
        self.settings["window/geometry", key] = self.saveGeometry()
        self.settings["window/state", key] = self.saveState()
        self._save_splitters()
        self.settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            # counts after the first paint: never on the start-up path
            QTimer.singleShot(0, self.refresh_status)


# page_title and PlaceholderPage live in page_placeholder; dialogs.menus imports page_title from here
__all__ = ["MainWindow", "PlaceholderPage", "page_title"]
