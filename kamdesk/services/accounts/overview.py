"""A cheap summary of the open store for the main window: is it empty (first
run), how many records, whose laptop, which schema revision."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kamdesk.store.db import Database
from kamdesk.store.models import Account, Contact, Opportunity, Rep, Visit


@dataclass(frozen=True)
class StoreOverview:
    accounts: int
    contacts: int
    opportunities: int
    visits: int
    rep_name: str | None  # the laptop's own rep (``is_me``), else the only/first active rep
    schema_revision: str | None


def has_accounts(db: Database) -> bool:
    """True when the store holds at least one account (one indexed probe)."""
    with db.reading() as s:
        return s.execute(select(Account.id).limit(1)).first() is not None


def current_rep_name(db: Database) -> str | None:
    with db.reading() as s:
        row = s.execute(
            select(Rep.name).where(Rep.active.is_(True)).order_by(Rep.is_me.desc(), Rep.id).limit(1)
        ).first()
        return None if row is None else str(row[0])


def store_overview(db: Database) -> StoreOverview:
    """Record counts, the current rep and the schema revision."""
    from kamdesk.store.schema import current_revision

    with db.reading() as s:
        counts = [
            int(s.execute(select(func.count()).select_from(model)).scalar_one())
            for model in (Account, Contact, Opportunity, Visit)
        ]
    accounts, contacts, opportunities, visits = counts
    return StoreOverview(
        accounts=accounts,
        contacts=contacts,
        opportunities=opportunities,
        visits=visits,
        rep_name=current_rep_name(db),
        schema_revision=current_revision(db),
    )
