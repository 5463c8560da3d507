"""The strategy view: the portfolio value-matrix chart with its warnings, the
nine-grid counts for the manager, the funnel against the seed's reference
ratios and the forecast by month — for the current rep or the whole team."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import formats
from kamdesk.domain.matrix import ValueType, nine_grid_shares, value_type
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities.board import money
from kamdesk.ui.opportunities.nine_grid import NineGridWidget, share_text
from kamdesk.ui.widgets.charts import (
    BarChart,
    Bubble,
    FunnelChart,
    FunnelStepData,
    QuadrantScatter,
    ScatterPoint,
    Series,
)

TYPE_COLORS = {
    ValueType.BIG_BIG: QColor("#3b6ea8"),
    ValueType.SMALL_BIG: QColor("#4c9a6a"),
    ValueType.BIG_SMALL: QColor("#e0913a"),
    ValueType.SMALL_SMALL: QColor("#8a919b"),
}
NINE_GRID_CELLS = tuple("ABCDEFGHI")
WARNING_STYLE = "color: #b03a2e; background: #fdecea; padding: 6px; border-radius: 4px;"


class StrategyView(QWidget):
    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Scope")))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("My opportunities"), "me")
        self.scope.addItem(self.tr("Whole team"), None)
        self.scope.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.scope)
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        outer.addLayout(bar)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        grid.addWidget(self._matrix_box(), 0, 0)
        grid.addWidget(self._grid_box(), 0, 1)
        grid.addWidget(self._funnel_box(), 1, 0)
        grid.addWidget(self._forecast_box(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _matrix_box(self) -> QGroupBox:
        matrix_box = QGroupBox(self.tr("Customer value matrix"))
        mv = QVBoxLayout(matrix_box)
        self.matrix = QuadrantScatter()
        self.matrix.setMinimumSize(420, 380)
        self.matrix.x_title = self.tr("Short-term revenue (1–10)")
        self.matrix.y_title = self.tr("Long-term impact (1–10)")
        self.matrix.empty_text = self.tr("No opportunity has both value scores yet")
        self.matrix.point_clicked.connect(self.open_requested)
        lang = self.ctx.lang
        self.matrix.quadrants = {
            (True, True): f"{ValueType.BIG_BIG.code} {ValueType.BIG_BIG.label(lang)}",
            (False, True): f"{ValueType.SMALL_BIG.code} {ValueType.SMALL_BIG.label(lang)}",
            (True, False): f"{ValueType.BIG_SMALL.code} {ValueType.BIG_SMALL.label(lang)}",
            (False, False): f"{ValueType.SMALL_SMALL.code} {ValueType.SMALL_SMALL.label(lang)}",
        }
        self.matrix.quadrant_colors = {
            (True, True): TYPE_COLORS[ValueType.BIG_BIG],
            (False, True): TYPE_COLORS[ValueType.SMALL_BIG],
            (True, False): TYPE_COLORS[ValueType.BIG_SMALL],
            (False, False): TYPE_COLORS[ValueType.SMALL_SMALL],
        }
        mv.addWidget(self.matrix, 1)
        self.matrix_note = QLabel()
        self.matrix_note.setWordWrap(True)
        mv.addWidget(self.matrix_note)
        self.matrix_warnings = QLabel()
        self.matrix_warnings.setWordWrap(True)
        self.matrix_warnings.setStyleSheet(WARNING_STYLE)
        mv.addWidget(self.matrix_warnings)
        return matrix_box

    def _grid_box(self) -> QGroupBox:
        grid_box = QGroupBox(self.tr("Opening positions (nine-grid counts)"))
        gv = QVBoxLayout(grid_box)
        self.nine = NineGridWidget(lang=self.ctx.lang, picker=False)
        self.nine.setMinimumSize(420, 320)
        gv.addWidget(self.nine, 1)
        self.grid_note = QLabel()
        self.grid_note.setWordWrap(True)
        gv.addWidget(self.grid_note)
        self.grid_warnings = QLabel()
        self.grid_warnings.setWordWrap(True)
        self.grid_warnings.setStyleSheet(WARNING_STYLE)
        gv.addWidget(self.grid_warnings)
        # the manager's view: openings per rep (shown for the team when it has several reps)
        self.per_rep = QTableWidget(0, 10)
        self.per_rep.setHorizontalHeaderLabels([self.tr("Rep"), *NINE_GRID_CELLS])
        self.per_rep.verticalHeader().setVisible(False)
        self.per_rep.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.per_rep.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.per_rep.setMaximumHeight(180)
        gv.addWidget(self.per_rep)
        return grid_box

    def _funnel_box(self) -> QGroupBox:
        funnel_box = QGroupBox(self.tr("Funnel against the reference 250 : 125 : 25 : 5 : 1"))
        fv = QVBoxLayout(funnel_box)
        self.funnel = FunnelChart()
        self.funnel.setMinimumHeight(240)
        self.funnel.empty_text = self.tr("No opportunities yet")
        fv.addWidget(self.funnel)
        return funnel_box

    def _forecast_box(self) -> QGroupBox:
        ctx = self.ctx
        forecast_box = QGroupBox(self.tr("Forecast by month of expected close"))
        ov = QVBoxLayout(forecast_box)
        self.forecast = BarChart()
        self.forecast.setMinimumHeight(240)
        self.forecast.y_title = self.tr("Amount (¥)")
        self.forecast.format_value = lambda v: formats.money(v, ctx.lang, short=True, symbol=False)
        self.forecast.empty_text = self.tr("No open opportunity has an expected close date")
        ov.addWidget(self.forecast)
        self.forecast_note = QLabel()
        ov.addWidget(self.forecast_note)
        return forecast_box

    def scope_owner(self) -> str | None:
        data = self.scope.currentData()
        return str(data) if data else None

    def refresh(self) -> None:
        owner = self.scope_owner()
        port = pl.portfolio(self.ctx.db, owner=owner)
        self._show_matrix(port)
        self._show_grid(port)
        self._show_per_rep(port, owner)
        summary = pl.summary(self.ctx.db, owner=owner)
        self._show_funnel(summary)
        self._show_forecast(summary)

    def _show_matrix(self, port: pl.Portfolio) -> None:
        lang = self.ctx.lang
        if port.scored > len(port.points):
            # a large portfolio: one bubble per score pair, sized by how many sit there
            self.matrix.set_points([])
            self.matrix.set_bubbles(
                [
                    Bubble(x, y, n, TYPE_COLORS[value_type(x, y)])
                    for (x, y), n in sorted(port.position_counts.items())
                ]
            )
        else:
            self.matrix.set_bubbles([])
            self.matrix.set_points(
                [
                    ScatterPoint(
                        p.uuid,
                        p.short_term_revenue,
                        p.long_term_impact,
                        f"{p.name} — {p.account_name}\n{p.value_type.code} {p.value_type.label(lang)}",
                        TYPE_COLORS[p.value_type],
                    )
                    for p in port.points
                ]
            )
        tc = port.type_counts
        self.matrix.counts = {
            (True, True): tc[ValueType.BIG_BIG],
            (False, True): tc[ValueType.SMALL_BIG],
            (True, False): tc[ValueType.BIG_SMALL],
            (False, False): tc[ValueType.SMALL_SMALL],
        }
        self.matrix.update()
        self.matrix_note.setText(
            self.tr(
                "%1 scored, %2 open opportunities without scores. A type above 40% of at least 5 scored opportunities is flagged."
            )
            .replace("%1", str(port.scored))
            .replace("%2", str(port.unscored))
        )
        if port.scored > len(port.points):
            self.matrix_note.setText(
                self.matrix_note.text()
                + " "
                + self.tr("Each bubble counts the opportunities with that pair of scores.")
            )
        self.matrix_warnings.setText("\n".join(w.text(lang) for w in port.warnings))
        self.matrix_warnings.setVisible(bool(port.warnings))

    def _show_grid(self, port: pl.Portfolio) -> None:
        lang = self.ctx.lang
        self.nine.set_counts(port.grid_counts)
        self.grid_note.setText(
            self.tr("%1 openings placed, %2 open opportunities not placed.")
            .replace("%1", str(sum(port.grid_counts.values())))
            .replace("%2", str(port.unplaced))
        )
        self.grid_warnings.setText("\n".join(w.text(lang) for w in port.grid_warnings))
        self.grid_warnings.setVisible(bool(port.grid_warnings))

    def _show_per_rep(self, port: pl.Portfolio, owner: str | None) -> None:
        # one row per rep, then each cell's share of all the team's openings
        self.per_rep.setRowCount(len(port.per_rep) + 1)
        for r, (rep, counts) in enumerate(sorted(port.per_rep.items())):
            self.per_rep.setItem(r, 0, QTableWidgetItem(rep))
            for c, cell in enumerate(NINE_GRID_CELLS, start=1):
                item = QTableWidgetItem(str(counts.get(cell, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.per_rep.setItem(r, c, item)
        team = {cell: sum(c.get(cell, 0) for c in port.per_rep.values()) for cell in NINE_GRID_CELLS}
        shares = nine_grid_shares(team)
        last = len(port.per_rep)
        self.per_rep.setItem(last, 0, QTableWidgetItem(self.tr("Share of all")))
        for c, cell in enumerate(NINE_GRID_CELLS, start=1):
            item = QTableWidgetItem(f"{team[cell]} · {share_text(shares[cell])}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.per_rep.setItem(last, c, item)
        self.per_rep.setVisible(owner is None and len(port.per_rep) > 1)

    def _show_funnel(self, summary: pl.PipelineSummary) -> None:
        lang = self.ctx.lang
        steps = []
        for row in summary.funnel:
            if row.conversion is None:
                note = self.tr("reference %1").replace("%1", str(row.step.reference))
            else:
                note = (
                    self.tr("%1% (reference %2%)")
                    .replace("%1", f"{float(row.conversion) * 100:.0f}")
                    .replace("%2", f"{float(row.reference_conversion or 0) * 100:.0f}")
                )
            steps.append(
                FunnelStepData(
                    row.step.label(lang), row.reached, row.step.reference, row.below_reference, note
                )
            )
        self.funnel.set_steps(steps)

    def _show_forecast(self, summary: pl.PipelineSummary) -> None:
        self.forecast.set_data(
            [f.month[2:] for f in summary.forecast],
            [
                Series(self.tr("Amount"), tuple(float(f.amount) for f in summary.forecast)),
                Series(self.tr("Weighted"), tuple(float(f.weighted) for f in summary.forecast)),
            ],
        )
        self.forecast_note.setText(
            self.tr("Open pipeline without a close date: weighted %1").replace(
                "%1", money(summary.undated_weighted)
            )
        )
        self.summary.setText(
            self.tr("Open %1 · won %2 · lost %3 · weighted pipeline %4")
            .replace("%1", str(summary.open_count))
            .replace("%2", str(summary.won_count))
            .replace("%3", str(summary.lost_count))
            .replace("%4", money(summary.weighted_total))
        )
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
