"""The account list's rows: the columns read for a page and their conversion
to :class:`AccountRow` (cheap enough for 200 rows per scroll step)."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Literal, NamedTuple, overload

from sqlalchemy import Integer, literal_column, select, text, type_coerce
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.classify import effective_urgency
from kamdesk.domain.grading import Cadence, CounterpartyKind, Grade, RelationshipType, Tier, Urgency
from kamdesk.services.accounts.query import _A, _R, _raw
from kamdesk.store.db import Database
from kamdesk.store.models import Account, CustomField, CustomValue, Rep


class AccountRow(NamedTuple):
    """One line of the account list: display values, with codes as members
    (``row.tier.label(lang)``). A NamedTuple: immutable like the other rows,
    and cheap to build 200 at a time while the user scrolls."""

    uuid: str
    name: str
    short_name: str | None
    number: str | None
    tier: Tier | None
    grade: Grade | None
    cadence: Cadence | None
    industry: str | None
    province: str | None
    city: str | None
    phone: str | None
    owner_uuid: str | None
    owner_name: str | None
    last_touch_at: datetime | None
    days_overdue: int | None  # > 0: overdue by that many days
    revenue_total: Decimal | None
    relationship_type: RelationshipType | None
    counterparty_kind: CounterpartyKind | None
    archived: bool
    urgency: Urgency | None = None  # 处理时间 as of the list's day
    custom: dict[str, str | None] = {}  # noqa: RUF012 (custom field uuid → value; never mutated)

    def value(self, key: str) -> object:
        """The value of a list column by its key (see ACCOUNT_COLUMNS)."""
        if key.startswith("custom:"):
            return self.custom.get(key[7:])
        return getattr(self, _ATTR_OF.get(key, key))


#: Ordered (key, English header) columns of the account list. Custom fields are
#: appended by :func:`account_columns` as ``custom:<uuid>``.
ACCOUNT_COLUMNS: list[tuple[str, str]] = [
    ("name", "Name"),
    ("short_name", "Short name"),
    ("tier", "Tier"),
    ("grade", "Grade"),
    ("cadence", "Cadence"),
    ("industry", "Industry"),
    ("city", "City"),
    ("phone", "Phone"),
    ("owner", "Owner"),
    ("last_touch", "Last touch"),
    ("days_overdue", "Days overdue"),
    ("urgency", "Urgency"),
    ("revenue", "Revenue"),
]

_ATTR_OF = {"owner": "owner_name", "last_touch": "last_touch_at", "revenue": "revenue_total"}


def account_columns(db: Database) -> list[tuple[str, str]]:
    """ACCOUNT_COLUMNS followed by the user's custom account fields."""
    with db.reading() as s:
        extra = s.execute(
            select(CustomField.uuid, CustomField.name)
            .where(CustomField.entity == "account")
            .order_by(CustomField.position, CustomField.id)
        ).all()
    return [*ACCOUNT_COLUMNS, *((f"custom:{u}", n) for u, n in extra)]


_TIERS = {m.code: m for m in Tier}
_GRADES = {m.code: m for m in Grade}
_CADENCES = {m.code: m for m in Cadence}
_RELATIONSHIPS = {m.code: m for m in RelationshipType}
_KINDS = {m.code: m for m in CounterpartyKind}
_URGENCIES = {m.code: m for m in Urgency}


