"""Visits (拜访): plan, pre-fill from the account and its map, reschedule,
cancel, log the outcome (attitudes, commitments, next visit, contact log),
and keep commitments.

Every write is one transaction; every function returns plain frozen
dataclasses. Times are tz-aware; dates on the calendar are local dates of
``tz`` (the laptop's zone unless given).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.stages import OpportunityStatus
from kamdesk.domain.stakeholders import Attitude, AttitudeLevel, AttitudeStep, BuyingRole
from kamdesk.domain.visit_plan import (
    AttendeeCheck,
    FabPoint,
    Objection,
    ObjectiveMet,
    PlanCheck,
    ResourceCheck,
    SpinCategory,
    check_plan,
    fab_from_json,
    fab_to_json,
    objections_from_json,
    objections_to_json,
    resources_from_json,
    resources_to_json,
    shift_keeping_duration,
    spin_from_json,
    spin_to_json,
)
from kamdesk.domain.visits import ContactWay, ObjectiveKind, Side, VisitKind, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.touch import touch_account
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    AttitudeChange,
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
from kamdesk.store.types import utcnow


def local_tz() -> tzinfo:
    """The laptop's time zone (what the rep's calendar shows)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


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
    objective_kind: ObjectiveKind | None = None
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


# --- lookups for pickers ------------------------------------------------------------


def find_accounts(db: Database, text: str = "", limit: int = 50) -> list[Choice]:
    """Accounts whose name, short name or pinyin initials contain ``text``."""
    stmt = select(Account.uuid, Account.name, Account.city).where(Account.archived.is_(False))
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(
            or_(Account.name.like(like), Account.short_name.like(like), Account.initials.like(like.lower()))
        )
    stmt = stmt.order_by(Account.sort_key).limit(limit)
    with db.reading() as s:
        return [Choice(u, n, c) for u, n, c in s.execute(stmt)]


def account_contacts(db: Database, account_uuid: str) -> list[Choice]:
    stmt = (
        select(Contact.uuid, Contact.name, Contact.title)
        .join(Account, Account.id == Contact.account_id)
        .where(Account.uuid == account_uuid, Contact.archived.is_(False))
        .order_by(Contact.sort_key)
    )
    with db.reading() as s:
        return [Choice(u, n, t) for u, n, t in s.execute(stmt)]


def our_people(db: Database) -> list[Choice]:
    with db.reading() as s:
        rows = s.execute(select(OurPerson.uuid, OurPerson.name, OurPerson.title).order_by(OurPerson.name))
        return [Choice(u, n, t) for u, n, t in rows]


def account_opportunities(db: Database, account_uuid: str) -> list[Choice]:
    stmt = (
        select(Opportunity.uuid, Opportunity.name, Opportunity.number)
        .join(Account, Account.id == Opportunity.account_id)
        .where(Account.uuid == account_uuid)
        .order_by(Opportunity.name)
    )
    with db.reading() as s:
        return [Choice(u, n, num) for u, n, num in s.execute(stmt)]


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
    return s.execute(select(Rep.id).where(Rep.is_me.is_(True)).limit(1)).scalar_one_or_none()


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


