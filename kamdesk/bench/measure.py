"""What a measure of the benchmark is, and the targets it is held to."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: The sorts of the account list a rep jumps to the end of (issue 20).
JUMP_SORTS = ("name", "owner", "city", "last_touch", "revenue", "days_overdue", "tier")

#: (measure, size) -> (target, unit, kind) where kind "max" is an absolute
#: ceiling and "ratio" a ceiling on value / floor.
TARGETS: dict[tuple[str, str], tuple[float, str, str]] = {
    ("start to usable main window", "small"): (400, "ms", "max"),
    ("start to usable main window", "large"): (600, "ms", "max"),
    ("account list first page", "small"): (2.0, "×", "ratio"),
    ("account list first page", "large"): (2.0, "×", "ratio"),
    ("search as you type (worst keystroke)", "small"): (30, "ms", "max"),
    ("search as you type (worst keystroke)", "large"): (30, "ms", "max"),
    ("open one account", "large"): (30, "ms", "max"),
    ("weekly PDF, one rep", "small"): (500, "ms", "max"),
    ("weekly PDF, one rep", "large"): (500, "ms", "max"),
    ("monthly PDF, one rep", "small"): (1000, "ms", "max"),
    ("monthly PDF, one rep", "large"): (1000, "ms", "max"),
    ("kamdesk report weekly (whole command)", "small"): (300, "ms", "max"),
    ("kamdesk report weekly (whole command)", "large"): (300, "ms", "max"),
    ("kamdesk report monthly (whole command)", "small"): (600, "ms", "max"),
    ("kamdesk report monthly (whole command)", "large"): (600, "ms", "max"),
    ("kamdesk visit-pack, the rep's own day (whole command)", "small"): (1000, "ms", "max"),
    ("kamdesk visit-pack, the rep's own day (whole command)", "large"): (1000, "ms", "max"),
    ("team rollup", "large"): (10000, "ms", "max"),
    ("import rows incl. preview", "large"): (5000, "ms", "max"),
    ("peak RSS (app, list scrolled to end)", "large"): (100, "MB", "max"),
    **{
        (f"jump to the end, by {sort}", size): (50, "ms", "max")
        for sort in JUMP_SORTS
        for size in ("small", "large")
    },
}


@dataclass
class Measure:
    name: str
    value: float | None
    unit: str
    floor: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def verdict(self, size: str) -> str:
        target = TARGETS.get((self.name, size))
        if target is None or self.value is None:
            return ""
        limit, _unit, kind = target
        got = self.ratio if kind == "ratio" else self.value
        if got is None:
            return ""
        return "ok" if got <= limit else "MISSED"

    def target_text(self, size: str) -> str:
        target = TARGETS.get((self.name, size))
        if target is None:
            return ""
        limit, unit, kind = target
        return f"≤ {limit:g}{unit}" if kind == "ratio" else f"≤ {limit:g} {unit}"


Step = Callable[[], None]


def paired_medians(a: Step, b: Step, *, repeat: int = 15) -> tuple[float, float]:
    """Medians (ms) of ``a`` and ``b`` run alternately, after one warm-up each:
    a load spike on a busy machine then hits both sides of a ratio alike
    instead of only the one measured at that moment."""
    a()
    b()
    sa: list[float] = []
    sb: list[float] = []
    for _ in range(repeat):
        for fn, out in ((a, sa), (b, sb)):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return statistics.median(sa), statistics.median(sb)


def target_dict(name: str, size: str) -> dict[str, Any] | None:
    target = TARGETS.get((name, size))
    if target is None:
        return None
    limit, unit, kind = target
    return {"limit": limit, "unit": unit, "kind": kind}
