"""Reminders at start and while running: commitments due, revisits, accounts
past their cadence, purchase cycles, birthdays, reports due.

``show_startup_reminders(ctx, parent)`` is called by the shell once the main
window shows: it opens a non-modal panel when anything is due and starts a
:class:`ReminderWatcher` that re-checks every hour (and when the date rolls
over) and announces new reminders in the tray or the status bar.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QMainWindow,
    QSystemTrayIcon,
    QWidget,
)

from kamdesk.domain.reminders import Reminder
from kamdesk.ui.context import AppContext
from kamdesk.ui.visits.reminder_panel import ReminderPanel, load_reminders

__all__ = ["ReminderPanel", "ReminderWatcher", "load_reminders", "show_startup_reminders"]

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly


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
