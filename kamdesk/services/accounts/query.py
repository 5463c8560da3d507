"""The account list: filter, sort and page in SQL (re-exported by
:mod:`kamdesk.services.accounts`)."""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal, NamedTuple, overload

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.classify import add_months, effective_urgency
from kamdesk.domain.codes import Coded
from kamdesk.domain.grading import (
    Cadence,
    CounterpartyKind,
    Grade,
    RelationshipType,
    RevisitInterval,
    Tier,
    Urgency,
)
from kamdesk.errors import UserError
from kamdesk.store.db import Database
from kamdesk.store.list_order import LIVE_SORT_KEYS
from kamdesk.store.models import Account, CustomField, CustomValue, Rep
from kamdesk.store.search import count_live_matches, count_matches, search_condition

_A = Account.__table__.c
_R = Rep.__table__.c


def _raw(col: Any) -> Any:
    """A code column read as its plain stored string (converted by dict lookup,
    much cheaper than the Enum call of the column type)."""
    return type_coerce(col, String())


def local_today() -> date:
    return clock.today()


def _local_midnight(day: date) -> datetime:
    return clock.day_start(day)


@dataclass(frozen=True)
class AccountFilter:
    """What the list shows. Empty tuples mean "any"; codes as members or codes."""

    text: str = ""
    tiers: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    cadences: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    relationship_types: tuple[str, ...] = ()
    urgencies: tuple[str, ...] = ()  # 处理时间 as of today (derived from the handle-by date)
    counterparty_kinds: tuple[str, ...] = ()
    owner_uuids: tuple[str, ...] = ()
    overdue_only: bool = False
    revisit_due_only: bool = False
    include_archived: bool = False
    #: only accounts in the focus industries (industry attractiveness, seed 001)
    focus_industries_only: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in self.__dataclass_fields__:
            value = getattr(self, key)
            out[key] = [str(v) for v in value] if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> AccountFilter:
        """The filter saved by :meth:`to_json`; unknown keys are ignored."""
        defaults = cls()
        kwargs: dict[str, Any] = {}
        for key in cls.__dataclass_fields__:
            if key not in doc:
                continue
            value, default = doc[key], getattr(defaults, key)
            if isinstance(default, tuple):
                kwargs[key] = tuple(str(v) for v in (value or ()))
            elif isinstance(default, bool):
                kwargs[key] = bool(value)
            else:
                kwargs[key] = str(value or "")
        return cls(**kwargs)


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


def _cadence_days() -> ColumnElement[Any]:
    return case(*((Account.cadence == c, literal(c.days)) for c in Cadence), else_=None)


def overdue_condition(today: date) -> ColumnElement[bool]:
    """Past the cadence: last touched (or, never touched, created) before
    local midnight of ``today`` minus the cadence's days, i.e. more than that
    many whole days ago. Portable SQL (one OR term per cadence)."""
    touched = func.coalesce(Account.last_touch_at, Account.created_at)
    return or_(
        *(
            and_(Account.cadence == c, touched < _local_midnight(today - timedelta(days=c.days)))
            for c in Cadence
        )
    )


def revisit_due_condition(today: date) -> ColumnElement[bool]:
    """A revisit interval set and the last visit that many days ago or more."""
    return or_(
        *(
            and_(Account.revisit_interval == r, Account.last_visit_on <= today - timedelta(days=r.days))
            for r in RevisitInterval
        )
    )


def _codes(values: tuple[str, ...], cls: type[Coded] | None) -> list[str]:
    """Filter values as stored: codes for a coded column (members, codes and
    labels accepted; an unknown one is a UserError naming it), text otherwise."""
    if cls is None:
        return [str(v) for v in values]
    out = []
    for v in values:
        try:
            member = cls.parse(str(v))
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        if member is not None:
            out.append(member.code)
    return out


