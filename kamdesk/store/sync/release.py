"""Accounts handed over to another rep, on the old owner's laptop.

After a hand-over the server's row-level security hides the account from its
old owner, so nothing about it reaches their laptop by pull; left alone, their
copy goes stale and the first edit to it makes every later push fail (the
server cannot show them the row the edit updates). At each sync the laptop
therefore asks the server which of its accounts exist there but are no longer
its to see (a ``SECURITY DEFINER`` function, created by ``kamdesk server
init``), and removes them with everything under them — locally only, with
tracking off, so no delete travels. Edits made here since the last sync to
those records are handed back to the caller to keep in a file: never lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, select, text

from kamdesk.store.io.conflicts import record_as_bundle
from kamdesk.store.models import Base
from kamdesk.store.sync.deletions import subtree
from kamdesk.store.sync.tracking import pending

HIDDEN_FUNCTION = """
CREATE OR REPLACE FUNCTION kamdesk_hidden_accounts(uuids text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT a.uuid::text FROM account a WHERE a.uuid::text = ANY(uuids)
    AND NOT (a.owner_id IS NULL OR a.owner_id = kamdesk_rep_id() OR kamdesk_is_manager())
$$;
"""


@dataclass
class Released:
    """Accounts taken off this laptop, and what was changed here under them since the last sync."""

    accounts: list[str] = field(default_factory=list)  # names
    unsent: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table → records, bundle form

    @property
    def unsent_count(self) -> int:
        return sum(len(rows) for rows in self.unsent.values())


def hidden_accounts(sconn: Connection, lconn: Connection) -> list[str]:
    """This laptop's accounts that the server holds but no longer shows this rep."""
    has_function = sconn.execute(text("SELECT to_regprocedure('kamdesk_hidden_accounts(text[])')")).scalar()
    if has_function is None:  # a server from before this check: `kamdesk server init` adds it
        return []
    account = Base.metadata.tables["account"]
    uuids = [str(u) for u in lconn.execute(select(account.c.uuid)).scalars()]
    if not uuids:
        return []
    found = sconn.execute(text("SELECT * FROM kamdesk_hidden_accounts(CAST(:u AS text[]))"), {"u": uuids})
    return sorted(str(u) for u in found.scalars())


def release_accounts(lconn: Connection, uuids: list[str]) -> Released:
    """Remove these accounts and everything under them from this laptop without a
    trace in the change log (tracking must be off; the caller owns the transaction)."""
    account = Base.metadata.tables["account"]
    log, tomb = Base.metadata.tables["sync_change"], Base.metadata.tables["tombstone"]
    changed = pending(lconn)
    out = Released()
    gone_ids: list[int] = []
    for uuid in uuids:
        row = lconn.execute(select(account.c.id, account.c.name).where(account.c.uuid == uuid)).first()
        if row is None:
            continue
        tree = subtree(lconn, account, uuid)
        for name, record_uuids in tree.items():
            table = Base.metadata.tables[name]
            for record_uuid in record_uuids:
                if record_uuid in changed.get(name, {}):
                    record = record_as_bundle(lconn, table, record_uuid)
                    if record is not None:
                        out.unsent.setdefault(name, []).append(record)
        lconn.execute(delete(account).where(account.c.id == row.id))  # the rest cascades
        for name, record_uuids in tree.items():
            for i in range(0, len(record_uuids), 500):
                part = record_uuids[i : i + 500]
                lconn.execute(delete(log).where(log.c.table_name == name, log.c.record_uuid.in_(part)))
                lconn.execute(delete(tomb).where(tomb.c.table_name == name, tomb.c.record_uuid.in_(part)))
        out.accounts.append(str(row.name))
        gone_ids.append(int(row.id))
    if gone_ids and lconn.dialect.name == "sqlite":
        from kamdesk.store.search import reindex_accounts

        reindex_accounts(lconn, gone_ids)
    return out
