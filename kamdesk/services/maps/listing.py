"""Finding stakeholder maps (决策链): the maps there are, the opportunities and
accounts a new one can start on, and the map a name on the command line means."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Subquery, case, func, or_, select

from kamdesk.domain.codes import Coded
from kamdesk.domain.stakeholders import Stance
from kamdesk.errors import UserError
from kamdesk.services.maps.common import MapKind
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity, Stakeholder


@dataclass(frozen=True)
class MapSummary:
    kind: MapKind
    uuid: str  # the opportunity's or the account's uuid
    title: str
    account_uuid: str
    account_name: str
    stage: str | None  # the opportunity's stage code
    people: int
    supporters: int  # attitude A or B
    opponents: int  # attitude D or E, or stance opponent
    updated_at: datetime | None


@dataclass(frozen=True)
class MapCandidate:
    """An opportunity or account a new map can be started on."""

    kind: MapKind
    uuid: str
    title: str
    account_name: str
    people: int


# -- list ------------------------------------------------------------------------------------------

SORTS = ("title", "account", "people", "opponents", "updated")


def list_maps(
    db: Database,
    *,
    search: str = "",
    sort: str = "updated",
    descending: bool | None = None,
    limit: int = 500,
) -> list[MapSummary]:
    """Opportunities and accounts that have stakeholders, with head counts.

    ``search`` matches the opportunity name or number and the account's name,
    short name or pinyin initials. ``sort`` is one of :data:`SORTS`."""
    if sort not in SORTS:
        raise UserError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    grouped = _head_counts()
    title = func.coalesce(Opportunity.name, func.coalesce(Account.short_name, Account.name))
    stmt = (
        select(
            grouped.c.people,
            grouped.c.supporters,
            grouped.c.opponents,
            grouped.c.updated_at,
            Account.uuid,
            Account.name,
            Account.short_name,
            Opportunity.uuid,
            Opportunity.name,
            Opportunity.stage,
        )
        .select_from(grouped)
        .join(Account, Account.id == grouped.c.account_id)
        .outerjoin(Opportunity, Opportunity.id == grouped.c.opportunity_id)
    )
    text = search.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(
            or_(Opportunity.name.ilike(like), Opportunity.number.ilike(like), _account_matches(text))
        )
    order_col = {
        "title": title,
        "account": Account.sort_key,
        "people": grouped.c.people,
        "opponents": grouped.c.opponents,
        "updated": grouped.c.updated_at,
    }[sort]
    desc = descending if descending is not None else sort in ("people", "opponents", "updated")
    stmt = stmt.order_by(order_col.desc() if desc else order_col.asc(), title).limit(limit)
    with db.reading() as s:
        rows = s.execute(stmt).all()
    return [_summary(*row) for row in rows]


def _head_counts() -> Subquery:
    """People, supporters and opponents per map (account, opportunity or none)."""
    supportive = case((Stakeholder.attitude.in_(["A", "B"]), 1), else_=0)
    opposing = case(
        (or_(Stakeholder.attitude.in_(["D", "E"]), Stakeholder.stance == Stance.OPPONENT.code), 1), else_=0
    )
    return (
        select(
            Stakeholder.account_id.label("account_id"),
            Stakeholder.opportunity_id.label("opportunity_id"),
            func.count().label("people"),
            func.sum(supportive).label("supporters"),
            func.sum(opposing).label("opponents"),
            func.max(Stakeholder.updated_at).label("updated_at"),
        )
        .group_by(Stakeholder.account_id, Stakeholder.opportunity_id)
        .subquery()
    )


def _account_matches(text: str) -> ColumnElement[bool]:
    """The account's name or short name contains ``text``, or its pinyin initials start with it."""
    like = f"%{text}%"
    return or_(
        Account.name.ilike(like),
        Account.short_name.ilike(like),
        Account.initials.ilike(f"{text.lower()}%"),
    )


