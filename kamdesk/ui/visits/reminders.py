"""Reminders at start and while running: commitments due, revisits, accounts
past their cadence, purchase cycles, birthdays, reports due.

``show_startup_reminders(ctx, parent)`` is called by the shell once the main
window shows: it opens a non-modal panel when anything is due and starts a
:class:`ReminderWatcher` that re-checks every hour (and when the date rolls
over) and announces new reminders in the tray or the status bar.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSystemTrayIcon,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.reminders import LIMIT_PER_KIND, DueReminders, Reminder, ReminderKind
from kamdesk.services.changes import Changes
from kamdesk.ui.context import AppContext

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly

_ACCOUNT_KINDS = {ReminderKind.REVISIT_DUE, ReminderKind.CADENCE_OVERDUE, ReminderKind.PURCHASE_CYCLE}
_COMMITMENT_KINDS = {ReminderKind.COMMITMENT_DUE, ReminderKind.COMMITMENT_OVERDUE}


def load_reminders(ctx: AppContext, today: date | None = None) -> list[Reminder]:
    from kamdesk.services.visits.reminders import due_reminders

    today = today or clock.today()
    now = clock.local_now().replace(tzinfo=None) if today == clock.today() else datetime.combine(today, time())
    # the nearest of each kind; the panel says how many more there are
    return due_reminders(ctx.db, today, now=now, limit_per_kind=LIMIT_PER_KIND)


_INDEX_ROLE = int(Qt.ItemDataRole.UserRole)
_SORT_ROLE = _INDEX_ROLE + 1


class _SortItem(QTableWidgetItem):
    """Sorts by its sort key (days for "When"), not by its text ("13 days" < "3 days")."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(_SORT_ROLE), other.data(_SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


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


