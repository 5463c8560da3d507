"""A stakeholder map (决策链) as plain data: its people, our people and their
coverage, the insights; the chart's geometry.

Loading one (also as it stood on a past date) lives in
:mod:`kamdesk.services.maps.load`, listing maps in
:mod:`kamdesk.services.maps.listing`, writes (add/edit people, attitudes,
reports-to, positions, our people and coverage) in
:mod:`kamdesk.services.maps.edit`; the package re-exports them all so callers
import one module.

A map belongs to an opportunity (its stakeholders) or to an account (the
standing relationships: stakeholders with no opportunity). Reports-to is the
contact's own superior (``Contact.reports_to_id``), so the same org chart
shows on every map of the account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kamdesk.domain.insights import (
    Insight,
    MapMan,
    PersonFacts,
    key_decision_maker_text,
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
)
from kamdesk.domain.visits import VisitStatus
from kamdesk.services.maps.common import (
    MapKind,
)

# -- plain results ---------------------------------------------------------------------------------


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

    def attitude_text(self, *, spaced: bool = False) -> str:
        """``B→D↓`` on the screen (``B → D ↓`` spaced, in print): original →
        current with the trend; ``B`` when unchanged; ``—`` unrated."""
        now = self.attitude
        if now is None:
            return "—"
        before = self.original_attitude
        if before is None or before.code == now.code:
            return now.code
        gap = " " if spaced else ""
        return f"{before.code}{gap}→{gap}{now.code}{gap}{self.trend}"

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


def layout_of(snapshot: MapSnapshot, *, use_saved: bool = True) -> Layout:
    """The chart's geometry: saved positions where the rep arranged the map,
    automatic layout otherwise (the canvas and the PDF draw the same)."""
    keys = [p.uuid for p in snapshot.people]
    saved = {p.uuid: p.position for p in snapshot.people if p.position is not None} if use_saved else {}
    return merge_positions(keys, snapshot.parent_of(), saved, snapshot.coverage())
