"""The JSON Schema of a submission's ``data.json`` (see
:mod:`kamdesk.services.submissions.data`), generated from the models and
seed codes like the bundle's, and the list of every schema KAMdesk publishes
in ``resources/schema/``.

``python -m kamdesk.services.submissions.schema`` rewrites the committed
schema files; a test fails while they differ from what is generated here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from kamdesk.domain.periods import TargetMetric
from kamdesk.domain.pipeline import FUNNEL_STEPS
from kamdesk.services.reporting.rollup import CELLS
from kamdesk.services.submissions.data import (
    _ACCOUNT_FIELDS,
    _CONTACT_NEW_WORK_FIELDS,
    _CONTACT_WORK_FIELDS,
    _OPP_FIELDS,
    _PAYMENT_FIELDS,
    _PLAN_FIELDS,
    _PLAN_ITEM_FIELDS,
    _PURCHASE_FIELDS,
    _STAGE_CHANGE_FIELDS,
    _TARGET_FIELDS,
    _VISIT_FIELDS,
    _VISIT_NEW_FIELDS,
)
from kamdesk.services.submissions.format import SUBMISSION_FORMAT, SUBMISSION_VERSION
from kamdesk.store.io.schemas import (
    DATE_PATTERN,
    DRAFT,
    MONEY_PATTERN,
    SCHEMA_DIR,
    UUID_PATTERN,
    bundle_schema,
    column_schema,
    dumps,
)
from kamdesk.store.models import (
    PRIVATE_CONTACT_FIELDS,
    Account,
    Contact,
    Opportunity,
    Payment,
    PlanItem,
    PlanPeriod,
    Purchase,
    Rep,
    StageChange,
    Target,
    Visit,
    VisitAttendee,
)

UUID = {"type": "string", "pattern": UUID_PATTERN}
UUID_OR_NULL = {"type": ["string", "null"], "pattern": UUID_PATTERN}
MONEY = {"type": "string", "pattern": MONEY_PATTERN, "description": "decimal string, in yuan (CNY)"}
COUNT = {"type": "integer", "minimum": 0}


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _obj(
    model: Any,
    fields: Sequence[str],
    extra: dict[str, Any] | None = None,
    optional: Sequence[str] = (),
    description: str | None = None,
) -> dict[str, Any]:
    """A record with ``fields`` described from ``model``'s columns, plus ``extra``."""
    cols = _table(model).columns
    props = {f: column_schema(cols[f]) for f in (*fields, *optional)}
    props.update(extra or {})
    required = [p for p in props if p not in optional]
    out: dict[str, Any] = {
        "type": "object",
        "required": required,
        "additionalProperties": False,
        "properties": props,
    }
    if description:
        out["description"] = description
    return out


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def _summary() -> dict[str, Any]:
    metrics = [m.code for m in TargetMetric]
    money_or_null = {**MONEY, "type": ["string", "null"]}
    properties = {
        "rep_uuid": UUID,
        "rep_name": {"type": "string"},
        "region": {"type": "string"},
        "visits_planned": COUNT,
        "visits_done": COUNT,
        "new_visits": COUNT,
        "revisits": COUNT,
        "open_opportunities": COUNT,
        "pipeline": MONEY,
        "weighted": {**MONEY, "description": "decimal string, in yuan: amount × win rate"},
        "funnel": {
            "type": "array",
            "items": COUNT,
            "minItems": len(FUNNEL_STEPS),
            "maxItems": len(FUNNEL_STEPS),
            "description": "open opportunities per funnel step: "
            + ", ".join(f"{s.zh} / {s.en}" for s in FUNNEL_STEPS),
        },
        "nine_grid": {
            "type": "object",
            "description": "opportunities opened per nine-grid cell (A..I)",
            "propertyNames": {"enum": list(CELLS)},
            "additionalProperties": COUNT,
        },
        "won": COUNT,
        "won_amount": MONEY,
        "revenue": MONEY,
        "collections": MONEY,
        "targets": {
            "type": "object",
            "description": "target metric -> [minimum, normal, stretch] in the metric's unit "
            "(yuan for revenue and collections, a count otherwise); null where not set",
            "propertyNames": {"enum": metrics},
            "additionalProperties": {
                "type": "array",
                "items": money_or_null,
                "minItems": 3,
                "maxItems": 3,
            },
        },
        "actuals": {
            "type": "object",
            "description": "target metric -> the month's actual, in the metric's unit",
            "propertyNames": {"enum": metrics},
            "additionalProperties": MONEY,
        },
    }
    return {
        "type": "object",
        "description": "The month in numbers, as the manager's team rollup adds them up.",
        "required": list(properties),  # every figure is always there
        "additionalProperties": False,
        "properties": properties,
    }


