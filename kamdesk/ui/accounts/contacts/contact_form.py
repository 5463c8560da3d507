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
from kamdesk.ui.accounts.form.field_editors import CHOICE, CODE, DATE, INT, LINE, TEXT, FieldSpec
from kamdesk.ui.accounts.form.field_messages import translate_errors
from kamdesk.ui.accounts.form.fields import FieldBinder
from kamdesk.ui.accounts.form.layout import form_group, label_width, note_label, scroll_page
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages

PRIVATE_TAB_COLOR = "#9a5b00"
PRIVATE_STYLE = "background: #fff4e5; border: 1px solid #e0a040; padding: 6px; color: #6b4300;"


def contact_groups(colleagues: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, list[FieldSpec]]]]:
    """Tab → (group, fields), the groups of 客户信息收集表 (seed 002): 个人信息,
    个性信息, 职业信息, 家庭信息, 社会关系, 基本履历. ``colleagues``: (uuid, name)
    at the same account. What is private (services/privacy.py) sits on the
    private tabs; 基本履历 is split: the employers are work, the schools private."""
    return {
        "work": _work_groups(colleagues),
        "personal": _personal_groups(),
        "family": _family_groups(),
    }


def _work_groups(colleagues: tuple[tuple[str, str], ...]) -> list[tuple[str, list[FieldSpec]]]:
    """The work tab: the job, the career and the employers."""
    tr = QCoreApplication.translate
    return [
        (
            tr("ContactForm", "Work"),
            [
                FieldSpec("name", tr("ContactForm", "Name"), LINE),
                FieldSpec("gender", tr("ContactForm", "Gender"), CODE, Gender),
                FieldSpec("title", tr("ContactForm", "Title"), LINE),
                FieldSpec("professional_title", tr("ContactFile", "Professional title"), LINE),
                FieldSpec("department", tr("ContactForm", "Department"), LINE),
                FieldSpec("phone", tr("ContactForm", "Phone"), LINE),
                FieldSpec("mobile", tr("ContactForm", "Mobile"), LINE),
                FieldSpec("email", tr("ContactForm", "E-mail"), LINE),
            ],
        ),
        (
            tr("ContactForm", "Career"),
            [
                FieldSpec("specialty", tr("ContactForm", "Specialty"), TEXT, extra={"height": 44}),
                FieldSpec("professional_rank", tr("ContactFile", "Professional rank"), LINE),
                FieldSpec("achievements", tr("ContactForm", "Achievements"), TEXT, extra={"height": 44}),
                FieldSpec("working_hours", tr("ContactForm", "Working hours"), LINE),
                FieldSpec("reports_to_uuid", tr("ContactForm", "Reports to"), CHOICE, choices=colleagues),
                FieldSpec("subordinates_text", tr("ContactFile", "Subordinates"), TEXT, extra={"height": 44}),
            ],
        ),
        (
            tr("ContactFile", "Background: employers"),
            [
                FieldSpec("employer_1", tr("ContactFile", "Employer 1"), LINE),
                FieldSpec("employer_2", tr("ContactFile", "Employer 2"), LINE),
                FieldSpec("employer_3", tr("ContactFile", "Employer 3"), LINE),
                FieldSpec("career_history", tr("ContactFile", "More employers"), TEXT, extra={"height": 44}),
            ],
        ),
    ]


