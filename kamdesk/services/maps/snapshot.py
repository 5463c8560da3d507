"""Stakeholder maps (决策链): list them, load one as a plain snapshot (also as
it stood on a past date), and read attitude histories.

Writes (add/edit people, attitudes, reports-to, positions, our people and
coverage) live in :mod:`kamdesk.services.maps.edit`; they are re-exported here
so callers import one module.

A map belongs to an opportunity (its stakeholders) or to an account (the
standing relationships: stakeholders with no opportunity). Reports-to is the
contact's own superior (``Contact.reports_to_id``), so the same org chart
shows on every map of the account.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.insights import (
    Insight,
    MapFacts,
    MapMan,
    PersonFacts,
    key_decision_maker,
    key_decision_maker_text,
    map_insights,
    map_man,
    person_man_guidance,
    weight_total,
)
from kamdesk.domain.orgchart import Layout, merge_positions
from kamdesk.domain.stakeholders import (
    AttitudeLevel,
    BuyingRole,
    ManGuidance,
    Personality,
    RelationshipKind,
    RelationshipLevel,
    Stance,
    attitude_trend,
)
from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.errors import UserError
from kamdesk.services.maps.common import (
    MapKind,
    MapRef,
    account_name,
    end_of_day,
    level_of,
    parse_level,
    resolve_ref,
    start_of_day,
)
from kamdesk.services.privacy import Privacy, privacy_of
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    AttitudeChange,
    Contact,
    Coverage,
    Opportunity,
    OurPerson,
    Stakeholder,
    Visit,
    VisitAttendee,
)

# -- plain results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapSummary:
    kind: MapKind
    uuid: str  # the opportunity's or the account's uuid
    title: str
    account_uuid: str
    account_name: str
    stage: str | None  # the opportunity's stage code
    people: int
    supporters: int  # attitude A or B
    opponents: int  # attitude D or E, or stance opponent
    updated_at: datetime | None


@dataclass(frozen=True)
class VisitRef:
    uuid: str
    starts_at: datetime
    status: VisitStatus


@dataclass(frozen=True)
class AttitudeEntry:
    uuid: str
    at: datetime
    from_level: str | None
    to_level: str
    trend: str  # ↑ ↓ →
    source: str  # manual | visit | import
    note: str | None
    visit_uuid: str | None


@dataclass(frozen=True)
class MapPerson:
    uuid: str  # the stakeholder's
    contact_uuid: str
    name: str
    title: str | None
    department: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    role: BuyingRole | None
    attitude: AttitudeLevel | None  # current (or as of the chosen date)
    original_attitude: AttitudeLevel | None  # the first assessment
    trend: str  # original → current: ↑ ↓ →
    stance: Stance
    influence_pct: float | None
    relationship_level: RelationshipLevel | None
    relationship_kind: RelationshipKind | None
    personality: Personality | None
    man_money: bool | None
    man_authority: bool | None
    man_need: bool | None
    man: ManGuidance | None  # None while any flag is unknown
    reports_to: str | None  # a stakeholder uuid on this map
    reports_to_name: str | None  # the superior's name, even when not on this map
    position: tuple[float, float] | None  # saved canvas position
    covered_by: tuple[str, ...]  # our people's uuids
    planned_visits: tuple[VisitRef, ...]
    last_visit_on: date | None
    done_visits: int
    attitude_at_last_visit: AttitudeLevel | None
    notes: str | None

    def personality_advice(self, lang: str = "zh") -> str:
        return self.personality.advice(lang) if self.personality else ""


@dataclass(frozen=True)
class CoverageLink:
    uuid: str
    stakeholder_uuid: str
    strength: int | None
    note: str | None


@dataclass(frozen=True)
class MapOurPerson:
    uuid: str
    name: str
    title: str | None
    coverage: tuple[CoverageLink, ...]


@dataclass(frozen=True)
class MapSnapshot:
    kind: MapKind
    uuid: str
    title: str
    account_uuid: str
    account_name: str
    opportunity_name: str | None
    stage: str | None
    as_of: date | None  # None: the map as it is now
    people: tuple[MapPerson, ...]
    our_people: tuple[MapOurPerson, ...]
    insights: tuple[Insight, ...]
    man: MapMan
    weight_total: float
    key_decision_maker: str | None = None  # uuid of the largest influence weight (关键决策者)

    @property
    def read_only(self) -> bool:
        """A map shown as it stood on a past date is not edited."""
        return self.as_of is not None

    def person(self, uuid: str) -> MapPerson | None:
        return next((p for p in self.people if p.uuid == uuid), None)

    def parent_of(self) -> dict[str, str | None]:
        return {p.uuid: p.reports_to for p in self.people}

    def coverage(self) -> dict[str, list[str]]:
        """Our person uuid → the stakeholder uuids they cover."""
        return {o.uuid: [c.stakeholder_uuid for c in o.coverage] for o in self.our_people}

    def key_decision_maker_text(self, lang: str = "zh") -> str:
        """ "关键决策者：王总（影响项目的比重40%，经济买家）", or "" when the
        weights name nobody (none set, or the largest is shared)."""
        person = self.person(self.key_decision_maker) if self.key_decision_maker else None
        if person is None:
            return ""
        return key_decision_maker_text(
            PersonFacts(person.uuid, person.name, person.role, influence_pct=person.influence_pct), lang
        )

    def insights_for(self, person_uuid: str) -> tuple[Insight, ...]:
        return tuple(i for i in self.insights if person_uuid in i.people)


@dataclass(frozen=True)
class MapCandidate:
    """An opportunity or account a new map can be started on."""

    kind: MapKind
    uuid: str
    title: str
    account_name: str
    people: int


# -- list ------------------------------------------------------------------------------------------

SORTS = ("title", "account", "people", "opponents", "updated")


def list_maps(
    db: Database,
    *,
    search: str = "",
    sort: str = "updated",
    descending: bool | None = None,
    limit: int = 500,
) -> list[MapSummary]:
    """Opportunities and accounts that have stakeholders, with head counts.

    ``search`` matches the opportunity name or number and the account's name,
    short name or pinyin initials. ``sort`` is one of :data:`SORTS`."""
    if sort not in SORTS:
        raise UserError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    supportive = case((Stakeholder.attitude.in_(["A", "B"]), 1), else_=0)
    opposing = case(
        (or_(Stakeholder.attitude.in_(["D", "E"]), Stakeholder.stance == Stance.OPPONENT.code), 1), else_=0
    )
    grouped = (
        select(
            Stakeholder.account_id.label("account_id"),
            Stakeholder.opportunity_id.label("opportunity_id"),
            func.count().label("people"),
            func.sum(supportive).label("supporters"),
            func.sum(opposing).label("opponents"),
            func.max(Stakeholder.updated_at).label("updated_at"),
        )
        .group_by(Stakeholder.account_id, Stakeholder.opportunity_id)
        .subquery()
    )
    title = func.coalesce(Opportunity.name, func.coalesce(Account.short_name, Account.name))
    stmt = (
        select(
            grouped.c.people,
            grouped.c.supporters,
            grouped.c.opponents,
            grouped.c.updated_at,
            Account.uuid,
            Account.name,
            Account.short_name,
            Opportunity.uuid,
            Opportunity.name,
            Opportunity.stage,
        )
        .select_from(grouped)
        .join(Account, Account.id == grouped.c.account_id)
        .outerjoin(Opportunity, Opportunity.id == grouped.c.opportunity_id)
    )
    text = search.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(
            or_(
                Opportunity.name.ilike(like),
                Opportunity.number.ilike(like),
                Account.name.ilike(like),
                Account.short_name.ilike(like),
                Account.initials.ilike(f"{text.lower()}%"),
            )
        )
    order_col = {
        "title": title,
        "account": Account.sort_key,
        "people": grouped.c.people,
        "opponents": grouped.c.opponents,
        "updated": grouped.c.updated_at,
    }[sort]
    desc = descending if descending is not None else sort in ("people", "opponents", "updated")
    stmt = stmt.order_by(order_col.desc() if desc else order_col.asc(), title).limit(limit)
    with db.reading() as s:
        rows = s.execute(stmt).all()
    out = []
    for people, supporters, opponents, updated, a_uuid, a_name, a_short, o_uuid, o_name, o_stage in rows:
        account_name = a_short or a_name
        out.append(
            MapSummary(
                kind="opportunity" if o_uuid else "account",
                uuid=o_uuid or a_uuid,
                title=o_name or account_name,
                account_uuid=a_uuid,
                account_name=account_name,
                stage=o_stage.code if o_stage is not None else None,
                people=int(people),
                supporters=int(supporters or 0),
                opponents=int(opponents or 0),
                updated_at=updated,
            )
        )
    return out


def map_candidates(db: Database, search: str = "", *, limit: int = 50) -> list[MapCandidate]:
    """Open opportunities and accounts a map can be opened or started on."""
    text = search.strip()
    like = f"%{text}%"
    people = (
        select(Stakeholder.opportunity_id, func.count().label("n"))
        .group_by(Stakeholder.opportunity_id)
        .subquery()
    )
    opp_stmt = (
        select(Opportunity.uuid, Opportunity.name, Account.name, Account.short_name, people.c.n)
        .join(Account, Account.id == Opportunity.account_id)
        .outerjoin(people, people.c.opportunity_id == Opportunity.id)
        .order_by(Opportunity.updated_at.desc())
        .limit(limit)
    )
    acc_stmt = select(Account.uuid, Account.name, Account.short_name).order_by(Account.sort_key).limit(limit)
    if text:
        opp_stmt = opp_stmt.where(
            or_(Opportunity.name.ilike(like), Account.name.ilike(like), Account.short_name.ilike(like))
        )
        acc_stmt = acc_stmt.where(
            or_(
                Account.name.ilike(like),
                Account.short_name.ilike(like),
                Account.initials.ilike(f"{text.lower()}%"),
            )
        )
    with db.reading() as s:
        opps = s.execute(opp_stmt).all()
        accs = s.execute(acc_stmt).all()
        acc_people = dict(
            s.execute(
                select(Account.uuid, func.count(Stakeholder.id))
                .join(Stakeholder, Stakeholder.account_id == Account.id)
                .where(Stakeholder.opportunity_id.is_(None), Account.uuid.in_([a[0] for a in accs]))
                .group_by(Account.uuid)
            ).all()
        )
    out = [MapCandidate("opportunity", u, n, short or an, int(k or 0)) for u, n, an, short, k in opps]
    out += [
        MapCandidate("account", u, short or n, short or n, int(acc_people.get(u, 0))) for u, n, short in accs
    ]
    return out


def resolve_map(db: Database, text: str) -> str:
    """The opportunity (or account) uuid meant by ``text``: a uuid, or a name.

    A name matches exactly first, then as a part of opportunity names. No match
    or several matches raise a one-line :class:`UserError` listing candidates."""
    key = text.strip()
    if not key:
        raise UserError("name an opportunity (its name or UUID)")
    with db.reading() as s:
        if s.scalar(select(Opportunity.id).where(Opportunity.uuid == key)) is not None:
            return key
        if s.scalar(select(Account.id).where(Account.uuid == key)) is not None:
            return key
        # with the account's name: two accounts often run projects of the same name
        named = select(
            Opportunity.uuid, Opportunity.name, func.coalesce(Account.short_name, Account.name)
        ).join(Account, Account.id == Opportunity.account_id)
        exact = s.execute(named.where(Opportunity.name == key)).all()
        if len(exact) == 1:
            return str(exact[0][0])
        matches = (
            exact
            or s.execute(
                named.where(Opportunity.name.ilike(f"%{key}%")).order_by(Opportunity.name).limit(11)
            ).all()
        )
    if len(matches) == 1:
        return str(matches[0][0])
    if not matches:
        raise UserError(f"no opportunity named {key!r}; give its exact name or UUID")
    shown = "; ".join(f"{name} · {account} ({uuid})" for uuid, name, account in matches[:10])
    more = " …" if len(matches) > 10 else ""
    raise UserError(f"{key!r} matches {len(matches)} opportunities: {shown}{more}")


# -- one map -------------------------------------------------------------------------------------


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
    stmt = (
        select(Stakeholder, Contact)
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(*ref.stakeholder_filter())
        .order_by(Stakeholder.id)
    )
    rows: list[tuple[Stakeholder, Contact]] = [
        (sh, c) for sh, c in s.execute(stmt).all() if not privacy.hides_contact(c.id)
    ]

    # attitude history
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
    sh_ids = [sh.id for sh, _ in rows]
    contact_to_sh = {c.id: sh.uuid for sh, c in rows}

    # superiors' names (the superior may not be on this map)
    boss_ids = {
        c.reports_to_id for _, c in rows if c.reports_to_id is not None and not privacy.hides_contact(c.reports_to_id)
    }
    boss_names = (
        dict(s.execute(select(Contact.id, Contact.name).where(Contact.id.in_(boss_ids))).all())
        if boss_ids
        else {}
    )

    # coverage
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

    # visits touching these people (any visit at the account: a person met is met)
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

    now_start = start_of_day(today)
    people: list[MapPerson] = []
    for sh, contact in rows:
        changes = history.get(sh.id, [])
        if cutoff is not None:
            changes_then = [c for c in changes if c.at < cutoff]
            current = parse_level(changes_then[-1].to_level) if changes_then else None
            if not changes:  # rated without history (e.g. imported): the rating stands
                current = level_of(sh.attitude, sh.attitude_step)
        else:
            changes_then = changes
            current = level_of(sh.attitude, sh.attitude_step)
        original = _original(changes_then) if changes_then else current
        person_visits = visits.get(contact.id, [])
        if cutoff is not None:
            done = [v for v in person_visits if v.starts_at < cutoff]
            planned = [v for v in person_visits if v.starts_at >= cutoff]
        else:
            done = [v for v in person_visits if v.status is VisitStatus.DONE]
            planned = [
                v for v in person_visits if v.status is VisitStatus.PLANNED and v.starts_at >= now_start
            ]
        last = done[-1] if done else None
        people.append(
            MapPerson(
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
                reports_to=contact_to_sh.get(contact.reports_to_id) if contact.reports_to_id else None,
                reports_to_name=boss_names.get(contact.reports_to_id) if contact.reports_to_id else None,
                position=(sh.map_x, sh.map_y) if sh.map_x is not None and sh.map_y is not None else None,
                covered_by=tuple(covered_by.get(sh.id, [])),
                planned_visits=tuple(VisitRef(v.uuid, v.starts_at, v.status) for v in planned),
                last_visit_on=clock.to_local(last.starts_at).date() if last else None,
                done_visits=len(done),
                attitude_at_last_visit=_level_at_visit(changes_then, last) if last else None,
                notes=sh.notes,
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


def facts_of(p: MapPerson) -> PersonFacts:
    return PersonFacts(
        key=p.uuid,
        name=p.name,
        role=p.role,
        attitude=p.attitude,
        stance=p.stance,
        influence_pct=p.influence_pct,
        man_money=p.man_money,
        man_authority=p.man_authority,
        man_need=p.man_need,
        covered=bool(p.covered_by),
        met=p.done_visits > 0,
        planned_visit=bool(p.planned_visits),
        attitude_at_last_visit=p.attitude_at_last_visit,
    )


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



def layout_of(snapshot: MapSnapshot, *, use_saved: bool = True) -> Layout:
    """The chart's geometry: saved positions where the rep arranged the map,
    automatic layout otherwise (the canvas and the PDF draw the same)."""
    keys = [p.uuid for p in snapshot.people]
    saved = {p.uuid: p.position for p in snapshot.people if p.position is not None} if use_saved else {}
    return merge_positions(keys, snapshot.parent_of(), saved, snapshot.coverage())
