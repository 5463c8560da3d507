"""``AccountMapPanel``: the stakeholder picture of one account, small enough
for the accounts page to embed (e.g. as a tab of the account form).

Usage::

    from kamdesk.ui.stakeholders.account_panel import AccountMapPanel

    panel = AccountMapPanel(ctx, parent)
    panel.set_account(account_uuid)        # or None to clear
    # in the page's on_changed(changes):
    panel.on_changed(changes)

It lists every map of the account (its standing relationships and each
opportunity) with head counts — supporters, opponents, weights — and the
insights of all of them, worst first, each naming its map. "Open map" asks the
main window to show the maps page (``hub.navigate("maps", uuid)``). It reads
through :mod:`kamdesk.services.maps` only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
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

from kamdesk.domain.insights import Insight, Severity
from kamdesk.services import maps
from kamdesk.services.changes import Changes, Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op

_COLOURS = {Severity.HIGH: "#c0392b", Severity.MEDIUM: "#b9770e", Severity.LOW: "#5d6d7e"}


class AccountMapPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid: str | None = None
        self.summary = QLabel()
        self.summary.setObjectName("mapSummary")
        self.summary.setWordWrap(True)
        self.maps = QTreeWidget()
        self.maps.setObjectName("accountMaps")
        self.maps.setRootIsDecorated(False)
        self.maps.setHeaderLabels(
            [self.tr("Map"), self.tr("People"), self.tr("Supporters"), self.tr("Opponents")]
        )
        self.maps.setColumnWidth(0, 200)
        self.maps.itemDoubleClicked.connect(lambda _i, _c: self.open_map())
        self.insights = QListWidget()
        self.insights.setObjectName("accountInsights")
        self.insights.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open map"))
        self.open_button.clicked.connect(self.open_map)
        self.new_button = QPushButton(self.tr("Map of standing relationships"))
        self.new_button.setToolTip(
            self.tr("The account's own map: people who matter beyond any one opportunity")
        )
        self.new_button.clicked.connect(lambda: self.open_map(self.account_uuid))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.maps, 1)
        layout.addWidget(QLabel(self.tr("Insights")))
        layout.addWidget(self.insights, 2)
        layout.addLayout(buttons)
        self.set_account(None)

    def set_account(self, account_uuid: str | None) -> None:
        self.account_uuid = account_uuid
        self.refresh()

    def refresh(self) -> None:
        self.maps.clear()
        self.insights.clear()
        self.new_button.setEnabled(self.account_uuid is not None)
        if self.account_uuid is None:
            self.summary.setText(self.tr("No account chosen."))
            self.open_button.setEnabled(False)
            return
        rows = [r for r in maps.list_maps(self.ctx.db, sort="title") if r.account_uuid == self.account_uuid]
        people = sum(r.people for r in rows)
        opponents = sum(r.opponents for r in rows)
        self.summary.setText(
            self.tr("{maps} maps, {people} people on them, {opponents} opposing us").format(
                maps=len(rows), people=people, opponents=opponents
            )
            if rows
            else self.tr("No stakeholder map yet: open the account's map or an opportunity's to add people.")
        )
        found: list[tuple[Insight, str]] = []
        for row in rows:
            title = row.title if row.kind == "opportunity" else self.tr("Standing relationships")
            item = QTreeWidgetItem([title, str(row.people), str(row.supporters), str(row.opponents)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.uuid)
            self.maps.addTopLevelItem(item)
            snapshot = self._read_map(row.uuid)
            if snapshot is not None:
                found.extend((insight, title) for insight in snapshot.insights)
        first = self.maps.topLevelItem(0)
        if first is not None:
            self.maps.setCurrentItem(first)
        self.open_button.setEnabled(bool(rows))
        found.sort(key=lambda pair: pair[0].severity.rank)
        for insight, title in found:
            line = QListWidgetItem(f"● [{title}] {insight.message(self.ctx.lang)}")
            line.setForeground(QColor(_COLOURS[insight.severity]))
            self.insights.addItem(line)
        if rows and not found:
            # maps without anyone on them are empty, not complete
            self.insights.addItem(
                self.tr("No insights: the maps look complete.")
                if people
                else self.tr(
                    "Nobody on these maps yet: open one and add the economic, technical and user buyers and a coach."
                )
            )

    def _read_map(self, uuid: str) -> maps.MapSnapshot | None:
        read = run_op(
            self,
            self.ctx,
            lambda: Result(maps.load_map(self.ctx.db, uuid)),
            title=self.tr("Standing relationships"),
            failure=lambda _exc: None,  # removed meanwhile: no insights from it
        )
        return None if read is None else read.value

    def open_map(self, uuid: str | None = None) -> None:
        if uuid is None:
            item = self.maps.currentItem()
            uuid = str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None
        if uuid:
            self.ctx.hub.navigate.emit("maps", uuid)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("stakeholder", "contact", "visit", "opportunity", "account"):
            self.refresh()
