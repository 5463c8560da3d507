"""The opportunity editor's Competition tab: rivals, the weighted evaluation
and the product comparison.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.evaluation import ProductAspect, weights_problem
from kamdesk.errors import ValidationError
from kamdesk.services import opportunities as ops
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.opportunities.field_errors import ERROR_STYLE, FieldErrors


class CompetitorDialog(QDialog):
    def __init__(self, ctx: AppContext, row: ops.CompetitorRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Competitor"))
        form = QFormLayout(self)
        self.name = QLineEdit(row.name if row else "")
        self.account = QComboBox()
        self.account.addItem(self.tr("(not linked)"), None)
        for uuid, name in pl.competitor_accounts(ctx.db):
            self.account.addItem(name, uuid)
        if row and row.account_uuid:
            self.account.setCurrentIndex(max(self.account.findData(row.account_uuid), 0))
        self.account.currentIndexChanged.connect(self._account_chosen)
        self.main = QCheckBox(self.tr("Main competitor"))
        self.main.setChecked(bool(row and row.is_main))
        self.strengths = QPlainTextEdit(row.strengths or "" if row else "")
        self.weaknesses = QPlainTextEdit(row.weaknesses or "" if row else "")
        for edit in (self.strengths, self.weaknesses):
            edit.setFixedHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Competitor account"), self.account)
        form.addRow("", self.main)
        form.addRow(self.tr("Strengths"), self.strengths)
        form.addRow(self.tr("Weaknesses"), self.weaknesses)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _account_chosen(self) -> None:
        if self.account.currentData() and not self.name.text().strip():
            self.name.setText(self.account.currentText())

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Name the competitor."))
            return
        self.accept()


class CompetitionTab(QWidget):
    """The editor's Competition tab: rivals (saved at once), weighted evaluation
    and product comparison (saved by the dialog's "Save")."""

    #: a rival was added, changed or removed (the main rival may have changed)
    competitors_changed = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None
        self.comps: list[ops.CompetitorRow] = []
        self.parties: list[tuple[str, str]] = []
        v = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical)
        v.addWidget(split, 1)
        top = QWidget()
        th = QHBoxLayout(top)
        th.setContentsMargins(0, 0, 0, 0)
        th.addWidget(self._competitors_box(), 1)
        th.addWidget(self._evaluation_box(errors), 2)
        split.addWidget(top)
        comp_box2 = QGroupBox(self.tr("Product comparison"))
        pv = QVBoxLayout(comp_box2)
        self.product_table = QTableWidget(len(ProductAspect), 2)
        self.product_table.setVerticalHeaderLabels([a.label(self.ctx.lang) for a in ProductAspect])
        pv.addWidget(self.product_table)
        pv.addWidget(errors.label("comparison"))
        split.addWidget(comp_box2)

    def _competitors_box(self) -> QGroupBox:
        comp_box = QGroupBox(self.tr("Competitors"))
        cv = QVBoxLayout(comp_box)
        self.comp_table = QTableWidget(0, 3)
        self.comp_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Main"),
                self.tr("Strengths / weaknesses"),
            ]
        )
        self.comp_table.horizontalHeader().setStretchLastSection(True)
        self.comp_table.verticalHeader().setVisible(False)
        self.comp_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comp_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comp_table.doubleClicked.connect(self._edit_competitor)
        cv.addWidget(self.comp_table)
        ch = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self._add_competitor),
            (self.tr("Edit…"), self._edit_competitor),
            (self.tr("Remove"), self._remove_competitor),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            ch.addWidget(b)
        cv.addLayout(ch)
        return comp_box

    def _evaluation_box(self, errors: FieldErrors) -> QGroupBox:
        eval_box = QGroupBox(self.tr("Weighted evaluation (scores 0–10)"))
        ev = QVBoxLayout(eval_box)
        self.eval_table = QTableWidget(0, 3)
        self.eval_table.itemChanged.connect(self._eval_changed)
        self.eval_table.verticalHeader().setVisible(False)
        ev.addWidget(self.eval_table, 1)
        eh = QHBoxLayout()
        add_c = QPushButton(self.tr("Add criterion"))
        add_c.clicked.connect(self._add_eval_row)
        rem_c = QPushButton(self.tr("Remove criterion"))
        rem_c.clicked.connect(self._remove_eval_row)
        self.eval_totals = QLabel()
        self.eval_totals.setWordWrap(True)
        font = self.eval_totals.font()
        font.setBold(True)
        self.eval_totals.setFont(font)
        eh.addWidget(add_c)
        eh.addWidget(rem_c)
        eh.addWidget(self.eval_totals, 1)
        ev.addLayout(eh)
        ev.addWidget(errors.label("weights"))
        return eval_box

    def load(self, uuid: str) -> None:
        self.uuid = uuid
        self._load()

    def _load(self) -> None:
        assert self.uuid
        self._load_competitors(self.uuid)
        names = self._load_evaluation(self.uuid)
        self._load_comparison(self.uuid, names)

    def _load_competitors(self, uuid: str) -> None:
        self.comps = ops.competitors(self.ctx.db, uuid)
        self.comp_table.setRowCount(len(self.comps))
        for r, c in enumerate(self.comps):
            self.comp_table.setItem(r, 0, QTableWidgetItem(c.name))
            self.comp_table.setItem(r, 1, QTableWidgetItem("★" if c.is_main else ""))
            text = " / ".join(x for x in (c.strengths or "", c.weaknesses or "") if x)
            self.comp_table.setItem(r, 2, QTableWidgetItem(text))
        self.comp_table.resizeColumnsToContents()

    def _load_evaluation(self, uuid: str) -> list[str]:
        """Fill the evaluation table; the parties' column titles ("Us" first)."""
        table = ops.evaluation(self.ctx.db, uuid)
        self.parties = list(table.parties)
        us = self.tr("Us")
        names = [us if not key else name for key, name in self.parties]
        self.eval_table.blockSignals(True)
        self.eval_table.clear()
        self.eval_table.setColumnCount(2 + len(self.parties))
        self.eval_table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Weight"),
                *names,
            ]
        )
        self.eval_table.setRowCount(len(table.criteria))
        for r, crit in enumerate(table.criteria):
            self.eval_table.setItem(r, 0, QTableWidgetItem(crit.name))
            self.eval_table.setItem(r, 1, QTableWidgetItem(f"{crit.weight:g}"))
            for p, (key, _name) in enumerate(self.parties):
                score = table.scores[key][r]
                self.eval_table.setItem(r, 2 + p, QTableWidgetItem("" if score is None else f"{score:g}"))
        self.eval_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.eval_table.blockSignals(False)
        self._eval_changed()
        return names

    def _load_comparison(self, uuid: str, names: list[str]) -> None:
        rows = ops.product_comparison(self.ctx.db, uuid)
        self.product_table.clear()
        self.product_table.setColumnCount(2 * len(self.parties))
        headers = []
        desc_title = self.tr("Description")
        score_title = self.tr("Score")
        for name in names:
            headers += [f"{name} · {desc_title}", f"{name} · {score_title}"]
        self.product_table.setHorizontalHeaderLabels(headers)
        self.product_table.setVerticalHeaderLabels([a.label(self.ctx.lang) for a in ProductAspect])
        index = {a: i for i, a in enumerate(ProductAspect)}
        keys = [k for k, _ in self.parties]
        for row in rows:
            if row.party not in keys:
                continue
            col = keys.index(row.party)
            self.product_table.setItem(index[row.aspect], 2 * col, QTableWidgetItem(row.description or ""))
            self.product_table.setItem(
                index[row.aspect],
                2 * col + 1,
                QTableWidgetItem("" if row.score is None else f"{row.score:g}"),
            )
        self.product_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def weights_scores(self) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
        criteria = []
        scores: dict[str, list[str]] = {key: [] for key, _ in self.parties}
        for r in range(self.eval_table.rowCount()):
            name_item, weight_item = self.eval_table.item(r, 0), self.eval_table.item(r, 1)
            name = name_item.text() if name_item else ""
            weight = weight_item.text() if weight_item else ""
            criteria.append((name, weight))
            for p, (key, _n) in enumerate(self.parties):
                item = self.eval_table.item(r, 2 + p)
                scores[key].append(item.text() if item else "")
        return criteria, scores

    def snapshot(self) -> tuple[object, ...]:
        """What "Save" would write from this tab, to tell whether closing loses anything."""
        comparison = tuple(
            (item.text() if (item := self.product_table.item(r, c)) else "")
            for r in range(self.product_table.rowCount())
            for c in range(self.product_table.columnCount())
        )
        return repr(self.weights_scores()), comparison

    def _eval_changed(self, *_args: object) -> None:
        criteria, scores = self.weights_scores()
        try:
            weights = [Decimal(w.strip() or "0") for _n, w in criteria]
        except ArithmeticError:
            self.eval_totals.setText(self.tr("A weight is not a number."))
            return
        total = sum(weights, Decimal(0))
        us = self.tr("Us")
        parts = [self.tr("Weights total %1").replace("%1", f"{total.normalize():f}")]
        for key, name in self.parties:
            value = Decimal(0)
            for w, s in zip(weights, scores[key], strict=False):
                with contextlib.suppress(ArithmeticError):
                    value += w * Decimal(s.strip() or "0")
            parts.append(f"{name or us}: {value.quantize(Decimal('0.01'))}")
        self.eval_totals.setText("   ".join(parts))
        ok = weights_problem(weights) is None
        self.eval_totals.setStyleSheet("" if ok else ERROR_STYLE)

    def comparison_rows(self) -> list[ops.ComparisonRow]:
        rows = []
        errors: dict[str, str] = {}
        for r, aspect in enumerate(ProductAspect):
            for p, (key, _name) in enumerate(self.parties):
                desc = self.product_table.item(r, 2 * p)
                score = self.product_table.item(r, 2 * p + 1)
                text = desc.text() if desc else ""
                score_text = (score.text() if score else "").strip()
                value: float | None = None
                if score_text:
                    try:
                        value = float(score_text)
                    except ValueError:
                        errors["comparison"] = self.tr("Score “%1” is not a number.").replace(
                            "%1", score_text
                        )
                        continue
                rows.append(ops.ComparisonRow(aspect, key, text, value))
        if errors:
            raise ValidationError(errors)
        return rows

    def _current_competitor(self) -> ops.CompetitorRow | None:
        row = self.comp_table.currentRow()
        return self.comps[row] if 0 <= row < len(self.comps) else None

    def _competitor_dialog(self, row: ops.CompetitorRow | None) -> None:
        if not self.uuid:
            return
        dlg = CompetitorDialog(self.ctx, row, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        uuid = self.uuid
        result = run_op(
            self,
            self.ctx,
            lambda: ops.save_competitor(
                self.ctx.db,
                uuid,
                name=dlg.name.text(),
                competitor_uuid=row.uuid if row else None,
                account=dlg.account.currentData(),
                is_main=dlg.main.isChecked(),
                strengths=dlg.strengths.toPlainText(),
                weaknesses=dlg.weaknesses.toPlainText(),
            ),
            title=self.tr("Competitor"),
        )
        if result is None:
            return
        self._load()
        self.competitors_changed.emit()

    def _add_competitor(self) -> None:
        self._competitor_dialog(None)

    def _edit_competitor(self, *_args: object) -> None:
        row = self._current_competitor()
        if row is not None:
            self._competitor_dialog(row)

    def _remove_competitor(self) -> None:
        row = self._current_competitor()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove competitor"),
            self.tr("Remove %1 and its scores?").replace("%1", row.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.hub.publish(ops.remove_competitor(self.ctx.db, row.uuid).changes)
            self._load()

    def _add_eval_row(self) -> None:
        r = self.eval_table.rowCount()
        self.eval_table.insertRow(r)
        self.eval_table.setItem(r, 0, QTableWidgetItem(self.tr("New criterion")))
        self.eval_table.setItem(r, 1, QTableWidgetItem("0"))

    def _remove_eval_row(self) -> None:
        r = self.eval_table.currentRow()
        if r >= 0:
            self.eval_table.removeRow(r)
            self._eval_changed()
