"""Applying a change set to one database (the caller owns the transaction).

Each incoming record is decided by what this side did with it since it last agreed:

* not here yet: inserted (unless this side deleted it and the incoming state is the
  one it deleted: the deletion stands and travels on);
* here and not changed since the last sync: taken (``mode="pull"``, from the
  server, which has seen every laptop), or decided by version and origin
  (:func:`kamdesk.store.io.merge.decide`, for a change file from another laptop);
* here and changed since (``sync_change`` holds the values it had before): merged
  **field by field** against that base — a field only one side changed takes that
  side's value; a field both changed differently takes the incoming (server's)
  value, and this side's record is kept in ``conflict`` to review
  (``kamdesk conflicts``); the merged record stays pending for the next push.

Tombstones delete a record unless this side edited it since (an edit outlives a
delete: nothing is silently lost). On the server (``mode="push"``) each applied
record is appended to its change log, the sequence laptops pull by.

Append-only records (stage and attitude history, contact logs, visits) are new
records with their own uuids: they merge as inserts, never as conflicts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Column, Connection, Table, delete, insert, select, update

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.store.io import merge
from kamdesk.store.io.bundle_records import fk_target, ref_key, row_values
from kamdesk.store.io.conflicts import record_as_bundle
from kamdesk.store.models import Base
from kamdesk.store.privacy import keep_on_update
from kamdesk.store.sync.deletions import Deletions
from kamdesk.store.sync.tables import ORIGIN, get_meta, sync_tables
from kamdesk.store.sync.tracking import pending

Mode = Literal["pull", "push", "file"]
_STAMPS = ("id", "created_at", "updated_at", "version", "origin", "base_version", "base_origin")
_MISSING = object()


@dataclass
class ApplyReport:
    added: int = 0
    updated: int = 0
    merged: int = 0  # changed on both sides, merged field by field
    deleted: int = 0
    conflicts: int = 0
    skipped: int = 0
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def applied(self) -> int:
        return self.added + self.updated + self.merged + self.deleted


def _ref_uuids(table: Table, rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for col in table.columns:
        target = fk_target(col)
        if target is None:
            continue
        key = ref_key(col)
        out.setdefault(target.name, set()).update(r[key] for r in rows if r.get(key))
    return out


def _load_ids(conn: Connection, id_of: dict[str, dict[str, int]], wanted: dict[str, set[str]]) -> None:
    for name, uuids in wanted.items():
        known = id_of.setdefault(name, {})
        missing = [u for u in uuids if u not in known]
        table = Base.metadata.tables[name]
        for i in range(0, len(missing), 5000):
            part = missing[i : i + 5000]
            known.update(
                dict(conn.execute(select(table.c.uuid, table.c.id).where(table.c.uuid.in_(part))).all())
            )


class _Applier:
    def __init__(self, conn: Connection, mode: Mode, source: str) -> None:
        self.conn, self.mode, self.source = conn, mode, source
        self.report = ApplyReport()
        self.pending = pending(conn) if conn.dialect.name == "sqlite" else {}
        self.origin = get_meta(conn, ORIGIN)
        self.id_of: dict[str, dict[str, int]] = {}
        self.log = Base.metadata.tables["sync_change"]
        self.tomb = Base.metadata.tables["tombstone"]
        self.touched: set[int] = set()  # accounts whose search entry changes
        self.fresh: list[dict[str, Any]] = []
        self.to_log: list[dict[str, str]] = []
        self.deletions = Deletions(self)

    # --- records ---------------------------------------------------------------

    def table(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        _load_ids(self.conn, self.id_of, {**_ref_uuids(table, rows), table.name: {r["uuid"] for r in rows}})
        c = table.c
        existing: dict[str, Any] = {}
        uuids = [r["uuid"] for r in rows]
        for i in range(0, len(uuids), 5000):
            for row in self.conn.execute(select(table).where(c.uuid.in_(uuids[i : i + 5000]))):
                existing[row.uuid] = row
        mine = self.pending.get(table.name, {})
        self_refs: list[tuple[str, str, str]] = []
        applied: list[dict[str, Any]] = []
        for n, raw in enumerate(rows, 1):
            refs: list[tuple[str, str, str]] = []
            try:
                values = row_values(table, raw, self.id_of, refs, f"{table.name} record {n}")
            except UserError:
                if self.mode == "push":
                    raise
                # e.g. its parent was deleted here: kept to review rather than lost or fatal
                self._conflict(table.name, raw["uuid"], raw, None)
                continue
            values = self._screen(table.name, values)
            found = existing.get(raw["uuid"])
            uuid = raw["uuid"]
            if found is None:
                if self._deleted_here(table.name, uuid, values):
                    self.report.skipped += 1
                    continue
                self._insert(table, values)
            elif uuid in mine and self.mode != "push":
                self._merge(table, found, values, mine[uuid])
            elif self._already_here(table, found, values):
                self.report.skipped += 1
                continue
            else:
                self._take(table, found.id, values)
            self_refs += refs
            self.log_applied(table.name, uuid)
            applied.append(values)
        self._insert_fresh(table)
        for values in applied:
            self._touch(table, values)
        for row_uuid, column, ref_uuid in self_refs:
            ref_id = self.id_of[table.name].get(ref_uuid)
            self.conn.execute(
                update(table)
                .where(c.uuid == row_uuid)
                .values(
                    {column: ref_id, "version": c.version, "origin": c.origin, "updated_at": c.updated_at}
                )
            )

    def _touch(self, table: Table, values: dict[str, Any]) -> None:
        if table.name == "account":
            self.touched.add(self.id_of["account"][values["uuid"]])
        elif table.name == "contact" and values.get("account_id") is not None:
            self.touched.add(values["account_id"])

    def _already_here(self, table: Table, found: Any, values: dict[str, Any]) -> bool:
        """Nothing to take: the same state (and, from the server, the same content), or from
        another laptop's file a state this side's record descends from."""
        if self.mode == "file" and merge.decide(_state(found), _state_of(values)) in ("same", "keep"):
            return True
        same_state = (found.version, found.origin) == (values.get("version"), values.get("origin"))
        return same_state and (self.mode != "pull" or _same_content(table, found, values))

    def _screen(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        if table == "rep":
            values.pop("is_me", None)
        if self.mode == "push":
            return values
        # what the server holds of a contact without its private details never erases them here
        return keep_on_update(table, values, include_private=False)

    def _deleted_here(self, table: str, uuid: str, values: dict[str, Any]) -> bool:
        """True when this side deleted the record in the state that comes in (the delete stands)."""
        if uuid not in self.pending.get(table, {}):
            return False
        stone = self.conn.execute(
            select(self.tomb.c.version, self.tomb.c.origin)
            .where(self.tomb.c.table_name == table, self.tomb.c.record_uuid == uuid)
            .order_by(self.tomb.c.id.desc())
        ).first()
        if stone is None:
            return False
        incoming = (values.get("version"), values.get("origin"))
        base = _from_stored(self.conn, Base.metadata.tables[table], self.pending[table][uuid]) or {}
        if incoming in ((stone.version, stone.origin), (base.get("version"), base.get("origin"))) or (
            incoming[1] == stone.origin and (incoming[0] or 0) <= (stone.version or 0)
        ):
            return True  # what comes in is what this side had, or an earlier state of it
        # changed elsewhere since: the edit outlives the delete; this side's delete is withdrawn
        self.conn.execute(
            delete(self.log).where(self.log.c.table_name == table, self.log.c.record_uuid == uuid)
        )
        self.conn.execute(
            delete(self.tomb).where(self.tomb.c.table_name == table, self.tomb.c.record_uuid == uuid)
        )
        self.pending.get(table, {}).pop(uuid, None)
        return False

    def _insert(self, table: Table, values: dict[str, Any]) -> None:
        values = dict(values)
        if table.name == "rep":
            values["is_me"] = False
        values.setdefault("origin", None)
        if self.mode != "push":
            values["base_version"], values["base_origin"] = values.get("version"), values.get("origin")
        self.fresh.append(values)  # inserted in bulk at the end of the table (one round trip per group)
        self.report.added += 1
        self.report.tables[table.name] = self.report.tables.get(table.name, 0) + 1

    def _insert_fresh(self, table: Table) -> None:
        groups: dict[frozenset[str], list[dict[str, Any]]] = {}
        for values in self.fresh:
            groups.setdefault(frozenset(values), []).append(values)
        for rows in groups.values():
            for i in range(0, len(rows), 2000):
                self.conn.execute(insert(table), rows[i : i + 2000])
        if self.fresh:
            _load_ids(self.conn, self.id_of, {table.name: {v["uuid"] for v in self.fresh}})
        self.fresh = []

    def _take(self, table: Table, row_id: int, values: dict[str, Any]) -> None:
        values = dict(values)
        values.setdefault("origin", None)
        if self.mode != "push":
            values["base_version"], values["base_origin"] = values.get("version"), values.get("origin")
        self.conn.execute(update(table).where(table.c.id == row_id).values(**values))
        self.report.updated += 1
        self.report.tables[table.name] = self.report.tables.get(table.name, 0) + 1

    def _merge(self, table: Table, found: Any, incoming: dict[str, Any], base_json: str | None) -> None:
        base = _from_stored(self.conn, table, base_json)
        ours = found._mapping
        merged: dict[str, Any] = {}
        clashes: list[Column[Any]] = []
        for col in table.columns:
            name = col.name
            if name in _STAMPS or name == "uuid" or name not in incoming:
                continue
            mine, theirs = ours[name], incoming[name]
            if mine == theirs:
                continue
            was = base.get(name, _MISSING) if base is not None else _MISSING
            if was is not _MISSING and mine == was:
                merged[name] = theirs  # only the other side changed it
            elif was is not _MISSING and theirs == was:
                continue  # only this side changed it: ours stands, and is pushed
            else:
                merged[name] = theirs  # both changed it: the server's value stands…
                clashes.append(col)
        before = record_as_bundle(self.conn, table, found.uuid) if clashes else None
        version = max(found.version, incoming.get("version") or 0) + 1
        self.conn.execute(
            update(table)
            .where(table.c.id == found.id)
            .values(
                **merged,
                version=version,
                origin=self.origin,
                updated_at=clock.now(),
                base_version=incoming.get("version"),
                base_origin=incoming.get("origin"),
            )
        )
        # the incoming state is the new common ancestor for the next merge of this record
        self.conn.execute(
            update(self.log)
            .where(self.log.c.table_name == table.name, self.log.c.record_uuid == found.uuid)
            .values(base_values=_stored_json(self.conn, table, {**dict(ours), **incoming}))
        )
        self.report.merged += 1
        if before is not None:
            # …and this side's is kept whole, with its own values in the clashing fields
            after = record_as_bundle(self.conn, table, found.uuid) or {}
            theirs_kept = dict(after)
            for col in clashes:
                key = ref_key(col) if fk_target(col) is not None else col.name
                theirs_kept[key] = before.get(key)
            self._conflict(
                table.name, found.uuid, theirs_kept, (found.version, found.origin), ours_version=version
            )

    def _conflict(
        self,
        table: str,
        uuid: str,
        kept: dict[str, Any],
        state: tuple[int, str | None] | None,
        *,
        ours_version: int = 0,
    ) -> None:
        conflict = Base.metadata.tables["conflict"]
        self.conn.execute(
            insert(conflict).values(
                table_name=table,
                record_uuid=uuid,
                their_values=json.dumps(kept, ensure_ascii=False, sort_keys=True),
                their_version=state[0] if state else kept.get("version"),
                their_origin=(state[1] if state else kept.get("origin")) or self.origin,
                our_version=ours_version,
                our_origin=self.origin,
                source=self.source[:255],
                found_at=clock.now(),
            )
        )
        self.report.conflicts += 1

    def log_applied(self, table: str, uuid: str) -> None:
        if self.mode == "push":
            self.to_log.append({"table_name": table, "record_uuid": uuid})

    def flush_log(self) -> None:
        if self.to_log:
            self.conn.execute(insert(self.log), self.to_log)
            self.to_log = []


def apply_changes(conn: Connection, doc: dict[str, Any], *, mode: Mode, source: str) -> ApplyReport:
    """Merge change set ``doc`` into the database on ``conn``; see the module notes."""
    applier = _Applier(conn, mode, source)
    tables = doc.get("tables", {})
    known = {t.name for t in sync_tables()}
    for name in tables:
        if name not in known:
            raise UserError(f"a change set names an unknown table {name!r}")
    for table in sync_tables():
        applier.table(table, list(tables.get(table.name, [])))
    order = {t.name: i for i, t in enumerate(sync_tables())}
    for stone in sorted(doc.get("tombstones", []), key=lambda s: -order.get(s.get("table"), 0)):
        applier.deletions.tombstone(stone)
    applier.flush_log()
    if conn.dialect.name == "sqlite" and applier.touched:
        from kamdesk.store.search import rebuild_account_search, reindex_accounts

        if len(applier.touched) > 5000:
            rebuild_account_search(conn)
        else:
            reindex_accounts(conn, applier.touched)
    return applier.report


# --- helpers -------------------------------------------------------------------


def _state(row: Any) -> merge.State:
    return merge.State(row.version, row.origin, row.base_version, row.base_origin, row.updated_at)


def _state_of(values: dict[str, Any]) -> merge.State:
    return merge.State(
        values.get("version"),
        values.get("origin"),
        values.get("base_version"),
        values.get("base_origin"),
        values.get("updated_at"),
    )


def _same_content(table: Table, found: Any, values: dict[str, Any]) -> bool:
    return all(found._mapping[k] == v for k, v in values.items() if k in table.c and k not in ("id",))


def _from_stored(conn: Connection, table: Table, text: str | None) -> dict[str, Any] | None:
    """``base_values`` (JSON of SQLite's stored values) as the columns' Python values."""
    if text is None:
        return None
    stored = json.loads(text)
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name not in stored:
            continue
        value = stored[col.name]
        proc = col.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
        out[col.name] = proc(value) if proc is not None and value is not None else value
    return out


def _stored_json(conn: Connection, table: Table, values: dict[str, Any]) -> str:
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name not in values:
            continue
        value = values[col.name]
        proc = col.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        out[col.name] = proc(value) if proc is not None and value is not None else value
    return json.dumps(out, ensure_ascii=False, default=str)
