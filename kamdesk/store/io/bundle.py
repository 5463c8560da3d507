"""The JSON bundle: the whole database as one documented, versioned file
(schema: ``resources/schema/bundle.schema.json``).

Records are keyed by UUID and refer to each other by UUID (a column
``owner_id`` becomes ``owner_uuid``), so a bundle from one laptop imports into
another without duplicates. Import is all-or-nothing: one transaction, and a
dry run rolls it back after counting what it would add, update and skip.

The walk is generic over ``Base.metadata``: a table added to the models is in
the bundle without touching this module.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Column, Connection, String, Table, func, insert, literal_column, select, update
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from kamdesk import __version__, clock
from kamdesk.domain.field_rules import record_problems
from kamdesk.errors import UserError
from kamdesk.paths import create_private, resources_dir
from kamdesk.store.db import Database, user_error_from
from kamdesk.store.io import merge
from kamdesk.store.io.limits import load_json
from kamdesk.store.models import Base
from kamdesk.store.privacy import NAME_SNAPSHOTS, keep_on_update, public_record
from kamdesk.store.types import CodeType, Money, UTCDateTime

FORMAT = "kamdesk-bundle"
FORMAT_VERSION = 1
SCHEMA_PATH = resources_dir() / "schema" / "bundle.schema.json"
_CHUNK = 2000

Progress = Callable[[str, int, int], None]


def _tables() -> list[Table]:
    """The tables a bundle holds: every model table but this database's own (``info["bundle"]``)."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("bundle", True)]


def _fk_target(col: Column[Any]) -> Table | None:
    for fk in col.foreign_keys:
        return fk.column.table
    return None


def _ref_key(col: Column[Any]) -> str:
    return col.name[:-3] + "_uuid" if col.name.endswith("_id") else col.name + "_uuid"


# --- values ---------------------------------------------------------------------


def _dump_value(col: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(col.type, CodeType):
        return value.code
    if isinstance(col.type, Money):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def load_value(col: Column[Any], raw: Any) -> Any:
    if raw is None:
        return None
    ctype = col.type
    try:
        if isinstance(ctype, CodeType):
            return ctype.enum_cls(str(raw))
        if isinstance(ctype, Money):
            if isinstance(raw, bool) or not isinstance(raw, str | int):
                raise ValueError
            return Decimal(str(raw))
        if isinstance(ctype, UTCDateTime):
            parsed = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                raise ValueError
            return parsed
        python_type = ctype.python_type
        if python_type is date:
            return date.fromisoformat(str(raw))
        if python_type is bool:
            if not isinstance(raw, bool):
                raise ValueError
            return raw
        if python_type is int:
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise ValueError
            return raw
        if python_type is float:
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise ValueError
            return float(raw)
        if python_type is str:
            if not isinstance(raw, str):
                raise ValueError
            length = getattr(ctype, "length", None)
            if isinstance(ctype, String) and length and len(raw) > length:
                raise ValueError(f"too long ({len(raw):,} characters; at most {length})")
            return raw
    except ValueError as exc:
        if str(exc).startswith("too long"):
            raise
        raise ValueError(f"invalid value {_shown(raw)}") from exc
    except (InvalidOperation, TypeError, OverflowError) as exc:
        raise ValueError(f"invalid value {_shown(raw)}") from exc
    return raw


def _shown(raw: Any) -> str:
    text = repr(raw)
    return text if len(text) <= 60 else text[:60] + f"… ({len(text)} characters)"


# --- export ---------------------------------------------------------------------


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    records: dict[str, int]
    include_private: bool

    @property
    def total(self) -> int:
        return sum(self.records.values())


def _header(include_private: bool) -> dict[str, Any]:
    from kamdesk.store.schema import head_revision

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema_revision": head_revision(),
        "app_version": __version__,
        "exported_at": clock.now().isoformat().replace("+00:00", "Z"),
        "include_private": include_private,
    }


