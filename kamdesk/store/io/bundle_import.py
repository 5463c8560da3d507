"""Importing a JSON bundle: read and validate the file, then merge it into
the database in one transaction (a dry run rolls it back after counting what
it would add, update and skip). Records are matched by UUID, so a bundle from
one laptop imports into another without duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, literal_column, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.store.db import Database, user_error_from
from kamdesk.store.io import merge
from kamdesk.store.io.bundle_records import (
    CHUNK,
    FORMAT,
    SCHEMA_PATH,
    Progress,
    bundle_tables,
    fk_target,
    ref_key,
    row_values,
)
from kamdesk.store.io.limits import load_json
from kamdesk.store.models import Base
from kamdesk.store.privacy import keep_on_update


@dataclass
class ImportReport:
    """What an import added, updated and skipped, per table."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    conflicts: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    def _bump(self, bucket: dict[str, int], table: str) -> None:
        bucket[table] = bucket.get(table, 0) + 1

    def summary(self) -> str:
        def total(d: dict[str, int]) -> int:
            return sum(d.values())

        head = "would add" if self.dry_run else "added"
        parts = [
            f"{head} {total(self.added)}",
            f"{'would update' if self.dry_run else 'updated'} {total(self.updated)}",
            f"skipped {total(self.skipped)} (already up to date or newer here)",
        ]
        if self.conflicts:
            parts.append(
                f"{total(self.conflicts)} changed on both sides: kept this side's, "
                "the other side's saved to review (kamdesk conflicts)"
            )
        detail = ", ".join(f"{t} +{n}" for t, n in sorted(self.added.items()) if n)
        return "; ".join(parts) + (f" — {detail}" if detail else "")


def read_bundle(path: Path) -> dict[str, Any]:
    """Parse and validate a bundle file; UserError says what is wrong."""
    path = path.expanduser()
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    try:
        with path.open("r", encoding="utf-8") as fh:
            doc = load_json(fh.read(), path.name)
    except UnicodeDecodeError as exc:
        raise UserError(f"{path.name}: not a UTF-8 JSON bundle") from exc
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    validate_document(doc, path.name)
    checked: dict[str, Any] = doc
    return checked


