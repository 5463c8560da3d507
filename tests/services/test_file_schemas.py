"""The published JSON Schemas: generated from the models and seed codes, equal
to the committed files, validating KAMdesk's own bundle and submission
``data.json``, and rejecting a wrong type, an unknown code or a non-Z time."""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kamdesk.reports.monthly import render_monthly
from kamdesk.services.submissions import read_submission, submit_month
from kamdesk.services.submissions.schema import generated
from kamdesk.store.db import Database
from kamdesk.store.demo import generate
from kamdesk.store.io.bundle import build_bundle
from kamdesk.store.io.schemas import SCHEMA_DIR, dumps
from tests.services.reports_sample import MONTH, make_sample


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _errors(validator: jsonschema.Draft202012Validator, doc: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


@pytest.mark.parametrize("name", ["bundle.schema.json", "submission-data.schema.json"])
def test_committed_schemas_are_what_the_models_generate(name: str) -> None:
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == dumps(generated()[name]), (
        f"{name} is stale: run python -m kamdesk.services.submissions.schema"
    )


@pytest.fixture
def sample(db: Database) -> Database:
    make_sample(db)
    return db


@pytest.mark.parametrize("include_private", [True, False])
def test_the_bundle_schema_validates_an_export_and_rejects_bad_values(
    sample: Database, include_private: bool
) -> None:
    with sample.engine.connect() as conn:
        doc = json.loads(json.dumps(build_bundle(conn, include_private=include_private)))
    v = _validator("bundle.schema.json")
    assert _errors(v, doc) == []
    assert sum(len(rows) for rows in doc["tables"].values()) > 20
    assert doc["exported_at"].endswith("Z")
    acc = doc["tables"]["account"][0]
    opp = doc["tables"]["opportunity"][0]
    for table, record, field, bad in [
        ("opportunity", opp, "stage", "Z"),  # unknown seed code
        ("account", acc, "tier", "diamond"),
        ("opportunity", opp, "amount", 300000),  # money is a decimal string
        ("account", acc, "employee_count", "many"),
        ("account", acc, "founded_on", "04/09/1989"),
        ("account", acc, "created_at", "2026-11-01T08:00:00+00:00"),  # one time format: Z
        ("account", acc, "owner_uuid", "rep-1"),
    ]:
        wrong = copy.deepcopy(doc)
        i = doc["tables"][table].index(record)
        wrong["tables"][table][i][field] = bad
        errors = _errors(v, wrong)
        assert errors and errors[0].startswith(f"tables/{table}/{i}/{field}"), (field, errors)
    wrong = copy.deepcopy(doc)
    wrong["tables"]["account"][0]["colour"] = "red"
    assert _errors(v, wrong)


def test_the_bundle_schema_validates_the_demo_data_in_every_table(db: Database) -> None:
    generate(db, size="small", seed=1, today=date(2026, 11, 30))
    with db.engine.connect() as conn:
        doc = json.loads(json.dumps(build_bundle(conn)))
    filled = [t for t, rows in doc["tables"].items() if rows]
    assert len(filled) >= 25
    # the first records of each table: the whole bundle takes jsonschema ~10 s
    doc["tables"] = {t: rows[:40] for t, rows in doc["tables"].items()}
    assert _errors(_validator("bundle.schema.json"), doc) == []


def _data_json(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        data: dict[str, Any] = json.loads(z.read("data.json"))
    return data


@pytest.mark.parametrize("include_private", [False, True])
def test_the_submission_schema_validates_data_json_and_rejects_bad_values(
    sample: Database, tmp_path: Path, include_private: bool
) -> None:
    out = tmp_path / "m.kamsub"
    submit_month(sample, MONTH, out, lambda r, p: render_monthly(r, p, "zh"), include_private=include_private)
    data = _data_json(out)
    v = _validator("submission-data.schema.json")
    assert _errors(v, data) == []
    assert data["visits"] and data["opportunities"] and data["targets"] and data["plans"]
    times = [v_["starts_at"] for v_ in data["visits"]] + [
        c["at"] for o in data["opportunities"] for c in o["stage_changes"]
    ]
    assert times and all(t.endswith("Z") for t in times)
    assert read_submission(out).manifest["created_at"].endswith("Z")
    for path, bad in [
        (("opportunities", 0, "stage"), "Z"),
        (("visits", 0, "kind"), "house_call"),
        (("opportunities", 0, "amount"), 1.5),
        (("visits", 0, "starts_at"), "2026-11-17T01:00:00+00:00"),
        (("summary", "visits_done"), "3"),
        (("summary", "targets"), {"happiness": [None, None, None]}),
        (("rep", "uuid"), 7),
    ]:
        wrong = copy.deepcopy(data)
        node: Any = wrong
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = bad
        assert _errors(v, wrong), path
