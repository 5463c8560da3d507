"""The team server: the same schema on a plain PostgreSQL (the same models and
alembic migrations), plus what only a server has — a team id and key, a login
role per rep and one for the manager, and row-level security.

Row-level security keeps a rep's role to the accounts they own and the team's
shared ones (no owner), and everything hanging off those; records tied to a rep
(plans, targets, reports) to that rep; the manager sees the team. The policies
are derived from the foreign keys, so a table added to the models is covered
without touching this module: a table is scoped by its first required reference
to a scoped table (``EXISTS`` a visible parent — the parent's own policy
applies), else by its optional ones. Tables with no path to an account or a rep
(reps, custom field definitions, announcements) are the team's.

``kamdesk server init`` runs as the database's owner, who is not bound by the
policies; reps connect as their own roles (``kamdesk server add-rep``).
"""

from __future__ import annotations

import re
import secrets
import uuid as uuid_mod

from sqlalchemy import Connection, Table, insert, select, text, update

from kamdesk.errors import UserError
from kamdesk.store.models import Base
from kamdesk.store.sync.tables import get_meta, set_meta, sync_tables

GROUP = "kamdesk_team"
TEAM_ID = "team_id"
TEAM_SECRET = "team_secret"
LOCK_KEY = 2_021_000_021  # pg_advisory_xact_lock: one sync at a time keeps the change log in order
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_READ_ONLY = ("alembic_version", "store_meta", "team_member")

_SEES_REP = "({col} IS NULL OR {col} = kamdesk_rep_id() OR kamdesk_is_manager())"


def _scopes() -> dict[str, str]:
    """Table name → the USING/WITH CHECK expression of its policy."""
    scopes: dict[str, str] = {
        "account": "(owner_id IS NULL OR owner_id = kamdesk_rep_id() OR kamdesk_is_manager())"
    }
    for table in sync_tables():
        if table.name in scopes:
            continue
        required: list[tuple[str, str]] = []
        optional: list[tuple[str, str]] = []
        for col in table.columns:
            for fk in col.foreign_keys:
                target = fk.column.table.name
                if target == table.name:
                    continue
                if target in scopes:
                    clause = f'EXISTS (SELECT 1 FROM "{target}" p WHERE p.id = "{table.name}"."{col.name}")'
                    (optional if col.nullable else required).append((col.name, clause))
                elif target == "rep":
                    optional.append((col.name, _SEES_REP.format(col=f'"{col.name}"')))
        if required:
            scopes[table.name] = f"(kamdesk_is_manager() OR {required[0][1]})"
        elif optional:
            parts = [
                clause if clause.startswith("(") else f'("{name}" IS NULL OR {clause})'
                for name, clause in optional
            ]
            scopes[table.name] = "(" + " AND ".join(parts) + ")"
    return scopes


_FUNCTIONS = """
CREATE OR REPLACE FUNCTION kamdesk_rep_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT r.id FROM rep r JOIN team_member m ON m.rep_uuid = r.uuid WHERE m.role_name = session_user LIMIT 1
$$;
CREATE OR REPLACE FUNCTION kamdesk_is_manager() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT coalesce((SELECT is_manager FROM team_member WHERE role_name = session_user), false)
$$;
"""


def secure(conn: Connection) -> str:
    """Team id and key, the team group role, grants and policies (idempotent;
    the caller owns the transaction). Returns the team id."""
    if conn.dialect.name != "postgresql":
        raise UserError("the team server is a PostgreSQL database (postgresql+psycopg://…)")
    team = get_meta(conn, TEAM_ID)
    if team is None:
        team = uuid_mod.uuid4().hex[:12]
        set_meta(conn, TEAM_ID, team)
        set_meta(conn, TEAM_SECRET, secrets.token_hex(32))
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": GROUP}).first()
    if exists is None:
        conn.exec_driver_sql(f"CREATE ROLE {GROUP} NOLOGIN")
    conn.exec_driver_sql(_FUNCTIONS)
    from kamdesk.store.sync.release import HIDDEN_FUNCTION

    conn.exec_driver_sql(HIDDEN_FUNCTION)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {GROUP}")
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {GROUP}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}")
    for name in _READ_ONLY:
        conn.exec_driver_sql(f'REVOKE INSERT, UPDATE, DELETE ON "{name}" FROM {GROUP}')
    for name, expr in _scopes().items():
        conn.exec_driver_sql(f'ALTER TABLE "{name}" ENABLE ROW LEVEL SECURITY')
        conn.exec_driver_sql(f'DROP POLICY IF EXISTS kamdesk_scope ON "{name}"')
        conn.exec_driver_sql(f'CREATE POLICY kamdesk_scope ON "{name}" USING {expr} WITH CHECK {expr}')
    return team


