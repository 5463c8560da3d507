"""The org chart's items: a box per person (name band coloured by attitude,
three lines of text, a link handle) and per one of our people, and the base
of the scene as its items see it (the signals a drag or a click ends in).

Texts translate under ``MapScene``, the scene that shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kamdesk.domain.orgchart import BOX_H, BOX_W, OUR_COLOURS, Box, attitude_colours
from kamdesk.services.maps import MapOurPerson, MapPerson

BAND_H = 22.0
REPORTS_PEN = QColor("#5d6d7e")
COVER_PEN = QColor("#2e86c1")
HIGHLIGHT = QColor("#1565c0")


def person_lines(person: MapPerson, lang: str) -> tuple[str, str, str]:
    """Title; buying role, stance and influence weight; personality and
    relationship kind."""
    role = person.role.label(lang) if person.role else "—"
    pct = "—" if person.influence_pct is None else f"{person.influence_pct:g}%"
    stance = person.stance.short(lang)
    extra = person.personality.label(lang) if person.personality else ""
    if person.relationship_kind is not None:
        kind = QCoreApplication.translate("MapScene", "relation: {kind}").format(
            kind=person.relationship_kind.label(lang)
        )
        extra = f"{extra} · {kind}" if extra else kind
    return (
        person.title or "",
        QCoreApplication.translate("MapScene", "{role} · {stance} · {pct}").format(
            role=role, stance=stance, pct=pct
        ),
        extra,
    )


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class _BoxItem(QGraphicsObject):
    """A box with a coloured name band and three lines of text."""

    def __init__(
        self, key: str, colours: tuple[str, str], name: str, corner: str, lines: tuple[str, ...]
    ) -> None:
        super().__init__()
        self.key = key
        self.name = name
        self.corner = corner
        self.lines = lines
        self.strong = QColor(colours[0])
        self.light = QColor(colours[1])
        self.highlighted = False
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, BOX_W + 6, BOX_H + 6)

    def box(self) -> Box:
        return Box(self.pos().x(), self.pos().y())

    def fill_colour(self) -> QColor:
        return self.light

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, BOX_W, BOX_H)
        selected = self.isSelected() or self.highlighted
        pen = QPen(HIGHLIGHT if selected else self.strong, 3.0 if selected else 1.4)
        painter.setPen(pen)
        painter.setBrush(QBrush(self.light))
        painter.drawRoundedRect(rect, 5, 5)
        # the name band: the box's rounded outline clipped to its top strip
        outline = QPainterPath()
        outline.addRoundedRect(rect.adjusted(0.7, 0.7, -0.7, -0.7), 4, 4)
        strip = QPainterPath()
        strip.addRect(QRectF(0, 0, BOX_W, BAND_H))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(self.strong))
        painter.drawPath(outline.intersected(strip))
        scene = self.scene()
        base = QFont(scene.font()) if scene is not None else QFont(painter.font())
        name_font = QFont(base)
        name_font.setPixelSize(13)
        name_font.setBold(True)
        small = QFont(base)
        small.setPixelSize(11)
        painter.setPen(QColor("white"))
        painter.setFont(small)
        corner_w = QFontMetricsF(small).horizontalAdvance(self.corner) + 8 if self.corner else 0.0
        painter.drawText(
            QRectF(6, 0, BOX_W - 12, BAND_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            self.corner,
        )
        painter.setFont(name_font)
        painter.drawText(
            QRectF(6, 0, BOX_W - 12 - corner_w, BAND_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            _elide(QFontMetricsF(name_font), self.name, BOX_W - 12 - corner_w),
        )
        painter.setPen(QColor("#1b1b1b"))
        painter.setFont(small)
        metrics = QFontMetricsF(small)
        for i, line in enumerate(self.lines[:3]):
            painter.drawText(
                QRectF(6, BAND_H + 3 + i * 19, BOX_W - 12, 18),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                _elide(metrics, line, BOX_W - 12),
            )


class PersonItem(_BoxItem):
    """A stakeholder's box: draggable (unless read-only), with a link handle."""

    def __init__(
        self, person: MapPerson, lang: str, *, editable: bool, handle: bool = True, key_text: str = ""
    ) -> None:
        code = person.attitude.code if person.attitude else None
        super().__init__(
            person.uuid,
            attitude_colours(code),
            f"★ {person.name}" if key_text else person.name,
            person.attitude_text(),
            person_lines(person, lang),
        )
        self.person = person
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, editable)
        self.setCursor(Qt.CursorShape.OpenHandCursor if editable else Qt.CursorShape.PointingHandCursor)
        tip = [f"{person.name} {person.title or ''}".strip()]
        if key_text:  # the key decision maker: the largest influence weight
            tip.append(key_text)
        if person.personality:
            tip.append(f"{person.personality.label(lang)}: {person.personality.advice(lang)}")
        self.setToolTip("\n".join(tip))
        self.handle: LinkHandle | None = LinkHandle(self) if editable and handle else None

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # (not itemChange: overriding it trips a PySide6 refcount bug at exit)
        super().mouseMoveEvent(event)
        scene = self.scene()
        if isinstance(scene, MapSceneBase):
            for item in {self, *scene.selectedItems()}:
                if isinstance(item, PersonItem):
                    scene.item_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if isinstance(scene, MapSceneBase):
            scene.drag_finished()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, MapSceneBase):
            scene.person_activated.emit(self.key)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        scene = self.scene()
        if isinstance(scene, MapSceneBase):
            self.setSelected(True)
            scene.context_requested.emit(self.key, event.screenPos())