def _private_contacts(conn: Connection) -> set[int]:
    contact = Base.metadata.tables["contact"]
    return set(conn.execute(select(contact.c.id).where(contact.c.is_private.is_(True))).scalars())


def _dumper(col: Column[Any]) -> Callable[[Any], Any]:
    """:func:`_dump_value` for one column, decided once (the export calls it per value)."""
    ctype = col.type
    if isinstance(ctype, CodeType):
        return lambda v: None if v is None else v.code
    if isinstance(ctype, Money):
        return lambda v: None if v is None else str(v)
    if isinstance(ctype, UTCDateTime):
        return lambda v: None if v is None else v.astimezone(UTC).isoformat().replace("+00:00", "Z")
    try:
        python_type = ctype.python_type
    except NotImplementedError:
        python_type = object
    if python_type in (bool, int, float, str):
        return lambda v: v
    return lambda v: _dump_value(col, v)


def _table_records(
    conn: Connection,
    table: Table,
    dropped: dict[str, set[int]],
    include_private: bool,
    *,
    only: Collection[str] | None = None,
    shared: Collection[int] = (),
) -> Iterator[dict[str, Any]]:
    """The table's records in bundle form, one at a time, references as uuids.

    References are resolved by a join in SQL rather than an id→uuid map in memory,
    so memory stays flat however large the database. ``dropped`` holds the ids left
    out (private contacts, and records that cannot exist without one). ``only``: just
    the records with these uuids (a sync change set); ``shared``: contacts (ids) whose
    details go out whole even without ``include_private``."""
    private_table = not include_private and table.name == "contact"
    # rows public_record may trim or leave out: the contact and the copies of its name
    screened = not include_private and (table.name == "contact" or table.name in NAME_SNAPSHOTS)
    names = [col.name for col in table.columns]
    plain: list[tuple[str, int, Callable[[Any], Any]]] = []
    refs: list[tuple[str, int, int, set[int], bool]] = []  # key, id position, uuid position, gone, nullable
    columns: list[Any] = list(table.columns)
    query_from: Any = table
    for i, col in enumerate(table.columns):
        target = _fk_target(col)
        if target is None:
            if col.name != "id":
                plain.append((col.name, i, _dumper(col)))
            continue
        alias = target.alias(f"ref_{col.name}")
        query_from = query_from.outerjoin(alias, col == alias.c.id)
        columns.append(alias.c.uuid)
        refs.append(
            (_ref_key(col), i, len(columns) - 1, dropped.setdefault(target.name, set()), bool(col.nullable))
        )
    query = select(*columns).select_from(query_from).order_by(table.c.id)
    if only is not None:
        query = query.where(table.c.uuid.in_(list(only)))
    id_at = list(table.columns).index(table.c.id)
    gone = dropped.setdefault(table.name, set())
    # per statement: Connection.execution_options would switch the whole connection to streaming
    result = conn.execute(query, execution_options={"stream_results": True, "yield_per": _CHUNK})
    for row in result:
        row_id = row[id_at]
        if private_table and row_id in gone:
            continue
        record = {name: dump(row[i]) for name, i, dump in plain}
        for key, id_pos, uuid_pos, target_gone, nullable in refs:
            ref = row[uuid_pos]
            if target_gone and row[id_pos] in target_gone:
                if not nullable:
                    gone.add(row_id)
                    break
                ref = None
            record[key] = ref
        else:
            if screened and not (table.name == "contact" and row_id in shared):
                raw = dict(zip(names, row[: len(names)], strict=True))
                if public_record(table.name, raw, record, dropped["contact"]) is None:
                    gone.add(row_id)
                    continue
            yield record


