"""Opportunity exit-criteria checklist and TAS answers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.evaluation import (
    TasAnswerKind,
    TasQuestion,
)
from kamdesk.domain.stages import Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Result
from kamdesk.services.opportunities.core import (
    _changes,
    _ensure_checklist,
    _now,
    _opp_uuid,
    _opportunity,
)
from kamdesk.services.opportunities.types import (
    ChecklistRow,
    TasRow,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    ChecklistItem,
    TasAnswer,
)

# --- checklist ---------------------------------------------------------------


def checklist(db: Database, uuid: str) -> list[ChecklistRow]:
    """The opportunity's exit criteria per stage (the seed defaults are created
    on first use and then belong to the opportunity)."""
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        _ensure_checklist(s, opp)
        rows = s.execute(
            select(
                ChecklistItem.uuid,
                ChecklistItem.stage,
                ChecklistItem.text,
                ChecklistItem.position,
                ChecklistItem.done,
                ChecklistItem.done_on,
            )
            .where(ChecklistItem.opportunity_id == opp.id)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        ).all()
    order = {stage: i for i, stage in enumerate(Stage)}
    items = [ChecklistRow(r.uuid, r.stage, r.text, r.position, r.done, r.done_on) for r in rows]
    return sorted(items, key=lambda r: (order[r.stage], r.position))


def _item(s: Session, item_uuid: str) -> ChecklistItem:
    item = s.scalar(select(ChecklistItem).where(ChecklistItem.uuid == item_uuid))
    if item is None:
        raise UserError(f"checklist item not found: {item_uuid}")
    return item


def add_checklist_item(db: Database, uuid: str, stage: Stage, text: str) -> Result[str]:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "write the criterion"})
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        _ensure_checklist(s, opp)
        last = s.scalar(
            select(func.max(ChecklistItem.position)).where(
                ChecklistItem.opportunity_id == opp.id, ChecklistItem.stage == stage
            )
        )
        item = ChecklistItem(opportunity_id=opp.id, stage=stage, text=text, position=(last or 0) + 1)
        s.add(item)
        s.flush()
        item_uuid = item.uuid
    return Result(item_uuid, _changes(uuid))


def edit_checklist_item(db: Database, item_uuid: str, text: str) -> Result[None]:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "write the criterion"})
    with db.transaction() as s:
        item = _item(s, item_uuid)
        item.text = text
        opp_uuid = _opp_uuid(s, item.opportunity_id)
    return Result(None, _changes(opp_uuid))


def remove_checklist_item(db: Database, item_uuid: str) -> Result[None]:
    with db.transaction() as s:
        item = _item(s, item_uuid)
        opp_uuid = _opp_uuid(s, item.opportunity_id)
        s.delete(item)
    return Result(None, _changes(opp_uuid))


def tick_checklist_item(db: Database, item_uuid: str, done: bool, *, on: date | None = None) -> Result[None]:
    with db.transaction() as s:
        item = _item(s, item_uuid)
        item.done = bool(done)
        item.done_on = (on or _now().date()) if done else None
        opp_uuid = _opp_uuid(s, item.opportunity_id)
    return Result(None, _changes(opp_uuid))


# --- TAS ---------------------------------------------------------------------


def tas_answers(db: Database, uuid: str) -> list[TasRow]:
    """The four TAS questions in order, answered or not."""
    with db.reading() as s:
        opp = _opportunity(s, uuid)
        rows = {
            r.question: r
            for r in s.execute(
                select(TasAnswer.question, TasAnswer.answer, TasAnswer.evidence).where(
                    TasAnswer.opportunity_id == opp.id
                )
            ).all()
        }
    out = []
    for q in TasQuestion:
        r = rows.get(q.number)
        answer = TasAnswerKind(r.answer) if r is not None and r.answer else None
        out.append(TasRow(q, answer, r.evidence if r is not None else None))
    return out


def set_tas_answer(
    db: Database,
    uuid: str,
    question: int | TasQuestion,
    answer: str | TasAnswerKind | None,
    evidence: str | None,
) -> Result[None]:
    number = question.number if isinstance(question, TasQuestion) else int(question)
    if number not in (1, 2, 3, 4):
        raise ValidationError({"question": "TAS has questions 1–4"})
    try:
        kind = answer if isinstance(answer, TasAnswerKind) or answer is None else TasAnswerKind.parse(answer)
    except ValueError as exc:
        raise ValidationError({"answer": str(exc)}) from None
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        row = s.scalar(
            select(TasAnswer).where(TasAnswer.opportunity_id == opp.id, TasAnswer.question == number)
        )
        if row is None:
            row = TasAnswer(opportunity_id=opp.id, question=number)
            s.add(row)
        row.answer = kind.code if kind else None
        row.evidence = (evidence or "").strip() or None
    return Result(None, _changes(uuid))