def _validate(
    s: Session, inp: VisitInput, *, now: datetime, is_new: bool, lang: str
) -> tuple[
    PlanCheck,
    Account | None,
    Opportunity | None,
    list[tuple[AttendeeInput, Contact | None, OurPerson | None]],
]:
    account = None
    errors: dict[str, str] = {}
    if inp.account_uuid:
        account = s.execute(select(Account).where(Account.uuid == inp.account_uuid)).scalar_one_or_none()
        if account is None:
            errors["account"] = "account not found"
    opportunity = None
    if inp.opportunity_uuid:
        opportunity = s.execute(
            select(Opportunity).where(Opportunity.uuid == inp.opportunity_uuid)
        ).scalar_one_or_none()
        if opportunity is None:
            errors["opportunity"] = "opportunity not found"
        elif account is not None and opportunity.account_id != account.id:
            errors["opportunity"] = (
                "该项目不属于此客户"
                if lang.startswith("zh")
                else "this opportunity belongs to another account"
            )
    resolved: list[tuple[AttendeeInput, Contact | None, OurPerson | None]] = []
    checks: list[AttendeeCheck] = []
    for a in inp.attendees:
        contact = None
        person = None
        if a.contact_uuid:
            contact = s.execute(select(Contact).where(Contact.uuid == a.contact_uuid)).scalar_one_or_none()
            if contact is None:
                errors["attendees"] = f"contact not found: {a.contact_uuid}"
                continue
            checks.append(AttendeeCheck(contact.name, contact.account_id))
        elif a.our_person_uuid:
            person = s.execute(
                select(OurPerson).where(OurPerson.uuid == a.our_person_uuid)
            ).scalar_one_or_none()
            if person is None:
                errors["attendees"] = f"person not found: {a.our_person_uuid}"
                continue
        elif not _clean(a.name):
            continue  # a blank row
        resolved.append((a, contact, person))
    check = check_plan(
        account_id=account.id if account is not None else None,
        starts_at=inp.starts_at,
        ends_at=inp.ends_at,
        attendees=checks,
        now=now,
        is_new=is_new,
        lang=lang,
    )
    merged = {**check.errors, **errors}
    return PlanCheck(merged, check.warnings), account, opportunity, resolved


def check_visit(
    db: Database,
    inp: VisitInput,
    *,
    visit_uuid: str | None = None,
    now: datetime | None = None,
    lang: str = "en",
) -> PlanCheck:
    """Errors and warnings for ``inp`` without saving (for the editor's live hints)."""
    with db.reading() as s:
        check, *_ = _validate(s, inp, now=now or utcnow(), is_new=visit_uuid is None, lang=lang)
        return check


def _apply(visit: Visit, inp: VisitInput, opportunity: Opportunity | None) -> None:
    assert inp.starts_at is not None
    visit.opportunity_id = opportunity.id if opportunity is not None else None
    visit.starts_at = inp.starts_at
    visit.ends_at = inp.ends_at
    visit.place = _clean(inp.place)
    visit.objective_kind = inp.objective_kind
    visit.final_objective = _clean(inp.final_objective)
    visit.stage_objective = _clean(inp.stage_objective)
    visit.w_what = _clean(inp.w_what)
    visit.w_why = _clean(inp.w_why)
    visit.w_which = _clean(inp.w_which)
    visit.w_how = _clean(inp.w_how)
    visit.w_how_much = _clean(inp.w_how_much)
    visit.resources = resources_to_json(inp.resources)
    visit.fab_points = fab_to_json(inp.fab_points)
    visit.spin_questions = spin_to_json(inp.spin_questions)
    visit.objections = objections_to_json(inp.objections)
    visit.commitment_to_ask = _clean(inp.commitment_to_ask)
    visit.minimum_outcome = _clean(inp.minimum_outcome)


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


def _write_attendees(
    s: Session, visit: Visit, resolved: list[tuple[AttendeeInput, Contact | None, OurPerson | None]]
) -> None:
    existing = {
        (a.contact_id, a.our_person_id, a.name): a
        for a in s.execute(select(VisitAttendee).where(VisitAttendee.visit_id == visit.id)).scalars()
    }
    keep: set[int] = set()
    for inp, contact, person in resolved:
        key = (
            contact.id if contact else None,
            person.id if person else None,
            None if contact or person else _clean(inp.name),
        )
        row = existing.get(key)
        if row is None:
            row = VisitAttendee(visit_id=visit.id)
            s.add(row)
        row.side = Side.THEM if contact is not None else (Side.US if person is not None else inp.side)
        row.contact_id = key[0]
        row.our_person_id = key[1]
        row.name = contact.name if contact else (person.name if person else _clean(inp.name))
        row.title = _clean(inp.title) or (contact.title if contact else (person.title if person else None))
        if contact is not None and row.attitude_before is None:
            st = _stakeholder_for(s, visit.account_id, visit.opportunity_id, contact.id)
            if st is not None:
                row.attitude_before = _level_code(st.attitude, st.attitude_step)
        s.flush()
        keep.add(row.id)
    for row in existing.values():
        if row.id not in keep:
            s.delete(row)