def build_bundle(
    conn: Connection, *, include_private: bool = False, progress: Progress | None = None
) -> dict[str, Any]:
    """The bundle as one document in memory (for small databases and tests): what
    :func:`write_bundle` streams."""
    import io

    buffer = io.StringIO()
    write_bundle(conn, buffer, include_private=include_private, progress=progress)
    doc: dict[str, Any] = json.loads(buffer.getvalue())
    return doc


def write_bundle(
    conn: Connection, out: TextIO, *, include_private: bool = False, progress: Progress | None = None
) -> dict[str, int]:
    """Write the whole database as a bundle to ``out``, table by table and record by
    record (bounded memory); returns the records written per table."""
    tables = _tables()
    total = sum(conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables)
    dropped: dict[str, set[int]] = {"contact": set() if include_private else _private_contacts(conn)}
    counts: dict[str, int] = {}
    done = 0
    out.write("{\n")
    for key, value in _header(include_private).items():
        out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    out.write(' "tables": {')
    for n, table in enumerate(tables):
        out.write(("," if n else "") + f"\n  {json.dumps(table.name)}: [")
        count = 0
        for record in _table_records(conn, table, dropped, include_private):
            out.write(("," if count else "") + "\n   " + json.dumps(record, ensure_ascii=False))
            count += 1
            if progress and count % _CHUNK == 0:
                progress(f"exporting {table.name}", done + count, total)
        done += count
        counts[table.name] = count
        out.write("\n  ]" if count else "]")
        if progress:
            progress(f"exporting {table.name}", done, total)
    out.write("\n }\n}\n")
    return counts


def export_bundle(
    db: Database, path: Path, *, include_private: bool = False, progress: Progress | None = None
) -> BundleSummary:
    """Write the bundle to ``path`` (atomically: a partial file never replaces a good one,
    and a device or a folder at ``path`` is refused rather than replaced)."""
    from kamdesk.store.backup import check_output_target, fsync_file, remove_quietly, user_error_from_os

    path = check_output_target(path.expanduser())
    tmp = path.with_name(path.name + ".part")
    try:
        create_private(tmp)
        with db.engine.connect() as conn, tmp.open("w", encoding="utf-8") as fh:
            counts = write_bundle(conn, fh, include_private=include_private, progress=progress)
        fsync_file(tmp)
        check_output_target(path)
        tmp.replace(path)
    except DatabaseError as exc:
        raise user_error_from(exc, db.path) from exc
    except OSError as exc:
        raise user_error_from_os(exc, path) from exc
    finally:
        remove_quietly(tmp)
    return BundleSummary(path, counts, include_private)


