"""Reading one account file (客户档案) with everything the form and its tabs
show: :class:`AccountDetail`, its summary rows, and :func:`get_account`.

Re-exported by :mod:`kamdesk.services.accounts`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.classify import (
    PaymentRecord,
    PurchaseDue,
    PurchaseRecord,
    RevisitDue,
    ValueIndicators,
    days_overdue,
    effective_urgency,
    grade_from_expected_close,
    purchase_cycle_due,
    relationship_advice,
    revisit_due,
    value_indicators,
)
from kamdesk.domain.grading import Grade
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactCategory, ContactWay, VisitKind, VisitStatus
from kamdesk.services.accounts.extras import LinkRow
from kamdesk.services.accounts.query import local_today
from kamdesk.services.accounts.write import AccountInput, _find
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Contact,
    ContactLog,
    CustomField,
    CustomValue,
    Opportunity,
    Payment,
    Purchase,
    Rep,
    Visit,
)


@dataclass(frozen=True)
class CustomValueView:
    field_uuid: str
    name: str
    kind: str
    value: str | None


@dataclass(frozen=True)
class ContactSummary:
    uuid: str
    name: str
    title: str | None
    department: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    is_private: bool
    reports_to_uuid: str | None


@dataclass(frozen=True)
class VisitSummary:
    uuid: str
    starts_at: datetime
    status: VisitStatus
    kind: VisitKind
    place: str | None
    objective: str | None
    outcome: str | None


@dataclass(frozen=True)
class OpportunitySummary:
    uuid: str
    name: str
    stage: Stage
    status: OpportunityStatus
    amount: Decimal | None
    expected_close: date | None


@dataclass(frozen=True)
class LogSummary:
    uuid: str
    at: datetime
    way: ContactWay
    category: ContactCategory
    our_person: str | None
    their_person: str | None
    their_title: str | None
    content: str | None
    next_step: str | None


@dataclass(frozen=True)
class AccountDetail:
    """One account as the form and its tabs show it. ``data`` is the editable
    part: change it with ``dataclasses.replace`` and pass it to save_account."""

    uuid: str
    data: AccountInput
    owner_name: str | None
    created_at: datetime
    updated_at: datetime
    archived: bool
    last_touch_at: datetime | None
    last_visit_on: date | None
    next_visit_on: date | None
    last_purchase_on: date | None
    revenue_total: Decimal | None
    custom_values: tuple[CustomValueView, ...]
    contacts: tuple[ContactSummary, ...]
    visits: tuple[VisitSummary, ...]  # the last 50, newest first
    opportunities: tuple[OpportunitySummary, ...]
    log: tuple[LogSummary, ...]  # the last 20 contact-log entries, newest first
    links: tuple[LinkRow, ...]
    # worked out for the rep
    days_overdue: int | None
    revisit: RevisitDue | None
    purchase: PurchaseDue | None
    suggested_grade: Grade
    value: ValueIndicators
    relationship_advice_zh: str
    relationship_advice_en: str


# --- reading one account ---------------------------------------------------

VISIT_HEAD = 50
LOG_HEAD = 20


def _input_of(acc: Account, owner_uuid: str | None, custom: dict[str, object], today: date) -> AccountInput:
    return AccountInput(
        uuid=acc.uuid,
        name=acc.name,
        short_name=acc.short_name,
        number=acc.number,
        owner_uuid=owner_uuid,
        nature=acc.nature,
        industry=acc.industry,
        province=acc.province,
        city=acc.city,
        address=acc.address,
        postcode=acc.postcode,
        phone=acc.phone,
        fax=acc.fax,
        email=acc.email,
        website=acc.website,
        founded_on=acc.founded_on,
        registered_capital=acc.registered_capital,
        employee_count=acc.employee_count,
        annual_revenue=acc.annual_revenue,
        listed=acc.listed,
        shareholders=acc.shareholders,
        org_structure=acc.org_structure,
        decision_background=acc.decision_background,
        main_project=acc.main_project,
        long_term_partners=acc.long_term_partners,
        source=acc.source,
        counterparty_kind=acc.counterparty_kind,
        tier=acc.tier,
        grade=acc.grade,
        cadence=acc.cadence,
        revisit_interval=acc.revisit_interval,
        prospect_disposition=acc.prospect_disposition,
        deal_status=acc.deal_status,
        need_status=acc.need_status,
        urgency=effective_urgency(acc.urgency, acc.urgency_manual, acc.handle_by, today),
        handle_by=acc.handle_by,
        urgency_manual=acc.urgency_manual,
        man_money=acc.man_money,
        man_authority=acc.man_authority,
        man_need=acc.man_need,
        relationship_type=acc.relationship_type,
        relationship_stage=acc.relationship_stage,
        expected_close=acc.expected_close,
        purchase_cycle_days=acc.purchase_cycle_days,
        share_of_wallet_pct=acc.share_of_wallet_pct,
        notes=acc.notes,
        custom=custom,
    )


def get_account(db: Database, uuid: str, *, today: date | None = None) -> AccountDetail:
    """Everything about one account, in a handful of indexed queries."""
    from kamdesk.services.accounts.extras import links_of

    day = today or local_today()
    with db.reading() as s:
        acc = _find(s, uuid)
        owner = (
            s.execute(select(Rep.uuid, Rep.name).where(Rep.id == acc.owner_id)).first()
            if acc.owner_id
            else None
        )
        custom_views = _custom_values(s, acc.id)
        contacts = _contacts(s, acc.id)
        visits = _visit_head(s, acc.id)
        opps = _opportunities(s, acc.id)
        log = _log_head(s, acc.id)
        indicators = _value_indicators(s, acc.id)
        links = tuple(links_of(s, acc.id))
        since = acc.last_touch_at or acc.created_at  # never touched: counted from creation
        last_touch_local = clock.to_local(since).date() if since else None
        return AccountDetail(
            uuid=acc.uuid,
            data=_input_of(
                acc, owner[0] if owner else None, {v.field_uuid: v.value for v in custom_views}, day
            ),
            owner_name=owner[1] if owner else None,
            created_at=acc.created_at,
            updated_at=acc.updated_at,
            archived=acc.archived,
            last_touch_at=acc.last_touch_at,
            last_visit_on=acc.last_visit_on,
            next_visit_on=acc.next_visit_on,
            last_purchase_on=acc.last_purchase_on,
            revenue_total=acc.revenue_total,
            custom_values=custom_views,
            contacts=contacts,
            visits=visits,
            opportunities=opps,
            log=log,
            links=links,
            days_overdue=days_overdue(last_touch_local, acc.cadence, day),
            revisit=revisit_due(acc.last_visit_on, acc.revisit_interval, day),
            purchase=purchase_cycle_due(
                acc.last_purchase_on or indicators.last_order_on, acc.purchase_cycle_days, day
            ),
            suggested_grade=grade_from_expected_close(acc.expected_close, day, need=acc.need_status),
            value=indicators,
            relationship_advice_zh=relationship_advice(acc.relationship_type, acc.relationship_stage, "zh"),
            relationship_advice_en=relationship_advice(acc.relationship_type, acc.relationship_stage, "en"),
        )


def _custom_values(s: Session, account_id: int) -> tuple[CustomValueView, ...]:
    fields = s.execute(
        select(CustomField.id, CustomField.uuid, CustomField.name, CustomField.kind)
        .where(CustomField.entity == "account")
        .order_by(CustomField.position, CustomField.id)
    ).all()
    values = {
        fid: value
        for fid, value in s.execute(
            select(CustomValue.field_id, CustomValue.value).where(CustomValue.account_id == account_id)
        )
    }
    return tuple(CustomValueView(u, n, k.code, values.get(fid)) for fid, u, n, k in fields)


def _contacts(s: Session, account_id: int) -> tuple[ContactSummary, ...]:
    contacts_q = s.execute(
        select(
            Contact.uuid,
            Contact.name,
            Contact.title,
            Contact.department,
            Contact.phone,
            Contact.mobile,
            Contact.email,
            Contact.is_private,
            Contact.reports_to_id,
            Contact.id,
        )
        .where(Contact.account_id == account_id, Contact.archived.is_(False))
        .order_by(Contact.sort_key)
    ).all()
    id_to_uuid = {r[9]: r[0] for r in contacts_q}
    return tuple(
        ContactSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], id_to_uuid.get(r[8]) if r[8] else None)
        for r in contacts_q
    )


def _visit_head(s: Session, account_id: int) -> tuple[VisitSummary, ...]:
    """The last VISIT_HEAD visits, newest first."""
    return tuple(
        VisitSummary(*r)
        for r in s.execute(
            select(
                Visit.uuid,
                Visit.starts_at,
                Visit.status,
                Visit.kind,
                Visit.place,
                func.coalesce(Visit.stage_objective, Visit.final_objective),
                Visit.outcome,
            )
            .where(Visit.account_id == account_id)
            .order_by(Visit.starts_at.desc())
            .limit(VISIT_HEAD)
        )
    )


def _opportunities(s: Session, account_id: int) -> tuple[OpportunitySummary, ...]:
    return tuple(
        OpportunitySummary(*r)
        for r in s.execute(
            select(
                Opportunity.uuid,
                Opportunity.name,
                Opportunity.stage,
                Opportunity.status,
                Opportunity.amount,
                Opportunity.expected_close,
            )
            .where(Opportunity.account_id == account_id)
            .order_by(Opportunity.status, Opportunity.expected_close)
        )
    )


def _log_head(s: Session, account_id: int) -> tuple[LogSummary, ...]:
    """The last LOG_HEAD contact-log entries, newest first."""
    return tuple(
        LogSummary(*r)
        for r in s.execute(
            select(
                ContactLog.uuid,
                ContactLog.at,
                ContactLog.way,
                ContactLog.category,
                ContactLog.our_person,
                ContactLog.their_person,
                ContactLog.their_title,
                ContactLog.content,
                ContactLog.next_step,
            )
            .where(ContactLog.account_id == account_id)
            .order_by(ContactLog.at.desc())
            .limit(LOG_HEAD)
        )
    )


def _value_indicators(s: Session, account_id: int) -> ValueIndicators:
    """The account's value from its purchases and payments (a payment dated by its order)."""
    purchase_rows = s.execute(
        select(Purchase.id, Purchase.ordered_on, Purchase.amount, Purchase.profit, Purchase.is_return).where(
            Purchase.account_id == account_id
        )
    ).all()
    order_day = {r[0]: r[1] for r in purchase_rows}
    payments = [
        PaymentRecord(amount=a, paid_on=p, ordered_on=order_day.get(pid) if pid else None, due_on=d)
        for a, p, pid, d in s.execute(
            select(Payment.amount, Payment.paid_on, Payment.purchase_id, Payment.due_on).where(
                Payment.account_id == account_id
            )
        )
    ]
    return value_indicators([PurchaseRecord(r[1], r[2], r[3], bool(r[4])) for r in purchase_rows], payments)
