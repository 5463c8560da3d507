"""The stakeholder-map PDF: Chinese names and roles in the text, fonts embedded, A4 landscape."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kamdesk import clock
from kamdesk.reports.map_pdf import render_map_pdf
from kamdesk.services import maps
from kamdesk.services.maps.demo import sample_map
from kamdesk.store.db import Database


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_map_pdf_holds_chinese_names_roles_attitudes_and_insights(db: Database, tmp_path: Path) -> None:
    snapshot = maps.load_map(db, sample_map(db, 15))
    out = render_map_pdf(snapshot, tmp_path / "map.pdf", lang="zh")
    text = pdftotext(out)
    for expected in (
        "决策链图：生产管理系统升级项目",
        "上海烟草",
        "王建国",
        "张伟",
        "经济买家",
        "技术买家",
        "教练",
    ):
        assert expected in text, expected
    assert "张伟B→D↓" in text.replace(" ", "")  # original → current with the arrow
    assert "张伟反对我们" in text  # an insight, listed
    top = max(snapshot.people, key=lambda p: p.influence_pct or 0)
    flat = text.replace(" ", "").replace("\n", "")
    assert f"★关键决策者：{top.name}" in flat  # named in the header, starred on his box
    assert f"★{top.name}" in flat
    # each box: buying role · stance · weight
    cio = next(p for p in snapshot.people if p.name == "张伟")
    assert f"{cio.role.zh}·{cio.stance.short_zh}·{cio.influence_pct:g}%" in flat  # type: ignore[union-attr]
    assert "结果型" in text and "强调结果" in text  # personality with the advice in the table
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "842 x 595" in info.replace(".", " ").replace("  ", " ") or "841.89 x 595.276" in info


def test_map_pdf_embeds_every_font(db: Database, tmp_path: Path) -> None:
    snapshot = maps.load_map(db, sample_map(db, 15))
    out = render_map_pdf(snapshot, tmp_path / "map.pdf", lang="en")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows, fonts
    assert all(" yes yes " in row for row in rows), fonts
    assert "Helvetica" not in fonts
    text = pdftotext(out)
    assert "Stakeholder map" in text and "Economic buyer" in text and "王建国" in text


def test_map_as_of_a_past_date_says_so(db: Database, tmp_path: Path) -> None:
    from datetime import timedelta

    uuid = sample_map(db, 15)
    day = clock.today() - timedelta(days=100)
    snapshot = maps.load_map(db, uuid, as_of=day)
    text = pdftotext(render_map_pdf(snapshot, tmp_path / "then.pdf"))
    assert f"截至 {day.isoformat()} 的历史状态" in text


def test_an_empty_map_still_prints(db: Database, tmp_path: Path) -> None:
    from kamdesk.store.models import Account, Opportunity

    with db.transaction() as s:
        acc = Account(name="空客户")
        s.add(acc)
        s.flush()
        opp = Opportunity(account_id=acc.id, name="空项目")
        s.add(opp)
        s.flush()
        uuid = opp.uuid
    text = pdftotext(render_map_pdf(maps.load_map(db, uuid), tmp_path / "empty.pdf"))
    assert "这张图上还没有人员" in text
