"""A month's data for a submission (``data.json``): the rep, accounts touched,
visits, opportunities, targets, plans, contacts met and the rollup summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.services.reporting import local_bounds, monthly_report
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
        visits = list(
            s.execute(
                select(Visit)
                .where(Visit.rep_id == r.id, Visit.starts_at >= lo, Visit.starts_at < hi)
                .order_by(Visit.starts_at)
            ).scalars()
        )
        opps = list(
            s.execute(
                select(Opportunity).where(
                    Opportunity.owner_id == r.id,
                    Opportunity.created_at < hi,
                    or_(
                        Opportunity.status == "open",
                        Opportunity.closed_on.is_(None),
                        Opportunity.closed_on >= period.starts_on,
                    ),
                )
            ).scalars()
        )
        opp_ids = [o.id for o in opps]
        changes = (
            list(
                s.execute(
                    select(StageChange)
                    .where(StageChange.opportunity_id.in_(opp_ids))
                    .order_by(StageChange.at)
                ).scalars()
            )
            if opp_ids
            else []
        )
        log_accounts = set(
            s.execute(
                select(ContactLog.account_id).where(
                    ContactLog.rep_id == r.id, ContactLog.at >= lo, ContactLog.at < hi
                )
            ).scalars()
        )
        purchases = list(
            s.execute(
                select(Purchase)
                .join(Account, Account.id == Purchase.account_id)
                .where(
                    Account.owner_id == r.id,
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
                    Account.owner_id == r.id,
                    or_(
                        (Payment.paid_on >= period.starts_on) & (Payment.paid_on <= period.ends_on),
                        Payment.paid_on.is_(None) & (Payment.due_on <= period.ends_on),
                    ),
                )
            ).scalars()
        )
        account_ids = (
            {v.account_id for v in visits}
            | {o.account_id for o in opps}
            | log_accounts
            | {p.account_id for p in purchases}
            | {p.account_id for p in payments}
        )
        accounts = (
            list(
                s.execute(
                    select(Account).where(Account.id.in_(account_ids)).order_by(Account.sort_key)
                ).scalars()
            )
            if account_ids
            else []
        )
        acc_uuid = {a.id: a.uuid for a in accounts}
        opp_uuid = {o.id: o.uuid for o in opps}
        visit_ids = [v.id for v in visits]
        attendees = (
            list(s.execute(select(VisitAttendee).where(VisitAttendee.visit_id.in_(visit_ids))).scalars())
            if visit_ids
            else []
        )
        contact_ids = {a.contact_id for a in attendees if a.contact_id}
        contacts = (
            list(s.execute(select(Contact).where(Contact.id.in_(contact_ids))).scalars())
            if contact_ids
            else []
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
        contact_fields = (
            _CONTACT_WORK_FIELDS
            + _CONTACT_NEW_WORK_FIELDS
            + ((*PRIVATE_CONTACT_FIELDS, "is_private") if include_private else ())
        )
        targets = list(
            s.execute(
                select(Target).where(
                    Target.rep_id == r.id,
                    Target.period_kind == PeriodKind.MONTH,
                    Target.period_key == period.key,
                )
            ).scalars()
        )
        plan_keys = [(PeriodKind.MONTH, period.key)]
        d = period.starts_on
        while d <= period.ends_on:
            wk = (PeriodKind.WEEK, period_key(PeriodKind.WEEK, d))
            if wk not in plan_keys:
                plan_keys.append(wk)
            d = date.fromordinal(d.toordinal() + 1)
        for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
            plan_keys.append((kind, period_key(kind, period.starts_on)))
        plans = []
        for kind, key in plan_keys:
            pp = s.execute(
                select(PlanPeriod).where(
                    PlanPeriod.rep_id == r.id, PlanPeriod.kind == kind, PlanPeriod.key == key
                )
            ).scalar_one_or_none()
            if pp is None:
                continue
            items = s.execute(
                select(PlanItem).where(PlanItem.period_id == pp.id).order_by(PlanItem.position)
            ).scalars()
            plans.append(
                {
                    "uuid": pp.uuid,
                    "kind": pp.kind,
                    "key": pp.key,
                    "starts_on": pp.starts_on,
                    "ends_on": pp.ends_on,
                    "plan_text": pp.plan_text,
                    "summary_text": pp.summary_text,
                    "key_problems": pp.key_problems,
                    "hard_problems": pp.hard_problems,
                    "items": [
                        {
                            "uuid": i.uuid,
                            "position": i.position,
                            "text": i.text,
                            "result": i.result,
                            "done": i.done,
                            "account_uuid": acc_uuid.get(i.account_id) if i.account_id else None,
                        }
                        for i in items
                    ],
                }
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
            "opportunities": [
                {
                    **_row(o, _OPP_FIELDS),
                    "account_uuid": acc_uuid[o.account_id],
                    "stage_changes": [
                        {
                            "uuid": c.uuid,
                            "from_stage": c.from_stage,
                            "to_stage": c.to_stage,
                            "at": c.at,
                            "note": c.note,
                        }
                        for c in changes
                        if c.opportunity_id == o.id
                    ],
                }
                for o in opps
            ],
            "visits": [
                {
                    **_row(v, _VISIT_FIELDS),
                    **_row(v, _VISIT_NEW_FIELDS),
                    "account_uuid": acc_uuid[v.account_id],
                    "opportunity_uuid": opp_uuid.get(v.opportunity_id) if v.opportunity_id else None,
                    "attendees": att_by_visit.get(v.id, []),
                }
                for v in visits
            ],
            "targets": [
                {
                    "uuid": t.uuid,
                    "metric": t.metric,
                    "dimension": t.dimension,
                    "dimension_value": t.dimension_value,
                    "minimum": t.minimum,
                    "normal": t.normal,
                    "stretch": t.stretch,
                    "reward": t.reward,
                    "penalty": t.penalty,
                }
                for t in targets
            ],
            "plans": plans,
            "purchases": [
                {
                    "uuid": p.uuid,
                    "account_uuid": acc_uuid[p.account_id],
                    "ordered_on": p.ordered_on,
                    "product": p.product,
                    "amount": p.amount,
                    "is_return": p.is_return,
                }
                for p in purchases
            ],
            "payments": [
                {
                    "uuid": p.uuid,
                    "account_uuid": acc_uuid[p.account_id],
                    "due_on": p.due_on,
                    "paid_on": p.paid_on,
                    "amount": p.amount,
                }
                for p in payments
            ],
            "summary": rep_rollup_from_monthly(report).to_dict(),
        }
    return data


__all__ = ["month_data"]
