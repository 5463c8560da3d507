"""``kamdesk map``: by name and by UUID, PDF and PNG, unknown or ambiguous names exit 2."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kamdesk import clock
from kamdesk.cli.main import main
from kamdesk.services.maps.demo import sample_map
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity


def test_map_by_name_writes_a_pdf_with_the_chinese_names(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_map(db, 15)
    out = tmp_path / "map.pdf"
    assert main(["--db", str(db_path), "--lang", "zh", "map", "生产管理系统升级项目", "-o", str(out)]) == 0
    assert "15 people" in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "王建国" in text and "经济买家" in text


def test_map_by_uuid_writes_a_png(db: Database, db_path: Path, tmp_path: Path) -> None:
    from datetime import timedelta

    from PySide6.QtGui import QImage

    uuid = sample_map(db, 15)
    out = tmp_path / "map.png"
    day = (clock.today() - timedelta(days=60)).isoformat()
    assert main(["--db", str(db_path), "map", uuid, "-o", str(out), "--as-of", day]) == 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 500


def test_unknown_name_exits_2_with_one_line(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample_map(db, 15)
    assert main(["--db", str(db_path), "map", "没有这个项目", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no opportunity named '没有这个项目'" in err
    assert not (tmp_path / "x.pdf").exists()


def test_ambiguous_name_lists_the_candidates(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        acc = Account(name="华东电力")
        s.add(acc)
        s.flush()
        s.add_all(
            [
                Opportunity(account_id=acc.id, name="调度系统一期"),
                Opportunity(account_id=acc.id, name="调度系统二期"),
            ]
        )
    assert main(["--db", str(db_path), "map", "调度系统", "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "matches 2 opportunities" in err and "调度系统一期" in err and "调度系统二期" in err


def test_wrong_output_suffix_is_refused(db: Database, db_path: Path, tmp_path: Path) -> None:
    uuid = sample_map(db, 15)
    assert main(["--db", str(db_path), "map", uuid, "-o", str(tmp_path / "map.svg")]) == 2
