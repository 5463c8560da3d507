"""Every PDF KAMdesk writes carries its metadata, read back with pdfinfo
(poppler) and from the catalog: Title with the period or date, Author the
rep (the team PDF: the manager, never a head count), Subject the report
kind, Creator and Producer "KAMdesk <version>", /Lang zh-CN or en."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from kamdesk import __version__
from kamdesk.reports.daily import render_daily
from kamdesk.reports.map_pdf import render_map_pdf
from kamdesk.reports.monthly import render_monthly
from kamdesk.reports.team import render_team
from kamdesk.reports.visit_pack import build_visit_pack
from kamdesk.reports.weekly import render_weekly
from kamdesk.services import maps
from kamdesk.services import visits as svc
from kamdesk.services.maps.demo import sample_map
from kamdesk.services.reporting.builders import daily_report, monthly_report, weekly_report
from kamdesk.services.reporting.rollup import team_rollup
from kamdesk.services.submissions import submit_month
from kamdesk.store.db import Database
from tests.services.reports_sample import DAY, MONTH, WEEK, make_sample
from tests.services.test_visits_service import _plan_input
from tests.services.visit_seed import CST, seed

MAKER = f"KAMdesk {__version__}"


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdf_lang(path: Path) -> str | None:
    """The document catalog's /Lang (reportlab writes the catalog uncompressed)."""
    raw = path.read_bytes()
    for obj in re.findall(rb"obj\s*<<(.*?)>>\s*endobj", raw, re.S):
        if b"/Type /Catalog" in obj:
            found = re.search(rb"/Lang \(([^)]*)\)", obj)
            return found.group(1).decode() if found else None
    return None


def check(path: Path, *, title: str, author: str, subject: str, lang: str) -> None:
    info = pdf_info(path)
    assert (info["Title"], info["Author"], info["Subject"]) == (title, author, subject)
    assert info["Creator"] == info["Producer"] == MAKER
    assert pdf_lang(path) == lang
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)


def test_daily_weekly_monthly_reports(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    check(
        render_daily(daily_report(db, DAY), tmp_path / "d.pdf", "zh"),
        title=f"工作日志 {DAY} 张伟",
        author="张伟",
        subject="工作日志",
        lang="zh-CN",
    )
    check(
        render_weekly(weekly_report(db, WEEK), tmp_path / "w.pdf", "en"),
        title=f"Weekly plan and summary {WEEK} 张伟",
        author="张伟",
        subject="Weekly plan and summary",
        lang="en",
    )
    check(
        render_monthly(monthly_report(db, MONTH), tmp_path / "m.pdf", "zh"),
        title=f"月计划与总结 {MONTH} 张伟",
        author="张伟",
        subject="月计划与总结",
        lang="zh-CN",
    )


def test_the_submission_pdf_is_the_monthly_report_with_its_metadata(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    out = tmp_path / "m.kamsub"
    submit_month(db, MONTH, out, lambda r, p: render_monthly(r, p, "en"))
    pdf = tmp_path / "report.pdf"
    with zipfile.ZipFile(out) as z:
        pdf.write_bytes(z.read("report.pdf"))
    check(
        pdf,
        title=f"Monthly plan and summary {MONTH} 张伟",
        author="张伟",
        subject="Monthly plan and summary",
        lang="en",
    )


@pytest.mark.parametrize(("manager", "author"), [("刘经理", "刘经理"), ("", "KAMdesk team report")])
def test_team_pdf_author_is_the_manager_never_a_count(
    db: Database, tmp_path: Path, manager: str, author: str
) -> None:
    make_sample(db)
    out = render_team(team_rollup(db, MONTH), tmp_path / "t.pdf", "zh", manager=manager)
    check(out, title=f"团队汇总 {MONTH}", author=author, subject="团队汇总", lang="zh-CN")


def test_visit_pack_title_has_its_dates_and_author_is_the_rep(db: Database, tmp_path: Path) -> None:
    sd = seed(db)
    now = datetime(2026, 11, 20, 9, tzinfo=CST)
    svc.plan_visit(
        db, _plan_input(sd, starts_at=datetime(2026, 11, 23, 10, tzinfo=CST), ends_at=None), now=now, tz=CST
    )
    out = tmp_path / "pack.pdf"
    build_visit_pack(db, date(2026, 11, 23), 7, out, lang="zh", tz=CST)
    check(out, title="拜访资料包 2026-11-23 – 2026-11-29", author="林山", subject="拜访资料包", lang="zh-CN")
    # no visits in the period: the laptop's own rep is still the author
    empty = tmp_path / "empty.pdf"
    build_visit_pack(db, date(2026, 12, 1), 1, empty, lang="en", tz=CST)
    check(empty, title="Visit pack 2026-12-01", author="林山", subject="Visit pack", lang="en")


def test_stakeholder_map_pdf(db: Database, tmp_path: Path) -> None:
    snapshot = maps.load_map(db, sample_map(db, 15))
    out = render_map_pdf(snapshot, tmp_path / "map.pdf", lang="en", today=date(2026, 12, 1), author="王磊")
    check(
        out,
        title=f"Stakeholder map: {snapshot.title} 2026-12-01",
        author="王磊",
        subject="Stakeholder map",
        lang="en",
    )
