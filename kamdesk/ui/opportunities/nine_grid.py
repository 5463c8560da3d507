"""The nine-grid opening position (开局定位九宫格) drawn as a 3×3 grid.

Rows: our territory / neutral / their territory; columns: we lead / even /
we trail (labels from the domain codes). Two uses:

* picker — click a cell to choose the opening; the chosen cell is highlighted
  with its letter, kind (normal / problem / abnormal) and strategy;
* counts — each cell shows how many openings the team has there and their
  share of all openings (manager view).

Cells show the short kind (正常/问题/不正常); the tooltip carries the full
seed term (正常开局…) and the cell's strategy in the seed's words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kamdesk.domain.matrix import (
    NINE_GRID_LAYOUT,
    Lead,
    OpeningKind,
    Territory,
    nine_grid,
    nine_grid_cell,
    nine_grid_shares,
)

KIND_COLORS = {
    OpeningKind.NORMAL: QColor("#e3f1e7"),
    OpeningKind.PROBLEM: QColor("#fdf1d8"),
    OpeningKind.ABNORMAL: QColor("#f9e0dc"),
}
HIGHLIGHT = QColor("#3b6ea8")


def share_text(pct: float) -> str:
    """A cell's share of all openings: whole percent, one decimal under 10%."""
    return f"{pct:.1f}%" if 0 < pct < 10 else f"{pct:.0f}%"


class NineGridWidget(QWidget):
    cell_chosen = Signal(str)  # "A".."I" (picker mode)

    def __init__(self, parent: QWidget | None = None, *, lang: str = "zh", picker: bool = True) -> None:
        super().__init__(parent)
        self.lang = lang
        self.picker = picker
        self.selected: str | None = None
        self.counts: dict[str, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 300)
        if picker:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._cells: dict[str, QRectF] = {}

    def sizeHint(self) -> QSize:
        return QSize(560, 380)

    def set_selected(self, cell: str | None) -> None:
        self.selected = cell.upper() if cell else None
        self.update()

    def set_counts(self, counts: dict[str, int] | None) -> None:
        self.counts = dict(counts) if counts is not None else None
        self.update()

    def selection(self) -> tuple[Territory, Lead] | None:
        return nine_grid_cell(self.selected) if self.selected else None

    def _layout(self, fm: QFontMetricsF) -> tuple[QRectF, float, float]:
        row_head = max(fm.horizontalAdvance(t.label(self.lang)) for t in Territory) + 14
        col_head = fm.height() + 10
        grid = QRectF(row_head, col_head, self.width() - row_head - 4, self.height() - col_head - 4)
        return grid, grid.width() / 3, grid.height() / 3

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = QFontMetricsF(self.font())
        grid, cw, ch = self._layout(fm)
        p.setPen(QColor("#5f6670"))
        for ci, lead in enumerate(Lead):
            p.drawText(
                QRectF(grid.left() + cw * ci, 2, cw, fm.height() + 6),
                Qt.AlignmentFlag.AlignCenter,
                lead.label(self.lang),
            )
        for ri, territory in enumerate(Territory):
            p.drawText(
                QRectF(0, grid.top() + ch * ri, grid.left() - 8, ch),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                territory.label(self.lang),
            )
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7))
        peak = max(self.counts.values(), default=0) if self.counts else 0
        shares = nine_grid_shares(self.counts or {})
        self._cells.clear()
        for ri, row in enumerate(NINE_GRID_LAYOUT):
            for ci, code in enumerate(row):
                territory, lead = nine_grid_cell(code)
                info = nine_grid(territory, lead)
                rect = QRectF(grid.left() + cw * ci, grid.top() + ch * ri, cw, ch).adjusted(2, 2, -2, -2)
                self._cells[code] = rect
                fill = QColor(KIND_COLORS[info.kind])
                if self.counts is not None and peak:
                    n = self.counts.get(code, 0)
                    if n:
                        fill = QColor(HIGHLIGHT)
                        fill.setAlphaF(0.15 + 0.55 * n / peak)
                chosen = self.selected == code
                if chosen:
                    fill = fill.darker(112)
                p.fillRect(rect, fill)
                p.setPen(QPen(HIGHLIGHT, 3) if chosen else QPen(QColor("#c4c9d0"), 1))
                p.drawRect(rect)
                inner = rect.adjusted(8, 6, -8, -6)
                p.setFont(big)
                p.setPen(HIGHLIGHT if chosen else QColor("#22262b"))
                letter_h = QFontMetricsF(big).height()
                p.drawText(
                    QRectF(inner.left(), inner.top(), inner.width(), letter_h),
                    Qt.AlignmentFlag.AlignLeft,
                    code,
                )
                p.setFont(small)
                p.setPen(QColor("#5f6670"))
                p.drawText(
                    QRectF(inner.left(), inner.top(), inner.width(), letter_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    info.kind.short(self.lang),
                )
                body = QRectF(
                    inner.left(), inner.top() + letter_h + 2, inner.width(), inner.height() - letter_h - 2
                )
                if self.counts is not None:
                    count_font = QFont(big)
                    p.setFont(count_font)
                    p.setPen(QColor("#22262b"))
                    p.drawText(body, Qt.AlignmentFlag.AlignCenter, str(self.counts.get(code, 0)))
                    p.setFont(small)
                    p.setPen(QColor("#5f6670"))
                    p.drawText(
                        body,
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        share_text(shares[code]),
                    )
                else:
                    p.setFont(self.font())
                    p.setPen(QColor("#22262b"))
                    p.drawText(
                        body, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, info.strategy(self.lang)
                    )
        p.setFont(self.font())
        p.end()

    def tooltip_for(self, code: str) -> str:
        """The full seed term of the cell's kind, its place and strategy, and in
        the manager view its count and share."""
        territory, lead = nine_grid_cell(code)
        info = nine_grid(territory, lead)
        lines = [
            f"{code} · {info.kind.label(self.lang)}（{territory.label(self.lang)}、{lead.label(self.lang)}）"
            if self.lang.startswith("zh")
            else f"{code} · {info.kind.label(self.lang)} ({territory.label(self.lang)}, {lead.label(self.lang)})",
            info.strategy(self.lang),
        ]
        if self.counts is not None:
            n = self.counts.get(code, 0)
            share = share_text(nine_grid_shares(self.counts)[code])
            lines.append(
                f"{n} 项，占全部开局的 {share}"
                if self.lang.startswith("zh")
                else f"{n}, {share} of all openings"
            )
        return "\n".join(lines)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            code = self.cell_at(QPointF(e.pos()))
            if code:
                QToolTip.showText(e.globalPos(), self.tooltip_for(code), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)

    def cell_rects(self) -> dict[str, QRectF]:
        """Where each cell is drawn at the current size."""
        grid, cw, ch = self._layout(QFontMetricsF(self.font()))
        return {
            code: QRectF(grid.left() + cw * ci, grid.top() + ch * ri, cw, ch).adjusted(2, 2, -2, -2)
            for ri, row in enumerate(NINE_GRID_LAYOUT)
            for ci, code in enumerate(row)
        }

    def cell_at(self, pos: QPointF) -> str | None:
        for code, rect in self.cell_rects().items():
            if rect.contains(pos):
                return code
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.picker:
            return
        code = self.cell_at(event.position())
        if code:
            self.set_selected(code)
            self.cell_chosen.emit(code)
