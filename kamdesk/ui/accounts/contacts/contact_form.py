"""The seed's contact information form (联系人资料): work, personal, family,
social ties, career and habits, with reports-to limited to the same account.

The personal, family and social sections are private to the rep: their tabs
carry a lock mark and a banner, and ``is_private`` keeps the whole contact
off every export and submission.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import contacts as contact_service
from kamdesk.ui.accounts.form.fields import CHOICE, CODE, DATE, INT, LINE, TEXT, FieldBinder, FieldSpec
from kamdesk.ui.accounts.form.layout import form_group, note_label, scroll_page
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages

PRIVATE_STYLE = "background: #fff4e5; border: 1px solid #e0a040; padding: 6px; color: #6b4300;"


def _t(text: str) -> str:
    return QCoreApplication.translate("ContactForm", text)


def contact_groups(colleagues: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, list[FieldSpec]]]]:
    """Tab → (group, fields). ``colleagues``: (uuid, name) at the same account."""
    return {
        "work": [
            (
                _t("Work"),
                [
                    FieldSpec("name", _t("Name"), LINE),
                    FieldSpec("gender", _t("Gender"), CODE, Gender),
                    FieldSpec("title", _t("Title"), LINE),
                    FieldSpec("department", _t("Department"), LINE),
                    FieldSpec("reports_to_uuid", _t("Reports to"), CHOICE, choices=colleagues),
                    FieldSpec("phone", _t("Phone"), LINE),
                    FieldSpec("mobile", _t("Mobile"), LINE),
                    FieldSpec("email", _t("E-mail"), LINE),
                    FieldSpec("working_hours", _t("Working hours"), LINE),
                ],
            ),
            (
                _t("Career"),
                [
                    FieldSpec("specialty", _t("Specialty"), TEXT),
                    FieldSpec("achievements", _t("Achievements"), TEXT),
                    FieldSpec("career_history", _t("Previous employers"), TEXT),
                ],
            ),
        ],
        "personal": [
            (
                _t("Personal"),
                [
                    FieldSpec("birthday", _t("Birthday"), DATE),
                    FieldSpec("birth_year", _t("Year of birth"), INT),
                    FieldSpec("native_place", _t("Native place"), LINE),
                    FieldSpec("schools", _t("Schools"), TEXT),
                ],
            ),
            (
                _t("Character and habits"),
                [
                    FieldSpec("personality", _t("Personality"), CODE, Personality),
                    FieldSpec("personality_notes", _t("Personality notes"), TEXT),
                    FieldSpec("interests", _t("Interests and hobbies"), TEXT),
                    FieldSpec("travel_habits", _t("Travel habits"), TEXT),
                ],
            ),
        ],
        "family": [
            (
                _t("Family"),
                [
                    FieldSpec("spouse", _t("Spouse"), TEXT),
                    FieldSpec("parents", _t("Parents"), TEXT),
                    FieldSpec("children", _t("Children"), TEXT),
                    FieldSpec("siblings", _t("Siblings"), TEXT),
                ],
            ),
            (
                _t("Social ties"),
                [
                    FieldSpec("classmates", _t("Classmates"), TEXT),
                    FieldSpec("friends", _t("Friends"), TEXT),
                    FieldSpec("rivals", _t("Rivals"), TEXT),
                    FieldSpec("colleagues", _t("Colleagues"), TEXT),
                    FieldSpec("notes", _t("Private notes"), TEXT),
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
        self.tabs.addTab(
            scroll_page(*(form_group(t, g, self.binder) for t, g in groups["work"])), self.tr("Work")
        )
        banner_text = self.tr(
            "🔒 Private: personal details stay on this laptop. Exports and submissions leave them out "
            "unless you choose to include them."
        )
        for key, title in (
            ("personal", self.tr("🔒 Personal")),
            ("family", self.tr("🔒 Family and social ties")),
        ):
            banner = QLabel(banner_text)
            banner.setWordWrap(True)
            banner.setStyleSheet(PRIVATE_STYLE)
            banner.setObjectName(f"privateBanner_{key}")
            self.tabs.addTab(
                scroll_page(banner, *(form_group(t, g, self.binder) for t, g in groups[key])), title
            )

        self.advice = note_label()
        self.binder.edited.connect(lambda n: n == "personality" and self._show_advice())
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
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, activated=self.binder.undo.undo)
        undo.setContext(Qt.ShortcutContext.WindowShortcut)

        if contact_uuid:
            detail = contact_service.get_contact(ctx.db, contact_uuid)
            self.binder.load({n: getattr(detail, n, None) for n in self.binder.names()})
            self.private.setChecked(bool(getattr(detail, "is_private", False)))
        else:
            self.binder.load({})
        self._show_advice()

    def _show_advice(self) -> None:
        code = self.binder.value("personality")
        self.advice.setText(Personality(code).advice(self.ctx.lang) if code else "")

    def save(self) -> None:
        self.binder.clear_errors()
        values, errors = self.binder.values()
        if errors:
            self.binder.show_errors(errors)
            return
        try:
            data = contact_service.ContactInput(
                uuid=self.contact_uuid,
                account_uuid=self.account_uuid,
                is_private=self.private.isChecked(),
                **values,
            )
            result = contact_service.save_contact(self.ctx.db, data)
        except ValidationError as exc:
            rest = self.binder.show_errors(exc.errors)
            if rest:
                messages.show_error(self, self.windowTitle(), "\n".join(exc.errors[k] for k in rest))
            self._focus_error()
            return
        except UserError as exc:
            messages.show_error(self, self.windowTitle(), str(exc))
            return
        self.saved_uuid = str(result.value)
        self.binder.mark_saved()
        self.ctx.hub.publish(result.changes)
        self.accept()

    def _focus_error(self) -> None:
        name = self.binder.first_error()
        if name is None:
            return
        editor = self.binder.editor(name)
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(editor):
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
