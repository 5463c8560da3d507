"""The stakeholder map (决策链): people on an opportunity or account with their
buying role, attitude and its history, influence, and our coverage."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.stakeholders import (
    Attitude,
    AttitudeStep,
    BuyingRole,
    RelationshipKind,
    RelationshipLevel,
    Stance,
)
from kamdesk.store.models.base import Record
from kamdesk.store.types import CodeType, UTCDateTime


class Stakeholder(Record):
    """A contact's place on one map. ``opportunity_id`` NULL means a standing
    relationship on the account. Personality is the contact's own (Contact)."""

    __tablename__ = "stakeholder"
    __table_args__ = (Index("ix_stakeholder_account", "account_id"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    buying_role: Mapped[BuyingRole | None] = mapped_column(CodeType(BuyingRole))
    attitude: Mapped[Attitude | None] = mapped_column(CodeType(Attitude))
    attitude_step: Mapped[AttitudeStep] = mapped_column(CodeType(AttitudeStep), default=AttitudeStep.NONE)
    stance: Mapped[Stance] = mapped_column(CodeType(Stance), default=Stance.UNKNOWN)
    influence_pct: Mapped[float | None] = mapped_column(Float)
    relationship_level: Mapped[RelationshipLevel | None] = mapped_column(CodeType(RelationshipLevel))
    relationship_kind: Mapped[RelationshipKind | None] = mapped_column(CodeType(RelationshipKind))
    man_money: Mapped[bool | None] = mapped_column(Boolean)
    man_authority: Mapped[bool | None] = mapped_column(Boolean)
    man_need: Mapped[bool | None] = mapped_column(Boolean)
    map_x: Mapped[float | None] = mapped_column(Float)  # saved canvas position; NULL → automatic layout
    map_y: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)


class AttitudeChange(Record):
    """Every change of a stakeholder's attitude, with its source."""

    __tablename__ = "attitude_change"
    __table_args__ = (Index("ix_attitude_change_stakeholder_at", "stakeholder_id", "at"),)

    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    from_level: Mapped[str | None] = mapped_column(String(3))  # "B+"; NULL for the first assessment
    to_level: Mapped[str] = mapped_column(String(3))
    source: Mapped[str] = mapped_column(String(16), default="manual")  # manual | visit | import
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)


class Coverage(Record):
    """One of our people facing a stakeholder ("networking" lines on the map)."""

    __tablename__ = "coverage"

    stakeholder_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    our_person_id: Mapped[int] = mapped_column(ForeignKey("our_person.id", ondelete="CASCADE"), index=True)
    strength: Mapped[int | None] = mapped_column(Integer)  # 1..5, how close
    note: Mapped[str | None] = mapped_column(Text)
