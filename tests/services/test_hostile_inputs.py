"""Hostile and careless files: every import path refuses what the forms
refuse, with one line naming the field, the value and what is allowed, in
bounded time, and writes nothing when it refuses."""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kamdesk import clock
from kamdesk.bench.fuzz import FuzzTarget, build_target, trust_this_laptop
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.contacts import ContactLogInput, log_contact
from kamdesk.services.exchange import run_import
from kamdesk.services.opportunities import update_opportunity
from kamdesk.services.submissions import receive_submissions
from kamdesk.services.submissions.sign import sign_manifest
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.io.bundle import import_bundle
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzTarget]:
    t = build_target(tmp_path_factory.mktemp("hostile"))
    yield t
    t.db.dispose()


def _accounts(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Account)) or 0)


# --- numbers: bounded work ----------------------------------------------------------


@pytest.mark.parametrize("raw", ["1e999999", "1e9999999", "Infinity", "NaN", "1e5000", "9" * 100_000])
def test_numbers_are_refused_in_microseconds_not_minutes(raw: str) -> None:
    for check in (
        lambda e: fieldcheck.integer(e, "n", raw),
        lambda e: fieldcheck.amount(e, "n", raw),
        lambda e: fieldcheck.number(e, "n", raw, minimum=0, maximum=100),
    ):
        errors: dict[str, str] = {}
        started = time.perf_counter()
        assert check(errors) is None
        assert time.perf_counter() - started < 0.05
        assert "n" in errors and len(errors["n"]) < 200  # the value is quoted cut short


def test_plain_numbers_still_parse() -> None:
    errors: dict[str, str] = {}
    assert fieldcheck.integer(errors, "n", "12,000") == 12000
    assert fieldcheck.integer(errors, "n", "1e3") == 1000
    assert str(fieldcheck.amount(errors, "a", "¥3,000.50")) == "3000.50"
    assert not errors


def test_a_five_digit_postcode_is_flagged_as_a_lost_leading_zero() -> None:
    errors: dict[str, str] = {}
    fieldcheck.postcode(errors, "postcode", 10020)
    assert "10020" in errors["postcode"] and "010020" in errors["postcode"]
    assert fieldcheck.postcode({}, "postcode", "010020") == "010020"
    assert fieldcheck.postcode({}, "postcode", "DE 10115") == "DE 10115"


# --- CSV / XLSX -------------------------------------------------------------------------


