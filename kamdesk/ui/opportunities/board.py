"""The pipeline as a board: one column per stage G…S with its win %, count,
total and weighted total; cards are dragged to another stage (the move runs
the exit-criteria check and asks before moving anyway)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.pipeline import BoardColumn, PipelineRow

MIME = "application/x-kamdesk-opportunity"
UUID_ROLE = Qt.ItemDataRole.UserRole


def money(value: object) -> str:
    try:
        return f"{float(value):,.0f}"  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""


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
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet(
            "QListWidget { background: #f3f5f8; border: none; }"
            "QListWidget::item { background: #ffffff; border: 1px solid #d5dae1; border-radius: 4px;"
            " padding: 4px; color: #22262b; }"
            "QListWidget::item:selected { border: 2px solid #3b6ea8; background: #eef4fb; }"
        )

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


class StageColumn(QFrame):
    def __init__(self, stage: Stage, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("color: #5f6670;")
        self.cards = CardList(stage, self)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.cards, 1)
        self.lang = lang

    def fill(self, column: BoardColumn, texts: dict[str, str]) -> None:
        self.title.setText(f"{self.stage.code} {self.stage.label(self.lang)}  {self.stage.win_pct}%")
        self.totals.setText(
            texts["totals"]
            .replace("%1", str(column.count))
            .replace("%2", money(column.amount))
            .replace("%3", money(column.weighted))
        )
        self.cards.clear()
        for card in column.cards:
            lines = [card.name, card.account_name]
            amount = money(card.amount) if card.amount is not None else "—"
            when = card.expected_close.isoformat() if card.expected_close else ""
            lines.append(f"¥{amount}  {when}".rstrip())
            if card.status is OpportunityStatus.WON:
                lines.append(texts["won"])
            item = QListWidgetItem("\n".join(lines))
            item.setData(UUID_ROLE, card.uuid)
            item.setToolTip(texts["tip"])
            if card.status is OpportunityStatus.WON:
                item.setForeground(QColor("#2e7d4f"))
            self.cards.addItem(item)


class BoardView(QWidget):
    """Columns G…S. ``move_requested(uuid, stage)`` when a card is dropped on
    another column or moved by its context menu; ``open_requested(uuid)`` on
    double-click."""

    move_requested = Signal(str, object)
    open_requested = Signal(str)
    won_requested = Signal(str)
    lost_requested = Signal(str)

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
            "totals": self.tr("%1 · ¥%2 · weighted ¥%3"),
            "won": self.tr("Won"),
            "tip": self.tr("Drag to another stage to move; double-click to open"),
        }
        self._rows = {}
        for column in columns:
            self.columns[column.stage].fill(column, texts)
            self._rows.update({c.uuid: c for c in column.cards})
        open_weighted = sum(float(c.weighted) for c in columns if c.stage is not Stage.S)
        open_count = sum(c.count for c in columns if c.stage is not Stage.S)
        self.summary.setText(
            self.tr("Open: %1 opportunities, weighted pipeline ¥%2")
            .replace("%1", str(open_count))
            .replace("%2", money(open_weighted))
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
        menu.exec(column.cards.viewport().mapToGlobal(pos))
