"""``kamdesk import FILE.csv|.xlsx``, export-accounts, export-contacts, hand-over."""

from __future__ import annotations

from pathlib import Path

from kamdesk.cli.main import main
from kamdesk.services import accounts as A
from kamdesk.store.db import sqlite_url
from kamdesk.store.schema import open_database

SAMPLE = Path(__file__).resolve().parents[1] / "services" / "import_samples" / "accounts_sample.csv"


def _count(db_path: Path, text: str = "") -> int:
    db = open_database(sqlite_url(db_path))
    try:
        return A.count_accounts(db, A.AccountFilter(text=text))
    finally:
        db.dispose()


def test_import_csv_prints_a_summary_and_exits_zero(tmp_path, capsys):
    db_path = tmp_path / "k.db"
    assert main(["--db", str(db_path), "import", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "added 25 accounts (+25 contacts)" in out and "客户名称 → name" in out
    assert _count(db_path) == 25
    assert main(["--db", str(db_path), "import", str(SAMPLE), "--dry-run"]) == 0
    assert "would add 0 accounts, skip 25 duplicates" in capsys.readouterr().out


def test_import_with_rejected_rows_exits_non_zero_and_names_the_lines(tmp_path, capsys):
    db_path = tmp_path / "k.db"
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "客户名称,成立日期,注册资本(万元)\n甲公司,2020-01-01,100\n乙公司,2020-02-30,100\n,2020-01-01,-5\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", str(bad), "--kind", "accounts"]) == 1
    out = capsys.readouterr().out
    assert "rejected: line 3: 成立日期: not a date" in out
    assert "rejected: line 4: 客户名称: required; 注册资本(万元): must not be negative" in out
    assert "2 rows rejected: nothing was written" in out
    assert _count(db_path) == 0


def test_export_accounts_contacts_and_hand_over(tmp_path, capsys):
    db_path = tmp_path / "k.db"
    db = open_database(sqlite_url(db_path))
    try:
        from kamdesk.services.exchange.imports import run_import

        run_import(db, SAMPLE, "accounts")
        A.ensure_me(db)
        with db.transaction() as s:
            from kamdesk.store.models import Rep

            s.add(Rep(name="李娜", code="R02"))
    finally:
        db.dispose()
    xlsx = tmp_path / "a.xlsx"
    assert main(["--db", str(db_path), "export-accounts", "-o", str(xlsx), "--filter-text", "烟草"]) == 0
    assert xlsx.exists() and "wrote 4 accounts" in capsys.readouterr().out
    vcf = tmp_path / "c.vcf"
    assert main(["--db", str(db_path), "export-contacts", "-o", str(vcf)]) == 0
    assert vcf.read_bytes().count(b"BEGIN:VCARD") == 25
    assert main(["--db", str(db_path), "hand-over", "--to", "R02", "华信", "东方"]) == 0
    assert "handed 2 accounts to 李娜" in capsys.readouterr().out
    assert main(["--db", str(db_path), "hand-over", "--to", "nobody", "华信"]) == 2
    assert "no rep named" in capsys.readouterr().err

