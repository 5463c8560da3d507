"""Lookups for the pipeline's pickers and filters: reps, accounts,
competitors, close months, and existence checks."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select

from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity, Rep


def reps(db: Database) -> list[tuple[str, str, bool]]:
    """(uuid, name, is_me) of the active reps, for owner filters."""
    with db.reading() as s:
        rows = s.execute(
            select(Rep.uuid, Rep.name, Rep.is_me).where(Rep.active.is_(True)).order_by(Rep.name)
        ).all()
    return [(r.uuid, r.name, bool(r.is_me)) for r in rows]


def accounts_for_choice(db: Database, text: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(uuid, name) of customer accounts matching ``text`` for a picker."""
    with db.reading() as s:
        query = select(Account.uuid, Account.name).where(Account.archived.is_(False))
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(
                or_(Account.name.ilike(like), Account.short_name.ilike(like), Account.initials.ilike(like))
            )
        rows = s.execute(query.order_by(Account.sort_key, Account.id).limit(limit)).all()
    return [(r.uuid, r.name) for r in rows]


def competitor_accounts(db: Database) -> list[tuple[str, str]]:
    """(uuid, name) of accounts kept as competitors (往来单位: competitor)."""
    from kamdesk.domain.grading import CounterpartyKind

    with db.reading() as s:
        rows = s.execute(
            select(Account.uuid, Account.name)
            .where(Account.counterparty_kind == CounterpartyKind.COMPETITOR)
            .order_by(Account.sort_key)
        ).all()
    return [(r.uuid, r.name) for r in rows]


def close_months(db: Database) -> Sequence[str]:
    """Months ("2026-11") that have an opportunity closing, for the filter."""
    with db.reading() as s:
        dates = s.scalars(
            select(Opportunity.expected_close).where(Opportunity.expected_close.is_not(None)).distinct()
        ).all()
    return sorted({f"{d.year}-{d.month:02d}" for d in dates if d})


def account_name(db: Database, uuid: str) -> str | None:
    """The name of account ``uuid`` (None when there is no such account)."""
    with db.reading() as s:
        return s.scalar(select(Account.name).where(Account.uuid == uuid))


def is_opportunity(db: Database, uuid: str) -> bool:
    with db.reading() as s:
        return s.scalar(select(Opportunity.id).where(Opportunity.uuid == uuid)) is not None
