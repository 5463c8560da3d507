"""Opportunity use cases: create/edit/delete, stage moves with the exit-criteria
check, won/lost, the checklist, TAS answers, competitors, the competitive
evaluation, the product comparison and progress against the main rival.

Every write validates first (``ValidationError``, nothing saved), runs in one
transaction and returns ``Result(value, Changes.of("opportunity", …))``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.evaluation import (
    DEFAULT_CRITERIA,
    ProductAspect,
    TasAnswerKind,
    TasQuestion,
    progress_problem,
    score_problem,
    weighted_total,
    weights_problem,
)
from kamdesk.domain.matrix import Lead, Territory, ValueType, nine_grid, value_type
from kamdesk.domain.pipeline import (
    ChecklistEntry,
    default_criteria,
    effective_win_pct,
    stages_passed,
    unmet_criteria,
)
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    ChecklistItem,
    EvaluationCriterion,
    EvaluationScore,
    Opportunity,
    OpportunityCompetitor,
    ProductComparison,
    ProgressPoint,
    Rep,
    StageChange,
    TasAnswer,
)

# --- value types -------------------------------------------------------------


@dataclass(frozen=True)
class OpportunityDetail:
    uuid: str
    account_uuid: str
    account_name: str
    owner_uuid: str | None
    owner_name: str | None
    number: str | None
    name: str
    stage: Stage
    status: OpportunityStatus
    close_reason: str | None
    amount: Decimal | None
    started_on: date | None
    expected_close: date | None
    closed_on: date | None
    win_pct_override: int | None
    win_pct: int
    weighted: Decimal
    objective: str | None
    breakthroughs: str | None
    next_steps: str | None
    manager_assessment: str | None
    short_term_revenue: int | None
    long_term_impact: int | None
    value_type: ValueType | None
    territory: Territory | None
    lead: Lead | None
    nine_grid_cell: str | None
    progress_vs_rival: int | None
    notes: str | None


@dataclass(frozen=True)
class MoveOutcome:
    moved: bool
    from_stage: Stage
    to_stage: Stage
    unmet: tuple[str, ...]  # "G: 对方至少是经手人士" style, in stage order


@dataclass(frozen=True)
class StageChangeRow:
    uuid: str
    from_stage: Stage | None
    to_stage: Stage
    at: datetime
    unmet_criteria: tuple[str, ...]
    note: str | None


@dataclass(frozen=True)
class ChecklistRow:
    uuid: str
    stage: Stage
    text: str
    position: int
    done: bool
    done_on: date | None


@dataclass(frozen=True)
class TasRow:
    question: TasQuestion
    answer: TasAnswerKind | None
    evidence: str | None


@dataclass(frozen=True)
class CompetitorRow:
    uuid: str
    name: str
    account_uuid: str | None
    is_main: bool
    strengths: str | None
    weaknesses: str | None


@dataclass(frozen=True)
class CriterionRow:
    uuid: str
    name: str
    weight: float


@dataclass(frozen=True)
class EvaluationTable:
    """Criteria with weights; one score column per party ("" = us, else a
    competitor's uuid), in the order of ``parties``; totals side by side."""

    criteria: tuple[CriterionRow, ...]
    parties: tuple[tuple[str, str], ...]  # (key, display name); key "" is us
    scores: Mapping[str, tuple[float | None, ...]]
    totals: Mapping[str, Decimal]


@dataclass(frozen=True)
class ComparisonRow:
    aspect: ProductAspect
    party: str  # "" us, else competitor uuid
    description: str | None
    score: float | None


@dataclass(frozen=True)
class ProgressRow:
    uuid: str
    on: date
    value: int
    competitor_name: str | None
    note: str | None


# --- helpers -----------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _changes(*uuids: str) -> Changes:
    return Changes.of("opportunity", uuids=uuids)


def _opportunity(s: Session, uuid: str) -> Opportunity:
    opp = s.scalar(select(Opportunity).where(Opportunity.uuid == uuid))
    if opp is None:
        raise UserError(f"opportunity not found: {uuid}")
    return opp


def _account_id(s: Session, uuid: str) -> int:
    account_id = s.scalar(select(Account.id).where(Account.uuid == uuid))
    if account_id is None:
        raise ValidationError({"account": "choose an existing account"})
    return account_id


def _rep_id(s: Session, uuid: str | None) -> int | None:
    if not uuid:
        return None
    rep_id = s.scalar(select(Rep.id).where(Rep.uuid == uuid))
    if rep_id is None:
        raise ValidationError({"owner": "choose an existing rep"})
    return rep_id


def my_rep_id(s: Session) -> int | None:
    """The laptop's own rep (``Rep.is_me``), if one is set up."""
    return s.scalar(select(Rep.id).where(Rep.is_me.is_(True)).order_by(Rep.id).limit(1))


#: Amounts are stored as integer cents (64-bit); one trillion yuan is far beyond any deal.
MAX_AMOUNT = Decimal(10) ** 12


def parse_amount(value: Any) -> Decimal | None:
    """A non-negative money amount from text or a number; None for blank.
    Raises ValueError with a clear message otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        text = str(value).strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        raise ValueError(f"{value!r} is not a number") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not a number")
    if amount < 0:
        raise ValueError("the amount cannot be negative")
    if amount >= MAX_AMOUNT:
        raise ValueError("the amount is too large")
    return amount.quantize(Decimal("0.01"))


def _int_in(value: Any, low: int, high: int, what: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ValueError(f"{what} must be a whole number {low}–{high}") from None
    if isinstance(value, bool) or not low <= number <= high:
        raise ValueError(f"{what} must be {low}–{high}")
    return number


def _date(value: Any, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


_TEXT_FIELDS = (
    "number",
    "objective",
    "breakthroughs",
    "next_steps",
    "manager_assessment",
    "notes",
)

#: Fields ``create_opportunity``/``update_opportunity`` accept.
EDITABLE_FIELDS = frozenset(
    {
        "account",
        "owner",
        "name",
        "amount",
        "started_on",
        "expected_close",
        "win_pct_override",
        "short_term_revenue",
        "long_term_impact",
        "territory",
        "lead",
        "progress_vs_rival",
        *_TEXT_FIELDS,
    }
)


def _clean(fields: Mapping[str, Any], current: Opportunity | None) -> dict[str, Any]:
    """Validate every given field; collect all messages; return typed values."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"unknown opportunity fields: {sorted(unknown)}")
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    if "name" in fields or current is None:
        name = str(fields.get("name") or "").strip()
        if not name:
            errors["name"] = "give the opportunity a name"
        elif len(name) > 200:
            errors["name"] = "the name is longer than 200 characters"
        out["name"] = name
    if "amount" in fields:
        try:
            out["amount"] = parse_amount(fields["amount"])
        except ValueError as exc:
            errors["amount"] = str(exc)
    for key in ("started_on", "expected_close"):
        if key in fields:
            try:
                out[key] = _date(fields[key], key)
            except ValueError as exc:
                errors[key] = str(exc)
    checks = (
        ("win_pct_override", 0, 100, "win %"),
        ("short_term_revenue", 1, 10, "the short-term revenue score"),
        ("long_term_impact", 1, 10, "the long-term impact score"),
        ("progress_vs_rival", -5, 5, "progress against the rival"),
    )
    for key, low, high, what in checks:
        if key in fields:
            try:
                out[key] = _int_in(fields[key], low, high, what)
            except ValueError as exc:
                errors[key] = str(exc)
    for key, enum in (("territory", Territory), ("lead", Lead)):
        if key in fields:
            value = fields[key]
            try:
                out[key] = value if isinstance(value, enum) or value is None else enum.parse(str(value))
            except ValueError as exc:
                errors[key] = str(exc)
    for key in _TEXT_FIELDS:
        if key in fields:
            value = fields[key]
            out[key] = str(value).strip() or None if value is not None else None
    if "number" in out and out["number"] and len(out["number"]) > 40:
        errors["number"] = "the project no. is longer than 40 characters"
    if "started_on" not in errors and "expected_close" not in errors:
        start = out.get("started_on", current.started_on if current else None)
        close = out.get("expected_close", current.expected_close if current else None)
        if start and close and close < start:
            errors["expected_close"] = "the close date is before the start date"
    if errors:
        raise ValidationError(errors)
    return out


def _detail(s: Session, opp: Opportunity) -> OpportunityDetail:
    account = s.get(Account, opp.account_id)
    owner = s.get(Rep, opp.owner_id) if opp.owner_id else None
    vt = (
        value_type(opp.short_term_revenue, opp.long_term_impact)
        if opp.short_term_revenue and opp.long_term_impact
        else None
    )
    cell = nine_grid(opp.territory, opp.lead).cell if opp.territory and opp.lead else None
    win = effective_win_pct(opp.stage, opp.win_pct_override)
    if opp.status is OpportunityStatus.LOST:
        win = 0
    weighted = ((opp.amount or Decimal(0)) * win / 100).quantize(Decimal("0.01"))
    return OpportunityDetail(
        uuid=opp.uuid,
        account_uuid=account.uuid if account else "",
        account_name=account.name if account else "",
        owner_uuid=owner.uuid if owner else None,
        owner_name=owner.name if owner else None,
        number=opp.number,
        name=opp.name,
        stage=opp.stage,
        status=opp.status,
        close_reason=opp.close_reason,
        amount=opp.amount,
        started_on=opp.started_on,
        expected_close=opp.expected_close,
        closed_on=opp.closed_on,
        win_pct_override=opp.win_pct_override,
        win_pct=win,
        weighted=weighted,
        objective=opp.objective,
        breakthroughs=opp.breakthroughs,
        next_steps=opp.next_steps,
        manager_assessment=opp.manager_assessment,
        short_term_revenue=opp.short_term_revenue,
        long_term_impact=opp.long_term_impact,
        value_type=vt,
        territory=opp.territory,
        lead=opp.lead,
        nine_grid_cell=cell,
        progress_vs_rival=opp.progress_vs_rival,
        notes=opp.notes,
    )


# --- CRUD --------------------------------------------------------------------


def create_opportunity(
    db: Database,
    *,
    account: str,
    name: str,
    stage: Stage = Stage.G,
    at: datetime | None = None,
    **fields: Any,
) -> Result[OpportunityDetail]:
    """A new open opportunity on ``account`` (uuid). ``owner`` (rep uuid)
    defaults to the laptop's own rep. Its first stage is recorded in the history."""
    cleaned = _clean({"name": name, **fields}, None)
    with db.transaction() as s:
        account_id = _account_id(s, account)
        owner_id = _rep_id(s, fields.get("owner")) if fields.get("owner") else my_rep_id(s)
        cleaned.pop("owner", None)
        opp = Opportunity(account_id=account_id, owner_id=owner_id, stage=stage, **cleaned)
        if opp.started_on is None:
            opp.started_on = (at or _now()).date()
        s.add(opp)
        s.flush()
        s.add(StageChange(opportunity_id=opp.id, from_stage=None, to_stage=stage, at=at or _now()))
        _ensure_checklist(s, opp)
        detail = _detail(s, opp)
    return Result(detail, _changes(detail.uuid))


def update_opportunity(db: Database, uuid: str, **fields: Any) -> Result[OpportunityDetail]:
    """Change the given fields (stage and status have their own use cases)."""
    with db.transaction() as s:
        opp = _opportunity(s, uuid)
        cleaned = _clean(fields, opp)
        if "account" in fields:
            opp.account_id = _account_id(s, str(fields["account"]))
        if "owner" in fields:
            opp.owner_id = _rep_id(s, fields["owner"])
        cleaned.pop("account", None)
        cleaned.pop("owner", None)
        for key, value in cleaned.items():
            setattr(opp, key, value)
        s.flush()
        detail = _detail(s, opp)
    return Result(detail, _changes(uuid))


def get_opportunity(db: Database, uuid: str) -> OpportunityDetail:
    with db.reading() as s:
        return _detail(s, _opportunity(s, uuid))


def delete_opportunity(db: Database, uuid: str) -> Result[None]:
    with db.transaction() as s:
        s.delete(_opportunity(s, uuid))
    return Result(None, _changes(uuid))


# --- stages ------------------------------------------------------------------


def _default_entries(s: Session, opp: Opportunity) -> list[ChecklistEntry]:
    """The seed's default exit criteria for an opportunity that has no
    checklist yet. Criteria of stages it already moved past count as met,
    unless the move recorded them as unmet (moves made before the checklist
    existed, e.g. imported or demo records, passed those stages)."""
    changes = s.execute(
        select(StageChange.from_stage, StageChange.to_stage, StageChange.unmet_criteria).where(
            StageChange.opportunity_id == opp.id
        )
    ).all()
    passed: set[Stage] = set()
    unmet: set[str] = set()
    for c in changes:
        if c.from_stage is None:
            continue
        passed.update(stages_passed(c.from_stage, c.to_stage))
        if c.unmet_criteria:
            unmet.update(json.loads(c.unmet_criteria))
    return [
        ChecklistEntry(stage, criterion.zh, stage in passed and f"{stage.code}: {criterion.zh}" not in unmet)
        for stage in Stage
        for criterion in default_criteria(stage)
    ]


def _ensure_checklist(s: Session, opp: Opportunity) -> None:
    """Create the seed's default exit criteria the first time they are needed."""
    has_any = s.scalar(select(func.count()).where(ChecklistItem.opportunity_id == opp.id))
    if has_any:
        return
    position: dict[Stage, int] = {}
    for entry in _default_entries(s, opp):
        position[entry.stage] = position.get(entry.stage, -1) + 1
        s.add(
            ChecklistItem(
                opportunity_id=opp.id,
                stage=entry.stage,
                text=entry.text,
                position=position[entry.stage],
                done=entry.done,
            )
        )
    s.flush()


def _entries(s: Session, opp: Opportunity) -> list[ChecklistEntry]:
    rows = s.execute(
        select(ChecklistItem.stage, ChecklistItem.text, ChecklistItem.done)
        .where(ChecklistItem.opportunity_id == opp.id)
        .order_by(ChecklistItem.stage, ChecklistItem.position, ChecklistItem.id)
    ).all()
    if not rows:  # not created yet: the defaults, as they would be created
        return _default_entries(s, opp)
    return [ChecklistEntry(r.stage, r.text, r.done) for r in rows]


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


def _opp_uuid(s: Session, opp_id: int) -> str:
    return s.scalar(select(Opportunity.uuid).where(Opportunity.id == opp_id)) or ""


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
