"""Today's reminders, grouped: one line per kind (most pressing first, its
count, red when overdue), the reminders inside it nearest first. A few
reminders show open; 289 read as seven lines, one per kind, until opened.

Each reminder can be opened, planned, done, snoozed (tomorrow, in 3 days,
next Monday) or dismissed; snooze and dismiss also take a whole group. What
was done, snoozed or dismissed is kept on this laptop
(:mod:`kamdesk.services.visits.reminder_state`) and leaves the list.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain import reminder_caps
from kamdesk.domain.reminder_caps import DueReminders
from kamdesk.domain.reminders import Reminder, ReminderKind
from kamdesk.services.changes import Changes
from kamdesk.services.visits.reminder_state import ReminderAction, set_reminder_state
from kamdesk.ui.context import AppContext

log = logging.getLogger(__name__)

_COMMITMENT_KINDS = {ReminderKind.COMMITMENT_DUE, ReminderKind.COMMITMENT_OVERDUE}
_REPORT_KINDS = {ReminderKind.REPORT_DUE, ReminderKind.REPORT_LATE}
_INDEX_ROLE = int(Qt.ItemDataRole.UserRole)
_SORT_ROLE = _INDEX_ROLE + 1
_KIND_ROLE = _INDEX_ROLE + 2
OVERDUE_COLOUR = Qt.GlobalColor.darkRed
#: up to this many reminders the groups open by themselves
FEW = 15


def load_reminders(ctx: AppContext, today: date | None = None) -> list[Reminder]:
    from kamdesk.services.visits.reminders import due_reminders

    today = today or clock.today()
    now = (
        clock.local_now().replace(tzinfo=None) if today == clock.today() else datetime.combine(today, time())
    )
    # the nearest of each kind; the panel says how many more there are
    return due_reminders(ctx.db, today, now=now, limit_per_kind=reminder_caps.LIMIT_PER_KIND)


def _summary_parts(parts: list[str], lang: str) -> str:
    """Counts per kind in the UI language's punctuation."""
    if lang.startswith("zh"):
        return "（" + "，".join(parts) + "）"
    return " (" + ", ".join(parts) + ")"


def _listed_cap(due: DueReminders) -> int:
    """The most listed of any one kind (the cap, when something was left off)."""
    counts: dict[ReminderKind, int] = {}
    for r in due:
        counts[r.kind] = counts.get(r.kind, 0) + 1
    return max(counts.values(), default=0)