# --- import ---------------------------------------------------------------------


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
    known = {t.name: t for t in _tables()}
    for tname, rows in tables.items():
        table = known.get(tname)
        if table is None:
            raise UserError(f"{name}: unknown table {tname!r}")
        allowed = {c.name for c in table.columns if c.name != "id" and _fk_target(c) is None}
        allowed |= {_ref_key(c) for c in table.columns if _fk_target(c) is not None}
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
    tables = _tables()
    private = doc.get("include_private", True) is not False
    id_of: dict[str, dict[str, int]] = {}
    conflict = Base.metadata.tables["conflict"]
    for n, table in enumerate(tables):
        if progress:
            progress(table.name, n, len(tables))
        rows = doc["tables"].get(table.name, [])
        c = table.c
        existing = {
            r.uuid: r
            for r in conn.execute(
                select(c.id, c.uuid, c.updated_at, c.version, c.origin, c.base_version, c.base_origin)
            )
        }
        ids = {u: r.id for u, r in existing.items()}
        id_of[table.name] = ids
        fresh: list[dict[str, Any]] = []
        self_refs: list[tuple[str, str, str]] = []  # (row uuid, column, referenced uuid)
        written: dict[str, dict[str, Any]] = {}  # uuid -> the stamp columns it was written with
        for i, raw in enumerate(rows, 1):
            refs: list[tuple[str, str, str]] = []
            values = _row_values(table, raw, id_of, refs, f"{table.name} record {i}")
            found = existing.get(values["uuid"])
            if found is None:
                _received(values, raw)
                fresh.append(values)
                report._bump(report.added, table.name)
            else:
                decision = merge.decide(_state(found), _incoming(values, raw))
                if decision == "take":
                    if "version" in raw:
                        _received(values, raw)
                    else:  # a bundle from before versions: applying it is a change made here
                        values.update(version=found.version + 1, base_version=None, base_origin=None)
                        values.pop("origin", None)
                    values = keep_on_update(table.name, values, private)
                    conn.execute(update(table).where(c.id == found.id).values(**values))
                    report._bump(report.updated, table.name)
                elif decision == "conflict":
                    _record_conflict(conn, conflict, table.name, raw, found, source)
                    report._bump(report.conflicts, table.name)
                    continue
                else:
                    report._bump(report.skipped, table.name)
                    continue
            self_refs += refs
            written[values["uuid"]] = {k: values[k] for k in _STAMPS if k in values}
        _insert_fresh(conn, table, fresh)
        if fresh:
            new_ids = conn.execute(select(c.uuid, c.id).where(c.uuid.in_([v["uuid"] for v in fresh])))
            ids.update({u: i for u, i in new_ids})
        for row_uuid, column, ref_uuid in self_refs:
            ref_id = ids.get(ref_uuid)
            if ref_id is None:
                raise UserError(f"{table.name} {row_uuid}: {column} refers to a record not in the bundle")
            # the fix-up is part of the same record, not an edit: its stamps stay as written
            stamps = written[row_uuid]
            conn.execute(
                update(table)
                .where(c.uuid == row_uuid)
                .values(
                    {column: ref_id, **stamps, "version": stamps.get("version", literal_column("version"))}
                )
            )
    _refresh_search(conn)


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


def _insert_fresh(conn: Connection, table: Table, fresh: list[dict[str, Any]]) -> None:
    """Insert new records in chunks, one statement per set of fields: records
    that leave out different optional fields (their defaults) cannot share
    one executemany."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for values in fresh:
        groups.setdefault(frozenset(values), []).append(values)
    for rows in groups.values():
        for chunk in _chunks(rows, _CHUNK):
            conn.execute(insert(table), chunk)


def _row_values(
    table: Table,
    raw: dict[str, Any],
    id_of: dict[str, dict[str, int]],
    self_refs: list[tuple[str, str, str]],
    where: str,
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for col in table.columns:
        if col.name == "id":
            continue
        target = _fk_target(col)
        if target is not None:
            ref = raw.get(_ref_key(col))
            if ref is None:
                if not col.nullable:
                    raise UserError(f"bundle: {where}: {_ref_key(col)} is required")
                values[col.name] = None
            elif target.name == table.name:
                values[col.name] = None
                self_refs.append((raw["uuid"], col.name, ref))
            else:
                ref_id = id_of.get(target.name, {}).get(ref)
                if ref_id is None:
                    raise UserError(
                        f"bundle: {where}: {_ref_key(col)} {ref} is neither in the bundle nor here"
                    )
                values[col.name] = ref_id
            continue
        if col.name not in raw:
            if not col.nullable and col.default is None:
                raise UserError(f"bundle: {where}: field {col.name} is missing")
            continue
        try:
            values[col.name] = load_value(col, raw[col.name])
        except ValueError as exc:
            raise UserError(f"bundle: {where}: field {col.name}: {exc}") from exc
        if values[col.name] is None and not col.nullable:
            raise UserError(f"bundle: {where}: field {col.name} must not be empty")
    # the rules the forms apply (ranges, nothing done in the future), on the typed values
    problems = record_problems(table.name, values, today=clock.today(), zone=clock.zone())
    if problems:
        column, message = next(iter(problems.items()))
        raise UserError(f"bundle: {where} ({raw.get('uuid')}): field {column}: {message}")
    return values


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
