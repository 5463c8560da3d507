"""``kamdesk pipeline-export`` and the export service round-trip."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk.cli.main import main
from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Rep


@pytest.fixture
def filled(db: Database) -> Database:
    with db.transaction() as s:
        s.add(Rep(name="王磊", is_me=True))
        acc = Account(name="上海烟草工业印刷厂")
        s.add(acc)
        s.flush()
        acc_uuid = acc.uuid
    ops.create_opportunity(
        db,
        account=acc_uuid,
        name="测评软件",
        stage=Stage.C,
        amount=100_000,
        started_on=date(2026, 11, 2),
        expected_close=date(2026, 12, 10),
        short_term_revenue=8,
        long_term_impact=3,
    )
    ops.create_opportunity(db, account=acc_uuid, name="培训项目", stage=Stage.G, amount=20_000)
    won = ops.create_opportunity(db, account=acc_uuid, name="年度维护", stage=Stage.A, amount=5_000).value
    ops.close_won(db, won.uuid, "续约")
    return db


def test_xlsx_round_trip(filled: Database, db_path: Path, tmp_path: Path, capsys):
    out = tmp_path / "pipeline.xlsx"
    assert main(["--db", str(db_path), "--lang", "zh", "pipeline-export", "-o", str(out)]) == 0
    assert "3 opportunities" in capsys.readouterr().out
    wb = load_workbook(out, read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    assert rows[0][:4] == ("商机编号", "商机名称", "客户", "客户经理")
    by_name = {r[1]: r for r in rows[1:]}
    c = by_name["测评软件"]
    assert (c[4], c[5], c[7], c[8], c[9], c[10], c[11]) == (
        "C",
        "需求调研与方案确认",
        100000,
        50,
        50000,
        datetime(2026, 12, 10),  # a real date cell, no longer text
        "3",
    )
    assert by_name["年度维护"][6] == "赢单"


def test_csv_with_stage_and_status_filters(filled: Database, db_path: Path, tmp_path: Path):
    out = tmp_path / "open.csv"
    code = main(
        [
            "--db",
            str(db_path),
            "--lang",
            "en",
            "pipeline-export",
            "-o",
            str(out),
            "--stage",
            "C",
            "--stage",
            "G",
            "--status",
            "open",
        ]
    )
    assert code == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted(r["Opportunity"] for r in rows) == ["培训项目", "测评软件"]
    c = next(r for r in rows if r["Stage"] == "C")
    assert Decimal(c["Weighted amount"]) == Decimal("50000.00") and c["Status"] == "Open"


def test_bad_arguments_are_one_line_errors(filled: Database, db_path: Path, tmp_path: Path, capsys):
    assert main(["--db", str(db_path), "pipeline-export", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["--db", str(db_path), "pipeline-export", "-o", str(tmp_path / "x.csv"), "--stage", "Q"]) == 2
    err = capsys.readouterr().err
    assert "expected a .csv or .xlsx" in err and "unknown Stage" in err
    assert not (tmp_path / "x.csv").exists()
