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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, String, Table, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from kamdesk import __version__, clock
from kamdesk.domain.field_rules import record_problems
from kamdesk.errors import UserError
from kamdesk.paths import create_private, resources_dir
from kamdesk.store.db import Database, user_error_from
from kamdesk.store.io.limits import load_json
from kamdesk.store.models import Base
from kamdesk.store.privacy import keep_on_update, public_record
from kamdesk.store.types import CodeType, Money, UTCDateTime

FORMAT = "kamdesk-bundle"
FORMAT_VERSION = 1
SCHEMA_PATH = resources_dir() / "schema" / "bundle.schema.json"
_CHUNK = 2000

Progress = Callable[[str, int, int], None]


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


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


def build_bundle(
    conn: Connection, *, include_private: bool = False, progress: Progress | None = None
) -> dict[str, Any]:
    """The whole database as a bundle document (a dict ready for ``json.dump``)."""
    uuid_of: dict[str, dict[int, str]] = {}
    dropped: dict[str, set[int]] = {}
    tables_out: dict[str, list[dict[str, Any]]] = {}
    tables = _tables()
    for n, table in enumerate(tables):
        if progress:
            progress(table.name, n, len(tables))
        ids: dict[int, str] = {}
        gone: set[int] = set()
        rows_out: list[dict[str, Any]] = []
        for row in conn.execute(select(table).order_by(table.c.id)):
            data = row._mapping
            record: dict[str, Any] = {}
            skip = False
            for col in table.columns:
                if col.name == "id":
                    continue
                value = data[col.name]
                target = _fk_target(col)
                if target is not None:
                    if value is not None and value in dropped.get(target.name, ()):
                        if not col.nullable:
                            skip = True
                            break
                        value = None
                    if value is None:
                        ref = None
                    elif target.name == table.name:
                        # self reference: an earlier row, or a later one fixed up below
                        ref = ids.get(value) or f"@{value}"
                    else:
                        ref = uuid_of[target.name].get(value)
                    record[_ref_key(col)] = ref
                    continue
                record[col.name] = _dump_value(col, value)
            if not skip and not include_private:
                skip = public_record(table.name, data, record, dropped.get("contact", ())) is None
            if skip:
                gone.add(data["id"])
                continue
            ids[data["id"]] = data["uuid"]
            rows_out.append(record)
        # forward self references (a contact reporting to a later contact)
        for record in rows_out:
            for key, value in record.items():
                if isinstance(value, str) and value.startswith("@") and key.endswith("_uuid"):
                    record[key] = ids.get(int(value[1:]))
        uuid_of[table.name] = ids
        dropped[table.name] = gone
        tables_out[table.name] = rows_out
    from kamdesk.store.schema import head_revision

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema_revision": head_revision(),
        "app_version": __version__,
        "exported_at": clock.now().isoformat().replace("+00:00", "Z"),
        "include_private": include_private,
        "tables": tables_out,
    }


def export_bundle(
    db: Database, path: Path, *, include_private: bool = False, progress: Progress | None = None
) -> BundleSummary:
    """Write the bundle to ``path`` (atomically: a partial file never replaces a good one)."""
    path = path.expanduser()
    if not path.parent.is_dir():
        raise UserError(f"folder does not exist: {path.parent}")
    try:
        with db.engine.connect() as conn:
            doc = build_bundle(conn, include_private=include_private, progress=progress)
    except OperationalError as exc:
        raise user_error_from(exc) from exc
    tmp = create_private(path.with_name(path.name + ".part"))
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")
    tmp.replace(path)
    return BundleSummary(path, {name: len(rows) for name, rows in doc["tables"].items()}, include_private)


# --- import ---------------------------------------------------------------------


@dataclass
class ImportReport:
    """What an import added, updated and skipped, per table."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
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
    conn: Connection, doc: dict[str, Any], report: ImportReport, progress: Progress | None = None
) -> None:
    """Merge ``doc`` into the database on ``conn`` (the caller owns the transaction)."""
    tables = _tables()
    private = doc.get("include_private", True) is not False
    id_of: dict[str, dict[str, int]] = {}
    for n, table in enumerate(tables):
        if progress:
            progress(table.name, n, len(tables))
        rows = doc["tables"].get(table.name, [])
        existing = {
            r.uuid: (r.id, r.updated_at)
            for r in conn.execute(select(table.c.id, table.c.uuid, table.c.updated_at))
        }
        ids = {u: v[0] for u, v in existing.items()}
        id_of[table.name] = ids
        fresh: list[dict[str, Any]] = []
        self_refs: list[tuple[str, str, str]] = []  # (row uuid, column, referenced uuid)
        stamps: dict[str, Any] = {}
        for i, raw in enumerate(rows, 1):
            values = _row_values(table, raw, id_of, self_refs, f"{table.name} record {i}")
            stamps[values["uuid"]] = values["updated_at"]
            found = existing.get(values["uuid"])
            if found is None:
                fresh.append(values)
                report._bump(report.added, table.name)
            elif values["updated_at"] is not None and values["updated_at"] > found[1]:
                values = keep_on_update(table.name, values, private)
                conn.execute(update(table).where(table.c.id == found[0]).values(**values))
                report._bump(report.updated, table.name)
            else:
                report._bump(report.skipped, table.name)
        _insert_fresh(conn, table, fresh)
        if fresh:
            new_ids = conn.execute(
                select(table.c.uuid, table.c.id).where(table.c.uuid.in_([v["uuid"] for v in fresh]))
            )
            ids.update({u: i for u, i in new_ids})
        for row_uuid, column, ref_uuid in self_refs:
            ref_id = ids.get(ref_uuid)
            if ref_id is None:
                raise UserError(f"{table.name} {row_uuid}: {column} refers to a record not in the bundle")
            # keep the bundle's updated_at: the fix-up is part of the same record, not an edit
            conn.execute(
                update(table)
                .where(table.c.uuid == row_uuid)
                .values({column: ref_id, "updated_at": stamps[row_uuid]})
            )
    _refresh_search(conn)


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
                apply_bundle(conn, doc, report, progress)
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
