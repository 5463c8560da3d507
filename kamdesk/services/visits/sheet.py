"""The seed's visit-plan and progress sheet (拜访计划与销售进度管理) built from
the data: project no., date, account manager, account name and no., project
objective, breakthroughs, next steps, key influencers with original → change
→ current attitude, progress vs the named main competitor (−5…+5), and the
manager's assessment."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.insights import PersonFacts, key_decision_maker, key_decision_maker_text
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
    influence_pct: float | None = None


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

    @property
    def key_decision_maker(self) -> Influencer | None:
        """The key person with the largest influence weight (关键决策者), None
        when no weight is set or the largest is shared."""
        facts = [
            PersonFacts(str(i), p.name, p.role, influence_pct=p.influence_pct)
            for i, p in enumerate(self.influencers)
        ]
        found = key_decision_maker(facts)
        return self.influencers[int(found.key)] if found else None

    def key_decision_maker_text(self, lang: str = "zh") -> str:
        """ "关键决策者：王总（影响项目的比重40%，经济买家）", or ""."""
        person = self.key_decision_maker
        if person is None:
            return ""
        return key_decision_maker_text(
            PersonFacts("", person.name, person.role, influence_pct=person.influence_pct), lang
        )


def _parse(code: str | None) -> AttitudeLevel | None:
    if not code:
        return None
    try:
        return AttitudeLevel.parse(code)
    except ValueError:
        return None


def _level_then(changes: list[AttitudeChange], moment: datetime, unchanged: str | None) -> str | None:
    """The attitude as it stood at ``moment``: the last change before it; before
    the first recorded change, what that change started from; ``unchanged``
    (the stakeholder's attitude) when it never changed."""
    if not changes:
        return unchanged
    earlier = [ch for ch in changes if ch.at < moment]
    return earlier[-1].to_level if earlier else changes[0].from_level


def _influencers(
    s: Session, account_id: int, opportunity_id: int | None, before: datetime | None, upto: datetime
) -> list[Influencer]:
    """Each key person's attitude before ``before`` (None: when first assessed)
    and as it stood at ``upto``; people put on the map after ``upto`` are left out."""
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
    history: dict[int, list[AttitudeChange]] = defaultdict(list)
    for ch in s.execute(
        select(AttitudeChange)
        .where(AttitudeChange.stakeholder_id.in_([st.id for st, *_ in rows]))
        .order_by(AttitudeChange.at, AttitudeChange.id)
    ).scalars():
        history[ch.stakeholder_id].append(ch)
    out = []
    for st, name, title, dept in rows:
        changes = history.get(st.id, [])
        if st.created_at >= upto and not any(ch.at < upto for ch in changes):
            continue  # not on the map yet then
        now_level = _level_code(st.attitude, st.attitude_step)
        current = _level_then(changes, upto, now_level)
        if before is not None:
            original = _level_then(changes, before, now_level)
        else:
            original = (changes[0].from_level or changes[0].to_level) if changes else current
        after = _parse(current)
        trend = attitude_trend(_parse(original), after) if after is not None else "→"
        out.append(Influencer(st.buying_role, dept, name, title, original, current, trend, st.influence_pct))
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
        day = on or clock.today()
        return _sheet(s, account, opp, day, before=None, upto=_end_of(day))


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
        day = on or clock.local_date(visit.starts_at)
        # before this visit, then as it stood when the visit's day ended (what
        # the visit changed is logged at its start); never later than now
        upto = min(_end_of(day), max(clock.now(), visit.starts_at + timedelta(seconds=1)))
        return _sheet(s, account, opp, day, before=visit.starts_at, upto=upto)


def _end_of(day: date) -> datetime:
    return clock.day_start(day + timedelta(days=1))


def _sheet(
    s: Session,
    account: Account,
    opp: Opportunity | None,
    on: date,
    *,
    before: datetime | None,
    upto: datetime,
) -> PlanSheet:
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
        if point is not None:
            progress = point.value
            competitor = competitor or point.competitor_name
        elif (
            s.scalar(select(ProgressPoint.id).where(ProgressPoint.opportunity_id == opp.id).limit(1)) is None
        ):
            progress = opp.progress_vs_rival  # never recorded over time: the one value known
        # else: first recorded after that day, so unknown then
    return PlanSheet(
        project_no=opp.number if opp else None,
        on=on,
        account_manager=rep.name if rep else None,
        account_name=account.name,
        account_no=account.number,
        project_objective=opp.objective if opp else None,
        breakthroughs=opp.breakthroughs if opp else None,
        next_steps=opp.next_steps if opp else None,
        influencers=tuple(_influencers(s, account.id, opp.id if opp else None, before, upto)),
        competitor=competitor,
        progress=progress,
        manager_assessment=opp.manager_assessment if opp else None,
        opportunity_name=opp.name if opp else None,
    )
