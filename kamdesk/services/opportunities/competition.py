"""Opportunity competition: competitors, the product comparison and progress
points against the main rival (the competitive evaluation is in
:mod:`.evaluation`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.evaluation import (
    ProductAspect,
    progress_problem,
    score_problem,
)
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Result
from kamdesk.services.opportunities.core import (
    _account_id,
    _changes,
    _opp_uuid,
    _opportunity,
)
from kamdesk.services.opportunities.types import (
    ComparisonRow,
    CompetitorRow,
    ProgressRow,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Opportunity,
    OpportunityCompetitor,
    ProductComparison,
    ProgressPoint,
)

# --- competitors -------------------------------------------------------------


def competitors(db: Database, uuid: str) -> list[CompetitorRow]:
    with db.reading() as s:
        opp = _opportunity(s, uuid)
        return _competitors(s, opp.id)


def _competitors(s: Session, opp_id: int) -> list[CompetitorRow]:
    rows = s.execute(
        select(
            OpportunityCompetitor.uuid,
            OpportunityCompetitor.name,
            Account.uuid.label("account_uuid"),
            OpportunityCompetitor.is_main,
            OpportunityCompetitor.strengths,
            OpportunityCompetitor.weaknesses,
        )
        .outerjoin(Account, Account.id == OpportunityCompetitor.account_id)
        .where(OpportunityCompetitor.opportunity_id == opp_id)
        .order_by(OpportunityCompetitor.id)
    ).all()
    return [CompetitorRow(r.uuid, r.name, r.account_uuid, r.is_main, r.strengths, r.weaknesses) for r in rows]


def _competitor(s: Session, comp_uuid: str) -> OpportunityCompetitor:
    comp = s.scalar(select(OpportunityCompetitor).where(OpportunityCompetitor.uuid == comp_uuid))
    if comp is None:
        raise UserError(f"competitor not found: {comp_uuid}")
    return comp


def save_competitor(
    db: Database,
    uuid: str,
    *,
    name: str,
    competitor_uuid: str | None = None,
    account: str | None = None,
    is_main: bool = False,
    strengths: str | None = None,
    weaknesses: str | None = None,
) -> Result[str]:
    """Add (``competitor_uuid`` None) or edit a rival on the opportunity; the
    link to a competitor account is optional. Only one rival is the main one."""
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "name the competitor"})
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        account_id = _account_id(s, account) if account else None
        if competitor_uuid:
            comp = _competitor(s, competitor_uuid)
        else:
            first = not s.scalar(select(func.count()).where(OpportunityCompetitor.opportunity_id == opp.id))
            is_main = is_main or first  # the first rival is the main one until told otherwise
            comp = OpportunityCompetitor(opportunity_id=opp.id, name=name)
            s.add(comp)
        comp.name = name
        comp.account_id = account_id
        comp.strengths = (strengths or "").strip() or None
        comp.weaknesses = (weaknesses or "").strip() or None
        if is_main:
            for other in s.scalars(
                select(OpportunityCompetitor).where(OpportunityCompetitor.opportunity_id == opp.id)
            ):
                other.is_main = False
        comp.is_main = bool(is_main)
        s.flush()
        comp_uuid = comp.uuid
    return Result(comp_uuid, _changes(uuid))


def remove_competitor(db: Database, competitor_uuid: str) -> Result[None]:
    with db.transaction() as s:
        comp = _competitor(s, competitor_uuid)
        opp_uuid = _opp_uuid(s, comp.opportunity_id)
        s.delete(comp)
    return Result(None, _changes(opp_uuid))


def _competitor_ids(s: Session, opp_id: int) -> dict[Any, Any]:
    """Competitor uuid → id on the opportunity."""
    return dict(
        s.execute(
            select(OpportunityCompetitor.uuid, OpportunityCompetitor.id).where(
                OpportunityCompetitor.opportunity_id == opp_id
            )
        ).all()
    )


# --- product comparison ------------------------------------------------------


def product_comparison(db: Database, uuid: str) -> list[ComparisonRow]:
    with db.reading() as s:
        opp = _opportunity(s, uuid)
        rows = s.execute(
            select(
                ProductComparison.aspect,
                OpportunityCompetitor.uuid.label("comp_uuid"),
                ProductComparison.description,
                ProductComparison.score,
            )
            .outerjoin(OpportunityCompetitor, OpportunityCompetitor.id == ProductComparison.competitor_id)
            .where(ProductComparison.opportunity_id == opp.id)
            .order_by(ProductComparison.id)
        ).all()
    out = []
    for r in rows:
        try:
            aspect = ProductAspect(r.aspect)
        except ValueError:
            continue
        out.append(ComparisonRow(aspect, r.comp_uuid or "", r.description, r.score))
    order = {a: i for i, a in enumerate(ProductAspect)}
    return sorted(out, key=lambda r: order[r.aspect])


def save_product_comparison(db: Database, uuid: str, rows: Sequence[ComparisonRow]) -> Result[None]:
    """Replace the comparison table (empty cells are not stored)."""
    errors: dict[str, str] = {}
    for i, row in enumerate(rows):
        if row.score is not None:
            problem = score_problem(row.score)
            if problem:
                errors[f"score.{i}"] = problem
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        comp_ids = _competitor_ids(s, opp.id)
        s.execute(delete(ProductComparison).where(ProductComparison.opportunity_id == opp.id))
        for row in rows:
            if not (row.description or "").strip() and row.score is None:
                continue
            if row.party and row.party not in comp_ids:
                raise ValidationError({"party": "a compared competitor is not on this opportunity"})
            s.add(
                ProductComparison(
                    opportunity_id=opp.id,
                    competitor_id=comp_ids[row.party] if row.party else None,
                    aspect=row.aspect.code,
                    description=(row.description or "").strip() or None,
                    score=row.score,
                )
            )
    return Result(None, _changes(uuid))


# --- progress against the main rival ----------------------------------------


def progress_points(db: Database, uuid: str) -> list[ProgressRow]:
    with db.reading() as s:
        opp = _opportunity(s, uuid)
        rows = s.execute(
            select(
                ProgressPoint.uuid,
                ProgressPoint.on,
                ProgressPoint.value,
                ProgressPoint.competitor_name,
                ProgressPoint.note,
            )
            .where(ProgressPoint.opportunity_id == opp.id)
            .order_by(ProgressPoint.on, ProgressPoint.id)
        ).all()
    return [ProgressRow(r.uuid, r.on, r.value, r.competitor_name, r.note) for r in rows]


def add_progress_point(
    db: Database, uuid: str, on: date, value: int, *, note: str | None = None
) -> Result[str]:
    """Where we stand against the main rival (-5…+5) on ``on``; the latest
    point becomes the opportunity's current progress."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError({"value": "progress must be a whole number -5…+5"}) from None
    problem = progress_problem(number)
    if problem:
        raise ValidationError({"value": problem})
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        main = s.scalar(
            select(OpportunityCompetitor.name).where(
                OpportunityCompetitor.opportunity_id == opp.id, OpportunityCompetitor.is_main.is_(True)
            )
        )
        point = ProgressPoint(
            opportunity_id=opp.id,
            on=on,
            value=number,
            competitor_name=main,
            note=(note or "").strip() or None,
        )
        s.add(point)
        s.flush()
        opp.progress_vs_rival = _latest_progress(s, opp.id)
        point_uuid = point.uuid
    return Result(point_uuid, _changes(uuid))


def remove_progress_point(db: Database, point_uuid: str) -> Result[None]:
    with db.transaction() as s:
        point = s.scalar(select(ProgressPoint).where(ProgressPoint.uuid == point_uuid))
        if point is None:
            raise UserError(f"progress point not found: {point_uuid}")
        opp = s.get(Opportunity, point.opportunity_id)
        s.delete(point)
        s.flush()
        if opp is not None:
            opp.progress_vs_rival = _latest_progress(s, opp.id)
        opp_uuid = opp.uuid if opp else ""
    return Result(None, _changes(opp_uuid))


def _latest_progress(s: Session, opp_id: int) -> int | None:
    """The value of the opportunity's latest progress point (None: no point)."""
    return s.scalar(
        select(ProgressPoint.value)
        .where(ProgressPoint.opportunity_id == opp_id)
        .order_by(ProgressPoint.on.desc(), ProgressPoint.id.desc())
        .limit(1)
    )
