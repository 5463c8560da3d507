"""Column types: seed codes stored as their code string, money as integer
cents, timestamps as UTC. Kept as TypeDecorators so every backend stores the
same plain values and a bundle or a PostgreSQL server sees no surprises."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

from kamdesk import clock
from kamdesk.domain.codes import Coded

CENT = Decimal("0.01")


class CodeType(TypeDecorator[Coded]):
    """Stores a :class:`Coded` member by its code; loads it back as the member."""

    impl = String(24)
    cache_ok = True

    def __init__(self, enum_cls: type[Coded]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, self.enum_cls):
            return value.code
        return self.enum_cls(str(value)).code  # raises ValueError on unknown codes

    def process_result_value(self, value: Any, dialect: Dialect) -> Coded | None:
        if value is None:
            return None
        return self.enum_cls(value)


class Money(TypeDecorator[Decimal]):
    """A Decimal amount kept as integer cents (exact, and fast to sum in SQL)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(CENT)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes, stored as naive UTC (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected datetime, got {type(value).__name__}")
        if value.tzinfo is None:
            raise ValueError("naive datetime given; KAMdesk stores timezone-aware times only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stored: datetime = value
        return stored.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """Now, for column defaults: the clock's, so records made under ``KAMDESK_NOW`` carry it."""
    return clock.now()
