"""Visits: pickers, validation, and the plan use cases — plan, update,
reschedule, cancel and restore a visit. Every write is one transaction."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.grading import DealStatus
from kamdesk.domain.stakeholders import man_guidance
from kamdesk.domain.visit_plan import (
    AttendeeCheck,
    PlanCheck,
    check_plan,
    fab_to_json,
    objections_to_json,
    resources_to_json,
    shift_keeping_duration,
    spin_to_json,
)
from kamdesk.domain.visits import Side, VisitKind, VisitStatus, kinds_to_text
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.visits.common import (
    AttendeeInput,
    Choice,
    Saved,
    VisitInput,
    _clean,
    _level_code,
    _me_rep_id,
    _stakeholder_for,
    _suggested_kind,
    _visit,
    local_tz,
    refresh_next_visit,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Contact,
    Opportunity,
    OurPerson,
    Visit,
    VisitAttendee,
)
from kamdesk.store.types import utcnow

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
    warnings = dict(check.warnings)
    stop = stop_contact_warning(account, lang) if account is not None else None
    if stop:
        warnings["account"] = stop
    return PlanCheck(merged, warnings), account, opportunity, resolved


def stop_contact_warning(account: Account, lang: str = "en") -> str | None:
    """The seed's m+a+n outcome (非客户，停止接触) for a prospect whose MAN is
    all absent; None for a closed customer or one not (fully) assessed."""
    if account.deal_status is DealStatus.CLOSED:
        return None
    factors = (account.man_money, account.man_authority, account.man_need)
    if any(f is None for f in factors):
        return None
    guidance = man_guidance(*(bool(f) for f in factors))
    if guidance.is_prospect:
        return None
    if lang.startswith("zh"):
        return f"MAN原则 {guidance.code}：{guidance.zh}"
    return f"MAN {guidance.code}: {guidance.en}"


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
    kinds = inp.all_objective_kinds()
    visit.objective_kind = kinds[0] if kinds else None
    visit.objective_kinds = kinds_to_text(kinds)
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
            kind=inp.kind or _suggested_kind(s, account.id, before=inp.starts_at),
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


def kind_for_new_plan(db: Database, account_uuid: str) -> VisitKind:
    with db.reading() as s:
        account_id = s.execute(select(Account.id).where(Account.uuid == account_uuid)).scalar_one_or_none()
        if account_id is None:
            return VisitKind.NEW
        return _suggested_kind(s, account_id)


def default_start(day: date, hour: int = 9, tz: tzinfo | None = None) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=tz or local_tz())