def submission_data_schema() -> dict[str, Any]:
    properties = {
        "format": {"const": SUBMISSION_FORMAT},
        "format_version": {"const": SUBMISSION_VERSION},
        "period": _period(),
        "rep": _obj(Rep, ("uuid", "name", "code", "title", "region")),
        "include_private": {"type": "boolean"},
        **_records(),
        "summary": _summary(),
    }
    return {
        "$schema": DRAFT,
        "$id": "https://kamdesk.example/schema/submission-data-1.json",
        "title": "KAMdesk month-end submission: data.json, format version 1",
        "description": (
            "One rep's month for the manager, inside a .kamsub file (a zip with report.pdf, data.json "
            "and manifest.json, whose SHA-256 checksums cover the other two). Records carry their "
            "stable uuid and refer to each other by uuid (account_uuid, opportunity_uuid, "
            "contact_uuid). Codes are the seed codes, listed with their labels per field; money is a "
            "decimal string in yuan unless the field says otherwise; dates are ISO dates; times are "
            "ISO 8601 in UTC with a trailing Z. Personal contact details ("
            + ", ".join(PRIVATE_CONTACT_FIELDS)
            + ") and contacts marked private appear only when include_private is true. Generated from "
            "the database models."
        ),
        "type": "object",
        "required": list(properties),  # every part is always there, if only as an empty list
        "additionalProperties": False,
        "properties": properties,
    }


def _period() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["kind", "key", "starts_on", "ends_on"],
        "additionalProperties": False,
        "properties": {
            "kind": {"const": "month"},
            "key": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"},
            "starts_on": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            "ends_on": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
        },
    }


def _records() -> dict[str, Any]:
    """The lists of records, described from the same field lists month_data writes."""
    private = (*PRIVATE_CONTACT_FIELDS, "is_private")
    attendee = _obj(
        VisitAttendee,
        ("side", "name", "title", "attitude_before", "attitude_after"),
        {"contact_uuid": UUID_OR_NULL},
    )
    item = _obj(PlanItem, _PLAN_ITEM_FIELDS, {"account_uuid": UUID_OR_NULL})
    return {
        "accounts": _array(_obj(Account, _ACCOUNT_FIELDS, description="accounts the month's work touched")),
        "contacts": _array(
            _obj(
                Contact,
                _CONTACT_WORK_FIELDS,
                {"account_uuid": UUID_OR_NULL},
                optional=(*_CONTACT_NEW_WORK_FIELDS, *private),
                description="contacts met at the month's visits",
            )
        ),
        "opportunities": _array(
            _obj(
                Opportunity,
                _OPP_FIELDS,
                {"account_uuid": UUID, "stage_changes": _array(_obj(StageChange, _STAGE_CHANGE_FIELDS))},
            )
        ),
        "visits": _array(
            _obj(
                Visit,
                _VISIT_FIELDS,
                {"account_uuid": UUID, "opportunity_uuid": UUID_OR_NULL, "attendees": _array(attendee)},
                optional=_VISIT_NEW_FIELDS,
            )
        ),
        "targets": _array(_obj(Target, _TARGET_FIELDS)),
        "plans": _array(_obj(PlanPeriod, _PLAN_FIELDS, {"items": _array(item)})),
        "purchases": _array(_obj(Purchase, ("uuid", *_PURCHASE_FIELDS), {"account_uuid": UUID})),
        "payments": _array(_obj(Payment, ("uuid", *_PAYMENT_FIELDS), {"account_uuid": UUID})),
    }


def generated() -> dict[str, dict[str, Any]]:
    """File name → schema, for every schema KAMdesk publishes."""
    return {"bundle.schema.json": bundle_schema(), "submission-data.schema.json": submission_data_schema()}


def write_all(folder: Path = SCHEMA_DIR) -> list[Path]:
    out = []
    for name, schema in generated().items():
        path = folder / name
        path.write_text(dumps(schema), encoding="utf-8")
        out.append(path)
    return out


if __name__ == "__main__":
    for written in write_all():
        print(written)
