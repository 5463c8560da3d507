"""Visits: the shared parts — time-zone helpers, the input and output
dataclasses, and the small session helpers every visit use case needs.

Times are tz-aware; dates on the calendar are local dates of ``tz`` (the
laptop's zone unless given).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.stakeholders import Attitude, AttitudeLevel, AttitudeStep, BuyingRole, Personality
from kamdesk.domain.visit_plan import (
    FabPoint,
    Objection,
    ObjectiveMet,
    ResourceCheck,
    SpinCategory,
)
from kamdesk.domain.visits import ContactWay, ObjectiveKind, Side, VisitKind, VisitStatus
from kamdesk.errors import UserError
from kamdesk.services.me import my_rep_id
from kamdesk.store.models import (
    Account,
    ContactLog,
    Stakeholder,
    Visit,
)


def local_tz() -> tzinfo:
    """The rep's time zone (what the rep's calendar shows)."""
    return clock.zone()


def day_start(day: date, tz: tzinfo | None = None) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=tz or local_tz())


def local_date(at: datetime, tz: tzinfo | None = None) -> date:
    return at.astimezone(tz or local_tz()).date()


# --- inputs -----------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeInput:
    """Someone at the visit: a contact of the account (``contact_uuid``), one
    of our people (``our_person_uuid``) or a name not on file."""

    side: Side
    contact_uuid: str | None = None
    our_person_uuid: str | None = None
    name: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class VisitInput:
    account_uuid: str | None
    starts_at: datetime | None
    ends_at: datetime | None = None
    opportunity_uuid: str | None = None
    place: str | None = None
    attendees: Sequence[AttendeeInput] = ()
    objective_kind: ObjectiveKind | None = None  # one kind (older callers); see objective_kinds
    final_objective: str | None = None
    stage_objective: str | None = None
    w_what: str | None = None
    w_why: str | None = None
    w_which: str | None = None
    w_how: str | None = None
    w_how_much: str | None = None
    resources: Sequence[ResourceCheck] = ()
    fab_points: Sequence[FabPoint] = ()
    spin_questions: dict[SpinCategory, list[str]] = field(default_factory=dict)
    objections: Sequence[Objection] = ()
    commitment_to_ask: str | None = None
    minimum_outcome: str | None = None
    kind: VisitKind | None = None  # None: new if the account was never visited, else revisit
    #: every objective kind of the visit (a visit may sell and build the relationship)
    objective_kinds: Sequence[ObjectiveKind] = ()

    def all_objective_kinds(self) -> tuple[ObjectiveKind, ...]:
        """The kinds in order, ``objective_kind`` first when only it is given."""
        kinds = list(self.objective_kinds)
        if self.objective_kind is not None and self.objective_kind not in kinds:
            kinds.insert(0, self.objective_kind)
        return tuple(kinds)


@dataclass(frozen=True)
class AttitudeUpdate:
    """The attitude of one customer attendee after the visit ("B+")."""

    contact_uuid: str
    after: str
    note: str | None = None


@dataclass(frozen=True)
class CommitmentInput:
    side: Side
    text: str
    due_on: date | None = None
    owner: str | None = None
    due_time: time | None = None  # optional, in the rep's zone


@dataclass(frozen=True)
class OutcomeInput:
    outcome: str
    objective_met: ObjectiveMet | None = None
    attitudes: Sequence[AttitudeUpdate] = ()
    commitments: Sequence[CommitmentInput] = ()
    next_visit_on: date | None = None
    plan_next_visit: bool = False
    next_step: str | None = None
    #: the day the visit really took place when it was not the planned day (a
    #: visit made early): the visit moves to that day, same time, before logging
    held_on: date | None = None


# --- outputs ----------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeView:
    uuid: str
    side: Side
    name: str
    title: str | None
    contact_uuid: str | None
    our_person_uuid: str | None
    attitude_before: str | None
    attitude_after: str | None
    current_attitude: str | None  # the stakeholder's attitude now (customer side)


@dataclass(frozen=True)
class CommitmentView:
    uuid: str
    account_uuid: str
    account_name: str
    side: Side
    text: str
    owner: str | None
    due_on: date | None
    done_on: date | None
    visit_uuid: str | None
    due_time: time | None = None

    def due_text(self) -> str:
        """ "2026-03-02 14:30", "2026-03-02" or ""."""
        if self.due_on is None:
            return ""
        return self.due_on.isoformat() + (f" {self.due_time.strftime('%H:%M')}" if self.due_time else "")


@dataclass(frozen=True)
class KeyPerson:
    stakeholder_uuid: str
    contact_uuid: str
    name: str
    title: str | None
    role: BuyingRole | None
    attitude: str | None  # "B+"
    influence_pct: float | None


@dataclass(frozen=True)
class VisitKeyPerson:
    """本次拜访的关键人: one customer person at this visit with what the rep
    needs at the door — phone, buying role, personality (and so the seed's
    advice for it). ``personality`` is private: outputs drop it unless asked."""

    contact_uuid: str
    name: str
    title: str | None
    phone: str | None
    role: BuyingRole | None
    personality: Personality | None
    influence_pct: float | None = None

    def advice(self, lang: str = "zh") -> str:
        return self.personality.advice(lang) if self.personality else ""


@dataclass(frozen=True)
class ContactLogView:
    at: datetime
    way: ContactWay
    our_person: str | None
    their_person: str | None
    their_title: str | None
    content: str | None
    next_step: str | None


@dataclass(frozen=True)
class VisitDetail:
    uuid: str
    account_uuid: str
    account_name: str
    account_number: str | None
    opportunity_uuid: str | None
    opportunity_name: str | None
    rep_name: str | None
    status: VisitStatus
    kind: VisitKind
    starts_at: datetime
    ends_at: datetime | None
    place: str | None
    objective_kind: ObjectiveKind | None
    final_objective: str | None
    stage_objective: str | None
    w_what: str | None
    w_why: str | None
    w_which: str | None
    w_how: str | None
    w_how_much: str | None
    resources: tuple[ResourceCheck, ...]
    fab_points: tuple[FabPoint, ...]
    spin_questions: dict[SpinCategory, list[str]]
    objections: tuple[Objection, ...]
    commitment_to_ask: str | None
    minimum_outcome: str | None
    outcome: str | None
    objective_met: ObjectiveMet | None
    next_visit_on: date | None
    logged_at: datetime | None
    attendees: tuple[AttendeeView, ...]
    commitments: tuple[CommitmentView, ...]  # made at this visit
    objective_kinds: tuple[ObjectiveKind, ...] = ()
    key_persons: tuple[VisitKeyPerson, ...] = ()

    def objective_text(self, lang: str = "zh") -> str:
        """Every objective kind, joined the way the language lists words."""
        kinds = self.objective_kinds or ((self.objective_kind,) if self.objective_kind else ())
        return ("、" if lang.startswith("zh") else ", ").join(k.label(lang) for k in kinds)


@dataclass(frozen=True)
class PlanContext:
    """What a new plan is pre-filled with: the account, its key people with
    their current attitude, open commitments, insights and the last contact."""

    account_uuid: str
    account_name: str
    account_number: str | None
    address: str | None
    suggested_kind: VisitKind
    key_people: tuple[KeyPerson, ...]
    open_commitments: tuple[CommitmentView, ...]
    insights: tuple[str, ...]
    last_contact: ContactLogView | None
    recent_contacts: tuple[ContactLogView, ...]
    opportunities: tuple[tuple[str, str], ...]  # (uuid, name) of open ones


@dataclass(frozen=True)
class Saved:
    uuid: str
    warnings: dict[str, str]


@dataclass(frozen=True)
class Choice:
    uuid: str
    name: str
    detail: str | None = None


# --- helpers ------------------------------------------------------------------------------


def _level_code(attitude: Attitude | None, step: AttitudeStep | None) -> str | None:
    if attitude is None:
        return None
    return AttitudeLevel(attitude, step or AttitudeStep.NONE).code


def _visit(s: Session, uuid: str) -> Visit:
    visit = s.execute(select(Visit).where(Visit.uuid == uuid)).scalar_one_or_none()
    if visit is None:
        raise UserError(f"visit not found: {uuid}")
    return visit


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def _me_rep_id(s: Session) -> int | None:
    return my_rep_id(s)


def refresh_next_visit(s: Session, account_id: int, tz: tzinfo | None = None) -> None:
    """Keep ``Account.next_visit_on`` = the earliest planned visit's local date."""
    first = s.execute(
        select(func.min(Visit.starts_at)).where(
            Visit.account_id == account_id, Visit.status == VisitStatus.PLANNED
        )
    ).scalar_one_or_none()
    account = s.get(Account, account_id)
    if account is None:
        return
    if first is not None:
        # min() over the stored text loses the type adapter on some backends
        if isinstance(first, str):
            first = s.execute(
                select(Visit.starts_at)
                .where(Visit.account_id == account_id, Visit.status == VisitStatus.PLANNED)
                .order_by(Visit.starts_at)
                .limit(1)
            ).scalar_one()
        account.next_visit_on = local_date(first, tz)
    else:
        account.next_visit_on = None


