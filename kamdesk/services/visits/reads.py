"""Visits: reads — the pre-fill context of a new plan (key people, open
commitments, insights, recent contacts), open commitments and visit details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.stages import OpportunityStatus
from kamdesk.domain.stakeholders import AttitudeLevel
from kamdesk.domain.visit_plan import (
    ObjectiveMet,
    fab_from_json,
    objections_from_json,
    resources_from_json,
    spin_from_json,
)
from kamdesk.domain.visits import Side, VisitStatus, kinds_from_text, time_from_text
from kamdesk.errors import UserError
from kamdesk.services.visits.common import (
    AttendeeView,
    CommitmentView,
    ContactLogView,
    KeyPerson,
    PlanContext,
    VisitDetail,
    VisitKeyPerson,
    _level_code,
    _stakeholder_for,
    _suggested_kind,
    _visit,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Commitment,
    Contact,
    ContactLog,
    Coverage,
    Opportunity,
    OurPerson,
    Rep,
    Stakeholder,
    Visit,
    VisitAttendee,
)

# --- reads -----------------------------------------------------------------------------------


def _commitment_views(s: Session, *conditions: object) -> list[CommitmentView]:
    visit_uuid = select(Visit.uuid).where(Visit.id == Commitment.visit_id).scalar_subquery()
    stmt = (
        select(
            Commitment.uuid,
            Account.uuid,
            Account.name,
            Commitment.side,
            Commitment.text,
            Commitment.owner,
            Commitment.due_on,
            Commitment.done_on,
            visit_uuid,
            Commitment.due_time,
        )
        .join(Account, Account.id == Commitment.account_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    return [
        CommitmentView(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], time_from_text(row[9])
        )
        for row in s.execute(stmt)
    ]


def open_commitments(db: Database, account_uuid: str | None = None) -> list[CommitmentView]:
    """Commitments not yet kept, soonest due first (all accounts when None)."""
    with db.reading() as s:
        conds: list[object] = [Commitment.done_on.is_(None)]
        if account_uuid:
            conds.append(Account.uuid == account_uuid)
        return _commitment_views(s, *conds)


def _key_people(s: Session, account_id: int, opportunity_id: int | None) -> list[KeyPerson]:
    stmt = (
        select(Stakeholder, Contact.uuid, Contact.name, Contact.title)
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(Stakeholder.account_id == account_id)
    )
    if opportunity_id is not None:
        stmt = stmt.where(
            or_(Stakeholder.opportunity_id == opportunity_id, Stakeholder.opportunity_id.is_(None))
        )
    people: dict[str, KeyPerson] = {}
    for st, c_uuid, name, title in s.execute(stmt.order_by(Stakeholder.updated_at)):
        prefer = opportunity_id is not None and st.opportunity_id == opportunity_id
        if c_uuid in people and not prefer:
            continue
        people[c_uuid] = KeyPerson(
            st.uuid,
            c_uuid,
            name,
            title,
            st.buying_role,
            _level_code(st.attitude, st.attitude_step),
            st.influence_pct,
        )
    return sorted(people.values(), key=lambda p: (-(p.influence_pct or 0), p.name))


def _contact_logs(s: Session, account_id: int, limit: int) -> list[ContactLogView]:
    stmt = (
        select(
            ContactLog.at,
            ContactLog.way,
            ContactLog.our_person,
            ContactLog.their_person,
            ContactLog.their_title,
            ContactLog.content,
            ContactLog.next_step,
        )
        .where(ContactLog.account_id == account_id)
        .order_by(ContactLog.at.desc())
        .limit(limit)
    )
    return [ContactLogView(*row) for row in s.execute(stmt)]


def _insights(s: Session, account_id: int, opportunity_id: int | None, lang: str) -> list[str]:
    """Map insights, when the insight rules exist (another module owns them)."""
    try:
        from kamdesk.domain import insights as rules
    except ImportError:
        return []
    try:
        stmt = (
            select(Stakeholder, Contact.name)
            .join(Contact, Contact.id == Stakeholder.contact_id)
            .where(
                Stakeholder.account_id == account_id,
                Stakeholder.opportunity_id == opportunity_id
                if opportunity_id is not None
                else Stakeholder.opportunity_id.is_(None),
            )
        )
        # coverage of this map's people only (all coverage rows were read for
        # every visit: 188,875 on the team data set)
        covered = set(
            s.execute(
                select(Coverage.stakeholder_id).where(
                    Coverage.stakeholder_id.in_(
                        select(Stakeholder.id).where(Stakeholder.account_id == account_id)
                    )
                )
            ).scalars()
        )
        met_contacts = set(
            s.execute(
                select(VisitAttendee.contact_id)
                .join(Visit, Visit.id == VisitAttendee.visit_id)
                .where(Visit.account_id == account_id, Visit.status == VisitStatus.DONE)
            ).scalars()
        )
        planned_contacts = set(
            s.execute(
                select(VisitAttendee.contact_id)
                .join(Visit, Visit.id == VisitAttendee.visit_id)
                .where(Visit.account_id == account_id, Visit.status == VisitStatus.PLANNED)
            ).scalars()
        )
        people = []
        for st, name in s.execute(stmt):
            level = AttitudeLevel(st.attitude, st.attitude_step) if st.attitude else None
            people.append(
                rules.PersonFacts(
                    key=st.uuid,
                    name=name,
                    role=st.buying_role,
                    attitude=level,
                    stance=st.stance,
                    influence_pct=st.influence_pct,
                    man_money=st.man_money,
                    man_authority=st.man_authority,
                    man_need=st.man_need,
                    covered=st.id in covered,
                    met=st.contact_id in met_contacts,
                    planned_visit=st.contact_id in planned_contacts,
                )
            )
        if not people:
            return []
        return [i.message(lang) for i in rules.map_insights(rules.MapFacts(tuple(people)))]
    except Exception:  # another helper's rules changing shape must not break planning
        import logging

        logging.getLogger("kamdesk.services.visits").warning("map insights unavailable", exc_info=True)
        return []


def plan_context(
    db: Database, account_uuid: str, opportunity_uuid: str | None = None, *, lang: str = "zh"
) -> PlanContext:
    """Everything a new plan for ``account_uuid`` is pre-filled with."""
    with db.reading() as s:
        account = s.execute(select(Account).where(Account.uuid == account_uuid)).scalar_one_or_none()
        if account is None:
            raise UserError(f"account not found: {account_uuid}")
        opp_id = None
        if opportunity_uuid:
            opp_id = s.execute(
                select(Opportunity.id).where(Opportunity.uuid == opportunity_uuid)
            ).scalar_one_or_none()
        else:  # the account's only open opportunity is the one the visit is about
            open_ids = (
                s.execute(
                    select(Opportunity.id)
                    .where(Opportunity.account_id == account.id, Opportunity.status == OpportunityStatus.OPEN)
                    .limit(2)
                )
                .scalars()
                .all()
            )
            opp_id = open_ids[0] if len(open_ids) == 1 else None
        logs = _contact_logs(s, account.id, 3)
        opps = s.execute(
            select(Opportunity.uuid, Opportunity.name)
            .where(Opportunity.account_id == account.id, Opportunity.status == OpportunityStatus.OPEN)
            .order_by(Opportunity.name)
        ).all()
        return PlanContext(
            account_uuid=account.uuid,
            account_name=account.name,
            account_number=account.number,
            address=account.address,
            suggested_kind=_suggested_kind(s, account.id),
            key_people=tuple(_key_people(s, account.id, opp_id)),
            open_commitments=tuple(
                _commitment_views(s, Commitment.account_id == account.id, Commitment.done_on.is_(None))
            ),
            insights=tuple(_insights(s, account.id, opp_id, lang)),
            last_contact=logs[0] if logs else None,
            recent_contacts=tuple(logs),
            opportunities=tuple((u, n) for u, n in opps),
        )


def get_visit(db: Database, uuid: str) -> VisitDetail:
    with db.reading() as s:
        visit = _visit(s, uuid)
        return _detail(s, visit)


#: How many of the map's people stand in for the attendees of a visit that names none.
KEY_PERSONS_FALLBACK = 5


def _visit_key_persons(s: Session, visit: Visit) -> tuple[VisitKeyPerson, ...]:
    """The customer people of this visit (its attendees on file), else the
    map's heaviest few: phone (mobile first), buying role on the visit's
    opportunity or the standing map, personality."""
    attending: list[int] = list(
        s.execute(
            select(VisitAttendee.contact_id)
            .where(
                VisitAttendee.visit_id == visit.id,
                VisitAttendee.side == Side.THEM,
                VisitAttendee.contact_id.is_not(None),
            )
            .order_by(VisitAttendee.id)
        ).scalars()  # type: ignore[arg-type]  # contact_id is not None here
    )
    if not attending:
        people = _key_people(s, visit.account_id, visit.opportunity_id)[:KEY_PERSONS_FALLBACK]
        uuids = [p.contact_uuid for p in people]
        attending = list(s.execute(select(Contact.id).where(Contact.uuid.in_(uuids))).scalars())
        order = {u: i for i, u in enumerate(uuids)}
    else:
        order = {}
    contacts = {c.id: c for c in s.execute(select(Contact).where(Contact.id.in_(attending))).scalars()}
    out = []
    for cid in attending:
        c = contacts.get(cid)
        if c is None:
            continue
        st = _stakeholder_for(s, visit.account_id, visit.opportunity_id, cid)
        out.append(
            VisitKeyPerson(
                c.uuid,
                c.name,
                c.title,
                c.mobile or c.phone,
                st.buying_role if st else None,
                c.personality,
                st.influence_pct if st else None,
            )
        )
    if order:
        out.sort(key=lambda p: order.get(p.contact_uuid, 0))
    return tuple(out)


def _detail(s: Session, visit: Visit) -> VisitDetail:
    account = s.get(Account, visit.account_id)
    assert account is not None
    opp = s.get(Opportunity, visit.opportunity_id) if visit.opportunity_id else None
    rep = s.get(Rep, visit.rep_id) if visit.rep_id else None
    rows = s.execute(
        select(VisitAttendee, Contact.uuid, OurPerson.uuid)
        .outerjoin(Contact, Contact.id == VisitAttendee.contact_id)
        .outerjoin(OurPerson, OurPerson.id == VisitAttendee.our_person_id)
        .where(VisitAttendee.visit_id == visit.id)
        .order_by(VisitAttendee.side.desc(), VisitAttendee.id)
    ).all()
    attendees = []
    for a, c_uuid, p_uuid in rows:
        current = None
        if a.contact_id is not None:
            st = _stakeholder_for(s, visit.account_id, visit.opportunity_id, a.contact_id)
            current = _level_code(st.attitude, st.attitude_step) if st else None
        attendees.append(
            AttendeeView(
                a.uuid,
                a.side,
                a.name or "",
                a.title,
                c_uuid,
                p_uuid,
                a.attitude_before,
                a.attitude_after,
                current,
            )
        )
    met = ObjectiveMet(visit.objective_met) if visit.objective_met else None
    return VisitDetail(
        uuid=visit.uuid,
        account_uuid=account.uuid,
        account_name=account.name,
        account_number=account.number,
        opportunity_uuid=opp.uuid if opp else None,
        opportunity_name=opp.name if opp else None,
        rep_name=rep.name if rep else None,
        status=visit.status,
        kind=visit.kind,
        starts_at=visit.starts_at,
        ends_at=visit.ends_at,
        place=visit.place,
        objective_kind=visit.objective_kind,
        final_objective=visit.final_objective,
        stage_objective=visit.stage_objective,
        w_what=visit.w_what,
        w_why=visit.w_why,
        w_which=visit.w_which,
        w_how=visit.w_how,
        w_how_much=visit.w_how_much,
        resources=tuple(resources_from_json(visit.resources)),
        fab_points=tuple(fab_from_json(visit.fab_points)),
        spin_questions=spin_from_json(visit.spin_questions),
        objections=tuple(objections_from_json(visit.objections)),
        commitment_to_ask=visit.commitment_to_ask,
        minimum_outcome=visit.minimum_outcome,
        outcome=visit.outcome,
        objective_met=met,
        next_visit_on=visit.next_visit_on,
        logged_at=visit.logged_at,
        attendees=tuple(attendees),
        commitments=tuple(_commitment_views(s, Commitment.visit_id == visit.id)),
        objective_kinds=kinds_from_text(visit.objective_kinds)
        or ((visit.objective_kind,) if visit.objective_kind else ()),
        key_persons=_visit_key_persons(s, visit),
    )


def visit_details(db: Database, uuids: Sequence[str]) -> list[VisitDetail]:
    """Several visits at once (the visit pack), in the order given."""
    with db.reading() as s:
        visits = {v.uuid: v for v in s.execute(select(Visit).where(Visit.uuid.in_(list(uuids)))).scalars()}
        return [_detail(s, visits[u]) for u in uuids if u in visits]


def end_or_default_detail(v: VisitDetail) -> datetime:
    """The visit's end, or an hour after its start when the plan has none."""
    from kamdesk.domain.visit_plan import end_or_default

    return end_or_default(v.starts_at, v.ends_at)
