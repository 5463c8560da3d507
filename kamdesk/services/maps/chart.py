"""The org chart of a stakeholder map: who a person may report to (same
account, no loop), and where each box sits on the canvas."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kamdesk.domain.map_validation import reports_to_cycle
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.maps.common import resolve_ref
from kamdesk.store.db import Database
from kamdesk.store.models import Contact, Stakeholder
from kamdesk.store.types import utcnow


def _parents(s: Session, account_id: int) -> dict[int, int | None]:
    return {
        cid: boss
        for cid, boss in s.execute(
            select(Contact.id, Contact.reports_to_id).where(Contact.account_id == account_id)
        ).all()
    }


def _check_cycle(s: Session, contact: Contact, boss: Contact | None, errors: dict[str, str]) -> None:
    if boss is None:
        return
    if boss.account_id != contact.account_id:
        errors["reports_to"] = "the superior must work at the same account"
        return
    parents = {
        str(k): (str(v) if v is not None else None) for k, v in _parents(s, contact.account_id).items()
    }
    loop = reports_to_cycle(parents, str(contact.id), str(boss.id))
    if loop:
        names = dict(
            s.execute(select(Contact.id, Contact.name).where(Contact.id.in_([int(i) for i in loop]))).all()
        )
        chain = " → ".join(names.get(int(i), "?") for i in loop)
        errors["reports_to"] = f"reporting lines would go round in a circle: {chain}"


def _boss_for(s: Session, reports_to: str | None) -> Contact | None:
    """``reports_to`` is a stakeholder uuid (a box on the map) or a contact uuid."""
    if reports_to is None:
        return None
    boss = s.scalar(
        select(Contact)
        .join(Stakeholder, Stakeholder.contact_id == Contact.id)
        .where(Stakeholder.uuid == reports_to)
    )
    if boss is None:
        boss = s.scalar(select(Contact).where(Contact.uuid == reports_to))
    if boss is None:
        raise UserError("the chosen superior is no longer on file; refresh the map")
    return boss


def save_positions(db: Database, positions: Mapping[str, tuple[float, float]]) -> Result[int]:
    """Store canvas positions (stakeholder uuid → (x, y)); returns how many were saved."""
    if not positions:
        return Result(0)
    with db.transaction() as s:
        ids = dict(
            s.execute(
                select(Stakeholder.uuid, Stakeholder.id).where(Stakeholder.uuid.in_(list(positions)))
            ).all()
        )
        rows = [
            {"id": ids[u], "map_x": float(x), "map_y": float(y), "updated_at": utcnow()}
            for u, (x, y) in positions.items()
            if u in ids
        ]
        if rows:
            s.execute(update(Stakeholder), rows)
    # positions are layout only: no other view needs to refresh
    return Result(len(rows))


def clear_positions(db: Database, map_uuid: str) -> Result[int]:
    """Forget the arrangement: the map is laid out automatically again."""
    with db.transaction() as s:
        ref = resolve_ref(s, map_uuid)
        ids = list(s.scalars(select(Stakeholder.id).where(*ref.stakeholder_filter())))
        if ids:
            s.execute(update(Stakeholder).where(Stakeholder.id.in_(ids)).values(map_x=None, map_y=None))
    return Result(len(ids), Changes.of("stakeholder", uuids=(map_uuid,)))