def _personal_groups() -> list[tuple[str, list[FieldSpec]]]:
    """The private personal tab: the person, character and habits, the schools."""
    tr = QCoreApplication.translate
    return [
        (
            tr("ContactForm", "Personal"),
            [
                FieldSpec("birthday", tr("ContactForm", "Birthday"), DATE),
                FieldSpec("birth_year", tr("ContactForm", "Year of birth"), INT),
                FieldSpec("schools", tr("ContactForm", "Schools"), TEXT, extra={"height": 44}),
                FieldSpec("native_place", tr("ContactForm", "Native place"), LINE),
                FieldSpec("home_address", tr("ContactFile", "Home address"), LINE),
            ],
        ),
        (
            tr("ContactForm", "Character and habits"),
            [
                FieldSpec("personality", tr("ContactForm", "Personality"), CODE, Personality),
                FieldSpec("personality_notes", tr("ContactForm", "Personality notes"), TEXT),
                FieldSpec("interests", tr("ContactForm", "Interests and hobbies"), TEXT),
                FieldSpec("travel_habits", tr("ContactForm", "Travel habits"), TEXT),
            ],
        ),
        (
            tr("ContactFile", "Background: schools"),
            [
                FieldSpec("primary_school", tr("ContactFile", "Primary school"), LINE),
                FieldSpec("middle_school", tr("ContactFile", "Middle school"), LINE),
                FieldSpec("university", tr("ContactFile", "University"), LINE),
                FieldSpec("graduate_school", tr("ContactFile", "Graduate school"), LINE),
            ],
        ),
    ]


def _family_groups() -> list[tuple[str, list[FieldSpec]]]:
    """The private family tab: family and social ties."""
    tr = QCoreApplication.translate
    return [
        (
            tr("ContactForm", "Family"),
            [
                FieldSpec("spouse", tr("ContactForm", "Spouse"), TEXT, extra={"height": 44}),
                FieldSpec("parents", tr("ContactForm", "Parents"), TEXT, extra={"height": 44}),
                FieldSpec("children", tr("ContactForm", "Children"), TEXT, extra={"height": 44}),
                FieldSpec("siblings", tr("ContactForm", "Siblings"), TEXT, extra={"height": 44}),
                FieldSpec("cousins", tr("ContactFile", "In-laws and cousins"), TEXT, extra={"height": 44}),
                FieldSpec("uncles", tr("ContactFile", "Uncles"), TEXT, extra={"height": 44}),
            ],
        ),
        (
            tr("ContactForm", "Social ties"),
            [
                FieldSpec("classmates", tr("ContactForm", "Classmates"), TEXT, extra={"height": 44}),
                FieldSpec("friends", tr("ContactForm", "Friends"), TEXT, extra={"height": 44}),
                FieldSpec("rivals", tr("ContactForm", "Rivals"), TEXT, extra={"height": 44}),
                FieldSpec("colleagues", tr("ContactForm", "Colleagues"), TEXT, extra={"height": 44}),
                FieldSpec("notes", tr("ContactForm", "Private notes"), TEXT),
            ],
        ),
    ]


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

        self._build_tabs(groups)
        self._add_notes()
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
        self._load(contact_uuid)

    def _build_tabs(self, groups: dict[str, list[tuple[str, list[FieldSpec]]]]) -> None:
        """The work tab, then the private tabs with their lock colour and banner."""
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

    def _add_notes(self) -> None:
        """Read-only notes under two fields: the subordinates on file, the personality advice."""
        # 下级 on file: the contacts who report to this one (the text field holds the rest)
        self.subordinates_on_file = note_label()
        self.subordinates_on_file.setObjectName("subordinatesOnFile")
        self.binder.editor("subordinates_text").parentWidget().layout().addWidget(  # type: ignore[union-attr]
            self.subordinates_on_file
        )
        self.advice = note_label()
        self.binder.edited.connect(self._edited)
        self.binder.editor("personality").parentWidget().layout().addWidget(self.advice)  # type: ignore[union-attr]

    def _load(self, contact_uuid: str | None) -> None:
        if contact_uuid:
            detail = contact_service.get_contact(self.ctx.db, contact_uuid)
            self.binder.load({n: getattr(detail, n, None) for n in self.binder.names()})
            self.private.setChecked(bool(getattr(detail, "is_private", False)))
            if detail.subordinates:
                sep = "、" if self.ctx.lang.startswith("zh") else ", "
                self.subordinates_on_file.setText(
                    self.tr("On file: {names}").format(names=sep.join(n for _u, n in detail.subordinates))
                )
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
