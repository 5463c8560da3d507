"""Field checks shared by the account, contact, contact-log and import
services. Each parser takes what a form or a file cell gives (text or an
already typed value) and returns the typed value, or records a clear message
for the field in ``errors``. The caller raises ``ValidationError(errors)``
when any message was recorded, before anything is written."""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TypeVar

from kamdesk import clock
from kamdesk.domain.codes import Coded
from kamdesk.domain.field_rules import YEAR_MAX, YEAR_MIN

Errors = dict[str, str]

_PHONE = re.compile(r"^[0-9+\-\s()（）.#/转分机extEXT]+$")
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]{2,}$")
_URL = re.compile(r"^(https?://)?([\w-]+\.)+[A-Za-z]{2,}(:\d+)?(/\S*)?$", re.IGNORECASE)
_POSTCODE = re.compile(r"^[0-9A-Za-z\- ]{3,12}$")
_DATE_SEPS = re.compile(r"[./年月]")
#: A number as text, of bounded length: parsing "1e999999" as a Decimal and
#: then an int costs a minute of CPU, so anything longer or with a larger
#: exponent is refused before it is converted (also Infinity and NaN).
_NUMBER = re.compile(r"[+-]?(?:\d{1,40}(?:\.\d{0,20})?|\.\d{1,20})(?:[eE][+-]?\d{1,2})?")
#: Longest text a number cell may hold (thousands separators included).
NUMBER_CHARS = 64

C = TypeVar("C", bound=Coded)


def clean(value: object) -> str | None:
    """Text trimmed; None for blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def text(errors: Errors, field: str, value: object, *, max_len: int, required: bool = False) -> str | None:
    out = clean(value)
    if out is None:
        if required:
            errors[field] = "required"
        return None
    if len(out) > max_len:
        errors[field] = f"too long ({len(out)} characters; at most {max_len})"
    return out


def phone(errors: Errors, field: str, value: object) -> str | None:
    out = clean(value)
    if out is None:
        return None
    digits = sum(map(str.isdigit, out))  # map: no generator frame per character (100k-row imports)
    if not _PHONE.match(out) or digits < 5:
        errors[field] = (
            f"not a phone number: {_shown(out)} (digits, spaces, + - ( ) allowed; at least 5 digits)"
        )
    elif len(out) > 40:
        errors[field] = "too long (at most 40 characters)"
    return out


def email(errors: Errors, field: str, value: object) -> str | None:
    out = clean(value)
    if out is None:
        return None
    if not _EMAIL.match(out) or len(out) > 120:
        errors[field] = f"not an e-mail address: {_shown(out)} (expected name@example.com)"
    return out


def url(errors: Errors, field: str, value: object) -> str | None:
    out = clean(value)
    if out is None:
        return None
    if not _URL.match(out) or len(out) > 200:
        errors[field] = f"not a web address: {_shown(out)} (expected www.example.com or https://…)"
    return out


def postcode(errors: Errors, field: str, value: object) -> str | None:
    out = clean(value)
    if out is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        out = str(value)
    elif isinstance(value, float) and value.is_integer():
        out = str(int(value))
    if not _POSTCODE.match(out):
        errors[field] = f"not a postcode: {_shown(out)} (3–12 letters, digits, spaces or -)"
    elif len(out) == 5 and out.isdigit():
        # Chinese postcodes have six digits: a spreadsheet that took the
        # column for numbers dropped the leading zero of 010020
        errors[field] = (
            f"postcode {out!r} has 5 digits, Chinese postcodes have 6: a spreadsheet may have dropped "
            f"a leading zero (write 0{out}); for a foreign postcode add the country, e.g. DE {out}"
        )
    return out


def parse_date(value: object) -> date:
    """A date from a date, a datetime, or text like 2024-03-05, 2024/3/5,
    2024.3.5 or 2024年3月5日. Raises ValueError."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    norm = _DATE_SEPS.sub("-", raw).rstrip("日").strip("-")
    parts = norm.split(" ")[0].split("-")
    # bounded lengths: a 5,000-digit "year" is neither a date nor worth converting
    if len(parts) == 3 and all(p.isdigit() and len(p) <= n for p, n in zip(parts, (4, 2, 2), strict=True)):
        y, m, d = (int(p) for p in parts)
        return date(y, m, d)
    raise ValueError(raw[:40])


