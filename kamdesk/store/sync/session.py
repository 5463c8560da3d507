"""One sync between a laptop and the team server.

Both sides are one transaction each. The server side first takes the team's
advisory lock (syncs run one at a time, so the change log's order is the order
of commits and a laptop's high-water mark never skips a change), then:

1. pull: the server's records changed since this laptop's mark, as the rep's
   role may see them (row-level security), merged into the laptop
   (:mod:`.apply`, ``mode="pull"``; the laptop's triggers are off meanwhile);
2. push: the laptop's records changed since its last push (all of them the first
   time), privacy-screened, applied on the server and appended to its log;
3. the laptop's pushed records take their pushed state as their new base, its
   change log is emptied and its mark moved to the server's end of log;
4. the server commits, then the laptop.

A dropped connection before 4 leaves both sides as they were. One after the
server committed but before the laptop did leaves the laptop's changes pending:
the next sync pulls the laptop's own records back (the same content: no conflict)
and pushes them again (the same state: skipped). Either way, sync again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, func, select, text, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.store.models import Base
from kamdesk.store.sync import changeset
from kamdesk.store.sync.apply import ApplyReport, apply_changes
from kamdesk.store.sync.release import Released, hidden_accounts, release_accounts
from kamdesk.store.sync.server import LOCK_KEY, TEAM_ID, TEAM_SECRET
from kamdesk.store.sync.tables import (
    LAST_SYNC,
    ORIGIN,
    PULL_MARK,
    PUSHED,
    SECRET,
    TEAM,
    get_meta,
    set_meta,
)
from kamdesk.store.sync.tracking import pending, set_tracking

Progress = Callable[[str, int, int], None]
#: test hook: called with a step name ("pulled", "pushed", "before-commit") and the server connection
Hook = Callable[[str, Connection], None]


@dataclass(frozen=True)
class SyncOutcome:
    pulled: ApplyReport
    pushed: ApplyReport
    sent: int  # records and tombstones sent
    received: int
    mark: int
    team: str
    released: Released


def server_engine(url: str) -> Engine:
    if not url.startswith(("postgresql", "postgres")):
        raise UserError(
            f"the team server is a PostgreSQL URL (postgresql+psycopg://user:password@host/db), not {url.split(':')[0]!r}"
        )
    try:
        return create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 10})
    except Exception as exc:  # a malformed URL, a missing driver
        raise UserError(f"cannot use the team server URL: {exc}") from None


def server_error(exc: DBAPIError, url: str, *, connected: bool) -> UserError:
    """One line for a server that cannot be reached, refuses the login or drops the connection."""
    from sqlalchemy.engine import make_url

    try:
        where = make_url(url)
        who, host = where.username or "?", where.host or where.query.get("host") or "localhost"
    except Exception:
        who, host = "?", "the server"
    detail = str(exc.orig or exc).strip().splitlines()[0] if (exc.orig or exc) else ""
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return UserError(
            f"the team server refused the login for {who}: wrong user name or password; nothing was synced"
        )
    if "does not exist" in lowered and ("role" in lowered or "database" in lowered):
        return UserError(f"the team server at {host} refused the connection ({detail}); nothing was synced")
    if connected and not isinstance(exc, OperationalError):
        return UserError(f"the team server refused the sync ({detail}); nothing was changed on this laptop")
    if connected:
        return UserError(
            "the connection to the team server was lost during the sync; nothing was changed on this "
            "laptop — sync again to resume"
        )
    return UserError(f"cannot reach the team server at {host} ({detail}); nothing was synced")


def check_server_schema(sconn: Connection) -> None:
    from kamdesk.store.schema import head_revision, known_revisions

    try:
        revision = sconn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        raise UserError(
            "this PostgreSQL database is not a KAMdesk team server (run kamdesk server init)"
        ) from None
    if revision not in known_revisions():
        raise UserError(
            f"the team server runs a newer KAMdesk schema ({revision}; this version knows up to "
            f"{head_revision()}): update KAMdesk on this laptop; nothing was synced"
        )
    if revision != head_revision():
        raise UserError(
            f"the team server's schema ({revision}) is older than this KAMdesk's ({head_revision()}): "
            "the manager upgrades it with kamdesk server init; nothing was synced"
        )


def _member(sconn: Connection) -> tuple[str, bool]:
    member = Base.metadata.tables["team_member"]
    row = sconn.execute(
        select(member.c.rep_uuid, member.c.is_manager).where(member.c.role_name == func.session_user())
    ).first()
    if row is None:
        user = sconn.execute(text("SELECT session_user")).scalar()
        raise UserError(f"{user} is not a member of this team (kamdesk server add-rep); nothing was synced")
    return str(row.rep_uuid), bool(row.is_manager)


def _adopt_rep(lconn: Connection, rep_uuid: str) -> None:
    """This laptop's own rep ("me") takes the uuid the server knows the rep by."""
    rep = Base.metadata.tables["rep"]
    me = lconn.execute(select(rep.c.id, rep.c.uuid).where(rep.c.is_me.is_(True))).first()
    if me is None or me.uuid == rep_uuid:
        return
    if lconn.execute(select(rep.c.id).where(rep.c.uuid == rep_uuid)).first() is None:
        lconn.execute(
            update(rep)
            .where(rep.c.id == me.id)
            .values(uuid=rep_uuid, version=rep.c.version, origin=rep.c.origin, updated_at=rep.c.updated_at)
        )


