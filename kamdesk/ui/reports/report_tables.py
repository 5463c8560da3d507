"""The report view's read-only sections: the shared table helpers and the
figures / visits / moves / targets tables, plan items, manager's notes and
status line (moved out of ``report_view``; strings keep the ``ReportView``
translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from kamdesk.domain.periods import ReportKind, SubmissionStatus
from kamdesk.services.reporting import DailyReport, MonthlyReport, PeriodSummary
from kamdesk.services.submissions import mark_annotations_read, report_status
from kamdesk.ui.reports.printing import figures

if TYPE_CHECKING:
    from kamdesk.ui.context import AppContext


TEXT_FIELDS = ("plan_text", "summary_text", "key_problems", "hard_problems")


def _item(text: object, *, editable: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(str(text if text is not None else ""))
    if not editable:
        it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


def _fill(table: QTableWidget, header: list[str], rows: list[list[object]]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, _item(value))
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _table() -> QTableWidget:
    t = QTableWidget()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    return t


if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class ReportSectionsMixin(_Base):
    """Fills the view's tables and labels from the loaded report."""

    if TYPE_CHECKING:
        ctx: AppContext
        data: DailyReport | PeriodSummary | None
        _dirty: bool
        _loading: bool
        figures: QTableWidget
        visits: QTableWidget
        moves: QTableWidget
        targets: QTableWidget
        tabs: QTabWidget
        texts: dict[str, QPlainTextEdit]
        items: QTableWidget
        notes_box: QGroupBox
        notes: QLabel
        status: QLabel
        no_data: QLabel
        submitted_button: QPushButton
        submit_month_button: QPushButton
        longer_box: QGroupBox

        @property
        def report_kind(self) -> ReportKind: ...
        @property
        def rep_uuid(self) -> str | None: ...
        def _show_longer(self) -> None: ...

    def _show(self, data: DailyReport | PeriodSummary) -> None:
        lang = self.ctx.lang
        self.no_data.setVisible(not data.has_data)
        _fill(
            self.figures,
            [
                QCoreApplication.translate("ReportView", "Figure"),
                QCoreApplication.translate("ReportView", "Value"),
            ],
            [list(p) for p in figures(data, lang)],
        )
        visits = data.visits_done if isinstance(data, DailyReport) else data.visits
        _fill(
            self.visits,
            [
                QCoreApplication.translate("ReportView", "Date"),
                QCoreApplication.translate("ReportView", "Account"),
                QCoreApplication.translate("ReportView", "Kind"),
                QCoreApplication.translate("ReportView", "Status"),
                QCoreApplication.translate("ReportView", "Objective"),
                QCoreApplication.translate("ReportView", "Outcome"),
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
        if isinstance(data, DailyReport):
            _fill(
                self.moves,
                [
                    QCoreApplication.translate("ReportView", "Account"),
                    QCoreApplication.translate("ReportView", "Commitment"),
                    QCoreApplication.translate("ReportView", "Due"),
                ],
                [[c.account, c.text, c.due_on or ""] for c in data.commitments_made + data.commitments_due],
            )
            self.tabs.setTabText(2, QCoreApplication.translate("ReportView", "Commitments"))
        else:
            _fill(
                self.moves,
                [
                    QCoreApplication.translate("ReportView", "Date"),
                    QCoreApplication.translate("ReportView", "Opportunity"),
                    QCoreApplication.translate("ReportView", "Account"),
                    QCoreApplication.translate("ReportView", "From"),
                    QCoreApplication.translate("ReportView", "To"),
                ],
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
            self.tabs.setTabText(2, QCoreApplication.translate("ReportView", "Opportunities moved"))
        is_month = isinstance(data, MonthlyReport)
        self.tabs.setTabVisible(3, is_month)
        if isinstance(data, MonthlyReport):
            _fill(
                self.targets,
                [
                    QCoreApplication.translate("ReportView", "Metric"),
                    QCoreApplication.translate("ReportView", "Minimum"),
                    QCoreApplication.translate("ReportView", "Normal"),
                    QCoreApplication.translate("ReportView", "Stretch"),
                    QCoreApplication.translate("ReportView", "Actual"),
                    QCoreApplication.translate("ReportView", "Level reached"),
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
        for name in TEXT_FIELDS:
            self.texts[name].setPlainText(getattr(data.text, name))
        self._show_items()
        self._show_notes()
        self._show_status()
        self.submitted_button.setVisible(not is_month)
        self.submit_month_button.setVisible(is_month)
        self.longer_box.setVisible(is_month)
        if is_month:
            self._show_longer()

    def _show_items(self) -> None:
        assert self.data is not None
        self._loading = True
        self.items.setRowCount(len(self.data.items))
        for r, it in enumerate(self.data.items):
            text = _item(it.text, editable=True)
            text.setData(Qt.ItemDataRole.UserRole, it.uuid)
            self.items.setItem(r, 0, text)
            self.items.setItem(r, 1, _item(it.result, editable=True))
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            done.setCheckState(Qt.CheckState.Checked if it.done else Qt.CheckState.Unchecked)
            self.items.setItem(r, 2, done)
        self._loading = False

    def _show_notes(self) -> None:
        assert self.data is not None
        notes = self.data.annotations
        self.notes_box.setVisible(bool(notes))
        self.notes.setText(
            "\n".join(
                f"{a.at:%Y-%m-%d} {a.author}{' · ' + a.section if a.section else ''}: {a.text}" for a in notes
            )
        )

    def _show_status(self) -> None:
        assert self.data is not None
        st = report_status(self.ctx.db, self.report_kind, self.data.period.key, rep=self.rep_uuid)
        label = {
            SubmissionStatus.DUE: QCoreApplication.translate("ReportView", "Due {when}"),
            SubmissionStatus.LATE: QCoreApplication.translate("ReportView", "Late — was due {when}"),
            SubmissionStatus.SUBMITTED: QCoreApplication.translate("ReportView", "Submitted {when}"),
        }[st.status]
        when = st.submitted_at if st.submitted_at else st.deadline
        self.status.setText(label.format(when=when.strftime("%Y-%m-%d %H:%M")))
        color = {
            SubmissionStatus.DUE: "#9a6700",
            SubmissionStatus.LATE: "#b0453a",
            SubmissionStatus.SUBMITTED: "#2f7a46",
        }
        self.status.setStyleSheet(f"color:{color[st.status]}")
        if st.unread_annotations:
            mark_annotations_read(self.ctx.db, self.report_kind, self.data.period.key, rep=self.rep_uuid)
