"""A search box for search-as-you-type with a debounce."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchLineEdit(QLineEdit):
    """A line edit that emits ``search_changed(text)`` once typing pauses.

    * ``delay_ms`` (default 150): quiet time after the last keystroke. Input
      method composition (Chinese pinyin IME) does not emit until committed,
      because ``textChanged`` only fires for committed text.
    * Enter emits at once; Escape clears (and emits ``""``).
    * The emitted text is stripped; the same text twice in a row is not
      re-emitted.
    * ``set_text_quietly(text)`` sets the box without emitting.
    """

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = 150, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self._last: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._restart)
        self.returnPressed.connect(self.flush)

    def _restart(self, _text: str) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Emit the current text now (if it changed since the last emit)."""
        self._timer.stop()
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)

    def set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        try:
            self.setText(text)
        finally:
            self.blockSignals(False)
        self._last = text.strip()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.flush()
            return
        super().keyPressEvent(event)
