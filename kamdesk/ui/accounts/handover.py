"""Hand accounts over to another rep (all history stays with the accounts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services import accounts as account_service
from kamdesk.ui.accounts.form.layout import note_label
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages


class HandOverDialog(QDialog):
    """Pick accounts (pre-filled with the list's selection) and the new rep."""

    def __init__(
        self, ctx: AppContext, accounts: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moved = 0
        self.setWindowTitle(self.tr("Hand over accounts"))
        self.resize(480, 440)
        self.list = QListWidget()
        self.list.setObjectName("handoverAccounts")
        for uuid, name in accounts:
            self._add_item(uuid, name)
        add = QPushButton(self.tr("Add accounts…"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(
            lambda: [self.list.takeItem(self.list.row(i)) for i in self.list.selectedItems()]
        )
        self.rep = QComboBox()
        self.rep.setObjectName("handoverRep")
        for rep in account_service.list_reps(ctx.db, include_inactive=False):
            label = rep.name + (f"（{rep.region}）" if rep.region else "")
            if rep.is_me:
                label += self.tr(" — me")
            self.rep.addItem(label, rep.uuid)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Give to"), self.rep)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        lay.addLayout(form)
        lay.addWidget(
            note_label(
                self.tr(
                    "The accounts, their open opportunities and planned visits move to the new rep; "
                    "logged contacts, done visits and closed opportunities keep who did them."
                )
            )
        )
        lay.addWidget(buttons)

    def _add_item(self, uuid: str, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == uuid:
                return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, uuid)
        self.list.addItem(item)

    def _add(self) -> None:
        from kamdesk.ui.accounts.picker import AccountPicker

        for uuid, name in AccountPicker(self.ctx, self, multi=True).pick():
            self._add_item(uuid, name)

    def account_uuids(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def run(self) -> None:
        uuids = self.account_uuids()
        rep = self.rep.currentData()
        if not uuids or rep is None:
            messages.show_error(self, self.windowTitle(), self.tr("Choose at least one account and the rep."))
            return
        result = run_op(
            self,
            self.ctx,
            lambda: account_service.hand_over(self.ctx.db, uuids, rep),
            title=self.windowTitle(),
        )
        if result is None:
            return
        self.moved = int(result.value)
        self.accept()