class _SortItem(QTreeWidgetItem):
    """Sorts by its sort key (days for "When"), not by its text ("13 days" < "3 days")."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        mine, theirs = self.data(column, _SORT_ROLE), other.data(column, _SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        # (QTreeWidgetItem.__lt__ would call this override again)
        return self.text(column) < other.text(column)


def snooze_days(today: date) -> dict[str, date]:
    """The days a reminder can be snoozed to: tomorrow, in 3 days, next Monday."""
    return {
        "tomorrow": today + timedelta(days=1),
        "three_days": today + timedelta(days=3),
        "next_week": today + timedelta(days=7 - today.weekday()),
    }


class ReminderPanel(QDialog):
    """Today's reminders with actions (non-modal)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(False)
        self.setWindowTitle(self.tr("Reminders"))
        self.resize(760, 460)
        self.reminders: list[Reminder] = []
        self.groups: dict[ReminderKind, QTreeWidgetItem] = {}
        self.summary = QLabel()
        self.summary.setObjectName("reminderSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("reminderTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Who"), self.tr("Detail"), self.tr("When")])
        self.tree.setUniformRowHeights(True)
        # groups in the order of urgency, reminders as they come, until a header is clicked
        self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setSortingEnabled(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.open_selected() if item.parent() else None)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.plan_button = QPushButton(self.tr("Plan visit"))
        self.plan_button.clicked.connect(self.plan_selected)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(
            self.tr("Done: a commitment is marked kept; any other reminder leaves the list")
        )
        self.done_button.clicked.connect(self.mark_selected_done)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for key, text in (
            ("tomorrow", self.tr("Until tomorrow")),
            ("three_days", self.tr("For 3 days")),
            ("next_week", self.tr("Until next Monday")),
        ):
            menu.addAction(text).triggered.connect(lambda _c=False, key=key: self.snooze_selected(key))
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Do not remind me of this again"))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(lambda: self.refresh())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        for b in (
            self.open_button,
            self.plan_button,
            self.done_button,
            self.snooze_button,
            self.dismiss_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addLayout(row)
        self._update_buttons()

    # --- texts ------------------------------------------------------------------------------
    def _when(self, r: Reminder) -> str:
        if r.days == 0:
            return self.tr("today")
        if r.days < 0:
            return self.tr("%n day(s) overdue", "", -r.days)
        return self.tr("in %n day(s)", "", r.days)

    def _detail(self, r: Reminder) -> str:
        if r.kind is ReminderKind.REVISIT_DUE:
            return self.tr("revisit every {n} days").format(n=r.detail)
        if r.kind is ReminderKind.CADENCE_OVERDUE:
            return self.tr("contact every {n} days").format(n=r.detail)
        if r.kind is ReminderKind.PURCHASE_CYCLE:
            return self.tr("orders every {n} days").format(n=r.detail)
        if r.kind is ReminderKind.BIRTHDAY:
            return self.tr("birthday {date} ({account})").format(
                date=r.due_on.strftime("%m-%d"), account=r.detail
            )
        if r.kind in _REPORT_KINDS:
            return self.tr("period {key}, due {date}").format(key=r.detail, date=r.due_on.isoformat())
        return r.detail

    def _subject(self, r: Reminder) -> str:
        if r.kind in _REPORT_KINDS:
            from kamdesk.domain.periods import ReportKind

            kind = next((k for k in ReportKind if k.zh == r.subject), None)
            return kind.label(self.ctx.lang) if kind else r.subject
        return r.subject

    # --- the list ---------------------------------------------------------------------------
    def refresh(self, reminders: list[Reminder] | None = None, today: date | None = None) -> None:
        self.reminders = reminders if reminders is not None else load_reminders(self.ctx, today)
        due = self.reminders if isinstance(self.reminders, DueReminders) else DueReminders(self.reminders)
        self.tree.setSortingEnabled(False)  # rows go in unsorted, then the user's sort applies
        self.tree.clear()
        self.groups = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        present = {r.kind for r in self.reminders}
        for rank, kind in enumerate(k for k in ReminderKind if k in present):  # most pressing first
            group: QTreeWidgetItem = _SortItem()
            group.setData(0, _KIND_ROLE, kind.code)
            for c in range(3):  # whatever column sorts, the groups keep their urgency order
                group.setData(c, _SORT_ROLE, rank)
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            self.groups[kind] = group
        # within a kind the most overdue first
        for index in sorted(range(len(self.reminders)), key=lambda i: (self.reminders[i].days, i)):
            r = self.reminders[index]
            group = self.groups[r.kind]
            item = _SortItem([self._subject(r), self._detail(r), self._when(r)])
            for c in range(3):
                item.setData(c, _INDEX_ROLE, index)
            item.setData(2, _SORT_ROLE, r.days)
            item.setToolTip(1, self._detail(r))
            if r.days < 0:
                for c in range(3):
                    item.setForeground(c, OVERDUE_COLOUR)
            group.addChild(item)
        for kind, group in self.groups.items():
            listed = group.childCount()
            total = due.totals.get(kind, listed)
            overdue = any(getattr(self.reminder_of(group.child(i)), "days", 0) < 0 for i in range(listed))
            text = f"{kind.label(self.ctx.lang)} · {total:,}"
            if total > listed:
                text += "  " + self.tr("(the nearest %n listed)", "", listed)
            group.setText(0, text)
            if overdue:
                group.setForeground(0, OVERDUE_COLOUR)
        # a few reminders are shown open; many read as one line per kind until opened
        few = len(self.reminders) <= FEW
        for group in self.groups.values():
            group.setExpanded(few)
        self.tree.setSortingEnabled(True)
        self._summarise(due)
        self._update_buttons()

    def _summarise(self, due: DueReminders) -> None:
        if not self.reminders:
            self.summary.setText(self.tr("Nothing due today."))
            return
        counts = dict(sorted(due.totals.items(), key=lambda kv: list(ReminderKind).index(kv[0])))
        parts = [f"{k.label(self.ctx.lang)} {n:,}" for k, n in counts.items()]
        text = self.tr("%n reminder(s) for today", "", due.total()) + _summary_parts(parts, self.ctx.lang)
        hidden = due.total() - len(due)
        if hidden > 0:
            text += "\n" + self.tr(
                "The nearest %n of each kind are listed, and {more} more.", "", _listed_cap(due)
            ).format(more=f"{hidden:,}")
        self.summary.setText(text)

    def on_hub_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches(
            "commitment", "visit", "account", "contact", "report", "reminder"
        ):
            self.refresh()

    # --- selection ----------------------------------------------------------------------------
    def reminder_of(self, item: QTreeWidgetItem | None) -> Reminder | None:
        index = item.data(0, _INDEX_ROLE) if item is not None else None
        return self.reminders[index] if isinstance(index, int) and 0 <= index < len(self.reminders) else None

    def item_of(self, reminder: Reminder) -> QTreeWidgetItem | None:
        """The tree line of ``reminder`` (tests and keyboard users select it)."""
        group = self.groups.get(reminder.kind)
        for i in range(group.childCount() if group is not None else 0):
            child = group.child(i)  # type: ignore[union-attr]
            if self.reminder_of(child) is reminder:
                return child
        return None

    def select(self, reminder: Reminder) -> None:
        item = self.item_of(reminder)
        if item is not None:
            parent = item.parent()
            if parent is not None:
                parent.setExpanded(True)
            self.tree.setCurrentItem(item)

    def selected(self) -> Reminder | None:
        return self.reminder_of(self.tree.currentItem())

    def selected_group(self) -> list[Reminder]:
        """The reminders a group line stands for (its listed ones), or the selected one."""
        item = self.tree.currentItem()
        if item is None:
            return []
        if item.parent() is None:
            return [r for i in range(item.childCount()) if (r := self.reminder_of(item.child(i))) is not None]
        r = self.reminder_of(item)
        return [r] if r is not None else []

    def _update_buttons(self) -> None:
        r = self.selected()
        self.open_button.setEnabled(r is not None and (r.account_uuid is not None or r.kind in _REPORT_KINDS))
        self.plan_button.setEnabled(r is not None and r.account_uuid is not None)
        self.done_button.setEnabled(r is not None)
        some = bool(self.selected_group())
        self.snooze_button.setEnabled(some)
        self.dismiss_button.setEnabled(some)

    # --- actions ---------------------------------------------------------------------------
    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        if r.kind in _REPORT_KINDS:
            self.ctx.hub.navigate.emit("reports", "")
        elif r.account_uuid:
            self.ctx.hub.navigate.emit("accounts", r.account_uuid)

    def plan_selected(self) -> None:
        r = self.selected()
        if r is not None and r.account_uuid:
            self.ctx.hub.navigate.emit("visits", r.account_uuid)

    def mark_selected_done(self) -> None:
        """A commitment is marked kept (on its record); any other reminder is
        marked done here and leaves the list until it falls due again."""
        from kamdesk.services.visits import set_commitment_done

        r = self.selected()
        if r is None:
            return
        if r.kind in _COMMITMENT_KINDS and r.ref_uuid is not None:
            changes = set_commitment_done(self.ctx.db, r.ref_uuid, clock.today()).changes
        else:
            changes = set_reminder_state(self.ctx.db, [r.key], ReminderAction.DONE).changes
        self.ctx.hub.publish(changes)
        self.refresh()

    #: the name it had when only commitments could be done
    mark_selected_kept = mark_selected_done

    def snooze_selected(self, until: str) -> None:
        chosen = self.selected_group()
        if not chosen:
            return
        day = snooze_days(clock.today())[until]
        result = set_reminder_state(self.ctx.db, [r.key for r in chosen], ReminderAction.SNOOZED, until=day)
        self.ctx.hub.publish(result.changes)
        self.refresh()

    def dismiss_selected(self) -> None:
        chosen = self.selected_group()
        if not chosen:
            return
        result = set_reminder_state(self.ctx.db, [r.key for r in chosen], ReminderAction.DISMISSED)
        self.ctx.hub.publish(result.changes)
        self.refresh()
