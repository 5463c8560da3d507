"""How money and dates are written, once for the whole app: tables, the board,
charts, report screens, PDFs and exports all call these, so a rep never reads
"3,200,000.00" in one place, "¥320万" in another and "¥3.2M" in a third for
the same amount.

Money (yuan):

* ``money(v)`` — the full amount with ¥ and thousands separators, whole yuan
  unless there are cents: ``¥3,200,000``, ``¥1,234.50``; ``—`` for none.
* ``money(v, lang, short=True)`` — for cards, chart labels and totals where
  room is short: ``¥320万`` / ``¥1.25亿`` in Chinese (万 and 亿 are how a
  Chinese rep counts), ``¥3.2M`` / ``¥151.5k`` in English (never 万 in
  English). Below ten thousand the full amount.

Dates: ``date_text(d)`` is ISO ``2027-02-16`` everywhere (tables, cards,
PDFs); never a yearless "04-26" that cannot be told apart across a year.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

NONE = "—"

#: the one date format (Qt's equivalent for date edits and table delegates)
DATE_FORMAT = "%Y-%m-%d"
QT_DATE_FORMAT = "yyyy-MM-dd"


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _trim(text: str) -> str:
    """``1.50`` → ``1.5``, ``2.0`` → ``2`` (a short figure keeps only what it needs)."""
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _grouped(amount: Decimal, places: int) -> str:
    quantum = Decimal(1).scaleb(-places)
    return f"{amount.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"


def money(value: object, lang: str = "zh", *, short: bool = False, symbol: bool = True) -> str:
    """An amount in yuan as the rep reads it (see the module's docstring)."""
    amount = _decimal(value)
    if amount is None:
        return NONE
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    text = ""
    if short:
        if lang.lower().startswith("zh"):
            if amount >= 100_000_000:
                text = _trim(_grouped(amount / 100_000_000, 2)) + "亿"
            elif amount >= 10_000:
                text = _trim(_grouped(amount / 10_000, 1)) + "万"
        else:
            if amount >= 1_000_000:
                text = _trim(_grouped(amount / 1_000_000, 1)) + "M"
            elif amount >= 10_000:
                text = _trim(_grouped(amount / 1_000, 1)) + "k"
    if not text:
        whole = amount == amount.to_integral_value()
        text = _grouped(amount, 0 if whole or short else 2)
    return f"{sign}{'¥' if symbol else ''}{text}"


def short_money(value: object, lang: str = "zh", *, symbol: bool = True) -> str:
    return money(value, lang, short=True, symbol=symbol)


def date_text(value: date | datetime | None) -> str:
    """``2027-02-16`` (a datetime is written as its date); ``—`` for none."""
    if value is None:
        return NONE
    return value.strftime(DATE_FORMAT)
