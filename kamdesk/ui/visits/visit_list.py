"""The visits page's List tab: every visit, filtered by status, dates and
text, loaded page by page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.visits import VisitStatus
from kamdesk.services import visits as svc
from kamdesk.services.visits import calendar as cal
from kamdesk.ui.context import AppContext
from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel
from kamdesk.ui.widgets.dates import OptionalDateEdit
from kamdesk.ui.widgets.search import SearchLineEdit


class VisitListTab(QWidget):
    """``visit_selected(uuid)`` on a click, ``visit_activated(uuid)`` on a double click."""

    visit_selected = Signal(str)
    visit_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        filters = self._build_filters()
        self.list_model: LazyTableModel[cal.VisitRow] = LazyTableModel(
            self._columns(),
            fetch=self._fetch,
            count=self._count,
            key=lambda r: r.uuid,
            page_size=200,
            default_sort="starts_at",
            descending=True,
            parent=self,
        )
        self.list_model.total_changed.connect(
            lambda n: self.list_total.setText(self.tr("%n visit(s)", "", n))
        )
        self.table = QTableView()
        self.table.setObjectName("visitTable")
        self.table.setModel(self.list_model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as loaded
        for column, width in enumerate((140, 220, 70, 70, 90, 160)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.clicked.connect(lambda i: self.visit_selected.emit(self.list_model.key_at(i.row()) or ""))
        self.table.doubleClicked.connect(
            lambda i: self.visit_activated.emit(self.list_model.key_at(i.row()) or "")
        )
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)

    def _build_filters(self) -> QHBoxLayout:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in VisitStatus:
            self.status_filter.addItem(status.label(self.ctx.lang), status.code)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.list_model.refresh())
        self.from_date = OptionalDateEdit()
        self.to_date = OptionalDateEdit()
        self.from_date.date_value_changed.connect(lambda _d: self.list_model.refresh())
        self.to_date.date_value_changed.connect(lambda _d: self.list_model.refresh())
        self.search = SearchLineEdit(placeholder=self.tr("Search account, place, objective, outcome…"))
        self.search.setObjectName("visitSearch")
        self.search.search_changed.connect(lambda _t: self.list_model.refresh())
        self.list_total = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.from_date)
        filters.addWidget(QLabel(self.tr("To")))
        filters.addWidget(self.to_date)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.list_total)
        return filters

    def _columns(self) -> list[LazyColumn[cal.VisitRow]]:
        lang = self.ctx.lang
        zone = svc.local_tz()
        return [
            LazyColumn(
                "starts_at",
                self.tr("When"),
                lambda r: f"{r.starts_at.astimezone(zone):%Y-%m-%d %H:%M}",
                "starts_at",
            ),
            LazyColumn("account", self.tr("Account"), lambda r: r.account_name, "account"),
            LazyColumn("status", self.tr("Status"), lambda r: r.status.label(lang), "status"),
            LazyColumn("kind", self.tr("Kind"), lambda r: r.kind.label(lang), "kind"),
            LazyColumn(
                "objective",
                self.tr("Objective"),
                lambda r: r.objective_kind.label(lang) if r.objective_kind else "",
                "objective",
            ),
            LazyColumn("place", self.tr("Place"), lambda r: r.place or "", "place"),
            LazyColumn("final", self.tr("Final objective"), lambda r: r.final_objective or "", None),
        ]

    def _query(self) -> cal.VisitQuery:
        code = self.status_filter.currentData()
        return cal.VisitQuery(
            start=self.from_date.date_value(),
            end=self.to_date.date_value(),
            statuses=(VisitStatus(code),) if code else (),
            search=self.search.text(),
        )

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool) -> list[cal.VisitRow]:
        q = self._query()
        q = cal.VisitQuery(
            q.start, q.end, q.statuses, None, q.search, sort or "starts_at", descending, limit, offset
        )
        return cal.list_visits(self.ctx.db, q)

    def _count(self) -> int:
        return cal.count_visits(self.ctx.db, self._query())