class ReminderPanel(QDialog):
    """Today's reminders with actions (non-modal)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(False)
        self.setWindowTitle(self.tr("Reminders"))
        self.resize(720, 420)
        self.reminders: list[Reminder] = []
        self.summary = QLabel()
        self.summary.setObjectName("reminderSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        # in the order they come (most overdue first) until a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setObjectName("reminderTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Detail"), self.tr("When")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.plan_button = QPushButton(self.tr("Plan visit"))
        self.plan_button.clicked.connect(self.plan_selected)
        self.done_button = QPushButton(self.tr("Mark kept"))
        self.done_button.clicked.connect(self.mark_selected_kept)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(lambda: self.refresh())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        for b in (self.open_button, self.plan_button, self.done_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self._update_buttons()

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
        if r.kind in (ReminderKind.REPORT_DUE, ReminderKind.REPORT_LATE):
            return self.tr("period {key}, due {date}").format(key=r.detail, date=r.due_on.isoformat())
        return r.detail

    def refresh(self, reminders: list[Reminder] | None = None, today: date | None = None) -> None:
        self.reminders = reminders if reminders is not None else load_reminders(self.ctx, today)
        self.table.setSortingEnabled(False)  # rows go in unsorted, then the user's sort applies
        self.table.setRowCount(0)
        for index, r in enumerate(self.reminders):
            i = self.table.rowCount()
            self.table.insertRow(i)
            subject = r.subject
            if r.kind in (ReminderKind.REPORT_DUE, ReminderKind.REPORT_LATE):
                from kamdesk.domain.periods import ReportKind

                kind = next((k for k in ReportKind if k.zh == r.subject), None)
                subject = kind.label(self.ctx.lang) if kind else r.subject
            cells = [r.kind.label(self.ctx.lang), subject, self._detail(r), self._when(r)]
            for c, text in enumerate(cells):
                item = _SortItem(text)
                item.setData(_INDEX_ROLE, index)
                if c == 3:
                    item.setData(_SORT_ROLE, r.days)
                if r.days < 0:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, c, item)
        self.table.setSortingEnabled(True)
        if self.reminders:
            # per kind as many as are due, listed or not (the service caps the list)
            due = self.reminders if isinstance(self.reminders, DueReminders) else DueReminders(self.reminders)
            counts = dict(sorted(due.totals.items(), key=lambda kv: list(ReminderKind).index(kv[0])))
            parts = [f"{k.label(self.ctx.lang)} {n:,}" for k, n in counts.items()]
            text = self.tr("%n reminder(s) for today", "", due.total()) + _summary_parts(parts, self.ctx.lang)
            hidden = due.total() - len(due)
            if hidden > 0:
                text += "\n" + self.tr(
                    "The nearest %n of each kind are listed, and {more} more.", "", _listed_cap(due)
                ).format(more=f"{hidden:,}")
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("Nothing due today."))
        self._update_buttons()

    def on_hub_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.touches("commitment", "visit", "account", "contact", "report"):
            self.refresh()

    def selected(self) -> Reminder | None:
        item = self.table.item(self.table.currentRow(), 0)
        index = item.data(_INDEX_ROLE) if item is not None else None
        return self.reminders[index] if isinstance(index, int) and 0 <= index < len(self.reminders) else None

    def _update_buttons(self) -> None:
        r = self.selected()
        self.open_button.setEnabled(
            r is not None
            and (r.account_uuid is not None or r.kind in (ReminderKind.REPORT_DUE, ReminderKind.REPORT_LATE))
        )
        self.plan_button.setEnabled(r is not None and r.account_uuid is not None)
        self.done_button.setEnabled(r is not None and r.kind in _COMMITMENT_KINDS)

    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        if r.kind in (ReminderKind.REPORT_DUE, ReminderKind.REPORT_LATE):
            self.ctx.hub.navigate.emit("reports", "")
        elif r.account_uuid:
            self.ctx.hub.navigate.emit("accounts", r.account_uuid)

    def plan_selected(self) -> None:
        r = self.selected()
        if r is not None and r.account_uuid:
            self.ctx.hub.navigate.emit("visits", r.account_uuid)

    def mark_selected_kept(self) -> None:
        from kamdesk.services.visits import set_commitment_done

        r = self.selected()
        if r is None or r.kind not in _COMMITMENT_KINDS or r.ref_uuid is None:
            return
        result = set_commitment_done(self.ctx.db, r.ref_uuid, clock.today())
        self.ctx.hub.publish(result.changes)
        self.refresh()


class ReminderWatcher(QObject):
    """Re-checks reminders on a timer; emits the ones not seen before."""

    new_reminders = Signal(list)

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, interval_ms: int = CHECK_INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self, initial: list[Reminder] | None = None) -> None:
        if initial is not None:
            self.seen.update(r.key for r in initial)
        self.timer.start()

    def check(self, today: date | None = None) -> list[Reminder]:
        try:
            current = load_reminders(self.ctx, today)
        except Exception:  # a locked or closed store must not kill the timer
            log.warning("reminder check failed", exc_info=True)
            return []
        new = [r for r in current if r.key not in self.seen]
        self.seen.update(r.key for r in new)
        if new:
            self.new_reminders.emit(new)
        return new


def _announce(parent: QWidget | None, panel: ReminderPanel, new: list[Reminder]) -> None:
    text = (
        panel.tr("%n new reminder(s)", "", len(new))
        + ": "
        + ("、" if panel.ctx.lang.startswith("zh") else ", ").join(r.subject for r in new[:3])
    )
    window = parent.window() if parent is not None else None
    if QSystemTrayIcon.isSystemTrayAvailable() and window is not None:
        tray = getattr(window, "_kamdesk_tray", None)
        if tray is None:
            tray = QSystemTrayIcon(window.windowIcon(), window)
            window._kamdesk_tray = tray  # type: ignore[attr-defined]
            tray.messageClicked.connect(panel.show)
            tray.show()
        tray.showMessage(panel.tr("KAMdesk reminders"), text)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 60_000)
    if panel.isVisible():
        panel.refresh()


def show_startup_reminders(
    ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None
) -> ReminderPanel:
    """Show today's reminders (if any) and keep watching while the app runs."""
    panel = ReminderPanel(ctx, parent)
    panel.setObjectName("reminderPanel")
    reminders = load_reminders(ctx, today)
    panel.refresh(reminders)
    watcher = ReminderWatcher(ctx, panel)
    watcher.new_reminders.connect(lambda new: _announce(parent, panel, new))
    watcher.start(reminders)
    panel.watcher = watcher  # type: ignore[attr-defined]
    ctx.hub.changed.connect(panel.on_hub_changed)  # a bound slot: disconnected when the panel goes
    if reminders:
        panel.show()
    if parent is not None:
        parent._kamdesk_reminders = panel  # type: ignore[attr-defined]  # keep it (and its timer) alive
    return panel
