"""A manager's annotations (``.kamnote``): written out for the rep and received back."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

from sqlalchemy import select

from kamdesk.domain.periods import ReportKind
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.submissions.announcements import import_announcements, parse_payload
from kamdesk.services.submissions.announcements import payload as announcement_payload
from kamdesk.services.submissions.format import (
    NOTES_FORMAT,
    NOTES_SUFFIX,
    NOTES_VERSION,
    _canonical,
    _dumps,
    _parse_dt,
    _write_atomically,
    sha256_bytes,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Annotation,
    Rep,
    ReportSubmission,
)
from kamdesk.store.types import utcnow


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
            # the manager's announcements travel with every notes file (read at the rep's start)
            "announcements": announcement_payload(s),
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
        announcements = parse_payload(body.get("announcements"), _parse_dt)
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
        import_announcements(s, announcements)
    return Result(added, Changes.of("report", "announcement"))


__all__ = ["annotate", "receive_notes"]