def _claim_me(lconn: Connection, rep_uuid: str) -> None:
    """A laptop with no "me" yet: the rep pulled from the server for this login."""
    rep = Base.metadata.tables["rep"]
    if lconn.execute(select(rep.c.id).where(rep.c.is_me.is_(True))).first() is None:
        lconn.execute(
            update(rep)
            .where(rep.c.uuid == rep_uuid)
            .values(is_me=True, version=rep.c.version, origin=rep.c.origin, updated_at=rep.c.updated_at)
        )


def server_changes(sconn: Connection, since: int) -> tuple[dict[str, Any], int]:
    log = Base.metadata.tables["sync_change"]
    end = sconn.execute(select(func.coalesce(func.max(log.c.seq), 0))).scalar_one()
    changed: dict[str, set[str]] = {}
    for table_name, uuid in sconn.execute(
        select(log.c.table_name, log.c.record_uuid).where(log.c.seq > since).distinct()
    ):
        changed.setdefault(table_name, set()).add(uuid)
    tables, stones = changeset.collect(sconn, changed, screen_private=False)
    return {"tables": tables, "tombstones": stones}, int(end)


def laptop_changes(lconn: Connection, *, team: str) -> tuple[dict[str, Any], int, int]:
    """The laptop's change set, and the log and tombstone positions it covers."""
    first = get_meta(lconn, PUSHED) != "1"
    log, tomb = Base.metadata.tables["sync_change"], Base.metadata.tables["tombstone"]
    log_end = lconn.execute(select(func.coalesce(func.max(log.c.seq), 0))).scalar_one()
    tomb_end = lconn.execute(select(func.coalesce(func.max(tomb.c.id), 0))).scalar_one()
    changed = None if first else {t: list(u) for t, u in pending(lconn).items()}
    tables, stones = changeset.collect(lconn, changed, screen_private=True)
    doc = changeset.document(tables, stones, team=team, origin=get_meta(lconn, ORIGIN) or "")
    return doc, int(log_end), int(tomb_end)


