"""Reviewing merge conflicts (:mod:`kamdesk.store.io.merge`): the other side's
values next to ours, and resolving one either way so that the next exchange of
bundles agrees on both laptops without a new conflict.

* keep mine — our record gets a new version whose base is their state: their
  laptop then sees ours descend from theirs and takes it;
* take theirs — their values are written as a new version of ours (base: their
  state), which their laptop likewise takes, unchanged in content;
* edit — ours with the rep's own values for some of the fields that differ,
  checked by the same field rules as a form or an import, written the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, Table, select, update

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.store.io.bundle_records import bundle_tables, dump_value, fk_target, ref_key, row_values
from kamdesk.store.models import Base

_BOOKKEEPING = ("id", "created_at", "updated_at", "version", "origin", "base_version", "base_origin")


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    record_uuid: str
    label: str  # the record's name or title when it has one
    differences: list[tuple[str, Any, Any]]  # (field, ours, theirs), bundle form
    their_origin: str | None
    found_at: datetime
    source: str
    resolution: str | None
    resolved_at: datetime | None


def _table(name: str) -> Table:
    for table in bundle_tables():
        if table.name == name:
            return table
    raise UserError(f"unknown table {name!r} in a conflict")


def record_as_bundle(conn: Connection, table: Table, uuid: str) -> dict[str, Any] | None:
    """Our record in the bundle's form (references by uuid), or None if it is gone."""
    row = conn.execute(select(table).where(table.c.uuid == uuid)).first()
    if row is None:
        return None
    out: dict[str, Any] = {}
    for col in table.columns:
        value = row._mapping[col.name]
        target = fk_target(col)
        if target is not None:
            out[ref_key(col)] = (
                None
                if value is None
                else conn.execute(select(target.c.uuid).where(target.c.id == value)).scalar()
            )
        elif col.name != "id":
            out[col.name] = dump_value(col, value)
    return out


def list_conflicts(conn: Connection, *, include_resolved: bool = False) -> list[ConflictView]:
    k = Base.metadata.tables["conflict"].c
    query = select(Base.metadata.tables["conflict"]).order_by(k.found_at, k.id)
    if not include_resolved:
        query = query.where(k.resolved_at.is_(None))
    out = []
    for c in conn.execute(query):
        theirs = json.loads(c.their_values)
        ours = record_as_bundle(conn, _table(c.table_name), c.record_uuid) or {}
        diffs = [
            (key, ours.get(key), value)
            for key, value in sorted(theirs.items())
            if key not in _BOOKKEEPING and ours.get(key) != value
        ]
        label = str(ours.get("name") or ours.get("title") or theirs.get("name") or theirs.get("title") or "")
        out.append(
            ConflictView(
                c.id,
                c.table_name,
                c.record_uuid,
                label,
                diffs,
                c.their_origin,
                c.found_at,
                c.source,
                c.resolution,
                c.resolved_at,
            )
        )
    return out


def _open_conflict(conn: Connection, conflict_id: int) -> tuple[Any, Table, Any]:
    """The unresolved conflict's row, its table and our record's (id, version)."""
    conflicts = Base.metadata.tables["conflict"]
    c = conn.execute(select(conflicts).where(conflicts.c.id == conflict_id)).first()
    if c is None:
        raise UserError(f"no conflict number {conflict_id}")
    if c.resolved_at is not None:
        raise UserError(f"conflict {conflict_id} was already resolved ({c.resolution})")
    table = _table(c.table_name)
    found = conn.execute(select(table.c.id, table.c.version).where(table.c.uuid == c.record_uuid)).first()
    if found is None:
        raise UserError(f"the record of conflict {conflict_id} no longer exists here")
    return c, table, found


def _write_settled(conn: Connection, c: Any, table: Table, found: Any, raw: dict[str, Any]) -> None:
    """``raw`` (bundle form) as a new version of ours whose base is their state."""
    values = _resolved_values(conn, table, raw)
    values.update(
        base_version=c.their_version,
        base_origin=c.their_origin,
        version=max(found.version, c.their_version or 0) + 1,
    )
    for key in ("origin", "updated_at", "created_at"):
        values.pop(key, None)  # origin and updated_at: this change is made here, now
    conn.execute(update(table).where(table.c.id == found.id).values(**values))


