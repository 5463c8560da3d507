"""Sync use cases: plain results, one transaction per side (the store owns the SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import DatabaseError

from kamdesk.errors import UserError
from kamdesk.services.changes import Changes
from kamdesk.store.db import Database, user_error_from
from kamdesk.store.models import Base
from kamdesk.store.sync import changeset
from kamdesk.store.sync.apply import ApplyReport, apply_changes
from kamdesk.store.sync.release import Released
from kamdesk.store.sync.server import TEAM_ID, TEAM_SECRET
from kamdesk.store.sync.session import Hook, Progress, laptop_changes, run_sync
from kamdesk.store.sync.tables import LAST_SYNC, PUSHED, SECRET, SERVER_URL, TEAM, get_meta, set_meta
from kamdesk.store.sync.tracking import pending


@dataclass(frozen=True)
class SyncResult:
    received: int
    applied: int
    sent: int
    conflicts: int
    seconds: float
    changes: Changes
    handed_over: tuple[str, ...] = ()  # accounts now another rep's: taken off this laptop
    kept_file: Path | None = None  # this laptop's unsent edits under them

    def summary(self) -> str:
        text = f"synced: {self.received} received ({self.applied} applied), {self.sent} sent"
        if self.conflicts:
            text += (
                f"; {self.conflicts} changed on both sides: the server's value kept, "
                "this laptop's saved to review (kamdesk conflicts)"
            )
        if self.handed_over:
            text += f"; handed over to another rep, now off this laptop: {', '.join(self.handed_over)}"
            if self.kept_file:
                text += f" (the edits not yet sent are kept in {self.kept_file})"
        return text


@dataclass(frozen=True)
class SyncStatus:
    team: str | None
    server: str | None  # the URL without its password
    last_sync: datetime | None
    pending: int  # records changed here since the last sync
    open_conflicts: int


def _server_url(db: Database, url: str | None) -> str:
    if url:
        return url
    with db.engine.connect() as conn:
        saved = get_meta(conn, SERVER_URL)
    if not saved:
        raise UserError(
            "no team server set: kamdesk sync --server postgresql+psycopg://rep:password@host/team"
        )
    return saved


def sync(
    db: Database,
    url: str | None = None,
    *,
    remember: bool = True,
    progress: Progress | None = None,
    hook: Hook | None = None,
) -> SyncResult:
    """Sync with the team server at ``url`` (or the one remembered from the last time)."""
    import time

    if not db.is_sqlite:
        raise UserError("sync runs on a laptop's own database, not on the team server")
    target = _server_url(db, url)
    t0 = time.perf_counter()
    try:
        outcome = run_sync(db.engine, target, progress=progress, hook=hook)
        if remember and url:
            with db.engine.begin() as conn:
                set_meta(conn, SERVER_URL, url)
    except DatabaseError as exc:
        raise user_error_from(exc, db.path) from exc
    pulled, released = outcome.pulled, outcome.released
    return SyncResult(
        received=outcome.received,
        applied=pulled.applied,
        sent=outcome.sent,
        conflicts=pulled.conflicts,
        seconds=time.perf_counter() - t0,
        changes=Changes.of("all") if pulled.applied or pulled.conflicts or released.accounts else Changes(),
        handed_over=tuple(released.accounts),
        kept_file=_keep_unsent(db, released) if released.unsent else None,
    )


def _keep_unsent(db: Database, released: Released) -> Path:
    """The edits made here under accounts handed over since, as a JSON file beside the
    database (owner-only: it may hold contacts' details), for the rep to pass on."""
    import json

    from kamdesk import clock
    from kamdesk.paths import create_private, private_dir

    folder = private_dir((db.path.parent if db.path else Path.cwd()) / "handed-over")
    path = create_private(folder / f"unsent-{clock.wall_stamp()}.json")
    doc = {"kind": "kamdesk-handed-over-edits", "accounts": released.accounts, "tables": released.unsent}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return path


def status(db: Database) -> SyncStatus:
    from sqlalchemy.engine import make_url

    conflict = Base.metadata.tables["conflict"]
    with db.engine.connect() as conn:
        team, url, last = get_meta(conn, TEAM), get_meta(conn, SERVER_URL), get_meta(conn, LAST_SYNC)
        count = sum(len(v) for v in pending(conn).values()) if get_meta(conn, PUSHED) == "1" else 0
        open_conflicts = len(
            conn.execute(select(conflict.c.id).where(conflict.c.resolved_at.is_(None))).all()
        )
    shown = None
    if url:
        try:
            shown = make_url(url).render_as_string(hide_password=True)
        except Exception:
            shown = "(unreadable URL)"
    return SyncStatus(team, shown, datetime.fromisoformat(last) if last else None, count, open_conflicts)


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    records: int
    report: ApplyReport | None = None


def _team_key(conn: object) -> tuple[str | None, str | None]:
    c = conn  # a Connection: the laptop's own keys, or the server's
    team, secret = get_meta(c, TEAM), get_meta(c, SECRET)  # type: ignore[arg-type]
    if team is None:
        team, secret = get_meta(c, TEAM_ID), get_meta(c, TEAM_SECRET)  # type: ignore[arg-type]
    return team, secret


def write_change_file(db: Database, path: Path) -> FileOutcome:
    """This laptop's changes since its last sync as a signed file (nothing is marked sent:
    sending the same changes again, by file or by network, changes nothing)."""
    try:
        with db.engine.connect() as conn:
            team, secret = _team_key(conn)
            if team is None or secret is None:
                raise UserError("this laptop is not in a team yet: sync once with the team server first")
            doc, _log, _tomb = laptop_changes(conn, team=team)
            conn.rollback()
    except DatabaseError as exc:
        raise user_error_from(exc, db.path) from exc
    changeset.write_file(doc, path, secret)
    return FileOutcome(path, changeset.count(doc))


def apply_change_file(db: Database, path: Path) -> FileOutcome:
    """Apply a signed change file: on a laptop as a sync would (the other side's value
    stands on a same-field clash, this side's kept to review); on the team server it is
    logged for every laptop to pull. All or nothing."""
    try:
        with db.engine.begin() as conn:
            team, secret = _team_key(conn)
            doc = changeset.read_file(path, team=team, secret=secret)
            report = apply_changes(conn, doc, mode="file" if db.is_sqlite else "push", source=path.name)
    except DatabaseError as exc:
        raise user_error_from(exc, db.path) from exc
    return FileOutcome(path, changeset.count(doc), report)


def set_shared(db: Database, contact_uuid: str, shared: bool) -> None:
    """Share a contact's private details with the team server (or stop sharing them)."""
    contact, mark = Base.metadata.tables["contact"], Base.metadata.tables["shared_contact"]
    with db.engine.begin() as conn:
        cid = conn.execute(select(contact.c.id).where(contact.c.uuid == contact_uuid)).scalar()
        if cid is None:
            raise UserError(f"no contact {contact_uuid}")
        present = conn.execute(select(mark.c.id).where(mark.c.contact_id == cid)).scalar()
        if shared and present is None:
            conn.execute(insert(mark).values(contact_id=cid))
        elif not shared and present is not None:
            conn.execute(delete(mark).where(mark.c.id == present))
        # the contact goes out again, now with (or without) its details
        if shared:
            from sqlalchemy import update

            conn.execute(update(contact).where(contact.c.id == cid).values(updated_at=contact.c.updated_at))
