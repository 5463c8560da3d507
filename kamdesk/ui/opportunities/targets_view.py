"""Targets: set minimum / normal / stretch per period and metric, see the
progress bars, and the decomposition of a revenue target as in the seed's
worked example (months → deals → prospects → calls → calls a day)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.formats import money
from kamdesk.domain.periods import PeriodKind, TargetLevel, TargetMetric, period_key
from kamdesk.errors import ValidationError
from kamdesk.services.opportunities import targets as tg
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.opportunities.target_decomposition import TargetDecomposition
from kamdesk.ui.widgets import messages

ERROR_STYLE = "color: #c0392b;"


def _count(value: object, lang: str = "zh", *, short: bool = False) -> str:
    """A target that is not money (visits, new accounts): a plain number."""
    if value is None:
        return "—"
    number = Decimal(str(value))
    return f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"


class TargetsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 2)
        right = QVBoxLayout()
        outer.addLayout(right, 3)
        left.addWidget(self._build_form())
        left.addWidget(self._build_table(), 1)
        remove = QPushButton(self.tr("Delete target"))
        remove.clicked.connect(self._delete)
        left.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self._build_progress())
        self.decomposition = TargetDecomposition(ctx, self._rep)
        self.decomposition.rules_changed.connect(self._show_selected)
        right.addWidget(self.decomposition, 1)
        self.rows: list[tg.TargetRow] = []
        self._kind_changed()
        self.decomposition.default_average_deal()

    # --- building ---------------------------------------------------------------------
    def _build_form(self) -> QGroupBox:
        """Period, metric, the three levels, reward and penalty, each with its error."""
        lang = self.ctx.lang
        form_box = QGroupBox(self.tr("Set a target"))
        form = QFormLayout(form_box)
        self.kind = QComboBox()
        for kind in tg.TARGET_PERIODS:
            self.kind.addItem(kind.label(lang), kind.code)
        self.kind.setCurrentIndex(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.key = QLineEdit()
        self.metric_combo = QComboBox()
        for metric in TargetMetric:
            self.metric_combo.addItem(metric.label(lang), metric.code)
        self.minimum = QLineEdit()
        self.normal = QLineEdit()
        self.stretch = QLineEdit()
        self.reward = QLineEdit()
        self.penalty = QLineEdit()
        self.errors: dict[str, QLabel] = {}
        fields: tuple[tuple[str, str, QWidget], ...] = (
            ("period_kind", self.tr("Period"), self.kind),
            ("period_key", self.tr("Period key"), self.key),
            ("metric", self.tr("Metric"), self.metric_combo),
            ("minimum", TargetLevel.MINIMUM.label(lang), self.minimum),
            ("normal", TargetLevel.NORMAL.label(lang), self.normal),
            ("stretch", TargetLevel.STRETCH.label(lang), self.stretch),
            ("reward", self.tr("Reward"), self.reward),
            ("penalty", self.tr("Penalty"), self.penalty),
        )
        for key, title, widget in fields:
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(widget)
            err = QLabel()
            err.setStyleSheet(ERROR_STYLE)
            err.setVisible(False)
            v.addWidget(err)
            self.errors[key] = err
            form.addRow(title, box)
        save = QPushButton(self.tr("Save target"))
        save.clicked.connect(self.save)
        form.addRow(save)
        return form_box

    def _build_table(self) -> QTableWidget:
        # four columns that fit the left side at 1366×768 (the six of before were
        # all elided); minimum and stretch are in the row's tooltip and the form
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Metric"), TargetLevel.NORMAL.label(self.ctx.lang), self.tr("Actual")]
        )
        self.table.setMinimumWidth(300)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_row_chosen)
        return self.table

    def _build_progress(self) -> QGroupBox:
        """A bar per level and how much of the period has passed."""
        prog_box = QGroupBox(self.tr("Progress"))
        pv = QVBoxLayout(prog_box)
        self.progress_title = QLabel()
        pv.addWidget(self.progress_title)
        self.bars: dict[TargetLevel, QProgressBar] = {}
        for level in TargetLevel:
            row = QHBoxLayout()
            label = QLabel(level.label(self.ctx.lang))
            label.setMinimumWidth(80)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setTextVisible(True)
            row.addWidget(label)
            row.addWidget(bar, 1)
            pv.addLayout(row)
            self.bars[level] = bar
        self.elapsed = QLabel()
        pv.addWidget(self.elapsed)
        return prog_box

    def _kind_changed(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        self.key.setText(period_key(kind, clock.today()))

    def refresh(self) -> None:
        selected = self._selected()
        self.rows = tg.list_targets(self.ctx.db, rep="me") if self._has_me() else tg.list_targets(self.ctx.db)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        lang = self.ctx.lang
        for r, t in enumerate(self.rows):
            prog = tg.target_progress(self.ctx.db, t.uuid)
            amount = money if t.metric is TargetMetric.REVENUE else _count
            values = [
                t.period_key,
                t.metric.label(lang),
                amount(t.normal, lang, short=True),
                amount(prog.actual, lang, short=True),
            ]
            tip = " · ".join(
                f"{level.label(lang)} {amount(value, lang)}"
                for level, value in (
                    (TargetLevel.MINIMUM, t.minimum),
                    (TargetLevel.NORMAL, t.normal),
                    (TargetLevel.STRETCH, t.stretch),
                )
            )
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{t.period_key} {t.metric.label(lang)}\n{tip}")
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        keep = next((i for i, t in enumerate(self.rows) if selected and t.uuid == selected.uuid), None)
        if keep is None:
            keep = self._row_for_form_period()
        if self.rows:
            self.table.selectRow(keep)
        self._show_selected()

    def _row_for_form_period(self) -> int:
        """The target of the period in the form (revenue first), else the first revenue one."""
        key = self.key.text().strip()
        for wanted in (
            lambda t: t.period_key == key and t.metric is TargetMetric.REVENUE,
            lambda t: t.period_key == key,
            lambda t: t.metric is TargetMetric.REVENUE,
        ):
            found = next((i for i, t in enumerate(self.rows) if wanted(t)), None)
            if found is not None:
                return found
        return 0

    def _on_row_chosen(self) -> None:
        """The form follows the chosen target, so form and progress show one period."""
        t = self._selected()
        if t is not None:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(max(self.kind.findData(t.period_kind.code), 0))
            self.kind.blockSignals(False)
            self.key.setText(t.period_key)
            self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(t.metric.code), 0))
            for edit, value in (
                (self.minimum, t.minimum),
                (self.normal, t.normal),
                (self.stretch, t.stretch),
            ):
                edit.setText("" if value is None else f"{value.normalize():f}")
            self.reward.setText(t.reward or "")
            self.penalty.setText(t.penalty or "")
        self._show_selected()

    def _has_me(self) -> bool:
        from kamdesk.services.opportunities.pipeline import reps

        return any(is_me for _u, _n, is_me in reps(self.ctx.db))

    def _rep(self) -> str | None:
        return "me" if self._has_me() else None

    def _selected(self) -> tg.TargetRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _show_selected(self, *_args: object) -> None:
        t = self._selected()
        if t is None:
            self.progress_title.setText(self.tr("No target selected"))
            for bar in self.bars.values():
                bar.setValue(0)
                bar.setFormat("")
            self.decomposition.clear_target()
            self.elapsed.clear()
            return
        self._show_progress(t)
        if t.metric is not TargetMetric.REVENUE:
            self.decomposition.show_other_metric()
            return
        self.decomposition.show_target(t.uuid)

    def _show_progress(self, t: tg.TargetRow) -> None:
        prog = tg.target_progress(self.ctx.db, t.uuid)
        self.progress_title.setText(
            self.tr("%1 %2: %3 so far")
            .replace("%1", t.period_key)
            .replace("%2", t.metric.label(self.ctx.lang))
            .replace("%3", money(prog.actual))
        )
        levels = {lp.level: lp for lp in prog.progress.levels}
        for level, bar in self.bars.items():
            lp = levels.get(level)
            if lp is None:
                bar.setValue(0)
                bar.setFormat(self.tr("not set"))
                continue
            pct = float(lp.ratio) * 100
            bar.setValue(min(int(pct), 100))
            bar.setFormat(f"{pct:.0f}%  {money(prog.actual)} / {money(lp.target)}")
        self.elapsed.setText(
            self.tr("%1% of the period has passed (%2 – %3).")
            .replace("%1", f"{float(prog.elapsed) * 100:.0f}")
            .replace("%2", prog.starts_on.isoformat())
            .replace("%3", prog.ends_on.isoformat())
        )

    def save(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)

        def invalid(exc: ValidationError) -> None:
            for field, message in exc.errors.items():
                err = self.errors.get(field)
                if err is not None:
                    err.setText(message)
                    err.setVisible(True)
                else:
                    messages.show_error(self, self.tr("Target"), message)

        result = run_op(
            self,
            self.ctx,
            lambda: tg.set_target(
                self.ctx.db,
                period_kind=PeriodKind(self.kind.currentData()),
                period_key=self.key.text().strip(),
                metric=TargetMetric(self.metric_combo.currentData()),
                minimum=self.minimum.text(),
                normal=self.normal.text(),
                stretch=self.stretch.text(),
                reward=self.reward.text(),
                penalty=self.penalty.text(),
                rep=self._rep(),
            ),
            title=self.tr("Target"),
            invalid=invalid,
        )
        if result is None:
            return
        self.refresh()
        for i, row in enumerate(self.rows):
            if row.uuid == result.value.uuid:
                self.table.selectRow(i)

    def _delete(self) -> None:
        t = self._selected()
        if t is None:
            return
        deleted = run_op(
            self, self.ctx, lambda: tg.delete_target(self.ctx.db, t.uuid), title=self.tr("Delete target")
        )
        if deleted is not None:
            self.refresh()
