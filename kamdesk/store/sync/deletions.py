"""Applying a change set's tombstones: a delete stands unless this side edited
the record (or, through its cascade, a record under it) since the last sync —
an edit outlives a delete, and what it kept goes back to the server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, delete, insert, or_, select

from kamdesk.errors import UserError
from kamdesk.store.models import Base
from kamdesk.store.sync.tables import sync_tables

if TYPE_CHECKING:
    from kamdesk.store.sync.apply import _Applier


class Deletions:
    """The tombstones of one change set, applied with its applier's state
    (connection, mode, pending edits, report, change log)."""

    def __init__(self, applier: _Applier) -> None:
        self.applier = applier

    def tombstone(self, stone: dict[str, Any]) -> None:
        name, uuid = stone.get("table"), stone.get("uuid")
        if (
            not isinstance(name, str)
            or not isinstance(uuid, str)
            or name not in {t.name for t in sync_tables()}
        ):
            raise UserError(f"a change set names an unknown record {name!r}")
        table = Base.metadata.tables[name]
        if name in ("account", "contact"):
            col = table.c.id if name == "account" else table.c.account_id
            self.applier.touched.update(
                self.applier.conn.execute(select(col).where(table.c.uuid == uuid)).scalars()
            )
        if uuid in self.applier.pending.get(name, {}) and self.applier.mode != "push":
            self.applier.report.skipped += 1  # edited here since: the edit outlives the delete
            return
        if self.applier.mode == "push":
            gone = self.applier.conn.execute(delete(table).where(table.c.uuid == uuid)).rowcount
        else:
            gone = self._delete_unless_edits_go(table, uuid)
        self.applier.report.deleted += gone
        if self.applier.mode == "push":
            self.applier.conn.execute(
                insert(self.applier.tomb).values(
                    table_name=name,
                    record_uuid=uuid,
                    version=stone.get("version"),
                    origin=stone.get("origin"),
                )
            )
            self.applier.log_applied(name, uuid)

    def _delete_unless_edits_go(self, table: Table, uuid: str) -> int:
        """Delete a record, unless its cascade would take records edited here since the
        last sync (a visit edited under an account deleted elsewhere): then the record
        stays, as an edit outlives a delete, and goes back to the server with them."""
        watched = {
            name: list(uuids)
            for name, uuids in self.applier.pending.items()
            if uuids and name != table.name and _descends(name, table.name)
        }

        def present() -> int:
            n = 0
            for name, uuids in watched.items():
                t = Base.metadata.tables[name]
                for i in range(0, len(uuids), 5000):
                    part = uuids[i : i + 5000]
                    n += len(self.applier.conn.execute(select(t.c.id).where(t.c.uuid.in_(part))).all())
            return n

        before = present() if watched else 0
        savepoint = self.applier.conn.begin_nested() if watched else None
        gone = self.applier.conn.execute(delete(table).where(table.c.uuid == uuid)).rowcount
        if savepoint is not None:
            if present() < before:
                savepoint.rollback()
                self.applier.report.skipped += 1
                self._keep_alive(table, uuid)
                return 0
            savepoint.commit()
        return int(gone)

    def _keep_alive(self, table: Table, uuid: str) -> None:
        """Mark a record kept against a delete, and everything under it, as changed here:
        the next push restores on the server what its delete took."""
        for name, uuids in subtree(self.applier.conn, table, uuid).items():
            mine = self.applier.pending.setdefault(name, {})
            fresh = [u for u in uuids if u not in mine]
            if fresh:
                self.applier.conn.execute(
                    insert(self.applier.log), [{"table_name": name, "record_uuid": u} for u in fresh]
                )
                mine.update(dict.fromkeys(fresh))


def subtree(conn: Connection, table: Table, uuid: str) -> dict[str, list[str]]:
    """The record and every record a delete of it cascades to: table → uuids."""
    root = conn.execute(select(table.c.id).where(table.c.uuid == uuid)).scalar()
    ids: dict[str, list[int]] = {table.name: [] if root is None else [root]}
    out: dict[str, list[str]] = {table.name: [uuid]}
    for t in sync_tables():
        if t.name == table.name:
            continue
        conds = [
            col.in_(ids[fk.column.table.name])
            for col in t.columns
            for fk in col.foreign_keys
            if fk.ondelete == "CASCADE" and ids.get(fk.column.table.name)
        ]
        if not conds:
            continue
        rows = conn.execute(select(t.c.id, t.c.uuid).where(or_(*conds))).all()
        if rows:
            ids[t.name] = [r.id for r in rows]
            out[t.name] = [r.uuid for r in rows]
    return out


def _descends(child: str, parent: str, seen: frozenset[str] = frozenset()) -> bool:
    """True when deleting a ``parent`` record can cascade to ``child`` records."""
    for col in Base.metadata.tables[child].columns:
        for fk in col.foreign_keys:
            target = fk.column.table.name
            if fk.ondelete != "CASCADE" or target == child or target in seen:
                continue
            if target == parent or _descends(target, parent, seen | {child}):
                return True
    return False
