"""The accounts page's tool row: the search box, the 80/20 switch and the
buttons for new, import, export and hand-over.

The row only holds the controls; the page connects them to what they do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from kamdesk.ui.widgets.search import SearchLineEdit


class AccountsToolRow(QWidget):
    """Search, Top 20%, New, Import, Export (menu) and Hand over."""

    #: the account list as "csv" or "xlsx"
    list_export_requested = Signal(str)
    vcard_export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchLineEdit(
            placeholder=self.tr(
                "Search accounts: name, short name, pinyin initials (shyc), contact, phone, notes…"
            ),
            delay_ms=150,
        )
        self.search.setObjectName("accountSearch")
        self.pareto = QToolButton()
        self.pareto.setText(self.tr("Top 20%"))
        self.pareto.setToolTip(self.tr("The 20% of customers that bring the most revenue (80/20)"))
        self.pareto.setCheckable(True)
        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.setToolTip(self.tr("Add an account (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Account list as CSV…"), lambda: self.list_export_requested.emit("csv"))
        export_menu.addAction(
            self.tr("Account list as Excel (XLSX)…"), lambda: self.list_export_requested.emit("xlsx")
        )
        export_menu.addAction(self.tr("Contacts as vCard…"), lambda: self.vcard_export_requested.emit())
        self.export_button.setMenu(export_menu)
        self.handover_button = QPushButton(self.tr("Hand over…"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.search, 1)
        for widget in (
            self.pareto,
            self.new_button,
            self.import_button,
            self.export_button,
            self.handover_button,
        ):
            lay.addWidget(widget)
