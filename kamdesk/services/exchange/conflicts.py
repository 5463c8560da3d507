"""Merge conflicts to review: records both laptops changed since they last
exchanged bundles. The import kept this side's values; here the rep sees the
other side's and keeps either (see :mod:`kamdesk.store.io.conflicts`)."""

from __future__ import annotations

from typing import Literal

from kamdesk.store.db import Database
from kamdesk.store.io import conflicts as _store
from kamdesk.store.io.conflicts import ConflictView

__all__ = ["ConflictView", "edit_conflict", "field_label", "list_conflicts", "resolve_conflict"]


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictView]:
    with db.reading() as s:
        return _store.list_conflicts(s.connection(), include_resolved=include_resolved)


def resolve_conflict(db: Database, conflict_id: int, keep: Literal["mine", "theirs"]) -> ConflictView:
    """Keep this side's values or take the other side's; one transaction."""
    with db.transaction() as s:
        return _store.resolve(s.connection(), conflict_id, keep)


def edit_conflict(db: Database, conflict_id: int, edits: dict[str, str]) -> ConflictView:
    """Settle with the rep's own values for fields that differ (field → text);
    checked by the field rules, one transaction, nothing written if refused."""
    with db.transaction() as s:
        return _store.resolve_edited(s.connection(), conflict_id, edits)


def field_label(table: str, field: str, lang: str = "zh") -> str:
    """The field's name as the exports head it (简称 for an account's short_name);
    the column's own name where no export shows it."""
    from kamdesk.services.exchange.exports import EXPORT_COLUMNS
    from kamdesk.services.opportunities.pipeline_export import COLUMNS

    columns = {"account": EXPORT_COLUMNS, "opportunity": COLUMNS}.get(table, ())
    for name, zh, en, _kind in columns:
        if name == field:
            return zh if lang.lower().startswith("zh") else en
    return field