def _as_date(value: Any) -> date | None:
    """A stored date (ISO text on SQLite)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


_NO_CUSTOM: dict[str, str | None] = {}


_US, _RS = "\x1f", "\x1e"  # unit and record separators inside the custom-values column

#: Custom values of each listed account in one column, looked up per row by
#: SQLite itself (uuid␟value␞uuid␟value…): no second query with 200 ids.
_CUSTOM_INLINE = text(
    "(SELECT group_concat(cf.uuid || char(31) || cv.value, char(30)) FROM custom_value cv "
    "JOIN custom_field cf ON cf.id = cv.field_id "
    "WHERE cv.account_id = account.id AND cv.value IS NOT NULL)"
)


@functools.cache
def _row_select(*, inline_custom: bool = True) -> Any:
    """The list's columns from the Core tables (no ORM loading for list pages);
    with ``inline_custom`` (SQLite) the custom values as a 21st column.
    Built once: a select is immutable (``.where`` returns a new one), and
    coercing its 21 columns again for every page cost ~0.3 ms."""
    extra: list[Any] = [literal_column(str(_CUSTOM_INLINE))] if inline_custom else []
    return select(
        _A.id,
        _A.uuid,
        _A.name,
        _A.short_name,
        _A.number,
        _raw(_A.tier),
        _raw(_A.grade),
        _raw(_A.cadence),
        _A.industry,
        _A.province,
        _A.city,
        _A.phone,
        _R.uuid,
        _R.name,
        _raw(_A.last_touch_at),
        type_coerce(_A.revenue_total, Integer()),
        _raw(_A.relationship_type),
        _raw(_A.counterparty_kind),
        _A.archived,
        _raw(_A.created_at),
        _raw(_A.urgency),
        _A.urgency_manual,
        _raw(_A.handle_by),
        *extra,
    ).select_from(Account.__table__.outerjoin(Rep.__table__, _R.id == _A.owner_id))


def _utc(value: Any) -> datetime | None:
    """A stored UTC time (text on SQLite, a datetime elsewhere) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) in (19, 26):
        # naive UTC text as SQLite stores it: one parse, 6× cheaper than parse + replace
        return datetime.fromisoformat(value + "+00:00")
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


@overload
def _rows(s: Session, q: Any, today: date, *, inline_custom: bool = ...) -> list[AccountRow]: ...
@overload
def _rows(
    s: Session, q: Any, today: date, *, with_keys: Literal[True], inline_custom: bool = ...
) -> tuple[list[AccountRow], dict[int, str]]: ...
def _rows(s: Session, q: Any, today: date, *, with_keys: bool = False, inline_custom: bool = True) -> Any:
    conn = s.connection()
    raw = conn.execute(q).all()
    ids = [r[0] for r in raw]
    custom: dict[int, dict[str, str | None]] = {}
    if inline_custom:
        for r in raw:
            if r[23]:
                custom[r[0]] = dict(item.split(_US, 1) for item in r[23].split(_RS))
    elif ids:
        for acc_id, fuuid, value in conn.execute(
            select(CustomValue.account_id, CustomField.uuid, CustomValue.value)
            .join(CustomField, CustomField.id == CustomValue.field_id)
            .where(CustomValue.account_id.in_(ids))
        ).all():
            if acc_id is not None:
                custom.setdefault(acc_id, {})[fuuid] = value
    tz = clock.zone()
    out: list[AccountRow] = []
    for r in raw:
        # times and money read as stored (naive UTC text, integer cents) and
        # converted here: cheaper than the column types for a page of rows
        touched = _utc(r[14])
        since = touched or _utc(r[19])  # never touched: counted from when it was created
        cadence = _CADENCES.get(r[7]) if r[7] else None
        overdue = (today - since.astimezone(tz).date()).days - cadence.days if since and cadence else None
        out.append(
            AccountRow(
                r[1],
                r[2],
                r[3],
                r[4],
                _TIERS.get(r[5]) if r[5] else None,
                _GRADES.get(r[6]) if r[6] else None,
                cadence,
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
                touched,
                overdue,
                None if r[15] is None else Decimal(r[15]).scaleb(-2),  # cents → yuan, two places
                _RELATIONSHIPS.get(r[16]) if r[16] else None,
                _KINDS.get(r[17]) if r[17] else None,
                bool(r[18]),
                effective_urgency(
                    _URGENCIES.get(r[20]) if r[20] else None,
                    bool(r[21]),
                    _as_date(r[22]),
                    today,
                ),
                custom.get(r[0], _NO_CUSTOM),
            )
        )
    if with_keys:
        # id → the sort key the list query adds last (where the next page continues)
        key_at = 24 if inline_custom else 23
        return out, {r[0]: r[key_at] for r in raw}
    return out


def rows_by_ids(s: Session, ids: list[int], today: date) -> list[AccountRow]:
    """Rows for the given account ids, in that order."""
    if not ids:
        return []
    inline = s.get_bind().dialect.name == "sqlite"
    rows = {
        r.uuid: r
        for r in _rows(
            s, _row_select(inline_custom=inline).where(Account.id.in_(ids)), today, inline_custom=inline
        )
    }
    order = {i: u for i, u in s.execute(select(Account.id, Account.uuid).where(Account.id.in_(ids)))}
    return [rows[order[i]] for i in ids if i in order and order[i] in rows]
