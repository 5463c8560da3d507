"""What is private, and what may leave the laptop: the one rule every output asks.

Private are (a) the personal, family and social fields of every contact
(``PRIVATE_CONTACT_FIELDS``) and (b) the whole of a contact marked
``is_private`` — their name, title and every snapshot of their name kept in
other rows (``visit_attendee.name``, ``contact_log.their_person``), old names
included. Nothing private is written to a file (PDF, PNG, ``.ics``, vCard,
CSV/XLSX, JSON bundle, ``.kamsub``) unless the user asked for it in that
export (``include_private``); on screen, on the rep's own laptop, all is shown.

The table-level part of the rule (which columns, which rows of a dump) lives
in :mod:`kamdesk.store.privacy` so that the JSON bundle below this layer can
apply it; this module adds what an output needs from a session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from kamdesk.domain.visits import Side
from kamdesk.store.db import Database
from kamdesk.store.models import Contact, ContactLog, VisitAttendee
from kamdesk.store.privacy import NAME_SNAPSHOTS, PRIVATE_FIELDS, keep_on_update, public_record

if TYPE_CHECKING:  # the views are only replaced here; importing them would tie the services in a knot
    from kamdesk.services.visits.common import CommitmentView, ContactLogView, KeyPerson, VisitDetail
    from kamdesk.services.visits.sheet import PlanSheet


@dataclass(frozen=True)
class Privacy:
    """The private contacts of a store, as one output sees them."""

    include_private: bool
    contact_ids: frozenset[int] = field(default_factory=frozenset)
    contact_uuids: frozenset[str] = field(default_factory=frozenset)
    #: their names now and in every snapshot that points at them
    names: frozenset[str] = field(default_factory=frozenset)

    def hides_contact(self, contact_id: int | None = None, *, uuid: str | None = None) -> bool:
        if self.include_private:
            return False
        return (contact_id is not None and contact_id in self.contact_ids) or (
            uuid is not None and uuid in self.contact_uuids
        )

    def hides_name(self, name: str | None) -> bool:
        """A bare name (a row with no link left) that is one of a private contact's."""
        return not self.include_private and bool(name) and name in self.names

    def hides(self, contact_id: int | None, name: str | None) -> bool:
        return self.hides_contact(contact_id) or self.hides_name(name)

    def contact_fields(self, fields: Iterable[str]) -> tuple[str, ...]:
        return contact_fields(fields, self.include_private)


SHOW_ALL = Privacy(include_private=True)


def contact_fields(fields: Iterable[str], include_private: bool) -> tuple[str, ...]:
    """``fields`` less the private ones, unless private data was asked for."""
    if include_private:
        return tuple(fields)
    return tuple(f for f in fields if f not in PRIVATE_FIELDS)


#: "= 1", the term of the partial index ix_contact_private ("IS 1" is not)
_PRIVATE = Contact.is_private == true()


def privacy_of(session: Session, include_private: bool) -> Privacy:
    """The rule for one output made in ``session`` (private contacts are few: one small query)."""
    if include_private:
        return SHOW_ALL
    rows = session.execute(
        select(Contact.id, Contact.uuid, Contact.name).where(_PRIVATE)
    ).all()
    if not rows:
        return Privacy(False)
    ids = frozenset(r.id for r in rows)
    names = {r.name for r in rows}
    # the private ids as a subquery, not a bound list: a team's store has
    # thousands, and expanding them into the SQL cost seconds per output
    private = select(Contact.id).where(_PRIVATE)
    names.update(
        session.scalars(
            select(VisitAttendee.name).where(VisitAttendee.contact_id.in_(private)).distinct()
        ).all()
    )
    names.update(
        session.scalars(
            select(ContactLog.their_person).where(ContactLog.contact_id.in_(private)).distinct()
        ).all()
    )
    names.discard("")
    return Privacy(False, ids, frozenset(r.uuid for r in rows), frozenset(names))


def public_visit(visit: VisitDetail, privacy: Privacy) -> VisitDetail:
    """The visit without private attendees (by link, or by a name once theirs);
    its key persons without the private ones and without their personality
    (a personal trait: 个性信息 of the seed's form)."""
    if privacy.include_private:
        return visit
    kept = tuple(
        a
        for a in visit.attendees
        if not (
            privacy.hides_contact(uuid=a.contact_uuid) or (a.side is Side.THEM and privacy.hides_name(a.name))
        )
    )
    persons = tuple(
        replace(p, personality=None)
        for p in visit.key_persons
        if not privacy.hides_contact(uuid=p.contact_uuid)
    )
    return replace(visit, attendees=kept, key_persons=persons)


def public_people(people: Iterable[KeyPerson], privacy: Privacy) -> tuple[KeyPerson, ...]:
    return tuple(p for p in people if not privacy.hides_contact(uuid=p.contact_uuid))


def public_logs(logs: Iterable[ContactLogView], privacy: Privacy) -> tuple[ContactLogView, ...]:
    """Contact-log entries with a private contact keep the call, not the person."""
    return tuple(
        replace(c, their_person=None, their_title=None) if privacy.hides_name(c.their_person) else c
        for c in logs
    )


def public_commitments(items: Iterable[CommitmentView], privacy: Privacy) -> tuple[CommitmentView, ...]:
    return tuple(replace(c, owner=None) if privacy.hides_name(c.owner) else c for c in items)


def public_sheet(sheet: PlanSheet, privacy: Privacy) -> PlanSheet:
    kept = tuple(i for i in sheet.influencers if not privacy.hides_name(i.name))
    return replace(sheet, influencers=kept) if len(kept) != len(sheet.influencers) else sheet


def load_privacy(db: Database, include_private: bool) -> Privacy:
    if include_private:
        return SHOW_ALL
    with db.reading() as s:
        return privacy_of(s, include_private)


__all__ = [
    "NAME_SNAPSHOTS",
    "PRIVATE_FIELDS",
    "SHOW_ALL",
    "Privacy",
    "contact_fields",
    "keep_on_update",
    "load_privacy",
    "privacy_of",
    "public_commitments",
    "public_logs",
    "public_people",
    "public_record",
    "public_sheet",
    "public_visit",
]
