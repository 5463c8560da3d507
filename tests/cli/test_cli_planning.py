"""``kamdesk handin``, ``handins``, ``workday-end`` and ``activity``: one line per
answer, bad input refused in one line naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.store.db import Database
from tests.services.reports_sample import make_sample


@pytest.fixture
def rep_db(db: Database, db_path: Path) -> Path:
    make_sample(db)
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_handin_weekly_at_1731_friday_is_late_by_a_minute(rep_db, capsys):
    code, out, _ = run(
        capsys, "--db", str(rep_db), "--lang", "zh", "--now", "2026-11-27T17:31", "handin", "weekly"
    )
    assert code == 0
    assert out.strip() == "周计划和总结 2026-W48: 迟交 1分 (due 2026-11-27 17:30)"
    code, out, _ = run(
        capsys,
        "--db",
        str(rep_db),
        "--lang",
        "zh",
        "--now",
        "2026-12-01T09:00",
        "handins",
        "--month",
        "2026-11",
    )
    assert code == 0 and out.startswith("张伟 2026-11: 按时 0 · 迟交 1 · 未提交 25")


def test_workday_end_setting_moves_the_daily_deadline(rep_db, capsys):
    assert run(capsys, "--db", str(rep_db), "workday-end")[1].strip() == "23:59"
    assert run(capsys, "--db", str(rep_db), "workday-end", "18:00")[1].strip() == "18:00"
    _code, out, _ = run(
        capsys, "--db", str(rep_db), "--lang", "zh", "--now", "2026-11-25T18:30", "handin", "daily"
    )
    assert out.strip() == "工作日志 2026-11-25: 迟交 30分 (due 2026-11-25 18:00)"


def test_bad_input_is_one_line_naming_the_field(rep_db, capsys):
    code, _out, err = run(capsys, "--db", str(rep_db), "workday-end", "6pm")
    assert code == 2 and err.count("\n") == 1 and err.startswith("kamdesk: workday_end:")
    code, _out, err = run(capsys, "--db", str(rep_db), "handin", "weekly", "--period", "2026-W60")
    assert code == 2 and err.startswith("kamdesk: period:")
    assert run(capsys, "--db", str(rep_db), "--now", "2026-12-01T09:00", "handins", "--month", "2026-11")[
        1
    ].count("late 0")
    code, _out, err = run(capsys, "--db", str(rep_db), "activity", "--date", "2026-02-30")
    assert code == 2 and err.startswith("kamdesk: day:")


def test_activity_against_the_months_decomposition(rep_db, capsys):
    code, out, _ = run(capsys, "--db", str(rep_db), "--lang", "zh", "activity", "--date", "2026-11-17")
    assert code == 0
    assert (
        out.strip()
        == "张伟: 有效电话 今日 1 / 112 通，0.9%，未达成，差111通；本月累计（12 个工作日）1 / 1344 通，0.1%，未达成，差1343通"
    )


def test_industry_scores_rank_and_bad_figures(rep_db, capsys):
    base = ("--db", str(rep_db), "--lang", "zh", "industry")
    code, out, _ = run(capsys, *base, "政府", "--market-size", "9", "--growth", "7", "--awareness", "7",
                       "--competition", "-3", "--difficulty", "-3", "--funding", "9", "--relationship", "7",
                       "--policy", "9", "--growth-forecast", "18")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, *base, "医疗", "--market-size", "3", "--growth", "9", "--awareness", "3",
                       "--competition", "3", "--difficulty", "3", "--funding", "5", "--relationship", "1",
                       "--policy", "1")  # fmt: skip
    lines = out.splitlines()
    assert lines[1].split("\t") == ["1", "政府", "9", "7", "7", "-3", "-3", "9", "7", "9", "42", "★", "18%"]
    assert lines[2].split("\t")[:2] == ["2", "医疗"] and lines[2].split("\t")[10:12] == ["16", ""]
    assert lines[-1] == "平均分 29.0；≥ 平均分为重点行业"
    code, _out, err = run(capsys, *base, "医疗", "--policy", "十")
    assert code == 2 and err.startswith("kamdesk: policy:") and err.count("\n") == 1


def test_plan_check_prints_growth_and_exits_1_when_the_plan_does_not_beat_the_industry(rep_db, capsys):
    base = ("--db", str(rep_db), "--lang", "zh", "--now", "2026-09-20T10:00", "plan-check", "2027")
    code, out, _ = run(
        capsys, *base, "--normal", "1250000", "--industry-growth", "18", "--last-year", "1000000"
    )
    assert code == 0
    assert "正常任务 ¥1,250,000  增长 25.0% ✓" in out
    code, out, _ = run(
        capsys, *base, "--normal", "1100000", "--industry-growth", "18", "--last-year", "1000000", "--save"
    )
    assert code == 1 and "✗ 正常任务增长 10.0% 未超过行业增长 18%" in out and "未保存" in out
    code, _out, err = run(capsys, *base, "--normal", "abc", "--industry-growth", "18")
    assert code == 2 and err.startswith("kamdesk: normal:")


def test_devplan_and_announcements(rep_db, capsys):
    base = ("--db", str(rep_db), "--lang", "zh")
    code, out, _ = run(
        capsys,
        *base,
        "--now",
        "2027-04-01T09:00",
        "devplan",
        "add",
        "个人时间管理",
        "每周规划拜访",
        "--review",
        "2027-03-31",
    )
    assert code == 0 and "逾期未回顾  个人时间管理: 每周规划拜访" in out
    code, _out, err = run(capsys, *base, "devplan", "add", "time", "x", "--review", "2027-02-30")
    assert code == 2 and err.startswith("kamdesk: review_on:")
    code, out, _ = run(capsys, *base, "announce", "--title", "周报改为周五16:00前提交", "--author", "王经理")
    assert code == 0 and "周报改为周五16:00前提交" in out
    code, out, _ = run(capsys, *base, "announcements")
    assert "已读" in out and "王经理: 周报改为周五16:00前提交" in out  # its author's own database
