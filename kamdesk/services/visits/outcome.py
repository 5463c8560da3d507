"""Visits: log a visit's outcome (attitudes, commitments, contact log,
next visit) and keep commitments. Every write is one transaction."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.stakeholders import AttitudeLevel
from kamdesk.domain.visits import ContactWay, Side, VisitKind, VisitStatus, time_text
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.accounts.touch import touch_account
from kamdesk.services.changes import Changes, Result
from kamdesk.services.visits.common import (
    CommitmentInput,
    OutcomeInput,
    _clean,
    _level_code,
    _stakeholder_for,
    _visit,
    local_date,
    local_tz,
    refresh_next_visit,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    AttitudeChange,
    Commitment,
    Contact,
    ContactLog,
    Rep,
    Stakeholder,
    Visit,
    VisitAttendee,
)
from kamdesk.store.types import utcnow


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
    levels = _checked_levels(inp, zh)
    with db.transaction() as s:
        visit = _visit(s, uuid)
        _check_and_move_to_held_day(visit, inp, local_date(now, tz), tz, zh)
        account = s.get(Account, visit.account_id)
        assert account is not None
        attendees = list(s.execute(select(VisitAttendee).where(VisitAttendee.visit_id == visit.id)).scalars())
        _record_attitudes(s, visit, attendees, levels, inp)
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
                    due_time=time_text(c.due_time) if c.due_on else None,
                )
            )
        visit.outcome = inp.outcome.strip()
        visit.objective_met = inp.objective_met.code if inp.objective_met else None
        visit.next_visit_on = inp.next_visit_on
        visit.logged_at = now
        visit.status = VisitStatus.DONE
        _log_contact(s, visit, attendees, inp, zh)
        touch_account(s, visit.account_id, visit.starts_at, visited_on=local_date(visit.starts_at, tz))
        next_uuid: str | None = None
        if inp.plan_next_visit and inp.next_visit_on is not None:
            next_uuid = _plan_next_visit(s, visit, attendees, inp.next_visit_on, tz)
        refresh_next_visit(s, visit.account_id, tz)
        uuids = (visit.uuid, account.uuid) + ((next_uuid,) if next_uuid else ())
        return Result(
            next_uuid,
            Changes.of("visit", "account", "contact_log", "stakeholder", "commitment", uuids=uuids),
        )


def _checked_levels(inp: OutcomeInput, zh: bool) -> dict[str, AttitudeLevel]:
    """The attitude level given per contact uuid; ValidationError for anything missing or wrong."""
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
    return levels


def _check_and_move_to_held_day(
    visit: Visit, inp: OutcomeInput, today: date, tz: tzinfo | None, zh: bool
) -> None:
    """Refuse a visit that cannot be logged; move it to the day it was held when given."""
    if visit.status is VisitStatus.CANCELLED:
        raise UserError("this visit was cancelled; restore it before logging its outcome")
    if visit.status is VisitStatus.DONE:
        raise UserError("this visit's outcome is already logged")
    if inp.held_on is not None:
        if inp.held_on > today:
            raise ValidationError(
                {"held_on": "拜访日期不能晚于今天" if zh else "the visit cannot have taken place after today"}
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


def _record_attitudes(
    s: Session,
    visit: Visit,
    attendees: list[VisitAttendee],
    levels: dict[str, AttitudeLevel],
    inp: OutcomeInput,
) -> None:
    """Each attendee's attitude after the visit; the stakeholder's current attitude
    and an ``AttitudeChange`` when it moved. Someone who joined on the day is added."""
    contacts = {c.uuid: c for c in s.execute(select(Contact).where(Contact.uuid.in_(list(levels)))).scalars()}
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


def _log_contact(
    s: Session, visit: Visit, attendees: list[VisitAttendee], inp: OutcomeInput, zh: bool
) -> None:
    """The contact-log entry of the visit (way: visit), our commitments as its next step."""
    ours = [a.name for a in attendees if a.side is Side.US and a.name]
    theirs = [a for a in attendees if a.side is Side.THEM]
    rep = s.get(Rep, visit.rep_id) if visit.rep_id else None
    our_names = ours or ([rep.name] if rep else [])
    next_parts = [
        f"{'我方' if zh else 'Us'}: {c.text.strip()}"
        + (f" ({c.due_on} {time_text(c.due_time) or ''})".replace(" )", ")") if c.due_on else "")
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


def _plan_next_visit(
    s: Session, visit: Visit, attendees: list[VisitAttendee], on: date, tz: tzinfo | None
) -> str:
    """The next visit on ``on`` at the same local time, with the same attendees; its uuid."""
    zone = tz or local_tz()
    local_start = visit.starts_at.astimezone(zone)
    start = datetime.combine(on, local_start.timetz().replace(tzinfo=None), tzinfo=zone)
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
        objective_kinds=visit.objective_kinds,
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
    return nxt.uuid


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
            due_time=time_text(inp.due_time) if inp.due_on else None,
        )
        s.add(c)
        s.flush()
        return Result(c.uuid, Changes.of("commitment", uuids=(c.uuid,)))