class OurItem(_BoxItem):
    def __init__(self, ours: MapOurPerson, covered_names: list[str]) -> None:
        super().__init__(
            ours.uuid,
            OUR_COLOURS,
            ours.name,
            QCoreApplication.translate("MapScene", "Us"),
            (
                ours.title or "",
                QCoreApplication.translate("MapScene", "covers: {names}").format(
                    names="、".join(covered_names)
                ),
                "",
            ),
        )
        self.setToolTip(
            QCoreApplication.translate(
                "MapScene", "One of our people; dashed lines go to the people they cover"
            )
        )


class LinkHandle(QGraphicsEllipseItem):
    """Drag from here onto another box: "this person reports to that one"."""

    R = 6.0

    def __init__(self, owner: PersonItem) -> None:
        super().__init__(-self.R, -self.R, 2 * self.R, 2 * self.R, owner)
        self.owner = owner
        self.setPos(BOX_W / 2, 0)
        self.setBrush(QBrush(QColor("white")))
        self.setPen(QPen(QColor("#34495e"), 1.4))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(
            QCoreApplication.translate(
                "MapScene", "Drag onto this person's superior to draw a reports-to line"
            )
        )
        self.setZValue(2)
        self._line: QGraphicsLineItem | None = None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is None:
            return
        start = self.scenePos()
        self._line = QGraphicsLineItem(QLineF(start, start))
        self._line.setPen(QPen(HIGHLIGHT, 2, Qt.PenStyle.DashLine))
        self._line.setZValue(10)
        scene.addItem(self._line)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._line is not None:
            self._line.setLine(QLineF(self.scenePos(), event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if self._line is not None and scene is not None:
            scene.removeItem(self._line)
            self._line = None
        if isinstance(scene, MapSceneBase):
            target = scene.person_at(event.scenePos())
            if target is not None and target.key != self.owner.key:
                scene.link_requested.emit(self.owner.key, target.key)


def cjk_family() -> str:
    """The bundled CJK font's family (registered on first use), so Chinese
    draws in images and prints even without the application font set."""
    global _FAMILY
    if _FAMILY is None:
        from PySide6.QtGui import QFontDatabase

        from kamdesk.paths import font_path

        font_id = QFontDatabase.addApplicationFont(str(font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _FAMILY = families[0] if families else QFont().family()
    return _FAMILY


_FAMILY: str | None = None


class MapSceneBase(QGraphicsScene):
    """What the items tell the scene (:class:`kamdesk.ui.stakeholders.scene.MapScene`)."""

    positions_changed = Signal(object)  # dict[str, tuple[float, float]]
    link_requested = Signal(str, str)  # subordinate, superior
    person_activated = Signal(str)
    context_requested = Signal(str, QPoint)

    def item_moved(self, item: PersonItem) -> None:
        raise NotImplementedError

    def drag_finished(self) -> None:
        raise NotImplementedError

    def person_at(self, pos: QPointF) -> PersonItem | None:
        raise NotImplementedError
