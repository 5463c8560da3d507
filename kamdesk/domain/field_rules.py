"""What a stored field may hold, one rule per field, whatever brought the
value in: a form, a CSV/XLSX row, a JSON bundle or a month-end submission.

The forms' services and every importer ask here, so a value a form refuses
(an influence weight of 120, a progress of +6, a score of 11, a visit done
next month) cannot come in through a file either. Messages name the field,
the bad value and what is allowed.

Pure: values are already typed (dates, datetimes, numbers); "today" is
passed in by the caller (the rep's date from ``kamdesk.clock``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from kamdesk.domain.evaluation import PROGRESS_MAX, PROGRESS_MIN, SCORE_MAX, SCORE_MIN

#: Dates and times outside these years are typing mistakes (and break calendars).
YEAR_MIN, YEAR_MAX = 1800, 2200
#: SQLite stores integers in 64 bits.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
#: A record that happened (a visit done, a contact logged) may be dated at most
#: this far after the rep's today: another laptop's zone may be a day ahead.
FUTURE_SLACK = timedelta(days=1)
#: Money (the only decimal columns) as the forms take it: below 10^15 yuan.
MAX_AMOUNT = Decimal(10) ** 15

Problem = str | None


def in_range(label: str, value: float | int | Decimal | None, low: float, high: float) -> Problem:
    """None, or "<label> 120 is outside 0–100"."""
    if value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"{label} {value} is not a number"
    if not low <= value <= high:
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{label} {shown} is outside {low:g}–{high:g}"
    return None


def whole_in_range(label: str, value: Any, low: int, high: int) -> Problem:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        return f"{label} {value!r} is not a whole number ({low}–{high})"
    return in_range(label, value, low, high)


def date_in_range(label: str, value: date | None) -> Problem:
    if value is None:
        return None
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        return f"{label} {value.isoformat()} is out of range (years {YEAR_MIN}–{YEAR_MAX})"
    return None


def not_after(label: str, value: date | None, today: date, slack: timedelta = timedelta(0)) -> Problem:
    if value is None:
        return None
    if value > today + slack:
        return f"{label} {value.isoformat()} is in the future (today is {today.isoformat()})"
    return None


def influence_weight(value: float | None) -> Problem:
    return in_range("influence weight (%)", value, 0, 100)


def progress_vs_rival(value: int | None) -> Problem:
    return whole_in_range("progress against the rival", value, PROGRESS_MIN, PROGRESS_MAX)


def value_score(label: str) -> Callable[[Any], Problem]:
    """The customer value matrix's scores: whole numbers 1–10."""
    return lambda v: whole_in_range(label, v, 1, 10)


def evaluation_score(value: float | None) -> Problem:
    return in_range("evaluation score", value, SCORE_MIN, SCORE_MAX)


def win_pct(value: int | None) -> Problem:
    return whole_in_range("win %", value, 0, 100)


#: (table, column) → rule for one typed value.
FIELD_RULES: dict[tuple[str, str], Callable[[Any], Problem]] = {
    ("stakeholder", "influence_pct"): influence_weight,
    ("opportunity", "progress_vs_rival"): progress_vs_rival,
    ("progress_point", "value"): progress_vs_rival,
    ("opportunity", "short_term_revenue"): value_score("short-term revenue score"),
    ("opportunity", "long_term_impact"): value_score("long-term impact score"),
    ("opportunity", "win_pct_override"): win_pct,
    ("evaluation_score", "score"): evaluation_score,
    ("product_comparison", "score"): evaluation_score,
    ("evaluation_criterion", "weight"): lambda v: in_range("criterion weight", v, 0, 1),
    ("coverage", "strength"): lambda v: whole_in_range("closeness", v, 1, 5),
    ("tas_answer", "question"): lambda v: whole_in_range("TAS question", v, 1, 4),
}


def _local_date(at: datetime, zone: Any) -> date:
    return at.astimezone(zone).date() if zone is not None else at.astimezone().date()


def value_problem(table: str, column: str, value: Any) -> Problem:
    """The generic limits every stored value obeys (64-bit integers, finite
    numbers, dates in range) and the field's own rule."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        return "whole number too large (more than 64 bits)"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a number"
    if isinstance(value, Decimal):
        if not value.is_finite():
            return f"{value} is not a number"
        if abs(value) >= MAX_AMOUNT:
            return f"amount {value:.6g} is too large (less than 10^15)"
    if isinstance(value, datetime):
        if not YEAR_MIN <= value.year <= YEAR_MAX:
            return f"time {value.isoformat()} is out of range (years {YEAR_MIN}–{YEAR_MAX})"
    elif isinstance(value, date):
        problem = date_in_range("date", value)
        if problem:
            return problem
    rule = FIELD_RULES.get((table, column))
    return rule(value) if rule is not None else None


def record_problems(
    table: str, values: Mapping[str, Any], *, today: date, zone: Any = None
) -> dict[str, str]:
    """Field → message for one record about to be stored (empty: it may be).

    Besides each value's own rule: a visit marked done cannot lie in the
    future, nor can a contact-log entry, a founding date or a birthday."""
    out: dict[str, str] = {}
    for column, value in values.items():
        problem = value_problem(table, column, value)
        if problem:
            out[column] = problem
    if out:
        return out
    if (
        table == "visit"
        and _code(values.get("status")) == "done"
        and isinstance(values.get("starts_at"), datetime)
    ):
        held = _local_date(values["starts_at"], zone)
        problem = not_after("a visit marked done on", held, today, FUTURE_SLACK)
        if problem:
            out["starts_at"] = problem
    if table == "contact_log" and isinstance(values.get("at"), datetime):
        problem = not_after("contact-log entry of", _local_date(values["at"], zone), today, FUTURE_SLACK)
        if problem:
            out["at"] = problem
    for tname, column, label in (
        ("account", "founded_on", "founding date"),
        ("contact", "birthday", "birthday"),
    ):
        if table == tname and isinstance(values.get(column), date):
            problem = not_after(label, values[column], today)
            if problem:
                out[column] = problem
    return out


def _code(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "code", value))
