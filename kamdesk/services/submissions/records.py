"""A submission's records written into the manager's database by uuid, each
checked by the rules the forms apply (a record they would refuse is _Malformed)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.codes import Coded
from kamdesk.domain.field_rules import record_problems
from kamdesk.domain.periods import PeriodKind
from kamdesk.services.submissions.format import _parse_dt
from kamdesk.store.io.bundle import load_value
from kamdesk.store.models import (
    Account,
    Contact,
    Opportunity,
    Payment,
    PlanItem,
    PlanPeriod,
    Purchase,
    Rep,
    StageChange,
    Target,
    Visit,
)


class _Malformed(Exception):
    """A record of data.json that the forms would refuse (the message says which and why)."""


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _parse_date(v: Any) -> date | None:
    return date.fromisoformat(str(v)) if v else None


def _dec(v: Any) -> Decimal | None:
    return Decimal(str(v)) if v is not None else None


def _typed(model: Any, uuid: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The record's values as its columns hold them, checked by the rules the
    forms and the bundle importer apply; _Malformed names what is wrong."""
    table = model.__table__
    where = f"{table.name} {str(uuid)[:40]}"
    if not isinstance(uuid, str) or not _UUID.fullmatch(uuid):
        raise _Malformed(f"{table.name}: {str(uuid)[:40]!r} is not a uuid")
    out: dict[str, Any] = {}
    for key, value in values.items():
        col = table.c.get(key)
        if col is None or key in ("id", "uuid"):
            raise _Malformed(f"{where}: unknown field {str(key)[:40]!r}")
        if value is None and not col.nullable and col.default is None:
            raise _Malformed(f"{where}: field {key} must not be empty")
        if value is None or isinstance(value, Decimal | date | Coded) or col.foreign_keys:
            out[key] = value  # converted above, or an id this receiver looked up
            continue
        try:
            out[key] = load_value(col, value)
        except ValueError as exc:
            raise _Malformed(f"{where}: field {key}: {exc}") from None
        if out[key] is None and not col.nullable:
            raise _Malformed(f"{where}: field {key} must not be empty")
    problems = record_problems(table.name, out, today=clock.today(), zone=clock.zone())
    if problems:
        key, message = next(iter(problems.items()))
        raise _Malformed(f"{where}: field {key}: {message}")
    return out


def _upsert(session: Session, model: Any, uuid: str, values: dict[str, Any]) -> Any:
    values = _typed(model, uuid, values)
    obj = session.execute(select(model).where(model.uuid == uuid)).scalar_one_or_none()
    if obj is None:
        obj = model(uuid=uuid, **values)
        session.add(obj)
    else:
        for k, v in values.items():
            setattr(obj, k, v)
    session.flush()
    return obj


def _import_data(session: Session, rep: Rep, data: dict[str, Any]) -> None:
    """Bring a submission's records into the manager's database, by uuid."""
    acc_ids = _import_accounts(session, rep, data)
    _import_contacts(session, data, acc_ids)
    opp_ids = _import_opportunities(session, rep, data, acc_ids)
    _import_visits(session, rep, data, acc_ids, opp_ids)
    _import_trade(session, data, acc_ids)
    _import_targets(session, rep, data)
    _import_plans(session, rep, data, acc_ids)
    session.flush()


def _import_accounts(session: Session, rep: Rep, data: dict[str, Any]) -> dict[str, int]:
    """The rep's accounts, owned by the rep here; their ids by uuid."""
    acc_ids: dict[str, int] = {}
    for a in data["accounts"]:
        obj = _upsert(
            session,
            Account,
            a["uuid"],
            {
                "name": a["name"],
                "number": a.get("number"),
                "short_name": a.get("short_name"),
                "industry": a.get("industry"),
                "province": a.get("province"),
                "city": a.get("city"),
                "tier": a.get("tier"),
                "grade": a.get("grade"),
                "owner_id": rep.id,
            },
        )
        acc_ids[a["uuid"]] = obj.id
    return acc_ids


def _import_contacts(session: Session, data: dict[str, Any], acc_ids: dict[str, int]) -> None:
    for c in data.get("contacts", []):
        if c.get("account_uuid") not in acc_ids:
            continue
        values = {k: v for k, v in c.items() if k not in ("uuid", "account_uuid")}
        for k in ("birthday",):
            if k in values:
                values[k] = _parse_date(values[k])
        values["account_id"] = acc_ids[c["account_uuid"]]
        _upsert(session, Contact, c["uuid"], values)