def _suggested_kind(s: Session, account_id: int, exclude_visit_id: int | None = None) -> VisitKind:
    stmt = select(func.count(Visit.id)).where(
        Visit.account_id == account_id, Visit.status == VisitStatus.DONE
    )
    if exclude_visit_id is not None:
        stmt = stmt.where(Visit.id != exclude_visit_id)
    done = s.execute(stmt).scalar_one()
    account = s.get(Account, account_id)
    visited = account is not None and account.last_visit_on is not None
    return VisitKind.REVISIT if done or visited else VisitKind.NEW


# --- use cases ----------------------------------------------------------------------------


def plan_visit(
    db: Database, inp: VisitInput, *, now: datetime | None = None, lang: str = "en", tz: tzinfo | None = None
) -> Result[Saved]:
    """Save a new planned visit. Refuses bad input (nothing saved); a start in
    the past is saved with a warning in ``Saved.warnings``."""
    now = now or utcnow()
    with db.transaction() as s:
        check, account, opportunity, resolved = _validate(s, inp, now=now, is_new=True, lang=lang)
        if check.errors:
            raise ValidationError(check.errors)
        assert account is not None
        visit = Visit(
            account_id=account.id,
            rep_id=account.owner_id or _me_rep_id(s),
            status=VisitStatus.PLANNED,
            kind=inp.kind or _suggested_kind(s, account.id),
            starts_at=inp.starts_at,
        )
        _apply(visit, inp, opportunity)
        s.add(visit)
        s.flush()
        _write_attendees(s, visit, resolved)
        refresh_next_visit(s, account.id, tz)
        return Result(
            Saved(visit.uuid, check.warnings),
            Changes.of("visit", "account", uuids=(visit.uuid, account.uuid)),
        )


def update_visit(
    db: Database,
    uuid: str,
    inp: VisitInput,
    *,
    now: datetime | None = None,
    lang: str = "en",
    tz: tzinfo | None = None,
) -> Result[Saved]:
    """Change a plan (everything but its account)."""
    now = now or utcnow()
    with db.transaction() as s:
        visit = _visit(s, uuid)
        check, account, opportunity, resolved = _validate(s, inp, now=now, is_new=False, lang=lang)
        if account is not None and account.id != visit.account_id:
            check.errors["account"] = "a visit cannot move to another account; plan a new one"
        if check.errors:
            raise ValidationError(check.errors)
        assert account is not None
        _apply(visit, inp, opportunity)
        if inp.kind is not None:
            visit.kind = inp.kind
        _write_attendees(s, visit, resolved)
        refresh_next_visit(s, account.id, tz)
        return Result(
            Saved(visit.uuid, check.warnings),
            Changes.of("visit", "account", uuids=(visit.uuid, account.uuid)),
        )


def reschedule_visit(
    db: Database, uuid: str, new_start: datetime, new_end: datetime | None = None, *, tz: tzinfo | None = None
) -> Result[Saved]:
    """Move a planned visit; without ``new_end`` it keeps its length."""
    if new_start.tzinfo is None:
        raise ValidationError({"starts_at": "the start time has no time zone"})
    with db.transaction() as s:
        visit = _visit(s, uuid)
        if visit.status is not VisitStatus.PLANNED:
            raise UserError("only a planned visit can be rescheduled")
        start, end = shift_keeping_duration(visit.starts_at, visit.ends_at, new_start)
        if new_end is not None:
            end = new_end
        if end is not None and end <= start:
            raise ValidationError({"ends_at": "the visit must end after it starts"})
        visit.starts_at, visit.ends_at = start, end
        refresh_next_visit(s, visit.account_id, tz)
        account_uuid = s.get(Account, visit.account_id).uuid  # type: ignore[union-attr]
        return Result(Saved(visit.uuid, {}), Changes.of("visit", "account", uuids=(visit.uuid, account_uuid)))


