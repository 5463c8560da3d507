"""The competitive evaluation of an opportunity: weighted criteria (the seed's
defaults on first use), our scores and each rival's, weighted totals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.evaluation import DEFAULT_CRITERIA, score_problem, weighted_total, weights_problem
from kamdesk.errors import ValidationError
from kamdesk.services.changes import Result
from kamdesk.services.opportunities.competition import _competitor_ids, _competitors
from kamdesk.services.opportunities.core import _changes, _opportunity
from kamdesk.services.opportunities.types import CriterionRow, EvaluationTable
from kamdesk.store.db import Database
from kamdesk.store.models import EvaluationCriterion, EvaluationScore, Opportunity, OpportunityCompetitor


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
    names, weights, errors = _checked_criteria(criteria)
    clean_scores = _checked_scores(scores, len(criteria), errors)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        comp_ids = _competitor_ids(s, opp.id)
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


def _checked_criteria(
    criteria: Sequence[tuple[str, float | Decimal | str]],
) -> tuple[list[str], list[Decimal], dict[str, str]]:
    """Names and weights of the criteria, and the errors found in them."""
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
    return names, weights, errors


def _checked_scores(
    scores: Mapping[str, Sequence[float | str | None]], count: int, errors: dict[str, str]
) -> dict[str, list[float | None]]:
    """Each party's scores as numbers (None: blank); problems go into ``errors``."""
    clean_scores: dict[str, list[float | None]] = {}
    for party, column in scores.items():
        if len(column) != count:
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
    return clean_scores
