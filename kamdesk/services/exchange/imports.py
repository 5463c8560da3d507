"""Import accounts or contacts from CSV and XLSX.

1. :func:`preview` reads the file (encoding and header row detected), guesses
   the column mapping from the headers (the seeds' own names such as 客户名称,
   行业, 地址, 电话, 联系人; English names; our export's headers; custom field
   names) and checks every row: problems by line, duplicates.
2. :func:`run_import` does it. **All or nothing**: if any row is rejected
   (bad date, bad amount, missing name, unknown code…) nothing is written and
   the outcome lists every rejected line with its reasons — unless the caller
   passes ``skip_rejected=True``, which writes the good rows and still lists
   the rejected ones. Duplicates (same name, same phone, or same short name in
   the same city — within the file or against the database) are never written
   twice: they are skipped and listed, and do not make the import fail.
   ``dry_run`` checks everything and writes nothing.

Accounts: a 联系人 column (with 职务/手机 if present) adds that contact.
Contacts: the 客户名称 column names the account (its full or short name).

Bulk rows go in with executemany; the search index is refreshed at the end
in the same transaction. ``progress(done, total)`` is called as rows are
checked and written; raise from it to cancel (nothing is written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.errors import UserError
from kamdesk.services.accounts import forget_list_positions
from kamdesk.services.changes import Changes
from kamdesk.services.exchange.exports import Progress
from kamdesk.services.exchange.import_check import DuplicateRow, RowProblem, _check_all
from kamdesk.services.exchange.import_fields import (
    FIELDS_BY_KIND,
    ImportField,
    alias_index,
    guess_mapping,
    header_scorer,
)
from kamdesk.services.exchange.import_write import _big_cache, _step, _write_accounts, _write_contacts
from kamdesk.store.db import Database
from kamdesk.store.io.tabular import Cell, Table, read_table
from kamdesk.store.models import CustomField

KINDS = ("accounts", "contacts")
PREVIEW_ROWS = 20


@dataclass(frozen=True)
class ImportPreview:
    kind: str
    headers: tuple[str, ...]
    mapping: dict[str, str | None]  # header → field key (None: ignored)
    fields: tuple[ImportField, ...]  # what a column can map to
    custom_fields: tuple[tuple[str, str], ...]  # (key "custom:<uuid>", name)
    missing_required: tuple[str, ...]  # field keys no column maps to
    sample: tuple[tuple[int, tuple[Cell, ...]], ...]  # first rows: (line, cells)
    total_rows: int
    problems: tuple[RowProblem, ...]
    duplicates: tuple[DuplicateRow, ...]
    header_line: int
    encoding: str | None
    ok_rows: int  # rows that would be added


@dataclass(frozen=True)
class ImportOutcome:
    kind: str
    total_rows: int
    added: int  # accounts (or contacts) written, or that would be on a dry run
    contacts_added: int  # contacts created from a 联系人 column of an accounts import
    duplicates: tuple[DuplicateRow, ...]
    rejected: tuple[RowProblem, ...]
    dry_run: bool
    written: bool  # False on a dry run or when rejected rows stopped it
    added_uuids: tuple[str, ...] = field(default_factory=tuple)
    changes: Changes = field(default_factory=Changes)


# --- reading and mapping --------------------------------------------------------


def _custom_fields(s: Session, kind: str) -> list[tuple[str, str, CustomField]]:
    entity = "account" if kind == "accounts" else "contact"
    rows = s.scalars(select(CustomField).where(CustomField.entity == entity).order_by(CustomField.position))
    return [(f"custom:{f.uuid}", f.name, f) for f in rows]


def _read(
    s: Session, path: Path, kind: str, mapping: dict[str, str | None] | None
) -> tuple[list[tuple[str, str, CustomField]], Table, dict[str, str | None], list[ImportField]]:
    """The custom fields, the file, its mapping (given or guessed, checked) and
    the required fields no column maps to."""
    customs = _custom_fields(s, kind)
    if kind not in KINDS:
        raise UserError(f"unknown import kind {kind!r}; expected accounts or contacts")
    index = alias_index(FIELDS_BY_KIND[kind], {name: key for key, name, _ in customs})
    table = read_table(path, header_scorer(index))
    used = mapping if mapping is not None else guess_mapping(table.headers, index)
    _check_mapping(kind, table.headers, used, {k for k, _, _ in customs})
    mapped = {k for k in used.values() if k}
    return customs, table, used, [f for f in FIELDS_BY_KIND[kind] if f.required and f.key not in mapped]


def _check_mapping(
    kind: str, headers: tuple[str, ...], mapping: dict[str, str | None], custom_keys: set[str]
) -> None:
    known = {f.key for f in FIELDS_BY_KIND[kind]} | custom_keys
    errors: dict[str, str] = {}
    seen: dict[str, str] = {}
    for header, key in mapping.items():
        if header not in headers:
            errors[header] = "no such column in the file"
        elif key is not None:
            if key not in known:
                errors[header] = f"unknown field {key!r}"
            elif key in seen:
                errors[header] = f"field {key!r} is already mapped from column {seen[key]!r}"
            else:
                seen[key] = header
    if errors:
        from kamdesk.errors import ValidationError

        raise ValidationError(errors)


# --- public ------------------------------------------------------------------------


def preview(
    db: Database, path: Path | str, kind: str, mapping: dict[str, str | None] | None = None
) -> ImportPreview:
    """Read and check the file without writing: the guessed (or given)
    mapping, the first rows, every problem by line, duplicates."""
    path = Path(path)
    with db.reading() as s:
        customs, table, used, missing_fields = _read(s, path, kind, mapping)
        missing = tuple(f.key for f in missing_fields)
        if missing:
            problems: list[RowProblem] = []
            duplicates: list[DuplicateRow] = []
            ok = 0
        else:
            checker, good = _check_all(s, kind, table, used, customs, None, len(table.rows))
            problems, duplicates, ok = checker.problems, checker.duplicates, len(good)
    return ImportPreview(
        kind=kind,
        headers=table.headers,
        mapping=dict(used),
        fields=FIELDS_BY_KIND[kind],
        custom_fields=tuple((k, n) for k, n, _ in customs),
        missing_required=missing,
        sample=tuple((r.line, r.cells) for r in table.rows[:PREVIEW_ROWS]),
        total_rows=len(table.rows),
        problems=tuple(problems),
        duplicates=tuple(duplicates),
        header_line=table.header_line,
        encoding=table.encoding,
        ok_rows=ok,
    )


def run_import(
    db: Database,
    path: Path | str,
    kind: str,
    mapping: dict[str, str | None] | None = None,
    *,
    dry_run: bool = False,
    skip_rejected: bool = False,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Import the file (see the module notes for the all-or-nothing rule)."""
    path = Path(path)
    with db.transaction() as s:
        customs, table, used, missing = _read(s, path, kind, mapping)
        if missing:
            names = ", ".join(f"{f.zh} ({f.en})" for f in missing)
            raise UserError(f"no column for {names}; map one in the import dialog or rename the header")
        total = len(table.rows) + max(1, len(table.rows) // 2)
        checker, good = _check_all(s, kind, table, used, customs, progress, total)
        rejected = tuple(checker.problems)
        duplicates = tuple(checker.duplicates)
        stop = dry_run or (rejected and not skip_rejected)
        outcome = ImportOutcome(
            kind=kind,
            total_rows=len(table.rows),
            added=len(good) if not stop or dry_run else 0,
            contacts_added=sum(1 for g in good if g.contact)
            if kind == "accounts" and (not stop or dry_run)
            else 0,
            duplicates=duplicates,
            rejected=rejected,
            dry_run=dry_run,
            written=False,
        )
        if stop:
            return outcome
        with _big_cache(s, len(good)):
            if kind == "accounts":
                uuids, contacts = _write_accounts(s, good, _step(progress, len(table.rows), total))
                changes = Changes.of("account", "contact")
            else:
                uuids, contacts = _write_contacts(s, good, _step(progress, len(table.rows), total)), 0
                changes = Changes.of("contact", "account")
        if progress is not None:
            progress(total, total)
        forget_list_positions(db)
        return ImportOutcome(
            kind=kind,
            total_rows=len(table.rows),
            added=len(uuids),
            contacts_added=contacts,
            duplicates=duplicates,
            rejected=rejected,
            dry_run=False,
            written=True,
            added_uuids=tuple(uuids),
            changes=changes,
        )
