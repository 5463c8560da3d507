"""The manager's side: importing submission files into the manager's database."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.codes import Coded
from kamdesk.domain.field_rules import record_problems
from kamdesk.domain.periods import PeriodKind, ReportKind
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.submissions.format import (
    Submission,
    _parse_dt,
    read_submission,
)
from kamdesk.services.submissions.sign import verify_signature
from kamdesk.store.db import Database
from kamdesk.store.io.bundle import load_value
from kamdesk.store.io.limits import why
from kamdesk.store.models import (
    Account,
    Annotation,
    Contact,
    Opportunity,
    Payment,
    PlanItem,
    PlanPeriod,
    Purchase,
    Rep,
    ReportSubmission,
    StageChange,
    Target,
    Visit,
)
from kamdesk.store.types import utcnow


@dataclass(frozen=True)
class Received:
    file: str
    rep_name: str
    period: str
    submission_uuid: str
    imported: bool  # False: already received (same checksum)


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
    for c in data.get("contacts", []):
        if c.get("account_uuid") not in acc_ids:
            continue
        values = {k: v for k, v in c.items() if k not in ("uuid", "account_uuid")}
        for k in ("birthday",):
            if k in values:
                values[k] = _parse_date(values[k])
        values["account_id"] = acc_ids[c["account_uuid"]]
        _upsert(session, Contact, c["uuid"], values)
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
                PlanPeriod.rep_id == rep.id, PlanPeriod.kind == values["kind"], PlanPeriod.key == values["key"]
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
    session.flush()


def _owners(session: Session, model: Any, owner: Any, uuids: list[str]) -> dict[str, str | None]:
    """uuid → the uuid of the rep owning that record here, for those that exist."""
    if not uuids:
        return {}
    rows = session.execute(
        select(model.uuid, Rep.uuid).outerjoin(Rep, Rep.id == owner).where(model.uuid.in_(uuids))
    ).all()
    return {u: r for u, r in rows}


def _uuids(items: Any) -> list[str]:
    """The uuids of a list of records; anything malformed is left to the typed import to name."""
    if not isinstance(items, list):
        return []
    return [i["uuid"] for i in items if isinstance(i, dict) and isinstance(i.get("uuid"), str)]


def _refuse_other_reps_records(session: Session, name: str, rep_uuid: str, data: dict[str, Any]) -> None:
    """A submission writes only its own rep's records: an account, opportunity,
    visit, target or plan that belongs to another rep here is never renamed or
    taken over by it (hand-over is done on the manager's side, by the manager)."""
    checks: list[tuple[str, Any, Any, list[str]]] = [
        ("account", Account, Account.owner_id, _uuids(data.get("accounts"))),
        ("opportunity", Opportunity, Opportunity.owner_id, _uuids(data.get("opportunities"))),
        ("visit", Visit, Visit.rep_id, _uuids(data.get("visits"))),
        ("target", Target, Target.rep_id, _uuids(data.get("targets"))),
        ("plan", PlanPeriod, PlanPeriod.rep_id, _uuids(data.get("plans"))),
    ]
    for label, model, owner, uuids in checks:
        for uuid, owner_uuid in _owners(session, model, owner, uuids).items():
            if owner_uuid is not None and owner_uuid != rep_uuid:
                other = session.execute(select(Rep.name).where(Rep.uuid == owner_uuid)).scalar_one()
                raise UserError(
                    f"{name}: the {label} {uuid} belongs to {other} here; a submission changes only its "
                    "own rep's records (hand the account over first); nothing was imported"
                )
    # records hanging under an account: the account they are under here must be this rep's too
    for label, model, items in (
        ("contact", Contact, data.get("contacts")),
        ("purchase", Purchase, data.get("purchases")),
        ("payment", Payment, data.get("payments")),
    ):
        owners = _owners(
            session,
            model,
            select(Account.owner_id).where(Account.id == model.account_id).scalar_subquery(),
            _uuids(items),
        )
        for uuid, owner_uuid in owners.items():
            if owner_uuid is not None and owner_uuid != rep_uuid:
                raise UserError(
                    f"{name}: the {label} {uuid} is under another rep's account here; nothing was imported"
                )


def _import_submission(session: Session, sub: Submission) -> None:
    """The rep, the month's records and the ReportSubmission of one file."""
    rd = sub.data["rep"]
    _refuse_other_reps_records(session, sub.path.name, str(sub.manifest["rep_uuid"]), sub.data)
    rep = _upsert(
        session,
        Rep,
        rd["uuid"],
        {"name": rd["name"], "code": rd.get("code"), "title": rd.get("title"), "region": rd.get("region")},
    )
    _import_data(session, rep, sub.data)
    values = _typed(
        ReportSubmission,
        sub.uuid,
        {
            "rep_id": rep.id,
            "kind": ReportKind.MONTHLY,
            "period_key": sub.period,
            "submitted_at": _parse_dt(sub.manifest["created_at"]) or utcnow(),
            "file_name": sub.path.name,
            "checksum": sub.checksum,
            "received": True,
        },
    )
    session.add(ReportSubmission(uuid=sub.uuid, **values))
    session.flush()


def _import_checked(session: Session, sub: Submission) -> None:
    """_import_submission, with what a damaged or edited data.json can make
    it trip over (checksums recomputed after an edit pass the reader) turned
    into one line naming the file; the caller's transaction rolls everything back."""
    name = sub.path.name
    try:
        _import_submission(session, sub)
    except _Malformed as exc:
        raise UserError(f"{name}: {exc}; nothing was imported") from None
    except IntegrityError as exc:
        raise UserError(
            f"{name}: a record conflicts with one here ({why(exc.orig or exc)}); nothing was imported"
        ) from None
    except (KeyError, TypeError, AttributeError, ValueError, ArithmeticError) as exc:
        raise UserError(
            f"{name}: the month's data is malformed ({type(exc).__name__}: {why(exc)}); nothing was imported"
        ) from None


def receive_submissions(
    db: Database, paths: Sequence[Path | str], *, progress: Callable[[str, int, int], None] | None = None
) -> Result[list[Received]]:
    """Import submission files into a manager's database: reps by uuid, the
    month's records by uuid, a received ReportSubmission per file. Every file
    is checked before anything is written; a file already received (same
    checksum) is skipped."""
    if not paths:
        raise UserError("no submission files given")
    subs = []
    for i, p in enumerate(paths):
        if progress:
            progress(f"checking {Path(p).name}", i, len(paths) * 2)
        sub = read_submission(p)
        verify_signature(sub.path.name, sub.manifest, sub.rep_name)
        subs.append(sub)
    out: list[Received] = []
    uuids: list[str] = []
    with db.transaction() as s:
        for i, sub in enumerate(subs):
            if progress:
                progress(f"importing {sub.path.name}", len(paths) + i, len(paths) * 2)
            seen = s.execute(
                select(ReportSubmission.id).where(
                    or_(ReportSubmission.checksum == sub.checksum, ReportSubmission.uuid == sub.uuid)
                )
            ).first()
            if seen is not None:
                out.append(Received(sub.path.name, sub.rep_name, sub.period, sub.uuid, False))
                continue
            _import_checked(s, sub)
            uuids.append(sub.uuid)
            out.append(Received(sub.path.name, sub.rep_name, sub.period, sub.uuid, True))
    return Result(out, Changes.of("all", uuids=tuple(uuids)))


@dataclass(frozen=True)
class ReceivedSubmission:
    uuid: str
    rep_name: str
    kind: ReportKind
    period: str
    submitted_at: datetime
    file_name: str | None
    checksum: str | None
    annotations: int


def received_submissions(db: Database, month: str | None = None) -> list[ReceivedSubmission]:
    """Submissions received on this (manager's) database, newest first."""
    from sqlalchemy import func

    with db.reading() as s:
        q = (
            select(
                ReportSubmission.id,
                ReportSubmission.uuid,
                Rep.name,
                ReportSubmission.kind,
                ReportSubmission.period_key,
                ReportSubmission.submitted_at,
                ReportSubmission.file_name,
                ReportSubmission.checksum,
            )
            .join(Rep, Rep.id == ReportSubmission.rep_id)
            .where(ReportSubmission.received.is_(True))
            .order_by(ReportSubmission.submitted_at.desc())
        )
        if month:
            q = q.where(ReportSubmission.period_key == month)
        rows = s.execute(q).all()
        counts = dict(
            s.execute(select(Annotation.submission_id, func.count()).group_by(Annotation.submission_id)).all()
        )
    return [
        ReceivedSubmission(
            r.uuid,
            r.name,
            r.kind,
            r.period_key,
            clock.to_local(r.submitted_at),
            r.file_name,
            r.checksum,
            int(counts.get(r.id, 0)),
        )
        for r in rows
    ]


__all__ = ["Received", "ReceivedSubmission", "receive_submissions", "received_submissions"]


def is_manager_database(db: Database) -> bool:
    """A manager's database: it has received a submission, or holds reps
    other than the laptop's own (a team's). A rep's own laptop has neither."""
    from sqlalchemy import func

    with db.reading() as s:
        if s.execute(select(ReportSubmission.id).where(ReportSubmission.received.is_(True)).limit(1)).first():
            return True
        return int(s.execute(select(func.count()).select_from(Rep)).scalar_one()) > 1
