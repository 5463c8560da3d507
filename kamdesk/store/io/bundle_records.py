"""A database row in bundle form and back: references by uuid (a column
``owner_id`` becomes ``owner_uuid``), values as JSON, checked on the way in.
The bundle, a sync change set and the conflict list all use this form.

The walk is generic over ``Base.metadata``: a table added to the models is in
the bundle without touching this module.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Column, Connection, String, Table, select

from kamdesk import clock
from kamdesk.domain.field_rules import record_problems
from kamdesk.errors import UserError
from kamdesk.paths import resources_dir
from kamdesk.store.models import Base
from kamdesk.store.privacy import NAME_SNAPSHOTS, public_record
from kamdesk.store.types import CodeType, Money, UTCDateTime

FORMAT = "kamdesk-bundle"
FORMAT_VERSION = 1
SCHEMA_PATH = resources_dir() / "schema" / "bundle.schema.json"
CHUNK = 2000

Progress = Callable[[str, int, int], None]


def bundle_tables() -> list[Table]:
    """The tables a bundle holds: every model table but this database's own (``info["bundle"]``)."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("bundle", True)]


def fk_target(col: Column[Any]) -> Table | None:
    for fk in col.foreign_keys:
        return fk.column.table
    return None


def ref_key(col: Column[Any]) -> str:
    return col.name[:-3] + "_uuid" if col.name.endswith("_id") else col.name + "_uuid"


# --- values ---------------------------------------------------------------------


def dump_value(col: Column[Any], value: Any) -> Any:
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


def _dumper(col: Column[Any]) -> Callable[[Any], Any]:
    """:func:`dump_value` for one column, decided once (the export calls it per value)."""
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
    return lambda v: dump_value(col, v)


def table_records(
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
    query, plain, refs = _record_query(table, dropped)
    if only is not None:
        query = query.where(table.c.uuid.in_(list(only)))
    id_at = list(table.columns).index(table.c.id)
    gone = dropped.setdefault(table.name, set())
    # per statement: Connection.execution_options would switch the whole connection to streaming
    result = conn.execute(query, execution_options={"stream_results": True, "yield_per": CHUNK})
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


_Ref = tuple[str, int, int, set[int], bool]  # key, id position, uuid position, gone, nullable


def _record_query(
    table: Table, dropped: dict[str, set[int]]
) -> tuple[Any, list[tuple[str, int, Callable[[Any], Any]]], list[_Ref]]:
    """The table's rows, each reference joined to its record's uuid; with where
    in the row each plain value and each reference is."""
    plain: list[tuple[str, int, Callable[[Any], Any]]] = []
    refs: list[_Ref] = []
    columns: list[Any] = list(table.columns)
    query_from: Any = table
    for i, col in enumerate(table.columns):
        target = fk_target(col)
        if target is None:
            if col.name != "id":
                plain.append((col.name, i, _dumper(col)))
            continue
        alias = target.alias(f"ref_{col.name}")
        query_from = query_from.outerjoin(alias, col == alias.c.id)
        columns.append(alias.c.uuid)
        refs.append(
            (ref_key(col), i, len(columns) - 1, dropped.setdefault(target.name, set()), bool(col.nullable))
        )
    return select(*columns).select_from(query_from).order_by(table.c.id), plain, refs


def row_values(
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
        target = fk_target(col)
        if target is not None:
            ref = raw.get(ref_key(col))
            if ref is None:
                if not col.nullable:
                    raise UserError(f"bundle: {where}: {ref_key(col)} is required")
                values[col.name] = None
            elif target.name == table.name:
                values[col.name] = None
                self_refs.append((raw["uuid"], col.name, ref))
            else:
                ref_id = id_of.get(target.name, {}).get(ref)
                if ref_id is None:
                    raise UserError(
                        f"bundle: {where}: {ref_key(col)} {ref} is neither in the bundle nor here"
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