def _import_opportunities(
    session: Session, rep: Rep, data: dict[str, Any], acc_ids: dict[str, int]
) -> dict[str, int]:
    """The rep's opportunities with their stage changes; their ids by uuid."""
    opp_ids: dict[str, int] = {}
    for o in data["opportunities"]:
        obj = _upsert(
            session,
            Opportunity,
            o["uuid"],
            {
                "account_id": acc_ids[o["account_uuid"]],
                "owner_id": rep.id,
                "number": o.get("number"),
                "name": o["name"],
                "stage": o["stage"],
                "status": o["status"],
                "amount": _dec(o.get("amount")),
                "started_on": _parse_date(o.get("started_on")),
                "expected_close": _parse_date(o.get("expected_close")),
                "closed_on": _parse_date(o.get("closed_on")),
                "close_reason": o.get("close_reason"),
                "win_pct_override": o.get("win_pct_override"),
                "territory": o.get("territory"),
                "lead": o.get("lead"),
                "short_term_revenue": o.get("short_term_revenue"),
                "long_term_impact": o.get("long_term_impact"),
                "next_steps": o.get("next_steps"),
                **({"created_at": _parse_dt(o["created_at"])} if o.get("created_at") else {}),
            },
        )
        opp_ids[o["uuid"]] = obj.id
        for c in o.get("stage_changes", []):
            _upsert(
                session,
                StageChange,
                c["uuid"],
                {
                    "opportunity_id": obj.id,
                    "from_stage": c.get("from_stage"),
                    "to_stage": c["to_stage"],
                    "at": _parse_dt(c["at"]),
                    "note": c.get("note"),
                },
            )
    return opp_ids


def _import_visits(
    session: Session, rep: Rep, data: dict[str, Any], acc_ids: dict[str, int], opp_ids: dict[str, int]
) -> None:
    for v in data["visits"]:
        _upsert(
            session,
            Visit,
            v["uuid"],
            {
                "account_id": acc_ids[v["account_uuid"]],
                "rep_id": rep.id,
                "opportunity_id": opp_ids.get(v.get("opportunity_uuid") or ""),
                "status": v["status"],
                "kind": v["kind"],
                "starts_at": _parse_dt(v["starts_at"]),
                "ends_at": _parse_dt(v.get("ends_at")),
                "place": v.get("place"),
                "objective_kind": v.get("objective_kind"),
                "objective_kinds": v.get("objective_kinds") or v.get("objective_kind"),
                "final_objective": v.get("final_objective"),
                "stage_objective": v.get("stage_objective"),
                "outcome": v.get("outcome"),
                "objective_met": v.get("objective_met"),
                "next_visit_on": _parse_date(v.get("next_visit_on")),
            },
        )


def _import_trade(session: Session, data: dict[str, Any], acc_ids: dict[str, int]) -> None:
    """Purchases and payments."""
    for p in data.get("purchases", []):
        _upsert(
            session,
            Purchase,
            p["uuid"],
            {
                "account_id": acc_ids[p["account_uuid"]],
                "ordered_on": _parse_date(p["ordered_on"]),
                "product": p.get("product"),
                "amount": _dec(p["amount"]),
                "is_return": bool(p.get("is_return")),
            },
        )
    for p in data.get("payments", []):
        _upsert(
            session,
            Payment,
            p["uuid"],
            {
                "account_id": acc_ids[p["account_uuid"]],
                "due_on": _parse_date(p.get("due_on")),
                "paid_on": _parse_date(p.get("paid_on")),
                "amount": _dec(p["amount"]),
            },
        )


def _import_targets(session: Session, rep: Rep, data: dict[str, Any]) -> None:
    period_key_ = data["period"]["key"]
    for t in data["targets"]:
        _upsert(
            session,
            Target,
            t["uuid"],
            {
                "rep_id": rep.id,
                "period_kind": PeriodKind.MONTH,
                "period_key": period_key_,
                "metric": t["metric"],
                "dimension": t.get("dimension"),
                "dimension_value": t.get("dimension_value"),
                "minimum": _dec(t.get("minimum")),
                "normal": _dec(t.get("normal")),
                "stretch": _dec(t.get("stretch")),
                "reward": t.get("reward"),
                "penalty": t.get("penalty"),
            },
        )


def _import_plans(session: Session, rep: Rep, data: dict[str, Any], acc_ids: dict[str, int]) -> None:
    """Plan periods matched by (rep, kind, key); their items replaced by the file's."""
    for p in data["plans"]:
        values = _typed(
            PlanPeriod,
            p["uuid"],
            {
                "rep_id": rep.id,
                "kind": p["kind"],
                "key": p["key"],
                "starts_on": _parse_date(p["starts_on"]),
                "ends_on": _parse_date(p["ends_on"]),
                "plan_text": p.get("plan_text"),
                "summary_text": p.get("summary_text"),
                "key_problems": p.get("key_problems"),
                "hard_problems": p.get("hard_problems"),
            },
        )
        pp = session.execute(
            select(PlanPeriod).where(
                PlanPeriod.rep_id == rep.id,
                PlanPeriod.kind == values["kind"],
                PlanPeriod.key == values["key"],
            )
        ).scalar_one_or_none()
        if pp is None:
            pp = _upsert(session, PlanPeriod, p["uuid"], values)
        else:
            for k, v in values.items():
                setattr(pp, k, v)
        for old in session.execute(select(PlanItem).where(PlanItem.period_id == pp.id)).scalars():
            session.delete(old)
        session.flush()
        for i in p.get("items", []):
            item = _typed(
                PlanItem,
                i["uuid"],
                {
                    "period_id": pp.id,
                    "position": i.get("position", 0),
                    "text": i["text"],
                    "result": i.get("result"),
                    "done": bool(i.get("done")),
                    "account_id": acc_ids.get(i.get("account_uuid") or ""),
                },
            )
            session.add(PlanItem(uuid=i["uuid"], **item))