def _summary(
    people: int,
    supporters: int | None,
    opponents: int | None,
    updated: datetime | None,
    a_uuid: str,
    a_name: str,
    a_short: str | None,
    o_uuid: str | None,
    o_name: str | None,
    o_stage: Coded | None,
) -> MapSummary:
    account_name = a_short or a_name
    return MapSummary(
        kind="opportunity" if o_uuid else "account",
        uuid=o_uuid or a_uuid,
        title=o_name or account_name,
        account_uuid=a_uuid,
        account_name=account_name,
        stage=o_stage.code if o_stage is not None else None,
        people=int(people),
        supporters=int(supporters or 0),
        opponents=int(opponents or 0),
        updated_at=updated,
    )


def map_candidates(db: Database, search: str = "", *, limit: int = 50) -> list[MapCandidate]:
    """Open opportunities and accounts a map can be opened or started on."""
    text = search.strip()
    like = f"%{text}%"
    people = (
        select(Stakeholder.opportunity_id, func.count().label("n"))
        .group_by(Stakeholder.opportunity_id)
        .subquery()
    )
    opp_stmt = (
        select(Opportunity.uuid, Opportunity.name, Account.name, Account.short_name, people.c.n)
        .join(Account, Account.id == Opportunity.account_id)
        .outerjoin(people, people.c.opportunity_id == Opportunity.id)
        .order_by(Opportunity.updated_at.desc())
        .limit(limit)
    )
    acc_stmt = select(Account.uuid, Account.name, Account.short_name).order_by(Account.sort_key).limit(limit)
    if text:
        opp_stmt = opp_stmt.where(
            or_(Opportunity.name.ilike(like), Account.name.ilike(like), Account.short_name.ilike(like))
        )
        acc_stmt = acc_stmt.where(_account_matches(text))
    with db.reading() as s:
        opps = s.execute(opp_stmt).all()
        accs = s.execute(acc_stmt).all()
        acc_people = dict(
            s.execute(
                select(Account.uuid, func.count(Stakeholder.id))
                .join(Stakeholder, Stakeholder.account_id == Account.id)
                .where(Stakeholder.opportunity_id.is_(None), Account.uuid.in_([a[0] for a in accs]))
                .group_by(Account.uuid)
            ).all()
        )
    out = [MapCandidate("opportunity", u, n, short or an, int(k or 0)) for u, n, an, short, k in opps]
    out += [
        MapCandidate("account", u, short or n, short or n, int(acc_people.get(u, 0))) for u, n, short in accs
    ]
    return out


def resolve_map(db: Database, text: str) -> str:
    """The opportunity (or account) uuid meant by ``text``: a uuid, or a name.

    A name matches exactly first, then as a part of opportunity names. No match
    or several matches raise a one-line :class:`UserError` listing candidates."""
    key = text.strip()
    if not key:
        raise UserError("name an opportunity (its name or UUID)")
    with db.reading() as s:
        if s.scalar(select(Opportunity.id).where(Opportunity.uuid == key)) is not None:
            return key
        if s.scalar(select(Account.id).where(Account.uuid == key)) is not None:
            return key
        # with the account's name: two accounts often run projects of the same name
        named = select(
            Opportunity.uuid, Opportunity.name, func.coalesce(Account.short_name, Account.name)
        ).join(Account, Account.id == Opportunity.account_id)
        exact = s.execute(named.where(Opportunity.name == key)).all()
        if len(exact) == 1:
            return str(exact[0][0])
        matches = (
            exact
            or s.execute(
                named.where(Opportunity.name.ilike(f"%{key}%")).order_by(Opportunity.name).limit(11)
            ).all()
        )
    if len(matches) == 1:
        return str(matches[0][0])
    if not matches:
        raise UserError(f"no opportunity named {key!r}; give its exact name or UUID")
    shown = "; ".join(f"{name} · {account} ({uuid})" for uuid, name, account in matches[:10])
    more = " …" if len(matches) > 10 else ""
    raise UserError(f"{key!r} matches {len(matches)} opportunities: {shown}{more}")
