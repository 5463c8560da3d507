"""Every table export, opened the way other programs open it: openpyxl checks
the cell type of each column; LibreOffice Calc (headless, where installed)
converts each XLSX and CSV and its cells compare equal to ours."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk import clock
from kamdesk.domain.stages import Stage
from kamdesk.services import accounts as A
from kamdesk.services import opportunities as ops
from kamdesk.services.accounts import custom_fields as CF
from kamdesk.services.exchange.exports import EXPORT_COLUMNS, export_accounts
from kamdesk.services.exchange.imports import run_import
from kamdesk.services.me import ensure_my_rep_id
from kamdesk.services.opportunities.pipeline_export import COLUMNS as PIPELINE_COLUMNS
from kamdesk.services.opportunities.pipeline_export import export_pipeline
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.io.spreadsheet import Kind, from_csv_cell
from kamdesk.store.models import Account, Rep
from kamdesk.store.schema import open_database

CELL_TYPE = {
    Kind.TEXT: "s",
    Kind.ID: "s",
    Kind.INT: "n",
    Kind.NUMBER: "n",
    Kind.MONEY: "n",
    Kind.DATE: "d",
    Kind.DATETIME: "d",
}
ZONE = "Asia/Shanghai"
NOW = "2026-12-01T09:00:00+08:00"
SHORT = '=HYPERLINK("http://x.example","华北")'


def _fill(db: Database) -> str:
    """One account with every exported column filled, custom fields of each
    kind, and an opportunity; returns the account's uuid."""
    f_text = CF.save_field(db, CF.CustomFieldInput(name="采购渠道", kind="text")).value
    f_num = CF.save_field(db, CF.CustomFieldInput(name="年采购量", kind="number")).value
    f_date = CF.save_field(db, CF.CustomFieldInput(name="签约日", kind="date")).value
    acc = A.save_account(
        db,
        A.AccountInput(
            name="石家庄华北制药有限公司",
            short_name=SHORT,
            number="0012",
            nature="state",
            industry="医药",
            province="河北",
            city="石家庄",
            address="和平东路388号",
            postcode="050000",
            phone="0311-85992000",
            fax="03118599",
            email="info@ncpc.example",
            website="www.ncpc.example",
            founded_on="1958-06-03",
            registered_capital="12.50",
            employee_count=5200,
            annual_revenue="120000.00",
            listed=True,
            source="referral",
            tier="gold",
            grade="A",
            cadence="monthly",
            relationship_type="loyal",
            relationship_stage="middle",
            expected_close="2027-03-31",
            purchase_cycle_days=90,
            notes="@备注 -先报价",
            custom={f_text: "招标", f_num: "-1250.5", f_date: "2026-05-01"},
        ),
    ).value
    with db.transaction() as s:
        rep = s.get(Rep, ensure_my_rep_id(s))  # saving the account made the laptop's own rep
        assert rep is not None
        rep.name = "王磊"
        row = s.query(Account).filter_by(uuid=acc).one()
        row.owner_id = rep.id
        row.last_touch_at = datetime(2026, 11, 12, 4, 15, tzinfo=UTC)
        row.revenue_total = Decimal("345678.90")
    ops.create_opportunity(
        db,
        account=acc,
        name="+原料药扩产",
        stage=Stage.C,
        amount=100_000,
        started_on=date(2026, 11, 2),  # not "today": the close date must stay after it on any day
        expected_close=date(2026, 12, 10),
        short_term_revenue=8,
        long_term_impact=3,
    )
    return acc


def _exports(db: Database, folder: Path) -> dict[str, tuple[Path, list[Kind]]]:
    """Each table export as XLSX and CSV, with the kind of each column."""
    account_kinds = [k for *_, k in EXPORT_COLUMNS] + [Kind.TEXT, Kind.NUMBER, Kind.DATE]
    pipeline_kinds = [k for *_, k in PIPELINE_COLUMNS]
    out: dict[str, tuple[Path, list[Kind]]] = {}
    with clock.frozen_at(NOW, tz=ZONE):
        for suffix in (".xlsx", ".csv"):
            path = folder / f"accounts{suffix}"
            export_accounts(db, path)
            out[path.name] = (path, account_kinds)
            path = folder / f"pipeline{suffix}"
            export_pipeline(db, path)
            out[path.name] = (path, pipeline_kinds)
    return out


