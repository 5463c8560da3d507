"""The Opportunities page: the pipeline as a board and as a list (filtered,
searched and sorted in SQL), the strategy view (value matrix, nine-grid
counts, funnel, forecast) and targets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.changes import Changes
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.models.lazy_table import LazyTableModel
from kamdesk.ui.opportunities import moves
from kamdesk.ui.opportunities.board import BoardView
from kamdesk.ui.opportunities.editor import OpportunityEditor, stage_of
from kamdesk.ui.opportunities.pipeline_columns import pipeline_columns, size_columns
from kamdesk.ui.opportunities.strategy import StrategyView
from kamdesk.ui.opportunities.targets_view import TargetsView
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.first_steps import FirstSteps
from kamdesk.ui.widgets.search import SearchLineEdit


class OpportunitiesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.first_steps = FirstSteps(ctx, self)
        layout.addWidget(self.first_steps)
        layout.addLayout(self._filter_bar())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.board = self._board_tab()
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self._list_tab(), self.tr("List"))
        self.strategy = StrategyView(ctx)
        self.strategy.open_requested.connect(self.open_editor)
        self.tabs.addTab(self.strategy, self.tr("Strategy"))
        self.targets = TargetsView(ctx)
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def _filter_bar(self) -> QHBoxLayout:
        """New, search, the filter combos, the account chip and export, in a row."""
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New opportunity"))
        self.new_button.clicked.connect(self.new_opportunity)
        bar.addWidget(self.new_button)
        self.search = SearchLineEdit(placeholder=self.tr("Search name, opportunity no. or account"))
        self.search.search_changed.connect(lambda _t: self.refresh())
        bar.addWidget(self.search, 2)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.refresh)
            bar.addWidget(combo)
        self.account_chip = QPushButton()
        self.account_chip.setToolTip(self.tr("Showing one account's opportunities; click to show all"))
        self.account_chip.clicked.connect(lambda: self.set_account_filter(None))
        self.account_chip.setVisible(False)
        self.account_uuid: str | None = None
        bar.addWidget(self.account_chip)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        return bar

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        """Owner, status (open at first), stage and close month."""
        lang = self.ctx.lang
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Everyone"), None)
        self.owner.addItem(self.tr("Mine"), "me")
        for uuid, name, _me in pl.reps(self.ctx.db):
            self.owner.addItem(name, uuid)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in OpportunityStatus:
            self.status.addItem(status.label(lang), status.code)
        self.status.setCurrentIndex(1)  # open
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self.stage.addItem(f"{stage.code} {stage.label(lang)}", stage.code)
        self.month = QComboBox()
        self._fill_months()
        return (self.owner, self.status, self.stage, self.month)

    def _board_tab(self) -> BoardView:
        board = BoardView(self.ctx.lang)
        board.move_requested.connect(self.move_opportunity)
        board.open_requested.connect(self.open_editor)
        board.won_requested.connect(self._won)
        board.lost_requested.connect(self._lost)
        board.delete_requested.connect(self._delete)
        board.map_requested.connect(self.open_map)
        return board

    def _list_tab(self) -> QWidget:
        """The pipeline as a table, loaded page by page (filtered and sorted in SQL)."""
        ctx = self.ctx
        list_page = QWidget()
        lv = QVBoxLayout(list_page)
        lv.setContentsMargins(0, 0, 0, 0)
        self.model: LazyTableModel[pl.PipelineRow] = LazyTableModel(
            pipeline_columns(ctx.lang),
            fetch=lambda off, lim, sort, desc: (
                pl.list_pipeline(
                    ctx.db,
                    self.filter(),
                    sort=sort or "expected_close",
                    descending=desc,
                    offset=off,
                    limit=lim,
                ).rows
            ),
            count=lambda: pl.list_pipeline(ctx.db, self.filter(), limit=0).total,
            key=lambda r: r.uuid,
            page_size=200,
            default_sort="expected_close",
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_of("expected_close"), Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)
        size_columns(self.table, self.model)
        lv.addWidget(self.table, 1)
        self.count_label = QLabel()
        lv.addWidget(self.count_label)
        self.model.total_changed.connect(
            lambda n: self.count_label.setText(self.tr("%1 opportunities").replace("%1", str(n)))
        )
        return list_page

    # --- filter -------------------------------------------------------------------
    def _fill_months(self) -> None:
        current = self.month.currentData() if self.month.count() else None
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("Any close month"), None)
        for month in pl.close_months(self.ctx.db):
            self.month.addItem(month, month)
        self.month.setCurrentIndex(max(self.month.findData(current), 0))
        self.month.blockSignals(False)

    def filter(self) -> pl.PipelineFilter:
        stage = self.stage.currentData()
        status = self.status.currentData()
        return pl.PipelineFilter(
            stages=(stage_of(stage),) if stage else (),
            status=OpportunityStatus(status) if status else None,
            owner=self.owner.currentData(),
            account=self.account_uuid,
            close_month=self.month.currentData(),
            text=self.search.text(),
        )

    def set_account_filter(self, uuid: str | None) -> None:
        """Show only the opportunities of account ``uuid`` (None: all accounts)."""
        name = pl.account_name(self.ctx.db, uuid) if uuid else None
        self.account_uuid = uuid if name else None
        self.account_chip.setText(f"{name} ✕" if name else "")
        self.account_chip.setVisible(bool(name))
        self.refresh()

    # --- refresh -------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.board:
            flt = self.filter()
            board_filter = pl.PipelineFilter(
                stages=flt.stages,
                owner=flt.owner,
                account=flt.account,
                close_month=flt.close_month,
                text=flt.text,
            )
            # the signed column holds this year's wins, not every deal ever won
            won_since = date(clock.today().year, 1, 1)
            self.board.set_columns(pl.board(self.ctx.db, board_filter, won_since=won_since))
        elif current is self.strategy:
            self.strategy.refresh()
        elif current is self.targets:
            self.targets.refresh()
        else:
            self.model.refresh(keep_loaded=True)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("opportunity", "account", "rep", "target", "visit"):
            self._fill_months()
            self.refresh()

    def show_record(self, uuid: str) -> None:
        """Open opportunity ``uuid``; given an account's uuid, show that account's opportunities."""
        if pl.is_opportunity(self.ctx.db, uuid):
            self.open_editor(uuid)
        else:
            self.set_account_filter(uuid)

    # --- actions -------------------------------------------------------------------
    def move_opportunity(self, uuid: str, stage: Stage) -> None:
        if moves.move_with_check(self.ctx, self, uuid, stage):
            self.refresh()
        else:
            self.refresh()  # the card goes back where it was

    def _won(self, uuid: str) -> None:
        moves.mark_won(self.ctx, self, uuid)
        self.refresh()

    def _lost(self, uuid: str) -> None:
        moves.mark_lost(self.ctx, self, uuid)
        self.refresh()

    def _delete(self, uuid: str) -> None:
        moves.delete(self.ctx, self, uuid)
        self.refresh()

    def _list_menu(self, pos: QPoint) -> None:
        row = self.model.row_at(self.table.indexAt(pos).row())
        if row is None:
            return
        uuid = row.uuid
        lang = self.ctx.lang
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_editor(uuid))
        menu.addAction(self.tr("Stakeholder map"), lambda: self.open_map(uuid))
        move = menu.addMenu(self.tr("Move to stage"))
        for stage in Stage:
            if stage is not row.stage:
                move.addAction(
                    f"{stage.code} {stage.label(lang)}",
                    lambda s=stage: self.move_opportunity(uuid, s),  # type: ignore[misc]
                )
        move.setEnabled(row.status is OpportunityStatus.OPEN)
        menu.addSeparator()
        menu.addAction(self.tr("Won…"), lambda: self._won(uuid)).setEnabled(
            row.status is OpportunityStatus.OPEN
        )
        menu.addAction(self.tr("Lost…"), lambda: self._lost(uuid)).setEnabled(
            row.status is OpportunityStatus.OPEN
        )
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self._delete(uuid))
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _open_row(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None:
            self.open_editor(r.uuid)

    def open_map(self, uuid: str) -> None:
        """Show opportunity ``uuid``'s stakeholder map on the maps page."""
        self.ctx.hub.navigate.emit("maps", uuid)

    def open_editor(self, uuid: str) -> None:
        editor = OpportunityEditor(self.ctx, uuid, self)
        editor.exec()
        self.refresh()

    def new_opportunity(self) -> None:
        if not pl.accounts_for_choice(self.ctx.db, "", limit=1):
            messages.show_error(self, self.tr("New opportunity"), self.tr("Add an account first."))
            return
        editor = OpportunityEditor(self.ctx, None, self, account=self.account_uuid)
        editor.exec()
        self.refresh()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export pipeline"),
            str(Path.home() / "pipeline.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        from kamdesk.services.opportunities.pipeline_export import export_pipeline
        from kamdesk.ui.widgets.jobs import run_job

        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        report = run_job(
            self,
            self.tr("Export pipeline"),
            lambda progress: export_pipeline(
                self.ctx.db, target, flt=self.filter(), lang=self.ctx.lang, progress=progress
            ),
        )
        if report is not None:
            messages.show_info(
                self,
                self.tr("Export pipeline"),
                self.tr("%1 opportunities written to %2")
                .replace("%1", str(report.rows))
                .replace("%2", str(report.path)),
            )