def cancel_visit(db: Database, uuid: str, *, tz: tzinfo | None = None) -> Result[str]:
    with db.transaction() as s:
        visit = _visit(s, uuid)
        if visit.status is VisitStatus.DONE:
            raise UserError("a visit that took place cannot be cancelled")
        visit.status = VisitStatus.CANCELLED
        refresh_next_visit(s, visit.account_id, tz)
        return Result(uuid, Changes.of("visit", "account", uuids=(uuid,)))


def restore_visit(db: Database, uuid: str, *, tz: tzinfo | None = None) -> Result[str]:
    """Put a cancelled visit back on the plan."""
    with db.transaction() as s:
        visit = _visit(s, uuid)
        if visit.status is not VisitStatus.CANCELLED:
            raise UserError("only a cancelled visit can be restored")
        visit.status = VisitStatus.PLANNED
        refresh_next_visit(s, visit.account_id, tz)
        return Result(uuid, Changes.of("visit", "account", uuids=(uuid,)))


def log_outcome(
    db: Database,
    uuid: str,
    inp: OutcomeInput,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    lang: str = "en",
) -> Result[str | None]:
    """Record what happened at a visit, all in one transaction: the outcome,
    each attendee's attitude (the stakeholder's current attitude plus an
    ``AttitudeChange`` with source "visit"), the commitments by each side,
    the contact-log entry (way: visit), the account's last visit and touch,
    and optionally the next planned visit. Returns the next visit's uuid."""
    now = now or utcnow()
    zh = lang.startswith("zh")
    errors: dict[str, str] = {}
    if not inp.outcome.strip():
        errors["outcome"] = "请填写拜访结果" if zh else "describe the outcome of the visit"
    levels: dict[str, AttitudeLevel] = {}
    for upd in inp.attitudes:
        if not upd.after.strip():
            continue
        try:
            levels[upd.contact_uuid] = AttitudeLevel.parse(upd.after)
        except ValueError as exc:
            errors["attitudes"] = str(exc)
    for i, c in enumerate(inp.commitments):
        if not c.text.strip():
            errors["commitments"] = f"第{i + 1}条承诺没有内容" if zh else f"commitment {i + 1} has no text"
    if inp.plan_next_visit and inp.next_visit_on is None:
        errors["next_visit_on"] = "请选择下次拜访日期" if zh else "choose the date of the next visit"
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        visit = _visit(s, uuid)
        if visit.status is VisitStatus.CANCELLED:
            raise UserError("this visit was cancelled; restore it before logging its outcome")
        if visit.status is VisitStatus.DONE:
            raise UserError("this visit's outcome is already logged")
        today = local_date(now, tz)
        if inp.held_on is not None:
            if inp.held_on > today:
                raise ValidationError(
                    {
                        "held_on": "拜访日期不能晚于今天"
                        if zh
                        else "the visit cannot have taken place after today"
                    }
                )
            shift = timedelta(days=(inp.held_on - local_date(visit.starts_at, tz)).days)
            visit.starts_at = visit.starts_at + shift
            if visit.ends_at is not None:
                visit.ends_at = visit.ends_at + shift
        planned_on = local_date(visit.starts_at, tz)
        if planned_on > today:
            # it has not happened yet: logging it would set the account's last visit in the future
            raise UserError(
                f"这次拜访计划在 {planned_on}，还没有发生；如果已经提前拜访，请先把它改到实际日期再记录结果"
                if zh
                else f"this visit is planned for {planned_on} and has not happened yet; if it took place "
                "earlier, move it to the day it happened before logging its outcome"
            )
        if inp.next_visit_on is not None and inp.next_visit_on <= local_date(visit.starts_at, tz):
            raise ValidationError(
                {"next_visit_on": "下次拜访须在本次之后" if zh else "the next visit must come after this one"}
            )
        account = s.get(Account, visit.account_id)
        assert account is not None
        attendees = list(s.execute(select(VisitAttendee).where(VisitAttendee.visit_id == visit.id)).scalars())
        contacts = {
            c.uuid: c for c in s.execute(select(Contact).where(Contact.uuid.in_(list(levels)))).scalars()
        }
        for contact_uuid, level in levels.items():
            contact = contacts.get(contact_uuid)
            if contact is None or contact.account_id != visit.account_id:
                raise ValidationError({"attitudes": f"not a contact of this account: {contact_uuid}"})
            row = next((a for a in attendees if a.contact_id == contact.id), None)
            if row is None:  # someone who joined on the day
                row = VisitAttendee(
                    visit_id=visit.id,
                    side=Side.THEM,
                    contact_id=contact.id,
                    name=contact.name,
                    title=contact.title,
                )
                s.add(row)
                attendees.append(row)
            st = _stakeholder_for(s, visit.account_id, visit.opportunity_id, contact.id)
            if st is None:
                st = Stakeholder(
                    account_id=visit.account_id, opportunity_id=visit.opportunity_id, contact_id=contact.id
                )
                s.add(st)
                s.flush()
            before = _level_code(st.attitude, st.attitude_step)
            if row.attitude_before is None:
                row.attitude_before = before
            row.attitude_after = level.code
            if before != level.code:
                st.attitude = level.attitude
                st.attitude_step = level.step
                note = next((u.note for u in inp.attitudes if u.contact_uuid == contact_uuid), None)
                s.add(
                    AttitudeChange(
                        stakeholder_id=st.id,
                        at=visit.starts_at,
                        from_level=before,
                        to_level=level.code,
                        source="visit",
                        visit_id=visit.id,
                        note=note,
                    )
                )
        for c in inp.commitments:
            s.add(
                Commitment(
                    account_id=visit.account_id,
                    visit_id=visit.id,
                    opportunity_id=visit.opportunity_id,
                    side=c.side,
                    text=c.text.strip(),
                    owner=_clean(c.owner),
                    due_on=c.due_on,
                )
            )
        visit.outcome = inp.outcome.strip()
        visit.objective_met = inp.objective_met.code if inp.objective_met else None
        visit.next_visit_on = inp.next_visit_on
        visit.logged_at = now
        visit.status = VisitStatus.DONE

        ours = [a.name for a in attendees if a.side is Side.US and a.name]
        theirs = [a for a in attendees if a.side is Side.THEM]
        rep = s.get(Rep, visit.rep_id) if visit.rep_id else None
        our_names = ours or ([rep.name] if rep else [])
        next_parts = [
            f"{'我方' if zh else 'Us'}: {c.text.strip()}" + (f" ({c.due_on})" if c.due_on else "")
            for c in inp.commitments
            if c.side is Side.US
        ]
        if _clean(inp.next_step):
            next_parts.insert(0, inp.next_step.strip())  # type: ignore[union-attr]
        if inp.next_visit_on:
            next_parts.append(("下次拜访 " if zh else "next visit ") + inp.next_visit_on.isoformat())
        s.add(
            ContactLog(
                account_id=visit.account_id,
                contact_id=theirs[0].contact_id if theirs else None,
                rep_id=visit.rep_id,
                visit_id=visit.id,
                way=ContactWay.VISIT,
                at=visit.starts_at,
                our_person=("、".join(our_names))[:80] or None,
                their_person=("、".join(a.name or "" for a in theirs))[:80] or None,
                their_title=("、".join(a.title or "" for a in theirs if a.title))[:80] or None,
                content=visit.outcome,
                next_step="\n".join(next_parts) or None,
            )
        )
        touch_account(s, visit.account_id, visit.starts_at, visited_on=local_date(visit.starts_at, tz))

        next_uuid: str | None = None
        if inp.plan_next_visit and inp.next_visit_on is not None:
            zone = tz or local_tz()
            local_start = visit.starts_at.astimezone(zone)
            start = datetime.combine(
                inp.next_visit_on, local_start.timetz().replace(tzinfo=None), tzinfo=zone
            )
            nxt = Visit(
                account_id=visit.account_id,
                opportunity_id=visit.opportunity_id,
                rep_id=visit.rep_id,
                status=VisitStatus.PLANNED,
                kind=VisitKind.REVISIT,
                starts_at=start,
                ends_at=(start + (visit.ends_at - visit.starts_at)) if visit.ends_at else None,
                place=visit.place,
                objective_kind=visit.objective_kind,
                final_objective=visit.final_objective,
                resources=visit.resources,
            )
            s.add(nxt)
            s.flush()
            for a in attendees:
                s.add(
                    VisitAttendee(
                        visit_id=nxt.id,
                        side=a.side,
                        contact_id=a.contact_id,
                        our_person_id=a.our_person_id,
                        name=a.name,
                        title=a.title,
                        attitude_before=a.attitude_after or a.attitude_before,
                    )
                )
            next_uuid = nxt.uuid
        refresh_next_visit(s, visit.account_id, tz)
        uuids = (visit.uuid, account.uuid) + ((next_uuid,) if next_uuid else ())
        return Result(
            next_uuid,
            Changes.of("visit", "account", "contact_log", "stakeholder", "commitment", uuids=uuids),
        )