def validate_document(doc: Any, name: str = "bundle") -> None:
    """Check ``doc`` against the bundle schema (every table's columns, types and
    seed codes). A newer KAMdesk's bundle, an unknown table or field is named
    first, in words, before the schema's own message."""
    import jsonschema

    from kamdesk.store.schema import known_revisions

    if isinstance(doc, dict) and doc.get("format") == FORMAT:
        revision = doc.get("schema_revision")
        if isinstance(revision, str) and revision not in known_revisions():
            raise UserError(
                f"{name} was written by a newer KAMdesk (schema {revision}); update KAMdesk to import it"
            )
        _check_names(doc.get("tables"), name)
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    error = next(iter(validator.iter_errors(doc)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise UserError(f"{name}: not a valid KAMdesk bundle ({where}: {error.message})")


def _check_names(tables: Any, name: str) -> None:
    if not isinstance(tables, dict):
        return
    known = {t.name: t for t in bundle_tables()}
    for tname, rows in tables.items():
        table = known.get(tname)
        if table is None:
            raise UserError(f"{name}: unknown table {tname!r}")
        allowed = {c.name for c in table.columns if c.name != "id" and fk_target(c) is None}
        allowed |= {ref_key(c) for c in table.columns if fk_target(c) is not None}
        seen: dict[str, int] = {}
        for i, row in enumerate(rows if isinstance(rows, list) else [], 1):
            extra = set(row) - allowed if isinstance(row, dict) else set()
            if extra:
                raise UserError(f"{name}: {tname} record {i}: unknown field(s) {', '.join(sorted(extra))}")
            if not isinstance(row, dict) or not isinstance(row.get("uuid"), str):
                continue  # the schema says what is wrong with it
            uuid = row["uuid"].lower()
            if uuid in seen:
                raise UserError(
                    f"{name}: {tname} records {seen[uuid]} and {i} have the same uuid {row['uuid']}; "
                    "each record needs its own"
                )
            seen[uuid] = i


def _chunks(items: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[tuple[dict[str, Any], ...]]:
    # itertools.batched is 3.12+; the app supports 3.11
    stream = iter(rows)
    while chunk := tuple(islice(stream, size)):
        yield chunk


def apply_bundle(
    conn: Connection,
    doc: dict[str, Any],
    report: ImportReport,
    progress: Progress | None = None,
    *,
    source: str = "",
) -> None:
    """Merge ``doc`` into the database on ``conn`` (the caller owns the transaction).

    Each record found on both sides is decided by :func:`kamdesk.store.io.merge.decide`:
    taken, kept, or kept with the incoming values recorded in ``conflict``."""
    private = doc.get("include_private", True) is not False
    merge_records(
        conn,
        lambda table: doc["tables"].get(table.name, []),
        report,
        progress,
        private=private,
        source=source,
    )


def merge_records(
    conn: Connection,
    records_of: Callable[[Table], Iterable[dict[str, Any]]],
    report: ImportReport,
    progress: Progress | None = None,
    *,
    private: bool,
    source: str = "",
) -> None:
    """Merge each table's records in bundle form (``records_of(table)``, a list or a
    stream), in the tables' dependency order, then refresh the search index."""
    tables = bundle_tables()
    merger = _Merger(conn, report, private, source)
    for n, table in enumerate(tables):
        if progress:
            progress(table.name, n, len(tables))
        merger.table(table, records_of(table))
    _refresh_search(conn)


class _Merger:
    """Merges a bundle table by table; ``id_of`` maps each table's uuids to
    ids here, for the references of the tables after it."""

    def __init__(self, conn: Connection, report: ImportReport, private: bool, source: str) -> None:
        self.conn, self.report, self.private, self.source = conn, report, private, source
        self.id_of: dict[str, dict[str, int]] = {}
        self.conflict = Base.metadata.tables["conflict"]

    def table(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        """Merge one table's records; ``rows`` may be a stream (taken in chunks, so a
        copy from another database never holds a whole table's records at once)."""
        c = table.c
        existing = {
            r.uuid: r
            for r in self.conn.execute(
                select(c.id, c.uuid, c.updated_at, c.version, c.origin, c.base_version, c.base_origin)
            )
        }
        self.id_of[table.name] = {u: r.id for u, r in existing.items()}
        self_refs: list[tuple[str, str, str]] = []  # (row uuid, column, referenced uuid)
        written: dict[str, dict[str, Any]] = {}  # uuid -> the stamp columns it was written with
        for number, chunk in enumerate(_batches(rows, CHUNK)):
            self._chunk(table, chunk, number * CHUNK, existing, self_refs, written)
        self._fix_self_refs(table, self_refs, written)

    def _chunk(
        self,
        table: Table,
        rows: tuple[dict[str, Any], ...],
        before: int,
        existing: dict[str, Any],
        self_refs: list[tuple[str, str, str]],
        written: dict[str, dict[str, Any]],
    ) -> None:
        report, ids = self.report, self.id_of[table.name]
        fresh: list[dict[str, Any]] = []
        for i, raw in enumerate(rows, before + 1):
            refs: list[tuple[str, str, str]] = []
            values = row_values(table, raw, self.id_of, refs, f"{table.name} record {i}")
            found = existing.get(values["uuid"])
            if found is None:
                _received(values, raw)
                fresh.append(values)
                report._bump(report.added, table.name)
            else:
                taken = self._merge(table, raw, values, found)
                if taken is None:
                    continue
                values = taken
            self_refs += refs
            written[values["uuid"]] = {k: values[k] for k in _STAMPS if k in values}
        ids.update(_insert_fresh(self.conn, table, fresh))

    def _merge(
        self, table: Table, raw: dict[str, Any], values: dict[str, Any], found: Any
    ) -> dict[str, Any] | None:
        """A record both sides have: the values written, or None when ours is kept."""
        report = self.report
        decision = merge.decide(_state(found), _incoming(values, raw))
        if decision == "take":
            if "version" in raw:
                _received(values, raw)
            else:  # a bundle from before versions: applying it is a change made here
                values.update(version=found.version + 1, base_version=None, base_origin=None)
                values.pop("origin", None)
            values = keep_on_update(table.name, values, self.private)
            self.conn.execute(update(table).where(table.c.id == found.id).values(**values))
            report._bump(report.updated, table.name)
            return values
        if decision == "conflict":
            _record_conflict(self.conn, self.conflict, table.name, raw, found, self.source)
            report._bump(report.conflicts, table.name)
        else:
            report._bump(report.skipped, table.name)
        return None

    def _fix_self_refs(
        self, table: Table, self_refs: list[tuple[str, str, str]], written: dict[str, dict[str, Any]]
    ) -> None:
        ids = self.id_of[table.name]
        for row_uuid, column, ref_uuid in self_refs:
            ref_id = ids.get(ref_uuid)
            if ref_id is None:
                raise UserError(f"{table.name} {row_uuid}: {column} refers to a record not in the bundle")
            # the fix-up is part of the same record, not an edit: its stamps stay as written
            stamps = written[row_uuid]
            self.conn.execute(
                update(table)
                .where(table.c.uuid == row_uuid)
                .values(
                    {column: ref_id, **stamps, "version": stamps.get("version", literal_column("version"))}
                )
            )


_STAMPS = ("updated_at", "version", "origin", "base_version", "base_origin")


def _received(values: dict[str, Any], raw: dict[str, Any]) -> None:
    """Stamp a record taken from a bundle: its state is the sender's, and that is now our base."""
    if "version" not in raw:  # from before versions: the state both sides had before 0006
        values.update(version=1, origin=None, base_version=1, base_origin=None)
        return
    values["base_version"], values["base_origin"] = values.get("version"), values.get("origin")
    values.setdefault("origin", None)


def _state(row: Any) -> merge.State:
    return merge.State(row.version, row.origin, row.base_version, row.base_origin, row.updated_at)


def _incoming(values: dict[str, Any], raw: dict[str, Any]) -> merge.State:
    if "version" not in raw:
        return merge.State(None, None, None, None, values.get("updated_at"))
    return merge.State(
        values.get("version"),
        values.get("origin"),
        values.get("base_version"),
        values.get("base_origin"),
        values.get("updated_at"),
    )


def _record_conflict(
    conn: Connection, conflict: Table, table: str, raw: dict[str, Any], ours: Any, source: str
) -> None:
    """Keep the other side's values to review — once per incoming state."""
    k = conflict.c
    their_version, their_origin = raw.get("version"), raw.get("origin")
    seen = conn.execute(
        select(k.id).where(
            k.table_name == table,
            k.record_uuid == raw["uuid"],
            k.their_version.is_(None) if their_version is None else k.their_version == their_version,
            k.their_origin.is_(None) if their_origin is None else k.their_origin == their_origin,
            k.resolved_at.is_(None),
        )
    ).first()
    if seen is not None:
        return
    conn.execute(
        insert(conflict).values(
            table_name=table,
            record_uuid=raw["uuid"],
            their_values=json.dumps(raw, ensure_ascii=False, sort_keys=True),
            their_version=their_version,
            their_origin=their_origin,
            our_version=ours.version,
            our_origin=ours.origin,
            source=source[:255],
            found_at=clock.now(),
        )
    )


def _insert_fresh(conn: Connection, table: Table, fresh: list[dict[str, Any]]) -> dict[str, int]:
    """Insert new records in chunks, one statement per set of fields (records
    that leave out different optional fields, their defaults, cannot share one
    executemany); returns their ids by uuid. The ids come back with the insert:
    looking them up afterwards took seconds a chunk on PostgreSQL, whose plan for
    the lookup was made while the table was still empty."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for values in fresh:
        groups.setdefault(frozenset(values), []).append(values)
    ids: dict[str, int] = {}
    for rows in groups.values():
        for chunk in _chunks(rows, CHUNK):
            ids.update(conn.execute(insert(table).returning(table.c.uuid, table.c.id), chunk).all())
    return ids


def _refresh_search(conn: Connection) -> None:
    try:
        from kamdesk.store.search import rebuild_account_search
    except ImportError:
        return
    rebuild_account_search(conn)


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Merge a bundle file into ``db``: all of it, or (on any error) none of it."""
    doc = read_bundle(path)
    report = ImportReport(dry_run=dry_run)
    try:
        with db.engine.connect() as conn:
            trans = conn.begin()
            try:
                apply_bundle(conn, doc, report, progress, source=path.name)
            except BaseException:
                trans.rollback()
                raise
            if dry_run:
                trans.rollback()
            else:
                trans.commit()
    except OperationalError as exc:
        raise user_error_from(exc) from exc
    except IntegrityError as exc:
        # e.g. a second "me" rep, or a plan period this database already has under another uuid
        detail = str(exc.orig) if exc.orig is not None else str(exc)
        raise UserError(
            f"{path.name}: a record conflicts with one here ({detail}); nothing was imported"
        ) from None
    return report
