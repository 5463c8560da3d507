"""The private columns and rows of the store, for anything that dumps tables
(the JSON bundle) — the table-level half of :mod:`kamdesk.services.privacy`.

Private are the personal fields of every contact and the whole of a contact
marked ``is_private``, including the copies of their name that other rows
keep (``NAME_SNAPSHOTS``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from kamdesk.store.models import PRIVATE_CONTACT_FIELDS

#: the contact's own flag travels with its private details
PRIVATE_FIELDS: tuple[str, ...] = (*PRIVATE_CONTACT_FIELDS, "is_private")

#: rows that keep a copy of a contact's name (and title) as it was when written
NAME_SNAPSHOTS: dict[str, tuple[str, ...]] = {
    "visit_attendee": ("name", "title"),
    "contact_log": ("their_person", "their_title"),
}

#: rows about one contact that mean nothing without them: left out whole with
#: a private contact (a contact-log entry stays, without the person)
_DROPPED_WITH_CONTACT = frozenset({"visit_attendee"})


def public_record(
    table: str, row: Mapping[Any, Any], record: dict[str, Any], private_contact_ids: Collection[int]
) -> dict[str, Any] | None:
    """A row's dumped ``record`` as it may leave the laptop without private data;
    None when the whole row stays behind. ``row`` holds the raw column values."""
    if table == "contact":
        if row["is_private"]:
            return None
        for name in PRIVATE_FIELDS:
            if name in record:
                record[name] = False if name == "is_private" else None
        return record
    snapshot = NAME_SNAPSHOTS.get(table)
    contact_id = row.get("contact_id")
    if snapshot and contact_id is not None and contact_id in private_contact_ids:
        if table in _DROPPED_WITH_CONTACT:
            return None
        for name in snapshot:
            record[name] = None
    return record


#: what a dump without private data leaves empty: its updates must not erase them here
_EMPTIED_BY_DUMP: dict[str, tuple[str, ...]] = {
    "contact": (*PRIVATE_FIELDS, "reports_to_id"),  # the superior may be a private contact
    "contact_log": ("contact_id", *NAME_SNAPSHOTS["contact_log"]),
    "visit_attendee": ("contact_id", *NAME_SNAPSHOTS["visit_attendee"]),
}


def keep_on_update(table: str, values: dict[str, Any], include_private: bool) -> dict[str, Any]:
    """The ``values`` an import from a dump may write over an existing row: from a
    dump without private data, the columns it empties are left as they are here
    (and ``is_private`` always is)."""
    if include_private:
        return values
    kept = _EMPTIED_BY_DUMP.get(table, ())
    return {k: v for k, v in values.items() if k not in kept or (v is not None and k != "is_private")}
