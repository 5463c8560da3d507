"""The shell's status bar texts: the database in use, the store's counts and
the current rep."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from kamdesk.store.db import Database

log = logging.getLogger(__name__)


class ShellStatus(QObject):
    """Three labels in ``bar``: where the database is (stretching), the counts and the rep."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.db_label = QLabel()
        self.counts_label = QLabel()
        self.rep_label = QLabel()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.rep_label)
        self._overview: Any = None

    def refresh(self, db: Database) -> None:
        """Reload counts and the current rep (one cheap query each)."""
        from kamdesk.services.accounts.overview import store_overview

        try:
            self._overview = store_overview(db)
        except Exception:
            log.exception("could not read the store overview")
            self._overview = None
        self.update_texts(db)

    def update_texts(self, db: Database) -> None:
        where = str(db.path) if db.path is not None else db.url
        self.db_label.setText(self.tr("Database: {where}").format(where=where))
        self.db_label.setToolTip(where)
        overview = self._overview
        if overview is None:
            self.counts_label.setText("")
            self.rep_label.setText("")
            return
        self.counts_label.setText(
            self.tr(
                "{accounts} accounts · {contacts} contacts · {opportunities} opportunities · {visits} visits"
            ).format(
                accounts=f"{overview.accounts:,}",
                contacts=f"{overview.contacts:,}",
                opportunities=f"{overview.opportunities:,}",
                visits=f"{overview.visits:,}",
            )
        )
        rep = overview.rep_name or self.tr("no rep yet")
        self.rep_label.setText(self.tr("Rep: {name}").format(name=rep))
