"""Row plumbing for the demo generator: the SQL-level values the column types
store (dates as ISO text, times as naive UTC text, money as integer cents,
codes as their code strings), cheap unique UUIDs from the seeded generator,
and the chunked bulk writer."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, column, insert, table

from kamdesk.store.models import Base

#: Local working time is China Standard Time (UTC+8, no daylight saving).
UTC_OFFSET_HOURS = 8

Row = tuple[Any, ...]

#: Every generated record starts with these columns.
RECORD_COLS: tuple[str, ...] = ("id", "uuid", "created_at", "updated_at")


def cents(yuan: int | Decimal) -> int:
    """What the ``Money`` column stores for an amount: integer cents."""
    return int(Decimal(yuan) * 100)


class Calendar:
    """Day offsets relative to ``today`` mapped to the stored text once, so a
    million visits cost a list lookup each, not a strftime."""

    def __init__(self, today: date, back: int, ahead: int) -> None:
        self.today = today
        self.back = back
        self.ahead = ahead
        self._days = [(today + timedelta(days=o)).isoformat() for o in range(-back, ahead + 1)]
        self._weekday = [(today + timedelta(days=o)).weekday() for o in range(-back, ahead + 1)]
        # local 08:00..21:55 in 5-minute steps, stored as UTC on the same date
        self._times = [
            f" {h - UTC_OFFSET_HOURS:02d}:{m:02d}:00.000000" for h in range(8, 22) for m in range(0, 60, 5)
        ]
        self.working_past = [o for o in range(-back, 0) if self.weekday(o) < 5]
        #: planned visits fall in the coming four weeks
        self.working_ahead = [o for o in range(1, min(ahead, 28) + 1) if self.weekday(o) < 5]

    def day(self, offset: int) -> str:
        return self._days[offset + self.back]

    def weekday(self, offset: int) -> int:
        return self._weekday[offset + self.back]

    def date(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, local_hour: int, minute: int = 0) -> str:
        """Stored UTC text for local ``local_hour:minute`` on day ``offset`` (08–21 h)."""
        return self._days[offset + self.back] + self._times[(local_hour - 8) * 12 + minute // 5]

    def slot(self, offset: int, slot: int) -> str:
        """Stored UTC text for 5-minute slot ``slot`` (0 = 08:00 local) on day ``offset``."""
        return self._days[offset + self.back] + self._times[slot]


class UuidMaker:
    """Valid version-4 UUIDs, unique per table: random bits from the seeded
    generator for the first 64 bits of each table, the row id in the last 48.
    Deterministic for a seed, and sequential ids keep the unique index cheap."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._prefix: dict[str, str] = {}

    def prefix(self, table_name: str) -> str:
        got = self._prefix.get(table_name)
        if got is None:
            rnd = random.Random(f"{self._seed}:{table_name}")
            bits = rnd.getrandbits(76)
            a = bits >> 44
            b = (bits >> 28) & 0xFFFF
            c = (bits >> 16) & 0x0FFF
            d = bits & 0x3FFF
            got = f"{a:08x}-{b:04x}-4{c:03x}-{0x8000 | d:04x}-"
            self._prefix[table_name] = got
        return got


def check_columns(name: str, cols: Sequence[str]) -> None:
    """Fail early (a bug, not user input) if a generator names an unknown column
    or leaves out a NOT NULL one."""
    tbl = Base.metadata.tables[name]
    known = set(tbl.c.keys())
    unknown = [c for c in cols if c not in known]
    missing = [c.name for c in tbl.c if not c.nullable and c.server_default is None and c.name not in cols]
    if unknown or missing:
        raise RuntimeError(f"demo rows for {name}: unknown columns {unknown}, missing NOT NULL {missing}")


class Writer:
    """Inserts tuples in chunks through the SQLAlchemy connection (one
    executemany per chunk, no per-row SQL compilation)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}
        self.counts: dict[str, int] = {}

    def write(self, name: str, cols: tuple[str, ...], rows: list[Row]) -> None:
        if not rows:
            return
        key = (name, cols)
        if self.sqlite:
            sql = self._sql.get(key)
            if sql is None:
                check_columns(name, cols)
                quoted = ", ".join(f'"{c}"' for c in cols)
                sql = f"INSERT INTO {name} ({quoted}) VALUES ({', '.join('?' * len(cols))})"
                self._sql[key] = sql
            self.conn.exec_driver_sql(sql, rows)
        else:
            # untyped columns: the values are already what the column types store
            if key not in self._sql:
                check_columns(name, cols)
                self._sql[key] = name
            target = table(name, *(column(c) for c in cols))
            self.conn.execute(insert(target), [dict(zip(cols, r, strict=True)) for r in rows])
        self.counts[name] = self.counts.get(name, 0) + len(rows)
