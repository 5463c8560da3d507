"""Editing stakeholder maps: people, attitudes (with history), reports-to,
our people and their coverage. The person form and its checks live in
:mod:`kamdesk.services.maps.forms`, reporting lines and canvas positions in
:mod:`kamdesk.services.maps.chart`.

Every function validates first and raises :class:`ValidationError` (field →
message) or :class:`UserError` before anything is written; one use case is one
transaction. Import these from :mod:`kamdesk.services.maps`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.map_validation import parse_attitude
from kamdesk.domain.stakeholders import AttitudeLevel
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.changes import Changes, Result
from kamdesk.services.maps.chart import _boss_for, _check_cycle
from kamdesk.services.maps.common import MapRef, level_of, resolve_ref

# demo.py imports the two inputs from here
from kamdesk.services.maps.forms import ContactInput as ContactInput
from kamdesk.services.maps.forms import StakeholderInput as StakeholderInput
from kamdesk.services.maps.forms import (
    _apply,
    _apply_contact,
    _validate,
    _validate_contact,
    _weight_warnings,
)
from kamdesk.store.db import Database
from kamdesk.store.models import AttitudeChange, Contact, Coverage, OurPerson, Rep, Stakeholder, Visit
from kamdesk.store.types import utcnow

#: ``reports_to=KEEP`` leaves the superior as it is.
KEEP: Final = "keep"
ATTITUDE_SOURCES = ("manual", "visit", "import")


@dataclass(frozen=True)
class SaveOutcome:
    uuid: str
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ContactOption:
    uuid: str
    name: str
    title: str | None
    department: str | None


@dataclass(frozen=True)
class OurPersonRow:
    uuid: str
    name: str
    title: str | None
    rep_uuid: str | None
    coverage_count: int


def _record_attitude(
    s: Session,
    sh: Stakeholder,
    level: AttitudeLevel | None,
    *,
    source: str,
    note: str | None,
    visit_id: int | None,
    at: datetime | None,
) -> AttitudeChange | None:
    """Set the attitude and keep its history (the shared convention): one
    ``AttitudeChange`` row per actual change."""
    before = level_of(sh.attitude, sh.attitude_step)
    if level is None or (before is not None and before.code == level.code):
        return None
    sh.attitude = level.attitude
    sh.attitude_step = level.step
    change = AttitudeChange(
        stakeholder_id=sh.id,
        at=at or utcnow(),
        from_level=before.code if before else None,
        to_level=level.code,
        source=source,
        visit_id=visit_id,
        note=fieldcheck.clean(note),
    )
    s.add(change)
    return change


def _stakeholder(s: Session, uuid: str) -> tuple[Stakeholder, Contact]:
    row = s.execute(
        select(Stakeholder, Contact)
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(Stakeholder.uuid == uuid)
    ).first()
    if row is None:
        raise UserError("this person is no longer on the map; refresh it")
    return row[0], row[1]


# -- people on a map -----------------------------------------------------------------------------


def available_contacts(db: Database, map_uuid: str) -> list[ContactOption]:
    """The account's contacts not yet on this map (for "add person")."""
    with db.reading() as s:
        ref = resolve_ref(s, map_uuid)
        on_map = select(Stakeholder.contact_id).where(*ref.stakeholder_filter())
        rows = s.execute(
            select(Contact.uuid, Contact.name, Contact.title, Contact.department)
            .where(
                Contact.account_id == ref.account.id, Contact.archived.is_(False), Contact.id.not_in(on_map)
            )
            .order_by(Contact.sort_key)
        ).all()
    return [ContactOption(*row) for row in rows]


def add_stakeholder(
    db: Database,
    map_uuid: str,
    data: StakeholderInput,
    *,
    contact_uuid: str | None = None,
    new_contact: ContactInput | None = None,
    reports_to: str | None = None,
    at: datetime | None = None,
) -> Result[SaveOutcome]:
    """Put a person on the map of an opportunity or account: an existing
    contact of that account, or a new contact created in the same transaction."""
    errors: dict[str, str] = {}
    level = _validate(data, errors)
    if (contact_uuid is None) == (new_contact is None):
        errors["contact"] = "choose an existing contact or enter a new one"
    _validate_contact(new_contact, errors)
    with db.transaction() as s:
        ref = resolve_ref(s, map_uuid)
        contact = _existing_contact(s, ref, contact_uuid, errors) if contact_uuid is not None else None
        boss = _boss_for(s, reports_to) if reports_to is not None else None
        if boss is not None and boss.account_id != ref.account.id:
            errors["reports_to"] = "the superior must work at the same account"
        if contact is not None and boss is not None and "reports_to" not in errors:
            _check_cycle(s, contact, boss, errors)
        if errors:
            raise ValidationError(errors)
        changes = Changes.of("stakeholder")
        if contact is None:
            assert new_contact is not None
            contact = Contact(account_id=ref.account.id)
            _apply_contact(contact, new_contact)
            s.add(contact)
            changes = changes | Changes.of("contact")
        if boss is not None:
            contact.reports_to_id = boss.id
        s.flush()
        sh = Stakeholder(
            account_id=ref.account.id,
            opportunity_id=ref.opportunity.id if ref.opportunity else None,
            contact_id=contact.id,
        )
        s.add(sh)
        _apply(sh, contact, data)
        s.flush()
        _record_attitude(s, sh, level, source="manual", note=data.attitude_note, visit_id=None, at=at)
        warnings = _weight_warnings(s, sh)
        uuid = sh.uuid
        contact_uuid_out = contact.uuid
    return Result(
        SaveOutcome(uuid, warnings), changes | Changes.of("stakeholder", uuids=(uuid, contact_uuid_out))
    )


