"""Writing account files (客户档案): the editable fields (:class:`AccountInput`),
their checks, and create / update / archive / delete.

Re-exported by :mod:`kamdesk.services.accounts`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.account_profile import AccountSource, CompanyNature
from kamdesk.domain.classify import urgency_for
from kamdesk.domain.grading import (
    Cadence,
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
from kamdesk.domain.text import initials, sort_key
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.accounts.custom_fields import canonical_value
from kamdesk.services.accounts.listing import forget_list_positions
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import Account, CustomField, CustomValue, Opportunity, Rep
from kamdesk.store.search import reindex_accounts


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
    #: 处理时间: the date by which the account must be handled; the urgency
    #: follows from it unless ``urgency_manual`` (None: by hand when an
    #: urgency is given, else derived from the date)
    handle_by: date | str | None = None
    urgency_manual: bool | None = None
    #: MAN on a prospect account (seed 003); None = not assessed
    man_money: bool | str | None = None
    man_authority: bool | str | None = None
    man_need: bool | str | None = None
    relationship_type: RelationshipType | str | None = None
    relationship_stage: RelationshipStage | str | None = None
    expected_close: date | str | None = None
    purchase_cycle_days: int | str | None = None
    share_of_wallet_pct: float | str | None = None
    notes: str | None = None
    custom: dict[str, object] = field(default_factory=dict)


def _find(s: Session, uuid: str) -> Account:
    acc = s.scalar(select(Account).where(Account.uuid == uuid))
    if acc is None:
        raise UserError("that account no longer exists (it may have been deleted)")
    return acc


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
        "handle_by": fieldcheck.a_date(errs, "handle_by", data.handle_by),
        "man_money": fieldcheck.boolean(errs, "man_money", data.man_money),
        "man_authority": fieldcheck.boolean(errs, "man_authority", data.man_authority),
        "man_need": fieldcheck.boolean(errs, "man_need", data.man_need),
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
    _settle_urgency(v, data.urgency_manual)
    if own and errs:
        raise ValidationError(errs)
    return CheckedAccount(v, dict(data.custom))


def _settle_urgency(v: dict[str, Any], manual: bool | None) -> None:
    """Urgency by hand, or derived from the handle-by date (seed 003's classes)
    as of today; :func:`kamdesk.domain.classify.effective_urgency` keeps a
    derived one current when it is read later."""
    if manual is None:
        manual = v["urgency"] is not None
    if not manual and v["handle_by"] is not None:
        v["urgency"] = urgency_for(v["handle_by"], clock.today())
    v["urgency_manual"] = bool(manual and v["urgency"] is not None)


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
                from kamdesk.services.me import ensure_my_rep_id

                owner_id = ensure_my_rep_id(s)
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
