"""Visits (拜访): the plan, who attends on both sides, the outcome, and the
commitments either side made."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.visits import ObjectiveKind, Side, VisitKind, VisitStatus
from kamdesk.store.models.base import Record
from kamdesk.store.types import CodeType, UTCDateTime


class Visit(Record):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_account_starts", "account_id", "starts_at"),
        Index("ix_visit_rep_starts", "rep_id", "starts_at"),
        Index("ix_visit_starts", "starts_at"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity.id", ondelete="SET NULL"), index=True
    )
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    status: Mapped[VisitStatus] = mapped_column(CodeType(VisitStatus), default=VisitStatus.PLANNED)
    kind: Mapped[VisitKind] = mapped_column(CodeType(VisitKind), default=VisitKind.REVISIT)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    place: Mapped[str | None] = mapped_column(String(300))

    # objective
    objective_kind: Mapped[ObjectiveKind | None] = mapped_column(CodeType(ObjectiveKind))  # the first kind
    # every objective kind of the visit, codes joined by commas ("sell,relationship")
    objective_kinds: Mapped[str | None] = mapped_column(String(120))
    final_objective: Mapped[str | None] = mapped_column(Text)
    stage_objective: Mapped[str | None] = mapped_column(Text)
    # 6W2H beyond when/where/who, which have their own fields
    w_what: Mapped[str | None] = mapped_column(Text)
    w_why: Mapped[str | None] = mapped_column(Text)
    w_which: Mapped[str | None] = mapped_column(Text)
    w_how: Mapped[str | None] = mapped_column(Text)
    w_how_much: Mapped[str | None] = mapped_column(Text)
    # preparation, JSON documents (lists of small records)
    resources: Mapped[str | None] = mapped_column(Text)  # [{"item": str, "ready": bool}]
    fab_points: Mapped[str | None] = mapped_column(Text)  # [{"feature","advantage","benefit"}]
    spin_questions: Mapped[str | None] = mapped_column(Text)  # {"situation": [..], "problem": [..], ...}
    objections: Mapped[str | None] = mapped_column(Text)  # [{"objection","answer"}]
    commitment_to_ask: Mapped[str | None] = mapped_column(Text)
    minimum_outcome: Mapped[str | None] = mapped_column(Text)

    # after the visit
    outcome: Mapped[str | None] = mapped_column(Text)
    objective_met: Mapped[str | None] = mapped_column(String(16))  # yes | partly | no
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    logged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class VisitAttendee(Record):
    """Someone at the visit: a customer contact or one of our people. The
    attitude before/after feeds the stakeholder map's history."""

    __tablename__ = "visit_attendee"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    side: Mapped[Side] = mapped_column(CodeType(Side))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    our_person_id: Mapped[int | None] = mapped_column(ForeignKey("our_person.id", ondelete="SET NULL"))
    name: Mapped[str | None] = mapped_column(String(80))  # when not on file
    title: Mapped[str | None] = mapped_column(String(80))
    attitude_before: Mapped[str | None] = mapped_column(String(3))
    attitude_after: Mapped[str | None] = mapped_column(String(3))


class Commitment(Record):
    """A promise by us or the customer, with a due date (feeds reminders)."""

    __tablename__ = "commitment"
    __table_args__ = (Index("ix_commitment_due", "done_on", "due_on"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunity.id", ondelete="SET NULL"))
    side: Mapped[Side] = mapped_column(CodeType(Side))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(80))
    due_on: Mapped[date | None] = mapped_column(Date)
    due_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM" in the rep's zone, optional
    done_on: Mapped[date | None] = mapped_column(Date)
