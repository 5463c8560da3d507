"""The account search index: an FTS5 table on SQLite, LIKE search elsewhere.

``account_search`` has one row per account (rowid = account.id) and three
columns filled by :mod:`kamdesk.domain.search_terms`:

* ``body``   — name, short name, notes and contacts' names, Chinese split into
  single characters and pairs, latin lower-cased;
* ``phones`` — the account's phone and fax, and contacts' phones and mobiles,
  as digits with their tails;
* ``ini``    — pinyin initials of the account name (and its later syllables),
  the short name and contacts' names, and their full pinyin (syllables run
  together from each syllable on, see ``full_pinyin_tokens``).

Services call :func:`reindex_accounts` in the same transaction as every save
that changes what is indexed; the demo generator and imports call
:func:`rebuild_account_search` once after bulk inserts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    exists,
    false,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from kamdesk.domain.search_terms import (
    full_pinyin_tokens,
    initials_tokens,
    like_terms,
    phone_tokens,
    pinyin_keys,
    search_query,
    text_tokens,
)
from kamdesk.store.models import Account, Contact

TABLE = "account_search"

#: A token in the ``ini`` column of archived accounts, so a search counts the
#: live ones in the index alone (``… NOT ini : "qqarchivedqq"``).
ARCHIVED_TOKEN = "qqarchivedqq"

#: DDL of the index (the migration and tests use it). ``prefix``: FTS5 keeps
#: the merged hits of every 1-, 2- and 3-letter prefix, so a short prefix
#: (``z``, ``zh``, ``sh`` — full pinyin made those expand over ~10× more
#: distinct terms) is one lookup, not a merge of every term it starts.
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    "body, phones, ini, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)

_BATCH = 5000

#: FTS5 ``automerge``: its default, and the setting while a rebuild loads rows.
_AUTOMERGE = 4
_LOAD_AUTOMERGE = 16


def initials_of(text: str) -> str:
    """Pinyin initials as ``kamdesk.domain.text.initials`` gives them, through
    the cached bulk reader (``pinyin_keys``): the exact reader segments every
    name with pypinyin (~80 µs), which made short names alone cost ~8 s of a
    100k-account rebuild or import."""
    return pinyin_keys(text)[1]


def _connection(session_or_conn: Session | Connection) -> Connection:
    if isinstance(session_or_conn, Session):
        return session_or_conn.connection()
    return session_or_conn


def uses_fts(session_or_conn: Session | Connection) -> bool:
    """True when the store is SQLite (and so has the FTS5 index)."""
    return _connection(session_or_conn).dialect.name == "sqlite"


def account_document(
    name: str | None,
    short_name: str | None,
    notes: str | None,
    phones: Iterable[str | None],
    contact_names: Iterable[str | None],
    *,
    name_initials: str | None = None,
    short_initials: str | None = None,
    contact_initials: Iterable[str | None] = (),
    name_pinyin: str | None = None,
    contact_pinyin: Iterable[str | None] = (),
    archived: bool = False,
) -> tuple[str, str, str]:
    """The (body, phones, ini) columns for one account."""
    names = [n for n in contact_names if n]
    # one text: the spaces keep pairs from forming across names
    body = " ".join(text_tokens(" ".join([name or "", short_name or "", *names, notes or ""])))
    phone_parts: list[str] = []
    for p in phones:
        phone_parts.extend(phone_tokens(p))
    ini: list[str] = []
    if name:
        ini.extend(initials_tokens(name, known=name_initials or None))
    if short_name:
        ini.append(short_initials or initials_of(short_name))
    given = [c for c in contact_initials if c]
    ini.extend(given if given else [initials_of(n) for n in names])
    # full pinyin from the stored sort keys (no pinyin work) where given
    if name:
        ini.extend(full_pinyin_tokens(name_pinyin or pinyin_keys(name)[0]))
    if short_name:
        ini.extend(full_pinyin_tokens(pinyin_keys(short_name)[0]))
    keys = [k for k in contact_pinyin if k]
    for key in keys if len(keys) == len(names) else [pinyin_keys(n)[0] for n in names]:
        ini.extend(full_pinyin_tokens(key))
    if archived:
        ini.append(ARCHIVED_TOKEN)
    return body, " ".join(dict.fromkeys(phone_parts)), " ".join(dict.fromkeys(t for t in ini if t))


_SEP = "\x1f"  # between grouped values (never in names or phone numbers)


def _documents(
    conn: Connection, account_ids: Sequence[int] | None, *, after_id: int | None = None
) -> Iterator[tuple[int, str, str, str]]:
    """Documents for the given accounts (all when None; or those with an id
    above ``after_id``), in id order: one grouped query (contacts' names,
    phones and initials concatenated by SQLite) read through the raw cursor,
    then tokenised."""
    where = ""
    if account_ids is not None:
        where = "WHERE a.id IN (" + ",".join(str(int(i)) for i in account_ids) + ")"
    elif after_id is not None:
        where = f"WHERE a.id > {int(after_id)}"
    sql = f"""
        SELECT a.id, a.name, a.short_name, a.notes, a.phone, a.fax, a.initials, a.archived,
               a.sort_key,
               group_concat(c.name, '{_SEP}'),
               group_concat(coalesce(c.phone, '') || '{_SEP}' || coalesce(c.mobile, ''), '{_SEP}'),
               group_concat(c.initials, '{_SEP}'),
               group_concat(coalesce(c.sort_key, ''), '{_SEP}')
        FROM account a LEFT JOIN contact c ON c.account_id = a.id
        {where}
        GROUP BY a.id ORDER BY a.id"""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        while rows := cursor.fetchmany(5000):
            for (
                acc_id,
                name,
                short_name,
                notes,
                phone,
                fax,
                ini,
                archived,
                sort_key,
                c_names,
                c_phones,
                c_inis,
                c_keys,
            ) in rows:
                names = c_names.split(_SEP) if c_names else []
                phones = {phone, fax, *(c_phones.split(_SEP) if c_phones else ())}
                phones.discard("")
                phones.discard(None)
                inis = c_inis.split(_SEP) if c_inis else []
                if len(inis) != len(names) or not all(inis):
                    inis = [initials_of(n) for n in names]
                body, phone_col, ini_col = account_document(
                    name,
                    short_name,
                    notes,
                    sorted(p for p in phones if p),
                    names,
                    name_initials=ini or None,
                    contact_initials=inis,
                    name_pinyin=sort_key or None,
                    contact_pinyin=c_keys.split(_SEP) if c_keys else (),
                    archived=bool(archived),
                )
                yield acc_id, body, phone_col, ini_col
    finally:
        cursor.close()


def _insert(conn: Connection, docs: Iterable[tuple[int, str, str, str]]) -> None:
    batch: list[tuple[int, str, str, str]] = []
    sql = f"INSERT INTO {TABLE} (rowid, body, phones, ini) VALUES (?, ?, ?, ?)"
    for doc in docs:
        batch.append(doc)
        if len(batch) >= _BATCH:
            conn.exec_driver_sql(sql, batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)


def rebuild_account_search(conn: Connection) -> None:
    """Rebuild the whole index from the account and contact tables (bulk).

    A no-op on databases other than SQLite (they search with LIKE)."""
    if conn.dialect.name != "sqlite":
        return
    _begin_if_idle(conn)
    # dropping and creating is much faster than deleting every row of an FTS table
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    conn.exec_driver_sql(CREATE_SQL)
    # materialise first: reading and writing through one connection interleaved is slower
    docs = list(_documents(conn, None))
    # merge segments less often while loading (the final optimize merges them
    # all into one anyway): ~15% less CPU for 100k accounts; then the default
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', {_LOAD_AUTOMERGE})")
    _insert(conn, docs)
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', {_AUTOMERGE})")
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def _begin_if_idle(conn: Connection) -> None:
    """Open the driver's transaction now when none is open: pysqlite begins one
    only before INSERT/UPDATE/DELETE, so a DROP or CREATE issued first would
    commit on its own and a rollback of the caller's transaction would leave
    the index dropped (an empty search)."""
    driver = conn.connection.driver_connection
    if driver is not None and not driver.in_transaction:
        conn.exec_driver_sql("BEGIN")


def index_new_accounts(conn: Connection, after_id: int) -> None:
    """Add index rows for accounts with an id above ``after_id`` (just
    inserted in bulk, so not indexed yet): an import indexes its own rows
    instead of rebuilding the whole index."""
    if conn.dialect.name != "sqlite":
        return
    docs = list(_documents(conn, None, after_id=after_id))
    bulk = len(docs) >= 10 * _BATCH
    if bulk:
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', {_LOAD_AUTOMERGE})")
    _insert(conn, docs)
    if bulk:
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('automerge', {_AUTOMERGE})")


def reindex_accounts(session_or_conn: Session | Connection, account_ids: Iterable[int]) -> None:
    """Refresh the index rows of these accounts (deleted accounts drop out)."""
    conn = _connection(session_or_conn)
    if conn.dialect.name != "sqlite":
        return
    if isinstance(session_or_conn, Session):
        session_or_conn.flush()
    ids = sorted({int(i) for i in account_ids})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join(str(i) for i in chunk)
        conn.exec_driver_sql(f"DELETE FROM {TABLE} WHERE rowid IN ({marks})")
        _insert(conn, list(_documents(conn, chunk)))


def search_condition(
    session_or_conn: Session | Connection, typed: str, *, probe: bool = False
) -> ColumnElement[bool] | None:
    """A WHERE condition on ``Account`` for what the user typed, or None when
    the text holds nothing searchable. FTS5 on SQLite, LIKE elsewhere.

    ``probe``: for a term with many hits, written so SQLite walks the list's
    sort index and probes each account against the hits (``+id IN …`` keeps
    it from driving the query by the hits and sorting them all)."""
    if not typed.strip():
        return None
    if uses_fts(session_or_conn):
        query = search_query(typed)
        if query is None:
            return false()
        sub = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :search_q").bindparams(search_q=query)
        column = literal_column("+account.id") if probe else Account.id
        return column.in_(sub.columns(literal_column("rowid")))
    return like_condition(typed)


def account_ids_matching(
    session_or_conn: Session | Connection, typed: str, column: Any
) -> ColumnElement[bool] | None:
    """``column IN (accounts the index finds for typed)`` — to narrow other
    lists (contacts across all accounts) before their own checks. None when
    the store has no index or nothing searchable was typed."""
    if not uses_fts(session_or_conn):
        return None
    query = search_query(typed)
    if query is None:
        return None
    sub = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :narrow_q").bindparams(narrow_q=query)
    condition: ColumnElement[bool] = column.in_(sub.columns(literal_column("rowid")))
    return condition


def like_condition(typed: str) -> ColumnElement[bool]:
    """LIKE search over the same fields, for backends without FTS5."""
    conds: list[ColumnElement[bool]] = []
    for term in like_terms(typed):
        pat = f"%{term}%"
        low = f"{term.lower()}%"
        contact_hit = exists().where(
            and_(
                Contact.account_id == Account.id,
                or_(
                    Contact.name.like(pat),
                    Contact.phone.like(pat),
                    Contact.mobile.like(pat),
                    Contact.initials.like(low),
                ),
            )
        )
        conds.append(
            or_(
                Account.name.like(pat),
                Account.short_name.like(pat),
                Account.notes.like(pat),
                Account.phone.like(pat),
                Account.initials.like(f"%{term.lower()}%"),
                contact_hit,
            )
        )
    return and_(*conds) if conds else false()


def search_account_ids(session_or_conn: Session | Connection, typed: str, *, limit: int = 50) -> list[int]:
    """Ids of accounts matching ``typed``, unranked (index order), at most ``limit``:
    the cheap first hits while the user types."""
    conn = _connection(session_or_conn)
    if not typed.strip():
        return []
    if conn.dialect.name == "sqlite":
        query = search_query(typed)
        if query is None:
            return []
        rows = conn.exec_driver_sql(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?", (query, int(limit))
        )
        return [int(r[0]) for r in rows]
    rows2 = conn.execute(select(Account.id).where(like_condition(typed)).limit(limit))
    return [int(r[0]) for r in rows2]


def count_matches(session_or_conn: Session | Connection, typed: str, *, cap: int | None = None) -> int | None:
    """How many accounts match ``typed`` (archived ones included), counted in
    the index alone; at most ``cap`` when given (cheap: stops there). None on
    backends without the index or when nothing searchable was typed."""
    conn = _connection(session_or_conn)
    if conn.dialect.name != "sqlite":
        return None
    query = search_query(typed)
    if query is None:
        return None
    if cap is None:
        sql = f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH ?"
        return int(conn.exec_driver_sql(sql, (query,)).scalar() or 0)
    sql = f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?)"
    return int(conn.exec_driver_sql(sql, (query, int(cap))).scalar() or 0)


def count_live_matches(session_or_conn: Session | Connection, typed: str) -> int | None:
    """Matches that are not archived, counted in the index alone."""
    conn = _connection(session_or_conn)
    if conn.dialect.name != "sqlite":
        return None
    query = search_query(typed)
    if query is None:
        return None
    sql = f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH ?"
    return int(conn.exec_driver_sql(sql, (f'({query}) NOT ini : "{ARCHIVED_TOKEN}"',)).scalar() or 0)
