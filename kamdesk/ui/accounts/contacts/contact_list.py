"""Contact lists: the contacts of one account (a tab of the account form) and
of all accounts (the page's second view). Both are lazy tables sorted and
searched in SQL; double-click opens the contact form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.errors import UserError
from kamdesk.services import contacts as contact_service
from kamdesk.ui.accounts.contacts.contact_form import ContactDialog
from kamdesk.ui.context import AppContext
from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.search import SearchLineEdit

ContactRow = contact_service.ContactRow


class ContactListView(QWidget):
    """``account_uuid`` None lists every account's contacts."""

    open_account = Signal(str)

    def __init__(self, ctx: AppContext, *, all_accounts: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.all_accounts = all_accounts
        self.account_uuid: str | None = None
        self.search = SearchLineEdit(
            placeholder=self.tr("Search contacts: name, pinyin initials, title, phone…")
        )
        self.search.setObjectName("contactSearch")
        self.search.search_changed.connect(lambda _t: self.refresh())
        self.model: LazyTableModel[ContactRow] = LazyTableModel(
            self._columns(),
            fetch=self._fetch,
            count=self._count,
            key=lambda r: r.uuid,
            default_sort="name",
            parent=self,
        )
        self._build_view()
        self._build_buttons()
        self.count = QLabel()
        self.count.setObjectName("contactCount")
        self.model.total_changed.connect(lambda n: self.count.setText(self.tr("%n contact(s)", "", n)))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.delete_button, self.vcard_button):
            top.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.count)
        #: the all-contacts view loads when first shown (it is a second tab)
        self._stale = all_accounts

    def _columns(self) -> list[LazyColumn[ContactRow]]:
        """Name first; the account second when all accounts are listed."""
        cols: list[LazyColumn[ContactRow]] = [
            LazyColumn("name", self.tr("Name"), lambda r: r.name, sort="name"),
            LazyColumn("title", self.tr("Title"), lambda r: r.title or "", sort="title"),
            LazyColumn("department", self.tr("Department"), lambda r: r.department or "", sort="department"),
            LazyColumn("mobile", self.tr("Mobile"), lambda r: r.mobile or "", sort="mobile"),
            LazyColumn("phone", self.tr("Phone"), lambda r: r.phone or "", sort="phone"),
            LazyColumn("email", self.tr("E-mail"), lambda r: r.email or ""),
            LazyColumn(
                "private",
                self.tr("Private"),
                lambda r: self.tr("private") if r.is_private else "",
                align=Qt.AlignmentFlag.AlignCenter,
                tooltip=lambda r: self.tr("Private contact: never exported") if r.is_private else None,
            ),
        ]
        if self.all_accounts:
            cols.insert(
                1, LazyColumn("account", self.tr("Account"), lambda r: r.account_name, sort="account")
            )
        return cols

    def _build_view(self) -> None:
        """The lazy table: sortable, one row per contact, double-click opens it."""
        self.view = QTableView()
        self.view.setObjectName("contactTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # no query: the sort is already name ascending
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        for i, width in enumerate(
            [90, 200, 110, 100, 110, 120, 160] if self.all_accounts else [90, 110, 100, 110, 120, 160]
        ):
            self.view.setColumnWidth(i, width)

        email = self.model.column_of("email")
        self.view.horizontalHeader().setSectionResizeMode(email, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(self.model.column_of("private"), 48)

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Add contact…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.vcard_button = QPushButton(self.tr("Export vCard…"))
        self.vcard_button.clicked.connect(self.export_vcard)

    # --- data -------------------------------------------------------------------
    def _fetch(self, offset: int, limit: int, sort: str | None, desc: bool) -> list[ContactRow]:
        if not self.all_accounts and self.account_uuid is None:
            return []
        return contact_service.list_contacts(
            self.ctx.db,
            account_uuid=self.account_uuid,
            text=self.search.text().strip(),
            sort=sort or "name",
            descending=desc,
            offset=offset,
            limit=limit,
        )

    def _count(self) -> int:
        if not self.all_accounts and self.account_uuid is None:
            return 0
        return contact_service.count_contacts(
            self.ctx.db, account_uuid=self.account_uuid, text=self.search.text().strip()
        )

    def set_account(self, uuid: str | None) -> None:
        self.account_uuid = uuid
        self.add_button.setEnabled(uuid is not None or self.all_accounts)
        self.search.set_text_quietly("")
        self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Re-query; a hidden all-contacts view only notes that it must."""
        if self.all_accounts and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        try:
            self.model.refresh(keep_loaded=True)
        except UserError:  # the account went away under us
            self.account_uuid = None
            self.model.refresh()

    def current(self) -> ContactRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # --- actions --------------------------------------------------------------
    def add(self) -> None:
        account = self.account_uuid
        if account is None and self.all_accounts:
            from kamdesk.ui.accounts.picker import AccountPicker

            chosen = AccountPicker(self.ctx, self, title=self.tr("Add a contact to which account?")).pick()
            if not chosen:
                return
            account = chosen[0][0]
        if account is None:
            return
        dialog = ContactDialog(self.ctx, account, None, self)
        if dialog.exec() and dialog.saved_uuid:
            self.refresh()
            row = self.model.row_of_key(dialog.saved_uuid)
            if row >= 0:
                self.view.selectRow(row)

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        if ContactDialog(self.ctx, row.account_uuid, row.uuid, self).exec():
            self.refresh()

    def delete(self) -> None:
        row = self.current()
        if row is None:
            return
        if not messages.ask_yes_no(
            self,
            self.tr("Delete contact"),
            self.tr("Delete {name}? Their contact log entries stay on the account.").format(name=row.name),
            default_yes=False,
        ):
            return
        if run_op(
            self,
            self.ctx,
            lambda: contact_service.delete_contact(self.ctx.db, row.uuid),
            title=self.tr("Delete contact"),
        ):
            self.refresh()

    def export_vcard(self) -> None:
        from kamdesk.ui.accounts.export import export_vcards

        export_vcards(self, self.ctx, account_uuid=self.account_uuid)

    def _menu(self, pos: Any) -> None:
        row = self.current()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open…"), self.edit)
        if self.all_accounts:
            menu.addAction(self.tr("Show the account"), lambda: self.open_account.emit(row.account_uuid))
        menu.addAction(self.tr("Delete"), self.delete)
        menu.exec(self.view.viewport().mapToGlobal(pos))
