"""Our own people on a map: who on our side covers whom ("networking":
our sales director ↔ their GM, our technical lead ↔ their technical manager)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services import maps
from kamdesk.services.changes import Changes, Result
from kamdesk.services.maps import MapSnapshot
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op


class OurPersonDialog(QDialog):
    """Pick one of our people (or enter a new one) and tick whom they cover on
    this map; unticking removes that coverage line."""

    def __init__(
        self,
        ctx: AppContext,
        snapshot: MapSnapshot,
        our_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = snapshot
        self.changes = Changes()
        self.setWindowTitle(self.tr("Our people on this map"))
        self.setMinimumWidth(420)
        self.person = QComboBox()
        self.person.setObjectName("ourPerson")
        self.person.addItem(self.tr("New person…"), None)
        for row in maps.list_our_people(ctx.db):
            self.person.addItem(" ".join(x for x in (row.name, row.title) if x), row.uuid)
        self.name = QLineEdit()
        self.name.setObjectName("ourName")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. sales director, technical lead"))
        self.strength = QSpinBox()
        self.strength.setRange(1, 5)
        self.strength.setValue(3)
        self.strength.setToolTip(self.tr("How close: 1 slight … 5 very close"))
        self.covers = QListWidget()
        self.covers.setObjectName("covers")
        for p in snapshot.people:
            item = QListWidgetItem(" ".join(x for x in (p.name, p.title) if x))
            item.setData(Qt.ItemDataRole.UserRole, p.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.covers.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Our person"), self.person)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Closeness"), self.strength)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Covers these people:")))
        layout.addWidget(self.covers)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(self._person_changed)
        if our_uuid is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(our_uuid)))
        self._person_changed()

    def _person_changed(self) -> None:
        uuid = self.person.currentData()
        ours = next((o for o in self.snapshot.our_people if o.uuid == uuid), None)
        covered = {c.stakeholder_uuid: c for c in ours.coverage} if ours else {}
        for row in maps.list_our_people(self.ctx.db):
            if row.uuid == uuid:
                self.name.setText(row.name)
                self.title_edit.setText(row.title or "")
        if uuid is None:
            self.name.clear()
            self.title_edit.clear()
        for i in range(self.covers.count()):
            item = self.covers.item(i)
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in covered else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        out = []
        for i in range(self.covers.count()):
            item = self.covers.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def save(self) -> None:
        uuid, name, title = self.person.currentData(), self.name.text(), self.title_edit.text()
        wanted, strength = set(self.checked()), self.strength.value()

        def write() -> Changes:
            result = maps.save_our_person(self.ctx.db, name, title, uuid=uuid)
            our_uuid = result.value
            changes = result.changes
            ours = next((o for o in self.snapshot.our_people if o.uuid == our_uuid), None)
            for link in ours.coverage if ours else ():
                if link.stakeholder_uuid not in wanted:
                    changes = changes | maps.remove_coverage(self.ctx.db, link.uuid).changes
            for key in wanted:
                changes = changes | maps.set_coverage(self.ctx.db, our_uuid, key, strength=strength).changes
            return changes

        # the changes are the value, not published here: the page publishes them,
        # as their initiator, once it has redrawn the map
        result = run_op(self, self.ctx, lambda: Result(write()), title=self.windowTitle())
        if result is None:
            return
        self.changes = result.value
        self.accept()
