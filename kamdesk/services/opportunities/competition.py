"""Opportunity competition: competitors, the competitive evaluation, the product
comparison and progress points against the main rival.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.evaluation import (
    DEFAULT_CRITERIA,
    ProductAspect,
    progress_problem,
    score_problem,
    weighted_total,
    weights_problem,
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
    CriterionRow,
    EvaluationTable,
    ProgressRow,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    EvaluationCriterion,
    EvaluationScore,
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


# --- competitive evaluation --------------------------------------------------


def _ensure_criteria(s: Session, opp: Opportunity) -> None:
    if s.scalar(select(func.count()).where(EvaluationCriterion.opportunity_id == opp.id)):
        return
    for i, c in enumerate(DEFAULT_CRITERIA):
        s.add(EvaluationCriterion(opportunity_id=opp.id, name=c.zh, weight=float(c.weight), position=i))
    s.flush()


def evaluation(db: Database, uuid: str) -> EvaluationTable:
    """The weighted evaluation table: the seed's default criteria and weights
    on first use, our scores and each rival's, weighted totals side by side."""
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        _ensure_criteria(s, opp)
        crit = s.execute(
            select(
                EvaluationCriterion.id,
                EvaluationCriterion.uuid,
                EvaluationCriterion.name,
                EvaluationCriterion.weight,
            )
            .where(EvaluationCriterion.opportunity_id == opp.id)
            .order_by(EvaluationCriterion.position, EvaluationCriterion.id)
        ).all()
        comps = _competitors(s, opp.id)
        comp_ids: dict[Any, Any] = dict(
            s.execute(
                select(OpportunityCompetitor.id, OpportunityCompetitor.uuid).where(
                    OpportunityCompetitor.opportunity_id == opp.id
                )
            ).all()
        )
        score_rows = s.execute(
            select(EvaluationScore.criterion_id, EvaluationScore.competitor_id, EvaluationScore.score).where(
                EvaluationScore.criterion_id.in_([c.id for c in crit])
            )
        ).all()
    by_cell = {
        (r.criterion_id, comp_ids.get(r.competitor_id, "") if r.competitor_id else ""): r.score
        for r in score_rows
    }
    parties: list[tuple[str, str]] = [("", "")] + [(c.uuid, c.name) for c in comps]
    weights = [c.weight for c in crit]
    scores = {key: tuple(by_cell.get((c.id, key)) for c in crit) for key, _ in parties}
    totals = {key: weighted_total(weights, list(col)) for key, col in scores.items()}
    return EvaluationTable(
        tuple(CriterionRow(c.uuid, c.name, c.weight) for c in crit), tuple(parties), scores, totals
    )


def save_evaluation(
    db: Database,
    uuid: str,
    criteria: Sequence[tuple[str, float | Decimal | str]],
    scores: Mapping[str, Sequence[float | str | None]],
) -> Result[EvaluationTable]:
    """Replace the evaluation table: ``criteria`` as (name, weight) rows, and
    per party ("" us, else a competitor uuid) one score per criterion (0–10 or
    None). Weights must each be 0–1 and add up to 1; otherwise nothing is saved."""
    errors: dict[str, str] = {}
    names: list[str] = []
    weights: list[Decimal] = []
    for i, (name, weight) in enumerate(criteria):
        name = (name or "").strip()
        if not name:
            errors[f"criterion.{i}"] = "name the criterion"
        try:
            w = Decimal(str(weight).strip())
            if not w.is_finite():
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            errors[f"weight.{i}"] = f"{weight!r} is not a number"
            w = Decimal(0)
        names.append(name)
        weights.append(w)
    if not any(k.startswith("weight.") for k in errors):
        problem = weights_problem(weights)
        if problem:
            errors["weights"] = problem
    clean_scores: dict[str, list[float | None]] = {}
    for party, column in scores.items():
        if len(column) != len(criteria):
            errors[f"scores.{party or 'us'}"] = "one score per criterion"
            continue
        out: list[float | None] = []
        for i, value in enumerate(column):
            if value is None or (isinstance(value, str) and not value.strip()):
                out.append(None)
                continue
            try:
                number = float(value)
            except ValueError:
                errors[f"score.{party or 'us'}.{i}"] = f"{value!r} is not a number"
                continue
            problem = score_problem(number)
            if problem:
                errors[f"score.{party or 'us'}.{i}"] = problem
            out.append(number)
        clean_scores[party] = out
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        comp_ids: dict[Any, Any] = dict(
            s.execute(
                select(OpportunityCompetitor.uuid, OpportunityCompetitor.id).where(
                    OpportunityCompetitor.opportunity_id == opp.id
                )
            ).all()
        )
        unknown = [p for p in clean_scores if p and p not in comp_ids]
        if unknown:
            raise ValidationError({"scores": "a scored competitor is not on this opportunity"})
        s.execute(delete(EvaluationCriterion).where(EvaluationCriterion.opportunity_id == opp.id))
        for i, (name, weight) in enumerate(zip(names, weights, strict=True)):
            criterion = EvaluationCriterion(
                opportunity_id=opp.id, name=name, weight=float(weight), position=i
            )
            s.add(criterion)
            s.flush()
            for party, column in clean_scores.items():
                if column[i] is not None:
                    s.add(
                        EvaluationScore(
                            criterion_id=criterion.id,
                            competitor_id=comp_ids[party] if party else None,
                            score=column[i],
                        )
                    )
    return Result(evaluation(db, uuid), _changes(uuid))


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
        comp_ids: dict[Any, Any] = dict(
            s.execute(
                select(OpportunityCompetitor.uuid, OpportunityCompetitor.id).where(
                    OpportunityCompetitor.opportunity_id == opp.id
                )
            ).all()
        )
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
        latest = s.scalar(
            select(ProgressPoint.value)
            .where(ProgressPoint.opportunity_id == opp.id)
            .order_by(ProgressPoint.on.desc(), ProgressPoint.id.desc())
            .limit(1)
        )
        opp.progress_vs_rival = latest
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
            opp.progress_vs_rival = s.scalar(
                select(ProgressPoint.value)
                .where(ProgressPoint.opportunity_id == opp.id)
                .order_by(ProgressPoint.on.desc(), ProgressPoint.id.desc())
                .limit(1)
            )
        opp_uuid = opp.uuid if opp else ""
    return Result(None, _changes(opp_uuid))