def set_commitment_done(db: Database, uuid: str, done_on: date | None) -> Result[str]:
    """Mark a commitment kept on ``done_on`` (None: reopen it)."""
    with db.transaction() as s:
        c = s.execute(select(Commitment).where(Commitment.uuid == uuid)).scalar_one_or_none()
        if c is None:
            raise UserError(f"commitment not found: {uuid}")
        c.done_on = done_on
        return Result(uuid, Changes.of("commitment", uuids=(uuid,)))


def add_commitment(db: Database, account_uuid: str, inp: CommitmentInput) -> Result[str]:
    if not inp.text.strip():
        raise ValidationError({"text": "the commitment has no text"})
    with db.transaction() as s:
        account = s.execute(select(Account).where(Account.uuid == account_uuid)).scalar_one_or_none()
        if account is None:
            raise ValidationError({"account": "account not found"})
        c = Commitment(
            account_id=account.id,
            side=inp.side,
            text=inp.text.strip(),
            owner=_clean(inp.owner),
            due_on=inp.due_on,
        )
        s.add(c)
        s.flush()
        return Result(c.uuid, Changes.of("commitment", uuids=(c.uuid,)))


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
        )
        .join(Account, Account.id == Commitment.account_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)
    )
    return [CommitmentView(*row) for row in s.execute(stmt)]


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
        covered = set(s.execute(select(Coverage.stakeholder_id)).scalars())
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

        logging.getLogger(__name__).warning("map insights unavailable", exc_info=True)
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
    )


def visit_details(db: Database, uuids: Sequence[str]) -> list[VisitDetail]:
    """Several visits at once (the visit pack), in the order given."""
    with db.reading() as s:
        visits = {v.uuid: v for v in s.execute(select(Visit).where(Visit.uuid.in_(list(uuids)))).scalars()}
        return [_detail(s, visits[u]) for u in uuids if u in visits]


def kind_for_new_plan(db: Database, account_uuid: str) -> VisitKind:
    with db.reading() as s:
        account_id = s.execute(select(Account.id).where(Account.uuid == account_uuid)).scalar_one_or_none()
        if account_id is None:
            return VisitKind.NEW
        return _suggested_kind(s, account_id)


def default_start(day: date, hour: int = 9, tz: tzinfo | None = None) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=tz or local_tz())


def end_or_default_detail(v: VisitDetail) -> datetime:
    """The visit's end, or an hour after its start when the plan has none."""
    from kamdesk.domain.visit_plan import end_or_default

    return end_or_default(v.starts_at, v.ends_at)
