"""The first-run banner: on an empty database every page offers the next step
("Set up my profile", "Add an account", "Load demo data") instead of an empty
table. It watches the change hub itself, so a page only adds it to its layout.

The steps act on the main window (the profile dialog and the demo loader
take it), found as the banner's top-level window; outside one (a page built
alone in a test) the buttons do nothing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kamdesk.services.changes import Changes

if TYPE_CHECKING:
    from kamdesk.ui.context import AppContext
    from kamdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class FirstSteps(QFrame):
    """Shown while the database has no accounts, or (``need_profile``) no rep yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, need_profile: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.need_profile = need_profile
        self.setObjectName("first_steps")
        self.setStyleSheet(
            "QFrame#first_steps { background: #eef4fb; border: 1px solid #b9cde3; border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.profile_button = QPushButton()
        self.profile_button.setObjectName("first_steps_profile")
        self.profile_button.clicked.connect(self.set_up_profile)
        self.account_button = QPushButton()
        self.account_button.setObjectName("first_steps_account")
        self.account_button.clicked.connect(self.add_account)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("first_steps_demo")
        self.demo_button.clicked.connect(self.load_demo)
        for button in (self.profile_button, self.account_button, self.demo_button):
            row.addWidget(button)
        self._has_rep = True
        self._has_accounts = True
        ctx.hub.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    # --- state ----------------------------------------------------------------------
    def refresh(self) -> None:
        from kamdesk.services.accounts.overview import current_rep_name, has_accounts

        try:
            self._has_rep = current_rep_name(self.ctx.db) is not None
            self._has_accounts = has_accounts(self.ctx.db)
        except Exception:  # a closed or broken store: the page says so itself
            log.exception("first steps: could not read the store")
            self._has_rep = self._has_accounts = True
        self.profile_button.setVisible(not self._has_rep)
        self.account_button.setVisible(not self._has_accounts)
        self.demo_button.setVisible(not self._has_accounts)
        self.setVisible(not self._has_accounts or (self.need_profile and not self._has_rep))
        self.retranslate()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("account", "rep"):
            self.refresh()

    def retranslate(self) -> None:
        if self.need_profile and not self._has_rep:
            text = self.tr("Reports are written in your name: set up your profile (name, region, manager) first.")
        elif not self._has_rep:
            text = self.tr(
                "This database is empty. Next step: set up your profile, then add your first account "
                "— or load demo data to try KAMdesk out."
            )
        else:
            text = self.tr("No accounts yet. Next step: add your first account, or load demo data to look around.")
        self.text.setText(text)
        self.profile_button.setText(self.tr("Set up my profile…"))
        self.account_button.setText(self.tr("Add an account"))
        self.demo_button.setText(self.tr("Load demo data…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- steps ----------------------------------------------------------------------
    def _main_window(self) -> MainWindow | None:
        from kamdesk.ui.main_window import MainWindow

        win = self.window()
        return win if isinstance(win, MainWindow) else None

    def set_up_profile(self) -> None:
        win = self._main_window()
        if win is not None:
            from kamdesk.ui.dialogs.profile import edit_profile

            edit_profile(win)
            self.refresh()

    def add_account(self) -> None:
        win = self._main_window()
        if win is not None:
            page = win.show_page("accounts")
            new_account = getattr(page, "new_account", None)
            if callable(new_account):
                new_account()

    def load_demo(self) -> None:
        win = self._main_window()
        if win is not None:
            from kamdesk.ui.dialogs.demo import load_demo

            load_demo(win)
