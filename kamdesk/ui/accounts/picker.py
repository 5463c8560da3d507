"""Pick one or more accounts by searching (related parties, hand-over)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services import accounts as account_service
from kamdesk.ui.context import AppContext
from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel
from kamdesk.ui.widgets.search import SearchLineEdit


def account_search_model(
    ctx: AppContext, text_of: Callable[[], str]
) -> LazyTableModel[account_service.AccountRow]:
    """A lazy model of accounts matching ``text_of()`` (name, city, owner)."""

    def flt() -> account_service.AccountFilter:
        return account_service.AccountFilter(text=text_of())

    cols: list[LazyColumn[account_service.AccountRow]] = [
        LazyColumn(
            "name", QCoreApplication.translate("AccountPicker", "Name"), lambda r: r.name, sort="name"
        ),
        LazyColumn(
            "city", QCoreApplication.translate("AccountPicker", "City"), lambda r: r.city or "", sort="city"
        ),
        LazyColumn(
            "owner",
            QCoreApplication.translate("AccountPicker", "Owner"),
            lambda r: r.owner_name or "",
            sort=None,
        ),
    ]
    return LazyTableModel(
        cols,
        fetch=lambda off, lim, sort, desc: account_service.list_accounts(
            ctx.db, flt(), sort=sort or "name", descending=desc, offset=off, limit=lim
        ),
        count=lambda: account_service.count_accounts(ctx.db, flt()),
        key=lambda r: r.uuid,
        page_size=100,
        default_sort="name",
    )


class AccountPicker(QDialog):
    """``AccountPicker(ctx, multi=False).pick() -> list[(uuid, name)]``."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        multi: bool = False,
        title: str = "",
        exclude: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Choose an account"))
        self.resize(560, 480)
        self._exclude = exclude or set()
        self.search = SearchLineEdit(placeholder=self.tr("Search name, short name, pinyin initials, phone…"))
        self.model = account_search_model(ctx, lambda: self.search.text().strip())
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self.count = QLabel()
        self.model.total_changed.connect(lambda n: self.count.setText(self.tr("%n account(s)", "", n)))
        self.search.search_changed.connect(lambda _t: self.model.refresh())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        lay.addWidget(buttons)
        self.model.refresh()

    def chosen(self) -> list[tuple[str, str]]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        out = []
        for row in rows:
            item = self.model.row_at(row)
            if item is not None and item.uuid not in self._exclude:
                out.append((item.uuid, item.name))
        return out

    def pick(self) -> list[tuple[str, str]]:
        return self.chosen() if self.exec() == QDialog.DialogCode.Accepted else []