def _stakeholder_for(
    s: Session, account_id: int, opportunity_id: int | None, contact_id: int
) -> Stakeholder | None:
    """The map entry a visit's attitude belongs to: the visit's opportunity's,
    else the standing one, else the contact's only entry on the account."""
    rows = list(
        s.execute(
            select(Stakeholder).where(
                Stakeholder.account_id == account_id, Stakeholder.contact_id == contact_id
            )
        ).scalars()
    )
    if opportunity_id is not None:
        for st in rows:
            if st.opportunity_id == opportunity_id:
                return st
    for st in rows:
        if st.opportunity_id is None:
            return st
    return rows[0] if len(rows) == 1 else None


def _suggested_kind(
    s: Session, account_id: int, exclude_visit_id: int | None = None, before: datetime | None = None
) -> VisitKind:
    """再拜访 when the account had any earlier visit — a done visit, the
    account's last-visit date, or a 拜访 entry in its contact log — else 新拜访.
    ``before``: only what happened before this moment counts (the visit's start)."""
    stmt = select(Visit.id).where(Visit.account_id == account_id, Visit.status == VisitStatus.DONE)
    logged = select(ContactLog.id).where(
        ContactLog.account_id == account_id, ContactLog.way == ContactWay.VISIT
    )
    if exclude_visit_id is not None:
        stmt = stmt.where(Visit.id != exclude_visit_id)
        logged = logged.where(or_(ContactLog.visit_id.is_(None), ContactLog.visit_id != exclude_visit_id))
    if before is not None:
        stmt = stmt.where(Visit.starts_at < before)
        logged = logged.where(ContactLog.at < before)
    if s.execute(stmt.limit(1)).first() or s.execute(logged.limit(1)).first():
        return VisitKind.REVISIT
    account = s.get(Account, account_id)
    last = account.last_visit_on if account is not None else None
    if last is not None and (before is None or last < local_date(before)):
        return VisitKind.REVISIT
    return VisitKind.NEW
