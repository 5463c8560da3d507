"""Month-end submission files and the manager's notes, offline both ways.

A submission (``.kamsub``) is ONE zip file holding

* ``report.pdf`` — the monthly report as the rep made it,
* ``data.json`` — that month's data for the manager: the rep, the accounts
  touched, visits, opportunities with their stage changes, targets, plan
  texts, contacts met, and a ``summary`` of numbers for the team rollup.
  Private contact details (``PRIVATE_CONTACT_FIELDS``; whole contacts with
  ``is_private``) are left out unless the rep chooses to include them;
* ``manifest.json`` — format and version, submission and rep uuid, period,
  created time and the SHA-256 of each member.

Reading one checks everything before anything is written: a damaged,
truncated or edited file (zip CRC, missing member, checksum mismatch, wrong
format version) is refused with one clear line. The checksums detect damage
and casual edits; they are not a signature.

Notes (``.kamnote``) carry a manager's annotations back to the rep, with a
checksum of their content.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.periods import PeriodKind, ReportKind, period_key
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reports_data import MonthlyReport, local_bounds, monthly_report, parse_period
from kamdesk.services.rollup import RepRollup, TeamRollup, rep_rollup_from_monthly, team_total
from kamdesk.store.db import Database
from kamdesk.store.models import (
    PRIVATE_CONTACT_FIELDS,
    Account,
    Annotation,
    Contact,
    ContactLog,
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
    VisitAttendee,
    new_uuid,
)
from kamdesk.store.types import utcnow

SUBMISSION_FORMAT = "kamdesk-submission"
SUBMISSION_VERSION = 1
NOTES_FORMAT = "kamdesk-notes"
NOTES_VERSION = 1
SUFFIX = ".kamsub"
NOTES_SUFFIX = ".kamnote"
MEMBERS = ("report.pdf", "data.json")

Render = Callable[[MonthlyReport, Path], Any]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder, so a
    failure leaves no half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=".kamdesk-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "code"):
        return value.code
    raise TypeError(f"cannot store {type(value).__name__} in JSON")


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True, default=_json_default).encode(
        "utf-8"
    )


# --- building a submission --------------------------------------------------------------


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
        contact_fields = _CONTACT_WORK_FIELDS + (
            (*PRIVATE_CONTACT_FIELDS, "is_private") if include_private else ()
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


@dataclass(frozen=True)
class SubmissionResult:
    path: Path
    checksum: str  # SHA-256 of the whole file
    submission_uuid: str
    rep_name: str
    month: str
    include_private: bool


def submit_month(
    db: Database,
    month: str,
    out: Path | str,
    render: Render,
    *,
    rep: str | None = None,
    include_private: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> Result[SubmissionResult]:
    """Make the month-end submission file and record the ReportSubmission.

    ``render(report, pdf_path)`` writes the monthly PDF (the reports layer
    passes :func:`kamdesk.reports.monthly.render_monthly`)."""
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise ValidationError({"output": f"a submission file ends in {SUFFIX}"})
    if not out.parent.is_dir():
        raise UserError(f"folder does not exist: {out.parent}")
    period = parse_period(ReportKind.MONTHLY, month)

    def step(text: str, i: int) -> None:
        if progress is not None:
            progress(text, i, 4)

    step("report data", 0)
    report = monthly_report(db, period.key, rep)
    step("PDF", 1)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "report.pdf"
        render(report, pdf_path)
        pdf = pdf_path.read_bytes()
    step("month's data", 2)
    data = _dumps(month_data(db, period.key, rep=report.rep.uuid, include_private=include_private))
    sub_uuid = new_uuid()
    created = utcnow()
    manifest = {
        "format": SUBMISSION_FORMAT,
        "format_version": SUBMISSION_VERSION,
        "submission_uuid": sub_uuid,
        "kind": ReportKind.MONTHLY.code,
        "period": period.key,
        "rep_uuid": report.rep.uuid,
        "rep_name": report.rep.name,
        "created_at": created.isoformat(),
        "include_private": include_private,
        "members": {"report.pdf": sha256_bytes(pdf), "data.json": sha256_bytes(data)},
    }
    step("file", 3)
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", _dumps(manifest))
        z.writestr("report.pdf", pdf)
        z.writestr("data.json", data)
    blob = buf.getvalue()
    checksum = sha256_bytes(blob)
    _write_atomically(out, blob)
    try:
        with db.transaction() as s:
            s.add(
                ReportSubmission(
                    uuid=sub_uuid,
                    rep_id=report.rep.id,
                    kind=ReportKind.MONTHLY,
                    period_key=period.key,
                    submitted_at=created,
                    file_name=str(out),
                    checksum=checksum,
                    received=False,
                )
            )
    except BaseException:
        out.unlink(missing_ok=True)  # no file without its record
        raise
    step("done", 4)
    result = SubmissionResult(out, checksum, sub_uuid, report.rep.name, period.key, include_private)
    return Result(result, Changes.of("report", uuids=(sub_uuid,)))


# --- reading a submission ----------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    path: Path
    checksum: str
    manifest: dict[str, Any]
    data: dict[str, Any]
    pdf: bytes

    @property
    def uuid(self) -> str:
        return str(self.manifest["submission_uuid"])

    @property
    def rep_name(self) -> str:
        return str(self.manifest.get("rep_name") or self.data["rep"]["name"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def summary(self) -> RepRollup:
        return RepRollup.from_dict(self.data["summary"])


def read_submission(path: Path | str) -> Submission:
    """Open and check a submission file; UserError (one line) if it is damaged,
    truncated, edited or of another format version."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    blob = path.read_bytes()
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            names = set(z.namelist())
            if "manifest.json" not in names:
                raise UserError(f"{name}: not a KAMdesk submission (no manifest.json)")
            manifest = json.loads(z.read("manifest.json").decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != SUBMISSION_FORMAT:
                raise UserError(f"{name}: not a KAMdesk submission file")
            version = manifest.get("format_version")
            if version != SUBMISSION_VERSION:
                raise UserError(
                    f"{name}: submission format version {version} is not supported "
                    f"(this KAMdesk reads version {SUBMISSION_VERSION})"
                )
            members: dict[str, str] = manifest.get("members") or {}
            contents: dict[str, bytes] = {}
            for member in MEMBERS:
                if member not in names or member not in members:
                    raise UserError(f"{name}: the member {member} is missing; the file is incomplete")
                contents[member] = z.read(member)
                if sha256_bytes(contents[member]) != members[member]:
                    raise UserError(
                        f"{name}: {member} does not match its checksum; the file was changed or damaged"
                    )
    except (zipfile.BadZipFile, zlib.error) as exc:
        # a flipped byte inside a compressed member fails in zlib before any checksum
        raise UserError(f"{name}: the file is damaged or truncated ({exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(f"{name}: the manifest is damaged") from None
    except (zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise UserError(f"{name}: the file is damaged or truncated ({exc})") from None
    try:
        data = json.loads(contents["data.json"].decode("utf-8"))
        RepRollup.from_dict(data["summary"])
        for key in ("rep", "period", "accounts", "opportunities", "visits", "targets", "plans"):
            data[key]
        for key in ("submission_uuid", "rep_uuid", "period", "kind"):
            manifest[key]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(f"{name}: the month's data is incomplete ({exc})") from None
    if data["rep"]["uuid"] != manifest["rep_uuid"] or data["period"]["key"] != manifest["period"]:
        raise UserError(f"{name}: the data does not belong to the rep and period in its manifest")
    return Submission(path, sha256_bytes(blob), manifest, data, contents["report.pdf"])


def consolidate(paths: Sequence[Path | str]) -> TeamRollup:
    """The team rollup from reps' submission files (all of one month; the
    latest file per rep counts). Every file is checked first."""
    if not paths:
        raise UserError("no submission files given")
    subs = [read_submission(p) for p in paths]
    months = sorted({s.period for s in subs})
    if len(months) > 1:
        raise UserError(
            f"the files are of different months ({', '.join(months)}); consolidate one month at a time"
        )
    latest: dict[str, Submission] = {}
    for sub in subs:
        rep_uuid = str(sub.manifest["rep_uuid"])
        prev = latest.get(rep_uuid)
        if prev is None or str(sub.manifest["created_at"]) > str(prev.manifest["created_at"]):
            latest[rep_uuid] = sub
    return team_total(months[0], [s.summary for s in latest.values()], [s.path.name for s in latest.values()])


# --- the manager's side: receive ---------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    file: str
    rep_name: str
    period: str
    submission_uuid: str
    imported: bool  # False: already received (same checksum)


def _parse_dt(v: Any) -> datetime | None:
    if not v:
        return None
    dt = datetime.fromisoformat(str(v))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def _parse_date(v: Any) -> date | None:
    return date.fromisoformat(str(v)) if v else None


def _dec(v: Any) -> Decimal | None:
    return Decimal(str(v)) if v is not None else None


def _upsert(session: Session, model: Any, uuid: str, values: dict[str, Any]) -> Any:
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
        pp = session.execute(
            select(PlanPeriod).where(
                PlanPeriod.rep_id == rep.id, PlanPeriod.kind == p["kind"], PlanPeriod.key == p["key"]
            )
        ).scalar_one_or_none()
        values = {
            "rep_id": rep.id,
            "kind": p["kind"],
            "key": p["key"],
            "starts_on": _parse_date(p["starts_on"]),
            "ends_on": _parse_date(p["ends_on"]),
            "plan_text": p.get("plan_text"),
            "summary_text": p.get("summary_text"),
            "key_problems": p.get("key_problems"),
            "hard_problems": p.get("hard_problems"),
        }
        if pp is None:
            pp = _upsert(session, PlanPeriod, p["uuid"], values)
        else:
            for k, v in values.items():
                setattr(pp, k, v)
        for old in session.execute(select(PlanItem).where(PlanItem.period_id == pp.id)).scalars():
            session.delete(old)
        session.flush()
        for i in p.get("items", []):
            session.add(
                PlanItem(
                    uuid=i["uuid"],
                    period_id=pp.id,
                    position=i.get("position", 0),
                    text=i["text"],
                    result=i.get("result"),
                    done=bool(i.get("done")),
                    account_id=acc_ids.get(i.get("account_uuid") or ""),
                )
            )
    session.flush()


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
        subs.append(read_submission(p))
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
            rd = sub.data["rep"]
            rep = _upsert(
                s,
                Rep,
                rd["uuid"],
                {
                    "name": rd["name"],
                    "code": rd.get("code"),
                    "title": rd.get("title"),
                    "region": rd.get("region"),
                },
            )
            _import_data(s, rep, sub.data)
            s.add(
                ReportSubmission(
                    uuid=sub.uuid,
                    rep_id=rep.id,
                    kind=ReportKind.MONTHLY,
                    period_key=sub.period,
                    submitted_at=_parse_dt(sub.manifest["created_at"]) or utcnow(),
                    file_name=sub.path.name,
                    checksum=sub.checksum,
                    received=True,
                )
            )
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
            r.submitted_at.astimezone(),
            r.file_name,
            r.checksum,
            int(counts.get(r.id, 0)),
        )
        for r in rows
    ]


# --- annotations -----------------------------------------------------------------------------


def annotate(
    db: Database,
    submission_uuid: str,
    text: str,
    out: Path | str,
    *,
    section: str | None = None,
    author: str | None = None,
) -> Result[Path]:
    """Add a manager's note to a received submission and write the notes file
    (every note on that submission) for the rep."""
    out = Path(out)
    if not text.strip():
        raise ValidationError({"text": "the note is empty"})
    if out.suffix.lower() != NOTES_SUFFIX:
        raise ValidationError({"output": f"a notes file ends in {NOTES_SUFFIX}"})
    if not out.parent.is_dir():
        raise UserError(f"folder does not exist: {out.parent}")
    with db.transaction() as s:
        sub = s.execute(
            select(ReportSubmission).where(ReportSubmission.uuid == submission_uuid)
        ).scalar_one_or_none()
        if sub is None:
            raise UserError(f"no submission {submission_uuid} in this database; receive the file first")
        rep = s.get(Rep, sub.rep_id) if sub.rep_id else None
        s.add(
            Annotation(
                submission_id=sub.id,
                author=(author or _default_author()).strip()[:80],
                at=utcnow(),
                section=(section or None),
                text=text.strip(),
            )
        )
        s.flush()
        notes = s.execute(
            select(Annotation).where(Annotation.submission_id == sub.id).order_by(Annotation.at)
        ).scalars()
        body = {
            "submission_uuid": sub.uuid,
            "rep_uuid": rep.uuid if rep else None,
            "rep_name": rep.name if rep else None,
            "kind": sub.kind,
            "period": sub.period_key,
            "annotations": [
                {"uuid": n.uuid, "author": n.author, "at": n.at, "section": n.section, "text": n.text}
                for n in notes
            ],
        }
        payload = json.loads(_dumps(body))
        doc = {
            "format": NOTES_FORMAT,
            "format_version": NOTES_VERSION,
            "body": payload,
            "checksum": sha256_bytes(_canonical(payload)),
        }
        _write_atomically(out, _dumps(doc))
    return Result(out, Changes.of("report", uuids=(submission_uuid,)))


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "manager"


def receive_notes(db: Database, path: Path | str) -> Result[int]:
    """Import a manager's notes file on the rep's side; returns how many notes
    were new. The notes attach to the submission they were written on."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != NOTES_FORMAT:
            raise UserError(f"{name}: not a KAMdesk notes file")
        if doc.get("format_version") != NOTES_VERSION:
            raise UserError(
                f"{name}: notes format version {doc.get('format_version')} is not supported "
                f"(this KAMdesk reads version {NOTES_VERSION})"
            )
        body = doc["body"]
        if sha256_bytes(_canonical(body)) != doc.get("checksum"):
            raise UserError(f"{name}: the notes do not match their checksum; the file was changed or damaged")
        notes = [
            (str(n["uuid"]), str(n["author"]), _parse_dt(n["at"]), n.get("section"), str(n["text"]))
            for n in body["annotations"]
        ]
        kind = ReportKind(body["kind"])
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, UserError):
            raise
        raise UserError(f"{name}: the notes file is damaged ({exc.__class__.__name__})") from None
    added = 0
    with db.transaction() as s:
        sub = s.execute(
            select(ReportSubmission).where(ReportSubmission.uuid == body["submission_uuid"])
        ).scalar_one_or_none()
        if sub is None and body.get("rep_uuid"):
            sub = (
                s.execute(
                    select(ReportSubmission)
                    .join(Rep, Rep.id == ReportSubmission.rep_id)
                    .where(
                        Rep.uuid == body["rep_uuid"],
                        ReportSubmission.kind == kind,
                        ReportSubmission.period_key == body["period"],
                    )
                    .order_by(ReportSubmission.submitted_at.desc())
                )
                .scalars()
                .first()
            )
        if sub is None:
            raise UserError(
                f"{name}: no submitted {kind.en.lower()} report {body['period']} on this laptop for these notes"
            )
        for uuid, author, at, section, text in notes:
            exists = s.execute(select(Annotation.id).where(Annotation.uuid == uuid)).first()
            if exists:
                continue
            s.add(
                Annotation(
                    uuid=uuid,
                    submission_id=sub.id,
                    author=author,
                    at=at or utcnow(),
                    section=section,
                    text=text,
                )
            )
            added += 1
    return Result(added, Changes.of("report"))


__all__ = [
    "Received",
    "Submission",
    "SubmissionResult",
    "annotate",
    "consolidate",
    "month_data",
    "read_submission",
    "receive_notes",
    "receive_submissions",
    "received_submissions",
    "submit_month",
]
