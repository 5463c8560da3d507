"""Opportunity stage moves with the exit-criteria check, won/lost, reopen and
the stage history.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import select

from kamdesk.domain.pipeline import unmet_criteria
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.opportunities.core import (
    _changes,
    _detail,
    _entries,
    _now,
    _opportunity,
)
from kamdesk.services.opportunities.types import (
    MoveOutcome,
    OpportunityDetail,
    StageChangeRow,
)
from kamdesk.store.db import Database
from kamdesk.store.models import StageChange

# --- stages ------------------------------------------------------------------


def check_move(db: Database, uuid: str, to_stage: Stage) -> tuple[str, ...]:
    """What a move to ``to_stage`` would leave unmet ("G: text"), without moving."""
    with db.reading() as s:
        opp = _opportunity(s, uuid)
        return tuple(
            f"{e.stage.code}: {e.text}" for e in unmet_criteria(_entries(s, opp), opp.stage, to_stage)
        )


def move_stage(
    db: Database,
    uuid: str,
    to_stage: Stage,
    *,
    confirm_unmet: bool = False,
    note: str | None = None,
    at: datetime | None = None,
) -> Result[MoveOutcome]:
    """Move an open opportunity to ``to_stage``.

    A forward move past stages with unticked exit criteria is refused (nothing
    written; ``moved`` False, ``unmet`` lists them) unless ``confirm_unmet``:
    then it moves and the unmet criteria are recorded in the stage history.
    Moving to S closes it as won (use :func:`close_won` to give a reason).
    """
    if not isinstance(to_stage, Stage):
        to_stage = Stage(str(to_stage))
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        if opp.status is not OpportunityStatus.OPEN:
            raise UserError("this opportunity is closed; reopen it before moving its stage")
        from_stage = opp.stage
        unmet = tuple(
            f"{e.stage.code}: {e.text}" for e in unmet_criteria(_entries(s, opp), from_stage, to_stage)
        )
        if from_stage is to_stage:
            return Result(MoveOutcome(False, from_stage, to_stage, ()), Changes())
        if unmet and not confirm_unmet:
            return Result(MoveOutcome(False, from_stage, to_stage, unmet), Changes())
        when = at or _now()
        opp.stage = to_stage
        if to_stage is Stage.S:
            opp.status = OpportunityStatus.WON
            opp.closed_on = when.date()
        s.add(
            StageChange(
                opportunity_id=opp.id,
                from_stage=from_stage,
                to_stage=to_stage,
                at=when,
                unmet_criteria=json.dumps(list(unmet), ensure_ascii=False) if unmet else None,
                note=(note or "").strip() or None,
            )
        )
    return Result(MoveOutcome(True, from_stage, to_stage, unmet), _changes(uuid))


def close_won(
    db: Database, uuid: str, reason: str | None = None, *, on: date | None = None
) -> Result[OpportunityDetail]:
    """Won: stage S, status won, closed on ``on`` (today), the stage move recorded."""
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        if opp.status is not OpportunityStatus.OPEN:
            raise UserError("this opportunity is already closed")
        when = _now()
        if opp.stage is not Stage.S:
            s.add(
                StageChange(
                    opportunity_id=opp.id,
                    from_stage=opp.stage,
                    to_stage=Stage.S,
                    at=when,
                    note=(reason or "").strip() or None,
                )
            )
        opp.stage = Stage.S
        opp.status = OpportunityStatus.WON
        opp.closed_on = on or when.date()
        opp.close_reason = (reason or "").strip() or None
        s.flush()
        detail = _detail(s, opp)
    return Result(detail, _changes(uuid))


def close_lost(db: Database, uuid: str, reason: str, *, on: date | None = None) -> Result[OpportunityDetail]:
    """Lost, with the reason (required); the stage stays where it was lost."""
    if not (reason or "").strip():
        raise ValidationError({"reason": "say why the opportunity was lost"})
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        if opp.status is not OpportunityStatus.OPEN:
            raise UserError("this opportunity is already closed")
        opp.status = OpportunityStatus.LOST
        opp.closed_on = on or _now().date()
        opp.close_reason = reason.strip()
        s.flush()
        detail = _detail(s, opp)
    return Result(detail, _changes(uuid))


def reopen(db: Database, uuid: str) -> Result[OpportunityDetail]:
    """Open a closed opportunity again (a won one goes back to stage A)."""
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        if opp.status is OpportunityStatus.WON:
            s.add(StageChange(opportunity_id=opp.id, from_stage=Stage.S, to_stage=Stage.A, at=_now()))
            opp.stage = Stage.A
        opp.status = OpportunityStatus.OPEN
        opp.closed_on = None
        s.flush()
        detail = _detail(s, opp)
    return Result(detail, _changes(uuid))


def stage_history(db: Database, uuid: str) -> list[StageChangeRow]:
    with db.reading() as s:
        opp = _opportunity(s, uuid)
        rows = s.execute(
            select(
                StageChange.uuid,
                StageChange.from_stage,
                StageChange.to_stage,
                StageChange.at,
                StageChange.unmet_criteria,
                StageChange.note,
            )
            .where(StageChange.opportunity_id == opp.id)
            .order_by(StageChange.at, StageChange.id)
        ).all()
    return [
        StageChangeRow(
            r.uuid,
            r.from_stage,
            r.to_stage,
            r.at,
            tuple(json.loads(r.unmet_criteria)) if r.unmet_criteria else (),
            r.note,
        )
        for r in rows
    ]
