"""The opportunity editor's TAS tab and its Value and opening tab (customer
value matrix, nine-grid opening picker).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from kamdesk.services import opportunities as ops
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities.field_errors import FieldErrors
from kamdesk.ui.opportunities.nine_grid import NineGridWidget


class TasTab(QWidget):
    """The editor's TAS tab: an answer and its evidence per question, and the verdict."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        grid = QGridLayout(self)
        self.tas_answer: dict[int, QComboBox] = {}
        self.tas_evidence: dict[int, QPlainTextEdit] = {}
        grid.addWidget(QLabel(self.tr("Question")), 0, 0)
        grid.addWidget(QLabel(self.tr("Answer")), 0, 1)
        grid.addWidget(QLabel(self.tr("Evidence")), 0, 2)
        for i, q in enumerate(TasQuestion, start=1):
            grid.addWidget(QLabel(q.label(self.ctx.lang)), i, 0)
            combo = QComboBox()
            combo.addItem("—", None)
            for kind in TasAnswerKind:
                combo.addItem(kind.label(self.ctx.lang), kind.code)
            combo.currentIndexChanged.connect(self._tas_changed)
            edit = QPlainTextEdit()
            edit.setFixedHeight(64)
            edit.setPlaceholderText(self.tr("What shows it: facts, who said what, when"))
            self.tas_answer[q.number] = combo
            self.tas_evidence[q.number] = edit
            grid.addWidget(combo, i, 1)
            grid.addWidget(edit, i, 2)
        self.tas_verdict = QLabel()
        grid.addWidget(self.tas_verdict, 5, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(6, 1)

    def load(self, uuid: str) -> None:
        for row in ops.tas_answers(self.ctx.db, uuid):
            combo = self.tas_answer[row.question.number]
            combo.setCurrentIndex(max(combo.findData(row.answer.code if row.answer else None), 0))
            self.tas_evidence[row.question.number].setPlainText(row.evidence or "")
        self._tas_changed()

    def answers(self) -> tuple[tuple[int, object, str], ...]:
        """(question number, answer code, evidence) of every question, as shown."""
        return tuple(
            (n, c.currentData(), self.tas_evidence[n].toPlainText()) for n, c in self.tas_answer.items()
        )

    def _tas_changed(self) -> None:
        answers = {n: combo.currentData() for n, combo in self.tas_answer.items()}
        verdict = tas_verdict(answers)
        text = {
            "go": self.tr("All four answered yes: pursue it."),
            "stop": self.tr("At least one answer is no: think twice before investing."),
            "open": self.tr("Not decided yet: find the evidence for the open questions."),
        }[verdict]
        self.tas_verdict.setText(text)


class ValueTab(QWidget):
    """The editor's Value and opening tab: the customer value matrix scores and
    the nine-grid opening picker."""

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        h = QHBoxLayout(self)
        box = QGroupBox(self.tr("Customer value matrix"))
        form = QFormLayout(box)
        self.short_term = QSpinBox()
        self.long_term = QSpinBox()
        for spin in (self.short_term, self.long_term):
            spin.setRange(0, 10)
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(self._value_changed)
        self.value_result = QLabel()
        self.value_result.setWordWrap(True)
        errors.row(
            form,
            self.tr("Short-term revenue (1–10)"),
            self.short_term,
            "short_term_revenue",
        )
        errors.row(
            form,
            self.tr("Long-term impact (1–10)"),
            self.long_term,
            "long_term_impact",
        )
        hint = QLabel(
            self.tr(
                "Long-term impact: follow-on business, brand and reference value, team morale.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6670;")
        form.addRow(hint)
        form.addRow(self.value_result)
        h.addWidget(box, 1)
        grid_box = QGroupBox(self.tr("Opening position (nine-grid)"))
        gv = QVBoxLayout(grid_box)
        self.nine_grid = NineGridWidget(lang=self.ctx.lang, picker=True)
        self.nine_grid.cell_chosen.connect(self._cell_chosen)
        self.grid_result = QLabel()
        self.grid_result.setWordWrap(True)
        clear = QPushButton(self.tr("Clear opening"))
        clear.clicked.connect(lambda: self._cell_chosen(None))
        gv.addWidget(self.nine_grid, 1)
        gv.addWidget(self.grid_result)
        gv.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        h.addWidget(grid_box, 2)

    def set_new(self) -> None:
        """A new opportunity: the hints for the empty scores and opening."""
        self._value_changed()
        self._cell_chosen(None)

    def load(self, short_term: int | None, long_term: int | None, cell: str | None) -> None:
        self.short_term.setValue(short_term or 0)
        self.long_term.setValue(long_term or 0)
        self._cell_chosen(cell)

    def fields(self) -> dict[str, object]:
        """What "Save" writes from this tab."""
        sel = self.nine_grid.selection()
        return {
            "short_term_revenue": self.short_term.value() or None,
            "long_term_impact": self.long_term.value() or None,
            "territory": sel[0] if sel else None,
            "lead": sel[1] if sel else None,
        }

    def _value_changed(self) -> None:
        st, lt = self.short_term.value(), self.long_term.value()
        if st and lt:
            vt = value_type(st, lt)
            self.value_result.setText(
                self.tr("Type %1: %2\nStrategy: %3")
                .replace("%1", vt.code)
                .replace("%2", vt.label(self.ctx.lang))
                .replace("%3", vt.strategy(self.ctx.lang))
            )
        else:
            self.value_result.setText(self.tr("Score both axes to see the type and its strategy."))

    def _cell_chosen(self, cell: str | None) -> None:
        self.nine_grid.set_selected(cell)
        sel = self.nine_grid.selection()
        if sel is None:
            self.grid_result.setText(
                self.tr(
                    "Click the cell that matches whose territory it is and who leads now.",
                )
            )
            return
        info = nine_grid(*sel)
        lang = self.ctx.lang
        self.grid_result.setText(
            self.tr("%1 opening (%2, %3), %4: %5")
            .replace("%1", info.cell)
            .replace("%2", sel[0].label(lang))
            .replace("%3", sel[1].label(lang))
            .replace("%4", info.kind.label(lang))
            .replace("%5", info.strategy(lang))
        )
