"""The contact log (联络记录): an entry dialog and the timeline on the account.

An entry records the way (phone / visit / other), our person, the time, their
person and title (picked from the account's contacts, or typed), what was
said, the next step and a category (routine, task, praise, complaint,
suggestion — these feed the contact value indicators).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.visits import ContactCategory, ContactWay
from kamdesk.errors import ValidationError
from kamdesk.services import contacts as contact_service
from kamdesk.services.contacts import log as log_service
from kamdesk.ui.accounts.form.field_messages import translate_errors
from kamdesk.ui.accounts.form.fields import ERROR_STYLE
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.coded import CodeCombo

PAGE = 50


class ContactLogDialog(QDialog):
    """Add (``entry=None``) or edit one log entry of ``account_uuid``."""

    def __init__(
        self, ctx: AppContext, account_uuid: str, entry: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid = account_uuid
        self.entry = entry
        self.setWindowTitle(self.tr("Edit contact log entry") if entry else self.tr("Log a contact"))
        self.resize(520, 520)

        self._build_editors()
        form = self._build_form()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

        if entry is not None:
            self._load(entry)
        else:
            self._default_our_person()
            self._default_their_contact()

    def _build_editors(self) -> None:
        """One editor per field of the entry; the contact list offers the account's contacts."""
        self.way: CodeCombo[ContactWay] = CodeCombo(ContactWay, lang=self.ctx.lang, show_code=False)
        self.way.setObjectName("field_way")
        self.category: CodeCombo[ContactCategory] = CodeCombo(
            ContactCategory, lang=self.ctx.lang, show_code=False
        )
        self.category.setObjectName("field_category")
        self.at = QDateTimeEdit(
            QDateTime(QDate(*clock.today().timetuple()[:3]), QTime(*clock.local_now().timetuple()[3:5]))
        )
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setObjectName("field_at")
        self.our_person = QLineEdit()
        self.our_person.setObjectName("field_our_person")
        self.contact = QComboBox()
        self.contact.setObjectName("field_contact")
        self.contact.addItem(self.tr("— someone else —"), None)
        self._contacts = contact_service.list_contacts(self.ctx.db, account_uuid=self.account_uuid, limit=500)
        for c in self._contacts:
            opening, closing = ("（", "）") if self.ctx.lang.startswith("zh") else (" (", ")")
            label = f"{c.name}{opening}{c.title}{closing}" if getattr(c, "title", None) else c.name
            self.contact.addItem(label, c.uuid)
        self.contact.currentIndexChanged.connect(self._contact_chosen)
        self.their_person = QLineEdit()
        self.their_person.setObjectName("field_their_person")
        self.their_title = QLineEdit()
        self.their_title.setObjectName("field_their_title")
        self.content = QPlainTextEdit()
        self.content.setObjectName("field_content")
        self.content.setTabChangesFocus(True)
        self.next_step = QPlainTextEdit()
        self.next_step.setObjectName("field_next_step")
        self.next_step.setTabChangesFocus(True)
        self.next_step.setMaximumHeight(70)

    def _build_form(self) -> QFormLayout:
        """Each editor with its label and an error line below it."""
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label, widget in (
            ("way", self.tr("Way"), self.way),
            ("at", self.tr("Time"), self.at),
            ("our_person", self.tr("Our person"), self.our_person),
            ("contact_uuid", self.tr("Their contact"), self.contact),
            ("their_person", self.tr("Their person"), self.their_person),
            ("their_title", self.tr("Their title"), self.their_title),
            ("content", self.tr("Content"), self.content),
            ("next_step", self.tr("Next step"), self.next_step),
            ("category", self.tr("Category"), self.category),
        ):
            cell = QWidget()
            v = QVBoxLayout(cell)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(widget)
            err = QLabel()
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.setObjectName(f"error_{name}")
            err.hide()
            v.addWidget(err)
            self.errors[name] = err
            form.addRow(label, cell)
        return form

    def _default_our_person(self) -> None:
        """The laptop's own rep is usually who made the contact."""
        from kamdesk.services import accounts as account_service

        me = next((r for r in account_service.list_reps(self.ctx.db) if r.is_me), None)
        if me is not None:
            self.our_person.setText(me.name)

    def _default_their_contact(self) -> None:
        """Preselect the person last logged with, else the account's first
        contact, so a rep usually only types what was said."""
        if not self._contacts:
            return
        known = {c.uuid for c in self._contacts}
        recent = log_service.list_log(self.ctx.db, self.account_uuid, limit=20)
        last = next((e.contact_uuid for e in recent if e.contact_uuid in known), None)
        index = self.contact.findData(last) if last else 1
        self.contact.setCurrentIndex(max(index, 1))
        self.content.setFocus()  # who and when are filled in: what was said is next

    def _load(self, e: Any) -> None:
        self.way.set_code(e.way)
        self.category.set_code(e.category)
        local = clock.to_local(e.at)
        self.at.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.our_person.setText(e.our_person or "")
        index = self.contact.findData(getattr(e, "contact_uuid", None))
        self.contact.setCurrentIndex(max(0, index))
        self.their_person.setText(e.their_person or "")
        self.their_title.setText(e.their_title or "")
        self.content.setPlainText(e.content or "")
        self.next_step.setPlainText(e.next_step or "")

    def _contact_chosen(self) -> None:
        uuid = self.contact.currentData()
        for c in self._contacts:
            if c.uuid == uuid:
                self.their_person.setText(c.name)
                self.their_title.setText(getattr(c, "title", None) or "")

    def at_value(self) -> dt.datetime:
        q = self.at.dateTime()
        d, t = q.date(), q.time()
        local = clock.localize(dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))
        return local.astimezone(dt.UTC)

    def save(self) -> None:
        for err in self.errors.values():
            err.hide()
        data = log_service.ContactLogInput(
            uuid=getattr(self.entry, "uuid", None),
            account_uuid=self.account_uuid,
            way=self.way.code() or ContactWay.PHONE,
            category=self.category.code() or ContactCategory.ROUTINE,
            at=self.at_value(),
            our_person=self.our_person.text().strip() or None,
            contact_uuid=self.contact.currentData(),
            their_person=self.their_person.text().strip() or None,
            their_title=self.their_title.text().strip() or None,
            content=self.content.toPlainText().strip() or None,
            next_step=self.next_step.toPlainText().strip() or None,
        )

        def invalid(exc: ValidationError) -> None:
            rest = []
            for name, message in translate_errors(exc.errors).items():
                label = self.errors.get(name)
                if label is None:
                    rest.append(message)
                else:
                    label.setText(message)
                    label.show()
            if rest:
                messages.show_error(self, self.windowTitle(), "\n".join(rest))

        new = self.entry is None
        result = run_op(
            self,
            self.ctx,
            lambda: (
                log_service.log_contact(self.ctx.db, data) if new else log_service.edit_log(self.ctx.db, data)
            ),
            title=self.windowTitle(),
            invalid=invalid,
        )
        if result is not None:
            self.accept()


