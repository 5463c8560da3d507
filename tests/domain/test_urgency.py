"""处理时间: urgency from the date an account must be handled by (seed 003's classes)."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.classify import effective_urgency, urgency_for
from kamdesk.domain.grading import Urgency

TODAY = date(2026, 1, 31)


@pytest.mark.parametrize(
    ("handle_by", "expected"),
    [
        (date(2026, 1, 20), Urgency.URGENT),  # already late
        (date(2026, 2, 7), Urgency.URGENT),  # within a week
        (date(2026, 2, 8), Urgency.SOON),  # a week and a day
        (date(2026, 2, 28), Urgency.SOON),  # one month (Jan 31 + 1 month = Feb 28)
        (date(2026, 3, 1), Urgency.NOT_URGENT),
        (date(2026, 4, 30), Urgency.NOT_URGENT),  # three months
        (date(2026, 5, 1), Urgency.SLOW),
    ],
)
def test_the_seeds_classes_and_bounds(handle_by: date, expected: Urgency) -> None:
    assert urgency_for(handle_by, TODAY) is expected


def test_derived_urgency_moves_with_the_day_and_a_hand_set_one_stays() -> None:
    due = date(2026, 3, 15)
    assert effective_urgency(None, False, due, date(2026, 1, 1)) is Urgency.NOT_URGENT
    assert effective_urgency(Urgency.NOT_URGENT, False, due, date(2026, 3, 10)) is Urgency.URGENT
    assert effective_urgency(Urgency.SLOW, True, due, date(2026, 3, 10)) is Urgency.SLOW
    assert effective_urgency(Urgency.SOON, False, None, date(2026, 3, 10)) is Urgency.SOON
