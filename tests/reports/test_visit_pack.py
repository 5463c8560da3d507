from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from kamdesk.reports.visit_labels import clip
from kamdesk.reports.visit_pack import build_visit_pack
from kamdesk.services import visits as svc
from kamdesk.store.db import Database
from tests.services.test_visits_service import _outcome, _plan_input
from tests.services.visit_seed import CST, seed


def _pdftotext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(path), "-"], check=True, capture_output=True, text=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_pack_has_itinerary_then_one_page_per_visit_with_the_sheet(db: Database, tmp_path: Path) -> None:
    sd = seed(db)
    now = datetime(2026, 11, 20, 9, tzinfo=CST)
    done = svc.plan_visit(
        db, _plan_input(sd, starts_at=datetime(2026, 11, 23, 10, tzinfo=CST), ends_at=None), now=now, tz=CST
    ).value.uuid
    svc.log_outcome(db, done, _outcome(sd, plan_next_visit=False), tz=CST)
    long_text = "回访中心转网至我司，" * 200  # must be cut, not spill onto a second page
    svc.plan_visit(db, _plan_input(sd, final_objective=long_text), now=now, tz=CST)
    svc.plan_visit(
        db,
        svc.VisitInput(account_uuid=sd.other_account, starts_at=datetime(2026, 11, 27, 14, tzinfo=CST)),
        now=now,
    )
    out = tmp_path / "pack.pdf"
    result = build_visit_pack(db, date(2026, 11, 23), 7, out, lang="zh", tz=CST)
    assert result.visits == 3
    assert result.pages == _pages(out) == 4  # itinerary + 3 visits
    itinerary = _pdftotext(out, 1)
    assert "拜访行程" in itinerary and "上海烟草工业印刷厂" in itinerary
    sheet = _pdftotext(out, 3)
    for heading in (
        "拜访计划与销售进度管理",
        "商机编号",
        "客户经理",
        "关键影响角色",
        "原态度",
        "现态度",
        "行业经理评估",
        "未完成的承诺",
        "向客户要承诺",
        "SPIN",
        "FAB",
        "拜访记录",
    ):
        assert heading in sheet, heading
    for name in ("上海浦东发展银行", "郑师超", "林智勇", "黄艾香", "林山", "0202", "网通"):
        assert name in sheet, name
    assert "…" in sheet  # the long objective was clipped
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts
    assert "Helvetica" not in fonts


def test_pack_in_english_and_empty_period(db: Database, tmp_path: Path) -> None:
    seed(db)
    out = tmp_path / "empty.pdf"
    result = build_visit_pack(db, date(2026, 11, 23), 1, out, lang="en", tz=CST)
    assert result.pages == 1 and result.visits == 0
    assert "No visits planned" in _pdftotext(out)


def test_clip_adds_an_ellipsis_only_when_needed() -> None:
    assert clip("短", 5) == "短"
    assert clip("一二三四五六", 4) == "一二三…"
    assert clip(None, 3) == ""


def test_itinerary_keeps_each_date_and_time_on_one_line(db: Database, tmp_path: Path) -> None:
    """The date and time columns fit their values: "10:35–11:35" and "11-23 周一"
    used to break inside the cell ("11:3" / "5")."""
    import re

    sd = seed(db)
    now = datetime(2026, 11, 20, 9, tzinfo=CST)
    for day, hour, minute in ((23, 10, 35), (24, 14, 5), (27, 15, 50)):
        svc.plan_visit(
            db,
            _plan_input(
                sd,
                starts_at=datetime(2026, 11, day, hour, minute, tzinfo=CST),
                ends_at=datetime(2026, 11, day, hour + 1, minute, tzinfo=CST),
            ),
            now=now,
            tz=CST,
        )
    out = tmp_path / "pack.pdf"
    build_visit_pack(db, date(2026, 11, 23), 7, out, lang="zh", tz=CST)
    itinerary = _pdftotext(out, 1)
    assert len(re.findall(r"\d\d:\d\d–\d\d:\d\d", itinerary)) == 3
    assert len(re.findall(r"11-2\d 周[一二三四五六日]", itinerary)) == 3


def test_pack_holds_the_reps_own_visits_not_the_teams(db: Database, tmp_path: Path) -> None:
    """On a store with the whole team's visits, the pack for a day is the
    laptop's own rep's day (and visits with no rep), not every rep's."""
    from sqlalchemy import text

    from kamdesk.reports.visit_pack import gather

    sd = seed(db)
    now = datetime(2026, 11, 20, 9, tzinfo=CST)
    mine = svc.plan_visit(db, _plan_input(sd), now=now, tz=CST).value.uuid
    theirs = svc.plan_visit(
        db,
        svc.VisitInput(account_uuid=sd.other_account, starts_at=datetime(2026, 11, 26, 14, tzinfo=CST)),
        now=now,
    ).value.uuid
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO rep (uuid, name, is_me, active, created_at, updated_at) "
                "VALUES ('other-rep', '王芳', 0, 1, '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text("UPDATE visit SET rep_id = (SELECT id FROM rep WHERE uuid = 'other-rep') WHERE uuid = :u"),
            {"u": theirs},
        )
    day = svc.get_visit(db, mine).starts_at.astimezone(CST).date()
    assert day == date(2026, 11, 26)
    assert [p.visit.uuid for p in gather(db, day, 1, tz=CST)] == [mine]
    # a store without a rep of its own (a manager's): every visit of the day
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE rep SET is_me = 0"))
    assert {p.visit.uuid for p in gather(db, day, 1, tz=CST)} == {mine, theirs}
