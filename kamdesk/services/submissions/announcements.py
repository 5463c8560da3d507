"""A manager's announcements (seed 004: 公司的重要紧急信息资讯可以快速的下达到
销售员 — 公告栏目的快速传递): written on the manager's database, carried to each
rep inside the notes file (``.kamnote``), and shown at start on the rep's
laptop until read."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import Announcement
from kamdesk.store.types import utcnow

MAX_TITLE = 200
MAX_TEXT = 5000


@dataclass(frozen=True)
class AnnouncementRow:
    uuid: str
    at: datetime  # local
    author: str
    title: str
    text: str
    read: bool


def _row(a: Announcement) -> AnnouncementRow:
    return AnnouncementRow(
        a.uuid, clock.to_local(a.at), a.author or "", a.title, a.text or "", a.read_on is not None
    )


def post_announcement(
    db: Database, title: str, text: str = "", *, author: str | None = None
) -> Result[AnnouncementRow]:
    """A new announcement on this (the manager's) database; the next notes
    file written carries it. Read here already: its author wrote it."""
    errors: dict[str, str] = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = "required"
    elif len(title) > MAX_TITLE:
        errors["title"] = f"at most {MAX_TITLE} characters"
    if len(text or "") > MAX_TEXT:
        errors["text"] = f"at most {MAX_TEXT} characters"
    if errors:
        raise ValidationError(errors)
    if author is None:
        try:
            author = getpass.getuser()
        except (OSError, KeyError):
            author = "manager"
    with db.transaction() as s:
        a = Announcement(at=utcnow(), author=author[:80], title=title, text=(text or "").strip() or None)
        a.read_on = clock.today()
        s.add(a)
        s.flush()
        row = _row(a)
    return Result(row, Changes.of("announcement", uuids=(row.uuid,)))


def payload(session: Session) -> list[dict[str, Any]]:
    """Every announcement, oldest first, as a notes file carries them."""
    return [
        {"uuid": a.uuid, "at": a.at, "author": a.author, "title": a.title, "text": a.text}
        for a in session.scalars(select(Announcement).order_by(Announcement.at, Announcement.id))
    ]


def parse_payload(
    items: Any, parse_dt: Any
) -> list[tuple[str, datetime | None, str | None, str, str | None]]:
    """The announcements of a notes file; KeyError/TypeError/ValueError when malformed."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise TypeError("announcements")
    out = []
    for a in items:
        title = str(a["title"]).strip()[:MAX_TITLE]
        if not title:
            raise ValueError("an announcement without a title")
        text = a.get("text")
        out.append(
            (
                str(a["uuid"]),
                parse_dt(a.get("at")),
                (str(a["author"])[:80] if a.get("author") else None),
                title,
                str(text)[:MAX_TEXT] if text else None,
            )
        )
    return out


def import_announcements(
    session: Session, items: list[tuple[str, datetime | None, str | None, str, str | None]]
) -> int:
    """Add the announcements this laptop does not have yet (by uuid), unread."""
    added = 0
    for uuid, at, author, title, text in items:
        if session.scalar(select(Announcement.id).where(Announcement.uuid == uuid)) is not None:
            continue
        session.add(Announcement(uuid=uuid, at=at or utcnow(), author=author, title=title, text=text))
        added += 1
    return added


def unread_announcements(db: Database) -> list[AnnouncementRow]:
    """What the start of the app shows: announcements not read yet, oldest first."""
    with db.reading() as s:
        return [
            _row(a)
            for a in s.scalars(
                select(Announcement)
                .where(Announcement.read_on.is_(None))
                .order_by(Announcement.at, Announcement.id)
            )
        ]


def all_announcements(db: Database) -> list[AnnouncementRow]:
    with db.reading() as s:
        return [
            _row(a) for a in s.scalars(select(Announcement).order_by(Announcement.at.desc(), Announcement.id))
        ]


def mark_read(db: Database, uuids: list[str] | None = None) -> Result[int]:
    """Mark the given announcements (default: every unread one) read today."""
    with db.transaction() as s:
        query = select(Announcement).where(Announcement.read_on.is_(None))
        if uuids is not None:
            query = query.where(Announcement.uuid.in_(uuids))
        rows = list(s.scalars(query))
        if uuids is not None and not rows and uuids:
            known = s.scalar(select(Announcement.id).where(Announcement.uuid.in_(uuids)))
            if known is None:
                raise UserError(f"no announcement {', '.join(uuids)}")
        for a in rows:
            a.read_on = clock.today()
    return Result(len(rows), Changes.of("announcement"))
