"""How an opportunity card on the board looks: its name wrapped over as
many lines as it needs, the account, the amount and the expected close."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QTextLayout, QTextOption
from PySide6.QtWidgets import QListWidget, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kamdesk.domain import formats
from kamdesk.domain.stages import OpportunityStatus
from kamdesk.services.opportunities.pipeline import PipelineRow


def compact_money(value: object, lang: str) -> str:
    """A card's or a column's amount, short (``¥3,924万`` / ``¥39.2M``)."""
    return formats.money(value, lang, short=True)


CARD_ROLE = Qt.ItemDataRole.UserRole + 1
LANG_ROLE = Qt.ItemDataRole.UserRole + 2


#: at most this many lines of a card's name (a 20-character Chinese name takes 2–4
#: at 1366×768); a longer one is elided on the last line, whole in the tooltip
MAX_NAME_LINES = 5


def wrap_lines(text: str, font: QFont, width: int, max_lines: int = MAX_NAME_LINES) -> list[str]:
    """``text`` broken into lines of at most ``width`` px: at word boundaries,
    or anywhere in a word too long for a line (Chinese breaks between characters)."""
    if not text or width <= 0:
        return [text] if text else []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = "".join(lines[max_lines - 1 :])
        lines = [
            *lines[: max_lines - 1],
            QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width),
        ]
    return lines


class CardLayout:
    """Where a card's texts go at a given width: the name wrapped over as many
    lines as it needs, the account, then the amount with the close date (ISO,
    on its own line when it does not fit beside the amount)."""

    PADDING = QSize(8 + 12, 4 + 8)  # frame inset + inner margins (horizontal, vertical)

    def __init__(self, card: PipelineRow, font: QFont, width: int, lang: str) -> None:
        self.bold = QFont(font)
        self.bold.setBold(True)
        fm = QFontMetrics(font)
        self.line = fm.height()
        self.inner_width = max(20, width - self.PADDING.width())
        self.name_lines = wrap_lines(card.name, self.bold, self.inner_width)
        self.account = fm.elidedText(card.account_name, Qt.TextElideMode.ElideRight, self.inner_width)
        self.amount = compact_money(card.amount, lang)
        won = card.status is OpportunityStatus.WON
        self.when = formats.date_text(card.expected_close) if card.expected_close and not won else ""
        room = self.inner_width - fm.horizontalAdvance(self.amount) - 6
        self.when_below = bool(self.when) and fm.horizontalAdvance(self.when) > room
        self.lines = len(self.name_lines) + 2 + (1 if self.when_below else 0)

    @property
    def height(self) -> int:
        return self.lines * self.line + self.PADDING.height() + 4


class CardDelegate(QStyledItemDelegate):
    """Paints a card: the name (bold, wrapped so it shows whole), the account,
    the amount and the expected close; each card as tall as its name needs."""

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QListWidget) and view.viewport().width() > 0:
            return view.viewport().width() - 2 * view.spacing()
        return max(option.rect.width(), 120)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        card: PipelineRow | None = index.data(CARD_ROLE)
        width = self._width(option)
        if card is None:
            return QSize(width, QFontMetrics(option.font).height() * 3 + 16)
        lang = str(index.data(LANG_ROLE) or "zh")
        return QSize(width, CardLayout(card, option.font, width, lang).height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card: PipelineRow | None = index.data(CARD_ROLE)
        if card is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        won = card.status is OpportunityStatus.WON
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#3b6ea8") if selected else QColor("#d5dae1"), 2 if selected else 1))
        painter.setBrush(QColor("#eef4fb") if selected else QColor("#f1f8f3") if won else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 4, 4)
        lang = str(index.data(LANG_ROLE) or "zh")
        font = QFont(option.font)
        lay = CardLayout(card, font, option.rect.width(), lang)
        inner = rect.adjusted(6, 4, -6, -4)
        line = lay.line
        left, top, width = inner.left(), inner.top(), inner.width()
        painter.setFont(lay.bold)
        painter.setPen(QColor("#22262b"))
        for text in lay.name_lines:
            painter.drawText(left, top, width, line, Qt.AlignmentFlag.AlignLeft, text)
            top += line
        painter.setFont(font)
        painter.setPen(QColor("#5f6670"))
        painter.drawText(left, top, width, line, Qt.AlignmentFlag.AlignLeft, lay.account)
        top += line
        painter.setPen(QColor("#2e7d4f") if won else QColor("#22262b"))
        painter.drawText(left, top, width, line, Qt.AlignmentFlag.AlignLeft, lay.amount)
        if lay.when:
            if lay.when_below:
                top += line
            painter.setPen(QColor("#5f6670"))
            painter.drawText(left, top, width, line, Qt.AlignmentFlag.AlignRight, lay.when)
        painter.restore()
