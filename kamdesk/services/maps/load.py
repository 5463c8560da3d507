"""Loading a stakeholder map from the database: as it is now, or as it stood
at the end of a past day (people, attitudes, coverage and visits then); and
one person's attitude history."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.insights import (
    MapFacts,
    key_decision_maker,
    map_insights,
    map_man,
    person_man_guidance,
    weight_total,
)
from kamdesk.domain.stakeholders import (
    AttitudeLevel,
    attitude_trend,
)
from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.errors import UserError
from kamdesk.services.maps.common import (
    MapRef,
    account_name,
    end_of_day,
    level_of,
    parse_level,
    resolve_ref,
    start_of_day,
)
from kamdesk.services.maps.snapshot import (
    AttitudeEntry,
    CoverageLink,
    MapOurPerson,
    MapPerson,
    MapSnapshot,
    VisitRef,
    facts_of,
)
from kamdesk.services.privacy import Privacy, privacy_of
from kamdesk.store.db import Database
from kamdesk.store.models import (
    AttitudeChange,
    Contact,
    Coverage,
    OurPerson,
    Stakeholder,
    Visit,
    VisitAttendee,
)


def load_map(
    db: Database,
    uuid: str,
    *,
    as_of: date | None = None,
    today: date | None = None,
    include_private: bool = True,
) -> MapSnapshot:
    """The map of an opportunity or account (``uuid`` is either's).

    With ``as_of``, the map as it stood at the end of that day: people added
    later are left out, attitudes come from their history, coverage and visits
    from what existed then (a visit dated after the day counts as planned).
    ``include_private=False`` is the map as it may leave the laptop (exports):
    private contacts are not on it, not even as someone's superior."""
    with db.reading() as s:
        ref = resolve_ref(s, uuid)
        privacy = privacy_of(s, include_private)
        return _load(s, ref, as_of=as_of, today=today or clock.today(), privacy=privacy)


def _load(s: Session, ref: MapRef, *, as_of: date | None, today: date, privacy: Privacy) -> MapSnapshot:
    cutoff = end_of_day(as_of) if as_of is not None else None
    rows, history = _stakeholders(s, ref, cutoff, privacy)
    contact_to_sh = {c.id: sh.uuid for sh, c in rows}
    boss_names = _boss_names(s, rows, privacy)
    covered_by, ours = _coverage(s, rows, cutoff)
    visits = _visits(s, ref, rows)
    now_start = start_of_day(today)
    people: list[MapPerson] = []
    for sh, contact in rows:
        boss = contact.reports_to_id
        people.append(
            _person(
                sh,
                contact,
                _attitude_then(sh, history.get(sh.id, []), cutoff),
                _done_and_planned(visits.get(contact.id, []), cutoff, now_start),
                reports_to=(contact_to_sh.get(boss), boss_names.get(boss)) if boss else (None, None),
                covered_by=tuple(covered_by.get(sh.id, [])),
            )
        )
    our_people = tuple(
        MapOurPerson(p.uuid, p.name, p.title, tuple(links))
        for p, links in sorted(ours.values(), key=lambda t: t[0].id)
    )
    facts = MapFacts(tuple(facts_of(p) for p in people))
    opp = ref.opportunity
    return MapSnapshot(
        kind=ref.kind,
        uuid=ref.uuid,
        title=opp.name if opp else account_name(ref.account),
        account_uuid=ref.account.uuid,
        account_name=account_name(ref.account),
        opportunity_name=opp.name if opp else None,
        stage=opp.stage.code if opp else None,
        as_of=as_of,
        people=tuple(people),
        our_people=our_people,
        insights=map_insights(facts),
        man=map_man(facts.people),
        weight_total=weight_total(facts.people),
        key_decision_maker=kdm.key if (kdm := key_decision_maker(facts.people)) else None,
    )


def _stakeholders(
    s: Session, ref: MapRef, cutoff: datetime | None, privacy: Privacy
) -> tuple[list[tuple[Stakeholder, Contact]], dict[int, list[AttitudeChange]]]:
    """The people on the map (then, with a cutoff) and their attitude histories."""
    stmt = (
        select(Stakeholder, Contact)
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(*ref.stakeholder_filter())
        .order_by(Stakeholder.id)
    )
    rows: list[tuple[Stakeholder, Contact]] = [
        (sh, c) for sh, c in s.execute(stmt).all() if not privacy.hides_contact(c.id)
    ]
    history: dict[int, list[AttitudeChange]] = defaultdict(list)
    if rows:
        for change in s.scalars(
            select(AttitudeChange)
            .where(AttitudeChange.stakeholder_id.in_([sh.id for sh, _ in rows]))
            .order_by(AttitudeChange.at, AttitudeChange.id)
        ):
            history[change.stakeholder_id].append(change)
    if cutoff is not None:
        # on the map then: added before the day ended, or rated before it (history entered afterwards)
        rows = [
            (sh, c)
            for sh, c in rows
            if sh.created_at < cutoff or any(ch.at < cutoff for ch in history.get(sh.id, []))
        ]
    return rows, history


def _boss_names(s: Session, rows: list[tuple[Stakeholder, Contact]], privacy: Privacy) -> dict[int, str]:
    """Superiors' names by contact id (the superior may not be on this map)."""
    boss_ids = {
        c.reports_to_id
        for _, c in rows
        if c.reports_to_id is not None and not privacy.hides_contact(c.reports_to_id)
    }
    if not boss_ids:
        return {}
    return dict(s.execute(select(Contact.id, Contact.name).where(Contact.id.in_(boss_ids))).all())


def _coverage(
    s: Session, rows: list[tuple[Stakeholder, Contact]], cutoff: datetime | None
) -> tuple[dict[int, list[str]], dict[int, tuple[OurPerson, list[CoverageLink]]]]:
    """Who of ours covers each stakeholder (by stakeholder id), and each of our
    people with their links (by our person's id)."""
    sh_ids = [sh.id for sh, _ in rows]
    cov_stmt = (
        select(Coverage, OurPerson)
        .join(OurPerson, OurPerson.id == Coverage.our_person_id)
        .where(Coverage.stakeholder_id.in_(sh_ids))
        .order_by(OurPerson.id, Coverage.id)
    )
    if cutoff is not None:
        cov_stmt = cov_stmt.where(Coverage.created_at < cutoff)
    sh_uuid = {sh.id: sh.uuid for sh, _ in rows}
    covered_by: dict[int, list[str]] = defaultdict(list)
    ours: dict[int, tuple[OurPerson, list[CoverageLink]]] = {}
    for cov, person in s.execute(cov_stmt).all() if sh_ids else []:
        covered_by[cov.stakeholder_id].append(person.uuid)
        ours.setdefault(person.id, (person, []))[1].append(
            CoverageLink(cov.uuid, sh_uuid[cov.stakeholder_id], cov.strength, cov.note)
        )
    return covered_by, ours


def _visits(s: Session, ref: MapRef, rows: list[tuple[Stakeholder, Contact]]) -> dict[int, list[Visit]]:
    """Visits touching these people by contact id (any visit at the account: a person met is met)."""
    contact_ids = [c.id for _, c in rows]
    visits: dict[int, list[Visit]] = defaultdict(list)
    if contact_ids:
        for contact_id, visit in s.execute(
            select(VisitAttendee.contact_id, Visit)
            .join(Visit, Visit.id == VisitAttendee.visit_id)
            .where(
                VisitAttendee.contact_id.in_(contact_ids),
                VisitAttendee.side == Side.THEM,
                Visit.account_id == ref.account.id,
                Visit.status != VisitStatus.CANCELLED,
            )
            .order_by(Visit.starts_at)
        ).all():
            if contact_id is not None:
                visits[contact_id].append(visit)
    return visits


def _attitude_then(
    sh: Stakeholder, changes: list[AttitudeChange], cutoff: datetime | None
) -> tuple[list[AttitudeChange], AttitudeLevel | None, AttitudeLevel | None]:
    """(the changes up to the cutoff, the original level, the level then)."""
    if cutoff is not None:
        changes_then = [c for c in changes if c.at < cutoff]
        current = parse_level(changes_then[-1].to_level) if changes_then else None
        if not changes:  # rated without history (e.g. imported): the rating stands
            current = level_of(sh.attitude, sh.attitude_step)
    else:
        changes_then = changes
        current = level_of(sh.attitude, sh.attitude_step)
    original = _original(changes_then) if changes_then else current
    return changes_then, original, current


def _done_and_planned(
    person_visits: list[Visit], cutoff: datetime | None, now_start: datetime
) -> tuple[list[Visit], list[Visit]]:
    """A person's visits done and planned (with a cutoff: before it, and after it)."""
    if cutoff is not None:
        done = [v for v in person_visits if v.starts_at < cutoff]
        planned = [v for v in person_visits if v.starts_at >= cutoff]
    else:
        done = [v for v in person_visits if v.status is VisitStatus.DONE]
        planned = [v for v in person_visits if v.status is VisitStatus.PLANNED and v.starts_at >= now_start]
    return done, planned


def _person(
    sh: Stakeholder,
    contact: Contact,
    attitude: tuple[list[AttitudeChange], AttitudeLevel | None, AttitudeLevel | None],
    visits: tuple[list[Visit], list[Visit]],
    *,
    reports_to: tuple[str | None, str | None],
    covered_by: tuple[str, ...],
) -> MapPerson:
    changes_then, original, current = attitude
    done, planned = visits
    last = done[-1] if done else None
    return MapPerson(
        uuid=sh.uuid,
        contact_uuid=contact.uuid,
        name=contact.name,
        title=contact.title,
        department=contact.department,
        phone=contact.phone,
        mobile=contact.mobile,
        email=contact.email,
        role=sh.buying_role,
        attitude=current,
        original_attitude=original,
        trend=attitude_trend(original, current) if current is not None else "→",
        stance=sh.stance,
        influence_pct=sh.influence_pct,
        relationship_level=sh.relationship_level,
        relationship_kind=sh.relationship_kind,
        personality=contact.personality,
        man_money=sh.man_money,
        man_authority=sh.man_authority,
        man_need=sh.man_need,
        man=person_man_guidance(sh.man_money, sh.man_authority, sh.man_need),
        reports_to=reports_to[0],
        reports_to_name=reports_to[1],
        position=(sh.map_x, sh.map_y) if sh.map_x is not None and sh.map_y is not None else None,
        covered_by=covered_by,
        planned_visits=tuple(VisitRef(v.uuid, v.starts_at, v.status) for v in planned),
        last_visit_on=clock.to_local(last.starts_at).date() if last else None,
        done_visits=len(done),
        attitude_at_last_visit=_level_at_visit(changes_then, last) if last else None,
        notes=sh.notes,
    )


def _original(changes: list[AttitudeChange]) -> AttitudeLevel | None:
    first = changes[0]
    return parse_level(first.from_level) or parse_level(first.to_level)


def _level_at_visit(changes: list[AttitudeChange], visit: Visit) -> AttitudeLevel | None:
    """The attitude as the visit left it: its own recorded change, else the
    last change up to the visit's end."""
    own = [c for c in changes if c.visit_id == visit.id]
    if own:
        return parse_level(own[-1].to_level)
    until = visit.ends_at or visit.starts_at
    before = [c for c in changes if c.at <= until]
    return parse_level(before[-1].to_level) if before else None


def attitude_history(db: Database, stakeholder_uuid: str) -> tuple[AttitudeEntry, ...]:
    """Every recorded attitude of one stakeholder, oldest first."""
    with db.reading() as s:
        sh_id = s.scalar(select(Stakeholder.id).where(Stakeholder.uuid == stakeholder_uuid))
        if sh_id is None:
            raise UserError("this person is no longer on the map")
        rows = s.execute(
            select(AttitudeChange, Visit.uuid)
            .outerjoin(Visit, Visit.id == AttitudeChange.visit_id)
            .where(AttitudeChange.stakeholder_id == sh_id)
            .order_by(AttitudeChange.at, AttitudeChange.id)
        ).all()
        out = []
        for change, visit_uuid in rows:
            after = parse_level(change.to_level)
            before = parse_level(change.from_level)
            out.append(
                AttitudeEntry(
                    uuid=change.uuid,
                    at=change.at,
                    from_level=change.from_level,
                    to_level=change.to_level,
                    trend=attitude_trend(before, after) if after else "→",
                    source=change.source,
                    note=change.note,
                    visit_uuid=visit_uuid,
                )
            )
    return tuple(out)
