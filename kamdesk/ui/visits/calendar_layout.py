"""Where one day's visits go in a day column (no painting, no Qt).

Overlapping visits form a cluster. When the column is wide enough for every
lane of the cluster to stay readable (``min_lane_w``) they stand side by side,
as Outlook draws them; otherwise (a week column on a 1366 px laptop holds
one readable lane) they are stacked, one readable line each, inside the
cluster's time span, stretched below it when the span is too short. Either
way each block shows its time and account name instead of "11" or "成…".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, Protocol, TypeVar


class Timed(Protocol):
    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime | None: ...


T = TypeVar("T", bound=Timed)


def _end(row: Timed) -> datetime:
    return row.ends_at or row.starts_at + timedelta(hours=1)


def clusters(rows: list[T]) -> list[tuple[list[tuple[T, int]], int]]:
    """One day's visits in clusters of overlapping ones, by start: each
    cluster's (row, lane) pairs and its number of lanes."""
    out: list[tuple[list[tuple[T, int]], int]] = []
    cluster: list[tuple[T, int]] = []
    lanes: list[datetime] = []  # end of the last block in each lane of the cluster
    cluster_end: datetime | None = None
    for row in sorted(rows, key=lambda r: r.starts_at):
        s, e = row.starts_at, _end(row)
        if cluster_end is not None and s >= cluster_end:
            out.append((cluster, len(lanes)))
            cluster, lanes, cluster_end = [], [], None
        lane = next((i for i, end in enumerate(lanes) if end <= s), None)
        if lane is None:
            lanes.append(e)
            lane = len(lanes) - 1
        else:
            lanes[lane] = e
        cluster.append((row, lane))
        cluster_end = e if cluster_end is None else max(cluster_end, e)
    if cluster:
        out.append((cluster, len(lanes)))
    return out


def layout_lanes(rows: list[T]) -> list[tuple[T, int, int]]:
    """Side-by-side placement of one day's visits: (row, lane, lanes in its
    cluster). Visits that overlap form a cluster and share the column width;
    a visit that overlaps nothing gets the whole width."""
    return [(row, lane, n) for cluster, n in clusters(rows) for row, lane in cluster]


@dataclass(frozen=True)
class Block(Generic[T]):
    """A visit's box in its day column: x and width in pixels from the
    column's left edge, y and height from the grid's top."""

    row: T
    x: float
    y: float
    w: float
    h: float
    stacked: bool  # one line in a stack of overlapping visits


def place_day(
    rows: list[T],
    spans: list[tuple[float, float]],
    *,
    col_w: float,
    min_lane_w: float,
    line_h: float,
) -> list[Block[T]]:
    """Boxes for one day's ``rows``; ``spans[i]`` is row i's top and bottom
    in pixels (from its times). See the module docstring."""
    span_of = {id(r): span for r, span in zip(rows, spans, strict=True)}
    blocks: list[Block[T]] = []
    floor = 0.0  # a stack stretched below its span pushes the next cluster down
    for cluster, n in clusters(rows):
        if n == 1 or col_w / n >= min_lane_w:
            lane_w = col_w / n
            for row, lane in cluster:
                top, bottom = span_of[id(row)]
                top = max(top, floor)
                blocks.append(
                    Block(row, lane * lane_w, top, lane_w, max(bottom - top, line_h), stacked=False)
                )
            floor = 0.0
            continue
        top = max(min(span_of[id(r)][0] for r, _l in cluster), floor)
        bottom = max(span_of[id(r)][1] for r, _l in cluster)
        each = max((bottom - top) / len(cluster), line_h)
        for i, (row, _lane) in enumerate(cluster):  # already by start
            blocks.append(Block(row, 0.0, top + i * each, col_w, each, stacked=True))
        floor = top + each * len(cluster)
    return blocks
