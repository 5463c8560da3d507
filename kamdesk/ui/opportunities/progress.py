"""The opportunity editor's Progress vs rival and Stage history tabs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
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
from kamdesk.ui.operations import run_op
from kamdesk.ui.opportunities._base import EditorBase
from kamdesk.ui.widgets.charts import LineChart


class ProgressTabs(EditorBase):
    """The editor's Progress vs rival and Stage history tabs."""

    def _build_progress(self) -> None:
        page = QWidget()
        h = QHBoxLayout(page)
        self.progress_chart = LineChart()
        self.progress_chart.y_title = QCoreApplication.translate("OpportunityEditor", "Vs main rival (−5…+5)")
        self.progress_chart.empty_text = QCoreApplication.translate(
            "OpportunityEditor", "No progress points yet"
        )
        h.addWidget(self.progress_chart, 2)
        side = QVBoxLayout()
        self.progress_table = QTableWidget(0, 3)
        self.progress_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OpportunityEditor", "Date"),
                QCoreApplication.translate("OpportunityEditor", "Progress"),
                QCoreApplication.translate("OpportunityEditor", "Note"),
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
        form.addRow(QCoreApplication.translate("OpportunityEditor", "Date"), self.point_date)
        form.addRow(QCoreApplication.translate("OpportunityEditor", "Progress"), self.point_value)
        form.addRow(QCoreApplication.translate("OpportunityEditor", "Note"), self.point_note)
        side.addLayout(form)
        bh = QHBoxLayout()
        add = QPushButton(QCoreApplication.translate("OpportunityEditor", "Add point"))
        add.clicked.connect(self._add_point)
        rem = QPushButton(QCoreApplication.translate("OpportunityEditor", "Remove point"))
        rem.clicked.connect(self._remove_point)
        bh.addWidget(add)
        bh.addWidget(rem)
        side.addLayout(bh)
        h.addLayout(side, 1)
        self.tabs.addTab(page, QCoreApplication.translate("OpportunityEditor", "Progress vs rival"))

    def _build_history(self) -> None:
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OpportunityEditor", "When"),
                QCoreApplication.translate("OpportunityEditor", "Move"),
                QCoreApplication.translate("OpportunityEditor", "Unmet exit criteria"),
                QCoreApplication.translate("OpportunityEditor", "Note"),
            ]
        )
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.verticalHeader().setVisible(False)
        self.tabs.addTab(self.history, QCoreApplication.translate("OpportunityEditor", "Stage history"))

    def _load_progress(self) -> None:
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
            QCoreApplication.translate("OpportunityEditor", "Progress vs %1").replace("%1", main)
            if main
            else QCoreApplication.translate("OpportunityEditor", "Progress vs main rival")
        )

    def _load_history(self) -> None:
        assert self.uuid
        rows = ops.stage_history(self.ctx.db, self.uuid)
        self.history.setRowCount(len(rows))
        for r, h in enumerate(rows):
            self.history.setItem(r, 0, QTableWidgetItem(clock.to_local(h.at).strftime("%Y-%m-%d %H:%M")))
            move = f"{h.from_stage.code} → {h.to_stage.code}" if h.from_stage else f"→ {h.to_stage.code}"
            self.history.setItem(r, 1, QTableWidgetItem(move))
            unmet = QTableWidgetItem("\n".join(h.unmet_criteria))
            if h.unmet_criteria:
                unmet.setForeground(Qt.GlobalColor.darkRed)
            self.history.setItem(r, 2, unmet)
            self.history.setItem(r, 3, QTableWidgetItem(h.note or ""))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self.history.resizeRowsToContents()

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
            title=QCoreApplication.translate("OpportunityEditor", "Progress"),
        )
        if result is None:
            return
        self.point_note.clear()
        self._load_progress()

    def _remove_point(self) -> None:
        r = self.progress_table.currentRow()
        if 0 <= r < len(self.points):
            self.ctx.hub.publish(ops.remove_progress_point(self.ctx.db, self.points[r].uuid).changes)
            self._load_progress()
