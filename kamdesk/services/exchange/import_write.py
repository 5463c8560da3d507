"""Writing the checked rows of an import: executemany of plain tuples, then
the search index refreshed in the same transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from kamdesk.domain.codes import Coded
from kamdesk.domain.search_terms import pinyin_keys
from kamdesk.domain.text import initials as exact_initials
from kamdesk.domain.text import sort_key as exact_sort_key
from kamdesk.services.exchange.exports import Progress
from kamdesk.services.exchange.import_check import _norm, _Prepared
from kamdesk.store.models import Account, Contact, CustomValue, Rep, new_uuid
from kamdesk.store.search import index_new_accounts, rebuild_account_search, reindex_accounts
from kamdesk.store.types import utcnow

#: Above this many new rows the pinyin keys come from the fast per-character
#: reader (see search_terms.pinyin_keys) and the whole search index is rebuilt.
BULK = 5000


def _db_value(value: object) -> object:
    """A Python value as SQLite stores it through KAMdesk's column types
    (codes as their code, money as integer cents, dates ISO, times naive UTC)."""
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
        if isinstance(value, Coded):
            return value.code
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def _converter(column: Any) -> Callable[[Any], object] | None:
    """How a column's Python values are stored (None: as they are)."""
    kind = type(column.type).__name__
    if kind == "CodeType":
        return lambda v: v.code if isinstance(v, Coded) else str(v)
    if kind == "Money":
        return lambda v: int((Decimal(v) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if kind in ("UTCDateTime", "Date", "Boolean", "DateTime"):
        return _db_value
    return None


def _bulk_insert(s: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """executemany of plain tuples: the fast path for 100k rows on SQLite
    (only the columns that need it are converted); other backends go through
    SQLAlchemy Core with the column types."""
    if not rows:
        return
    conn = s.connection()
    model = {"account": Account, "contact": Contact, "custom_value": CustomValue}[table]
    if conn.dialect.name != "sqlite":
        conn.execute(insert(model), rows)
        return
    # columns empty in every row are left out (the default NULL): a spreadsheet
    # fills a dozen of the account's fifty columns, and every bound parameter
    # costs SQLite time 100k times over
    keys = [k for k in rows[0] if any(r[k] is not None for r in rows)]
    columns = model.__table__.c
    convs = [(i, fn) for i, k in enumerate(keys) if (fn := _converter(columns[k])) is not None]
    params: list[tuple[object, ...]] = []
    for r in rows:
        vals = [r[k] for k in keys]
        for i, fn in convs:
            v = vals[i]
            if v is not None:
                vals[i] = fn(v)
        params.append(tuple(vals))
    sql = f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({', '.join('?' for _ in keys)})"
    conn.exec_driver_sql(sql, params)


@contextmanager
def _big_cache(s: Session, rows: int) -> Iterator[None]:
    """A larger SQLite page cache while many rows go in: ten indexes on the
    account table do not fit the default 2 MB, and every miss is a page read
    and write. Restored afterwards (the app keeps its memory small)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite" or rows < BULK:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size = -131072")  # 128 MB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _step(progress: Progress | None, checked: int, total: int) -> Callable[[float], None]:
    """Progress through the writing phase: ``fraction`` of what remains after checking."""

    def report(fraction: float) -> None:
        if progress is not None:
            progress(checked + int((total - checked) * fraction), total)

    return report


def _keys(name: str, bulk: bool) -> tuple[str, str]:
    return pinyin_keys(name) if bulk else (exact_sort_key(name), exact_initials(name))


def _custom_row(
    field_id: int, value: str, now: datetime, *, account_id: int | None = None, contact_id: int | None = None
) -> dict[str, Any]:
    return {
        "uuid": new_uuid(),
        "field_id": field_id,
        "account_id": account_id,
        "contact_id": contact_id,
        "value": value,
        "created_at": now,
        "updated_at": now,
    }


def _account_rows(s: Session, good: list[_Prepared], bulk: bool, now: datetime) -> list[dict[str, Any]]:
    """The new accounts' rows, each with its owner: the rep the file names, else me."""
    from kamdesk.services.me import ensure_my_rep_id

    me = ensure_my_rep_id(s)
    reps = {n: i for i, n in s.execute(select(Rep.id, Rep.name))}
    rows = []
    for g in good:
        v = dict(g.values)
        v["uuid"] = new_uuid()
        owner = v.pop("owner_name", None)
        if owner and owner not in reps:
            rep = Rep(name=owner, is_me=False, active=True)  # a rep named in the file, new on this laptop
            s.add(rep)
            s.flush()
            reps[owner] = rep.id
        v["owner_id"] = reps[owner] if owner else me
        v["sort_key"], v["initials"] = _keys(v["name"], bulk)
        v["archived"] = False
        v["created_at"] = now
        v["updated_at"] = now
        rows.append(v)
    return rows


def _write_accounts(
    s: Session, good: list[_Prepared], step: Callable[[float], None]
) -> tuple[list[str], int]:
    conn = s.connection()
    bulk = len(good) > BULK
    now = utcnow()
    before = s.scalar(select(func.coalesce(func.max(Account.id), 0))) or 0
    rows = _account_rows(s, good, bulk, now)
    if rows:
        step(0.3)
        _bulk_insert(s, "account", rows)
        step(0.5)
    ids = {u: i for i, u in s.execute(select(Account.id, Account.uuid).where(Account.id > before))}
    contact_rows = []
    custom_rows: list[dict[str, Any]] = []
    for g, v in zip(good, rows, strict=True):
        acc_id = ids[v["uuid"]]
        custom_rows.extend(_custom_row(fid, value, now, account_id=acc_id) for fid, value in g.custom)
        if g.contact:
            sk, ini = _keys(g.contact["name"], bulk)
            contact_rows.append(
                {
                    "uuid": new_uuid(),
                    "account_id": acc_id,
                    "name": g.contact["name"],
                    "title": g.contact["title"],
                    "mobile": g.contact["mobile"],
                    "email": g.contact["email"],
                    "sort_key": sk,
                    "initials": ini,
                    "is_private": False,
                    "archived": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    if contact_rows:
        _bulk_insert(s, "contact", contact_rows)
    if custom_rows:
        _bulk_insert(s, "custom_value", custom_rows)
    step(0.6)
    if bulk:
        index_new_accounts(conn, before)  # only the new rows, not the whole index
    else:
        reindex_accounts(s, list(ids.values()))
    return [r["uuid"] for r in rows], len(contact_rows)


def _write_contacts(s: Session, good: list[_Prepared], step: Callable[[float], None]) -> list[str]:
    conn = s.connection()
    bulk = len(good) > BULK
    now = utcnow()
    before = s.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0
    rows = []
    for g in good:
        v = dict(g.values)
        v["uuid"] = new_uuid()
        v["sort_key"], v["initials"] = _keys(v["name"], bulk)
        v["archived"] = False
        v["created_at"] = now
        v["updated_at"] = now
        v["reports_to_id"] = None
        rows.append(v)
    if rows:
        step(0.3)
        _bulk_insert(s, "contact", rows)
        step(0.5)
    ids = {u: i for i, u in s.execute(select(Contact.id, Contact.uuid).where(Contact.id > before))}
    # reports-to by name, within the same account (people already here or in the file)
    wanted = [(g, ids[v["uuid"]]) for g, v in zip(good, rows, strict=True) if g.reports_to]
    if wanted:
        acc_ids = {g.values["account_id"] for g, _ in wanted}
        by_name = {
            (a, _norm(n)): i
            for i, a, n in s.execute(
                select(Contact.id, Contact.account_id, Contact.name).where(Contact.account_id.in_(acc_ids))
            )
        }
        for g, cid in wanted:
            boss = by_name.get((g.values["account_id"], _norm(g.reports_to)))
            if boss is not None and boss != cid:
                s.execute(update(Contact).where(Contact.id == cid).values(reports_to_id=boss))
    custom_rows = [
        _custom_row(fid, value, now, contact_id=ids[v["uuid"]])
        for g, v in zip(good, rows, strict=True)
        for fid, value in g.custom
    ]
    if custom_rows:
        _bulk_insert(s, "custom_value", custom_rows)
    touched = sorted({g.values["account_id"] for g in good})
    if len(touched) > BULK:
        rebuild_account_search(conn)
    else:
        reindex_accounts(s, touched)
    return [r["uuid"] for r in rows]
