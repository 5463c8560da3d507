"""Checks on what a rep types into a stakeholder map (影响比重, 态度, 汇报关系),
pure so the services and forms share one wording of each problem."""

from __future__ import annotations

from collections.abc import Mapping

from kamdesk.domain.stakeholders import AttitudeLevel


def weight_error(value: float | None) -> str | None:
    """A message when an influence weight is outside 0–100, else None."""
    if value is None:
        return None
    if not 0.0 <= value <= 100.0:
        return f"influence weight {value:g}% is outside 0–100%"
    return None


def parse_attitude(text: str | None) -> AttitudeLevel | None:
    """``AttitudeLevel.parse`` with a clear message; blank means not rated."""
    if text is None or not str(text).strip():
        return None
    try:
        return AttitudeLevel.parse(str(text))
    except ValueError:
        raise ValueError(
            f"unknown attitude {str(text).strip()!r}; expected A–E with optional + or - (e.g. B+)"
        ) from None


def reports_to_cycle(
    parents: Mapping[str, str | None], child: str, new_parent: str | None
) -> list[str] | None:
    """The loop that ``child`` reporting to ``new_parent`` would close, or None.

    ``parents`` maps each person to whom they report now. The returned chain
    starts at ``child`` and ends at ``child`` again (e.g. [a, b, a])."""
    if new_parent is None:
        return None
    if new_parent == child:
        return [child, child]
    chain = [child, new_parent]
    seen = {child}
    current: str | None = new_parent
    while current is not None:
        if current in seen:
            return chain if current == child else None
        seen.add(current)
        current = parents.get(current)
        if current is not None:
            chain.append(current)
    return None
