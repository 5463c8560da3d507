"""The seed's visit-plan and progress sheet (拜访计划与销售进度管理) built from
the data: project no., date, account manager, account name and no., project
objective, breakthroughs, next steps, key influencers with original → change
→ current attitude, progress vs the named main competitor (−5…+5), and the
manager's assessment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.stages import OpportunityStatus
from kamdesk.domain.stakeholders import AttitudeLevel, BuyingRole, attitude_trend
from kamdesk.errors import UserError
from kamdesk.services.visits import _level_code
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    AttitudeChange,
    Contact,
    Opportunity,
    OpportunityCompetitor,
    ProgressPoint,
    Rep,
    Stakeholder,
    Visit,
)


@dataclass(frozen=True)
class Influencer:
    role: BuyingRole | None
    department: str | None
    name: str
    title: str | None
    original: str | None  # attitude when first assessed ("C")
    current: str | None  # attitude now ("B")
    trend: str  # ↑ ↓ →


@dataclass(frozen=True)
class PlanSheet:
    project_no: str | None
    on: date
    account_manager: str | None
    account_name: str
    account_no: str | None
    project_objective: str | None
    breakthroughs: str | None
    next_steps: str | None
    influencers: tuple[Influencer, ...]
    competitor: str | None
    progress: int | None  # −5…+5
    manager_assessment: str | None
    opportunity_name: str | None


def _parse(code: str | None) -> AttitudeLevel | None:
    if not code:
        return None
    try:
        return AttitudeLevel.parse(code)
    except ValueError:
        return None


def _influencers(s: Session, account_id: int, opportunity_id: int | None) -> list[Influencer]:
    stmt = (
        select(Stakeholder, Contact.name, Contact.title, Contact.department)
        .join(Contact, Contact.id == Stakeholder.contact_id)
        .where(Stakeholder.account_id == account_id)
    )
    if opportunity_id is not None:
        stmt = stmt.where(Stakeholder.opportunity_id == opportunity_id)
    # without a project: everyone on the account's maps, once (the standing entry first)
    rows = []
    seen: set[int] = set()
    for row in s.execute(
        stmt.order_by(Stakeholder.opportunity_id.is_not(None), Stakeholder.updated_at.desc())
    ):
        if row[0].contact_id not in seen:
            seen.add(row[0].contact_id)
            rows.append(row)
    ids = [st.id for st, *_ in rows]
    first: dict[int, AttitudeChange] = {}
    for ch in s.execute(
        select(AttitudeChange)
        .where(AttitudeChange.stakeholder_id.in_(ids))
        .order_by(AttitudeChange.at, AttitudeChange.id)
    ).scalars():
        first.setdefault(ch.stakeholder_id, ch)
    out = []
    for st, name, title, dept in rows:
        current = _level_code(st.attitude, st.attitude_step)
        first_change = first.get(st.id)
        original = (first_change.from_level or first_change.to_level) if first_change is not None else current
        after = _parse(current)
        trend = attitude_trend(_parse(original), after) if after is not None else "→"
        out.append(Influencer(st.buying_role, dept, name, title, original, current, trend))
    order = list(BuyingRole)
    out.sort(key=lambda i: (order.index(i.role) if i.role else len(order), i.name))
    return out


def sheet_for(
    db: Database,
    *,
    opportunity_uuid: str | None = None,
    account_uuid: str | None = None,
    on: date | None = None,
) -> PlanSheet:
    """The sheet for an opportunity (its map), or for an account's standing map."""
    with db.reading() as s:
        opp = None
        if opportunity_uuid:
            opp = s.execute(
                select(Opportunity).where(Opportunity.uuid == opportunity_uuid)
            ).scalar_one_or_none()
            if opp is None:
                raise UserError(f"opportunity not found: {opportunity_uuid}")
            account = s.get(Account, opp.account_id)
        else:
            account = s.execute(select(Account).where(Account.uuid == account_uuid)).scalar_one_or_none()
        if account is None:
            raise UserError(f"account not found: {account_uuid}")
        return _sheet(s, account, opp, on or clock.today())


def sheet_for_visit(db: Database, visit_uuid: str, on: date | None = None) -> PlanSheet:
    with db.reading() as s:
        visit = s.execute(select(Visit).where(Visit.uuid == visit_uuid)).scalar_one_or_none()
        if visit is None:
            raise UserError(f"visit not found: {visit_uuid}")
        account = s.get(Account, visit.account_id)
        assert account is not None
        opp = s.get(Opportunity, visit.opportunity_id) if visit.opportunity_id else None
        if opp is None:  # a visit not tied to a project is about the account's only open one, if any
            open_opps = (
                s.execute(
                    select(Opportunity)
                    .where(Opportunity.account_id == account.id, Opportunity.status == OpportunityStatus.OPEN)
                    .limit(2)
                )
                .scalars()
                .all()
            )
            opp = open_opps[0] if len(open_opps) == 1 else None
        return _sheet(s, account, opp, on or visit.starts_at.date())


def _sheet(s: Session, account: Account, opp: Opportunity | None, on: date) -> PlanSheet:
    owner_id = (opp.owner_id if opp else None) or account.owner_id
    rep = s.get(Rep, owner_id) if owner_id else None
    competitor = None
    progress = None
    if opp is not None:
        competitor = s.execute(
            select(OpportunityCompetitor.name)
            .where(OpportunityCompetitor.opportunity_id == opp.id)
            .order_by(OpportunityCompetitor.is_main.desc(), OpportunityCompetitor.id)
            .limit(1)
        ).scalar_one_or_none()
        point = s.execute(
            select(ProgressPoint)
            .where(ProgressPoint.opportunity_id == opp.id, ProgressPoint.on <= on)
            .order_by(ProgressPoint.on.desc(), ProgressPoint.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        progress = opp.progress_vs_rival
        if point is not None:
            if progress is None or opp.progress_vs_rival is None:
                progress = point.value
            competitor = competitor or point.competitor_name
    return PlanSheet(
        project_no=opp.number if opp else None,
        on=on,
        account_manager=rep.name if rep else None,
        account_name=account.name,
        account_no=account.number,
        project_objective=opp.objective if opp else None,
        breakthroughs=opp.breakthroughs if opp else None,
        next_steps=opp.next_steps if opp else None,
        influencers=tuple(_influencers(s, account.id, opp.id if opp else None)),
        competitor=competitor,
        progress=progress,
        manager_assessment=opp.manager_assessment if opp else None,
        opportunity_name=opp.name if opp else None,
    )
