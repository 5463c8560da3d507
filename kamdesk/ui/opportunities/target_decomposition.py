"""The targets view's decomposition of a revenue target, as in the seed's
worked example (months → deals → prospects → calls → calls a day), under
rules the rep may change, and today's effective calls against it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.formats import money
from kamdesk.domain.periods import TargetLevel
from kamdesk.domain.targets import (
    DEFAULT_AVERAGE_DEAL,
    DEFAULT_CALLS_PER_PROSPECT,
    DEFAULT_PROSPECTS_PER_DEAL,
    DEFAULT_WORKING_DAYS,
    Rules,
)
from kamdesk.errors import UserError
from kamdesk.services.opportunities import targets as tg
from kamdesk.services.reporting.activity import activity_check
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TargetDecomposition(QGroupBox):
    """``rules_changed`` when a rule or the level changes (the target is shown again)."""

    rules_changed = Signal()

    def __init__(self, ctx: AppContext, rep: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: whose won deals give the average deal ("me", or everyone's)
        self._rep = rep
        self.setTitle(self.tr("Decomposition (revenue targets)"))
        dv = QVBoxLayout(self)
        dv.addLayout(self._build_rules())
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
            self.level.addItem(level.label(ctx.lang), key)
        self.level.currentIndexChanged.connect(lambda _i: self.rules_changed.emit())
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

    def _build_rules(self) -> QHBoxLayout:
        """The average deal, prospects per deal, calls per prospect and working days."""
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
            widget.valueChanged.connect(lambda _v: self.rules_changed.emit())
        self.avg_deal_note = QLabel()
        self.avg_deal_note.setWordWrap(True)
        self.avg_deal_note.setStyleSheet("color: #8a5a00;")
        self.history_button = QPushButton(self.tr("Use my average won deal"))
        self.history_button.setToolTip(self.tr("The average amount of the deals won in the last 12 months"))
        self.history_button.clicked.connect(self._use_history)
        rules.addStretch(1)
        return rules

    def default_average_deal(self) -> None:
        """Start from the rep's own average won deal: the generic ¥6,000 against a
        ¥15.6M target read as "20840 calls a working day" before anything else."""
        average = tg.average_won_deal(self.ctx.db, rep=self._rep())
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

    def _use_history(self) -> None:
        average = tg.average_won_deal(self.ctx.db, rep=self._rep())
        if average is None:
            messages.show_info(
                self, self.tr("Average deal"), self.tr("No deal was won in the last 12 months.")
            )
            return
        self.avg_deal.setValue(float(average))

    # --- showing ---------------------------------------------------------------------
    def clear_target(self) -> None:
        self.dec_table.setRowCount(0)
        self.dec_note.clear()

    def show_other_metric(self) -> None:
        self.dec_table.setRowCount(0)
        self.dec_note.setText(self.tr("Only revenue targets are decomposed."))

    def show_target(self, target_uuid: str) -> None:
        """The revenue target's months at the chosen level, their total, and today's calls."""
        rules = Rules(
            Decimal(str(int(self.avg_deal.value()))),
            self.per_deal.value(),
            self.per_prospect.value(),
            self.days.value(),
        )
        try:
            dec = tg.decompose_target(self.ctx.db, target_uuid, rules=rules)
        except UserError as exc:  # shown where the decomposition would be
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
                item.setTextAlignment(_RIGHT)
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
            item.setTextAlignment(_RIGHT)
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
        except UserError as exc:  # a read: the reason is shown in its place
            self.activity.setText(str(exc))
            return
        if check is None:
            self.activity.setText(self.tr("No revenue target covers today: no daily number to check."))
            return
        self.activity.setText(check.describe(self.ctx.lang))