def a_date(errors: Errors, field: str, value: object, *, not_future: bool = False) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        out = parse_date(value)
    except ValueError:
        errors[field] = f"not a date: {_shown(value)} (expected YYYY-MM-DD)"
        return None
    if out.year < YEAR_MIN or out.year > YEAR_MAX:
        errors[field] = f"date out of range: {out.isoformat()} (years {YEAR_MIN}–{YEAR_MAX})"
        return None
    today = clock.today()
    if not_future and out > today:
        errors[field] = f"date is in the future: {out.isoformat()} (at most {today.isoformat()})"
    return out


def _shown(value: object, limit: int = 40) -> str:
    """A bad value quoted for a message, cut short (a cell may hold a megabyte)."""
    text = str(value).strip()
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f"… ({len(text)} characters)"


def number_text(value: object) -> str | None:
    """The text of a number cell without thousands separators or currency
    signs, if it is a plain decimal number of bounded size; None otherwise."""
    raw = str(value).strip()
    if len(raw) > NUMBER_CHARS:
        return None
    raw = raw.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    return raw if _NUMBER.fullmatch(raw) else None


def amount(errors: Errors, field: str, value: object, *, allow_negative: bool = False) -> Decimal | None:
    """Money or a quantity: ≥ 0 unless ``allow_negative``; thousands separators and ¥ accepted."""
    if value is None:
        return None
    if isinstance(value, bool):
        errors[field] = "not an amount"
        return None
    if isinstance(value, (int, Decimal)):
        out = Decimal(value)
    elif isinstance(value, float):
        out = Decimal(str(value))
    else:
        if not str(value).strip():
            return None
        raw = number_text(value)
        if raw is None:
            errors[field] = f"not an amount: {_shown(value)} (digits, e.g. 12,500.00)"
            return None
        out = Decimal(raw)
    if not out.is_finite():
        errors[field] = "not an amount"
        return None
    if out < 0 and not allow_negative:
        errors[field] = f"must not be negative: {out}"
        return None
    if abs(out) >= Decimal("1e15"):
        errors[field] = f"amount too large: {out:.6g} (less than 10^15)"
        return None
    return out


def integer(
    errors: Errors, field: str, value: object, *, minimum: int = 0, maximum: int = 10**9
) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, int):
            out = value
        elif isinstance(value, float):
            if not value.is_integer():
                raise ValueError
            out = int(value)
        else:
            raw = number_text(value)
            if raw is None:
                raise ValueError
            dec = Decimal(raw)
            if dec.adjusted() > 18:
                # beyond 64 bits: refused before the (costly) conversion to int
                errors[field] = f"must be between {minimum} and {maximum}: {_shown(value)}"
                return None
            if dec != dec.to_integral_value():
                raise ValueError
            out = int(dec)
    except (ValueError, InvalidOperation, OverflowError):
        errors[field] = f"not a whole number: {_shown(value)}"
        return None
    if out < minimum or out > maximum:
        errors[field] = f"must be between {minimum} and {maximum}: {out}"
        return None
    return out


def number(errors: Errors, field: str, value: object, *, minimum: float, maximum: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, (int, float)):
            out = float(value)
        else:
            raw = number_text(str(value).strip().rstrip("%"))
            if raw is None:
                raise ValueError
            out = float(raw)
    except (ValueError, OverflowError):
        errors[field] = f"not a number: {_shown(value)}"
        return None
    if not math.isfinite(out):
        errors[field] = f"not a number: {_shown(value)}"
        return None
    if not minimum <= out <= maximum:
        errors[field] = f"must be between {minimum:g} and {maximum:g}: {out:g}"
        return None
    return out


def code(errors: Errors, field: str, value: object, cls: type[C]) -> C | None:
    """A seed code from a member, its code, or its Chinese or English label."""
    if value is None:
        return None
    if isinstance(value, cls):
        return value
    try:
        return _parse_code(cls, str(value))
    except ValueError:
        valid = ", ".join(f"{m.code} ({m.zh})" for m in cls)
        errors[field] = f"unknown code {_shown(value)}; expected one of: {valid}"
        return None


@lru_cache(maxsize=4096)
def _parse_code(cls: type[C], text: str) -> C | None:
    """Coded.parse, cached: imports parse the same few labels 100k times."""
    return cls.parse(text)


def boolean(errors: Errors, field: str, value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raw = str(value).strip().lower()
    if not raw:
        return None
    # 有/大/无: MAN as the seed writes it (M（有）, N（大）, m（无）)
    if raw in ("1", "y", "yes", "true", "是", "已上市", "上市", "√", "x", "有", "大"):
        return True
    if raw in ("0", "n", "no", "false", "否", "未上市", "非上市", "无", "没有"):
        return False
    errors[field] = f"expected yes or no (是/否): {_shown(value)}"
    return None
