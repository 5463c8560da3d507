"""Chart scales shared by the screen charts and the PDF charts, so an axis
reads the same in both."""

from __future__ import annotations


def nice_max(value: float) -> float:
    """A round axis maximum ≥ ``value`` (1, 2, 2.5, 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    exp = 1.0
    while exp * 10 <= value:
        exp *= 10
    while exp > value:
        exp /= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * exp >= value:
            return step * exp
    return 10 * exp