def _mark(conn: Connection, conflict_id: int, resolution: str) -> None:
    conflicts = Base.metadata.tables["conflict"]
    conn.execute(
        update(conflicts)
        .where(conflicts.c.id == conflict_id)
        .values(resolved_at=clock.now(), resolution=resolution)
    )


def resolve(conn: Connection, conflict_id: int, keep: Literal["mine", "theirs"]) -> ConflictView:
    """Settle one conflict (the caller owns the transaction); returns it as it was."""
    c, table, found = _open_conflict(conn, conflict_id)
    view = next(v for v in list_conflicts(conn, include_resolved=True) if v.id == conflict_id)
    if keep == "theirs":
        _write_settled(conn, c, table, found, json.loads(c.their_values))
    else:
        base = {"base_version": c.their_version, "base_origin": c.their_origin}
        conn.execute(update(table).where(table.c.id == found.id).values(**base))  # version + 1, origin: us
    _mark(conn, conflict_id, "took-theirs" if keep == "theirs" else "kept-mine")
    return view


def resolve_edited(conn: Connection, conflict_id: int, edits: dict[str, str]) -> ConflictView:
    """Settle one conflict with the rep's own values: ours, with ``edits``
    (field → the text typed) for fields that differ; references are not
    typed in (keep or take them instead). The same field rules as a form."""
    c, table, found = _open_conflict(conn, conflict_id)
    view = next(v for v in list_conflicts(conn, include_resolved=True) if v.id == conflict_id)
    differing = {name for name, _ours, _theirs in view.differences}
    columns = {col.name: col for col in table.columns if fk_target(col) is None}
    raw = record_as_bundle(conn, table, c.record_uuid) or {}
    for name, text in edits.items():
        if name not in differing or name not in columns:
            raise UserError(f"conflict {conflict_id}: {name} is not a field to edit here")
        raw[name] = typed_text(columns[name], text)
    try:
        _write_settled(conn, c, table, found, raw)
    except UserError as exc:
        # the import's wording names the record; here the rep is looking at it
        found_field = re.search(r"field (\w+): (.*)", str(exc))
        raise UserError(f"{found_field[1]}: {found_field[2]}" if found_field else str(exc)) from None
    _mark(conn, conflict_id, "edited")
    return view


_TRUE = {"true", "yes", "1", "✓", "是", "y"}
_FALSE = {"false", "no", "0", "✗", "否", "n"}


def typed_text(col: Any, text: str) -> Any:
    """What the rep typed, in the bundle's form of the column (then checked by
    ``load_value`` and the field rules): empty is no value."""
    text = text.strip()
    if not text or text == "—":
        return None
    python_type = getattr(col.type, "python_type", str)
    if python_type is bool:
        word = text.lower()
        if word in _TRUE | _FALSE:
            return word in _TRUE
        raise UserError(f"{col.name}: {text!r} is not yes or no")
    if python_type in (int, float):
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise UserError(f"{col.name}: {text!r} is not a number") from None
        return int(number) if python_type is int and number.is_integer() else number
    return text


def _resolved_values(conn: Connection, table: Table, raw: dict[str, Any]) -> dict[str, Any]:
    """Their bundle record as column values, references looked up by uuid here."""
    id_of: dict[str, dict[str, int]] = {}
    for col in table.columns:
        target = fk_target(col)
        ref = raw.get(ref_key(col)) if target is not None else None
        if target is not None and ref is not None:
            found = conn.execute(select(target.c.id).where(target.c.uuid == ref)).scalar()
            if found is None:
                raise UserError(f"{table.name} {raw['uuid']}: {ref_key(col)} {ref} is not in this database")
            id_of.setdefault(target.name, {})[ref] = found
    self_refs: list[tuple[str, str, str]] = []
    values = row_values(table, raw, id_of, self_refs, f"{table.name} {raw['uuid']}")
    for _row, column, ref in self_refs:
        values[column] = id_of[table.name][ref]
    return values
