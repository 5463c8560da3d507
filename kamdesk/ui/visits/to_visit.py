"""The visits page's "Accounts to visit" box: accounts due a revisit or a
contact, filtered by name, each planned with a double click or the button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.reminders import ReminderKind
from kamdesk.store.db import Database

#: item data roles: the account's uuid and its name
UUID_ROLE = 256
NAME_ROLE = 257


class ToVisitBox(QGroupBox):
    """``plan_requested(account_uuid)`` when the rep asks to plan a visit."""

    plan_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Accounts to visit"))
        lay = QVBoxLayout(self)
        self.todo = QListWidget()
        self.todo.setObjectName("toVisitList")
        self.todo.itemDoubleClicked.connect(lambda item: self.plan_requested.emit(item.data(UUID_ROLE)))
        self.todo_plan = QPushButton(self.tr("Plan visit"))
        self.todo_plan.clicked.connect(self.plan_current)
        self.todo_filter = QLineEdit()
        self.todo_filter.setObjectName("toVisitFilter")
        self.todo_filter.setPlaceholderText(self.tr("Filter by account name"))
        self.todo_filter.setClearButtonEnabled(True)
        self.todo_filter.textChanged.connect(lambda _t: self._filter())
        lay.addWidget(self.todo_filter)
        lay.addWidget(self.todo)
        lay.addWidget(self.todo_plan)

    def refresh(self, db: Database) -> None:
        from kamdesk.services.visits.reminders import accounts_to_visit

        self.todo.clear()
        for s in accounts_to_visit(db, clock.today()):
            if s.reason is ReminderKind.REVISIT_DUE:
                why = self.tr("revisit every {n} days").format(n=s.interval_days)
            else:
                why = self.tr("contact every {n} days").format(n=s.interval_days)
            when = (
                self.tr("%n day(s) overdue", "", -s.days)
                if s.days < 0
                else (self.tr("due today") if s.days == 0 else self.tr("due in %n day(s)", "", s.days))
            )
            item = QListWidgetItem(f"{s.account_name}\n{why} · {when}")
            item.setData(UUID_ROLE, s.account_uuid)
            item.setData(NAME_ROLE, s.account_name)
            self.todo.addItem(item)
        self._filter()

    def _filter(self) -> None:
        """Show only the accounts whose name holds the filter text (any case)."""
        needle = self.todo_filter.text().strip().casefold()
        shown = 0
        for i in range(self.todo.count()):
            item = self.todo.item(i)
            hide = bool(needle) and needle not in str(item.data(NAME_ROLE) or "").casefold()
            item.setHidden(hide)
            shown += not hide
        self.todo_plan.setEnabled(shown > 0)

    def plan_current(self) -> None:
        """Plan the current account, or the first one shown."""
        current: QListWidgetItem | None = self.todo.currentItem()
        if current is not None and current.isHidden():
            current = None
        visible = [self.todo.item(i) for i in range(self.todo.count()) if not self.todo.item(i).isHidden()]
        item = current or (visible[0] if visible else None)
        if item is not None:
            self.plan_requested.emit(item.data(UUID_ROLE))
