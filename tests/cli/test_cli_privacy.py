"""Private stays private: a marker in every private field of a contact and a
contact marked private (with an older name kept in visit and log rows), then
every kind of output the app writes, each searched for any of the markers."""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk.cli.main import main
from kamdesk.domain.stakeholders import Attitude, BuyingRole
from kamdesk.domain.visits import ContactWay, Side, VisitStatus
from kamdesk.services.maps import load_map
from kamdesk.store.db import Database
from kamdesk.store.models import (
    PRIVATE_CONTACT_FIELDS,
    Contact,
    ContactLog,
    Coverage,
    OurPerson,
    Rep,
    Stakeholder,
    Visit,
    VisitAttendee,
)
from tests.reports.pdfutil import pdf_text
from tests.services.visit_seed import CST, seed

#: every private text field of a public contact carries "PRIVMARK"; the dates
#: and the year are from 1933, which nothing else in the data is
MARKERS = ("PRIVMARK", "1933", "PRIVNAME", "PRIVTITLE", "PRIVOLD")
_DATES = {"birthday": date(1933, 3, 7), "birthday_md": "03-07", "birth_year": 1933}


def _private_data(db: Database) -> str:
    sd = seed(db)
    with db.transaction() as s:
        rep = s.query(Rep).one()
        zheng = s.query(Contact).filter_by(uuid=sd.zheng).one()
        for name in PRIVATE_CONTACT_FIELDS:
            setattr(zheng, name, _DATES.get(name, f"PRIVMARK-{name}"))
        secret = Contact(
            account_id=zheng.account_id,
            name="PRIVNAME秘",
            title="PRIVTITLE",
            department="董事会",
            is_private=True,
        )
        s.add(secret)
        s.flush()
        zheng.reports_to_id = secret.id  # the superior's name is on the public contact's box
        opp_id = s.query(Stakeholder).filter_by(contact_id=zheng.id).one().opportunity_id
        st = Stakeholder(
            account_id=zheng.account_id,
            opportunity_id=opp_id,
            contact_id=secret.id,
            buying_role=BuyingRole.ECONOMIC,
            attitude=Attitude.SUPPORTS,
            influence_pct=40.0,
        )
        s.add(st)
        s.flush()
        ours = s.query(OurPerson).one()
        s.add(Coverage(stakeholder_id=st.id, our_person_id=ours.id, strength=4))
        done = Visit(
            account_id=zheng.account_id,
            opportunity_id=opp_id,
            rep_id=rep.id,
            status=VisitStatus.DONE,
            starts_at=datetime(2026, 11, 25, 9, tzinfo=CST),
            ends_at=datetime(2026, 11, 25, 10, tzinfo=CST),
            outcome="谈妥了方案",
        )
        planned = Visit(
            account_id=zheng.account_id,
            opportunity_id=opp_id,
            rep_id=rep.id,
            status=VisitStatus.PLANNED,
            starts_at=datetime(2026, 11, 26, 10, tzinfo=CST),
            ends_at=datetime(2026, 11, 26, 11, tzinfo=CST),
            stage_objective="确认预算",
        )
        s.add_all([done, planned])
        s.flush()
        for visit in (done, planned):
            # the private contact under an older name and title, as the rows were written then
            s.add(
                VisitAttendee(
                    visit_id=visit.id,
                    side=Side.THEM,
                    contact_id=secret.id,
                    name="PRIVOLD旧名",
                    title="PRIVOLDTITLE",
                )
            )
            s.add(
                VisitAttendee(
                    visit_id=visit.id, side=Side.THEM, contact_id=zheng.id, name=zheng.name, title=zheng.title
                )
            )
            s.add(VisitAttendee(visit_id=visit.id, side=Side.US, our_person_id=ours.id, name=ours.name))
        s.add(
            ContactLog(
                account_id=zheng.account_id,
                contact_id=secret.id,
                rep_id=rep.id,
                way=ContactWay.PHONE,
                at=datetime(2026, 11, 25, 15, tzinfo=CST),
                our_person="林山",
                their_person="PRIVOLD旧名",
                their_title="PRIVOLDTITLE",
                content="电话沟通预算",
            )
        )
    return sd.opportunity


def _leaks(text: str) -> list[str]:
    # the year alone, not inside a longer number: a stamp such as 20261205T091933Z
    # written at 09:19:33 is not the birth year
    return [m for m in MARKERS if re.search(rf"(?<!\d){m}(?!\d)", text)]


def _xlsx_text(path: Path) -> str:
    wb = load_workbook(path, read_only=True)
    return "\n".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row)


def _kamsub_text(path: Path, tmp_path: Path) -> str:
    parts = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            if data.startswith(b"%PDF"):
                pdf = tmp_path / "in-kamsub.pdf"
                pdf.write_bytes(data)
                parts.append(pdf_text(pdf))
            else:
                parts.append(data.decode("utf-8", "replace"))
    return "\n".join(parts)


