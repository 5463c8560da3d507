"""What every QPainter chart shares: the palette, the count format, and the
base widget that paints a white background, the title and the empty text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

#: a calm palette that prints well
PALETTE = (
    QColor("#3b6ea8"),
    QColor("#e0913a"),
    QColor("#4c9a6a"),
    QColor("#b5493f"),
    QColor("#7a5ea8"),
    QColor("#6b7a8f"),
)
GRID = QColor("#d9dde3")
AXIS = QColor("#5f6670")
TEXT = QColor("#22262b")
MUTED = QColor("#7d848e")
WARN = QColor("#c0392b")


def fmt_count(value: float) -> str:
    """A count on an axis (a chart of money sets ``format_value`` to
    :func:`kamdesk.domain.formats.money`, which knows the language)."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


class Chart(QWidget):
    """A chart painting its own background (a ``grab()`` shows it as on screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.title = ""
        self.empty_text = ""

    def sizeHint(self) -> QSize:
        return QSize(420, 280)

    def _begin(self) -> QPainter:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        return p

    def _title(self, p: QPainter) -> float:
        """Draw the title; return the y where the plot may start."""
        if not self.title:
            return 8.0
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(TEXT)
        h = QFontMetricsF(font).height()
        p.drawText(QRectF(8, 6, self.width() - 16, h), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        return 10 + h

    def _empty(self, p: QPainter, top: float) -> None:
        p.setPen(MUTED)
        p.drawText(
            QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter, self.empty_text
        )
