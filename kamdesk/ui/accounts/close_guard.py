"""Keep the main window open while the accounts page holds unsaved edits.

The guard watches the page: once the page is shown it learns the window the
page sits in (that can change when the page is re-parented) and refuses that
window's close while ``can_leave()`` says no (it asks the user first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class CloseGuard(QObject):
    """Refuse closing ``page``'s window while ``can_leave()`` is False."""

    def __init__(self, page: QWidget, can_leave: Callable[[], bool]) -> None:
        super().__init__(page)
        self._page = page
        self._can_leave = can_leave
        self._window: QWidget | None = None
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            window = self._page.window()
            if window is not self._page and window is not self._window:
                window.installEventFilter(self)
                self._window = window
        elif watched is self._window and event.type() == QEvent.Type.Close and not self._can_leave():
            event.ignore()
            return True
        return super().eventFilter(watched, event)
