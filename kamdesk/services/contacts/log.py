"""The contact log (联络记录): way, our person, time, their person and title,
content, next step, category. Logging keeps the account's ``last_touch_at``
current in the same transaction (``touch_account``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain import field_rules
from kamdesk.domain.visits import ContactCategory, ContactWay, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.accounts.touch import touch_account
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Contact, ContactLog, Rep


@dataclass(frozen=True)
class ContactLogInput:
    """One entry. ``contact_uuid`` links their person to a contact of the
    account (their name and title are filled from it when left blank)."""

    account_uuid: str
    at: datetime
    way: ContactWay | str = ContactWay.PHONE
    category: ContactCategory | str = ContactCategory.ROUTINE
    our_person: str | None = None
    contact_uuid: str | None = None
    their_person: str | None = None
    their_title: str | None = None
    content: str | None = None
    next_step: str | None = None
    rep_uuid: str | None = None  # None: the laptop's own rep
    uuid: str | None = None  # None: a new entry


@dataclass(frozen=True)
class LogEntry:
    uuid: str
    account_uuid: str
    at: datetime
    way: ContactWay
    category: ContactCategory
    our_person: str | None
    contact_uuid: str | None
    their_person: str | None
    their_title: str | None
    content: str | None
    next_step: str | None
    rep_name: str | None


def _check(s: Session, data: ContactLogInput) -> tuple[dict[str, object], int, int | None, int | None]:
    errors: fieldcheck.Errors = {}
    way = fieldcheck.code(errors, "way", data.way, ContactWay)
    category = fieldcheck.code(errors, "category", data.category, ContactCategory)
    if way is None and "way" not in errors:
        errors["way"] = "required"
    if not isinstance(data.at, datetime):
        errors["at"] = "required"
    elif data.at.tzinfo is None:
        errors["at"] = "the time needs a time zone"
    else:
        # the same rule as a contact log coming in from a bundle or a submission
        problem = field_rules.record_problems(
            "contact_log", {"at": data.at}, today=clock.today(), zone=clock.zone()
        ).get("at")
        if problem:
            errors["at"] = problem
    values: dict[str, object] = {
        "way": way,
        "category": category or ContactCategory.ROUTINE,
        "at": data.at,
        "our_person": fieldcheck.text(errors, "our_person", data.our_person, max_len=80),
        "their_person": fieldcheck.text(errors, "their_person", data.their_person, max_len=80),
        "their_title": fieldcheck.text(errors, "their_title", data.their_title, max_len=80),
        "content": fieldcheck.text(errors, "content", data.content, max_len=20000),
        "next_step": fieldcheck.text(errors, "next_step", data.next_step, max_len=4000),
    }
    account_id = s.scalar(select(Account.id).where(Account.uuid == data.account_uuid))
    if account_id is None:
        raise UserError("that account no longer exists (it may have been deleted)")
    contact_id: int | None = None
    if data.contact_uuid:
        found = s.execute(
            select(Contact.id, Contact.account_id, Contact.name, Contact.title).where(
                Contact.uuid == data.contact_uuid
            )
        ).first()
        if found is None or found[1] != account_id:
            errors["contact_uuid"] = "pick a contact of this account"
        else:
            contact_id = found[0]
            values["their_person"] = values["their_person"] or found[2]
            values["their_title"] = values["their_title"] or found[3]
    if not values["content"] and not values["next_step"]:
        errors["content"] = "say what was discussed (or the next step)"
    rep_id: int | None = None
    if data.rep_uuid:
        rep_id = s.scalar(select(Rep.id).where(Rep.uuid == data.rep_uuid))
        if rep_id is None:
            errors["rep_uuid"] = "unknown rep"
    else:
        from kamdesk.services.me import ensure_my_rep_id

        rep_id = ensure_my_rep_id(s)
    if errors:
        raise ValidationError(errors)
    if not values["our_person"] and rep_id is not None:
        values["our_person"] = s.scalar(select(Rep.name).where(Rep.id == rep_id))
    return values, account_id, contact_id, rep_id


def log_contact(db: Database, data: ContactLogInput) -> Result[str]:
    """Add an entry and touch the account (its last contact time)."""
    with db.transaction() as s:
        values, account_id, contact_id, rep_id = _check(s, data)
        entry = ContactLog(account_id=account_id, contact_id=contact_id, rep_id=rep_id, **values)
        s.add(entry)
        s.flush()
        touch_account(s, account_id, data.at)
        return Result(entry.uuid, Changes.of("contact_log", "account", uuids=(entry.uuid, data.account_uuid)))


def _recompute_last_touch(s: Session, account_id: int) -> None:
    """After an edit or delete, the account's last touch is the latest entry
    (visits touch it too and are never earlier than what they set)."""
    from kamdesk.store.models import Visit

    latest_log = s.scalar(select(func.max(ContactLog.at)).where(ContactLog.account_id == account_id))
    latest_visit = s.scalar(
        select(func.max(Visit.starts_at)).where(
            Visit.account_id == account_id, Visit.status == VisitStatus.DONE
        )
    )
    acc = s.get(Account, account_id)
    if acc is None:
        return
    candidates = [t for t in (latest_log, latest_visit) if t is not None]
    acc.last_touch_at = max(candidates) if candidates else None


def edit_log(db: Database, data: ContactLogInput) -> Result[str]:
    if not data.uuid:
        raise UserError("no entry to edit")
    with db.transaction() as s:
        entry = s.scalar(select(ContactLog).where(ContactLog.uuid == data.uuid))
        if entry is None:
            raise UserError("that entry no longer exists (it may have been deleted)")
        values, account_id, contact_id, rep_id = _check(s, data)
        if account_id != entry.account_id:
            raise ValidationError({"account_uuid": "an entry cannot move to another account"})
        for key, value in values.items():
            setattr(entry, key, value)
        entry.contact_id = contact_id
        entry.rep_id = rep_id if data.rep_uuid else entry.rep_id
        s.flush()
        _recompute_last_touch(s, account_id)
        return Result(entry.uuid, Changes.of("contact_log", "account", uuids=(entry.uuid, data.account_uuid)))


def delete_log(db: Database, uuid: str) -> Result[str]:
    with db.transaction() as s:
        entry = s.scalar(select(ContactLog).where(ContactLog.uuid == uuid))
        if entry is None:
            raise UserError("that entry no longer exists (it may have been deleted)")
        account_id = entry.account_id
        acc_uuid = s.scalar(select(Account.uuid).where(Account.id == account_id)) or ""
        s.delete(entry)
        s.flush()
        _recompute_last_touch(s, account_id)
        return Result(uuid, Changes.of("contact_log", "account", uuids=(uuid, acc_uuid)))


def list_log(db: Database, account_uuid: str, offset: int = 0, limit: int = 50) -> list[LogEntry]:
    """The account's timeline, newest first."""
    with db.reading() as s:
        account_id = s.scalar(select(Account.id).where(Account.uuid == account_uuid))
        if account_id is None:
            raise UserError("that account no longer exists (it may have been deleted)")
        q = (
            select(
                ContactLog.uuid,
                ContactLog.at,
                ContactLog.way,
                ContactLog.category,
                ContactLog.our_person,
                Contact.uuid,
                ContactLog.their_person,
                ContactLog.their_title,
                ContactLog.content,
                ContactLog.next_step,
                Rep.name,
            )
            .outerjoin(Contact, Contact.id == ContactLog.contact_id)
            .outerjoin(Rep, Rep.id == ContactLog.rep_id)
            .where(ContactLog.account_id == account_id)
            .order_by(ContactLog.at.desc(), ContactLog.id.desc())
            .offset(max(0, offset))
            .limit(max(0, limit))
        )
        return [
            LogEntry(u, account_uuid, at, w, c, op, cu, tp, tt, co, ns, rn)
            for u, at, w, c, op, cu, tp, tt, co, ns, rn in s.execute(q)
        ]


def count_log(db: Database, account_uuid: str) -> int:
    with db.reading() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(ContactLog)
                .join(Account, Account.id == ContactLog.account_id)
                .where(Account.uuid == account_uuid)
            )
            or 0
        )