class ContactLogTab(QWidget):
    """The account's contact log as a timeline, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid: str | None = None
        self._entries: list[Any] = []
        self.add_button = QPushButton(self.tr("Log a contact…"))
        self.add_button.clicked.connect(self.add_entry)
        self.summary = QLabel()
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(2)
        self.timeline.setStyleSheet(
            "QListWidget#timeline::item { border-bottom: 1px solid #d5dbe3; padding: 6px 4px; }"
        )
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.timeline.customContextMenuRequested.connect(self._menu)
        self.timeline.itemDoubleClicked.connect(lambda _i: self.edit_entry())
        self.more = QPushButton(self.tr("Show older entries"))
        self.more.clicked.connect(self._load_more)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.timeline, 1)
        lay.addWidget(self.more)

    def set_account(self, uuid: str | None) -> None:
        self.account_uuid = uuid
        self.refresh()

    def refresh(self) -> None:
        self.timeline.clear()
        self._entries = []
        self.add_button.setEnabled(self.account_uuid is not None)
        if self.account_uuid is None:
            self.summary.setText("")
            self.more.hide()
            return
        self._load_more()

    def _load_more(self) -> None:
        assert self.account_uuid is not None
        page = log_service.list_log(self.ctx.db, self.account_uuid, offset=len(self._entries), limit=PAGE)
        for entry in page:
            self._entries.append(entry)
            item = QListWidgetItem(self._text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            self.timeline.addItem(item)
        self.more.setVisible(len(page) == PAGE)
        self.summary.setText(
            self.tr("%n entry(s) shown", "", len(self._entries))
            if self._entries
            else self.tr("No contacts logged yet.")
        )

    def _text(self, e: Any) -> str:
        lang = self.ctx.lang
        when = clock.to_local(e.at).strftime("%Y-%m-%d %H:%M")
        head = f"{when} · {e.way.label(lang)} · {e.category.label(lang)}"
        who = e.their_person or ""
        if e.their_title:
            who += f"（{e.their_title}）"
        lines = [head]
        people = []
        if e.our_person:
            people.append(self.tr("Ours: {name}").format(name=e.our_person))
        if who:
            people.append(self.tr("Theirs: {name}").format(name=who))
        if people:
            lines.append("  ".join(people))
        if e.content:
            lines.append(e.content)
        if e.next_step:
            lines.append(self.tr("Next step: {text}").format(text=e.next_step))
        return "\n".join(lines)

    def _selected(self) -> Any:
        item = self.timeline.currentItem()
        if item is None:
            return None
        uuid = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self._entries if e.uuid == uuid), None)

    def add_entry(self) -> None:
        if self.account_uuid is not None:
            ContactLogDialog(self.ctx, self.account_uuid, None, self).exec()

    def edit_entry(self) -> None:
        entry = self._selected()
        if entry is not None and self.account_uuid is not None:
            ContactLogDialog(self.ctx, self.account_uuid, entry, self).exec()

    def delete_entry(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        if not messages.ask_yes_no(
            self, self.tr("Delete entry"), self.tr("Delete this contact log entry?"), default_yes=False
        ):
            return
        run_op(
            self,
            self.ctx,
            lambda: log_service.delete_log(self.ctx.db, entry.uuid),
            title=self.tr("Delete entry"),
        )

    def _menu(self, pos: Any) -> None:
        if self._selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_entry)
        menu.addAction(self.tr("Delete"), self.delete_entry)
        menu.exec(self.timeline.viewport().mapToGlobal(pos))
