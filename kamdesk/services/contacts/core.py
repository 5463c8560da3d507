"""Contacts (联系人): the seed's contact information form — work, personal,
family and social ties, career — per account and across all accounts, with
reports-to (same account, no cycles). Lists and counts live in
:mod:`kamdesk.services.contacts.query`.

Personal fields (``PRIVATE_CONTACT_FIELDS``) stay on the laptop: exports leave
them out unless the user chooses otherwise, and ``is_private`` contacts are
left out of exports altogether by default (see :mod:`kamdesk.services.exchange.exports`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.stakeholders import Personality
from kamdesk.domain.text import initials, sort_key
from kamdesk.domain.visits import Gender
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Contact
from kamdesk.store.search import reindex_accounts

#: Free-text fields of the form and their length limits.
_TEXT_FIELDS: dict[str, int] = {
    "title": 80,
    "department": 80,
    "working_hours": 120,
    "specialty": 4000,
    "achievements": 4000,
    "career_history": 4000,
    "native_place": 80,
    "schools": 4000,
    "personality_notes": 4000,
    "interests": 4000,
    "travel_habits": 4000,
    "spouse": 4000,
    "parents": 4000,
    "children": 4000,
    "siblings": 4000,
    "classmates": 4000,
    "friends": 4000,
    "rivals": 4000,
    "colleagues": 4000,
    "notes": 20000,
    # the rest of 客户信息收集表 (seed 002)
    "professional_title": 80,
    "professional_rank": 80,
    "subordinates_text": 4000,
    "employer_1": 200,
    "employer_2": 200,
    "employer_3": 200,
    "home_address": 300,
    "primary_school": 200,
    "middle_school": 200,
    "university": 200,
    "graduate_school": 200,
    "cousins": 4000,
    "uncles": 4000,
}


@dataclass(frozen=True)
class ContactInput:
    """Every field of the contact form. ``uuid`` None adds a contact to
    ``account_uuid``. Dates and codes may be text (checked on save)."""

    account_uuid: str
    name: str
    uuid: str | None = None
    gender: Gender | str | None = None
    title: str | None = None
    department: str | None = None
    reports_to_uuid: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None
    working_hours: str | None = None
    specialty: str | None = None
    achievements: str | None = None
    career_history: str | None = None
    birthday: date | str | None = None
    birth_year: int | str | None = None
    native_place: str | None = None
    schools: str | None = None
    personality: Personality | str | None = None
    personality_notes: str | None = None
    interests: str | None = None
    travel_habits: str | None = None
    spouse: str | None = None
    parents: str | None = None
    children: str | None = None
    siblings: str | None = None
    classmates: str | None = None
    friends: str | None = None
    rivals: str | None = None
    colleagues: str | None = None
    notes: str | None = None
    is_private: bool = False
    professional_title: str | None = None
    professional_rank: str | None = None
    subordinates_text: str | None = None
    employer_1: str | None = None
    employer_2: str | None = None
    employer_3: str | None = None
    home_address: str | None = None
    primary_school: str | None = None
    middle_school: str | None = None
    university: str | None = None
    graduate_school: str | None = None
    cousins: str | None = None
    uncles: str | None = None


@dataclass(frozen=True)
class ContactDetail:
    """One contact with every field (flat, as the form binds them)."""

    uuid: str
    account_uuid: str
    account_name: str
    name: str
    gender: Gender | None
    title: str | None
    department: str | None
    reports_to_uuid: str | None
    reports_to_name: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    working_hours: str | None
    specialty: str | None
    achievements: str | None
    career_history: str | None
    birthday: date | None
    birth_year: int | None
    age: int | None
    native_place: str | None
    schools: str | None
    personality: Personality | None
    personality_notes: str | None
    interests: str | None
    travel_habits: str | None
    spouse: str | None
    parents: str | None
    children: str | None
    siblings: str | None
    classmates: str | None
    friends: str | None
    rivals: str | None
    colleagues: str | None
    notes: str | None
    professional_title: str | None
    professional_rank: str | None
    subordinates_text: str | None
    employer_1: str | None
    employer_2: str | None
    employer_3: str | None
    home_address: str | None
    primary_school: str | None
    middle_school: str | None
    university: str | None
    graduate_school: str | None
    cousins: str | None
    uncles: str | None
    is_private: bool
    archived: bool
    created_at: datetime
    updated_at: datetime
    subordinates: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (uuid, name)

    def to_input(self) -> ContactInput:
        names = {f.name for f in fields(ContactInput)}
        return ContactInput(**{n: getattr(self, n) for n in names})


def _age(birthday: date | None, birth_year: int | None, today: date) -> int | None:
    if birthday is not None:
        return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
    if birth_year is not None:
        return today.year - birth_year
    return None


def get_contact(db: Database, uuid: str) -> ContactDetail:
    with db.reading() as s:
        c = s.scalar(select(Contact).where(Contact.uuid == uuid))
        if c is None:
            raise UserError("that contact no longer exists (it may have been deleted)")
        acc_uuid, acc_name = s.execute(
            select(Account.uuid, Account.name).where(Account.id == c.account_id)
        ).one()
        boss = (
            s.execute(select(Contact.uuid, Contact.name).where(Contact.id == c.reports_to_id)).first()
            if c.reports_to_id
            else None
        )
        subs = tuple(
            (u, n)
            for u, n in s.execute(
                select(Contact.uuid, Contact.name)
                .where(Contact.reports_to_id == c.id)
                .order_by(Contact.sort_key)
            )
        )
        values = {
            f.name: getattr(c, f.name)
            for f in fields(ContactDetail)
            if f.name
            not in (
                "account_uuid",
                "account_name",
                "reports_to_uuid",
                "reports_to_name",
                "age",
                "subordinates",
            )
        }
        return ContactDetail(
            **values,
            account_uuid=acc_uuid,
            account_name=acc_name,
            reports_to_uuid=boss[0] if boss else None,
            reports_to_name=boss[1] if boss else None,
            age=_age(c.birthday, c.birth_year, clock.today()),
            subordinates=subs,
        )


# --- writing ------------------------------------------------------------------


def check_contact(data: ContactInput, errors: fieldcheck.Errors) -> dict[str, Any]:
    """Typed values of the form; messages go to ``errors``."""
    v: dict[str, Any] = {
        "name": fieldcheck.text(errors, "name", data.name, max_len=80, required=True),
        "gender": fieldcheck.code(errors, "gender", data.gender, Gender),
        "personality": fieldcheck.code(errors, "personality", data.personality, Personality),
        "phone": fieldcheck.phone(errors, "phone", data.phone),
        "mobile": fieldcheck.phone(errors, "mobile", data.mobile),
        "email": fieldcheck.email(errors, "email", data.email),
        "birthday": fieldcheck.a_date(errors, "birthday", data.birthday, not_future=True),
        "birth_year": fieldcheck.integer(
            errors, "birth_year", data.birth_year, minimum=1900, maximum=clock.today().year
        ),
        "is_private": bool(data.is_private),
    }
    for name, max_len in _TEXT_FIELDS.items():
        v[name] = fieldcheck.text(errors, name, getattr(data, name), max_len=max_len)
    if v["birthday"] is not None:
        v["birthday_md"] = v["birthday"].strftime("%m-%d")
        if v["birth_year"] is None:
            v["birth_year"] = v["birthday"].year
        elif v["birth_year"] != v["birthday"].year and "birth_year" not in errors:
            errors["birth_year"] = "does not match the birthday's year"
    else:
        v["birthday_md"] = None
    return v


def _would_cycle(s: Session, contact_id: int, boss_id: int) -> bool:
    """True if ``boss_id`` reports (directly or not) to ``contact_id``."""
    seen: set[int] = set()
    current: int | None = boss_id
    while current is not None and current not in seen:
        if current == contact_id:
            return True
        seen.add(current)
        current = s.scalar(select(Contact.reports_to_id).where(Contact.id == current))
    return False


def save_contact(db: Database, data: ContactInput) -> Result[str]:
    """Add or update a contact; returns its uuid. Reports-to must be another
    contact of the same account and must not make a loop."""
    errors: fieldcheck.Errors = {}
    values = check_contact(data, errors)
    with db.transaction() as s:
        account = s.execute(select(Account.id, Account.uuid).where(Account.uuid == data.account_uuid)).first()
        if account is None:
            raise UserError("that account no longer exists (it may have been deleted)")
        account_id = account[0]
        contact: Contact | None = None
        if data.uuid:
            contact = s.scalar(select(Contact).where(Contact.uuid == data.uuid))
            if contact is None:
                raise UserError("that contact no longer exists (it may have been deleted)")
        old_account_id = contact.account_id if contact else None
        boss_id: int | None = None
        if data.reports_to_uuid:
            boss = s.execute(
                select(Contact.id, Contact.account_id).where(Contact.uuid == data.reports_to_uuid)
            ).first()
            if boss is None:
                errors["reports_to_uuid"] = "that superior no longer exists"
            elif boss[1] != account_id:
                errors["reports_to_uuid"] = "the superior must work at the same account"
            elif contact is not None and (boss[0] == contact.id or _would_cycle(s, contact.id, boss[0])):
                errors["reports_to_uuid"] = (
                    "this would make a reporting loop (someone would report to themselves)"
                )
            else:
                boss_id = boss[0]
        if errors:
            raise ValidationError(errors)
        if contact is None:
            contact = Contact(account_id=account_id, name=values["name"])
            s.add(contact)
        contact.account_id = account_id
        for key, value in values.items():
            setattr(contact, key, value)
        contact.reports_to_id = boss_id
        if old_account_id is not None and old_account_id != account_id:
            # moved to another account: people at the old one no longer report to them
            s.execute(update(Contact).where(Contact.reports_to_id == contact.id).values(reports_to_id=None))
        contact.sort_key = sort_key(contact.name)
        contact.initials = initials(contact.name)
        s.flush()
        touched = {account_id} | ({old_account_id} if old_account_id else set())
        reindex_accounts(s, touched)
        return Result(contact.uuid, Changes.of("contact", "account", uuids=(contact.uuid, account[1])))


def delete_contact(db: Database, uuid: str) -> Result[str]:
    """Delete a contact; those who reported to them keep no superior, the
    contact log keeps its entries (the person's name and title are on them)."""
    with db.transaction() as s:
        c = s.scalar(select(Contact).where(Contact.uuid == uuid))
        if c is None:
            raise UserError("that contact no longer exists (it may have been deleted)")
        account_id = c.account_id
        acc_uuid = s.scalar(select(Account.uuid).where(Account.id == account_id))
        s.execute(update(Contact).where(Contact.reports_to_id == c.id).values(reports_to_id=None))
        s.delete(c)
        s.flush()
        reindex_accounts(s, [account_id])
        return Result(uuid, Changes.of("contact", "account", uuids=(uuid, acc_uuid or "")))


def archive_contact(db: Database, uuid: str, archived: bool = True) -> Result[str]:
    with db.transaction() as s:
        c = s.scalar(select(Contact).where(Contact.uuid == uuid))
        if c is None:
            raise UserError("that contact no longer exists (it may have been deleted)")
        c.archived = archived
        return Result(uuid, Changes.of("contact", uuids=(uuid,)))
