"""Org-chart layout for a stakeholder map: pure geometry, shared by the canvas
(Qt) and the PDF (reportlab) so both draw the same picture.

Coordinates: x to the right, y downwards, boxes by their top-left corner.

* People are laid out as trees by reports-to; trees stand side by side.
* A node's children that have no children of their own are stacked in
  columns (a "comb", at least :data:`COMB_ROWS` deep), so a general manager
  with twenty direct reports does not make the chart 20 boxes wide.
* People who report to nobody on the map and have nobody reporting to them
  are gathered in a grid block at the right.
* Our own people stand in a row above the chart, each as close as possible to
  the middle of the counterparts they cover ("networking").

Connectors (:func:`kamdesk.domain.orgchart_lines.route`) run from the superior's bottom edge to a bus, along
the gap left of the subordinate, into its left side: they never cross the
subordinate and, in an automatic layout, never cross another box.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

BOX_W = 170.0
BOX_H = 84.0
H_GAP = 30.0  # between boxes side by side
V_GAP = 46.0  # between a superior and the row of subordinates
COMB_ROWS = 4  # leaf subordinates stack in columns at least this tall
OUR_GAP = 90.0  # between our people's row and the chart
COMB_CHOICES = (4, 6, 8, 12)  # staff column depths tried to fit the page
PAGE_ASPECT = 786 / 470  # the chart area of an A4 landscape page


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float = BOX_W
    h: float = BOX_H

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def overlaps(self, other: Box, margin: float = 0.0) -> bool:
        return not (
            self.right + margin <= other.x
            or other.right + margin <= self.x
            or self.bottom + margin <= other.y
            or other.bottom + margin <= self.y
        )

    def moved(self, x: float, y: float) -> Box:
        return Box(x, y, self.w, self.h)


@dataclass(frozen=True)
class Layout:
    boxes: dict[str, Box]  # stakeholder key → box
    ours: dict[str, Box]  # our person key → box
    width: float
    height: float

    def all_boxes(self) -> list[Box]:
        return [*self.boxes.values(), *self.ours.values()]


# -- the tree -------------------------------------------------------------------------------------


@dataclass
class _Block:
    """A laid-out subtree: boxes relative to its own top-left corner."""

    width: float
    height: float
    boxes: dict[str, tuple[float, float]]
    root_x: float  # the root box's left, for centring over siblings


def _grid(keys: Sequence[str], cols: int) -> _Block:
    rows = math.ceil(len(keys) / cols)
    boxes = {}
    for i, key in enumerate(keys):
        col, row = divmod(i, rows)  # fill columns top to bottom
        boxes[key] = (col * (BOX_W + H_GAP), row * (BOX_H + V_GAP / 2))
    width = cols * BOX_W + (cols - 1) * H_GAP
    height = rows * BOX_H + (rows - 1) * V_GAP / 2
    return _Block(width, height, boxes, 0.0)


def _layout_tree(key: str, children: Mapping[str, list[str]], comb_rows: int = 4) -> _Block:
    kids = children.get(key, [])
    if not kids:
        return _Block(BOX_W, BOX_H, {key: (0.0, 0.0)}, 0.0)
    leaves = [k for k in kids if not children.get(k)]
    inner = [k for k in kids if children.get(k)]
    parts: list[_Block] = [_layout_tree(k, children, comb_rows) for k in inner]
    if len(leaves) >= 2:
        # staff without reports of their own: stacked in columns, not one long row
        rows = min(len(leaves), max(comb_rows, math.ceil(math.sqrt(2 * len(leaves)))))
        parts.append(_grid(leaves, math.ceil(len(leaves) / rows)))
    else:
        parts.extend(_Block(BOX_W, BOX_H, {k: (0.0, 0.0)}, 0.0) for k in leaves)
    row_width = sum(p.width for p in parts) + H_GAP * (len(parts) - 1)
    width = max(BOX_W, row_width)
    top = BOX_H + V_GAP
    boxes: dict[str, tuple[float, float]] = {}
    x = (width - row_width) / 2
    height = 0.0
    for part in parts:
        for k, (bx, by) in part.boxes.items():
            boxes[k] = (x + bx, top + by)
        x += part.width + H_GAP
        height = max(height, top + part.height)
    root_x = (width - BOX_W) / 2
    boxes[key] = (root_x, 0.0)
    return _Block(width, height, boxes, root_x)


def _forest(
    keys: Sequence[str], parent_of: Mapping[str, str | None]
) -> tuple[list[str], dict[str, list[str]]]:
    known = set(keys)
    children: dict[str, list[str]] = {}
    roots: list[str] = []
    for key in keys:
        parent = parent_of.get(key)
        if parent is not None and parent in known and parent != key:
            children.setdefault(parent, []).append(key)
        else:
            roots.append(key)
    # a reports-to loop has no root: break it at its first member so everyone is drawn
    reached: set[str] = set()
    stack = list(roots)
    while stack:
        k = stack.pop()
        reached.add(k)
        stack.extend(children.get(k, []))
    for key in keys:
        if key not in reached:
            parent = parent_of.get(key)
            if parent is not None and key in children.get(parent, []):
                children[parent].remove(key)
            roots.append(key)
            stack = [key]
            while stack:
                k = stack.pop()
                reached.add(k)
                stack.extend(children.get(k, []))
    return roots, children


def layout_chart(
    keys: Sequence[str],
    parent_of: Mapping[str, str | None],
    coverage: Mapping[str, Sequence[str]] | None = None,
    *,
    aspect: float | None = PAGE_ASPECT,
) -> Layout:
    """Lay out the people ``keys`` (in the order given: siblings keep it) as
    trees by ``parent_of`` (key → superior's key or None), and our people
    (``coverage``: our key → the keys they cover) in a row above them.

    With ``aspect`` (width / height of where it will be shown), staff columns
    are made as deep as it takes for the chart to fill that shape best."""
    if aspect is None:
        return _layout_chart(keys, parent_of, coverage, COMB_ROWS)
    best: tuple[float, Layout] | None = None
    for rows in COMB_CHOICES:
        layout = _layout_chart(keys, parent_of, coverage, rows)
        # the scale at which it fits a box of the wanted shape (bigger is more readable)
        fit = min(aspect / max(layout.width, 1.0), 1.0 / max(layout.height, 1.0))
        if best is None or fit > best[0] * 1.02:
            best = (fit, layout)
    assert best is not None
    return best[1]


def _layout_chart(
    keys: Sequence[str],
    parent_of: Mapping[str, str | None],
    coverage: Mapping[str, Sequence[str]] | None,
    comb_rows: int,
) -> Layout:
    roots, children = _forest(keys, parent_of)
    trees = [r for r in roots if children.get(r)]
    loners = [r for r in roots if not children.get(r)]
    blocks = [_layout_tree(r, children, comb_rows) for r in trees]
    if loners:
        cols = max(1, math.ceil(math.sqrt(len(loners)) * 1.5)) if len(loners) > 3 else len(loners)
        blocks.append(_grid(loners, min(cols, len(loners))))
    boxes: dict[str, Box] = {}
    x = 0.0
    for block in blocks:
        for k, (bx, by) in block.boxes.items():
            boxes[k] = Box(x + bx, by)
        x += block.width + H_GAP * 2
    chart_w = max(0.0, x - H_GAP * 2)
    chart_h = max((b.bottom for b in boxes.values()), default=0.0)
    ours = place_our_people(boxes, coverage or {})
    if ours:
        shift = BOX_H + OUR_GAP
        boxes = {k: b.moved(b.x, b.y + shift) for k, b in boxes.items()}
        chart_h += shift
        chart_w = max(chart_w, max(b.right for b in ours.values()))
        left = min(b.x for b in ours.values())
        if left < 0:
            boxes = {k: b.moved(b.x - left, b.y) for k, b in boxes.items()}
            ours = {k: b.moved(b.x - left, b.y) for k, b in ours.items()}
            chart_w -= left
    return Layout(boxes, ours, chart_w, chart_h)


def place_our_people(
    boxes: Mapping[str, Box], coverage: Mapping[str, Sequence[str]], y: float = 0.0
) -> dict[str, Box]:
    """Our people in one row at ``y``, each as near as it can be to the middle
    of its counterparts (people covering nobody on the map go at the end),
    without overlapping each other."""
    if not coverage:
        return {}
    wanted: list[tuple[float, str]] = []
    right = max((b.right for b in boxes.values()), default=0.0)
    extra = right + H_GAP
    for key, covered in coverage.items():
        xs = [boxes[c].cx for c in covered if c in boxes]
        if xs:
            wanted.append((sum(xs) / len(xs) - BOX_W / 2, key))
        else:
            wanted.append((extra, key))
            extra += BOX_W + H_GAP
    wanted.sort()
    placed: dict[str, Box] = {}
    last_right = -math.inf
    for x, key in wanted:
        x = max(x, last_right + H_GAP)
        placed[key] = Box(x, y)
        last_right = x + BOX_W
    return placed


def place_ours_above(boxes: Mapping[str, Box], coverage: Mapping[str, Sequence[str]]) -> dict[str, Box]:
    """Our people in a row above the topmost box (for a hand-arranged chart)."""
    top = min((b.y for b in boxes.values()), default=0.0)
    return place_our_people(boxes, coverage, top - OUR_GAP - BOX_H)


def merge_positions(
    keys: Sequence[str],
    parent_of: Mapping[str, str | None],
    saved: Mapping[str, tuple[float, float]],
    coverage: Mapping[str, Sequence[str]] | None = None,
) -> Layout:
    """Saved positions where the user arranged the chart; automatic layout
    when nobody has one. People added since the chart was arranged go in a
    row below it, clear of every saved box."""
    placed = {k: Box(*saved[k]) for k in keys if k in saved}
    if not placed:
        return layout_chart(keys, parent_of, coverage)
    new = [k for k in keys if k not in placed]
    if new:
        sub = layout_chart(new, parent_of)
        left = min(b.x for b in placed.values())
        top = max(b.bottom for b in placed.values()) + V_GAP * 1.5
        for k, b in sub.boxes.items():
            placed[k] = Box(left + b.x, top + b.y)
    ours = place_ours_above(placed, coverage or {})
    return _normalised(placed, ours)


def _normalised(boxes: dict[str, Box], ours: dict[str, Box]) -> Layout:
    every = [*boxes.values(), *ours.values()]
    if not every:
        return Layout({}, {}, 0.0, 0.0)
    left = min(b.x for b in every)
    top = min(b.y for b in every)
    moved = {k: b.moved(b.x - left, b.y - top) for k, b in boxes.items()}
    moved_ours = {k: b.moved(b.x - left, b.y - top) for k, b in ours.items()}
    width = max(b.right for b in every) - left
    height = max(b.bottom for b in every) - top
    return Layout(moved, moved_ours, width, height)


def normalise(layout: Layout) -> Layout:
    """The same layout moved so its top-left corner is at (0, 0)."""
    return _normalised(dict(layout.boxes), dict(layout.ours))


def overlapping_pairs(boxes: Iterable[Box]) -> list[tuple[Box, Box]]:
    items = list(boxes)
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1 :] if a.overlaps(b)]


#: Box colours by attitude letter: (strong, light) — A green … E red; None: not rated.
ATTITUDE_COLOURS: dict[str | None, tuple[str, str]] = {
    "A": ("#1e8449", "#d4efdf"),
    "B": ("#58a832", "#e6f4d9"),
    "C": ("#c9a100", "#fbf3cf"),
    "D": ("#e67e22", "#fbe3cd"),
    "E": ("#c0392b", "#f6d5d1"),
    None: ("#7f8c8d", "#eceff1"),
}
#: Our own people's boxes.
OUR_COLOURS = ("#2c3e50", "#e3ebf3")


def attitude_colours(code: str | None) -> tuple[str, str]:
    """(strong, light) colours for an attitude code such as "B+" (None: not rated)."""
    return ATTITUDE_COLOURS.get(code[:1].upper() if code else None, ATTITUDE_COLOURS[None])
