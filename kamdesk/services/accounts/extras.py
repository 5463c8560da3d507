"""Around the account list: filter choices, saved filters, links between
counterparties, reps and hand-over, and the Pareto (top 20%) view.
Re-exported by :mod:`kamdesk.services.accounts`."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.grading import CounterpartyKind, LinkKind
from kamdesk.domain.stages import OpportunityStatus
from kamdesk.domain.visits import VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.accounts.query import AccountFilter, local_today
from kamdesk.services.accounts.rows import AccountRow, rows_by_ids
from kamdesk.services.changes import Changes, Result
from kamdesk.services.me import ensure_my_rep_id
from kamdesk.store.db import Database
from kamdesk.store.models import Account, AccountLink, Opportunity, Rep, SavedFilter, Visit

ZERO = Decimal("0")


# --- filter choices ------------------------------------------------------


@dataclass(frozen=True)
class RepRow:
    uuid: str
    name: str
    code: str | None
    title: str | None
    region: str | None
    is_me: bool
    active: bool


@dataclass(frozen=True)
class FilterOptions:
    industries: tuple[str, ...]
    provinces: tuple[str, ...]
    cities: tuple[tuple[str | None, str], ...]  # (province, city), sorted
    owners: tuple[RepRow, ...]


def _rep_row(r: Rep) -> RepRow:
    return RepRow(r.uuid, r.name, r.code, r.title, r.region, r.is_me, r.active)


def filter_options(db: Database) -> FilterOptions:
    """Distinct values the list can be filtered by (indexed columns)."""
    with db.reading() as s:
        industries = s.scalars(
            select(Account.industry)
            .where(Account.industry.is_not(None))
            .distinct()
            .order_by(Account.industry)
        ).all()
        places = s.execute(
            select(Account.province, Account.city)
            .where(or_(Account.city.is_not(None), Account.province.is_not(None)))
            .distinct()
        ).all()
        reps = [_rep_row(r) for r in s.scalars(select(Rep).order_by(Rep.name))]
    provinces = sorted({p for p, _ in places if p})
    cities = sorted({(p, c) for p, c in places if c}, key=lambda pc: (pc[0] or "", pc[1]))
    return FilterOptions(tuple(i for i in industries if i), tuple(provinces), tuple(cities), tuple(reps))


# --- reps ------------------------------------------------------------------


def list_reps(db: Database, *, include_inactive: bool = True) -> list[RepRow]:
    with db.reading() as s:
        q = select(Rep).order_by(Rep.is_me.desc(), Rep.name)
        if not include_inactive:
            q = q.where(Rep.active.is_(True))
        return [_rep_row(r) for r in s.scalars(q)]


def ensure_me(db: Database) -> RepRow:
    """The laptop's own rep, created (named after the login) if there is none."""
    with db.transaction() as s:
        rep = s.get(Rep, ensure_my_rep_id(s))
        assert rep is not None
        return _rep_row(rep)


# --- saved filters -----------------------------------------------------------


@dataclass(frozen=True)
class SavedFilterRow:
    uuid: str
    name: str
    filter: AccountFilter


def save_filter(db: Database, name: str, f: AccountFilter) -> Result[str]:
    """Save the filter under ``name`` (replacing one with the same name)."""
    errors: fieldcheck.Errors = {}
    clean = fieldcheck.text(errors, "name", name, max_len=80, required=True)
    if errors:
        raise ValidationError(errors)
    spec = json.dumps(f.to_json(), ensure_ascii=False, sort_keys=True)
    with db.transaction() as s:
        row = s.scalar(select(SavedFilter).where(SavedFilter.scope == "accounts", SavedFilter.name == clean))
        if row is None:
            row = SavedFilter(scope="accounts", name=clean, spec=spec)
            s.add(row)
        else:
            row.spec = spec
        s.flush()
        return Result(row.uuid, Changes.of("account"))