def test_an_unclosed_quote_is_a_rejected_row_not_an_account_named_after_the_line(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "q.csv"
    path.write_text(
        '客户名称,电话,地址\n甲公司,010-12345678,北京\n"乙公司,010-2345678,上海\n丙公司,010-3456789,广州\n',
        encoding="utf-8",
    )
    out = run_import(db, path, "accounts")
    assert not out.written and _accounts(db) == 0
    assert [p.line for p in out.rejected] == [3]
    assert "quote" in str(out.rejected[0])
    # skipping rejected rows writes the two good ones and no account named after a line
    out = run_import(db, path, "accounts", skip_rejected=True)
    assert out.added == 2


def test_a_quote_closed_rows_later_is_caught_and_a_real_multiline_cell_is_kept(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "q2.csv"
    path.write_text(
        '客户名称,电话,地址\n"乙公司,010-2345678,上海\n丙公司,010-3456789,广州\n丁公司,010-4567890,"深圳"\n'
        '戊公司,010-5678901,"Room 5, Bldg 2,\nChaoyang, Beijing"\n',
        encoding="utf-8",
    )
    out = run_import(db, path, "accounts", dry_run=True)
    assert [p.line for p in out.rejected] == [2]
    assert out.added == 3  # 丙 (read on from the line after), 丁 and 戊 with its two-line address


def test_csv_numbers_out_of_range_are_rejected_rows(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("客户名称,员工人数,注册资本,邮编\nA,1e999999,1e5000,10020\n", encoding="utf-8")
    started = time.perf_counter()
    out = run_import(db, path, "accounts")
    assert time.perf_counter() - started < 5
    (problem,) = out.rejected
    text = str(problem)
    assert "员工人数" in text and "注册资本" in text and "邮编" in text and _accounts(db) == 0


def test_a_bom_followed_by_gbk_bytes_is_read_as_gbk(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "客户名称,电话\n甲公司,010-12345678\n".encode("gbk"))
    out = run_import(db, path, "accounts")
    assert out.written and out.added == 1


@pytest.mark.parametrize("damage", ["text", "truncated", "bomb"])
def test_a_damaged_or_hostile_xlsx_is_one_line(db: Database, tmp_path: Path, damage: str) -> None:
    from openpyxl import Workbook

    path = tmp_path / "a.xlsx"
    wb = Workbook()
    wb.active.append(["客户名称", "电话"])  # type: ignore[union-attr]
    wb.active.append(["甲公司", "010-12345678"])  # type: ignore[union-attr]
    wb.save(path)
    if damage == "text":
        path.write_bytes("客户名称,电话\n".encode())
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:700])
    else:
        buf = io.BytesIO()
        with (
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z,
            z.open("xl/worksheets/sheet1.xml", "w") as f,
        ):
            for _ in range(50):
                f.write(b"\0" * (1 << 20))
        path.write_bytes(buf.getvalue())
    started = time.perf_counter()
    with pytest.raises(UserError) as exc:
        run_import(db, path, "accounts")
    assert time.perf_counter() - started < 5
    assert "\n" not in str(exc.value) and "a.xlsx" in str(exc.value)


# --- JSON bundle ---------------------------------------------------------------------


def _bundle(target: FuzzTarget, tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    doc = json.loads(json.dumps(target.bundle))
    edit(doc)
    path = tmp_path / "b.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _set(table: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        doc["tables"][table][0][key] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_set("stakeholder", "influence_pct", 120), "influence weight (%) 120 is outside 0–100"),
        (_set("stakeholder", "influence_pct", -10), "influence weight (%) -10 is outside 0–100"),
        (_set("progress_point", "value", 6), "progress against the rival 6 is outside -5–5"),
        (_set("evaluation_score", "score", 11), "evaluation score 11 is outside 0–10"),
        (_set("account", "employee_count", 10**30), "more than 64 bits"),
        (_set("visit", "starts_at", "0001-01-01T00:00:00Z"), "out of range (years 1800–2200)"),
        (_set("account", "founded_on", "9999-12-31"), "out of range"),
        (_set("account", "name", "x" * 5000), "too long"),
    ],
)
def test_bundle_refuses_what_the_forms_refuse(
    db: Database, target: FuzzTarget, tmp_path: Path, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    path = _bundle(target, tmp_path, edit)
    for dry_run in (True, False):
        with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")) as exc:
            import_bundle(db, path, dry_run=dry_run)
        assert "\n" not in str(exc.value)
    assert _accounts(db) == 0


def test_bundle_refuses_a_visit_done_in_the_future_and_a_log_entry_months_ahead(
    db: Database, target: FuzzTarget, tmp_path: Path
) -> None:
    def done_later(doc: dict[str, Any]) -> None:
        visit = doc["tables"]["visit"][0]
        visit["status"], visit["starts_at"] = "done", "2026-06-01T02:00:00Z"

    with clock.frozen_at("2026-04-01T10:00:00+08:00", tz="Asia/Shanghai"):
        with pytest.raises(UserError, match="a visit marked done on 2026-06-01 is in the future"):
            import_bundle(db, _bundle(target, tmp_path, done_later))
        with pytest.raises(UserError, match="contact-log entry of 2026-09-01 is in the future"):
            import_bundle(db, _bundle(target, tmp_path, _set("contact_log", "at", "2026-09-01T02:00:00Z")))
        # and the form says the same
        account = target.account
        with pytest.raises(ValidationError, match="is in the future"):
            log_contact(
                target.db,
                ContactLogInput(account_uuid=account, at=clock.now().replace(month=9), content="电话"),
            )
    assert _accounts(db) == 0


def test_the_form_and_the_bundle_share_the_range_of_a_score(
    db: Database, target: FuzzTarget, tmp_path: Path
) -> None:
    assert target.opportunity is not None
    with pytest.raises(ValidationError, match="short_term_revenue"):
        update_opportunity(target.db, target.opportunity, short_term_revenue=11)
    with pytest.raises(UserError, match="short-term revenue score 11 is outside 1–10"):
        import_bundle(db, _bundle(target, tmp_path, _set("opportunity", "short_term_revenue", 11)))


def test_duplicate_uuids_are_refused_also_on_a_dry_run(
    db: Database, target: FuzzTarget, tmp_path: Path
) -> None:
    def dup(doc: dict[str, Any]) -> None:
        doc["tables"]["account"].append(dict(doc["tables"]["account"][0]))

    path = _bundle(target, tmp_path, dup)
    for dry_run in (True, False):
        with pytest.raises(UserError, match="have the same uuid"):
            import_bundle(db, path, dry_run=dry_run)
    assert _accounts(db) == 0


def test_records_that_leave_out_different_optional_fields_import(
    db: Database, target: FuzzTarget, tmp_path: Path
) -> None:
    def ragged(doc: dict[str, Any]) -> None:
        for i, rec in enumerate(doc["tables"]["account"]):
            for key in (("notes", "website"), ("phone",), ("fax", "email", "postcode"))[i % 3]:
                rec.pop(key, None)

    report = import_bundle(db, _bundle(target, tmp_path, ragged))
    assert report.added["account"] == 3 and _accounts(db) == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": ' + "1" * 5000 + "}", "out of range"),
        ('{"a": NaN}', "out of range"),
        ('{"a": 1e400}', "out of range"),
    ],
)
def test_hostile_json_is_one_line(db: Database, tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "h.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=message):
        import_bundle(db, path)


# --- .kamsub -----------------------------------------------------------------------------


def _resubmit(target: FuzzTarget, tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """The month's submission with data.json edited and its checksum recomputed."""
    members = dict(target.kamsub)
    data = json.loads(members["data.json"])
    edit(data)
    members["data.json"] = json.dumps(data).encode()
    manifest = json.loads(members["manifest.json"])
    manifest["members"]["data.json"] = hashlib.sha256(members["data.json"]).hexdigest()
    # signed again with this laptop's key, which the manager trusts: the receiver's own checks are tested
    members["manifest.json"] = json.dumps(sign_manifest(manifest)).encode()
    path = tmp_path / "edited.kamsub"
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in members.items():
            z.writestr(name, blob)
    return path


@pytest.fixture
def manager(tmp_path: Path, target: FuzzTarget) -> Iterator[Database]:
    trust_this_laptop(json.loads(target.kamsub["data.json"])["rep"]["name"])
    database = open_database(sqlite_url(tmp_path / "manager.db"))
    yield database
    database.dispose()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["accounts"][0].update(name=None), "field name must not be empty"),
        (lambda d: d["accounts"][0].update(uuid=[1]), "is not a uuid"),
        (lambda d: d["visits"].append({"uuid": "x"}), "malformed"),
        (lambda d: d["opportunities"][0].update(win_pct_override=120), "win % 120 is outside 0–100"),
        (lambda d: d["opportunities"][0].update(short_term_revenue=11), "short-term revenue score 11"),
        (lambda d: d["visits"][0].update(starts_at="0001-01-01T00:00:00+00:00"), "out of range"),
        (lambda d: d["rep"].pop("name"), "malformed"),
        (lambda d: d.update(summary={"visits_done": "NaN"}), "incomplete or malformed"),
    ],
)
def test_an_edited_submission_with_recomputed_checksums_is_refused(
    manager: Database,
    target: FuzzTarget,
    tmp_path: Path,
    edit: Callable[[dict[str, Any]], None],
    message: str,
) -> None:
    path = _resubmit(target, tmp_path, edit)
    with pytest.raises(UserError, match=message) as exc:
        receive_submissions(manager, [path])
    assert "\n" not in str(exc.value)
    assert _accounts(manager) == 0


def test_a_submission_zip_bomb_is_refused_quickly(manager: Database, tmp_path: Path) -> None:
    path = tmp_path / "bomb.kamsub"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("data.json", "w", force_zip64=True) as f:
            for _ in range(100):  # 100 MB of spaces in 100 kB: refused by its ratio
                f.write(b" " * (1 << 20))
        z.writestr("manifest.json", "{}")
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 1_000_000
    started = time.perf_counter()
    with pytest.raises(UserError, match="zip bomb"):
        receive_submissions(manager, [path])
    assert time.perf_counter() - started < 1


def test_amounts_beyond_what_the_forms_take_are_refused(
    manager: Database, target: FuzzTarget, tmp_path: Path, db: Database
) -> None:
    def huge(d: dict[str, Any]) -> None:
        d["targets"][0]["normal"] = "1e30"

    with pytest.raises(UserError, match="too large"):
        receive_submissions(manager, [_resubmit(target, tmp_path, huge)])
    with pytest.raises(UserError, match="too large"):
        import_bundle(db, _bundle(target, tmp_path, _set("purchase", "amount", "1" + "0" * 30)))
