"""A month's data for a submission (``data.json``): the rep, accounts touched,
visits, opportunities, targets, plans, contacts met and the rollup summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.services.reporting import PeriodRef, local_bounds, monthly_report
from kamdesk.services.reporting.rollup import rep_rollup_from_monthly
from kamdesk.services.submissions.format import (
    SUBMISSION_FORMAT,
    SUBMISSION_VERSION,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    PRIVATE_CONTACT_FIELDS,
    Account,
    Contact,
    ContactLog,
    Opportunity,
    Payment,
    PlanItem,
    PlanPeriod,
    Purchase,
    Rep,
    StageChange,
    Target,
    Visit,
    VisitAttendee,
)

_ACCOUNT_FIELDS = ("uuid", "number", "name", "short_name", "industry", "province", "city", "tier", "grade")
_OPP_FIELDS = (
    "uuid",
    "number",
    "name",
    "stage",
    "status",
    "amount",
    "started_on",
    "expected_close",
    "closed_on",
    "close_reason",
    "win_pct_override",
    "territory",
    "lead",
    "short_term_revenue",
    "long_term_impact",
    "next_steps",
    # when the rep first recorded it: the manager's copy must count it in the
    # pipeline of the months it was open, not from the day it was received
    "created_at",
)
_VISIT_FIELDS = (
    "uuid",
    "status",
    "kind",
    "starts_at",
    "ends_at",
    "place",
    "objective_kind",
    "final_objective",
    "stage_objective",
    "outcome",
    "objective_met",
    "next_visit_on",
)
_STAGE_CHANGE_FIELDS = ("uuid", "from_stage", "to_stage", "at", "note")
_TARGET_FIELDS = (
    "uuid",
    "metric",
    "dimension",
    "dimension_value",
    "minimum",
    "normal",
    "stretch",
    "reward",
    "penalty",
)
_PURCHASE_FIELDS = ("ordered_on", "product", "amount", "is_return")  # after uuid and account_uuid
_PAYMENT_FIELDS = ("due_on", "paid_on", "amount")  # after uuid and account_uuid
_PLAN_FIELDS = (
    "uuid",
    "kind",
    "key",
    "starts_on",
    "ends_on",
    "plan_text",
    "summary_text",
    "key_problems",
    "hard_problems",
)
_PLAN_ITEM_FIELDS = ("uuid", "position", "text", "result", "done")
_CONTACT_WORK_FIELDS = ("uuid", "name", "gender", "title", "department", "phone", "mobile", "email")
#: written by newer versions, optional for the receiver (a .kamsub of an older one lacks them)
_VISIT_NEW_FIELDS = ("objective_kinds",)
_CONTACT_NEW_WORK_FIELDS = ("professional_title", "professional_rank")


def _row(obj: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}


def month_data(
    db: Database, month: str, *, rep: str | None = None, include_private: bool = False
) -> dict[str, Any]:
    """That month's data for the manager, as JSON-ready dicts (see the module doc)."""
    report = monthly_report(db, month, rep)
    period = report.period
    lo, hi = local_bounds(period.starts_on, period.ends_on)
    with db.reading() as s:
        r = s.get(Rep, report.rep.id)
        assert r is not None
        visits = _visits(s, r.id, lo, hi)
        opps = _opportunities(s, r.id, period, hi)
        changes = _stage_changes(s, [o.id for o in opps])
        log_accounts = _log_accounts(s, r.id, lo, hi)
        purchases, payments = _trade(s, r.id, period)
        accounts = _accounts(
            s,
            {v.account_id for v in visits}
            | {o.account_id for o in opps}
            | log_accounts
            | {p.account_id for p in purchases}
            | {p.account_id for p in payments},
        )
        acc_uuid = {a.id: a.uuid for a in accounts}
        shown_contacts, att_by_visit = _attendees(s, visits, include_private)
        contact_fields = (*_CONTACT_WORK_FIELDS, *_CONTACT_NEW_WORK_FIELDS) + (
            (*PRIVATE_CONTACT_FIELDS, "is_private") if include_private else ()
        )
        data = {
            "format": SUBMISSION_FORMAT,
            "format_version": SUBMISSION_VERSION,
            "period": {
                "kind": "month",
                "key": period.key,
                "starts_on": period.starts_on,
                "ends_on": period.ends_on,
            },
            "rep": {"uuid": r.uuid, "name": r.name, "code": r.code, "title": r.title, "region": r.region},
            "include_private": include_private,
            "accounts": [_row(a, _ACCOUNT_FIELDS) for a in accounts],
            "contacts": [
                {**_row(c, contact_fields), "account_uuid": acc_uuid.get(c.account_id)}
                for c in shown_contacts
            ],
            "opportunities": _opportunity_rows(opps, changes, acc_uuid),
            "visits": _visit_rows(visits, acc_uuid, {o.id: o.uuid for o in opps}, att_by_visit),
            "targets": _targets(s, r.id, period),
            "plans": _plans(s, r.id, period, acc_uuid),
            "purchases": [
                {"uuid": p.uuid, "account_uuid": acc_uuid[p.account_id], **_row(p, _PURCHASE_FIELDS)}
                for p in purchases
            ],
            "payments": [
                {"uuid": p.uuid, "account_uuid": acc_uuid[p.account_id], **_row(p, _PAYMENT_FIELDS)}
                for p in payments
            ],
            "summary": rep_rollup_from_monthly(report).to_dict(),
        }
    return data