def list_filters(db: Database) -> list[SavedFilterRow]:
    with db.reading() as s:
        rows = s.execute(
            select(SavedFilter.uuid, SavedFilter.name, SavedFilter.spec)
            .where(SavedFilter.scope == "accounts")
            .order_by(SavedFilter.name)
        ).all()
    out = []
    for uuid, name, spec in rows:
        try:
            f = AccountFilter.from_json(json.loads(spec))
        except (ValueError, TypeError):
            continue  # a damaged filter is skipped, not fatal
        out.append(SavedFilterRow(uuid, name, f))
    return out


def delete_filter(db: Database, uuid: str) -> Result[str]:
    with db.transaction() as s:
        row = s.scalar(select(SavedFilter).where(SavedFilter.uuid == uuid))
        if row is not None:
            s.delete(row)
        return Result(uuid, Changes.of("account"))


# --- links between counterparties -----------------------------------------------


@dataclass(frozen=True)
class LinkRow:
    """A link seen from one account: ``kind`` as stored from→to, and
    ``outgoing`` False when this account is the link's target."""

    uuid: str
    kind: LinkKind
    outgoing: bool
    other_uuid: str
    other_name: str
    other_kind: CounterpartyKind | None
    note: str | None


def _account_id(s: Session, uuid: str) -> int:
    found = s.scalar(select(Account.id).where(Account.uuid == uuid))
    if found is None:
        raise UserError("that account no longer exists (it may have been deleted)")
    return found


def link_accounts(
    db: Database, from_uuid: str, to_uuid: str, kind: LinkKind | str, note: str | None = None
) -> Result[str]:
    """Link two counterparties (``to`` is ``kind`` of ``from``: upstream, downstream or peer)."""
    errors: fieldcheck.Errors = {}
    link_kind = fieldcheck.code(errors, "kind", kind, LinkKind)
    if from_uuid == to_uuid:
        errors["to_uuid"] = "an account cannot be linked to itself"
    if errors:
        raise ValidationError(errors)
    assert link_kind is not None
    with db.transaction() as s:
        a, b = _account_id(s, from_uuid), _account_id(s, to_uuid)
        same = s.scalar(
            select(AccountLink.uuid).where(
                or_(
                    (AccountLink.from_account_id == a) & (AccountLink.to_account_id == b),
                    (AccountLink.from_account_id == b) & (AccountLink.to_account_id == a),
                )
            )
        )
        if same is not None:
            raise UserError("these two accounts are already linked")
        link = AccountLink(from_account_id=a, to_account_id=b, kind=link_kind, note=fieldcheck.clean(note))
        s.add(link)
        s.flush()
        return Result(link.uuid, Changes.of("account", uuids=(from_uuid, to_uuid)))


def unlink(db: Database, link_uuid: str) -> Result[str]:
    with db.transaction() as s:
        link = s.scalar(select(AccountLink).where(AccountLink.uuid == link_uuid))
        if link is None:
            return Result(link_uuid, Changes())
        uuids = tuple(
            s.scalars(select(Account.uuid).where(Account.id.in_([link.from_account_id, link.to_account_id])))
        )
        s.delete(link)
        return Result(link_uuid, Changes.of("account", uuids=uuids))


def links_of(s: Session, account_id: int) -> list[LinkRow]:
    other = aliased(Account)
    out: list[LinkRow] = []
    for outgoing, mine, theirs in (
        (True, AccountLink.from_account_id, AccountLink.to_account_id),
        (False, AccountLink.to_account_id, AccountLink.from_account_id),
    ):
        q = (
            select(
                AccountLink.uuid,
                AccountLink.kind,
                other.uuid,
                other.name,
                other.counterparty_kind,
                AccountLink.note,
            )
            .join(other, other.id == theirs)
            .where(mine == account_id)
            .order_by(other.sort_key)
        )
        out.extend(LinkRow(u, k, outgoing, ou, on, ok, n) for u, k, ou, on, ok, n in s.execute(q))
    return out


def list_links(db: Database, uuid: str) -> list[LinkRow]:
    with db.reading() as s:
        return links_of(s, _account_id(s, uuid))


# --- hand-over --------------------------------------------------------------


