"""Account files (客户档案): the filtered, sorted, paged list; one account with
everything the form and its tabs show; create, update, archive, delete.

Saved filters, links between counterparties, hand-over, reps and the Pareto
view live in :mod:`kamdesk.services.account_extras` and are re-exported here,
so ``from kamdesk.services.accounts import …`` reaches the whole API.

Lists select columns (never entities) and sort, filter and page in SQL; the
name sorts by the maintained pinyin ``sort_key``; "days overdue" is worked out
in SQL from ``last_touch_at`` and the cadence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk.domain.classify import (
    PaymentRecord,
    PurchaseDue,
    PurchaseRecord,
    RevisitDue,
    ValueIndicators,
    days_overdue,
    grade_from_expected_close,
    purchase_cycle_due,
    relationship_advice,
    revisit_due,
    value_indicators,
)
from kamdesk.domain.grading import (
    AccountSource,
    Cadence,
    CompanyNature,
    CounterpartyKind,
    DealStatus,
    Grade,
    NeedStatus,
    ProspectDisposition,
    RelationshipStage,
    RelationshipType,
    RevisitInterval,
    Tier,
    Urgency,
)
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.text import initials, sort_key
from kamdesk.domain.visits import ContactCategory, ContactWay, VisitKind, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.account_extras import (
    FilterOptions,
    LinkRow,
    ParetoView,
    RepRow,
    SavedFilterRow,
    delete_filter,
    ensure_me,
    filter_options,
    hand_over,
    link_accounts,
    list_filters,
    list_links,
    list_reps,
    save_filter,
    top_accounts_by_revenue,
    unlink,
)
from kamdesk.services.account_query import (
    ACCOUNT_COLUMNS,
    AccountFilter,
    AccountRow,
    account_columns,
    count_accounts,
    forget_list_positions,
    list_accounts,
    local_today,
)
from kamdesk.services.changes import Changes, Result
from kamdesk.services.custom_fields import canonical_value
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
from kamdesk.store.search import reindex_accounts

__all__ = [
    "ACCOUNT_COLUMNS",
    "AccountDetail",
    "AccountFilter",
    "AccountInput",
    "AccountRow",
    "ContactSummary",
    "CustomValueView",
    "FilterOptions",
    "LinkRow",
    "LogSummary",
    "OpportunitySummary",
    "ParetoView",
    "RepRow",
    "SavedFilterRow",
    "VisitSummary",
    "account_columns",
    "archive_account",
    "count_accounts",
    "delete_account",
    "delete_filter",
    "ensure_me",
    "filter_options",
    "forget_list_positions",
    "get_account",
    "hand_over",
    "link_accounts",
    "list_accounts",
    "list_filters",
    "list_links",
    "list_reps",
    "save_account",
    "save_filter",
    "top_accounts_by_revenue",
    "unlink",
]


@dataclass(frozen=True)
class AccountInput:
    """Every editable field of an account file. Codes may be given as members,
    codes or labels; dates as ``date`` or text; amounts as ``Decimal`` or text
    (what a form or a file cell holds) — all are checked by :func:`save_account`.

    ``uuid`` None creates an account. ``custom`` maps a custom field's uuid to
    its value (None or "" clears it); fields not named are left as they are.
    """

    name: str
    uuid: str | None = None
    short_name: str | None = None
    number: str | None = None
    owner_uuid: str | None = None
    nature: CompanyNature | str | None = None
    industry: str | None = None
    province: str | None = None
    city: str | None = None
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None
    founded_on: date | str | None = None
    registered_capital: Decimal | str | None = None  # 万元
    employee_count: int | str | None = None
    annual_revenue: Decimal | str | None = None  # 万元
    listed: bool | str | None = None
    shareholders: str | None = None
    org_structure: str | None = None
    decision_background: str | None = None
    main_project: str | None = None
    long_term_partners: str | None = None
    source: AccountSource | str | None = None
    counterparty_kind: CounterpartyKind | str | None = CounterpartyKind.CUSTOMER
    tier: Tier | str | None = None
    grade: Grade | str | None = None
    cadence: Cadence | str | None = None
    revisit_interval: RevisitInterval | str | None = None
    prospect_disposition: ProspectDisposition | str | None = None
    deal_status: DealStatus | str | None = None
    need_status: NeedStatus | str | None = None
    urgency: Urgency | str | None = None
    relationship_type: RelationshipType | str | None = None
    relationship_stage: RelationshipStage | str | None = None
    expected_close: date | str | None = None
    purchase_cycle_days: int | str | None = None
    share_of_wallet_pct: float | str | None = None
    notes: str | None = None
    custom: dict[str, object] = field(default_factory=dict)


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


def _find(s: Session, uuid: str) -> Account:
    acc = s.scalar(select(Account).where(Account.uuid == uuid))
    if acc is None:
        raise UserError("that account no longer exists (it may have been deleted)")
    return acc


def _input_of(acc: Account, owner_uuid: str | None, custom: dict[str, object]) -> AccountInput:
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
        urgency=acc.urgency,
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
    from kamdesk.services.account_extras import links_of

    day = today or local_today()
    with db.reading() as s:
        acc = _find(s, uuid)
        owner = (
            s.execute(select(Rep.uuid, Rep.name).where(Rep.id == acc.owner_id)).first()
            if acc.owner_id
            else None
        )
        fields = s.execute(
            select(CustomField.id, CustomField.uuid, CustomField.name, CustomField.kind)
            .where(CustomField.entity == "account")
            .order_by(CustomField.position, CustomField.id)
        ).all()
        values = {
            fid: value
            for fid, value in s.execute(
                select(CustomValue.field_id, CustomValue.value).where(CustomValue.account_id == acc.id)
            )
        }
        custom_views = tuple(CustomValueView(u, n, k.code, values.get(fid)) for fid, u, n, k in fields)
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
            .where(Contact.account_id == acc.id, Contact.archived.is_(False))
            .order_by(Contact.sort_key)
        ).all()
        id_to_uuid = {r[9]: r[0] for r in contacts_q}
        contacts = tuple(
            ContactSummary(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], id_to_uuid.get(r[8]) if r[8] else None
            )
            for r in contacts_q
        )
        visits = tuple(
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
                .where(Visit.account_id == acc.id)
                .order_by(Visit.starts_at.desc())
                .limit(VISIT_HEAD)
            )
        )
        opps = tuple(
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
                .where(Opportunity.account_id == acc.id)
                .order_by(Opportunity.status, Opportunity.expected_close)
            )
        )
        log = tuple(
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
                .where(ContactLog.account_id == acc.id)
                .order_by(ContactLog.at.desc())
                .limit(LOG_HEAD)
            )
        )
        purchase_rows = s.execute(
            select(
                Purchase.id, Purchase.ordered_on, Purchase.amount, Purchase.profit, Purchase.is_return
            ).where(Purchase.account_id == acc.id)
        ).all()
        order_day = {r[0]: r[1] for r in purchase_rows}
        payments = [
            PaymentRecord(amount=a, paid_on=p, ordered_on=order_day.get(pid) if pid else None, due_on=d)
            for a, p, pid, d in s.execute(
                select(Payment.amount, Payment.paid_on, Payment.purchase_id, Payment.due_on).where(
                    Payment.account_id == acc.id
                )
            )
        ]
        indicators = value_indicators(
            [PurchaseRecord(r[1], r[2], r[3], bool(r[4])) for r in purchase_rows], payments
        )
        links = tuple(links_of(s, acc.id))
        since = acc.last_touch_at or acc.created_at  # never touched: counted from creation
        last_touch_local = since.astimezone().date() if since else None
        return AccountDetail(
            uuid=acc.uuid,
            data=_input_of(acc, owner[0] if owner else None, {v.field_uuid: v.value for v in custom_views}),
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


# --- writing ------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedAccount:
    """An AccountInput after the checks: typed values ready for the model."""

    values: dict[str, Any]
    custom: dict[str, object]


_CODE_FIELDS: dict[str, type[Any]] = {
    "nature": CompanyNature,
    "source": AccountSource,
    "counterparty_kind": CounterpartyKind,
    "tier": Tier,
    "grade": Grade,
    "cadence": Cadence,
    "revisit_interval": RevisitInterval,
    "prospect_disposition": ProspectDisposition,
    "deal_status": DealStatus,
    "need_status": NeedStatus,
    "urgency": Urgency,
    "relationship_type": RelationshipType,
    "relationship_stage": RelationshipStage,
}

_TEXT_FIELDS: dict[str, int] = {
    "number": 40,
    "industry": 80,
    "province": 40,
    "city": 40,
    "address": 300,
    "shareholders": 4000,
    "org_structure": 4000,
    "decision_background": 4000,
    "main_project": 4000,
    "long_term_partners": 4000,
    "notes": 20000,
}


def check_account(data: AccountInput, errors: fieldcheck.Errors | None = None) -> CheckedAccount:
    """Check and type every field; fills ``errors`` (field → message). Raises
    ValidationError when ``errors`` was not given and something is wrong."""
    own = errors is None
    errs: fieldcheck.Errors = {} if errors is None else errors
    v: dict[str, Any] = {
        "name": fieldcheck.text(errs, "name", data.name, max_len=200, required=True),
        "short_name": fieldcheck.text(errs, "short_name", data.short_name, max_len=80),
        "phone": fieldcheck.phone(errs, "phone", data.phone),
        "fax": fieldcheck.phone(errs, "fax", data.fax),
        "email": fieldcheck.email(errs, "email", data.email),
        "website": fieldcheck.url(errs, "website", data.website),
        "postcode": fieldcheck.postcode(errs, "postcode", data.postcode),
        "founded_on": fieldcheck.a_date(errs, "founded_on", data.founded_on, not_future=True),
        "expected_close": fieldcheck.a_date(errs, "expected_close", data.expected_close),
        "registered_capital": fieldcheck.amount(errs, "registered_capital", data.registered_capital),
        "annual_revenue": fieldcheck.amount(errs, "annual_revenue", data.annual_revenue),
        "employee_count": fieldcheck.integer(errs, "employee_count", data.employee_count, maximum=10_000_000),
        "purchase_cycle_days": fieldcheck.integer(
            errs, "purchase_cycle_days", data.purchase_cycle_days, minimum=1, maximum=3650
        ),
        "share_of_wallet_pct": fieldcheck.number(
            errs, "share_of_wallet_pct", data.share_of_wallet_pct, minimum=0, maximum=100
        ),
        "listed": fieldcheck.boolean(errs, "listed", data.listed),
    }
    # blank fields skip the call (an import checks 100k rows of mostly blank cells)
    for name, max_len in _TEXT_FIELDS.items():
        value = getattr(data, name)
        v[name] = None if value is None else fieldcheck.text(errs, name, value, max_len=max_len)
    for name, cls in _CODE_FIELDS.items():
        value = getattr(data, name)
        v[name] = None if value is None else fieldcheck.code(errs, name, value, cls)
    if v["counterparty_kind"] is None and "counterparty_kind" not in errs:
        v["counterparty_kind"] = CounterpartyKind.CUSTOMER
    if own and errs:
        raise ValidationError(errs)
    return CheckedAccount(v, dict(data.custom))


def _apply_custom(
    s: Session, account_id: int, custom: dict[str, object], errors: fieldcheck.Errors
) -> list[tuple[int, str | None]]:
    if not custom:
        return []
    fields = {
        f.uuid: f
        for f in s.scalars(
            select(CustomField).where(CustomField.entity == "account", CustomField.uuid.in_(list(custom)))
        )
    }
    out: list[tuple[int, str | None]] = []
    for fuuid, raw in custom.items():
        f = fields.get(fuuid)
        key = f"custom:{fuuid}"
        if f is None:
            errors[key] = "unknown custom field (it may have been deleted)"
            continue
        choices = tuple(json.loads(f.choices)) if f.choices else ()
        try:
            value = canonical_value(f.kind, choices, raw)
        except ValueError as exc:
            errors[key] = f"{f.name}: {exc}"
            continue
        if value is None and f.required:
            errors[key] = f"{f.name}: required"
            continue
        out.append((f.id, value))
    return out


def _write_custom(s: Session, account_id: int, values: list[tuple[int, str | None]]) -> None:
    for field_id, value in values:
        s.execute(
            delete(CustomValue).where(CustomValue.account_id == account_id, CustomValue.field_id == field_id)
        )
        if value is not None:
            s.add(CustomValue(field_id=field_id, account_id=account_id, value=value))


def save_account(db: Database, data: AccountInput) -> Result[str]:
    """Create (``uuid`` None) or update an account; returns its uuid.

    Every field is checked first; a ValidationError names each bad field and
    nothing is written. The pinyin sort key, initials and search index are
    kept current in the same transaction."""
    errors: fieldcheck.Errors = {}
    checked = check_account(data, errors)
    with db.transaction() as s:
        owner_id: int | None = None
        if data.owner_uuid:
            owner_id = s.scalar(select(Rep.id).where(Rep.uuid == data.owner_uuid))
            if owner_id is None:
                errors["owner_uuid"] = "unknown rep"
        acc: Account | None = None
        if data.uuid:
            acc = _find(s, data.uuid)
        custom = _apply_custom(s, acc.id if acc else 0, checked.custom, errors)
        if errors:
            raise ValidationError(errors)
        if acc is None:
            acc = Account(name=checked.values["name"])
            if owner_id is None:
                from kamdesk.services.account_extras import my_rep_id

                owner_id = my_rep_id(s)
            s.add(acc)
        for key, value in checked.values.items():
            setattr(acc, key, value)
        acc.owner_id = owner_id if (data.owner_uuid or acc.owner_id is None) else acc.owner_id
        acc.sort_key = sort_key(acc.name)
        acc.initials = initials(acc.name)
        s.flush()
        _write_custom(s, acc.id, custom)
        reindex_accounts(s, [acc.id])
        forget_list_positions(db)
        return Result(acc.uuid, Changes.of("account", uuids=(acc.uuid,)))


def archive_account(db: Database, uuid: str, archived: bool = True) -> Result[str]:
    """Archive (hide from the default list) or restore an account."""
    with db.transaction() as s:
        acc = _find(s, uuid)
        acc.archived = archived
        reindex_accounts(s, [acc.id])  # the index marks archived accounts
        forget_list_positions(db)
        return Result(acc.uuid, Changes.of("account", uuids=(uuid,)))


def delete_account(db: Database, uuid: str, *, force: bool = False) -> Result[str]:
    """Delete an account with its contacts, log, visits and records. Refused
    while it has opportunities unless ``force`` (archive it instead)."""
    with db.transaction() as s:
        acc = _find(s, uuid)
        opps = s.scalar(select(func.count()).where(Opportunity.account_id == acc.id)) or 0
        if opps and not force:
            raise UserError(f"{acc.name} has {opps} opportunities; archive it instead, or delete them first")
        acc_id = acc.id
        s.delete(acc)
        s.flush()
        reindex_accounts(s, [acc_id])
        forget_list_positions(db)
        return Result(uuid, Changes.of("account", "contact", "opportunity", "visit", uuids=(uuid,)))
