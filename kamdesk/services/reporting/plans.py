"""The rep's own words on a report: plan, summary, key and hard problems
(PlanPeriod) and the plan items with their results (PlanItem), for any
period kind (day, week, month, quarter, half, year)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.periods import PeriodKind, period_bounds, period_key
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import PeriodText, PlanItemRow, resolve_rep
from kamdesk.store.db import Database
from kamdesk.store.models import Account, PlanItem, PlanPeriod

MAX_TEXT = 20000
TEXT_FIELDS = ("plan_text", "summary_text", "key_problems", "hard_problems")


def _canonical(kind: PeriodKind, key: str) -> tuple[str, tuple[object, object]]:
    try:
        start, end = period_bounds(kind, key.strip())
    except ValueError:
        raise ValidationError({"key": f"malformed {kind.en.lower()} {key!r}"}) from None
    return period_key(kind, start), (start, end)


def _period(session: Session, rep_id: int, kind: PeriodKind, key: str, *, create: bool) -> PlanPeriod | None:
    canonical, (start, end) = _canonical(kind, key)
    pp = session.execute(
        select(PlanPeriod).where(
            PlanPeriod.rep_id == rep_id, PlanPeriod.kind == kind, PlanPeriod.key == canonical
        )
    ).scalar_one_or_none()
    if pp is None and create:
        pp = PlanPeriod(rep_id=rep_id, kind=kind, key=canonical, starts_on=start, ends_on=end)
        session.add(pp)
        session.flush()
    return pp


def period_text(db: Database, kind: PeriodKind, key: str, rep: str | None = None) -> PeriodText:
    with db.reading() as s:
        r = resolve_rep(s, rep)
        pp = _period(s, r.id, kind, key, create=False)
        if pp is None:
            return PeriodText()
        return PeriodText(
            pp.plan_text or "", pp.summary_text or "", pp.key_problems or "", pp.hard_problems or ""
        )


def save_period_text(
    db: Database,
    kind: PeriodKind,
    key: str,
    *,
    rep: str | None = None,
    plan_text: str | None = None,
    summary_text: str | None = None,
    key_problems: str | None = None,
    hard_problems: str | None = None,
) -> Result[PeriodText]:
    """Save the rep's text for a period; a field left None keeps its value."""
    values = {
        "plan_text": plan_text,
        "summary_text": summary_text,
        "key_problems": key_problems,
        "hard_problems": hard_problems,
    }
    errors = {
        name: f"at most {MAX_TEXT} characters"
        for name, v in values.items()
        if v is not None and len(v) > MAX_TEXT
    }
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        pp = _period(s, r.id, kind, key, create=True)
        assert pp is not None
        for name, value in values.items():
            if value is not None:
                setattr(pp, name, value.strip() or None)
        s.flush()
        text = PeriodText(
            pp.plan_text or "", pp.summary_text or "", pp.key_problems or "", pp.hard_problems or ""
        )
        return Result(text, Changes.of("plan", uuids=(pp.uuid,)))


def _item_row(session: Session, item: PlanItem) -> PlanItemRow:
    account = session.get(Account, item.account_id).name if item.account_id else None  # type: ignore[union-attr]
    return PlanItemRow(item.uuid, item.position, item.text, item.result or "", bool(item.done), account)


def _account_id(session: Session, account_uuid: str | None) -> int | None:
    if not account_uuid:
        return None
    acc = session.execute(select(Account.id).where(Account.uuid == account_uuid)).scalar()
    if acc is None:
        raise ValidationError({"account": "no such account"})
    return int(acc)


def add_plan_item(
    db: Database,
    kind: PeriodKind,
    key: str,
    text: str,
    *,
    rep: str | None = None,
    result: str = "",
    done: bool = False,
    account_uuid: str | None = None,
) -> Result[PlanItemRow]:
    """Add a plan item at the end of the period's list."""
    if not text.strip():
        raise ValidationError({"text": "a plan item needs some text"})
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        pp = _period(s, r.id, kind, key, create=True)
        assert pp is not None
        last = s.execute(select(func.max(PlanItem.position)).where(PlanItem.period_id == pp.id)).scalar()
        item = PlanItem(
            period_id=pp.id,
            position=(last + 1) if last is not None else 0,
            text=text.strip(),
            result=result.strip() or None,
            done=done,
            account_id=_account_id(s, account_uuid),
        )
        s.add(item)
        s.flush()
        return Result(_item_row(s, item), Changes.of("plan", uuids=(item.uuid,)))


def _item(session: Session, uuid: str) -> PlanItem:
    item = session.execute(select(PlanItem).where(PlanItem.uuid == uuid)).scalar_one_or_none()
    if item is None:
        raise UserError("that plan item no longer exists; it may have been deleted")
    return item


def update_plan_item(
    db: Database,
    uuid: str,
    *,
    text: str | None = None,
    result: str | None = None,
    done: bool | None = None,
) -> Result[PlanItemRow]:
    if text is not None and not text.strip():
        raise ValidationError({"text": "a plan item needs some text"})
    with db.transaction() as s:
        item = _item(s, uuid)
        if text is not None:
            item.text = text.strip()
        if result is not None:
            item.result = result.strip() or None
        if done is not None:
            item.done = done
        s.flush()
        return Result(_item_row(s, item), Changes.of("plan", uuids=(uuid,)))


def delete_plan_item(db: Database, uuid: str) -> Result[None]:
    with db.transaction() as s:
        s.delete(_item(s, uuid))
        return Result(None, Changes.of("plan", uuids=(uuid,)))


def move_plan_item(db: Database, uuid: str, delta: int) -> Result[None]:
    """Move an item up (delta < 0) or down within its period."""
    with db.transaction() as s:
        item = _item(s, uuid)
        siblings = list(
            s.execute(
                select(PlanItem)
                .where(PlanItem.period_id == item.period_id)
                .order_by(PlanItem.position, PlanItem.id)
            ).scalars()
        )
        i = siblings.index(item)
        j = max(0, min(len(siblings) - 1, i + delta))
        siblings.insert(j, siblings.pop(i))
        for pos, it in enumerate(siblings):
            it.position = pos
        return Result(None, Changes.of("plan", uuids=(uuid,)))


def set_collections_plan(
    db: Database, kind: PeriodKind, key: str, amount: object, *, rep: str | None = None
) -> Result[Decimal | None]:
    """The period's planned collections (回款计划), which the report's first
    question measures the money received against; blank clears it. A figure
    that is not a number, or a period that does not exist, is refused naming
    the field, and nothing is saved."""
    from kamdesk.services.opportunities import parse_amount

    errors: dict[str, str] = {}
    try:
        _canonical(kind, key)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        value = parse_amount(amount)
    except ValueError as exc:
        errors["collections_plan"] = str(exc)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        pp = _period(s, r.id, kind, key, create=True)
        assert pp is not None
        pp.collections = value
        s.flush()
        return Result(value, Changes.of("plan", uuids=(pp.uuid,)))
