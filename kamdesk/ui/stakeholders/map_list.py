"""The left side of the stakeholder-map page: the searchable, sortable list of
maps, and the dialog that opens or starts the map of any opportunity or account.

Strings keep the ``MapsPage`` translation context they had before the split.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services import maps
from kamdesk.services.maps import MapSummary
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets.search import SearchLineEdit


class CandidateDialog(QDialog):
    """Open or start the map of any opportunity or account."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Open or start a map"))
        self.resize(480, 420)
        self.search = SearchLineEdit(placeholder=self.tr("Search opportunities and accounts"))
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.search.search_changed.connect(self.fill)
        self.fill("")

    def fill(self, text: str) -> None:
        self.list.clear()
        for c in maps.map_candidates(self.ctx.db, text):
            kind = self.tr("Opportunity") if c.kind == "opportunity" else self.tr("Account")
            label = self.tr("{kind}: {title} — {account} ({n} people)").format(
                kind=kind, title=c.title, account=c.account_name, n=c.people
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, c.uuid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class MapListPanel(QWidget):
    """Search, sort, the list of maps and "Open or start a map…".

    The page wires the signals; it keeps ``search``, ``sort``, ``map_list`` and
    ``open_other`` as its own attributes too.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchLineEdit(
            placeholder=QCoreApplication.translate(
                "MapsPage", "Search maps: opportunity, account, pinyin initials"
            )
        )
        self.sort = QComboBox()
        self.sort.setObjectName("mapSort")
        for key, label in (
            ("updated", QCoreApplication.translate("MapsPage", "Recently changed")),
            ("title", QCoreApplication.translate("MapsPage", "Name")),
            ("account", QCoreApplication.translate("MapsPage", "Account")),
            ("people", QCoreApplication.translate("MapsPage", "Most people")),
            ("opponents", QCoreApplication.translate("MapsPage", "Most opponents")),
        ):
            self.sort.addItem(label, key)
        self.map_list = QTreeWidget()
        self.map_list.setObjectName("mapList")
        self.map_list.setRootIsDecorated(False)
        self.map_list.setHeaderLabels(
            [
                QCoreApplication.translate("MapsPage", "Map"),
                QCoreApplication.translate("MapsPage", "Account"),
                QCoreApplication.translate("MapsPage", "People"),
                QCoreApplication.translate("MapsPage", "Opponents"),
            ]
        )
        self.map_list.setColumnWidth(0, 170)
        self.open_other = QPushButton(QCoreApplication.translate("MapsPage", "Open or start a map…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        sort_row = QHBoxLayout()
        sort_row.addWidget(QLabel(QCoreApplication.translate("MapsPage", "Sort:")))
        sort_row.addWidget(self.sort, 1)
        layout.addLayout(sort_row)
        layout.addWidget(self.map_list, 1)
        layout.addWidget(self.open_other)

    def fill(self, rows: list[MapSummary] | tuple[MapSummary, ...], current: str | None) -> None:
        """Show ``rows``, keeping ``current`` selected; picks the first map if none is open."""
        self.map_list.blockSignals(True)
        self.map_list.clear()
        for row in rows:
            self.map_list.addTopLevelItem(list_item(row))
        self.map_list.blockSignals(False)
        for i in range(self.map_list.topLevelItemCount()):
            item = self.map_list.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == current:
                self.map_list.blockSignals(True)
                self.map_list.setCurrentItem(item)
                self.map_list.blockSignals(False)
        first = self.map_list.topLevelItem(0)
        if current is None and first is not None:
            self.map_list.setCurrentItem(first)


def list_item(row: MapSummary) -> QTreeWidgetItem:
    title = (
        row.title
        if row.kind == "opportunity"
        else QCoreApplication.translate("MapsPage", "{name} (account)").format(name=row.title)
    )
    item = QTreeWidgetItem([title, row.account_name, str(row.people), str(row.opponents)])
    item.setData(0, Qt.ItemDataRole.UserRole, row.uuid)
    item.setToolTip(0, title)
    if row.opponents:
        item.setForeground(3, QColor("#c0392b"))
    return item