def _targets(s: Session, rep_id: int, period: PeriodRef) -> list[dict[str, Any]]:
    targets = s.execute(
        select(Target).where(
            Target.rep_id == rep_id,
            Target.period_kind == PeriodKind.MONTH,
            Target.period_key == period.key,
        )
    ).scalars()
    return [_row(t, _TARGET_FIELDS) for t in targets]


def _opportunity_rows(
    opps: list[Opportunity], changes: list[StageChange], acc_uuid: dict[int, str]
) -> list[dict[str, Any]]:
    return [
        {
            **_row(o, _OPP_FIELDS),
            "account_uuid": acc_uuid[o.account_id],
            "stage_changes": [_row(c, _STAGE_CHANGE_FIELDS) for c in changes if c.opportunity_id == o.id],
        }
        for o in opps
    ]


def _visit_rows(
    visits: list[Visit],
    acc_uuid: dict[int, str],
    opp_uuid: dict[int, str],
    att_by_visit: dict[int, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    return [
        {
            **_row(v, _VISIT_FIELDS),
            **_row(v, _VISIT_NEW_FIELDS),
            "account_uuid": acc_uuid[v.account_id],
            "opportunity_uuid": opp_uuid.get(v.opportunity_id) if v.opportunity_id else None,
            "attendees": att_by_visit.get(v.id, []),
        }
        for v in visits
    ]


def _visits(s: Session, rep_id: int, lo: datetime, hi: datetime) -> list[Visit]:
    return list(
        s.execute(
            select(Visit)
            .where(Visit.rep_id == rep_id, Visit.starts_at >= lo, Visit.starts_at < hi)
            .order_by(Visit.starts_at)
        ).scalars()
    )


def _opportunities(s: Session, rep_id: int, period: PeriodRef, hi: datetime) -> list[Opportunity]:
    """The rep's opportunities open at some time in the month."""
    return list(
        s.execute(
            select(Opportunity).where(
                Opportunity.owner_id == rep_id,
                Opportunity.created_at < hi,
                or_(
                    Opportunity.status == "open",
                    Opportunity.closed_on.is_(None),
                    Opportunity.closed_on >= period.starts_on,
                ),
            )
        ).scalars()
    )


def _stage_changes(s: Session, opp_ids: list[int]) -> list[StageChange]:
    if not opp_ids:
        return []
    return list(
        s.execute(
            select(StageChange).where(StageChange.opportunity_id.in_(opp_ids)).order_by(StageChange.at)
        ).scalars()
    )


def _log_accounts(s: Session, rep_id: int, lo: datetime, hi: datetime) -> set[int]:
    """Accounts the rep logged a contact with in the month."""
    return set(
        s.execute(
            select(ContactLog.account_id).where(
                ContactLog.rep_id == rep_id, ContactLog.at >= lo, ContactLog.at < hi
            )
        ).scalars()
    )


def _trade(s: Session, rep_id: int, period: PeriodRef) -> tuple[list[Purchase], list[Payment]]:
    """The month's purchases at the rep's accounts, and payments paid in it or due by its end unpaid."""
    purchases = list(
        s.execute(
            select(Purchase)
            .join(Account, Account.id == Purchase.account_id)
            .where(
                Account.owner_id == rep_id,
                Purchase.ordered_on >= period.starts_on,
                Purchase.ordered_on <= period.ends_on,
            )
        ).scalars()
    )
    payments = list(
        s.execute(
            select(Payment)
            .join(Account, Account.id == Payment.account_id)
            .where(
                Account.owner_id == rep_id,
                or_(
                    (Payment.paid_on >= period.starts_on) & (Payment.paid_on <= period.ends_on),
                    Payment.paid_on.is_(None) & (Payment.due_on <= period.ends_on),
                ),
            )
        ).scalars()
    )
    return purchases, payments


def _accounts(s: Session, account_ids: set[int]) -> list[Account]:
    if not account_ids:
        return []
    return list(
        s.execute(select(Account).where(Account.id.in_(account_ids)).order_by(Account.sort_key)).scalars()
    )


def _attendees(
    s: Session, visits: list[Visit], include_private: bool
) -> tuple[list[Contact], dict[int, list[dict[str, Any]]]]:
    """The contacts met that may leave the laptop, and each visit's attendees."""
    visit_ids = [v.id for v in visits]
    attendees = (
        list(s.execute(select(VisitAttendee).where(VisitAttendee.visit_id.in_(visit_ids))).scalars())
        if visit_ids
        else []
    )
    contact_ids = {a.contact_id for a in attendees if a.contact_id}
    contacts = (
        list(s.execute(select(Contact).where(Contact.id.in_(contact_ids))).scalars()) if contact_ids else []
    )
    shown_contacts = [c for c in contacts if include_private or not c.is_private]
    hidden = {c.id for c in contacts} - {c.id for c in shown_contacts}
    contact_uuid = {c.id: c.uuid for c in shown_contacts}
    att_by_visit: dict[int, list[dict[str, Any]]] = {}
    for a in attendees:
        if a.contact_id in hidden:
            continue  # a private contact: not even their name leaves the laptop
        att_by_visit.setdefault(a.visit_id, []).append(
            {
                "side": a.side,
                "contact_uuid": contact_uuid.get(a.contact_id) if a.contact_id else None,
                "name": a.name,
                "title": a.title,
                "attitude_before": a.attitude_before,
                "attitude_after": a.attitude_after,
            }
        )
    return shown_contacts, att_by_visit


def _plan_keys(period: PeriodRef) -> list[tuple[PeriodKind, str]]:
    """The month's plan, its weeks', and the quarter, half and year it starts in."""
    plan_keys = [(PeriodKind.MONTH, period.key)]
    d = period.starts_on
    while d <= period.ends_on:
        wk = (PeriodKind.WEEK, period_key(PeriodKind.WEEK, d))
        if wk not in plan_keys:
            plan_keys.append(wk)
        d = date.fromordinal(d.toordinal() + 1)
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        plan_keys.append((kind, period_key(kind, period.starts_on)))
    return plan_keys


def _plans(s: Session, rep_id: int, period: PeriodRef, acc_uuid: dict[int, str]) -> list[dict[str, Any]]:
    plans = []
    for kind, key in _plan_keys(period):
        pp = s.execute(
            select(PlanPeriod).where(
                PlanPeriod.rep_id == rep_id, PlanPeriod.kind == kind, PlanPeriod.key == key
            )
        ).scalar_one_or_none()
        if pp is None:
            continue
        items = s.execute(
            select(PlanItem).where(PlanItem.period_id == pp.id).order_by(PlanItem.position)
        ).scalars()
        plans.append(
            {
                **_row(pp, _PLAN_FIELDS),
                "items": [
                    {
                        **_row(i, _PLAN_ITEM_FIELDS),
                        "account_uuid": acc_uuid.get(i.account_id) if i.account_id else None,
                    }
                    for i in items
                ],
            }
        )
    return plans


__all__ = ["month_data"]
