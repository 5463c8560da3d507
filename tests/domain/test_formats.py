"""The one money and date format used by screens, PDFs and exports."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from kamdesk.domain.formats import date_text, money


@pytest.mark.parametrize(
    ("value", "full"),
    [
        (Decimal("3200000.00"), "¥3,200,000"),
        (Decimal("1234.50"), "¥1,234.50"),
        (Decimal("-20000"), "-¥20,000"),
        (0, "¥0"),
        (39717500.0, "¥39,717,500"),
        (None, "—"),
    ],
)
def test_full_amount_has_yen_grouping_and_cents_only_when_there_are_some(value: object, full: str) -> None:
    assert money(value) == full
    assert money(value, "en") == full  # the full amount reads the same in both languages


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        (Decimal("39240000"), "¥3,924万", "¥39.2M"),
        (Decimal("1515000"), "¥151.5万", "¥1.5M"),
        (Decimal("151500"), "¥15.2万", "¥151.5k"),
        (Decimal("80000"), "¥8万", "¥80k"),
        (Decimal("125000000"), "¥1.25亿", "¥125M"),
        (Decimal("6000"), "¥6,000", "¥6,000"),
    ],
)
def test_short_amount_counts_in_wan_in_chinese_and_k_m_in_english(value: Decimal, zh: str, en: str) -> None:
    assert money(value, "zh", short=True) == zh
    assert money(value, "en", short=True) == en
    assert "万" not in en and "亿" not in en


def test_axis_labels_leave_out_the_symbol() -> None:
    assert money(1_515_000, "zh", short=True, symbol=False) == "151.5万"


def test_one_date_format() -> None:
    assert date_text(date(2027, 2, 16)) == "2027-02-16"
    assert date_text(datetime(2026, 4, 26, 9, 30)) == "2026-04-26"
    assert date_text(None) == "—"