def _existing_contact(s: Session, ref: MapRef, contact_uuid: str, errors: dict[str, str]) -> Contact | None:
    """The contact to put on the map: on file, of the map's account, not on it yet."""
    contact = s.scalar(select(Contact).where(Contact.uuid == contact_uuid))
    if contact is None:
        errors["contact"] = "this contact is no longer on file"
    elif contact.account_id != ref.account.id:
        errors["contact"] = "this contact works at another account; add people of this account only"
    elif s.scalar(select(Stakeholder.id).where(Stakeholder.contact_id == contact.id, *_map_where(ref))):
        errors["contact"] = f"{contact.name} is already on this map"
    return contact


def _map_where(ref: MapRef) -> list[ColumnElement[bool]]:
    return ref.stakeholder_filter()


def update_stakeholder(
    db: Database,
    uuid: str,
    data: StakeholderInput,
    *,
    contact: ContactInput | None = None,
    reports_to: str | None = KEEP,
    at: datetime | None = None,
) -> Result[SaveOutcome]:
    """Save every field of one person; an attitude change is added to the
    history. Warns (does not refuse) when the map's weights stop adding to 100%."""
    errors: dict[str, str] = {}
    level = _validate(data, errors)
    _validate_contact(contact, errors)
    with db.transaction() as s:
        sh, person = _stakeholder(s, uuid)
        boss: Contact | None = None
        if reports_to != KEEP:
            boss = _boss_for(s, reports_to)
            if boss is not None and boss.id == person.id:
                errors["reports_to"] = "a person cannot report to themselves"
            else:
                _check_cycle(s, person, boss, errors)
        if errors:
            raise ValidationError(errors)
        _apply(sh, person, data)
        if contact is not None:
            _apply_contact(person, contact)
        if reports_to != KEEP:
            person.reports_to_id = boss.id if boss is not None else None
        s.flush()
        _record_attitude(s, sh, level, source="manual", note=data.attitude_note, visit_id=None, at=at)
        warnings = _weight_warnings(s, sh)
        contact_uuid = person.uuid
    return Result(
        SaveOutcome(uuid, warnings), Changes.of("stakeholder", "contact", uuids=(uuid, contact_uuid))
    )


def set_attitude(
    db: Database,
    stakeholder_uuid: str,
    level: str,
    *,
    source: str = "manual",
    note: str | None = None,
    visit_uuid: str | None = None,
    at: datetime | None = None,
) -> Result[bool]:
    """Set a person's attitude (e.g. "B+") and add it to their history.
    Returns False (and writes nothing) when it is already that attitude."""
    errors: dict[str, str] = {}
    try:
        parsed = parse_attitude(level)
    except ValueError as exc:
        errors["attitude"] = str(exc)
        parsed = None
    else:
        if parsed is None:
            errors["attitude"] = "attitude is empty; expected A–E with optional + or -"
    if source not in ATTITUDE_SOURCES:
        errors["source"] = f"unknown source {source!r}; expected one of {', '.join(ATTITUDE_SOURCES)}"
    if at is not None and at.tzinfo is None:
        errors["at"] = "the time must carry a time zone"
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        sh, _contact = _stakeholder(s, stakeholder_uuid)
        visit_id = None
        if visit_uuid is not None:
            visit_id = s.scalar(select(Visit.id).where(Visit.uuid == visit_uuid))
            if visit_id is None:
                raise ValidationError({"visit": "this visit is no longer on file"})
        change = _record_attitude(s, sh, parsed, source=source, note=note, visit_id=visit_id, at=at)
    return Result(
        change is not None, Changes.of("stakeholder", uuids=(stakeholder_uuid,)) if change else Changes()
    )


def set_reports_to(db: Database, stakeholder_uuid: str, superior_uuid: str | None) -> Result[None]:
    """Make one person report to another (a stakeholder uuid on the map, or a
    contact uuid of the same account); None removes the line. A loop is refused."""
    errors: dict[str, str] = {}
    with db.transaction() as s:
        _sh, person = _stakeholder(s, stakeholder_uuid)
        boss = _boss_for(s, superior_uuid)
        if boss is not None and boss.id == person.id:
            errors["reports_to"] = "a person cannot report to themselves"
        else:
            _check_cycle(s, person, boss, errors)
        if errors:
            raise ValidationError(errors)
        person.reports_to_id = boss.id if boss is not None else None
        contact_uuid = person.uuid
    return Result(None, Changes.of("stakeholder", "contact", uuids=(stakeholder_uuid, contact_uuid)))


