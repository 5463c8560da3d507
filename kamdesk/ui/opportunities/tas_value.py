"""The opportunity editor's TAS tab and its Value and opening tab (customer
value matrix, nine-grid opening picker).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.evaluation import TasAnswerKind, TasQuestion, tas_verdict
from kamdesk.domain.matrix import nine_grid, value_type
from kamdesk.ui.opportunities._base import EditorBase
from kamdesk.ui.opportunities.nine_grid import NineGridWidget


class ValueTabs(EditorBase):
    """The editor's TAS tab and its value matrix and nine-grid opening picker."""

    def _build_tas(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.tas_answer: dict[int, QComboBox] = {}
        self.tas_evidence: dict[int, QPlainTextEdit] = {}
        grid.addWidget(QLabel(QCoreApplication.translate("OpportunityEditor", "Question")), 0, 0)
        grid.addWidget(QLabel(QCoreApplication.translate("OpportunityEditor", "Answer")), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("OpportunityEditor", "Evidence")), 0, 2)
        for i, q in enumerate(TasQuestion, start=1):
            grid.addWidget(QLabel(q.label(self.ctx.lang)), i, 0)
            combo = QComboBox()
            combo.addItem("—", None)
            for kind in TasAnswerKind:
                combo.addItem(kind.label(self.ctx.lang), kind.code)
            combo.currentIndexChanged.connect(self._tas_changed)
            edit = QPlainTextEdit()
            edit.setFixedHeight(64)
            edit.setPlaceholderText(
                QCoreApplication.translate("OpportunityEditor", "What shows it: facts, who said what, when")
            )
            self.tas_answer[q.number] = combo
            self.tas_evidence[q.number] = edit
            grid.addWidget(combo, i, 1)
            grid.addWidget(edit, i, 2)
        self.tas_verdict = QLabel()
        grid.addWidget(self.tas_verdict, 5, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(6, 1)
        self.tabs.addTab(page, QCoreApplication.translate("OpportunityEditor", "TAS"))

    def _build_value(self) -> None:
        page = QWidget()
        h = QHBoxLayout(page)
        box = QGroupBox(QCoreApplication.translate("OpportunityEditor", "Customer value matrix"))
        form = QFormLayout(box)
        self.short_term = QSpinBox()
        self.long_term = QSpinBox()
        for spin in (self.short_term, self.long_term):
            spin.setRange(0, 10)
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(self._value_changed)
        self.value_result = QLabel()
        self.value_result.setWordWrap(True)
        self._row(
            form,
            QCoreApplication.translate("OpportunityEditor", "Short-term revenue (1–10)"),
            self.short_term,
            "short_term_revenue",
        )
        self._row(
            form,
            QCoreApplication.translate("OpportunityEditor", "Long-term impact (1–10)"),
            self.long_term,
            "long_term_impact",
        )
        hint = QLabel(
            QCoreApplication.translate(
                "OpportunityEditor",
                "Long-term impact: follow-on business, brand and reference value, team morale.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6670;")
        form.addRow(hint)
        form.addRow(self.value_result)
        h.addWidget(box, 1)
        grid_box = QGroupBox(QCoreApplication.translate("OpportunityEditor", "Opening position (nine-grid)"))
        gv = QVBoxLayout(grid_box)
        self.nine_grid = NineGridWidget(lang=self.ctx.lang, picker=True)
        self.nine_grid.cell_chosen.connect(self._cell_chosen)
        self.grid_result = QLabel()
        self.grid_result.setWordWrap(True)
        clear = QPushButton(QCoreApplication.translate("OpportunityEditor", "Clear opening"))
        clear.clicked.connect(lambda: self._cell_chosen(None))
        gv.addWidget(self.nine_grid, 1)
        gv.addWidget(self.grid_result)
        gv.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        h.addWidget(grid_box, 2)
        self.tabs.addTab(page, QCoreApplication.translate("OpportunityEditor", "Value and opening"))

    def _value_changed(self) -> None:
        st, lt = self.short_term.value(), self.long_term.value()
        if st and lt:
            vt = value_type(st, lt)
            self.value_result.setText(
                QCoreApplication.translate("OpportunityEditor", "Type %1: %2\nStrategy: %3")
                .replace("%1", vt.code)
                .replace("%2", vt.label(self.ctx.lang))
                .replace("%3", vt.strategy(self.ctx.lang))
            )
        else:
            self.value_result.setText(
                QCoreApplication.translate(
                    "OpportunityEditor", "Score both axes to see the type and its strategy."
                )
            )

    def _cell_chosen(self, cell: str | None) -> None:
        self.nine_grid.set_selected(cell)
        sel = self.nine_grid.selection()
        if sel is None:
            self.grid_result.setText(
                QCoreApplication.translate(
                    "OpportunityEditor",
                    "Click the cell that matches whose territory it is and who leads now.",
                )
            )
            return
        info = nine_grid(*sel)
        lang = self.ctx.lang
        self.grid_result.setText(
            QCoreApplication.translate("OpportunityEditor", "%1 opening (%2, %3), %4: %5")
            .replace("%1", info.cell)
            .replace("%2", sel[0].label(lang))
            .replace("%3", sel[1].label(lang))
            .replace("%4", info.kind.label(lang))
            .replace("%5", info.strategy(lang))
        )

    def _tas_changed(self) -> None:
        answers = {n: combo.currentData() for n, combo in self.tas_answer.items()}
        verdict = tas_verdict(answers)
        text = {
            "go": QCoreApplication.translate("OpportunityEditor", "All four answered yes: pursue it."),
            "stop": QCoreApplication.translate(
                "OpportunityEditor", "At least one answer is no: think twice before investing."
            ),
            "open": QCoreApplication.translate(
                "OpportunityEditor", "Not decided yet: find the evidence for the open questions."
            ),
        }[verdict]
        self.tas_verdict.setText(text)
