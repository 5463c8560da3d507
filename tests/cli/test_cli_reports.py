from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.store.db import Database
from tests.reports.pdfutil import assert_only_embedded_fonts, pdf_text
from tests.services.reports_sample import MONTH, WEEK, make_sample

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


@pytest.fixture
def rep_db(db: Database, db_path: Path) -> Path:
    make_sample(db)
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_weekly_and_monthly_write_pdfs(
    rep_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = tmp_path / "w.pdf"
    code, out, _ = run(
        capsys, "--db", str(rep_db), "--lang", "zh", "report", "weekly", "--week", WEEK, "-o", str(w)
    )
    assert code == 0 and "周计划和总结" in out
    assert "¥150,000" in pdf_text(w)
    m = tmp_path / "m.pdf"
    code, _, _ = run(
        capsys, "report", "monthly", "--month", MONTH, "-o", str(m), "--db", str(rep_db), "--lang", "en"
    )
    assert code == 0 and "Monthly plan and summary" in pdf_text(m)
    assert_only_embedded_fonts(m)
    d = tmp_path / "d.pdf"
    assert run(capsys, "--db", str(rep_db), "report", "daily", "--date", "2026-11-17", "-o", str(d))[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ("report", "monthly", "--month", "2026-13"),
        ("report", "weekly", "--week", "2026-48"),
        ("report", "daily", "--date", "17/11/2026"),
        ("report", "monthly"),
        ("report", "monthly", "--week", WEEK),
    ],
)
def test_report_bad_period_exits_2_with_one_line(
    rep_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "--db", str(rep_db), *argv, "-o", str(out))
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_submit_bad_month_and_missing_files_exit_2(
    rep_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", str(rep_db), "submit", "--month", "2026/11", "-o", str(tmp_path / "s.kamsub")
    )
    assert code == 2 and len(err.strip().splitlines()) == 1 and "2026-11" in err
    code, _, err = run(capsys, "consolidate", str(tmp_path / "missing.kamsub"), "-o", str(tmp_path / "t.pdf"))
    assert code == 2 and "file not found" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(rep_db), "receive-notes", str(tmp_path / "nope.kamnote"))
    assert code == 2 and "file not found" in err
    code, _, err = run(capsys, "--db", str(rep_db), "rollup", "--month", "x", "-o", str(tmp_path / "t.pdf"))
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_submit_consolidate_receive_annotate_receive_notes(
    rep_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sub = tmp_path / "zhang.kamsub"
    code, out, _ = run(capsys, "--db", str(rep_db), "submit", "--month", MONTH, "-o", str(sub))
    assert code == 0 and "sha256" in out and "left out" in out
    with zipfile.ZipFile(sub) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert set(manifest["members"]) == {"report.pdf", "data.json"}

    team = tmp_path / "team.pdf"
    assert run(capsys, "--lang", "zh", "consolidate", str(sub), "-o", str(team))[0] == 0
    assert "团队汇总" in pdf_text(team) and "张伟" in pdf_text(team)

    manager = tmp_path / "manager.db"
    code, _, err = run(capsys, "--db", str(manager), "receive", str(sub))
    assert code == 2 and "not registered" in err  # the manager trusts no key yet
    key = tmp_path / "zhang-key.json"
    code, out, _ = run(capsys, "--db", str(rep_db), "rep-key", "export", "-o", str(key))
    assert code == 0 and "fingerprint" in out
    fingerprint = json.loads(key.read_text(encoding="utf-8"))["fingerprint"]
    code, out, _ = run(capsys, "rep-key", "register", str(key))
    assert code == 0 and fingerprint in out and "张伟" in out
    code, out, _ = run(capsys, "--db", str(manager), "receive", str(sub))
    assert code == 0 and "imported" in out
    code, out, _ = run(capsys, "--db", str(manager), "receive", str(sub))
    assert "already received" in out

    notes = tmp_path / "n.kamnote"
    code, _, _ = run(
        capsys,
        "--db", str(manager), "annotate", "--submission", manifest["submission_uuid"],
        "--text", "下月重点跟进 MES", "--section", "商机", "-o", str(notes),
    )  # fmt: skip
    assert code == 0 and notes.is_file()
    code, out, _ = run(capsys, "--db", str(rep_db), "receive-notes", str(notes))
    assert code == 0 and out.startswith("1 new note")

    m = tmp_path / "m.pdf"
    run(capsys, "--db", str(rep_db), "--lang", "zh", "report", "monthly", "--month", MONTH, "-o", str(m))
    text = pdf_text(m)
    assert "经理批注" in text and "下月重点跟进 MES" in text

    rollup = tmp_path / "rollup.pdf"
    code, _, err = run(capsys, "--db", str(manager), "rollup", "--month", MONTH, "-o", str(rollup))
    assert code == 0 and "\r" not in err  # no progress lines in a log (stderr is not a terminal)
    assert "¥150,000" in pdf_text(rollup)


def test_tampered_submission_refused_by_receive(
    rep_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sub = tmp_path / "s.kamsub"
    run(capsys, "--db", str(rep_db), "submit", "--month", MONTH, "-o", str(sub))
    blob = bytearray(sub.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    sub.write_bytes(bytes(blob))
    manager = tmp_path / "manager.db"
    code, _, err = run(capsys, "--db", str(manager), "receive", str(sub))
    assert code == 2 and "s.kamsub" in err and len(err.strip().splitlines()) == 1


def test_deadlines_lists_status_and_rep_option(
    rep_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", str(rep_db), "submit", "--month", MONTH, "-o", str(tmp_path / "s.kamsub"))
    code, out, _ = run(capsys, "--db", str(rep_db), "--lang", "en", "deadlines")
    assert code == 0 and out.strip()
    # in the month after it, the submitted month is listed as submitted, whenever the test runs
    code, out, _ = run(capsys, "--db", str(rep_db), "--lang", "en", "--now", "2026-12-03T09:00", "deadlines")
    assert code == 0
    assert any(line.startswith("Submitted") and MONTH in line for line in out.splitlines())
    code, _, err = run(
        capsys,
        "--db",
        str(rep_db),
        "report",
        "weekly",
        "--week",
        WEEK,
        "--rep",
        "nobody",
        "-o",
        str(tmp_path / "w.pdf"),
    )
    assert code == 2 and "no rep 'nobody'" in err
    code, _, _ = run(
        capsys,
        "--db",
        str(rep_db),
        "report",
        "weekly",
        "--week",
        WEEK,
        "--rep",
        "R01",
        "-o",
        str(tmp_path / "w.pdf"),
    )
    assert code == 0