def remove_stakeholder(db: Database, uuid: str) -> Result[None]:
    """Take a person off the map (the contact stays on file, with its history of
    attitudes removed with the map entry)."""
    with db.transaction() as s:
        sh, _contact = _stakeholder(s, uuid)
        s.execute(delete(AttitudeChange).where(AttitudeChange.stakeholder_id == sh.id))
        s.execute(delete(Coverage).where(Coverage.stakeholder_id == sh.id))
        s.delete(sh)
    return Result(None, Changes.of("stakeholder", uuids=(uuid,)))


# -- our people and coverage ---------------------------------------------------------------------


def list_our_people(db: Database, search: str = "") -> list[OurPersonRow]:
    cov = select(Coverage.our_person_id, func.count().label("n")).group_by(Coverage.our_person_id).subquery()
    stmt = (
        select(OurPerson.uuid, OurPerson.name, OurPerson.title, Rep.uuid, cov.c.n)
        .outerjoin(Rep, Rep.id == OurPerson.rep_id)
        .outerjoin(cov, cov.c.our_person_id == OurPerson.id)
        .order_by(OurPerson.name)
    )
    if search.strip():
        stmt = stmt.where(OurPerson.name.ilike(f"%{search.strip()}%"))
    with db.reading() as s:
        return [OurPersonRow(u, n, t, r, int(c or 0)) for u, n, t, r, c in s.execute(stmt).all()]


def save_our_person(
    db: Database, name: str, title: str | None = None, *, uuid: str | None = None, rep_uuid: str | None = None
) -> Result[str]:
    """Create (or, with ``uuid``, rename) one of our people drawn on the maps."""
    if not name.strip():
        raise ValidationError({"name": "a name is required"})
    with db.transaction() as s:
        rep_id = None
        if rep_uuid is not None:
            rep_id = s.scalar(select(Rep.id).where(Rep.uuid == rep_uuid))
            if rep_id is None:
                raise ValidationError({"rep": "this rep is no longer on file"})
        if uuid is None:
            person = OurPerson(name=name.strip(), title=fieldcheck.clean(title), rep_id=rep_id)
            s.add(person)
        else:
            found = s.scalar(select(OurPerson).where(OurPerson.uuid == uuid))
            if found is None:
                raise UserError("this person of ours is no longer on file")
            person = found
            person.name = name.strip()
            person.title = fieldcheck.clean(title)
            if rep_uuid is not None:
                person.rep_id = rep_id
        s.flush()
        out = person.uuid
    return Result(out, Changes.of("stakeholder", uuids=(out,)))


def delete_our_person(db: Database, uuid: str) -> Result[None]:
    with db.transaction() as s:
        person = s.scalar(select(OurPerson).where(OurPerson.uuid == uuid))
        if person is None:
            raise UserError("this person of ours is no longer on file")
        s.execute(delete(Coverage).where(Coverage.our_person_id == person.id))
        s.delete(person)
    return Result(None, Changes.of("stakeholder", uuids=(uuid,)))


def set_coverage(
    db: Database,
    our_person_uuid: str,
    stakeholder_uuid: str,
    *,
    strength: int | None = None,
    note: str | None = None,
) -> Result[str]:
    """One of our people covers a stakeholder (creates or updates the link)."""
    if strength is not None and not 1 <= strength <= 5:
        raise ValidationError({"strength": "closeness is 1 (slight) to 5 (very close)"})
    with db.transaction() as s:
        person_id = s.scalar(select(OurPerson.id).where(OurPerson.uuid == our_person_uuid))
        if person_id is None:
            raise UserError("this person of ours is no longer on file")
        sh, _contact = _stakeholder(s, stakeholder_uuid)
        cov = s.scalar(
            select(Coverage).where(Coverage.our_person_id == person_id, Coverage.stakeholder_id == sh.id)
        )
        if cov is None:
            cov = Coverage(our_person_id=person_id, stakeholder_id=sh.id)
            s.add(cov)
        cov.strength = strength
        cov.note = fieldcheck.clean(note)
        s.flush()
        out = cov.uuid
    return Result(out, Changes.of("stakeholder", uuids=(stakeholder_uuid,)))


def remove_coverage(db: Database, coverage_uuid: str) -> Result[None]:
    with db.transaction() as s:
        cov = s.scalar(select(Coverage).where(Coverage.uuid == coverage_uuid))
        if cov is None:
            return Result(None)
        s.delete(cov)
    return Result(None, Changes.of("stakeholder", uuids=(coverage_uuid,)))
