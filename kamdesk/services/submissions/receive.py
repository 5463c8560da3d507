"""The manager's side: importing submission files into the manager's database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.periods import ReportKind
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.submissions.format import (
    Submission,
    _parse_dt,
    read_submission,
)
from kamdesk.services.submissions.records import _import_data, _Malformed, _typed, _upsert
from kamdesk.services.submissions.sign import verify_signature
from kamdesk.store.db import Database
from kamdesk.store.io.limits import why
from kamdesk.store.models import (
    Account,
    Annotation,
    Contact,
    Opportunity,
    Payment,
    PlanPeriod,
    Purchase,
    Rep,
    ReportSubmission,
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
