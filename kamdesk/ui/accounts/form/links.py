"""Related parties (往来单位): this account's upstream, downstream and peer
counterparties."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.grading import LinkKind
from kamdesk.services import accounts as account_service
from kamdesk.ui.accounts.form.layout import note_label
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.coded import CodeCombo

_INVERSE = {
    LinkKind.UPSTREAM: LinkKind.DOWNSTREAM,
    LinkKind.DOWNSTREAM: LinkKind.UPSTREAM,
    LinkKind.PEER: LinkKind.PEER,
}


def seen_from_here(link: account_service.LinkRow) -> LinkKind:
    """What the other account is to this one (a link stored the other way
    round reads inverted: their downstream is our upstream)."""
    return link.kind if link.outgoing else _INVERSE[link.kind]


class LinkDialog(QDialog):
    def __init__(self, ctx: AppContext, account_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid = account_uuid
        self.other: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Link a related party"))
        self.kind: CodeCombo[LinkKind] = CodeCombo(LinkKind, lang=ctx.lang, show_code=False)
        self.other_label = QLabel(self.tr("(none chosen)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.other_label, 1)
        row.addWidget(choose)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("The other party"), row)
        form.addRow(self.tr("is our"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def _choose(self) -> None:
        from kamdesk.ui.accounts.picker import AccountPicker

        chosen = AccountPicker(self.ctx, self, exclude={self.account_uuid}).pick()
        if chosen:
            self.other = chosen[0]
            self.other_label.setText(chosen[0][1])

    def save(self) -> None:
        if self.other is None:
            messages.show_error(self, self.windowTitle(), self.tr("Choose the other party first."))
            return
        other = self.other[0]
        result = run_op(
            self,
            self.ctx,
            lambda: account_service.link_accounts(
                self.ctx.db, self.account_uuid, other, self.kind.code() or LinkKind.PEER, self.note.text()
            ),
            title=self.windowTitle(),
            invalid=lambda exc: messages.show_error(self, self.windowTitle(), "\n".join(exc.errors.values())),
        )
        if result is not None:
            self.accept()


class LinksTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid: str | None = None
        self._links: list[account_service.LinkRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("linksTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Related as"), self.tr("Account"), self.tr("Kind"), self.tr("Note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._open())
        add = QPushButton(self.tr("Add link…"))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Remove link"))
        remove.clicked.connect(self._remove)
        open_button = QPushButton(self.tr("Open account"))
        open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(
            note_label(self.tr("Upstream: who supplies them; downstream: whom they sell to; peers.")), 1
        )
        for b in (add, remove, open_button):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(row)
        lay.addWidget(self.table, 1)

    def set_account(self, uuid: str | None) -> None:
        self.account_uuid = uuid
        self.refresh()

    def refresh(self) -> None:
        self._links = account_service.list_links(self.ctx.db, self.account_uuid) if self.account_uuid else []
        lang = self.ctx.lang
        self.table.setRowCount(len(self._links))
        for i, link in enumerate(self._links):
            items = [
                seen_from_here(link).label(lang),
                link.other_name,
                link.other_kind.label(lang) if link.other_kind else "",
                link.note or "",
            ]
            for j, text in enumerate(items):
                self.table.setItem(i, j, QTableWidgetItem(text))
        for column, width in enumerate((80, 240, 90)):
            self.table.setColumnWidth(column, width)

    def _current(self) -> account_service.LinkRow | None:
        row = self.table.currentRow()
        return self._links[row] if 0 <= row < len(self._links) else None

    def _add(self) -> None:
        if self.account_uuid and LinkDialog(self.ctx, self.account_uuid, self).exec():
            self.refresh()

    def _remove(self) -> None:
        link = self._current()
        if link is None:
            return
        result = account_service.unlink(self.ctx.db, link.uuid)
        self.ctx.hub.publish(result.changes)
        self.refresh()

    def _open(self) -> None:
        link = self._current()
        if link is not None:
            self.ctx.hub.navigate.emit("accounts", link.other_uuid)
