"""The opportunity editor's Progress vs rival and Stage history tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.services import opportunities as ops
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets.charts import LineChart


class ProgressTab(QWidget):
    """The editor's Progress vs rival tab: the points, added and removed at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None
        self.points: list[ops.ProgressRow] = []
        h = QHBoxLayout(self)
        self.progress_chart = LineChart()
        self.progress_chart.y_title = self.tr("Vs main rival (−5…+5)")
        self.progress_chart.empty_text = self.tr("No progress points yet")
        h.addWidget(self.progress_chart, 2)
        side = QVBoxLayout()
        self.progress_table = QTableWidget(0, 3)
        self.progress_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Progress"),
                self.tr("Note"),
            ]
        )
        self.progress_table.horizontalHeader().setStretchLastSection(True)
        self.progress_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_table.verticalHeader().setVisible(False)
        self.progress_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        side.addWidget(self.progress_table, 1)
        form = QFormLayout()
        self.point_date = QDateEdit(QDate(*clock.today().timetuple()[:3]))
        self.point_date.setCalendarPopup(True)
        self.point_date.setDisplayFormat("yyyy-MM-dd")
        self.point_value = QSpinBox()
        self.point_value.setRange(-5, 5)
        self.point_note = QLineEdit()
        form.addRow(self.tr("Date"), self.point_date)
        form.addRow(self.tr("Progress"), self.point_value)
        form.addRow(self.tr("Note"), self.point_note)
        side.addLayout(form)
        bh = QHBoxLayout()
        add = QPushButton(self.tr("Add point"))
        add.clicked.connect(self._add_point)
        rem = QPushButton(self.tr("Remove point"))
        rem.clicked.connect(self._remove_point)
        bh.addWidget(add)
        bh.addWidget(rem)
        side.addLayout(bh)
        h.addLayout(side, 1)

    def load(self, uuid: str) -> None:
        self.uuid = uuid
        self._load()

    def _load(self) -> None:
        assert self.uuid
        self.points = ops.progress_points(self.ctx.db, self.uuid)
        self.progress_table.setRowCount(len(self.points))
        for r, pt in enumerate(self.points):
            self.progress_table.setItem(r, 0, QTableWidgetItem(pt.on.isoformat()))
            self.progress_table.setItem(r, 1, QTableWidgetItem(f"{pt.value:+d}" if pt.value else "0"))
            note = " · ".join(x for x in (pt.competitor_name or "", pt.note or "") if x)
            self.progress_table.setItem(r, 2, QTableWidgetItem(note))
        self.progress_chart.set_data(
            [p.on.strftime("%m-%d") for p in self.points],
            [p.value for p in self.points],
            [float(p.on.toordinal()) for p in self.points],
        )
        main = next((c.name for c in ops.competitors(self.ctx.db, self.uuid) if c.is_main), "")
        self.progress_chart.title = (
            self.tr("Progress vs %1").replace("%1", main) if main else self.tr("Progress vs main rival")
        )

    def _add_point(self) -> None:
        if not self.uuid:
            return
        qd = self.point_date.date()
        uuid = self.uuid
        result = run_op(
            self,
            self.ctx,
            lambda: ops.add_progress_point(
                self.ctx.db,
                uuid,
                date(qd.year(), qd.month(), qd.day()),
                self.point_value.value(),
                note=self.point_note.text(),
            ),
            title=self.tr("Progress"),
        )
        if result is None:
            return
        self.point_note.clear()
        self._load()

    def _remove_point(self) -> None:
        r = self.progress_table.currentRow()
        if 0 <= r < len(self.points):
            self.ctx.hub.publish(ops.remove_progress_point(self.ctx.db, self.points[r].uuid).changes)
            self._load()


class HistoryTab(QTableWidget):
    """The editor's Stage history tab: every move, with the criteria unmet then."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.ctx = ctx
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Move"),
                self.tr("Unmet exit criteria"),
                self.tr("Note"),
            ]
        )
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)

    def load(self, uuid: str) -> None:
        rows = ops.stage_history(self.ctx.db, uuid)
        self.setRowCount(len(rows))
        for r, h in enumerate(rows):
            self.setItem(r, 0, QTableWidgetItem(clock.to_local(h.at).strftime("%Y-%m-%d %H:%M")))
            move = f"{h.from_stage.code} → {h.to_stage.code}" if h.from_stage else f"→ {h.to_stage.code}"
            self.setItem(r, 1, QTableWidgetItem(move))
            unmet = QTableWidgetItem("\n".join(h.unmet_criteria))
            if h.unmet_criteria:
                unmet.setForeground(Qt.GlobalColor.darkRed)
            self.setItem(r, 2, unmet)
            self.setItem(r, 3, QTableWidgetItem(h.note or ""))
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)
        self.resizeRowsToContents()
