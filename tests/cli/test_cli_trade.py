"""``kamdesk log-purchase`` and ``log-payment``."""

from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.store.db import sqlite_url
from kamdesk.store.models import Account, Payment, Purchase, PurchaseItem
from kamdesk.store.schema import open_database


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "rep.db"
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add(Account(name="杭州远景医药集团有限公司", short_name="远景"))
    db.dispose()
    return path


def test_log_purchase_with_a_cycle_and_a_payment(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(filled), "--now", "2026-03-10T10:00"]
    assert (
        main(
            [
                *db,
                "log-purchase",
                "远景",
                "12800",
                "--product",
                "打印耗材",
                "--cycle",
                "30",
                "--on",
                "2026-03-01",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "next 打印耗材 due 2026-03-31" in out
    assert main([*db, "log-payment", "远景", "8000"]) == 0
    assert "paid 2026-03-10" in capsys.readouterr().out
    store = open_database(sqlite_url(filled))
    with store.reading() as s:
        assert s.query(Purchase).one().amount == 12800
        assert s.query(PurchaseItem).one().cycle_days == 30
        assert str(s.query(Payment).one().paid_on) == "2026-03-10"
    store.dispose()


def test_bad_input_is_one_line_and_writes_nothing(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled), "log-purchase", "远景", "lots", "--cycle", "30"]) == 2
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err and len(err.splitlines()) == 1 and "amount" in err
    assert main(["--db", str(filled), "log-payment", "无此客户", "10"]) == 2
    assert "无此客户" in capsys.readouterr().err
    store = open_database(sqlite_url(filled))
    with store.reading() as s:
        assert s.query(Purchase).count() == 0 and s.query(Payment).count() == 0
    store.dispose()
