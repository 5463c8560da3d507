"""The account form: every field of the account file, grouped in tabs, with
validation at the field, undo (Ctrl+Z), save (Ctrl+S) and a guard against
losing unsaved changes.

It sits beside the list on the accounts page (a rep on a laptop keeps the
list in view while editing). ``load(uuid)`` shows an account, ``new()``
starts a blank one; ``can_leave()`` asks Save / Discard / Cancel when there
are unsaved edits and is called before anything replaces the form's record.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kamdesk.errors import ValidationError
from kamdesk.services import accounts as account_service
from kamdesk.services.changes import Changes, Result
from kamdesk.ui.accounts.form.classification import ClassificationTab
from kamdesk.ui.accounts.form.custom import CustomFieldsTab
from kamdesk.ui.accounts.form.field_messages import translate_errors
from kamdesk.ui.accounts.form.fields import FieldBinder
from kamdesk.ui.accounts.form.layout import form_group, label_width, scroll_page
from kamdesk.ui.accounts.form.links import LinksTab
from kamdesk.ui.accounts.form.sections import classification_specs, profile_specs
from kamdesk.ui.accounts.form.value import ValueTab
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages

log = logging.getLogger(__name__)


class AccountForm(QWidget):
    """Edit one account; see the module docstring."""

    #: an account was saved (its uuid)
    saved = Signal(str)
    #: the user asked to log a contact / plan a visit for this account
    log_requested = Signal(str)
    visit_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._uuid: str | None = None
        self._detail: Any = None
        rep_rows = account_service.list_reps(ctx.db)
        reps = tuple((r.uuid, r.name) for r in rep_rows)
        #: the laptop's own rep, the owner of new accounts (None: the service picks it on save)
        self._me = next((r.uuid for r in rep_rows if r.is_me), None)
        self._profile_groups = profile_specs(reps)
        self._class_groups = classification_specs()
        specs = [s for _t, group in self._profile_groups + self._class_groups for s in group]
        self.binder = FieldBinder(specs, lang=ctx.lang, parent=self, tr=self.tr)
        self.binder.dirty_changed.connect(self._update_state)
        self.binder.undo.cleanChanged.connect(lambda _c: self._update_state())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addLayout(self._build_header())
        lay.addLayout(self._build_actions())
        # five tabs that fit a 1366 px laptop: the account file's own fields in
        # one tab (with its parts as inner tabs), then what the rep works with
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_file_tabs(), self.tr("Account file"))
        self._add_work_tabs()
        lay.addWidget(self.tabs, 1)
        self._add_shortcuts()
        self.new()

    def _build_header(self) -> QHBoxLayout:
        """The account's name, the unsaved mark, Undo, Revert and Save."""
        self.title = QLabel()
        self.title.setObjectName("accountTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("formState")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the account (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Discard unsaved changes"))
        self.revert_button.clicked.connect(self.revert)
        self.undo_button = QToolButton()
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last edit (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.binder.undo.undo)
        self.binder.undo.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for widget in (self.state, self.undo_button, self.revert_button, self.save_button):
            head.addWidget(widget)
        return head

    def _build_actions(self) -> QHBoxLayout:
        """The status line with Log contact and Plan visit."""
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.setToolTip(self.tr("Log a call or visit with this account (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self._request(self.log_requested))
        self.visit_button = QPushButton(self.tr("Plan visit"))
        self.visit_button.clicked.connect(lambda: self._request(self.visit_requested))
        actions = QHBoxLayout()
        self.status_line = QLabel()
        self.status_line.setObjectName("statusLine")
        self.status_line.setWordWrap(True)
        actions.addWidget(self.status_line, 1)
        actions.addWidget(self.log_button)
        actions.addWidget(self.visit_button)
        return actions

    def _request(self, signal: SignalInstance) -> None:
        if self._uuid:
            signal.emit(self._uuid)

    def _build_file_tabs(self) -> QTabWidget:
        """The account file's parts as inner tabs."""
        self.file_tabs = QTabWidget()
        self.file_tabs.setDocumentMode(True)
        width = label_width(self, self._profile_groups)
        groups = (form_group(title, group, self.binder, width=width) for title, group in self._profile_groups)
        self.file_tabs.addTab(scroll_page(*groups), self.tr("Profile"))
        self.classification = ClassificationTab(self.ctx, self.binder, self._class_groups)
        self.file_tabs.addTab(self.classification, self.tr("Classification"))
        self.value = ValueTab(self.ctx)
        self.file_tabs.addTab(self.value, self.tr("Value"))
        self.links = LinksTab(self.ctx)
        self.file_tabs.addTab(self.links, self.tr("Related parties"))
        self.custom = CustomFieldsTab(self.ctx)
        self.custom.edited.connect(self._update_state)
        self.file_tabs.addTab(self.custom, self.tr("Custom fields"))
        from kamdesk.ui.accounts.form.trade import TradeTab

        # purchases and payments, each product on its own cycle
        self.trade = TradeTab(self.ctx)
        # the short word fits six tabs beside the list at 1366 in English; the tip says it all
        at = self.file_tabs.addTab(self.trade, QCoreApplication.translate("AccountFile", "Purchases"))
        self.file_tabs.setTabToolTip(at, QCoreApplication.translate("AccountFile", "Purchases and payments"))
        return self.file_tabs

    def _add_work_tabs(self) -> None:
        """What the rep works with: opportunities and visits, contacts, stakeholders, the log."""
        from kamdesk.ui.accounts.contacts.account_contacts import AccountContactsTab
        from kamdesk.ui.accounts.form.work import AccountWorkTab
        from kamdesk.ui.accounts.log import ContactLogTab
        from kamdesk.ui.stakeholders.account_panel import AccountMapPanel

        self.work = AccountWorkTab(self.ctx)
        self.tabs.addTab(self.work, self.tr("Opportunities && visits"))
        self.contacts = AccountContactsTab(self.ctx)
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        # the account's stakeholder maps and their insights; read when the tab is shown
        self.stakeholders = AccountMapPanel(self.ctx)
        self._stakeholders_stale = False
        self.tabs.addTab(self.stakeholders, self.tr("Stakeholders"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_stakeholders())
        self.ctx.hub.changed.connect(self._hub_changed)
        self.log = ContactLogTab(self.ctx)
        self.tabs.addTab(self.log, self.tr("Contact log"))

    def _add_shortcuts(self) -> None:
        """Ctrl+S saves, Ctrl+Z / Ctrl+Shift+Z undo / redo form edits, Ctrl+L logs a contact."""
        ctxs = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for seq, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.binder.undo.undo),
            (QKeySequence.StandardKey.Redo, self.binder.undo.redo),
        ):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(ctxs)
            shortcut.activated.connect(slot)
        log_key = QShortcut(QKeySequence("Ctrl+L"), self)
        log_key.setContext(ctxs)
        log_key.activated.connect(self.log_button.click)

    def _refresh_stakeholders(self, *, force: bool = False) -> None:
        """Show the shown account's stakeholders now if their tab is on screen,
        otherwise when it is next shown."""
        if force:
            self._stakeholders_stale = True
        if self._stakeholders_stale and self.tabs.currentWidget() is self.stakeholders:
            self._stakeholders_stale = False
            self.stakeholders.set_account(self._uuid)

    def _hub_changed(self, changes: Changes) -> None:
        # account, contact, visit and opportunity changes reach us through reload()
        if self._uuid is not None and changes.touches("stakeholder"):
            self._refresh_stakeholders(force=True)

    def reload_reps(self) -> None:
        """Re-read the reps offered as owner (after reps were added or renamed)."""
        rep_rows = account_service.list_reps(self.ctx.db)
        self._me = next((r.uuid for r in rep_rows if r.is_me), None)
        self.binder.set_choices("owner_uuid", tuple((r.uuid, r.name) for r in rep_rows))

    # --- state ------------------------------------------------------------------
    @property
    def uuid(self) -> str | None:
        return self._uuid

    def is_dirty(self) -> bool:
        return self.binder.is_dirty() or self.custom.is_dirty()

    def _update_state(self, *_args: Any) -> None:
        try:
            self._show_state()
        except RuntimeError:  # an editor's signal while the form is being torn down
            if isValid(self) and isValid(self.save_button) and isValid(self.visit_button):
                raise

    def _show_state(self) -> None:
        dirty = self.is_dirty()
        self.state.setText(self.tr("● unsaved") if dirty else "")
        self.state.setStyleSheet("color: #b26a00;" if dirty else "")
        self.save_button.setEnabled(dirty or self._uuid is None)
        self.revert_button.setEnabled(dirty)
        has_record = self._uuid is not None
        self.log_button.setEnabled(has_record)
        self.visit_button.setEnabled(has_record)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, has_record)
        for page in (self.value, self.links):
            self.file_tabs.setTabEnabled(self.file_tabs.indexOf(page), has_record)

    # --- loading ----------------------------------------------------------------
    def new(self) -> None:
        """Start a blank account (does not ask; call ``can_leave`` first)."""
        self._uuid = None
        self._detail = None
        values: dict[str, Any] = {name: None for name in self.binder.names()}
        values["owner_uuid"] = self._me
        values["counterparty_kind"] = "customer"
        self.binder.load(values)
        self.title.setText(self.tr("New account"))
        self.status_line.setText(self.tr("Fill in at least the name, then save (Ctrl+S)."))
        self.classification.show_detail(None)
        self.value.show_detail(None)
        self.trade.set_account(None)
        self.work.show_detail(None)
        self.contacts.set_account(None)
        self._stakeholders_stale = False
        self.stakeholders.set_account(None)  # nothing to read
        self.log.set_account(None)
        self.links.set_account(None)
        self.custom.load(None)
        self.tabs.setCurrentIndex(0)
        self.file_tabs.setCurrentIndex(0)
        self._update_state()

    def load(self, uuid: str) -> None:
        """Show account ``uuid`` (does not ask; call ``can_leave`` first)."""
        self._show_account(uuid, account_service.get_account(self.ctx.db, uuid))

    def _show_account(self, uuid: str, detail: account_service.AccountDetail) -> None:
        self._uuid = uuid
        self._detail = detail
        self.binder.load({name: getattr(detail.data, name, None) for name in self.binder.names()})
        self.title.setText(detail.data.name)
        self.classification.show_detail(detail)
        self.status_line.setText(self.classification.status_summary())
        self.value.show_detail(detail)
        self.trade.set_account(uuid)
        self.work.show_detail(detail)
        self.contacts.set_account(uuid)
        self._refresh_stakeholders(force=True)
        self.log.set_account(uuid)
        self.links.set_account(uuid)
        self.custom.load(detail)
        self._update_state()

    def reload(self) -> None:
        """Re-read the shown account after someone else changed it (keeps
        unsaved edits: only the read-only parts refresh then)."""
        if self._uuid is None:
            return
        uuid, dirty = self._uuid, self.is_dirty()
        read = run_op(
            self,
            self.ctx,
            lambda: Result(account_service.get_account(self.ctx.db, uuid)),
            title=self.tr("Account file"),
            # deleted elsewhere: unsaved edits stay on screen, else the form empties
            failure=lambda _exc: None if dirty else self.new(),
        )
        if read is None:
            return
        detail = read.value
        if dirty:
            self._detail = detail
            self.classification.show_detail(detail)
            self.value.show_detail(detail)
            self.trade.refresh()
            self.work.show_detail(detail)
            self.contacts.refresh()
            self._refresh_stakeholders(force=True)
            self.log.refresh()
            return
        self._show_account(uuid, detail)

    # --- saving -----------------------------------------------------------------
    def save(self) -> bool:
        """Validate and save; errors go to their fields. True when saved."""
        self.binder.clear_errors()
        values, errors = self.binder.values()
        custom_values, custom_errors = self.custom.values()
        if errors or custom_errors:
            self.binder.show_errors(errors)
            self.custom.show_errors(custom_errors)
            self._focus_first_error()
            return False
        title = self.tr("Save account")

        def invalid(exc: ValidationError) -> None:
            errors = translate_errors(exc.errors)
            rest = self.binder.show_errors(errors)
            rest = self.custom.show_errors({k: v for k, v in errors.items() if k in rest}) if rest else []
            if rest:
                messages.show_error(self, title, "\n".join(errors[k] for k in rest))
            self._focus_first_error()

        def saved(_result: Result[str]) -> None:
            # before the views hear of it: this form is not dirty any more
            self.binder.mark_saved()
            self.custom.mark_saved()

        def save() -> Result[str]:
            data = account_service.AccountInput(uuid=self._uuid, custom=custom_values, **values)
            return account_service.save_account(self.ctx.db, data)

        result = run_op(self, self.ctx, save, title=title, success=saved, invalid=invalid)
        if result is None:
            return False
        uuid = str(result.value)
        self.load(uuid)
        self.saved.emit(uuid)
        return True

    def _focus_first_error(self) -> None:
        name = self.binder.first_error()
        if name is None:
            return
        editor = self.binder.editor(name)
        # show the tab (and inner tab) holding the field, then focus it
        for tabs in (self.tabs, self.file_tabs):
            for i in range(tabs.count()):
                page = tabs.widget(i)
                if page is not None and page.isAncestorOf(editor):
                    tabs.setCurrentIndex(i)
                    break
        editor.setFocus()

    def revert(self) -> None:
        if self._uuid is None:
            self.new()
        else:
            self.load(self._uuid)

    # --- the guard --------------------------------------------------------------
    def can_leave(self) -> bool:
        """True when the form may show something else: no unsaved edits, or the
        user chose to save (and it saved) or to discard them."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“{name}” has unsaved changes. Save them?").format(
                name=self.binder.value("name") or self.tr("New account")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False
