"""The accounts page (客户档案): the rep's daily home.

Left, the account list (search as you type, filters, saved filters, the
Pareto view); right, the selected account's form with its tabs. A second
view lists the contacts of all accounts. Import, export and hand-over are on
the tool row.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain import formats
from kamdesk.errors import UserError
from kamdesk.services import accounts as account_service
from kamdesk.services.changes import Changes
from kamdesk.ui.accounts.close_guard import CloseGuard
from kamdesk.ui.accounts.filter_bar import FilterBar
from kamdesk.ui.accounts.list_view import AccountListView
from kamdesk.ui.accounts.tool_row import AccountsToolRow
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, show_user_error
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.first_steps import FirstSteps

if TYPE_CHECKING:
    from kamdesk.ui.accounts.contacts.contact_list import ContactListView
    from kamdesk.ui.accounts.form.account_form import AccountForm

log = logging.getLogger(__name__)


class AccountsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._close_guard = CloseGuard(self, self.can_leave)
        #: per search: (count ms, first page ms) of the list refresh, newest last
        self.search_timings: list[tuple[str, float, float]] = []

        self._build_tools()
        self.filters = FilterBar(ctx)
        self.filters.search_text = lambda: self.search.text().strip()  # type: ignore[method-assign]
        self.filters.filter_changed.connect(self.refresh_list)
        self.filters.saved_applied.connect(self._saved_applied)
        self._build_list()
        # the form is built right after the first paint (or when first used):
        # the list is what the user sees first, the empty form can follow
        self._form: AccountForm | None = None
        self._form_due = False
        self._form_slot = QWidget()
        self._build_views()
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_account)
        self.refresh_list()
        self.splitter.setSizes([640, 560])

    def _build_tools(self) -> None:
        """The tool row, wired to the page's actions."""
        self.tools = AccountsToolRow()
        self.search = self.tools.search
        self.search.search_changed.connect(self._on_search)
        self.pareto = self.tools.pareto
        self.pareto.toggled.connect(self._on_pareto)
        self.tools.new_button.clicked.connect(self.new_account)
        self.tools.import_button.clicked.connect(self.import_file)
        self.tools.list_export_requested.connect(self.export_list)
        self.tools.vcard_export_requested.connect(self.export_vcard)
        self.tools.handover_button.clicked.connect(lambda: self.hand_over(self.list.selected_uuids()))

    def _build_list(self) -> None:
        """The account list with its count line below."""
        self.list: AccountListView = AccountListView(self.ctx, self.current_filter)
        self.list.current_changed.connect(self._on_current)
        self.list.open_requested.connect(self.open_account)
        self.list.log_requested.connect(self.log_contact)
        self.list.visit_requested.connect(self.plan_visit)
        self.list.hand_over_requested.connect(self.hand_over)
        self.list.archive_requested.connect(self.archive)
        self.list.delete_requested.connect(self.delete_account)
        self.count = QLabel()
        self.count.setObjectName("accountCount")
        self.list.model.total_changed.connect(self._show_count)

    def _build_views(self) -> None:
        """Accounts (list | form) and All contacts as tabs, below the first steps."""
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.list, 1)
        left_lay.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._form_slot)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        accounts_view = QWidget()
        av = QVBoxLayout(accounts_view)
        av.setContentsMargins(6, 6, 6, 0)
        av.addWidget(self.tools)
        av.addWidget(self.filters)
        av.addWidget(self.splitter, 1)
        # the contacts of all accounts: built when its tab is first shown
        self._contacts: ContactListView | None = None
        self._contacts_slot = QWidget()
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(accounts_view, self.tr("Accounts"))
        self.views.addTab(self._contacts_slot, self.tr("All contacts"))
        self.views.currentChanged.connect(lambda index: self.contacts if index == 1 else None)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.first_steps = FirstSteps(self.ctx, self)
        lay.addWidget(self.first_steps)
        lay.addWidget(self.views)

    @property
    def form(self) -> AccountForm:
        """The account form (built on first use)."""
        if self._form is None:
            from kamdesk.ui.accounts.form.account_form import AccountForm

            form = AccountForm(self.ctx)
            form.saved.connect(self._on_saved)
            form.log_requested.connect(self.log_contact)
            form.visit_requested.connect(self.plan_visit)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, form)
            self._form_slot.deleteLater()
            self.splitter.setSizes(sizes)
            self._form = form
        return self._form

    @property
    def contacts(self) -> ContactListView:
        """The list of all accounts' contacts (built on first use)."""
        if self._contacts is None:
            from kamdesk.ui.accounts.contacts.contact_list import ContactListView

            view = ContactListView(self.ctx, all_accounts=True)
            view.open_account.connect(self.show_record)
            lay = QVBoxLayout(self._contacts_slot)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(view)
            self._contacts = view
        return self._contacts

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self._form is None and not self._form_due:
            self._form_due = True
            QTimer.singleShot(0, self._build_form)

    def _build_form(self) -> None:
        self.form  # noqa: B018 - builds it

    def focus_search(self) -> None:
        """Ctrl+F: back to the list, search box selected."""
        self.views.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- the list ---------------------------------------------------------------
    def current_filter(self) -> account_service.AccountFilter:
        return self.filters.current_filter(self.search.text().strip())

    def refresh_list(self) -> None:
        self.list.refresh()

    def _on_search(self, text: str) -> None:
        started = time.perf_counter()
        self.list.refresh()
        count_ms, page_ms = self.list.model.last_refresh_ms
        self.search_timings.append((text, count_ms, page_ms))
        log.debug(
            "search %r: %.1f ms (count %.1f, page %.1f)",
            text,
            (time.perf_counter() - started) * 1000,
            count_ms,
            page_ms,
        )

    def _saved_applied(self, text: str) -> None:
        self.search.set_text_quietly(text)
        self.refresh_list()

    def _on_pareto(self, on: bool) -> None:
        self.filters.setEnabled(not on)
        self.search.setEnabled(not on)
        self.list.set_pareto(on)

    def _show_count(self, total: int) -> None:
        if self.list.pareto and self.list.pareto_view is not None:
            v = self.list.pareto_view
            share = f"{v.revenue_share * 100:.0f}%" if v.revenue_share is not None else "—"
            self.count.setText(
                self.tr(
                    "Top 20%: {top} of {all} customers bring {share} of our sales ({rev} of {total})"
                ).format(
                    top=v.top_count,
                    all=v.account_count,
                    share=share,
                    rev=formats.money(v.top_revenue),
                    total=formats.money(v.total_revenue),
                )
            )
        else:
            self.count.setText(self.tr("%n account(s)", "", total))

    # --- selection and the form ---------------------------------------------------
    def _on_current(self, uuid: str | None) -> None:
        if uuid is None or (self._form is not None and uuid == self._form.uuid):
            return
        if not self.form.can_leave():
            # stay on the account being edited
            if self.form.uuid is not None:
                self.list.select(self.form.uuid, load=False)
            else:
                self.list.view.clearSelection()
            return
        self._load_form(uuid)

    def _load_form(self, uuid: str) -> None:
        try:
            self.form.load(uuid)
        except UserError as exc:
            messages.show_error(self, self.tr("Open account"), str(exc))
            self.list.refresh()

    def open_account(self, uuid: str) -> None:
        if uuid != self.form.uuid and self.form.can_leave():
            self._load_form(uuid)
        self.form.tabs.setCurrentIndex(0)
        self.form.binder.editor("name").setFocus()

    def new_account(self) -> None:
        if not self.form.can_leave():
            return
        self.views.setCurrentIndex(0)
        self.list.view.clearSelection()
        self.form.new()
        self.form.binder.editor("name").setFocus()

    def _on_saved(self, uuid: str) -> None:
        self.list.refresh(keep=True)
        self.list.select(uuid)

    # --- actions ----------------------------------------------------------------------
    def log_contact(self, uuid: str) -> None:
        from kamdesk.ui.accounts.log import ContactLogDialog

        ContactLogDialog(self.ctx, uuid, None, self).exec()

    def plan_visit(self, uuid: str) -> None:
        self.ctx.hub.navigate.emit("visits", uuid)

    def hand_over(self, uuids: list[str]) -> None:
        from kamdesk.ui.accounts.handover import HandOverDialog

        names = []
        for uuid in uuids:
            row = self.list.model.row_at(self.list.model.row_of_key(uuid))
            if row is not None:
                names.append((uuid, row.name))
        dialog = HandOverDialog(self.ctx, names, self)
        if dialog.exec():
            messages.show_info(
                self, dialog.windowTitle(), self.tr("%n account(s) handed over.", "", dialog.moved)
            )

    def archive(self, uuids: list[str]) -> None:
        found = [self.list.model.row_at(self.list.model.row_of_key(u)) for u in uuids]
        rows = [r for r in found if r is not None]
        if not rows:
            return
        restore = all(r.archived for r in rows)
        question = (
            self.tr("Restore %n archived account(s)?", "", len(rows))
            if restore
            else self.tr(
                "Archive %n account(s)? They leave the list (tick “Archived too” to see them).", "", len(rows)
            )
        )
        if not messages.ask_yes_no(self, self.tr("Archive"), question):
            return
        changes = Changes()
        for r in rows:
            changes = changes | account_service.archive_account(self.ctx.db, r.uuid, not restore).changes
        self.ctx.hub.publish(changes)

    def delete_account(self, uuid: str) -> None:
        """Delete one account with its contacts and history, after asking."""
        row = self.list.model.row_at(self.list.model.row_of_key(uuid))
        if row is None:
            return
        if not messages.ask_yes_no(
            self,
            self.tr("Delete account"),
            self.tr(
                "Delete “{name}” with its contacts, contact log and visits? This cannot be undone; "
                "archiving keeps the history."
            ).format(name=row.name),
            default_yes=False,
        ):
            return
        shown = uuid == self.form.uuid
        if shown:
            self.form.new()  # edits to an account being deleted are moot
        title = self.tr("Delete account")

        def refused(exc: UserError) -> None:
            show_user_error(self, title, exc)
            if shown:
                self._load_form(uuid)

        run_op(
            self,
            self.ctx,
            lambda: account_service.delete_account(self.ctx.db, uuid),
            title=title,
            failure=refused,
        )

    def import_file(self) -> None:
        from kamdesk.ui.accounts.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()

    def export_list(self, fmt: str) -> None:
        from kamdesk.ui.accounts.export import export_accounts

        export_accounts(self, self.ctx, self.current_filter(), fmt)

    def export_vcard(self) -> None:
        from kamdesk.ui.accounts.export import export_vcards

        export_vcards(self, self.ctx, account_uuid=None)

    # --- the page protocol ---------------------------------------------------------
    def on_changed(self, changes: Changes) -> None:
        if changes.touches("custom_field"):
            self.list.rebuild_columns()
            if self._form is not None:
                self._form.custom.rebuild()
        if changes.touches("account", "contact", "contact_log", "rep", "visit", "opportunity"):
            if changes.touches("rep") and self._form is not None:
                self._form.reload_reps()
            if changes.touches("account", "rep"):
                self.filters.reload_options()
                self.filters.reload_saved()
            self.list.refresh(keep=True)
        if changes.touches("contact") and self._contacts is not None:
            self._contacts.refresh()
        if self._form is None:
            return  # built later, from the current data
        shown = self._form.uuid
        related = changes.touches("account", "contact", "contact_log", "visit", "opportunity")
        mine = not changes.uuids or shown in changes.uuids or changes.touches("contact", "contact_log")
        if shown is not None and related and mine:
            self._form.reload()

    def show_record(self, uuid: str) -> None:
        """Select and open account ``uuid`` (another page navigated here)."""
        self.views.setCurrentIndex(0)
        if uuid == self.form.uuid or not self.form.can_leave():
            return
        if not self.list.select(uuid):
            self.list.view.clearSelection()
        self._load_form(uuid)

    def current_record(self) -> str | None:
        """The open account (the main window reopens it after a language switch)."""
        return self._form.uuid if self._form is not None else None

    def can_leave(self) -> bool:
        """For the main window: False when the user chose to keep editing."""
        return self._form is None or self._form.can_leave()