def urgency_expr(today: date) -> Any:
    """处理时间 as of ``today`` in SQL, as :func:`kamdesk.domain.classify.effective_urgency`
    works it out: the stored code when set by hand or without a handle-by
    date, else the seed's class of the date (bounds bound as dates)."""
    derived = case(
        (Account.handle_by <= today + timedelta(days=7), literal(Urgency.URGENT.code)),
        (Account.handle_by <= add_months(today, 1), literal(Urgency.SOON.code)),
        (Account.handle_by <= add_months(today, 3), literal(Urgency.NOT_URGENT.code)),
        else_=literal(Urgency.SLOW.code),
    )
    return case(
        (or_(Account.urgency_manual.is_(True), Account.handle_by.is_(None)), _raw(_A.urgency)),
        else_=derived,
    )


def filter_conditions(
    s: Session, f: AccountFilter, today: date, *, probe_search: bool = False
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if not f.include_archived:
        # "= 0", not "IS 0": SQLite uses the partial indexes of the list
        # (WHERE archived = 0) only for the same term
        conds.append(_A.archived == false())
    if f.text.strip():
        cond = search_condition(s, f.text, probe=probe_search)
        if cond is not None:
            conds.append(cond)
    pairs: list[tuple[Any, tuple[str, ...], type[Coded] | None]] = [
        (_A.tier, f.tiers, Tier),
        (_A.grade, f.grades, Grade),
        (_A.cadence, f.cadences, Cadence),
        (_A.industry, f.industries, None),
        (_A.province, f.provinces, None),
        (_A.city, f.cities, None),
        (_A.relationship_type, f.relationship_types, RelationshipType),
        (_A.counterparty_kind, f.counterparty_kinds, CounterpartyKind),
    ]
    for column, values, cls in pairs:
        if values:
            conds.append(_raw(column).in_(_codes(values, cls)))
    if f.urgencies:
        conds.append(urgency_expr(today).in_(_codes(f.urgencies, Urgency)))
    if f.owner_uuids:
        conds.append(Account.owner_id.in_(select(Rep.id).where(Rep.uuid.in_(list(f.owner_uuids)))))
    if f.overdue_only:
        conds.append(overdue_condition(today))
    if f.revisit_due_only:
        conds.append(revisit_due_condition(today))
    if f.focus_industries_only:
        from kamdesk.services.planning.industries import ranking_in

        rows, _ = ranking_in(s)
        conds.append(Account.industry.in_([r.industry for r in rows if r.ranking.focus]))
    return conds


@functools.cache
def whole_list_count(*, include_archived: bool = False) -> Any:
    """The count of the unfiltered list as one statement: ``count(*)`` of the
    table (SQLite counts a b-tree without reading rows) minus the archived
    ones, sought in ``ix_account_archived``. ``WHERE archived = 0`` would
    visit every live entry of that index (2–6 ms at 100k accounts; without
    the index, a scan of the whole table: 25–80 ms)."""
    everything = select(func.count()).select_from(Account.__table__).scalar_subquery()
    if include_archived:
        return select(everything)
    archived = (
        select(func.count()).select_from(Account.__table__).where(_A.archived == true()).scalar_subquery()
    )
    return select(everything - archived)


#: The last search count per store: (filter, total). A keystroke counts the
#: hits, then asks for the first page, which needs to know whether the hits
#: are many (walk the sort index) or few (sort the hits): the count answers
#: that without a second MATCH over the index.
_SEARCH_COUNTS: weakref.WeakKeyDictionary[Database, tuple[AccountFilter, int]] = weakref.WeakKeyDictionary()


def _known_hits(db: Database, f: AccountFilter) -> int | None:
    known = _SEARCH_COUNTS.get(db)
    return known[1] if known is not None and known[0] == f else None


def count_accounts(db: Database, f: AccountFilter = AccountFilter(), *, today: date | None = None) -> int:
    with db.reading() as s:
        if f.text.strip() and f == AccountFilter(text=f.text, include_archived=f.include_archived):
            # text alone: count in the search index (ms instead of probing every hit)
            total = count_matches(s, f.text) if f.include_archived else count_live_matches(s, f.text)
            if total is not None:
                _SEARCH_COUNTS[db] = (f, total)
                return total
        if f == AccountFilter(include_archived=f.include_archived):
            return int(s.scalar(whole_list_count(include_archived=f.include_archived)) or 0)
        q = select(func.count()).select_from(Account).where(*filter_conditions(s, f, today or local_today()))
        return int(s.scalar(q) or 0)


#: With at least this many search hits, the first page walks the pinyin sort
#: index and probes the hits (stops after a page); with fewer, it sorts the hits.
WALK_INDEX_FROM = 1500


SORTS = (
    "name",
    "short_name",
    "tier",
    "grade",
    "cadence",
    "industry",
    "city",
    "phone",
    "owner",
    "last_touch",
    "days_overdue",
    "revenue",
    "urgency",
    "created",
)


def _sort_expr(s: Session, key: str, today: date) -> Any:
    if key == "name":
        return Account.sort_key
    if key == "tier":
        order = {Tier.PLATINUM: 0, Tier.GOLD: 1, Tier.SILVER: 2, Tier.ORDINARY: 3}
        return case(*((Account.tier == t, literal(i)) for t, i in order.items()), else_=9)
    if key == "cadence":
        return _cadence_days()
    if key == "urgency":  # most urgent first
        expr = urgency_expr(today)
        return case(*((expr == u.code, literal(i)) for i, u in enumerate(Urgency)), else_=9)
    if key == "owner":
        return Rep.name
    if key == "last_touch":
        return Account.last_touch_at
    if key == "revenue":
        return Account.revenue_total
    if key == "created":
        return Account.created_at
    if key == "days_overdue":
        touched = func.coalesce(Account.last_touch_at, Account.created_at)
        if s.get_bind().dialect.name == "sqlite":
            return func.julianday(today.isoformat()) - func.julianday(func.date(touched)) - _cadence_days()
        return touched  # elsewhere: oldest touch first approximates most overdue
    if key in ("short_name", "grade", "industry", "city", "phone"):
        return getattr(Account, key)
    if key.startswith("custom:"):
        return (
            select(CustomValue.value)
            .join(CustomField, CustomField.id == CustomValue.field_id)
            .where(CustomValue.account_id == Account.id, CustomField.uuid == key[7:])
            .scalar_subquery()
        )
    raise UserError(f"cannot sort the account list by {key!r}")


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


#: Where the last pages served ended, per store: (filter, descending, offset) →
#: (sort_key, id) of the last row. A lazy list asking for the next page at that
#: offset continues from there through the index (keyset) instead of skipping
#: ``offset`` rows again, so scrolling to the end of 100k accounts stays linear.
_CURSORS: weakref.WeakKeyDictionary[Database, dict[tuple[Any, ...], tuple[str, int]]] = (
    weakref.WeakKeyDictionary()
)
_CURSORS_PER_STORE = 64


def forget_list_positions(db: Database) -> None:
    """Drop the remembered page ends (services that add, delete or rename
    accounts call this; a list reloads from the top after a change anyway)."""
    _CURSORS.pop(db, None)
    _SEARCH_COUNTS.pop(db, None)


#: How many entries of the name index a search walks before it gives up and
#: sorts its hits: a walk is cheap when hits are spread over the alphabet
#: (公司), but 3,270 hits for ``zhongguo`` mostly sort under z, and walking to
#: them cost 3× sorting them.
WALK_BUDGET = 20_000


def _walked_ids(s: Session, f: AccountFilter, descending: bool, offset: int, limit: int) -> list[int] | None:
    """The page's ids for a text-only search by walking at most the first
    ``WALK_BUDGET`` live accounts in name order and probing each against the
    hits; None when that slice of the index holds too few hits (then sorting
    the hits is the cheaper plan). SQLite only (only there is a search walked)."""
    from kamdesk.domain.search_terms import search_query

    query = search_query(f.text)
    if query is None:
        return None
    order = "DESC" if descending else "ASC"
    sql = (
        "SELECT id FROM (SELECT id, sort_key FROM account WHERE archived = 0"
        f" ORDER BY sort_key {order}, id {order} LIMIT ?)"
        " WHERE +id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)"
        f" ORDER BY sort_key {order}, id {order} LIMIT ? OFFSET ?"
    )
    ids = [int(r[0]) for r in s.connection().exec_driver_sql(sql, (WALK_BUDGET, query, limit, offset))]
    return ids if len(ids) >= limit else None


#: From this offset on, a page of the unfiltered list may be read backwards.
_FROM_THE_END_AFTER = 5000


def _order(s: Session, sort: str, descending: bool, today: date) -> list[Any]:
    """ORDER BY of the list: the sort's key, the pinyin name, the id, all in
    one direction (so descending is the exact reverse and one index serves
    both). On SQLite the keys are the text of their partial indexes
    (kamdesk.store.list_order), so the live list walks an index."""
    key: Any
    if s.get_bind().dialect.name == "sqlite" and sort in LIVE_SORT_KEYS:
        key = literal_column(LIVE_SORT_KEYS[sort])
    else:
        key = _sort_expr(s, sort, today)
    keys = [key] if sort == "name" else [key, _A.sort_key]
    keys.append(_A.id)
    return [k.desc() if descending else k.asc() for k in keys]


def list_accounts(
    db: Database,
    f: AccountFilter = AccountFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    today: date | None = None,
) -> list[AccountRow]:
    """One page of the filtered list, sorted in SQL (name by pinyin).

    Ids first, then the rows: the page's ids come from the sort's index alone
    (the end of 100k accounts in a few ms), and only those rows are read with
    their custom values (the custom-values subquery ran for every sorted row).
    Pages by name continue from the previous page's last row when the offset
    is where that page ended (see ``_CURSORS``)."""
    day = today or local_today()
    offset = max(0, offset)
    with db.reading() as s:
        probe = False
        if sort == "name" and f.text.strip():
            hits = _known_hits(db, f)
            if hits is None:
                hits = count_matches(s, f.text, cap=WALK_INDEX_FROM)
            probe = hits is not None and hits >= WALK_INDEX_FROM
        walked = None
        if probe and offset + limit <= WALK_BUDGET and f == AccountFilter(text=f.text):
            walked = _walked_ids(s, f, descending, offset, limit)
            # None: the hits lie far down the name order (中国… under z): sort them instead
            probe = walked is not None
        conds = filter_conditions(s, f, day, probe_search=probe)
        remembered = _CURSORS.get(db, {})
        cursor = remembered.get((f, descending, offset)) if sort == "name" and offset else None
        if cursor is not None:
            key = tuple_(Account.sort_key, Account.id)
            conds.append(key < tuple_(*cursor) if descending else key > tuple_(*cursor))
        # a page past the middle of the whole list is read from the other end
        # (the end of 100k accounts: the first page of the reverse order)
        # when the count is cheap, i.e. without a filter
        backwards = False
        if cursor is None and offset >= _FROM_THE_END_AFTER and f == AccountFilter():
            total = int(s.scalar(whole_list_count()) or 0)
            if offset >= total:
                return []
            if offset > total // 2:
                backwards = True
                limit = min(limit, total - offset)
                offset = total - offset - limit
        ids_q = (
            select(_A.id)
            .where(*conds)
            .order_by(*_order(s, sort, descending != backwards, day))
            .limit(max(0, limit))
        )
        if sort == "owner":
            ids_q = ids_q.select_from(Account.__table__.outerjoin(Rep.__table__, _R.id == _A.owner_id))
        if cursor is None:
            ids_q = ids_q.offset(offset)
        ids = walked if walked is not None else list(s.connection().execute(ids_q).scalars())
        if backwards:
            ids.reverse()
            offset = total - offset - len(ids)
        if not ids:
            return []
        inline = s.get_bind().dialect.name == "sqlite"
        q = _row_select(inline_custom=inline).add_columns(_A.sort_key).where(_A.id.in_(ids))
        raw_rows, last_keys = _rows(s, q, day, with_keys=True, inline_custom=inline)
        by_id = dict(zip(last_keys, raw_rows, strict=True))
        rows = [by_id[i] for i in ids if i in by_id]
        if sort == "name" and ids[-1] in last_keys:
            store = _CURSORS.setdefault(db, {})
            if len(store) >= _CURSORS_PER_STORE:
                store.clear()
            store[(f, descending, offset + len(rows))] = (last_keys[ids[-1]], ids[-1])
        return rows


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
