"""The seed's contact information form (联系人资料): work, personal, family,
social ties, career and habits, with reports-to limited to the same account.

The personal, family and social sections are private to the rep: their tabs
carry a lock mark and a banner, and ``is_private`` keeps the whole contact
off every export and submission.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.stakeholders import Personality
from kamdesk.domain.visits import Gender
from kamdesk.errors import ValidationError
from kamdesk.services import contacts as contact_service
from kamdesk.services.changes import Result
from kamdesk.ui.accounts.form.field_messages import translate_errors
from kamdesk.ui.accounts.form.fields import CHOICE, CODE, DATE, INT, LINE, TEXT, FieldBinder, FieldSpec
from kamdesk.ui.accounts.form.layout import form_group, label_width, note_label, scroll_page
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages

PRIVATE_TAB_COLOR = "#9a5b00"
PRIVATE_STYLE = "background: #fff4e5; border: 1px solid #e0a040; padding: 6px; color: #6b4300;"


def contact_groups(colleagues: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, list[FieldSpec]]]]:
    """Tab → (group, fields). ``colleagues``: (uuid, name) at the same account."""
    return {
        "work": [
            (
                QCoreApplication.translate("ContactForm", "Work"),
                [
                    FieldSpec("name", QCoreApplication.translate("ContactForm", "Name"), LINE),
                    FieldSpec("gender", QCoreApplication.translate("ContactForm", "Gender"), CODE, Gender),
                    FieldSpec("title", QCoreApplication.translate("ContactForm", "Title"), LINE),
                    FieldSpec("department", QCoreApplication.translate("ContactForm", "Department"), LINE),
                    FieldSpec(
                        "reports_to_uuid",
                        QCoreApplication.translate("ContactForm", "Reports to"),
                        CHOICE,
                        choices=colleagues,
                    ),
                    FieldSpec("phone", QCoreApplication.translate("ContactForm", "Phone"), LINE),
                    FieldSpec("mobile", QCoreApplication.translate("ContactForm", "Mobile"), LINE),
                    FieldSpec("email", QCoreApplication.translate("ContactForm", "E-mail"), LINE),
                    FieldSpec(
                        "working_hours", QCoreApplication.translate("ContactForm", "Working hours"), LINE
                    ),
                ],
            ),
            (
                QCoreApplication.translate("ContactForm", "Career"),
                [
                    FieldSpec("specialty", QCoreApplication.translate("ContactForm", "Specialty"), TEXT),
                    FieldSpec(
                        "achievements", QCoreApplication.translate("ContactForm", "Achievements"), TEXT
                    ),
                    FieldSpec(
                        "career_history",
                        QCoreApplication.translate("ContactForm", "Previous employers"),
                        TEXT,
                    ),
                ],
            ),
        ],
        "personal": [
            (
                QCoreApplication.translate("ContactForm", "Personal"),
                [
                    FieldSpec("birthday", QCoreApplication.translate("ContactForm", "Birthday"), DATE),
                    FieldSpec("birth_year", QCoreApplication.translate("ContactForm", "Year of birth"), INT),
                    FieldSpec(
                        "native_place", QCoreApplication.translate("ContactForm", "Native place"), LINE
                    ),
                    FieldSpec("schools", QCoreApplication.translate("ContactForm", "Schools"), TEXT),
                ],
            ),
            (
                QCoreApplication.translate("ContactForm", "Character and habits"),
                [
                    FieldSpec(
                        "personality",
                        QCoreApplication.translate("ContactForm", "Personality"),
                        CODE,
                        Personality,
                    ),
                    FieldSpec(
                        "personality_notes",
                        QCoreApplication.translate("ContactForm", "Personality notes"),
                        TEXT,
                    ),
                    FieldSpec(
                        "interests", QCoreApplication.translate("ContactForm", "Interests and hobbies"), TEXT
                    ),
                    FieldSpec(
                        "travel_habits", QCoreApplication.translate("ContactForm", "Travel habits"), TEXT
                    ),
                ],
            ),
        ],
        "family": [
            (
                QCoreApplication.translate("ContactForm", "Family"),
                [
                    FieldSpec("spouse", QCoreApplication.translate("ContactForm", "Spouse"), TEXT),
                    FieldSpec("parents", QCoreApplication.translate("ContactForm", "Parents"), TEXT),
                    FieldSpec("children", QCoreApplication.translate("ContactForm", "Children"), TEXT),
                    FieldSpec("siblings", QCoreApplication.translate("ContactForm", "Siblings"), TEXT),
                ],
            ),
            (
                QCoreApplication.translate("ContactForm", "Social ties"),
                [
                    FieldSpec("classmates", QCoreApplication.translate("ContactForm", "Classmates"), TEXT),
                    FieldSpec("friends", QCoreApplication.translate("ContactForm", "Friends"), TEXT),
                    FieldSpec("rivals", QCoreApplication.translate("ContactForm", "Rivals"), TEXT),
                    FieldSpec("colleagues", QCoreApplication.translate("ContactForm", "Colleagues"), TEXT),
                    FieldSpec("notes", QCoreApplication.translate("ContactForm", "Private notes"), TEXT),
                ],
            ),
        ],
    }


class ContactDialog(QDialog):
    """Add or edit one contact of an account. ``saved_uuid`` after accept."""

    def __init__(
        self,
        ctx: AppContext,
        account_uuid: str,
        contact_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid = account_uuid
        self.contact_uuid = contact_uuid
        self.saved_uuid: str | None = None
        self.setWindowTitle(self.tr("Edit contact") if contact_uuid else self.tr("New contact"))
        self.resize(640, 640)

        others = contact_service.list_contacts(ctx.db, account_uuid=account_uuid, limit=500)
        colleagues = tuple((c.uuid, _colleague(c)) for c in others if c.uuid != contact_uuid)
        groups = contact_groups(colleagues)
        specs = [s for tab in groups.values() for _t, g in tab for s in g]
        self.binder = FieldBinder(specs, lang=ctx.lang, parent=self, tr=self.tr)

        self.private = QCheckBox(
            self.tr("Private contact: keep this whole contact off every export and submission")
        )
        self.private.setObjectName("field_is_private")

        self.tabs = QTabWidget()
        width = label_width(self, [tg for tab in groups.values() for tg in tab])
        work = scroll_page(*(form_group(t, g, self.binder, width=width) for t, g in groups["work"]))
        self.tabs.addTab(work, self.tr("Work"))
        banner_text = self.tr(
            "Private: personal details stay on this laptop. Exports and submissions leave them out "
            "unless you choose to include them."
        )
        for key, title in (
            ("personal", self.tr("Personal (private)")),
            ("family", self.tr("Family and social ties (private)")),
        ):
            banner = QLabel(banner_text)
            banner.setWordWrap(True)
            banner.setStyleSheet(PRIVATE_STYLE)
            banner.setObjectName(f"privateBanner_{key}")
            page = scroll_page(banner, *(form_group(t, g, self.binder, width=width) for t, g in groups[key]))
            index = self.tabs.addTab(page, title)
            self.tabs.tabBar().setTabTextColor(index, QColor(PRIVATE_TAB_COLOR))

        self.advice = note_label()
        self.binder.edited.connect(self._edited)
        self.binder.editor("personality").parentWidget().layout().addWidget(self.advice)  # type: ignore[union-attr]

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.private)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(buttons)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.binder.undo.undo)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)

        if contact_uuid:
            detail = contact_service.get_contact(ctx.db, contact_uuid)
            self.binder.load({n: getattr(detail, n, None) for n in self.binder.names()})
            self.private.setChecked(bool(getattr(detail, "is_private", False)))
        else:
            self.binder.load({})
        self._show_advice()

    def _edited(self, name: str) -> None:
        if name == "personality":
            self._show_advice()

    def _show_advice(self) -> None:
        member = self.binder.value("personality")
        self.advice.setText(member.advice(self.ctx.lang) if isinstance(member, Personality) else "")

    def save(self) -> None:
        self.binder.clear_errors()
        values, errors = self.binder.values()
        if errors:
            self.binder.show_errors(errors)
            return

        def invalid(exc: ValidationError) -> None:
            errors = translate_errors(exc.errors)
            rest = self.binder.show_errors(errors)
            if rest:
                messages.show_error(self, self.windowTitle(), "\n".join(errors[k] for k in rest))
            self._focus_error()

        def saved(result: Result[str]) -> None:
            self.saved_uuid = str(result.value)
            self.binder.mark_saved()  # before the views hear of it: this form is not dirty

        def save() -> Result[str]:
            data = contact_service.ContactInput(
                uuid=self.contact_uuid,
                account_uuid=self.account_uuid,
                is_private=self.private.isChecked(),
                **values,
            )
            return contact_service.save_contact(self.ctx.db, data)

        if run_op(self, self.ctx, save, title=self.windowTitle(), success=saved, invalid=invalid) is not None:
            self.accept()

    def _focus_error(self) -> None:
        name = self.binder.first_error()
        if name is None:
            return
        editor = self.binder.editor(name)
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and page.isAncestorOf(editor):
                self.tabs.setCurrentIndex(i)
        editor.setFocus()

    def reject(self) -> None:
        if self.binder.is_dirty() and not messages.ask_yes_no(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this contact?"),
            default_yes=False,
        ):
            return
        super().reject()


def _colleague(row: Any) -> str:
    title = getattr(row, "title", None)
    return f"{row.name}（{title}）" if title else str(row.name)
