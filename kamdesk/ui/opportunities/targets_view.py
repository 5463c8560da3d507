"""Targets: set minimum / normal / stretch per period and metric, see the
progress bars, and the decomposition of a revenue target as in the seed's
worked example (months → deals → prospects → calls → calls a day)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.formats import money
from kamdesk.domain.periods import PeriodKind, TargetLevel, TargetMetric, period_key
from kamdesk.domain.targets import (
    DEFAULT_AVERAGE_DEAL,
    DEFAULT_CALLS_PER_PROSPECT,
    DEFAULT_PROSPECTS_PER_DEAL,
    DEFAULT_WORKING_DAYS,
    Rules,
)
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.opportunities import targets as tg
from kamdesk.services.reporting.activity import activity_check
from kamdesk.ui.context import AppContext
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
        lang = ctx.lang
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 2)
        right = QVBoxLayout()
        outer.addLayout(right, 3)

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
        left.addWidget(form_box)

        # four columns that fit the left side at 1366×768 (the six of before were
        # all elided); minimum and stretch are in the row's tooltip and the form
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Metric"), TargetLevel.NORMAL.label(lang), self.tr("Actual")]
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
        left.addWidget(self.table, 1)
        remove = QPushButton(self.tr("Delete target"))
        remove.clicked.connect(self._delete)
        left.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)

        prog_box = QGroupBox(self.tr("Progress"))
        pv = QVBoxLayout(prog_box)
        self.progress_title = QLabel()
        pv.addWidget(self.progress_title)
        self.bars: dict[TargetLevel, QProgressBar] = {}
        for level in TargetLevel:
            row = QHBoxLayout()
            label = QLabel(level.label(lang))
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
        right.addWidget(prog_box)

        dec_box = QGroupBox(self.tr("Decomposition (revenue targets)"))
        dv = QVBoxLayout(dec_box)
        rules = QHBoxLayout()
        self.avg_deal = QDoubleSpinBox()
        self.avg_deal.setRange(1, 1e9)
        self.avg_deal.setDecimals(0)
        self.avg_deal.setValue(float(DEFAULT_AVERAGE_DEAL))
        self.per_deal = QSpinBox()
        self.per_deal.setRange(1, 1000)
        self.per_deal.setValue(DEFAULT_PROSPECTS_PER_DEAL)
        self.per_prospect = QSpinBox()
        self.per_prospect.setRange(1, 1000)
        self.per_prospect.setValue(DEFAULT_CALLS_PER_PROSPECT)
        self.days = QSpinBox()
        self.days.setRange(1, 31)
        self.days.setValue(DEFAULT_WORKING_DAYS)
        spins: tuple[tuple[str, QSpinBox | QDoubleSpinBox], ...] = (
            (self.tr("Average deal ¥"), self.avg_deal),
            (self.tr("Prospects per deal"), self.per_deal),
            (self.tr("Calls per prospect"), self.per_prospect),
            (self.tr("Working days a month"), self.days),
        )
        for title, widget in spins:
            rules.addWidget(QLabel(title))
            rules.addWidget(widget)
            widget.valueChanged.connect(self._show_selected)
        self.avg_deal_note = QLabel()
        self.avg_deal_note.setWordWrap(True)
        self.avg_deal_note.setStyleSheet("color: #8a5a00;")
        self.history_button = QPushButton(self.tr("Use my average won deal"))
        self.history_button.setToolTip(self.tr("The average amount of the deals won in the last 12 months"))
        self.history_button.clicked.connect(self._use_history)
        rules.addStretch(1)
        dv.addLayout(rules)
        note_row = QHBoxLayout()
        note_row.addWidget(self.avg_deal_note, 1)
        note_row.addWidget(self.history_button)
        dv.addLayout(note_row)
        self.level = QComboBox()
        for level, key in (
            (TargetLevel.NORMAL, "normal"),
            (TargetLevel.MINIMUM, "min"),
            (TargetLevel.STRETCH, "stretch"),
        ):
            self.level.addItem(level.label(lang), key)
        self.level.currentIndexChanged.connect(self._show_selected)
        lv = QHBoxLayout()
        lv.addWidget(QLabel(self.tr("Level")))
        lv.addWidget(self.level)
        lv.addStretch(1)
        dv.addLayout(lv)
        self.dec_table = QTableWidget(0, 6)
        self.dec_table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Target"),
                self.tr("Deals"),
                self.tr("Prospects"),
                self.tr("Calls"),
                self.tr("Calls a day"),
            ]
        )
        self.dec_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dec_table.verticalHeader().setVisible(False)
        self.dec_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        dv.addWidget(self.dec_table, 1)
        self.dec_note = QLabel()
        self.dec_note.setWordWrap(True)
        dv.addWidget(self.dec_note)
        self.activity = QLabel()
        self.activity.setWordWrap(True)
        dv.addWidget(self.activity)
        right.addWidget(dec_box, 1)
        self.rows: list[tg.TargetRow] = []
        self._kind_changed()
        self._default_average_deal()

    def _default_average_deal(self) -> None:
        """Start from the rep's own average won deal: the generic ¥6,000 against a
        ¥15.6M target read as "20840 calls a working day" before anything else."""
        average = tg.average_won_deal(self.ctx.db, rep="me" if self._has_me() else None)
        if average is not None and average > 0:
            self.avg_deal.setValue(float(average))
            self.avg_deal_note.setText(
                self.tr("Average deal: your average won deal of the last 12 months (%1).").replace(
                    "%1", money(average)
                )
            )
        else:
            self.avg_deal_note.setText(
                self.tr(
                    "No deal won in the last 12 months: %1 is only a guess. Enter your usual deal size "
                    "above before reading the calls a day."
                ).replace("%1", money(self.avg_deal.value()))
            )

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

    def _selected(self) -> tg.TargetRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _show_selected(self, *_args: object) -> None:
        t = self._selected()
        lang = self.ctx.lang
        if t is None:
            self.progress_title.setText(self.tr("No target selected"))
            for bar in self.bars.values():
                bar.setValue(0)
                bar.setFormat("")
            self.dec_table.setRowCount(0)
            self.dec_note.clear()
            self.elapsed.clear()
            return
        prog = tg.target_progress(self.ctx.db, t.uuid)
        self.progress_title.setText(
            self.tr("%1 %2: %3 so far")
            .replace("%1", t.period_key)
            .replace("%2", t.metric.label(lang))
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
        if t.metric is not TargetMetric.REVENUE:
            self.dec_table.setRowCount(0)
            self.dec_note.setText(self.tr("Only revenue targets are decomposed."))
            return
        rules = Rules(
            Decimal(str(int(self.avg_deal.value()))),
            self.per_deal.value(),
            self.per_prospect.value(),
            self.days.value(),
        )
        try:
            dec = tg.decompose_target(self.ctx.db, t.uuid, rules=rules)
        except UserError as exc:
            self.dec_note.setText(str(exc))
            return
        level = self.level.currentData()
        d = dec.levels.get(level) or next(iter(dec.levels.values()), None)
        if d is None:
            self.dec_table.setRowCount(0)
            return
        self.dec_table.setRowCount(len(d.months) + 1)
        for r, m in enumerate(d.months):
            cells = [
                dec.months[r],
                money(m.target),
                f"{m.deals:,}",
                f"{m.prospects:,}",
                f"{m.calls:,}",
                f"{m.calls_per_day:,}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.dec_table.setItem(r, c, item)
        total = [
            self.tr("Total"),
            money(d.target),
            f"{d.deals:,}",
            f"{d.prospects:,}",
            f"{d.calls:,}",
            f"{d.calls_per_day:,}",
        ]
        for c, text in enumerate(total):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.dec_table.setItem(len(d.months), c, item)
        self.dec_note.setText(
            self.tr(
                "The daily number is what gets checked: %1 effective calls a working day in the busiest month."
            ).replace("%1", f"{d.calls_per_day:,}")
        )
        self.show_activity()

    def show_activity(self) -> None:
        """Today's effective calls (the contact log's phone entries) against the
        decomposition of the revenue target covering today."""
        try:
            check = activity_check(self.ctx.db, clock.today())
        except UserError as exc:
            self.activity.setText(str(exc))
            return
        if check is None:
            self.activity.setText(self.tr("No revenue target covers today: no daily number to check."))
            return
        self.activity.setText(check.describe(self.ctx.lang))

    def _use_history(self) -> None:
        average = tg.average_won_deal(self.ctx.db, rep="me" if self._has_me() else None)
        if average is None:
            messages.show_info(
                self, self.tr("Average deal"), self.tr("No deal was won in the last 12 months.")
            )
            return
        self.avg_deal.setValue(float(average))

    def save(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        try:
            result = tg.set_target(
                self.ctx.db,
                period_kind=PeriodKind(self.kind.currentData()),
                period_key=self.key.text().strip(),
                metric=TargetMetric(self.metric_combo.currentData()),
                minimum=self.minimum.text(),
                normal=self.normal.text(),
                stretch=self.stretch.text(),
                reward=self.reward.text(),
                penalty=self.penalty.text(),
                rep="me" if self._has_me() else None,
            )
        except ValidationError as exc:
            for field, message in exc.errors.items():
                err = self.errors.get(field)
                if err is not None:
                    err.setText(message)
                    err.setVisible(True)
                else:
                    messages.show_error(self, self.tr("Target"), message)
            return
        self.ctx.hub.publish(result.changes)
        self.refresh()
        for i, row in enumerate(self.rows):
            if row.uuid == result.value.uuid:
                self.table.selectRow(i)

    def _delete(self) -> None:
        t = self._selected()
        if t is None:
            return
        self.ctx.hub.publish(tg.delete_target(self.ctx.db, t.uuid).changes)
        self.refresh()
