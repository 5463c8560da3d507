"""Add or edit a person on a map: every stakeholder field, with the seed's
advice for the chosen personality and the MAN guidance shown as you choose.

The dialog calls the service itself on OK; a refused field is shown in red
under the form and the dialog stays open with everything typed kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.insights import person_man_guidance
from kamdesk.domain.stakeholders import (
    Attitude,
    AttitudeStep,
    BuyingRole,
    Personality,
    RelationshipKind,
    RelationshipLevel,
    Stance,
)
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import maps
from kamdesk.services.changes import Changes
from kamdesk.services.maps import ContactInput, MapPerson, MapSnapshot, StakeholderInput
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets.coded import CodeCombo

ATTITUDE_CODES: tuple[str, ...] = tuple(
    a.code + s.code for a in Attitude for s in (AttitudeStep.PLUS, AttitudeStep.NONE, AttitudeStep.MINUS)
)


class TriState(QComboBox):
    """Unknown / yes / no, for the MAN flags."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("unknown"), None)
        self.addItem(self.tr("yes"), True)
        self.addItem(self.tr("no"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data is None else bool(data)

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


class PersonDialog(QDialog):
    """``PersonDialog(ctx, snapshot, person=None)``: ``person`` None adds a new
    person (an existing contact of the account or a new one). After ``exec``,
    ``changes`` holds what was saved and ``warnings`` any warning."""

    def __init__(
        self,
        ctx: AppContext,
        snapshot: MapSnapshot,
        person: MapPerson | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = snapshot
        self.person = person
        self.changes = Changes()
        self.warnings: tuple[str, ...] = ()
        self.saved_uuid: str | None = None
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=person.name) if person else self.tr("Add a person to the map")
        )
        self.setMinimumWidth(620)
        who = self._build_who()
        role = self._build_on_map()
        man = self._build_man()

        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes on this person for this map"))
        self.notes.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(man)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(role)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if person is not None:
            self._load(person)
        self._start_hints()
        # at least what the layout needs: a fixed 620 px squeezed the labels in English
        self.setMinimumWidth(max(620, layout.minimumSize().width()))

    # -- building --------------------------------------------------------------------------------
    def _build_who(self) -> QGroupBox:
        """A contact on file or a new one (adding), or the person's contact fields (editing)."""
        person, snapshot, ctx = self.person, self.snapshot, self.ctx
        who = QGroupBox(self.tr("Person"))
        who_form = QFormLayout(who)
        self.mode_existing = QRadioButton(self.tr("A contact on file"))
        self.mode_new = QRadioButton(self.tr("A new contact"))
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.mode_existing)
        self._mode.addButton(self.mode_new)
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("contactCombo")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.title_edit = QLineEdit()
        self.department = QLineEdit()
        self.mobile = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        if person is None:
            options = maps.available_contacts(ctx.db, snapshot.uuid)
            for option in options:
                label = " ".join(x for x in (option.name, option.department, option.title) if x)
                self.contact_combo.addItem(label, option.uuid)
            row = QHBoxLayout()
            row.addWidget(self.mode_existing)
            row.addWidget(self.mode_new)
            row.addStretch(1)
            who_form.addRow(row)
            who_form.addRow(self.tr("Contact"), self.contact_combo)
            self.mode_existing.setEnabled(bool(options))
            (self.mode_existing if options else self.mode_new).setChecked(True)
            self.mode_existing.toggled.connect(self._mode_changed)
        else:
            self.name.setText(person.name)
            self.title_edit.setText(person.title or "")
            self.department.setText(person.department or "")
            self.mobile.setText(person.mobile or "")
            self.phone.setText(person.phone or "")
            self.email.setText(person.email or "")
        who_form.addRow(self.tr("Name"), self.name)
        who_form.addRow(self.tr("Title"), self.title_edit)
        who_form.addRow(self.tr("Department"), self.department)
        who_form.addRow(self.tr("Mobile"), self.mobile)
        who_form.addRow(self.tr("Phone"), self.phone)
        who_form.addRow(self.tr("E-mail"), self.email)
        return who

    def _build_on_map(self) -> QGroupBox:
        """Role, attitude, stance, influence, relationship, personality and boss."""
        person, snapshot, lang = self.person, self.snapshot, self.ctx.lang
        role = QGroupBox(self.tr("On the map"))
        form = QFormLayout(role)
        self.role = CodeCombo(BuyingRole, lang=lang, blank=True, show_code=False)
        self.role.setObjectName("role")
        self.attitude = QComboBox()
        self.attitude.setObjectName("attitude")
        self.attitude.addItem(self.tr("not rated"), None)
        for code in ATTITUDE_CODES:
            self.attitude.addItem(f"{code} {Attitude.parse(code[0]).label(lang)}", code)  # type: ignore[union-attr]
        self.attitude_note = QLineEdit()
        self.attitude_note.setPlaceholderText(self.tr("why it changed (kept in the history)"))
        self.stance = CodeCombo(Stance, lang=lang, show_code=False)
        self.influence = QDoubleSpinBox()
        self.influence.setObjectName("influence")
        self.influence.setRange(-1, 100)
        self.influence.setSpecialValueText(self.tr("not set"))
        self.influence.setDecimals(1)
        self.influence.setSuffix(" %")
        self.influence.setValue(-1)
        self.weights_hint = QLabel()
        self.weights_hint.setWordWrap(True)
        self.level = CodeCombo(RelationshipLevel, lang=lang, blank=True)
        self.kind = CodeCombo(RelationshipKind, lang=lang, blank=True, show_code=False)
        self.personality = CodeCombo(Personality, lang=lang, blank=True, show_code=False)
        self.personality.setObjectName("personality")
        self.advice = QLabel()
        self.advice.setObjectName("personalityAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: #2c5d8a;")
        self.reports_to = QComboBox()
        self.reports_to.setObjectName("reportsTo")
        self.reports_to.addItem(self.tr("nobody on this map"), None)
        for other in snapshot.people:
            if person is None or other.uuid != person.uuid:
                self.reports_to.addItem(" ".join(x for x in (other.name, other.title) if x), other.uuid)
        form.addRow(self.tr("Buying role"), self.role)
        form.addRow(self.tr("Attitude"), self.attitude)
        form.addRow(self.tr("Attitude note"), self.attitude_note)
        form.addRow(self.tr("Stance"), self.stance)
        form.addRow(self.tr("Influence weight"), self.influence)
        form.addRow("", self.weights_hint)
        form.addRow(self.tr("Relationship depth"), self.level)
        form.addRow(self.tr("Relationship kind"), self.kind)
        form.addRow(self.tr("Personality"), self.personality)
        form.addRow("", self.advice)
        form.addRow(self.tr("Reports to"), self.reports_to)
        return role

    def _build_man(self) -> QGroupBox:
        """Money, authority and need, with the seed's guidance for the three."""
        man = QGroupBox(self.tr("MAN qualification"))
        man_form = QFormLayout(man)
        self.man_money = TriState()
        self.man_money.setObjectName("manMoney")
        self.man_authority = TriState()
        self.man_authority.setObjectName("manAuthority")
        self.man_need = TriState()
        self.man_need.setObjectName("manNeed")
        self.man_guidance = QLabel()
        self.man_guidance.setObjectName("manGuidance")
        self.man_guidance.setWordWrap(True)
        self.man_guidance.setStyleSheet("color: #2c5d8a;")
        man_form.addRow(self.tr("Money (budget)"), self.man_money)
        man_form.addRow(self.tr("Authority to decide"), self.man_authority)
        man_form.addRow(self.tr("Need"), self.man_need)
        man_form.addRow("", self.man_guidance)
        return man

    def _load(self, p: MapPerson) -> None:
        self.role.set_code(p.role)
        index = self.attitude.findData(p.attitude.code if p.attitude else None)
        self.attitude.setCurrentIndex(max(0, index))
        self.stance.set_code(p.stance)
        self.influence.setValue(-1 if p.influence_pct is None else p.influence_pct)
        self.level.set_code(p.relationship_level)
        self.kind.set_code(p.relationship_kind)
        self.personality.set_code(p.personality)
        self.reports_to.setCurrentIndex(max(0, self.reports_to.findData(p.reports_to)))
        self.man_money.set_value(p.man_money)
        self.man_authority.set_value(p.man_authority)
        self.man_need.set_value(p.man_need)
        self.notes.setPlainText(p.notes or "")

    # -- live hints ------------------------------------------------------------------------------
    def _start_hints(self) -> None:
        """Advice, MAN guidance and the weights' sum follow what is chosen, from now on."""
        self.personality.currentIndexChanged.connect(self._update_advice)
        for combo in (self.man_money, self.man_authority, self.man_need):
            combo.currentIndexChanged.connect(self._update_man)
        self.influence.valueChanged.connect(self._update_weights)
        self._update_advice()
        self._update_man()
        self._update_weights()
        self._mode_changed()

    def _mode_changed(self) -> None:
        if self.person is not None:
            return
        existing = self.mode_existing.isChecked()
        self.contact_combo.setEnabled(existing)
        for edit in (self.name, self.title_edit, self.department, self.mobile, self.phone, self.email):
            edit.setEnabled(not existing)

    def _update_advice(self) -> None:
        personality = self.personality.code()
        self.advice.setText(personality.advice(self.ctx.lang) if personality else "")

    def _update_man(self) -> None:
        guidance = person_man_guidance(
            self.man_money.value(), self.man_authority.value(), self.man_need.value()
        )
        if guidance is None:
            self.man_guidance.setText(self.tr("Find out all three to get the guidance."))
        else:
            self.man_guidance.setText(f"{guidance.code}: {guidance.label(self.ctx.lang)}")

    def _influence(self) -> float | None:
        value = self.influence.value()
        return None if value < 0 else value

    def _update_weights(self) -> None:
        others = sum(
            p.influence_pct or 0.0
            for p in self.snapshot.people
            if self.person is None or p.uuid != self.person.uuid
        )
        total = others + (self._influence() or 0.0)
        self.weights_hint.setText(
            self.tr("Weights on this map add up to {total}% with this person.").format(total=f"{total:g}")
        )
        colour = "#2e7d32" if abs(total - 100) <= 0.5 else "#b9770e"
        self.weights_hint.setStyleSheet(f"color: {colour};")

    # -- saving ----------------------------------------------------------------------------------

    def input(self) -> StakeholderInput:
        return StakeholderInput(
            role=self.role.code(),
            attitude=self.attitude.currentData(),
            stance=self.stance.code() or Stance.UNKNOWN,
            influence_pct=self._influence(),
            relationship_level=self.level.code(),
            relationship_kind=self.kind.code(),
            personality=self.personality.code(),
            man_money=self.man_money.value(),
            man_authority=self.man_authority.value(),
            man_need=self.man_need.value(),
            notes=self.notes.toPlainText(),
            attitude_note=self.attitude_note.text(),
        )

    def contact_input(self) -> ContactInput:
        return ContactInput(
            name=self.name.text(),
            title=self.title_edit.text(),
            department=self.department.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            email=self.email.text(),
        )

    def save(self) -> None:
        data = self.input()
        reports_to = self.reports_to.currentData()
        try:
            if self.person is None:
                existing = self.mode_existing.isChecked()
                result = maps.add_stakeholder(
                    self.ctx.db,
                    self.snapshot.uuid,
                    data,
                    contact_uuid=self.contact_combo.currentData() if existing else None,
                    new_contact=None if existing else self.contact_input(),
                    reports_to=reports_to,
                )
            else:
                result = maps.update_stakeholder(
                    self.ctx.db, self.person.uuid, data, contact=self.contact_input(), reports_to=reports_to
                )
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except UserError as exc:
            self._show_errors({"": str(exc)})
            return
        self.changes = result.changes
        self.warnings = result.value.warnings
        self.saved_uuid = result.value.uuid
        self.accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        labels = {
            "name": self.tr("Name"),
            "attitude": self.tr("Attitude"),
            "influence_pct": self.tr("Influence weight"),
            "reports_to": self.tr("Reports to"),
            "contact": self.tr("Contact"),
        }
        lines = [f"{labels.get(k, k)}: {v}" if k else v for k, v in errors.items()]
        self.error.setText("\n".join(lines))
        self.error.show()
        field = {
            "name": self.name,
            "influence_pct": self.influence,
            "attitude": self.attitude,
            "reports_to": self.reports_to,
        }
        for key in errors:
            if key in field:
                field[key].setFocus(Qt.FocusReason.OtherFocusReason)
                break
