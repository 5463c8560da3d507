"""The report view's read-only sections — the figures, visits, moves and
targets tables — and the table helpers the other report views share."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from kamdesk.services.reporting import DailyReport, MonthlyReport, PeriodSummary
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.printing import figures


class Cell(NamedTuple):
    """A cell shown as ``text`` and sorted by ``key`` (money, counts: "¥9" before "¥10")."""

    text: str
    key: float


class _SortedItem(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, float) and isinstance(theirs, float):
            return mine < theirs
        return super().__lt__(other)


def table_item(text: object, *, editable: bool = False) -> QTableWidgetItem:
    if isinstance(text, Cell):
        it: QTableWidgetItem = _SortedItem(text.text)
        it.setData(Qt.ItemDataRole.UserRole, float(text.key))
    else:
        it = QTableWidgetItem(str(text if text is not None else ""))
    if not editable:
        it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


def fill_table(table: QTableWidget, header: list[str], rows: list[list[object]]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, table_item(value))
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def read_only_table() -> QTableWidget:
    t = QTableWidget()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    return t


class ReportSections(QTabWidget):
    """The loaded report's tables, one tab each; the targets only for a month."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures = read_only_table()
        self.visits = read_only_table()
        self.moves = read_only_table()
        self.targets = read_only_table()
        self.addTab(self.figures, self.tr("Key figures"))
        self.addTab(self.visits, self.tr("Visits"))
        self.addTab(self.moves, self.tr("Opportunities moved"))
        self.addTab(self.targets, self.tr("Targets vs actual"))

    def show_report(self, data: DailyReport | PeriodSummary) -> None:
        fill_table(
            self.figures,
            [self.tr("Figure"), self.tr("Value")],
            [list(p) for p in figures(data, self.ctx.lang)],
        )
        self._show_visits(data)
        if isinstance(data, DailyReport):
            self._show_commitments(data)
        else:
            self._show_moves(data)
        is_month = isinstance(data, MonthlyReport)
        self.setTabVisible(3, is_month)
        if isinstance(data, MonthlyReport):
            self._show_targets(data)

    def _show_visits(self, data: DailyReport | PeriodSummary) -> None:
        lang = self.ctx.lang
        visits = data.visits_done if isinstance(data, DailyReport) else data.visits
        fill_table(
            self.visits,
            [
                self.tr("Date"),
                self.tr("Account"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Objective"),
                self.tr("Outcome"),
            ],
            [
                [
                    f"{v.on} {v.at}",
                    v.account,
                    v.kind.label(lang),
                    v.status.label(lang),
                    v.objective,
                    v.outcome,
                ]
                for v in visits
            ],
        )

    def _show_commitments(self, data: DailyReport) -> None:
        fill_table(
            self.moves,
            [self.tr("Account"), self.tr("Commitment"), self.tr("Due")],
            [[c.account, c.text, c.due_on or ""] for c in data.commitments_made + data.commitments_due],
        )
        self.setTabText(2, self.tr("Commitments"))

    def _show_moves(self, data: PeriodSummary) -> None:
        fill_table(
            self.moves,
            [self.tr("Date"), self.tr("Opportunity"), self.tr("Account"), self.tr("From"), self.tr("To")],
            [
                [
                    m.at.strftime("%Y-%m-%d"),
                    m.opportunity,
                    m.account,
                    m.from_stage.code if m.from_stage else "",
                    m.to_stage.code,
                ]
                for m in data.stage_moves
            ],
        )
        self.setTabText(2, self.tr("Opportunities moved"))

    def _show_targets(self, data: MonthlyReport) -> None:
        lang = self.ctx.lang
        fill_table(
            self.targets,
            [
                self.tr("Metric"),
                self.tr("Minimum"),
                self.tr("Normal"),
                self.tr("Stretch"),
                self.tr("Actual"),
                self.tr("Level reached"),
            ],
            [
                [
                    t.metric.label(lang),
                    t.minimum or "",
                    t.normal or "",
                    t.stretch or "",
                    t.actual,
                    t.level.label(lang) if t.level else "—",
                ]
                for t in data.targets
            ],
        )
