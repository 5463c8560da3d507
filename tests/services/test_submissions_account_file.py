"""The .kamsub carries a visit's objective kinds and the contact form's new
fields to the manager: work ones always, private ones only when chosen."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from kamdesk.services.submissions import read_submission, receive_submissions, submit_month
from kamdesk.store.db import Database
from kamdesk.store.models import Contact, Visit, VisitAttendee
from tests.services.reports_sample import MONTH
from tests.services.test_submissions import manager_db, rep_db  # noqa: F401 (fixtures)


def render(_report: object, path: Path) -> None:
    """A stand-in PDF: this test is about data.json, not the report's pages."""
    path.write_bytes(b"%PDF-1.4\n%stub\n")


def test_kinds_and_contact_form_fields_travel_private_ones_only_when_chosen(
    rep_db: Database,  # noqa: F811
    manager_db: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    with rep_db.transaction() as s:
        visit = s.execute(select(Visit).order_by(Visit.starts_at)).scalars().first()
        assert visit is not None
        s.execute(
            update(Visit)
            .where(Visit.id == visit.id)
            .values(objective_kind="sell", objective_kinds="sell,relationship")
        )
        li = s.execute(select(Contact).where(Contact.name == "李明")).scalar_one()
        li.professional_title = "高级会计师"
        li.home_address = "徐汇区天平路 8 号"
        li.cousins = "表哥在税务局"
        s.add(VisitAttendee(visit_id=visit.id, side="them", contact_id=li.id, name=li.name))
    plain, full = tmp_path / "plain.kamsub", tmp_path / "full.kamsub"
    submit_month(rep_db, MONTH, plain, render)
    submit_month(rep_db, MONTH, full, render, include_private=True)
    data = read_submission(plain).data
    assert "sell,relationship" in [v.get("objective_kinds") for v in data["visits"]]
    (contact,) = [c for c in data["contacts"] if c["name"] == "李明"]
    assert contact["professional_title"] == "高级会计师"
    assert "home_address" not in contact and "cousins" not in contact
    full_contact = next(c for c in read_submission(full).data["contacts"] if c["name"] == "李明")
    assert full_contact["home_address"] == "徐汇区天平路 8 号" and full_contact["cousins"] == "表哥在税务局"

    assert receive_submissions(manager_db, [plain]).value[0].imported
    with manager_db.reading() as s:
        kinds = s.scalars(select(Visit.objective_kinds).where(Visit.objective_kinds.is_not(None))).all()
        assert "sell,relationship" in kinds
        got = s.execute(select(Contact).where(Contact.name == "李明")).scalar_one()
        assert got.professional_title == "高级会计师" and got.home_address is None
