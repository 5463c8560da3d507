"""Words instead of codes in lists: the value type "1"–"4" and the nine-grid
opening "A"–"I" read as what they mean ("大生意、大影响", "对手地盘 · 我方领先"),
with the strategy in the tooltip."""

from __future__ import annotations

from kamdesk.domain.matrix import ValueType, nine_grid, nine_grid_cell


def value_type_text(value_type: ValueType | None, lang: str) -> str:
    return value_type.label(lang) if value_type is not None else ""


def value_type_tip(value_type: ValueType | None, lang: str) -> str | None:
    if value_type is None:
        return None
    return f"{value_type.code} · {value_type.label(lang)}\n{value_type.strategy(lang)}"


def opening_text(cell: str | None, lang: str) -> str:
    """The opening as its territory and lead ("对手地盘 · 我方领先")."""
    if not cell:
        return ""
    try:
        territory, lead = nine_grid_cell(cell)
    except (KeyError, ValueError):
        return cell
    return f"{territory.label(lang)} · {lead.label(lang)}"


def opening_tip(cell: str | None, lang: str) -> str | None:
    if not cell:
        return None
    try:
        territory, lead = nine_grid_cell(cell)
    except (KeyError, ValueError):
        return None
    grid = nine_grid(territory, lead)
    return f"{grid.cell} · {grid.kind.label(lang)}\n{grid.strategy(lang)}"
