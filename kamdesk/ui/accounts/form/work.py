"""The account's 商机与拜访 tab: its opportunities (stage, amount, close)
and its upcoming visits, read from the account detail the form already
loaded; a double-click opens the opportunity or the visit on its page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.formats import date_text, money
from kamdesk.domain.visits import VisitStatus
from kamdesk.services.accounts import AccountDetail
from kamdesk.ui.context import AppContext

_UUID = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    # a long opportunity name wraps (two of 宁波卷烟厂's must be told apart)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, (uuid, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setData(_UUID, uuid)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class AccountWorkTab(QWidget):
    """Opportunities and upcoming visits of the shown account."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunities_title = QLabel(self.tr("Opportunities"))
        self.opportunities = _table(
            [
                self.tr("Opportunity"),
                self.tr("Stage"),
                self.tr("Status"),
                self.tr("Amount"),
                self.tr("Close date"),
            ]
        )
        self.opportunities.setObjectName("accountOpportunities")
        self.opportunities.cellDoubleClicked.connect(
            lambda row, _c: self._open("opportunities", self.opportunities, row)
        )
        self.visits_title = QLabel(self.tr("Upcoming visits"))
        self.visits = _table([self.tr("Objective"), self.tr("When"), self.tr("Kind"), self.tr("Place")])
        self.visits.setObjectName("accountUpcomingVisits")
        self.visits.cellDoubleClicked.connect(lambda row, _c: self._open("visits", self.visits, row))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        for w in (self.opportunities_title, self.opportunities, self.visits_title, self.visits):
            lay.addWidget(w, 1 if isinstance(w, QTableWidget) else 0)

    def show_detail(self, detail: AccountDetail | None) -> None:
        lang = self.ctx.lang
        opportunities = list(detail.opportunities) if detail is not None else []
        _fill(
            self.opportunities,
            [
                (
                    o.uuid,
                    [
                        o.name,
                        f"{o.stage.code} {o.stage.label(lang)}",
                        o.status.label(lang),
                        money(o.amount, lang) if o.amount is not None else "—",
                        date_text(o.expected_close),
                    ],
                )
                for o in opportunities
            ],
            right={3},
        )
        now = clock.now()
        # the detail holds the newest 50 visits, newest first: the planned ones ahead, soonest first
        upcoming = sorted(
            (
                v
                for v in (detail.visits if detail is not None else ())
                if v.status is VisitStatus.PLANNED and v.starts_at >= now
            ),
            key=lambda v: v.starts_at,
        )
        _fill(
            self.visits,
            [
                (
                    v.uuid,
                    [
                        v.objective or "—",
                        clock.to_local(v.starts_at).strftime("%Y-%m-%d %H:%M"),
                        v.kind.label(lang),
                        v.place or "—",
                    ],
                )
                for v in upcoming
            ],
            right=set(),
        )
        self.opportunities_title.setText(self.tr("Opportunities (%n)", "", len(opportunities)))
        self.visits_title.setText(
            self.tr("Upcoming visits (%n)", "", len(upcoming))
            if upcoming
            else self.tr("No visit planned: use “Plan visit” above.")
        )

    def _open(self, page: str, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.ctx.hub.navigate.emit(page, str(item.data(_UUID)))
