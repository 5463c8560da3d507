from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar

from kamdesk.domain.visits import ObjectiveKind, Side
from kamdesk.services import visits as svc
from kamdesk.services.visits.ics import write_visits_ics
from kamdesk.store.db import Database
from tests.services.visit_seed import CST, seed


def test_ics_parses_back_with_the_same_events(db: Database, tmp_path: Path) -> None:
    sd = seed(db)
    now = datetime(2026, 11, 25, 8, tzinfo=CST)
    a = svc.plan_visit(
        db,
        svc.VisitInput(
            account_uuid=sd.account,
            starts_at=datetime(2026, 11, 26, 10, tzinfo=CST),
            ends_at=datetime(2026, 11, 26, 11, 30, tzinfo=CST),
            place="浦发银行 12楼",
            objective_kind=ObjectiveKind.SELL,
            final_objective="转网至我司",
            attendees=[svc.AttendeeInput(Side.THEM, contact_uuid=sd.zheng)],
        ),
        now=now,
    ).value.uuid
    b = svc.plan_visit(
        db,
        svc.VisitInput(account_uuid=sd.other_account, starts_at=datetime(2026, 11, 27, 14, tzinfo=CST)),
        now=now,
    ).value.uuid
    cancelled = svc.plan_visit(
        db,
        svc.VisitInput(account_uuid=sd.other_account, starts_at=datetime(2026, 11, 28, 9, tzinfo=CST)),
        now=now,
    ).value.uuid
    svc.cancel_visit(db, cancelled)
    out = tmp_path / "visits.ics"
    count = write_visits_ics(db, date(2026, 11, 23), date(2026, 11, 29), out, tz=CST)
    assert count == 2
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"{a}@kamdesk", f"{b}@kamdesk"}
    ea = events[f"{a}@kamdesk"]
    assert ea.decoded("DTSTART") == datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    assert ea.decoded("DTEND") == datetime(2026, 11, 26, 3, 30, tzinfo=UTC)
    assert str(ea["SUMMARY"]) == "拜访：上海浦东发展银行"
    assert str(ea["LOCATION"]) == "浦发银行 12楼"
    assert "转网至我司" in str(ea["DESCRIPTION"]) and "郑师超" in str(ea["DESCRIPTION"])
    eb = events[f"{b}@kamdesk"]
    assert eb.decoded("DTEND") == datetime(2026, 11, 27, 7, 0, tzinfo=UTC)  # an hour by default