def settle_pushed(lconn: Connection, doc: dict[str, Any], log_end: int, tomb_end: int) -> None:
    """After a push: what was sent is this laptop's new base; its change log is emptied."""
    for name, rows in doc["tables"].items():
        table = Base.metadata.tables[name]
        c = table.c
        uuids = [r["uuid"] for r in rows]
        for i in range(0, len(uuids), 5000):
            lconn.execute(
                update(table)
                .where(c.uuid.in_(uuids[i : i + 5000]))
                .values(
                    base_version=c.version,
                    base_origin=c.origin,
                    version=c.version,
                    origin=c.origin,
                    updated_at=c.updated_at,
                )
            )
    log, tomb = Base.metadata.tables["sync_change"], Base.metadata.tables["tombstone"]
    lconn.execute(log.delete().where(log.c.seq <= log_end))
    lconn.execute(tomb.delete().where(tomb.c.id <= tomb_end))


def run_sync(
    local: Engine, url: str, *, progress: Progress | None = None, hook: Hook | None = None
) -> SyncOutcome:
    """Pull, merge and push; see the module notes. Raises UserError with one line."""
    engine = server_engine(url)
    connected = False
    try:
        with engine.connect() as sconn:
            connected = True
            strans = sconn.begin()
            sconn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": LOCK_KEY})
            check_server_schema(sconn)
            team, secret = get_meta(sconn, TEAM_ID), get_meta(sconn, TEAM_SECRET)
            if team is None or secret is None:
                raise UserError(
                    "this PostgreSQL database is not a KAMdesk team server (run kamdesk server init)"
                )
            rep_uuid, _manager = _member(sconn)
            with local.connect() as lconn:
                ltrans = lconn.begin()
                try:
                    outcome = _exchange(sconn, lconn, team, secret, rep_uuid, progress, hook)
                    if hook:
                        hook("before-commit", sconn)
                    strans.commit()
                    ltrans.commit()
                except BaseException:
                    ltrans.rollback()
                    raise
            return outcome
    except OperationalError as exc:
        raise server_error(exc, url, connected=connected) from None
    except DBAPIError as exc:
        if connected and "row-level security" in str(exc.orig or exc):
            raise UserError(
                "the team server refused a record this rep may not write (an account of another rep?); "
                "nothing was synced"
            ) from None
        raise server_error(exc, url, connected=connected) from None
    finally:
        engine.dispose()


def _exchange(
    sconn: Connection,
    lconn: Connection,
    team: str,
    secret: str,
    rep_uuid: str,
    progress: Progress | None,
    hook: Hook | None,
) -> SyncOutcome:
    known = get_meta(lconn, TEAM)
    if known is not None and known != team:
        raise UserError(
            f"this laptop belongs to another team ({known}); the server's team is {team}; nothing was synced"
        )
    set_tracking(lconn, False)
    _adopt_rep(lconn, rep_uuid)
    mark = int(get_meta(lconn, PULL_MARK) or 0)
    if progress:
        progress("pull", 0, 3)
    incoming, _end = server_changes(sconn, mark)
    pulled = apply_changes(lconn, incoming, mode="pull", source="team server")
    _claim_me(lconn, rep_uuid)
    # handed over to another rep since: off this laptop before anything is pushed
    released = release_accounts(lconn, hidden_accounts(sconn, lconn))
    if hook:
        hook("pulled", sconn)
    if progress:
        progress("push", 1, 3)
    outgoing, log_end, tomb_end = laptop_changes(lconn, team=team)
    pushed = apply_changes(sconn, outgoing, mode="push", source=outgoing["origin"])
    if hook:
        hook("pushed", sconn)
    settle_pushed(lconn, outgoing, log_end, tomb_end)
    log = Base.metadata.tables["sync_change"]
    end = int(sconn.execute(select(func.coalesce(func.max(log.c.seq), 0))).scalar_one())
    for key, value in (
        (TEAM, team),
        (SECRET, secret),
        (PULL_MARK, str(end)),
        (PUSHED, "1"),
        (LAST_SYNC, clock.now().isoformat()),
    ):
        set_meta(lconn, key, value)
    set_tracking(lconn, True)
    if progress:
        progress("done", 3, 3)
    return SyncOutcome(
        pulled, pushed, changeset.count(outgoing), changeset.count(incoming), end, team, released
    )