def hand_over(db: Database, account_uuids: list[str] | tuple[str, ...], to_rep_uuid: str) -> Result[int]:
    """Give accounts to another rep: the accounts, their open opportunities and
    planned visits move; logged contact, done visits and closed opportunities
    keep who did them (all history stays). Returns how many accounts moved."""
    if not account_uuids:
        return Result(0, Changes())
    from kamdesk.store.backup import safety_backup

    safety_backup(db, "hand-over")  # a verified copy first: a hand-over touches many records
    with db.transaction() as s:
        rep_id = s.scalar(select(Rep.id).where(Rep.uuid == to_rep_uuid))
        if rep_id is None:
            raise ValidationError({"to_rep_uuid": "unknown rep"})
        ids = list(s.scalars(select(Account.id).where(Account.uuid.in_(list(account_uuids)))))
        missing = len(set(account_uuids)) - len(ids)
        if missing:
            raise UserError(f"{missing} of the accounts no longer exist; nothing was handed over")
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            s.execute(update(Account).where(Account.id.in_(chunk)).values(owner_id=rep_id))
            s.execute(
                update(Opportunity)
                .where(Opportunity.account_id.in_(chunk), Opportunity.status == OpportunityStatus.OPEN)
                .values(owner_id=rep_id)
            )
            s.execute(
                update(Visit)
                .where(Visit.account_id.in_(chunk), Visit.status == VisitStatus.PLANNED)
                .values(rep_id=rep_id)
            )
        return Result(len(ids), Changes.of("account", "opportunity", "visit", uuids=tuple(account_uuids)))


# --- Pareto ---------------------------------------------------------------------


@dataclass(frozen=True)
class ParetoView:
    """The top ``share`` of accounts by revenue: who they are and what they bring."""

    share: float
    account_count: int  # accounts considered (customers, not archived)
    top_count: int
    top_revenue: Decimal
    total_revenue: Decimal
    revenue_share: Decimal | None  # fraction of revenue the top brings (0.8 = 80%)
    rows: tuple[AccountRow, ...]  # the requested page of the top, largest first


def top_accounts_by_revenue(
    db: Database, share: float = 0.2, *, offset: int = 0, limit: int = 200, today: date | None = None
) -> ParetoView:
    """The 20% of customer accounts that bring the most revenue (the 80/20 rule)."""
    if not 0 < share <= 1:
        raise ValidationError({"share": "must be more than 0 and at most 1"})
    day = today or local_today()
    base = (Account.archived.is_(False), Account.counterparty_kind == CounterpartyKind.CUSTOMER)
    with db.reading() as s:
        count = int(s.scalar(select(func.count()).select_from(Account).where(*base)) or 0)
        total_cents = s.scalar(
            select(func.coalesce(func.sum(Account.__table__.c.revenue_total), 0)).where(*base)
        )
        top_n = math.ceil(count * share) if count else 0
        ranked = (
            select(Account.id, Account.__table__.c.revenue_total.label("rev"))
            .where(*base, Account.__table__.c.revenue_total > 0)
            .order_by(Account.__table__.c.revenue_total.desc(), Account.id)
            .limit(top_n)
            .subquery()
        )
        top_count, top_cents = s.execute(select(func.count(), func.coalesce(func.sum(ranked.c.rev), 0))).one()
        page_ids = list(
            s.scalars(
                select(ranked.c.id).order_by(ranked.c.rev.desc(), ranked.c.id).offset(offset).limit(limit)
            )
        )
        rows = rows_by_ids(s, page_ids, day)
    # the sums keep the Money type of the column: already Decimal amounts
    total = Decimal(total_cents or 0).quantize(Decimal("0.01"))
    top = Decimal(top_cents or 0).quantize(Decimal("0.01"))
    return ParetoView(
        share=share,
        account_count=count,
        top_count=int(top_count),
        top_revenue=top,
        total_revenue=total,
        revenue_share=(top / total).quantize(Decimal("0.0001")) if total > 0 else None,
        rows=tuple(rows),
    )
