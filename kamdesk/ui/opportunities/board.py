"""The pipeline as a board: one column per stage G…S with its win %, count,
total and weighted total; cards (drawn by :mod:`.cards`) are dragged to
another stage (the move runs the exit-criteria check and asks before moving
anyway)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain import formats
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.opportunities.pipeline import BoardColumn, PipelineRow
from kamdesk.ui.opportunities.cards import CARD_ROLE, LANG_ROLE, CardDelegate, compact_money

MIME = "application/x-kamdesk-opportunity"
UUID_ROLE = Qt.ItemDataRole.UserRole


def money(value: object, lang: str = "zh") -> str:
    """The full amount (``¥39,717,500``): :func:`kamdesk.domain.formats.money`."""
    return formats.money(value, lang)


class CardList(QListWidget):
    """The cards of one stage; a drop from another column asks to move."""

    dropped = Signal(str, object)  # uuid, Stage

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(1)
        self.setUniformItemSizes(False)  # a card is as tall as its wrapped name
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(CardDelegate(self))
        self.setStyleSheet("QListWidget { background: #f3f5f8; border: none; }")

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(UUID_ROLE)).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        uuid = bytes(event.mimeData().data(MIME).data()).decode()
        # the board reloads from the store after the move; Qt must not move the item itself
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if uuid:
            self.dropped.emit(uuid, self.stage)


class StageTitle(QLabel):
    """The column title: the stage's name, wrapped onto a second line when
    ``lines`` is 2 (English names are long) and elided to the width as the
    column resizes, its win % always visible on the right. ``text()`` is the
    full title."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(parent)
        self.pct = ""
        self.lines = lines
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setMinimumWidth(40)

    def set_title(self, title: str, pct: str) -> None:
        self.pct = pct
        self.setText(title)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(f"{self.text()}  {self.pct}"), fm.height() * self.lines + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height() * self.lines + 2)

    def shown_lines(self, room: int) -> list[str]:
        """The name as painted in ``room`` pixels: at most ``lines`` lines,
        broken between words, the last one elided."""
        fm = self.fontMetrics()
        words = self.text().split(" ")
        shown: list[str] = []
        while words and len(shown) < self.lines - 1:
            line = words.pop(0)
            while words and fm.horizontalAdvance(f"{line} {words[0]}") <= room:
                line += " " + words.pop(0)
            if fm.horizontalAdvance(line) > room:  # one long word: leave it to the elided last line
                words.insert(0, line)
                break
            shown.append(line)
        if words:
            shown.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, room))
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = self.fontMetrics()
        rect = self.contentsRect()
        pct_w = fm.horizontalAdvance(self.pct)
        p.setPen(self.palette().windowText().color())
        top = rect.adjusted(0, 0, 0, -(rect.height() - fm.height() - 2))
        p.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.pct)
        room = max(rect.width() - pct_w - 8, 0)
        for i, line in enumerate(self.shown_lines(room)):
            p.drawText(
                top.adjusted(0, i * fm.height(), -pct_w - 8, i * fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        p.end()


COLUMN_MIN_WIDTH = 110


class StageColumn(QFrame):
    def __init__(self, stage: Stage, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # eight columns share the width: all of G…S fit a 1280 px window in either language
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.title = StageTitle(lines=1 if lang.startswith("zh") else 2)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("color: #5f6670;")
        self.cards = CardList(stage, self)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.cards, 1)
        self.more = QLabel()
        self.more.setStyleSheet("color: #5f6670;")
        self.more.setVisible(False)
        layout.addWidget(self.more)
        self.lang = lang

    def fill(self, column: BoardColumn, texts: dict[str, str]) -> None:
        title = f"{self.stage.code} {self.stage.label(self.lang)}"
        self.title.set_title(title, f"{self.stage.win_pct}%")
        tip = f"{title}\n{self.stage.customer_step(self.lang)}"
        if self.stage is Stage.S:
            tip += "\n" + texts["won_tip"]
        self.title.setToolTip(tip)
        self.totals.setText(
            texts["totals"]
            .replace("%1", str(column.count))
            .replace("%2", compact_money(column.amount, self.lang))
            .replace("%3", compact_money(column.weighted, self.lang))
        )
        self.totals.setToolTip(f"{money(column.amount)} / {money(column.weighted)}")
        self.more.setText(texts["more"].replace("%1", f"{column.hidden:,}"))
        self.more.setToolTip(texts["more_tip"])
        self.more.setVisible(column.hidden > 0)
        self.cards.clear()
        for card in column.cards:
            item = QListWidgetItem(card.name)
            item.setData(UUID_ROLE, card.uuid)
            item.setData(CARD_ROLE, card)
            item.setData(LANG_ROLE, self.lang)
            lines = [card.name, card.account_name]
            if card.amount is not None:
                lines.append(f"{money(card.amount)} × {card.win_pct}% = {money(card.weighted)}")
            if card.status is OpportunityStatus.WON:
                lines.append(texts["won"])
            lines.append(texts["tip"])
            item.setToolTip("\n".join(lines))
            self.cards.addItem(item)


class BoardView(QWidget):
    """Columns G…S. ``move_requested(uuid, stage)`` when a card is dropped on
    another column or moved by its context menu; ``open_requested(uuid)`` on
    double-click."""

    move_requested = Signal(str, object)
    open_requested = Signal(str)
    won_requested = Signal(str)
    lost_requested = Signal(str)
    delete_requested = Signal(str)
    map_requested = Signal(str)

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        outer.addWidget(self.summary)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(6)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in Stage:
            col = StageColumn(stage, lang, inner)
            col.cards.dropped.connect(self._dropped)
            col.cards.itemDoubleClicked.connect(
                lambda item: self.open_requested.emit(str(item.data(UUID_ROLE)))
            )
            col.cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            col.cards.customContextMenuRequested.connect(lambda pos, c=col: self._menu(c, pos))
            self.columns[stage] = col
            row.addWidget(col, 1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self._rows: dict[str, PipelineRow] = {}

    def sizeHint(self) -> QSize:
        return QSize(1200, 600)

    def set_columns(self, columns: Sequence[BoardColumn]) -> None:
        texts = {
            "totals": self.tr("%1 · %2\nweighted %3"),
            "won": self.tr("Won"),
            "won_tip": self.tr("Won this year"),
            "more": self.tr("+%1 more"),
            "more_tip": self.tr("Only the largest are shown as cards; search or filter to find the others"),
            "tip": self.tr("Drag to another stage to move; double-click to open"),
        }
        self._rows = {}
        for column in columns:
            self.columns[column.stage].fill(column, texts)
            self._rows.update({c.uuid: c for c in column.cards})
        open_weighted = sum(float(c.weighted) for c in columns if c.stage is not Stage.S)
        open_count = sum(c.count for c in columns if c.stage is not Stage.S)
        self.summary.setText(
            self.tr("Open: %1 opportunities, weighted pipeline %2")
            .replace("%1", str(open_count))
            .replace("%2", money(open_weighted, self.lang))
        )

    def card_uuids(self, stage: Stage) -> list[str]:
        cards = self.columns[stage].cards
        return [str(cards.item(i).data(UUID_ROLE)) for i in range(cards.count())]

    def _dropped(self, uuid: str, stage: Stage) -> None:
        row = self._rows.get(uuid)
        if row is not None and row.stage is stage and row.status is OpportunityStatus.OPEN:
            return
        self.move_requested.emit(uuid, stage)

    def _menu(self, column: StageColumn, pos: QPoint) -> None:
        item = column.cards.itemAt(pos)
        if item is None:
            return
        uuid = str(item.data(UUID_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(uuid))
        menu.addAction(self.tr("Stakeholder map"), lambda: self.map_requested.emit(uuid))
        move = menu.addMenu(self.tr("Move to stage"))
        for stage in Stage:
            if stage is not column.stage:
                move.addAction(
                    f"{stage.code} {stage.label(self.lang)}",
                    lambda s=stage: self.move_requested.emit(uuid, s),  # type: ignore[misc]
                )
        menu.addSeparator()
        menu.addAction(self.tr("Won…"), lambda: self.won_requested.emit(uuid))
        menu.addAction(self.tr("Lost…"), lambda: self.lost_requested.emit(uuid))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(uuid))
        menu.exec(column.cards.viewport().mapToGlobal(pos))
