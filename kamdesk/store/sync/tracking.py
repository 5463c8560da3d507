"""Change tracking on a laptop: SQLite triggers on every synced table.

Each insert, update or delete of a record adds one ``sync_change`` row per record
(not per edit) until the next push; an update stores the row's values as they
were before that first change (``base_values``, JSON of the stored values), the
common ancestor a field-by-field merge compares both sides with. A delete also
leaves a ``tombstone`` with the record's last version. Triggers fire only while
``store_meta.sync_tracking`` is ``on``: a laptop outside a team writes nothing
extra, and applying a pulled change set (``off`` for that transaction) is not
itself a change to push back.

Triggers name every column, so a migration that changes a table (SQLite batch
mode also drops a rebuilt table's triggers) is followed by a fresh install:
:func:`install_tracking` compares a signature kept in ``store_meta``.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, Table, text

from kamdesk.store.sync.tables import TRACKING, get_meta, set_meta, sync_tables

PREFIX = "kamsync_"
_SIGNATURE = "sync_triggers"
_PAIRS_PER_CALL = 50  # json_object takes at most 127 arguments in SQLite's default build


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _json_of(table: Table, row: str) -> str:
    calls = []
    cols = [c.name for c in table.columns]
    for i in range(0, len(cols), _PAIRS_PER_CALL):
        pairs = ", ".join(f"'{c}', {row}.{_q(c)}" for c in cols[i : i + _PAIRS_PER_CALL])
        calls.append(f"json_object({pairs})")
    out = calls[0]
    for call in calls[1:]:
        out = f"json_patch({out}, {call})"
    return out


def trigger_sql(table: Table) -> list[str]:
    t = table.name
    on = f"(SELECT value FROM store_meta WHERE key = '{TRACKING}') = 'on'"

    def untracked(row: str) -> str:
        return f"NOT EXISTS (SELECT 1 FROM sync_change WHERE record_uuid = {row}.uuid AND table_name = '{t}')"

    return [
        f"CREATE TRIGGER {PREFIX}{t}_i AFTER INSERT ON {_q(t)} WHEN {on} AND {untracked('NEW')} "
        f"BEGIN INSERT INTO sync_change (table_name, record_uuid) VALUES ('{t}', NEW.uuid); END",
        f"CREATE TRIGGER {PREFIX}{t}_u AFTER UPDATE ON {_q(t)} WHEN {on} AND {untracked('NEW')} "
        f"BEGIN INSERT INTO sync_change (table_name, record_uuid, base_values) "
        f"VALUES ('{t}', NEW.uuid, {_json_of(table, 'OLD')}); END",
        f"CREATE TRIGGER {PREFIX}{t}_d AFTER DELETE ON {_q(t)} WHEN {on} "
        f"BEGIN INSERT INTO sync_change (table_name, record_uuid) SELECT '{t}', OLD.uuid WHERE "
        f"{untracked('OLD')}; INSERT INTO tombstone (table_name, record_uuid, version, origin) "
        f"VALUES ('{t}', OLD.uuid, OLD.version, OLD.origin); END",
    ]


def _all_sql() -> list[str]:
    return [sql for table in sync_tables() for sql in trigger_sql(table)]


def _signature(statements: list[str]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()[:16]


def install_tracking(conn: Connection) -> bool:
    """(Re)create the triggers when missing or out of date; True when it did.
    SQLite only; the caller owns the transaction."""
    if conn.dialect.name != "sqlite":
        return False
    statements = _all_sql()
    signature = _signature(statements)
    present = conn.execute(
        text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"),
        {"p": PREFIX + "%"},
    ).scalar()
    if present == len(statements) and get_meta(conn, _SIGNATURE) == signature:
        return False
    names = conn.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"), {"p": PREFIX + "%"}
    ).scalars()
    for name in list(names):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
    for sql in statements:
        conn.exec_driver_sql(sql)
    set_meta(conn, _SIGNATURE, signature)
    return True


def set_tracking(conn: Connection, on: bool) -> None:
    set_meta(conn, TRACKING, "on" if on else "off")


def pending(conn: Connection) -> dict[str, dict[str, str | None]]:
    """Records changed since the last push: table → uuid → base values (JSON, or None
    for a record made here since)."""
    out: dict[str, dict[str, str | None]] = {}
    rows = conn.execute(text("SELECT table_name, record_uuid, base_values FROM sync_change ORDER BY seq"))
    for table, uuid, base in rows:
        out.setdefault(table, {}).setdefault(uuid, base)
    return out
