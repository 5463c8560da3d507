"""Connector paths on a stakeholder org chart (reports-to elbows and coverage
curves that steer round other boxes): pure geometry over
:class:`~kamdesk.domain.orgchart.Box`, shared by the canvas and the PDF."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

from kamdesk.domain.orgchart import H_GAP, V_GAP, Box


def route(parent: Box, child: Box) -> list[tuple[float, float]]:
    """A reports-to connector from the superior's bottom to the subordinate's left side."""
    bus_y = parent.bottom + V_GAP / 2
    trunk_x = child.x - H_GAP / 2
    if child.y < parent.bottom + V_GAP / 4:
        # the subordinate was dragged level with or above the superior: a plain elbow
        return [(parent.cx, parent.bottom), (parent.cx, child.cy), (child.x, child.cy)]
    return [
        (parent.cx, parent.bottom),
        (parent.cx, bus_y),
        (trunk_x, bus_y),
        (trunk_x, child.cy),
        (child.x, child.cy),
    ]


def coverage_line(ours: Box, theirs: Box) -> tuple[tuple[float, float], tuple[float, float]]:
    """A straight line from one of our people to a counterpart (box edge to box edge)."""
    if theirs.y >= ours.bottom:
        return (ours.cx, ours.bottom), (theirs.cx, theirs.y)
    return (ours.cx, ours.y), (theirs.cx, theirs.bottom)


#: sideways bends tried, in order, for a coverage line that would cross a box
_BENDS = (0.0, 70.0, -70.0, 140.0, -140.0, 220.0, -220.0, 320.0, -320.0, 450.0, -450.0)
_SAMPLES = 40


def _curve(a: tuple[float, float], b: tuple[float, float], bend: float) -> list[tuple[float, float]]:
    """A quadratic curve from ``a`` to ``b`` whose middle is pushed ``bend`` sideways."""
    if bend == 0.0:
        return [a, b]
    cx = (a[0] + b[0]) / 2 + bend * 2  # the curve reaches half way to its control point
    cy = (a[1] + b[1]) / 2
    points = []
    for i in range(_SAMPLES + 1):
        t = i / _SAMPLES
        u = 1 - t
        points.append(
            (u * u * a[0] + 2 * u * t * cx + t * t * b[0], u * u * a[1] + 2 * u * t * cy + t * t * b[1])
        )
    return points


def _segment_hits(p: tuple[float, float], q: tuple[float, float], box: Box, margin: float) -> bool:
    """Does the segment p–q pass through ``box`` (grown by ``margin``)? (Liang–Barsky clipping)"""
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    lo, hi = 0.0, 1.0
    for edge_p, edge_q in (
        (-dx, x0 - (box.x - margin)),
        (dx, (box.right + margin) - x0),
        (-dy, y0 - (box.y - margin)),
        (dy, (box.bottom + margin) - y0),
    ):
        if edge_p == 0:
            if edge_q < 0:
                return False
            continue
        r = edge_q / edge_p
        if edge_p < 0:
            lo = max(lo, r)
        else:
            hi = min(hi, r)
        if lo > hi:
            return False
    return True


def path_hits(points: Sequence[tuple[float, float]], boxes: Iterable[Box], margin: float = 3.0) -> bool:
    items = list(boxes)
    return any(_segment_hits(p, q, box, margin) for p, q in itertools.pairwise(points) for box in items)


def _crossings(points: Sequence[tuple[float, float]], boxes: Sequence[Box], margin: float = 3.0) -> int:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    span = Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    near = [box for box in boxes if box.overlaps(span, margin)]  # cheap test first
    return sum(
        1 for box in near if any(_segment_hits(p, q, box, margin) for p, q in itertools.pairwise(points))
    )


def coverage_path(ours: Box, theirs: Box, obstacles: Iterable[Box]) -> list[tuple[float, float]]:
    """The coverage line from one of our people to a counterpart: straight when
    nothing is in the way, else the least bent curve that crosses the fewest
    other boxes (into the counterpart's top, or its side when that is clearer)."""
    start, top = coverage_line(ours, theirs)
    others = [o for o in obstacles if o != theirs and o != ours]
    ends = [top, (theirs.x, theirs.cy), (theirs.right, theirs.cy)]
    best: tuple[int, list[tuple[float, float]]] | None = None
    for bend in _BENDS:
        for end in ends:
            points = _curve(start, end, bend)
            crossed = _crossings(points, others)
            if crossed == 0:
                return points
            if best is None or crossed < best[0]:
                best = (crossed, points)
    assert best is not None
    return best[1]
