"""iCalendar (.ics) export of planned visits, for phone and Outlook calendars."""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from pathlib import Path

from kamdesk import clock
from kamdesk.domain.visits import VisitStatus
from kamdesk.paths import create_private
from kamdesk.services import privacy
from kamdesk.services.visits import end_or_default_detail, visit_details
from kamdesk.services.visits.calendar import VisitQuery, list_visits
from kamdesk.store.db import Database

PRODID = "-//KAMdesk//Visit plans//ZH"


def visits_ics(
    db: Database,
    start: date,
    end: date,
    *,
    lang: str = "zh",
    tz: tzinfo | None = None,
    include_private: bool = False,
) -> tuple[bytes, int]:
    """The planned visits starting on ``start``…``end`` as an iCalendar file;
    returns its bytes and the number of events. Private contacts are left off
    the attendees unless ``include_private``."""
    from icalendar import Calendar, Event

    rows = list_visits(db, VisitQuery(start=start, end=end, statuses=(VisitStatus.PLANNED,)), tz=tz)
    zh = lang.startswith("zh")
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "KAMdesk 拜访计划" if zh else "KAMdesk visits")
    stamp = clock.now()
    rule = privacy.load_privacy(db, include_private)
    for v in (privacy.public_visit(d, rule) for d in visit_details(db, [r.uuid for r in rows])):
        event = Event()
        event.add("uid", f"{v.uuid}@kamdesk")
        event.add("dtstamp", stamp)
        # times in UTC ("Z"): every calendar reads them without a VTIMEZONE block
        event.add("dtstart", v.starts_at.astimezone(UTC))
        event.add("dtend", end_or_default_detail(v).astimezone(UTC))
        event.add("summary", ("拜访：" if zh else "Visit: ") + v.account_name)
        if v.place:
            event.add("location", v.place)
        event.add("description", _description(v, zh))
        event.add("status", "CONFIRMED")
        cal.add_component(event)
    return cal.to_ical(), len(rows)


def _description(v: object, zh: bool) -> str:
    from kamdesk.services.visits import VisitDetail

    assert isinstance(v, VisitDetail)
    lines = []
    if v.objective_text():
        lines.append(("目的：" if zh else "Objective: ") + v.objective_text("zh" if zh else "en"))
    if v.final_objective:
        lines.append(("终极目标：" if zh else "Final objective: ") + v.final_objective)
    if v.stage_objective:
        lines.append(("阶段目标：" if zh else "Stage objective: ") + v.stage_objective)
    people = [
        a.name
        + (f"（{a.title}）" if zh and a.title else (f" ({a.title})" if a.title else ""))
        + (f" {a.current_attitude or a.attitude_before}" if (a.current_attitude or a.attitude_before) else "")
        for a in v.attendees
        if a.side.code == "them"
    ]
    if people:
        lines.append(
            ("关键人：" if zh else "Key people: ") + ("、".join(people) if zh else ", ".join(people))
        )
    if v.commitment_to_ask:
        lines.append(("争取承诺：" if zh else "Commitment to ask: ") + v.commitment_to_ask)
    return "\n".join(lines)


def write_visits_ics(
    db: Database,
    start: date,
    end: date,
    path: Path,
    *,
    lang: str = "zh",
    tz: tzinfo | None = None,
    include_private: bool = False,
) -> int:
    data, count = visits_ics(db, start, end, lang=lang, tz=tz, include_private=include_private)
    tmp = create_private(path.with_name(path.name + ".part"))
    tmp.write_bytes(data)
    tmp.replace(path)
    return count
