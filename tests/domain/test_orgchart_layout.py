"""Org-chart layout: trees by reports-to, no overlapping boxes, our people facing counterparts."""

from __future__ import annotations

import random

from kamdesk.domain.orgchart import (
    BOX_H,
    Box,
    layout_chart,
    merge_positions,
    overlapping_pairs,
)
from kamdesk.domain.orgchart_lines import route


def org(n: int, seed: int) -> tuple[list[str], dict[str, str | None]]:
    """A realistic org: one GM, a few directors, staff under them, a few loose people."""
    rng = random.Random(seed)
    keys = [f"p{i}" for i in range(n)]
    parent: dict[str, str | None] = {"p0": None}
    directors = keys[1 : max(2, n // 6)]
    for d in directors:
        parent[d] = "p0"
    for k in keys[len(directors) + 1 :]:
        roll = rng.random()
        parent[k] = (
            None
            if roll < 0.1
            else rng.choice([*directors, "p0"])
            if roll < 0.4
            else rng.choice(keys[1 : keys.index(k)])
        )
    return keys, parent


def test_fifteen_people_never_overlap_and_superiors_sit_above() -> None:
    keys, parent = org(15, 1)
    coverage = {"us1": ["p0"], "us2": ["p1", "p2"], "us3": ["p0"]}
    layout = layout_chart(keys, parent, coverage)
    assert set(layout.boxes) == set(keys) and set(layout.ours) == {"us1", "us2", "us3"}
    assert overlapping_pairs(layout.all_boxes()) == []
    for k, p in parent.items():
        if p is not None:
            assert layout.boxes[p].bottom < layout.boxes[k].y
    # our people in one row above the chart
    ys = {b.y for b in layout.ours.values()}
    assert len(ys) == 1 and max(b.bottom for b in layout.ours.values()) < min(
        b.y for b in layout.boxes.values()
    )
    assert all(
        b.right <= layout.width + 0.01 and b.bottom <= layout.height + 0.01 for b in layout.all_boxes()
    )


def test_fifty_people_never_overlap_for_many_org_shapes() -> None:
    for seed in range(20):
        keys, parent = org(50, seed)
        layout = layout_chart(keys, parent, {"us": ["p0", "p3"], "them": ["p7"]})
        assert overlapping_pairs(layout.all_boxes()) == [], seed
        assert len(layout.boxes) == 50


def test_many_direct_reports_are_stacked_not_one_endless_row() -> None:
    keys = ["gm", *[f"s{i}" for i in range(20)]]
    parent: dict[str, str | None] = {"gm": None, **{f"s{i}": "gm" for i in range(20)}}
    layout = layout_chart(keys, parent)
    assert overlapping_pairs(layout.all_boxes()) == []
    assert layout.width < 6 * 200  # not 20 boxes wide


def test_loose_people_form_a_grid_and_a_loop_is_still_drawn() -> None:
    keys = [f"x{i}" for i in range(15)]
    layout = layout_chart(keys, {})
    assert overlapping_pairs(layout.all_boxes()) == []
    assert layout.height > BOX_H  # several rows
    looped = layout_chart(["a", "b"], {"a": "b", "b": "a"})
    assert set(looped.boxes) == {"a", "b"}


def test_saved_positions_are_kept_and_newcomers_placed_clear_of_them() -> None:
    saved = {"a": (0.0, 0.0), "b": (400.0, 10.0)}
    layout = merge_positions(["a", "b", "c", "d"], {"c": "a"}, saved)
    assert (
        layout.boxes["b"].x - layout.boxes["a"].x == 400 and layout.boxes["b"].y - layout.boxes["a"].y == 10
    )
    assert overlapping_pairs(layout.all_boxes()) == []


def test_connector_never_enters_the_subordinate_box() -> None:
    boss, sub = Box(100, 0), Box(300, 200)
    points = route(boss, sub)
    assert points[0] == (boss.cx, boss.bottom) and points[-1] == (sub.x, sub.cy)
    assert all(x <= sub.x for x, _ in points)


def test_coverage_line_bends_around_a_box_in_the_way() -> None:
    from kamdesk.domain.orgchart_lines import coverage_path, path_hits

    ours, blocker, target = Box(0, 0), Box(0, 200), Box(0, 400)
    points = coverage_path(ours, target, [ours, blocker, target])
    assert len(points) > 2 and not path_hits(points, [blocker])
    assert points[0] == (ours.cx, ours.bottom) and points[-1] == (target.cx, target.y)
    assert coverage_path(ours, target, [ours, target]) == [(ours.cx, ours.bottom), (target.cx, target.y)]


def test_coverage_lines_cross_fewer_boxes_than_straight_lines() -> None:
    from kamdesk.domain.orgchart_lines import coverage_line, coverage_path, path_hits

    keys, parent = org(15, 3)
    coverage = {"us1": ["p0", "p5", "p9"], "us2": ["p12"]}
    layout = layout_chart(keys, parent, coverage)
    boxes = list(layout.boxes.values())
    total_curved = total_straight = 0
    for our, covered in coverage.items():
        for key in covered:
            points = coverage_path(layout.ours[our], layout.boxes[key], boxes)
            others = [b for k, b in layout.boxes.items() if k != key]
            straight = list(coverage_line(layout.ours[our], layout.boxes[key]))
            crossed = sum(path_hits(points, [b]) for b in others)
            assert crossed <= sum(path_hits(straight, [b]) for b in others), (our, key)
            total_curved += crossed
            total_straight += sum(path_hits(straight, [b]) for b in others)
    assert total_curved < total_straight