def _password_literal(password: str) -> str:
    if not password or "\x00" in password:
        raise UserError("give the rep a non-empty password")
    return "'" + password.replace("'", "''") + "'"


def add_rep(
    conn: Connection,
    role: str,
    password: str,
    name: str,
    *,
    manager: bool = False,
    rep_uuid: str | None = None,
) -> str:
    """A login role for a rep (or the manager) and their rep record; returns the rep's uuid."""
    if not _ROLE.match(role):
        raise UserError(f"{role!r}: a role name is lower-case letters, digits and _ (at most 63)")
    if get_meta(conn, TEAM_ID) is None:
        raise UserError("this server has no team yet: run kamdesk server init first")
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    verb = "ALTER" if exists else "CREATE"
    conn.exec_driver_sql(f'{verb} ROLE "{role}" LOGIN PASSWORD {_password_literal(password)}')
    conn.exec_driver_sql(f'GRANT {GROUP} TO "{role}"')
    rep: Table = Base.metadata.tables["rep"]
    log = Base.metadata.tables["sync_change"]
    found = None
    if rep_uuid is not None:
        found = conn.execute(select(rep.c.uuid).where(rep.c.uuid == rep_uuid)).scalar()
    if found is None:
        found = conn.execute(select(rep.c.uuid).where(rep.c.name == name).order_by(rep.c.id)).scalar()
    if found is None:
        found = rep_uuid or str(uuid_mod.uuid4())
        conn.execute(insert(rep).values(uuid=found, name=name, is_me=False, active=True))
        conn.execute(insert(log).values(table_name="rep", record_uuid=found))
    member = Base.metadata.tables["team_member"]
    if conn.execute(select(member.c.role_name).where(member.c.role_name == role)).first():
        conn.execute(
            update(member).where(member.c.role_name == role).values(rep_uuid=found, is_manager=manager)
        )
    else:
        conn.execute(insert(member).values(role_name=role, rep_uuid=found, is_manager=manager))
    return str(found)


def hand_over(conn: Connection, account_uuid: str, to_role: str) -> int:
    """Give an account to another rep on the server (as its owner or the manager):
    the account and everything under it are logged again, so the new owner's next
    sync brings the whole history. Returns the records logged."""
    member = Base.metadata.tables["team_member"]
    rep_uuid = conn.execute(select(member.c.rep_uuid).where(member.c.role_name == to_role)).scalar()
    if rep_uuid is None:
        raise UserError(f"{to_role!r} is not a member of this team")
    rep, account = Base.metadata.tables["rep"], Base.metadata.tables["account"]
    rep_id = conn.execute(select(rep.c.id).where(rep.c.uuid == rep_uuid)).scalar()
    acc = conn.execute(select(account.c.id).where(account.c.uuid == account_uuid)).scalar()
    if acc is None:
        raise UserError(f"no account {account_uuid} on the server")
    conn.execute(
        update(account)
        .where(account.c.id == acc)
        .values(owner_id=rep_id, version=account.c.version + 1, origin=get_meta(conn, TEAM_ID))
    )
    return _log_account_tree(conn, acc)


def _log_account_tree(conn: Connection, account_id: int) -> int:
    """Append every record under one account to the change log (parents first)."""
    log = Base.metadata.tables["sync_change"]
    ids: dict[str, list[int]] = {"account": [account_id]}
    logged = 0
    for table in sync_tables():
        if table.name != "account":
            conds = []
            for col in table.columns:
                for fk in col.foreign_keys:
                    parent = fk.column.table.name
                    if parent != table.name and ids.get(parent) and not col.nullable:
                        conds.append(col.in_(ids[parent]))
            if not conds:
                continue
            from sqlalchemy import or_

            rows = conn.execute(select(table.c.id, table.c.uuid).where(or_(*conds))).all()
            ids[table.name] = [r.id for r in rows]
            uuids = [r.uuid for r in rows]
        else:
            uuids = list(conn.execute(select(table.c.uuid).where(table.c.id == account_id)).scalars())
        if uuids:
            conn.execute(insert(log), [{"table_name": table.name, "record_uuid": u} for u in uuids])
            logged += len(uuids)
    return logged