def test_each_xlsx_export_has_typed_cells_per_column(db: Database, tmp_path: Path) -> None:
    _fill(db)
    files = _exports(db, tmp_path)
    for name in ("accounts.xlsx", "pipeline.xlsx"):
        path, kinds = files[name]
        ws = load_workbook(path).active
        header = [c.value for c in ws[1]]
        row = ws[2]
        assert len(row) == len(kinds) == len(header)
        for cell, kind, h in zip(row, kinds, header, strict=True):
            if cell.value is None:
                continue
            assert cell.data_type == CELL_TYPE[kind], (name, h, cell.value)
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{row[-1].column_letter}2"
        assert all(c.font.b for c in ws[1])
    ws = load_workbook(files["accounts.xlsx"][0]).active
    rec = {c.value: v for c, v in zip(ws[1], ws[2], strict=True)}
    assert rec["邮编"].value == "050000" and rec["邮编"].number_format == "@"
    assert rec["客户编号"].value == "0012" and rec["传真"].value == "03118599"
    assert rec["注册资本(万元)"].value == 12.5 and rec["注册资本(万元)"].number_format == "#,##0.00"
    assert rec["成立日期"].value == datetime(1958, 6, 3) and rec["成立日期"].number_format == "yyyy-mm-dd"
    # 04:15 UTC shown in the rep's zone, as a date-time cell
    assert rec["最近联系"].value == datetime(2026, 11, 12, 12, 15)
    assert rec["最近联系"].number_format == "yyyy-mm-dd hh:mm"
    assert rec["年采购量"].value == -1250.5 and rec["签约日"].value == datetime(2026, 5, 1)
    assert rec["简称"].value == SHORT and rec["简称"].data_type == "s"  # text, not a formula
    ws = load_workbook(files["pipeline.xlsx"][0]).active
    rec = {c.value: v for c, v in zip(ws[1], ws[2], strict=True)}
    assert rec["预计成交"].value == datetime(2026, 12, 10) and rec["金额"].number_format == "#,##0.00"
    assert rec["商机名称"].value == "+原料药扩产" and rec["商机名称"].data_type == "s"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_with_postcodes_and_formula_like_text_unchanged(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    _fill(db)
    path = _exports(db, tmp_path)[f"accounts{suffix}"][0]
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        for name, kind in (("采购渠道", "text"), ("年采购量", "number"), ("签约日", "date")):
            CF.save_field(other, CF.CustomFieldInput(name=name, kind=kind))
        outcome = run_import(other, path, "accounts")
        assert outcome.added == 1 and not outcome.rejected
        with other.reading() as s:
            acc = s.query(Account).one()
            assert (acc.postcode, acc.number, acc.fax) == ("050000", "0012", "03118599")
            assert acc.short_name == SHORT and acc.notes == "@备注 -先报价"
            assert acc.registered_capital == Decimal("12.50")
    finally:
        other.dispose()


# --- LibreOffice -------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _calc(files: list[Path], out: Path, profile: Path) -> None:
    """Let LibreOffice Calc open each file and save it as its own XLSX."""
    for kind, infilter in ((".xlsx", None), (".csv", "CSV:44,34,76,1")):
        batch = [str(f) for f in files if f.suffix == kind]
        cmd = [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out / kind[1:]),
        ]
        if infilter:
            cmd.append(f"--infilter={infilter}")
        subprocess.run([*cmd, *batch], check=True, capture_output=True, timeout=180)


def _values(path: Path) -> list[list[object]]:
    ws = load_workbook(path, data_only=True).active
    return [[c.value for c in row] for row in ws.iter_rows()]


def _same(ours: object, calc: object) -> bool:
    if isinstance(ours, int | float) and isinstance(calc, int | float):
        return abs(ours - calc) < 1e-9
    return ours == calc


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_every_export_cell_for_cell(db: Database, tmp_path: Path) -> None:
    _fill(db)
    (tmp_path / "ours").mkdir()
    files = _exports(db, tmp_path / "ours")
    _calc([p for p, _ in files.values()], tmp_path / "calc", tmp_path / "lo-profile")
    for name in ("accounts", "pipeline"):
        ours = _values(files[f"{name}.xlsx"][0])
        kinds = files[f"{name}.xlsx"][1]
        from_xlsx = _values(tmp_path / "calc" / "xlsx" / f"{name}.xlsx")
        from_csv = _values(tmp_path / "calc" / "csv" / f"{name}.xlsx")
        assert len(from_xlsx) == len(from_csv) == len(ours) == 2
        for r, row in enumerate(ours):
            for c, value in enumerate(row):
                assert _same(value, from_xlsx[r][c]), (name, "xlsx", ours[0][c], value, from_xlsx[r][c])
                via_csv = from_csv[r][c]
                if isinstance(via_csv, str) and r > 0 and kinds[c] is Kind.TEXT:
                    via_csv = from_csv_cell(via_csv)  # the visible apostrophe of formula safety
                assert _same(value, via_csv), (name, "csv", ours[0][c], value, from_csv[r][c])
