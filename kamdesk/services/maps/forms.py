"""The person form of a stakeholder map: what it holds, its checks, and
applying it to the stakeholder and the contact."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.insights import WEIGHT_TOLERANCE_PCT, WEIGHT_TOTAL_PCT
from kamdesk.domain.map_validation import parse_attitude, weight_error
from kamdesk.domain.stakeholders import (
    AttitudeLevel,
    BuyingRole,
    Personality,
    RelationshipKind,
    RelationshipLevel,
    Stance,
)
from kamdesk.domain.text import initials, sort_key
from kamdesk.services import fieldcheck
from kamdesk.store.models import Contact, Stakeholder


@dataclass(frozen=True)
class StakeholderInput:
    """Everything the map keeps about one person (personality is the contact's)."""

    role: BuyingRole | None = None
    attitude: str | None = None  # a code such as "B+"; blank: not rated
    stance: Stance = Stance.UNKNOWN
    influence_pct: float | None = None
    relationship_level: RelationshipLevel | None = None
    relationship_kind: RelationshipKind | None = None
    personality: Personality | None = None
    man_money: bool | None = None
    man_authority: bool | None = None
    man_need: bool | None = None
    notes: str | None = None
    attitude_note: str | None = None  # recorded with the attitude change, if any


@dataclass(frozen=True)
class ContactInput:
    """Work details of a contact created or edited from the map."""

    name: str
    title: str | None = None
    department: str | None = None
    phone: str | None = None
    mobile: str | None = None
    email: str | None = None


def _validate(data: StakeholderInput, errors: dict[str, str]) -> AttitudeLevel | None:
    problem = weight_error(data.influence_pct)
    if problem:
        errors["influence_pct"] = problem
    try:
        return parse_attitude(data.attitude)
    except ValueError as exc:
        errors["attitude"] = str(exc)
        return None


def _validate_contact(contact: ContactInput | None, errors: dict[str, str]) -> None:
    if contact is not None and not (contact.name or "").strip():
        errors["name"] = "a name is required"


def _weight_warnings(s: Session, sh: Stakeholder) -> tuple[str, ...]:
    s.flush()
    where = (
        [Stakeholder.opportunity_id == sh.opportunity_id]
        if sh.opportunity_id is not None
        else [Stakeholder.account_id == sh.account_id, Stakeholder.opportunity_id.is_(None)]
    )
    total = s.scalar(select(func.coalesce(func.sum(Stakeholder.influence_pct), 0.0)).where(*where)) or 0.0
    if abs(float(total) - WEIGHT_TOTAL_PCT) > WEIGHT_TOLERANCE_PCT:
        return (f"influence weights on this map add up to {float(total):g}%, not 100%",)
    return ()


def _apply(sh: Stakeholder, contact: Contact, data: StakeholderInput) -> None:
    sh.buying_role = data.role
    sh.stance = data.stance
    sh.influence_pct = data.influence_pct
    sh.relationship_level = data.relationship_level
    sh.relationship_kind = data.relationship_kind
    sh.man_money = data.man_money
    sh.man_authority = data.man_authority
    sh.man_need = data.man_need
    sh.notes = fieldcheck.clean(data.notes)
    contact.personality = data.personality


def _apply_contact(contact: Contact, data: ContactInput) -> None:
    contact.name = data.name.strip()
    contact.sort_key = sort_key(contact.name)
    contact.initials = initials(contact.name)
    contact.title = fieldcheck.clean(data.title)
    contact.department = fieldcheck.clean(data.department)
    contact.phone = fieldcheck.clean(data.phone)
    contact.mobile = fieldcheck.clean(data.mobile)
    contact.email = fieldcheck.clean(data.email)
