"""JSON Schemas of the files KAMdesk writes, generated from the models and the
seed codes so they cannot drift from what is stored.

``bundle.schema.json`` describes every table of the JSON bundle column by
column: type, seed codes (with their Chinese and English labels), units of
money and measures, and references by uuid. The submission's ``data.json``
schema (``kamdesk.services.submissions.schema``) reuses :func:`column_schema`
for its records. A test checks that the committed files in
``resources/schema/`` equal what is generated; run
``python -m kamdesk.services.submissions.schema`` after changing a model.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, String, Table, Text

from kamdesk.paths import resources_dir
from kamdesk.store.models import PRIVATE_CONTACT_FIELDS, Base
from kamdesk.store.types import CodeType, Money, UTCDateTime

SCHEMA_DIR = resources_dir() / "schema"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
#: ISO 8601 in UTC with a trailing Z — the one time format of every KAMdesk file.
TIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
MONEY_PATTERN = r"^-?[0-9]+(\.[0-9]+)?$"

#: The unit of a measure, where it is not plain yuan (money) or a count.
UNITS: dict[str, str] = {
    "account.registered_capital": "万元 (10,000 CNY)",
    "account.annual_revenue": "万元 (10,000 CNY)",
    "account.purchase_cycle_days": "days",
    "account.share_of_wallet_pct": "percent, 0-100",
    "opportunity.win_pct_override": "percent, 0-100 (null: the stage's own win rate)",
    "stakeholder.influence_pct": "percent, 0-100",
    "stakeholder.map_x": "points on the map canvas (null: automatic layout)",
    "stakeholder.map_y": "points on the map canvas (null: automatic layout)",
    "target.minimum": "the metric's unit: yuan for money metrics, a count otherwise",
    "target.normal": "the metric's unit: yuan for money metrics, a count otherwise",
    "target.stretch": "the metric's unit: yuan for money metrics, a count otherwise",
    "purchase.quantity": "units of the product",
    "contact.birth_year": "calendar year",
}


def ref_key(col: Column[Any]) -> str:
    """The bundle's name of a reference column: ``owner_id`` → ``owner_uuid``."""
    return col.name[:-3] + "_uuid" if col.name.endswith("_id") else col.name + "_uuid"


def fk_target(col: Column[Any]) -> Table | None:
    for fk in col.foreign_keys:
        return fk.column.table
    return None


def _nullable(schema: dict[str, Any], nullable: bool) -> dict[str, Any]:
    if not nullable:
        return schema
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    kind = schema["type"]
    return {**schema, "type": [kind, "null"]}


def column_schema(col: Column[Any], *, nullable: bool | None = None) -> dict[str, Any]:
    """The JSON Schema of one column's value as KAMdesk writes it."""
    where = f"{col.table.name}.{col.name}"
    ctype = col.type
    unit = UNITS.get(where)
    out: dict[str, Any]
    if isinstance(ctype, CodeType):
        members = list(ctype.enum_cls)
        out = {
            "enum": [m.code for m in members],
            "description": f"seed code ({ctype.enum_cls.__name__}): "
            + "; ".join(f"{m.code} = {m.zh} / {m.en}" for m in members),
        }
    elif isinstance(ctype, Money):
        out = {
            "type": "string",
            "pattern": MONEY_PATTERN,
            "description": f"decimal string, in {unit or 'yuan (CNY)'}",
        }
        unit = None
    elif isinstance(ctype, UTCDateTime):
        out = {"type": "string", "format": "date-time", "pattern": TIME_PATTERN, "description": "UTC time"}
    elif isinstance(ctype, Date):
        out = {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    elif isinstance(ctype, Boolean):
        out = {"type": "boolean"}
    elif isinstance(ctype, Integer):
        out = {"type": "integer"}
    elif isinstance(ctype, Float):
        out = {"type": "number"}
    elif isinstance(ctype, String | Text):
        out = {"type": "string"}
        if isinstance(ctype, String) and not isinstance(ctype, Text) and ctype.length:
            out["maxLength"] = ctype.length
        if col.name == "uuid":
            out["pattern"] = UUID_PATTERN
    else:  # pragma: no cover - a new column type must be described here
        raise TypeError(f"{where}: no JSON Schema for {type(ctype).__name__}")
    if unit:
        out["description"] = f"in {unit}"
    return _nullable(out, bool(col.nullable) if nullable is None else nullable)


def reference_schema(col: Column[Any], *, nullable: bool | None = None) -> dict[str, Any]:
    target = fk_target(col)
    assert target is not None
    out = {"type": "string", "pattern": UUID_PATTERN, "description": f"uuid of a {target.name} record"}
    return _nullable(out, bool(col.nullable) if nullable is None else nullable)


def _record(table: Table) -> dict[str, Any]:
    props: dict[str, Any] = {}
    required = ["uuid", "created_at", "updated_at"]
    for col in table.columns:
        if col.name == "id":
            continue
        # left out by --no-private: null even where the column has a default
        private = table.name == "contact" and col.name in PRIVATE_CONTACT_FIELDS
        nullable = True if private else None
        if fk_target(col) is not None:
            props[ref_key(col)] = reference_schema(col, nullable=nullable)
            if not col.nullable:
                required.append(ref_key(col))
            continue
        props[col.name] = column_schema(col, nullable=nullable)
        if not col.nullable and col.default is None and col.name not in required:
            required.append(col.name)
    return {"type": "object", "required": required, "additionalProperties": False, "properties": props}


def bundle_schema() -> dict[str, Any]:
    tables = list(Base.metadata.sorted_tables)
    return {
        "$schema": DRAFT,
        "$id": "https://kamdesk.example/schema/bundle-1.json",
        "title": "KAMdesk bundle, format version 1",
        "description": (
            "The whole KAMdesk database as one JSON document (UTF-8). Every record is keyed by its "
            'stable "uuid"; a reference to another record is that record\'s uuid in a field named '
            'after the column with "_id" replaced by "_uuid" (account.owner_id -> owner_uuid). Codes '
            'are the seed codes (stage "C", tier "gold", attitude "B"), listed with their labels per '
            'field; money is a decimal string ("123456.78") in yuan unless the field says otherwise; '
            "dates are ISO dates; times are ISO 8601 in UTC with a trailing Z. Importing matches "
            "records by uuid: new ones are added, ones with a later updated_at replace the local "
            "copy, the rest are skipped. Generated from the database models."
        ),
        "type": "object",
        "required": ["format", "version", "schema_revision", "exported_at", "tables"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": "kamdesk-bundle"},
            "version": {
                "const": 1,
                "description": "Bundle format version; a reader refuses versions it does not know.",
            },
            "schema_revision": {
                "type": "string",
                "pattern": "^[0-9]{4}$",
                "description": "Database schema revision of the writer.",
            },
            "app_version": {"type": "string"},
            "exported_at": {"type": "string", "format": "date-time", "pattern": TIME_PATTERN},
            "include_private": {
                "type": "boolean",
                "description": "False when personal contact details and private contacts were left out.",
            },
            "tables": {
                "type": "object",
                "description": "Table name -> list of records, in dependency order.",
                "additionalProperties": False,
                "properties": {
                    t.name: {"type": "array", "items": {"$ref": f"#/$defs/{t.name}"}} for t in tables
                },
            },
        },
        "$defs": {t.name: _record(t) for t in tables},
    }


def dumps(schema: dict[str, Any]) -> str:
    """The committed text of a schema (stable: a diff shows what changed)."""
    return json.dumps(schema, ensure_ascii=False, indent=1) + "\n"