def _outputs(db_path: Path, out: Path, opportunity: str, extra: list[str]) -> dict[str, str]:
    """Every kind of output, as searchable text: file kind → its text."""
    base = ["--db", str(db_path), "--lang", "zh"]
    runs: dict[str, list[str]] = {
        "map.pdf": ["map", opportunity],
        "map.png": ["map", opportunity],
        "daily.pdf": ["report", "daily", "--date", "2026-11-25"],
        "weekly.pdf": ["report", "weekly", "--week", "2026-W48"],
        "monthly.pdf": ["report", "monthly", "--month", "2026-11"],
        "pack.pdf": ["visit-pack", "--date", "2026-11-25", "--days", "2"],
        "visits.ics": ["ics", "--from", "2026-11-23", "--to", "2026-11-29"],
        "contacts.vcf": ["export-contacts"],
        "accounts.csv": ["export-accounts"],
        "accounts.xlsx": ["export-accounts"],
        "pipeline.csv": ["pipeline-export"],
        "pipeline.xlsx": ["pipeline-export"],
        "bundle.json": ["export"],
        "month.kamsub": ["submit", "--month", "2026-11"],
    }
    takes_private = {"map.pdf", "map.png", "daily.pdf", "weekly.pdf", "monthly.pdf", "pack.pdf", "visits.ics"}
    takes_private |= {"contacts.vcf", "bundle.json", "month.kamsub"}
    texts: dict[str, str] = {}
    for name, argv in runs.items():
        path = out / name
        flags = extra if name in takes_private else []
        if name == "contacts.vcf" and extra:
            flags = [*extra, "--include-private-contacts"]
        assert main([*base, *argv, "-o", str(path), *flags]) == 0, name
        assert os.name != "posix" or stat.S_IMODE(path.stat().st_mode) == 0o600, name  # owner-only
        if path.suffix == ".pdf":
            texts[name] = pdf_text(path)
        elif path.suffix == ".xlsx":
            texts[name] = _xlsx_text(path)
        elif path.suffix == ".kamsub":
            texts[name] = _kamsub_text(path, out)
        elif path.suffix == ".png":
            assert path.read_bytes().startswith(b"\x89PNG")
        else:
            texts[name] = path.read_text(encoding="utf-8-sig")
    return texts


@pytest.fixture
def private_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[Database, str]:
    monkeypatch.setenv("KAMDESK_NOW", "2026-12-01T10:00:00+08:00")
    return db, _private_data(db)


def test_no_output_carries_private_data_by_default(
    private_db: tuple[Database, str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, opportunity = private_db
    out = tmp_path / "out"
    out.mkdir()
    texts = _outputs(db_path, out, opportunity, [])
    leaks = {name: _leaks(text) for name, text in texts.items() if _leaks(text)}
    assert leaks == {}
    # the outputs are not empty: the public contact and the visits are there
    for name in ("map.pdf", "pack.pdf", "visits.ics", "contacts.vcf", "bundle.json"):
        assert "郑师超" in texts[name], name
    assert "电话沟通预算" in texts["daily.pdf"]  # the call is logged, without the person
    # the PNG is drawn from the map the CLI loads for export: no private person in it
    png_map = load_map(db, opportunity, include_private=False)
    assert _leaks(repr(png_map)) == []
    assert "PRIVNAME秘" in repr(load_map(db, opportunity))  # on screen the rep sees everyone


def test_include_private_puts_them_back_where_asked(
    private_db: tuple[Database, str], db_path: Path, tmp_path: Path
) -> None:
    _, opportunity = private_db
    out = tmp_path / "out"
    out.mkdir()
    texts = _outputs(db_path, out, opportunity, ["--include-private"])
    for name in ("map.pdf", "pack.pdf", "visits.ics", "contacts.vcf", "bundle.json", "month.kamsub"):
        assert "PRIVNAME" in texts[name] or "PRIVOLD" in texts[name], name
    assert "PRIVOLD" in texts["daily.pdf"]
    assert "PRIVMARK-interests" in texts["contacts.vcf"] and "PRIVMARK-spouse" in texts["bundle.json"]


def test_bundle_without_private_data_never_clears_them_on_import(
    private_db: tuple[Database, str], db_path: Path, tmp_path: Path
) -> None:
    db, _ = private_db
    bundle = tmp_path / "nopriv.json"
    assert main(["--db", str(db_path), "export", "-o", str(bundle), "--no-private"]) == 0
    doc = json.loads(bundle.read_text(encoding="utf-8"))
    assert doc["include_private"] is False
    # the bundle is newer than the laptop's rows: its empty fields would win if allowed to
    later = "2030-01-01T00:00:00Z"
    for rows in doc["tables"].values():
        for row in rows:
            row["updated_at"] = later
    bundle.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(bundle)]) == 0
    with db.reading() as s:
        zheng = s.query(Contact).filter_by(name="郑师超").one()
        assert zheng.interests == "PRIVMARK-interests" and zheng.birthday == date(1933, 3, 7)
        assert zheng.reports_to_id is not None  # the link to the private superior survives too
        secret = s.query(Contact).filter_by(name="PRIVNAME秘").one()
        assert secret.is_private
        assert s.query(VisitAttendee).filter_by(contact_id=secret.id).count() == 2
        assert s.query(ContactLog).filter_by(contact_id=secret.id).one().their_person == "PRIVOLD旧名"
