"""The account list: a lazy table (pages of 200 rows from ``list_accounts``,
sorted in SQL on header click), overdue rows marked, custom-field columns,
a Pareto (top 20% by revenue) mode and the row context menu."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QVBoxLayout, QWidget

from kamdesk import clock
from kamdesk.domain import formats
from kamdesk.domain.codes import Coded
from kamdesk.domain.grading import Cadence, Tier
from kamdesk.services import accounts as account_service
from kamdesk.ui.context import AppContext
from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel

AccountRow = account_service.AccountRow

OVERDUE_BG = QBrush(QColor("#fdecea"))
OVERDUE_FG = QBrush(QColor("#a11d12"))
ARCHIVED_FG = QBrush(QColor("#8a8a8a"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def money(value: Decimal | None) -> str:
    return "" if value is None else formats.money(value)


class AccountListView(QWidget):
    """Signals carry the account uuid."""

    current_changed = Signal(object)  # str | None
    open_requested = Signal(str)
    log_requested = Signal(str)
    visit_requested = Signal(str)
    hand_over_requested = Signal(list)
    archive_requested = Signal(list)
    delete_requested = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        filter_of: Callable[[], account_service.AccountFilter],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filter_of = filter_of
        self.pareto = False
        self.pareto_view: account_service.ParetoView | None = None
        #: columns hidden until the user shows them (right-click the header)
        self._hidden: set[str] = {"short_name", "phone", "cadence", "owner"}
        self.model: LazyTableModel[AccountRow] = LazyTableModel(
            self._columns(),
            fetch=self._fetch,
            count=self._count,
            key=lambda r: r.uuid,
            page_size=200,
            default_sort="name",
            defer_jumps=True,
            row_foreground=self._row_fg,
            row_background=self._row_bg,
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("accountTable")
        self.view.setModel(self.model)
        self.model.visible_rows = self._visible_rows
        self.model.dragging = self.view.verticalScrollBar().isSliderDown
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # no query: the sort is already name ascending
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.activated.connect(self._double_clicked)  # double-click or Enter
        self.view.selectionModel().currentRowChanged.connect(self._current_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self._size_columns()

    # --- columns -----------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "short_name": self.tr("Short name"),
            "tier": self.tr("Tier"),
            "grade": self.tr("Grade"),
            "cadence": self.tr("Cadence"),
            "industry": self.tr("Industry"),
            "city": self.tr("City"),
            "phone": self.tr("Phone"),
            "owner": self.tr("Owner"),
            "last_touch": self.tr("Last contact"),
            "days_overdue": self.tr("Days overdue"),
            "urgency": QCoreApplication.translate("AccountSections", "Urgency"),
            "revenue": self.tr("Revenue (yuan)"),
        }

    def _columns(self) -> list[LazyColumn[AccountRow]]:
        lang = self.ctx.lang
        headers = self._headers()
        cols: list[LazyColumn[AccountRow]] = []
        for key, english in account_service.account_columns(self.ctx.db):
            header = headers.get(key, english)
            if key in ("tier", "cadence", "urgency"):
                # narrow columns: the short form, the seed's full term in the tooltip
                cols.append(
                    LazyColumn(key, header, _code_label(key, lang), sort=key, tooltip=_code_tip(key, lang))
                )
            elif key == "grade":
                cols.append(
                    LazyColumn(
                        key,
                        header,
                        lambda r: r.grade.code if r.grade else "",
                        sort=key,
                        align=CENTER,
                        tooltip=self._grade_tip,
                    )
                )
            elif key == "last_touch":
                cols.append(
                    LazyColumn(
                        key,
                        header,
                        lambda r: (
                            clock.to_local(r.last_touch_at).strftime("%Y-%m-%d") if r.last_touch_at else ""
                        ),
                        sort=key,
                    )
                )
            elif key == "days_overdue":
                cols.append(
                    LazyColumn(
                        key,
                        header,
                        lambda r: f"⚠ {r.days_overdue}" if r.days_overdue and r.days_overdue > 0 else "",
                        sort=key,
                        align=RIGHT,
                        tooltip=self._overdue_tip,
                        foreground=lambda r: OVERDUE_FG if r.days_overdue and r.days_overdue > 0 else None,
                    )
                )
            elif key == "revenue":
                cols.append(LazyColumn(key, header, lambda r: money(r.revenue_total), sort=key, align=RIGHT))
            elif key == "owner":
                cols.append(LazyColumn(key, header, lambda r: r.owner_name or "", sort=key))
            else:
                cols.append(
                    LazyColumn(
                        key,
                        header,
                        _plain(key),
                        sort=key,
                    )
                )
        return cols

    def _grade_tip(self, row: AccountRow) -> str | None:
        return row.grade.tooltip(self.ctx.lang) if row.grade else None

    def _overdue_tip(self, row: AccountRow) -> str | None:
        if row.days_overdue and row.days_overdue > 0 and row.cadence is not None:
            return self.tr("{n} days past the {cadence} cadence").format(
                n=row.days_overdue, cadence=row.cadence.short(self.ctx.lang)
            )
        return None

    def rebuild_columns(self) -> None:
        """Custom fields were added or removed."""
        self.model.set_columns(self._columns())
        self.model.refresh(keep_loaded=True)
        self._size_columns()

    def _size_columns(self) -> None:
        widths = {
            "name": 220,
            "short_name": 90,
            "tier": 56,
            "grade": 48,
            "cadence": 60,
            "industry": 84,
            "city": 64,
            "phone": 120,
            "owner": 70,
            "last_touch": 92,
            "days_overdue": 76,
            "urgency": 64,
            "revenue": 96,
        }
        fm = self.view.fontMetrics()
        lang = self.ctx.lang
        for i, col in enumerate(self.model.columns()):
            # never narrower than its header ("ays overdue") or its longest code ("Ordin…")
            need = fm.horizontalAdvance(col.header) + 28
            codes: list[Coded] = (
                list(Tier) if col.key == "tier" else list(Cadence) if col.key == "cadence" else []
            )
            for member in codes:
                need = max(need, fm.horizontalAdvance(member.short(lang)) + 14)
            self.view.setColumnWidth(i, max(widths.get(col.key, 100), need))
            self.view.setColumnHidden(i, col.key in self._hidden)

    def _header_menu(self, pos: QPoint) -> None:
        """Right-click on the header: show or hide columns."""
        menu = QMenu(self)
        for i, col in enumerate(self.model.columns()):
            action = menu.addAction(col.header)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.setEnabled(col.key != "name")
            action.toggled.connect(lambda on, i=i, key=col.key: self._toggle_column(i, key, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def _toggle_column(self, index: int, key: str, shown: bool) -> None:
        self.view.setColumnHidden(index, not shown)
        if shown:
            self._hidden.discard(key)
        else:
            self._hidden.add(key)

    # --- rows ----------------------------------------------------------------------
    def _row_bg(self, row: AccountRow) -> Any:
        return OVERDUE_BG if row.days_overdue and row.days_overdue > 0 else None

    def _row_fg(self, row: AccountRow) -> Any:
        return ARCHIVED_FG if row.archived else None

    def _fetch(self, offset: int, limit: int, sort: str | None, desc: bool) -> list[AccountRow]:
        if self.pareto:
            view = account_service.top_accounts_by_revenue(self.ctx.db, 0.2, offset=offset, limit=limit)
            self.pareto_view = view
            return list(view.rows)
        return account_service.list_accounts(
            self.ctx.db, self._filter_of(), sort=sort or "name", descending=desc, offset=offset, limit=limit
        )

    def _count(self) -> int:
        if self.pareto:
            view = account_service.top_accounts_by_revenue(self.ctx.db, 0.2, offset=0, limit=0)
            self.pareto_view = view
            return view.top_count
        return account_service.count_accounts(self.ctx.db, self._filter_of())

    def set_pareto(self, on: bool) -> None:
        """Top 20% of customers by revenue, largest first (sorting is off)."""
        self.pareto = on
        self.view.setSortingEnabled(not on)
        # the revenue is what the view is about: show it next to the name
        header = self.view.horizontalHeader()
        revenue = self.model.column_of("revenue")
        if revenue >= 0:
            self.view.setColumnHidden(revenue, False)
            if on:
                self._revenue_at = header.visualIndex(revenue)
                header.moveSection(self._revenue_at, 1)
            else:
                header.moveSection(
                    header.visualIndex(revenue), getattr(self, "_revenue_at", header.count() - 1)
                )
        if on:
            self.view.horizontalHeader().setSortIndicatorShown(False)
        else:
            self.view.horizontalHeader().setSortIndicatorShown(True)
        # a new list opens at its top (keeping the open account selected
        # scrolled the ranking to wherever that account stood)
        self.model.refresh()
        self.view.scrollToTop()

    def refresh(self, *, keep: bool = False) -> None:
        """Re-query (after the filter or the data changed); keeps the current
        account selected when it is still listed."""
        current = self.current_uuid()
        self.model.refresh(keep_loaded=keep)
        if current is not None:
            self.select(current, load=False)

    def _visible_rows(self) -> tuple[int, int]:
        return self.view.rowAt(0), self.view.rowAt(self.view.viewport().height() - 1)

    # --- selection -----------------------------------------------------------------
    def current_uuid(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def selected_uuids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        keys = [self.model.key_at(r) for r in rows]
        return [k for k in keys if k is not None]

    def select(self, uuid: str, *, load: bool = True) -> bool:
        """Select ``uuid`` if it is in the cached rows (``load``: also look in
        the first 10 pages, fetching them)."""
        row = self.model.locate(uuid) if load else self.model.row_of_key(uuid)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().blockSignals(False)
        self.view.scrollTo(index)
        return True

    def _current_row(self, current: Any, _previous: Any) -> None:
        self.current_changed.emit(self.model.key_at(current.row()) if current.isValid() else None)

    def _double_clicked(self, index: Any) -> None:
        uuid = self.model.key_at(index.row())
        if uuid:
            self.open_requested.emit(uuid)

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        uuid = self.model.key_at(index.row()) if index.isValid() else None
        if uuid is None:
            return
        selected = self.selected_uuids()
        if uuid not in selected:
            selected = [uuid]
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(uuid))
        menu.addAction(self.tr("Log contact…"), lambda: self.log_requested.emit(uuid))
        menu.addAction(self.tr("Plan visit"), lambda: self.visit_requested.emit(uuid))
        menu.addSeparator()
        menu.addAction(self.tr("Hand over…"), lambda: self.hand_over_requested.emit(selected))
        menu.addAction(self.tr("Archive / restore"), lambda: self.archive_requested.emit(selected))
        menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(uuid))
        menu.exec(self.view.viewport().mapToGlobal(pos))


def _code_label(key: str, lang: str) -> Callable[[AccountRow], str]:
    def show(row: AccountRow) -> str:
        value = getattr(row, key)
        return value.short(lang) if value is not None else ""

    return show


def _code_tip(key: str, lang: str) -> Callable[[AccountRow], str | None]:
    def tip(row: AccountRow) -> str | None:
        value = getattr(row, key)
        return value.tooltip(lang) if value is not None else None

    return tip


def _plain(key: str) -> Callable[[AccountRow], str]:
    def show(row: AccountRow) -> str:
        value = row.value(key)
        return "" if value is None else str(value)

    return show
