"""The org chart as a ``QGraphicsScene``: one box per person coloured by
attitude, reports-to connectors, our people in a row with dashed coverage lines.

Scene coordinates are the layout's (:mod:`kamdesk.domain.orgchart`), so the
canvas, the PNG and the PDF show the same picture. The scene knows nothing of
the store: it emits signals and the page calls the services.

Signals:
* ``positions_changed(dict)`` — {stakeholder uuid: (x, y)} after boxes were dragged
* ``link_requested(str, str)`` — (subordinate uuid, superior uuid): dragged
  from a box's link handle (the small circle on its top edge) onto another box
* ``person_activated(str)`` — a box was double-clicked
* ``context_requested(str, QPoint)`` — right click on a box (screen position)

The boxes and the link handle are in :mod:`kamdesk.ui.stakeholders.map_items`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from kamdesk.domain.orgchart import Layout
from kamdesk.domain.orgchart_lines import coverage_path, route
from kamdesk.services.maps import MapSnapshot
from kamdesk.ui.stakeholders.map_items import (
    COVER_PEN,
    REPORTS_PEN,
    MapSceneBase,
    OurItem,
    PersonItem,
    cjk_family,
)


class MapScene(MapSceneBase):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: MapSnapshot | None = None
        self.people: dict[str, PersonItem] = {}
        self.ours: dict[str, OurItem] = {}
        self._edges: list[tuple[str, str, QGraphicsPathItem]] = []  # (boss, sub, item)
        self._cover: list[tuple[str, str, QGraphicsPathItem]] = []  # (ours, stakeholder, item)
        self._moved: set[str] = set()
        self._building = False
        self.setBackgroundBrush(QBrush(QColor("#fbfcfd")))
        self.setFont(QFont(cjk_family()))

    # -- building ---------------------------------------------------------------------------------

    def show_map(self, snapshot: MapSnapshot, layout: Layout, lang: str, *, handles: bool = True) -> None:
        """Draw ``snapshot`` at ``layout``'s positions; ``handles=False`` leaves
        out the link handles (for images and printing)."""
        self._building = True
        try:
            self.clear()
            self.people.clear()
            self.ours.clear()
            self._edges.clear()
            self._cover.clear()
            self._moved.clear()
            self.snapshot = snapshot
            editable = not snapshot.read_only
            for person in snapshot.people:
                key_text = (
                    snapshot.key_decision_maker_text(lang)
                    if person.uuid == snapshot.key_decision_maker
                    else ""
                )
                item = PersonItem(person, lang, editable=editable, handle=handles, key_text=key_text)
                box = layout.boxes[person.uuid]
                item.setPos(box.x, box.y)
                item.setZValue(1)
                self.addItem(item)
                self.people[person.uuid] = item
            names = {p.uuid: p.name for p in snapshot.people}
            for ours in snapshot.our_people:
                if ours.uuid not in layout.ours:
                    continue
                o_item = OurItem(
                    ours, [names[c.stakeholder_uuid] for c in ours.coverage if c.stakeholder_uuid in names]
                )
                box = layout.ours[ours.uuid]
                o_item.setPos(box.x, box.y)
                o_item.setZValue(1)
                self.addItem(o_item)
                self.ours[ours.uuid] = o_item
            for person in snapshot.people:
                if person.reports_to and person.reports_to in self.people:
                    path = QGraphicsPathItem()
                    path.setPen(QPen(REPORTS_PEN, 1.5))
                    path.setZValue(0)
                    self.addItem(path)
                    self._edges.append((person.reports_to, person.uuid, path))
            for ours in snapshot.our_people:
                for link in ours.coverage:
                    if ours.uuid in self.ours and link.stakeholder_uuid in self.people:
                        line = QGraphicsPathItem()
                        pen = QPen(COVER_PEN, 1.0 + (link.strength or 2) * 0.4, Qt.PenStyle.DashLine)
                        line.setPen(pen)
                        line.setZValue(-1)
                        self.addItem(line)
                        self._cover.append((ours.uuid, link.stakeholder_uuid, line))
            self._update_lines()
            self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        finally:
            self._building = False

    def _update_lines(self, only: str | None = None) -> None:
        for boss, sub, item in self._edges:
            if only is not None and only not in (boss, sub):
                continue
            points = route(self.people[boss].box(), self.people[sub].box())
            path = QPainterPath(QPointF(*points[0]))
            for x, y in points[1:]:
                path.lineTo(x, y)
            item.setPath(path)
        obstacles = [item.box() for item in self.people.values()]
        for ours, sh, line in self._cover:
            if only is not None and only not in (ours, sh):
                continue
            points = coverage_path(self.ours[ours].box(), self.people[sh].box(), obstacles)
            cover = QPainterPath(QPointF(*points[0]))
            for x, y in points[1:]:
                cover.lineTo(x, y)
            line.setPath(cover)

    # -- interaction ------------------------------------------------------------------------------

    def item_moved(self, item: PersonItem) -> None:
        if self._building:
            return
        self._update_lines(item.key)
        self._moved.add(item.key)

    def drag_finished(self) -> None:
        if not self._moved:
            return
        moved = {
            k: (self.people[k].pos().x(), self.people[k].pos().y()) for k in self._moved if k in self.people
        }
        self._moved.clear()
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.positions_changed.emit(moved)

    def person_at(self, pos: QPointF) -> PersonItem | None:
        for item in self.items(pos):
            while item is not None and not isinstance(item, PersonItem):
                item = item.parentItem()
            if isinstance(item, PersonItem):
                return item
        return None

    def all_positions(self) -> dict[str, tuple[float, float]]:
        return {k: (i.pos().x(), i.pos().y()) for k, i in self.people.items()}

    def highlight(self, keys: tuple[str, ...] | list[str]) -> None:
        """Mark these people (an insight's) and select the first."""
        self.clearSelection()
        for key, item in self.people.items():
            item.highlighted = key in keys
            item.update()
        for key in keys:
            if key in self.people:
                self.people[key].setSelected(True)
                break

    def selected_person(self) -> str | None:
        for item in self.selectedItems():
            if isinstance(item, PersonItem):
                return item.key
        return None

    def select_person(self, key: str) -> None:
        self.clearSelection()
        if key in self.people:
            self.people[key].setSelected(True)
