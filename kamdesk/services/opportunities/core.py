"""Opportunity core: lookups, field validation, the detail view, the seed's
default exit criteria and create/edit/delete.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.matrix import Lead, Territory, nine_grid, value_type
from kamdesk.domain.pipeline import (
    ChecklistEntry,
    default_criteria,
    effective_win_pct,
    stages_passed,
    weighted_value,
)
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.me import my_rep_id
from kamdesk.services.opportunities.types import OpportunityDetail
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    ChecklistItem,
    Opportunity,
    Rep,
    StageChange,
)

# --- helpers -----------------------------------------------------------------


def _now() -> datetime:
    return clock.now()


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
    weighted = weighted_value(opp.amount, win)
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


def _opp_uuid(s: Session, opp_id: int) -> str:
    return s.scalar(select(Opportunity.uuid).where(Opportunity.id == opp_id)) or ""


# --- default exit criteria ---------------------------------------------------


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
