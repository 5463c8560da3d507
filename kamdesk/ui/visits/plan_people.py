"""The visit plan's People tab: the account's contacts and our people to
tick, and others not on file by name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kamdesk.domain.visits import Side
from kamdesk.services import visits as svc
from kamdesk.ui.visits.fields import error_label, with_detail


def _checkable(text: str, uuid: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, uuid)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    return item


def _check(items: QListWidget, uuids: set[str], checked: bool = True) -> None:
    for i in range(items.count()):
        item = items.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in uuids:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _checked(items: QListWidget) -> list[str]:
    return [
        items.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(items.count())
        if items.item(i).checkState() == Qt.CheckState.Checked
    ]


class PeopleTab(QWidget):
    """Who takes part; ``changed`` when a contact is ticked or unticked."""

    changed = Signal()

    def __init__(
        self, lang: str, ours: list[svc.Choice], errors: dict[str, QLabel], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(self.tr("Their people (contacts of this account; current attitude in brackets)"))
        )
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactsList")
        self.contacts.itemChanged.connect(lambda _i: self.changed.emit())
        lay.addWidget(self.contacts, 2)
        lay.addWidget(error_label(errors, "attendees"))
        lay.addWidget(QLabel(self.tr("Our people")))
        self.ours = QListWidget()
        self.ours.setObjectName("oursList")
        lay.addWidget(self.ours, 1)
        for choice in ours:
            self.ours.addItem(_checkable(with_detail(choice.name, choice.detail, lang), choice.uuid))
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Others not on file, separated by commas (their side)"))
        lay.addWidget(self.others)

    def set_contacts(self, contacts: list[svc.Choice], attitudes: dict[str, str | None]) -> None:
        """The account's contacts, each with its current attitude (if any)."""
        self.contacts.clear()
        for c in contacts:
            text = c.name + ((("，" if self.lang.startswith("zh") else ", ") + c.detail) if c.detail else "")
            if attitudes.get(c.uuid):
                text += f"  [{attitudes[c.uuid]}]"
            self.contacts.addItem(_checkable(text, c.uuid))

    def check_contact(self, contact_uuid: str, checked: bool = True) -> None:
        _check(self.contacts, {contact_uuid}, checked)

    def load(self, attendees: list[svc.AttendeeView] | tuple[svc.AttendeeView, ...]) -> None:
        _check(self.contacts, {a.contact_uuid for a in attendees if a.contact_uuid})
        _check(self.ours, {a.our_person_uuid for a in attendees if a.our_person_uuid})
        self.others.setText(
            ", ".join(a.name for a in attendees if not a.contact_uuid and not a.our_person_uuid)
        )

    def attendees(self) -> list[svc.AttendeeInput]:
        attendees = [svc.AttendeeInput(Side.THEM, contact_uuid=uuid) for uuid in _checked(self.contacts)]
        for name in self.others.text().replace("，", ",").replace("、", ",").split(","):
            if name.strip():
                attendees.append(svc.AttendeeInput(Side.THEM, name=name.strip()))
        attendees += [svc.AttendeeInput(Side.US, our_person_uuid=uuid) for uuid in _checked(self.ours)]
        return attendees
