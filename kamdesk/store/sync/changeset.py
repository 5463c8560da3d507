"""A change set: the records a side changed, in the bundle's record form
(references by uuid, :func:`kamdesk.store.io.bundle_records.table_records` with a uuid
filter), plus tombstones for deleted records.

The same document goes to the team server over the network and into a file
(``kamdesk sync --to FILE``) for a laptop without network; the file is signed
with the team's key (HMAC-SHA256 over the canonical JSON), so a change file
from another team or altered on the way is refused before anything is applied.

Private details never leave a laptop: contacts marked private and every
contact's personal fields are screened as in a bundle without private data,
except contacts the rep marked shared (``shared_contact``). ``rep.is_me``
never travels (it is each laptop's own fact).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, text

from kamdesk import __version__, clock
from kamdesk.errors import UserError
from kamdesk.store.io.bundle_records import table_records
from kamdesk.store.models import Base
from kamdesk.store.sync.tables import sync_tables

FORMAT = "kamdesk-changes"
FORMAT_VERSION = 1
_CHUNK = 5000


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _shared_and_private(conn: Connection) -> tuple[set[int], set[int]]:
    contact, shared = Base.metadata.tables["contact"], Base.metadata.tables["shared_contact"]
    shared_ids = set(conn.execute(select(shared.c.contact_id)).scalars())
    private = set(conn.execute(select(contact.c.id).where(contact.c.is_private.is_(True))).scalars())
    return shared_ids, private - shared_ids


def collect(
    conn: Connection,
    changed: Mapping[str, Collection[str]] | None,
    *,
    screen_private: bool,
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Records (bundle form) and tombstones for ``changed`` (table → uuids; None: every
    record). A changed uuid that no longer exists and has a tombstone travels as one."""
    shared: set[int] = set()
    dropped: dict[str, set[int]] = {"contact": set()}
    if screen_private:
        shared, dropped["contact"] = _shared_and_private(conn)
    tables: dict[str, list[dict[str, Any]]] = {}
    tombstones: list[dict[str, Any]] = []
    for table in sync_tables():
        wanted = None if changed is None else list(changed.get(table.name, ()))
        if wanted is not None and not wanted:
            dropped.setdefault(table.name, set())
            continue
        rows: list[dict[str, Any]] = []
        if wanted is None:
            rows = list(table_records(conn, table, dropped, not screen_private, shared=shared))
        else:
            for part in _chunks(wanted):
                rows += table_records(conn, table, dropped, not screen_private, only=part, shared=shared)
        if table.name == "rep":
            for row in rows:
                row["is_me"] = False
        if rows:
            tables[table.name] = rows
        if wanted:
            present = {r["uuid"] for r in rows}
            live = _existing(conn, table.name, [u for u in wanted if u not in present])
            gone = [u for u in wanted if u not in present and u not in live]
            tombstones += _tombstones(conn, table.name, gone)
    return tables, tombstones


def _existing(conn: Connection, table_name: str, uuids: list[str]) -> set[str]:
    """Of ``uuids``, those still stored (left out for privacy, or not visible), not deleted."""
    table = Base.metadata.tables[table_name]
    found: set[str] = set()
    for part in _chunks(uuids):
        found |= set(conn.execute(select(table.c.uuid).where(table.c.uuid.in_(part))).scalars())
    return found


def _tombstones(conn: Connection, table_name: str, uuids: list[str]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in _chunks(uuids):
        rows = conn.execute(
            text(
                "SELECT record_uuid, version, origin FROM tombstone WHERE table_name = :t "
                "AND record_uuid IN (" + ", ".join(f":u{i}" for i in range(len(part))) + ") ORDER BY id"
            ),
            {"t": table_name, **{f"u{i}": u for i, u in enumerate(part)}},
        )
        for uuid, version, origin in rows:
            out[uuid] = {"table": table_name, "uuid": uuid, "version": version, "origin": origin}
    return list(out.values())


def document(
    tables: dict[str, list[dict[str, Any]]], tombstones: list[dict[str, Any]], *, team: str, origin: str
) -> dict[str, Any]:
    from kamdesk.store.schema import head_revision

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "team": team,
        "origin": origin,
        "schema_revision": head_revision(),
        "app_version": __version__,
        "created_at": clock.now().isoformat().replace("+00:00", "Z"),
        "tables": tables,
        "tombstones": tombstones,
    }


def count(doc: dict[str, Any]) -> int:
    return sum(len(rows) for rows in doc["tables"].values()) + len(doc["tombstones"])


# --- signed files -------------------------------------------------------------------


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signature(doc: dict[str, Any], secret: str) -> str:
    return hmac.new(secret.encode(), _canonical(doc), hashlib.sha256).hexdigest()


def write_file(doc: dict[str, Any], path: Path, secret: str) -> None:
    from kamdesk.paths import create_private
    from kamdesk.store.backup import fsync_file, remove_quietly

    tmp = path.with_name(path.name + ".part")
    try:
        create_private(tmp)
        body = json.dumps({"changes": doc, "hmac": signature(doc, secret)}, ensure_ascii=False)
        tmp.write_text(body, encoding="utf-8")
        fsync_file(tmp)
        tmp.replace(path)
    finally:
        remove_quietly(tmp)


def read_file(path: Path, *, team: str | None, secret: str | None) -> dict[str, Any]:
    """The change set in a signed file; UserError (one line) for anything not right."""
    from kamdesk.store.io.limits import load_json
    from kamdesk.store.schema import known_revisions

    name = path.name
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    try:
        outer = load_json(path.read_text(encoding="utf-8"), name)
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(f"{name}: not a KAMdesk change file") from exc
    doc = outer.get("changes") if isinstance(outer, dict) else None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(outer.get("hmac"), str):
        raise UserError(f"{name}: not a KAMdesk change file")
    if team is None or secret is None:
        raise UserError(
            f"{name}: this database is not in a team yet (sync once with the team server); nothing was applied"
        )
    if doc.get("team") != team:
        raise UserError(f"{name}: a change file from another team ({doc.get('team')}); nothing was applied")
    if not hmac.compare_digest(signature(doc, secret), outer["hmac"]):
        raise UserError(
            f"{name}: the change file was altered or damaged (signature does not match); nothing was applied"
        )
    if doc.get("schema_revision") not in known_revisions():
        raise UserError(
            f"{name} was written by a newer KAMdesk (schema {doc.get('schema_revision')}); update KAMdesk"
        )
    if not isinstance(doc.get("tables"), dict) or not isinstance(doc.get("tombstones"), list):
        raise UserError(f"{name}: not a KAMdesk change file")
    return doc
