"""The account list's pages: count, sort and page in SQL by the sort's index
(ids first, then the rows), continuing a scroll from the last page's end."""

from __future__ import annotations

import weakref
from datetime import date
from typing import Any

from sqlalchemy import case, func, literal, literal_column, select, tuple_
from sqlalchemy.orm import Session

from kamdesk.domain.grading import Tier, Urgency
from kamdesk.errors import UserError
from kamdesk.services.accounts.query import (
    _A,
    _R,
    AccountFilter,
    _cadence_days,
    filter_conditions,
    local_today,
    urgency_expr,
    whole_list_count,
)
from kamdesk.services.accounts.rows import AccountRow, _row_select, _rows
from kamdesk.store.db import Database
from kamdesk.store.list_order import LIVE_SORT_KEYS
from kamdesk.store.models import Account, CustomField, CustomValue, Rep
from kamdesk.store.search import count_live_matches, count_matches

#: the unfiltered live list (a frozen dataclass: one shared default)
_EVERYTHING = AccountFilter()

#: The last search count per store: (filter, total). A keystroke counts the
#: hits, then asks for the first page, which needs to know whether the hits
#: are many (walk the sort index) or few (sort the hits): the count answers
#: that without a second MATCH over the index.
_SEARCH_COUNTS: weakref.WeakKeyDictionary[Database, tuple[AccountFilter, int]] = weakref.WeakKeyDictionary()


def _known_hits(db: Database, f: AccountFilter) -> int | None:
    known = _SEARCH_COUNTS.get(db)
    return known[1] if known is not None and known[0] == f else None


def count_accounts(db: Database, f: AccountFilter = _EVERYTHING, *, today: date | None = None) -> int:
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
    f: AccountFilter = _EVERYTHING,
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
        if sort == "owner" and f == _EVERYTHING and s.get_bind().dialect.name == "sqlite":
            ids = _owner_page_ids(s, descending, offset, limit)
            return _rows_in_order(s, ids, day)[0]
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
        rows, last_keys = _rows_in_order(s, ids, day)
        if sort == "name" and ids and ids[-1] in last_keys:
            store = _CURSORS.setdefault(db, {})
            if len(store) >= _CURSORS_PER_STORE:
                store.clear()
            store[(f, descending, offset + len(rows))] = (last_keys[ids[-1]], ids[-1])
        return rows


def _rows_in_order(s: Session, ids: list[int], day: date) -> tuple[list[AccountRow], dict[int, str]]:
    """The rows of ``ids`` in that order, and id → sort key (where a page ends)."""
    if not ids:
        return [], {}
    inline = s.get_bind().dialect.name == "sqlite"
    q = _row_select(inline_custom=inline).add_columns(_A.sort_key).where(_A.id.in_(ids))
    raw_rows, last_keys = _rows(s, q, day, with_keys=True, inline_custom=inline)
    by_id = dict(zip(last_keys, raw_rows, strict=True))
    return [by_id[i] for i in ids if i in by_id], last_keys


def _owner_page_ids(s: Session, descending: bool, offset: int, limit: int) -> list[int]:
    """A page's ids of the whole live list by owner (SQLite), as
    ``ORDER BY rep.name, sort_key, id`` orders them, without sorting 100k
    joined rows (215 ms for the end of the list): the owners' live counts say
    which owners the page spans, and each owner's part is read in name order
    from ``ix_account_owner_sort``. Owners of the same name share a part (their
    accounts interleave by name); no owner, or one not in ``rep``, sorts as
    NULL: first ascending, last descending."""
    conn = s.connection()
    names: dict[int, str | None] = dict(conn.exec_driver_sql("SELECT id, name FROM rep").all())
    live: dict[int | None, int] = {
        owner: n
        for owner, n in conn.exec_driver_sql("SELECT owner_id, count(*) FROM account GROUP BY owner_id")
    }
    for owner, n in conn.exec_driver_sql(
        "SELECT owner_id, count(*) FROM account WHERE archived = 1 GROUP BY owner_id"
    ):
        live[owner] -= n
    parts: dict[str | None, list[int | None]] = {}
    for owner in live:
        parts.setdefault(names.get(owner) if owner is not None else None, []).append(owner)
    named = sorted(k for k in parts if k is not None)
    order: list[str | None] = [*([None] if None in parts else []), *named]
    if descending:
        order.reverse()
    direction, reverse = ("DESC", "ASC") if descending else ("ASC", "DESC")
    ids: list[int] = []
    start = 0  # where the current owner's part starts in the whole list
    for key in order:
        owners = parts[key]
        size = sum(live[o] for o in owners)
        begin, end = max(offset, start), min(offset + limit, start + size)
        if begin < end:
            skip, take = begin - start, end - begin
            # the far half of an owner's part is read backwards (fewer rows skipped)
            backwards = skip > size // 2
            sql = (
                "SELECT id FROM account WHERE archived = 0 AND "
                + _owner_condition(owners)
                + f" ORDER BY sort_key {reverse if backwards else direction}, id {reverse if backwards else direction}"
                " LIMIT ? OFFSET ?"
            )
            args = [o for o in owners if o is not None]
            got = [
                int(r[0])
                for r in conn.exec_driver_sql(sql, (*args, take, size - skip - take if backwards else skip))
            ]
            ids += reversed(got) if backwards else got
        start += size
        if start >= offset + limit:
            break
    return ids


def _owner_condition(owners: list[int | None]) -> str:
    """``owner_id`` among ``owners`` (bound as ?), None for no owner."""
    terms = []
    known = [o for o in owners if o is not None]
    if known:
        terms.append(f"owner_id IN ({', '.join('?' * len(known))})")
    if None in owners:
        terms.append("owner_id IS NULL")
    return f"({' OR '.join(terms)})"
