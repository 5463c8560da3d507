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

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.codes import Coded
from kamdesk.domain.search_terms import pinyin_keys
from kamdesk.domain.text import initials as exact_initials
from kamdesk.domain.text import sort_key as exact_sort_key
from kamdesk.errors import UserError
from kamdesk.services import fieldcheck
from kamdesk.services.accounts import AccountInput, check_account, forget_list_positions
from kamdesk.services.accounts.custom_fields import canonical_value
from kamdesk.services.changes import Changes
from kamdesk.services.contacts import ContactInput, check_contact
from kamdesk.services.exchange.import_fields import (
    FIELDS_BY_KIND,
    ImportField,
    alias_index,
    guess_mapping,
    header_scorer,
)
from kamdesk.store.db import Database
from kamdesk.store.io.tabular import Cell, Table, read_table
from kamdesk.store.models import Account, Contact, CustomField, CustomValue, Rep, new_uuid
from kamdesk.store.search import index_new_accounts, rebuild_account_search, reindex_accounts
from kamdesk.store.types import utcnow

KINDS = ("accounts", "contacts")
PREVIEW_ROWS = 20
#: Above this many new rows the pinyin keys come from the fast per-character
#: reader (see search_terms.pinyin_keys) and the whole search index is rebuilt.
BULK = 5000

Progress = Callable[[int, int], None]

_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
_PROVINCE = re.compile(r"^(.+?(?:省|自治区|特别行政区))(.*)$")


@dataclass(frozen=True)
class RowProblem:
    line: int
    messages: tuple[str, ...]  # "成立日期: not a date: '2020-13-45' (expected YYYY-MM-DD)"

    def __str__(self) -> str:
        return f"line {self.line}: " + "; ".join(self.messages)


@dataclass(frozen=True)
class DuplicateRow:
    line: int
    name: str
    reason: str  # e.g. "same name as an account already here"
    existing_uuid: str | None  # the account (or contact) it duplicates, if in the database
    first_line: int | None = None  # the earlier row of the file it repeats


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


def _read(path: Path, kind: str, customs: list[tuple[str, str, CustomField]]) -> tuple[Table, dict[str, str]]:
    if kind not in KINDS:
        raise UserError(f"unknown import kind {kind!r}; expected accounts or contacts")
    index = alias_index(FIELDS_BY_KIND[kind], {name: key for key, name, _ in customs})
    table = read_table(path, header_scorer(index))
    return table, index


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


# --- row checks -----------------------------------------------------------------


_NOT_DIGIT = re.compile(r"\D+")


def _digits(phone: str | None) -> str:
    """The digits of a phone number (one regex pass in C: called for every row)."""
    return _NOT_DIGIT.sub("", phone) if phone else ""


_SPACES = re.compile(r"\s+")


def _norm(name: str | None) -> str:
    return _SPACES.sub("", name or "").lower().replace("（", "(").replace("）", ")")


def _split_region(region: str | None, province: str | None) -> tuple[str | None, str | None]:
    """(province, city) from a 地区 cell: 广东省广州市 → (广东省, 广州); 上海 → (上海, 上海)."""
    if not region:
        return province, None
    m = _PROVINCE.match(region)
    if m:
        city = m.group(2).removesuffix("市") or None
        return province or m.group(1), city
    city = region.removesuffix("市")
    if city in _MUNICIPALITIES:
        return province or city, city
    return province, city


@dataclass
class _Prepared:
    line: int
    values: dict[str, Any]
    custom: list[tuple[int, str]]  # (field id, canonical value)
    contact: dict[str, Any] | None = None
    account_ref: str | None = None  # contacts: the account cell
    reports_to: str | None = None


class _Checker:
    """Checks rows one by one against the mapping; keeps the duplicate keys."""

    def __init__(
        self,
        s: Session,
        kind: str,
        table: Table,
        mapping: dict[str, str | None],
        customs: list[tuple[str, str, CustomField]],
    ) -> None:
        self.kind = kind
        self.col_of = {key: table.headers.index(h) for h, key in mapping.items() if key is not None}
        self.header_of = {key: h for h, key in mapping.items() if key is not None}
        self.customs = {key: f for key, _, f in customs if key in self.col_of}
        self.width = len(table.headers)
        self.problems: list[RowProblem] = []
        self.duplicates: list[DuplicateRow] = []
        self.by_name: dict[str, tuple[int | None, str | None]] = {}
        self.by_phone: dict[str, tuple[int | None, str | None]] = {}
        self.by_short: dict[tuple[str, str], tuple[int | None, str | None]] = {}
        if kind == "accounts":
            for uuid, name, short, city, phone in s.execute(
                select(Account.uuid, Account.name, Account.short_name, Account.city, Account.phone)
            ):
                self._remember(name, short, city, phone, None, uuid)
        else:
            self.accounts: dict[str, list[tuple[int, str]]] = {}
            for acc_id, uuid, name, short in s.execute(
                select(Account.id, Account.uuid, Account.name, Account.short_name)
            ):
                self.accounts.setdefault(_norm(name), []).append((acc_id, uuid))
                if short:
                    self.accounts.setdefault(_norm(short), []).append((acc_id, uuid))
            self.contacts: dict[tuple[int, str], tuple[int | None, str | None]] = {}
            for acc_id, uuid, name in s.execute(select(Contact.account_id, Contact.uuid, Contact.name)):
                self.contacts[(acc_id, _norm(name))] = (None, uuid)

    def _remember(
        self,
        name: str | None,
        short: str | None,
        city: str | None,
        phone: str | None,
        line: int | None,
        uuid: str | None,
    ) -> None:
        key = (line, uuid)
        if name:
            self.by_name.setdefault(_norm(name), key)
        digits = _digits(phone)
        if len(digits) >= 7:
            self.by_phone.setdefault(digits, key)
        if short:
            self.by_short.setdefault((_norm(short), city or ""), key)

    def _cell(self, cells: tuple[Cell, ...], key: str) -> Cell:
        i = self.col_of.get(key)
        return cells[i] if i is not None and i < len(cells) else None

    def _msgs(self, errors: dict[str, str], rename: dict[str, str] | None = None) -> list[str]:
        out = []
        for fkey, msg in errors.items():
            key = (rename or {}).get(fkey, fkey)
            out.append(f"{self.header_of.get(key, key)}: {msg}")
        return out

    def _custom(self, cells: tuple[Cell, ...], messages: list[str]) -> list[tuple[int, str]]:
        out = []
        for key, f in self.customs.items():
            raw = self._cell(cells, key)
            choices = tuple(json.loads(f.choices)) if f.choices else ()
            try:
                value = canonical_value(f.kind, choices, raw)
            except ValueError as exc:
                messages.append(f"{self.header_of[key]}: {exc}")
                continue
            if value is None and f.required:
                messages.append(f"{self.header_of[key]}: required")
            elif value is not None:
                out.append((f.id, value))
        return out

    def check(self, line: int, cells: tuple[Cell, ...]) -> _Prepared | None:
        if len(cells) > self.width:
            self.problems.append(
                RowProblem(line, (f"{len(cells)} cells but the header has {self.width} columns",))
            )
            return None
        return self._account(line, cells) if self.kind == "accounts" else self._contact(line, cells)

    def _account(self, line: int, cells: tuple[Cell, ...]) -> _Prepared | None:
        # the mapped cells once, by field key (unmapped keys read as None)
        size = len(cells)
        c = {key: cells[i] for key, i in self.col_of.items() if i < size}.get

        region = fieldcheck.clean(c("region"))
        province, city = _split_region(region, fieldcheck.clean(c("province")))
        data = AccountInput(
            name=str(c("name") or ""),
            **{  # type: ignore[arg-type]
                k: c(k)
                for k in (
                    "short_name",
                    "number",
                    "nature",
                    "industry",
                    "address",
                    "postcode",
                    "phone",
                    "fax",
                    "email",
                    "website",
                    "founded_on",
                    "registered_capital",
                    "employee_count",
                    "annual_revenue",
                    "listed",
                    "source",
                    "counterparty_kind",
                    "tier",
                    "grade",
                    "cadence",
                    "relationship_type",
                    "relationship_stage",
                    "expected_close",
                    "purchase_cycle_days",
                    "handle_by",
                    "urgency",
                    "man_money",
                    "man_authority",
                    "man_need",
                    "notes",
                )
            },
            province=province,
            city=city,
        )
        errors: dict[str, str] = {}
        checked = check_account(data, errors)
        messages = self._msgs(errors, {"province": "region", "city": "region"})
        owner = fieldcheck.clean(c("owner"))
        if owner is not None and len(owner) > 80:
            messages.append(f"{self.header_of['owner']}: too long (at most 80 characters)")
        contact = None
        contact_name = fieldcheck.clean(c("contact"))
        if contact_name:
            cerr: dict[str, str] = {}
            contact = {
                "name": fieldcheck.text(cerr, "contact", contact_name, max_len=80),
                "title": fieldcheck.text(cerr, "contact_title", c("contact_title"), max_len=80),
                "mobile": fieldcheck.phone(cerr, "contact_mobile", c("contact_mobile")),
                "email": fieldcheck.email(cerr, "contact_email", c("contact_email")),
            }
            messages.extend(self._msgs(cerr))
        custom = self._custom(cells, messages)
        if messages:
            self.problems.append(RowProblem(line, tuple(messages)))
            return None
        v = checked.values
        dup = self._account_duplicate(line, v)
        if dup is not None:
            self.duplicates.append(dup)
            return None
        self._remember(v["name"], v["short_name"], v["city"], v["phone"], line, None)
        v["owner_name"] = owner  # resolved (or created as a rep) when written
        return _Prepared(line, v, custom, contact)

    def _account_duplicate(self, line: int, v: dict[str, Any]) -> DuplicateRow | None:
        checks: list[tuple[str, tuple[int | None, str | None] | None]] = [
            ("same name", self.by_name.get(_norm(v["name"]))),
        ]
        digits = _digits(v["phone"])
        if len(digits) >= 7:
            checks.append(("same phone", self.by_phone.get(digits)))
        if v["short_name"]:
            checks.append(
                ("same short name and city", self.by_short.get((_norm(v["short_name"]), v["city"] or "")))
            )
        for reason, hit in checks:
            if hit is None:
                continue
            first_line, uuid = hit
            where = "an account already here" if uuid else f"line {first_line}"
            return DuplicateRow(line, v["name"], f"{reason} as {where}", uuid, first_line)
        return None

    def _contact(self, line: int, cells: tuple[Cell, ...]) -> _Prepared | None:
        # the mapped cells once, by field key (unmapped keys read as None)
        size = len(cells)
        c = {key: cells[i] for key, i in self.col_of.items() if i < size}.get

        messages: list[str] = []
        account_ref = fieldcheck.clean(c("account"))
        account_id: int | None = None
        if account_ref is None:
            messages.append(f"{self.header_of.get('account', 'account')}: required")
        else:
            hits = {a for a in self.accounts.get(_norm(account_ref), [])}
            if not hits:
                messages.append(
                    f"{self.header_of['account']}: no account named {account_ref!r} (import accounts first)"
                )
            elif len(hits) > 1:
                messages.append(
                    f"{self.header_of['account']}: {account_ref!r} names {len(hits)} accounts; use the full name"
                )
            else:
                account_id = next(iter(hits))[0]
        data = ContactInput(
            account_uuid="",
            name=str(c("name") or ""),
            **{  # type: ignore[arg-type]
                k: c(k)
                for k in (
                    "gender",
                    "title",
                    "department",
                    "phone",
                    "mobile",
                    "email",
                    "working_hours",
                    "birthday",
                    "native_place",
                    "schools",
                    "career_history",
                    "interests",
                    "notes",
                    "professional_title",
                    "professional_rank",
                    "subordinates_text",
                    "specialty",
                    "achievements",
                    "personality",
                    "travel_habits",
                    "home_address",
                    "spouse",
                    "parents",
                    "children",
                    "siblings",
                    "cousins",
                    "uncles",
                    "classmates",
                    "friends",
                    "rivals",
                    "colleagues",
                    "primary_school",
                    "middle_school",
                    "university",
                    "graduate_school",
                    "employer_1",
                    "employer_2",
                    "employer_3",
                )
            },
        )
        errors: dict[str, str] = {}
        values = check_contact(data, errors)
        messages.extend(self._msgs(errors))
        custom = self._custom(cells, messages)
        if messages:
            self.problems.append(RowProblem(line, tuple(messages)))
            return None
        assert account_id is not None
        key = (account_id, _norm(values["name"]))
        hit = self.contacts.get(key)
        if hit is not None:
            first_line, uuid = hit
            where = "a contact already here" if uuid else f"line {first_line}"
            self.duplicates.append(
                DuplicateRow(
                    line, values["name"], f"same name at the same account as {where}", uuid, first_line
                )
            )
            return None
        self.contacts[key] = (line, None)
        values["account_id"] = account_id
        return _Prepared(
            line, values, custom, account_ref=account_ref, reports_to=fieldcheck.clean(c("reports_to"))
        )


def _check_all(
    s: Session,
    kind: str,
    table: Table,
    mapping: dict[str, str | None],
    customs: list[tuple[str, str, CustomField]],
    progress: Progress | None,
    total: int,
) -> tuple[_Checker, list[_Prepared]]:
    checker = _Checker(s, kind, table, mapping, customs)
    good: list[_Prepared] = []
    for i, row in enumerate(table.rows, start=1):
        prepared = checker.check(row.line, row.cells)
        if prepared is not None:
            good.append(prepared)
        if progress is not None and i % 2000 == 0:
            progress(i, total)
    if table.bad_rows:
        # rows the reader could not split into cells (an unclosed quote) are rejected rows too
        checker.problems.extend(RowProblem(b.line, (b.message,)) for b in table.bad_rows)
        checker.problems.sort(key=lambda p: p.line)
    return checker, good


# --- public ------------------------------------------------------------------------


def preview(
    db: Database, path: Path | str, kind: str, mapping: dict[str, str | None] | None = None
) -> ImportPreview:
    """Read and check the file without writing: the guessed (or given)
    mapping, the first rows, every problem by line, duplicates."""
    path = Path(path)
    with db.reading() as s:
        customs = _custom_fields(s, kind)
        table, index = _read(path, kind, customs)
        used = mapping if mapping is not None else guess_mapping(table.headers, index)
        _check_mapping(kind, table.headers, used, {k for k, _, _ in customs})
        mapped = {k for k in used.values() if k}
        missing = tuple(f.key for f in FIELDS_BY_KIND[kind] if f.required and f.key not in mapped)
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
        customs = _custom_fields(s, kind)
        table, index = _read(path, kind, customs)
        used = mapping if mapping is not None else guess_mapping(table.headers, index)
        _check_mapping(kind, table.headers, used, {k for k, _, _ in customs})
        mapped = {k for k in used.values() if k}
        missing = [f for f in FIELDS_BY_KIND[kind] if f.required and f.key not in mapped]
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


def _db_value(value: object) -> object:
    """A Python value as SQLite stores it through KAMdesk's column types
    (codes as their code, money as integer cents, dates ISO, times naive UTC)."""
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
        if isinstance(value, Coded):
            return value.code
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def _converter(column: Any) -> Callable[[Any], object] | None:
    """How a column's Python values are stored (None: as they are)."""
    kind = type(column.type).__name__
    if kind == "CodeType":
        return lambda v: v.code if isinstance(v, Coded) else str(v)
    if kind == "Money":
        return lambda v: int((Decimal(v) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if kind in ("UTCDateTime", "Date", "Boolean", "DateTime"):
        return _db_value
    return None


def _bulk_insert(s: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """executemany of plain tuples: the fast path for 100k rows on SQLite
    (only the columns that need it are converted); other backends go through
    SQLAlchemy Core with the column types."""
    if not rows:
        return
    conn = s.connection()
    model = {"account": Account, "contact": Contact, "custom_value": CustomValue}[table]
    if conn.dialect.name != "sqlite":
        conn.execute(insert(model), rows)
        return
    # columns empty in every row are left out (the default NULL): a spreadsheet
    # fills a dozen of the account's fifty columns, and every bound parameter
    # costs SQLite time 100k times over
    keys = [k for k in rows[0] if any(r[k] is not None for r in rows)]
    columns = model.__table__.c
    convs = [(i, fn) for i, k in enumerate(keys) if (fn := _converter(columns[k])) is not None]
    params: list[tuple[object, ...]] = []
    for r in rows:
        vals = [r[k] for k in keys]
        for i, fn in convs:
            v = vals[i]
            if v is not None:
                vals[i] = fn(v)
        params.append(tuple(vals))
    sql = f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({', '.join('?' for _ in keys)})"
    conn.exec_driver_sql(sql, params)


@contextmanager
def _big_cache(s: Session, rows: int) -> Iterator[None]:
    """A larger SQLite page cache while many rows go in: ten indexes on the
    account table do not fit the default 2 MB, and every miss is a page read
    and write. Restored afterwards (the app keeps its memory small)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite" or rows < BULK:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size = -131072")  # 128 MB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def _step(progress: Progress | None, checked: int, total: int) -> Callable[[float], None]:
    """Progress through the writing phase: ``fraction`` of what remains after checking."""

    def report(fraction: float) -> None:
        if progress is not None:
            progress(checked + int((total - checked) * fraction), total)

    return report


def _keys(name: str, bulk: bool) -> tuple[str, str]:
    return pinyin_keys(name) if bulk else (exact_sort_key(name), exact_initials(name))


def _write_accounts(
    s: Session, good: list[_Prepared], step: Callable[[float], None]
) -> tuple[list[str], int]:
    from kamdesk.services.me import ensure_my_rep_id

    conn = s.connection()
    me = ensure_my_rep_id(s)
    bulk = len(good) > BULK
    now = utcnow()
    before = s.scalar(select(func.coalesce(func.max(Account.id), 0))) or 0
    reps = {n: i for i, n in s.execute(select(Rep.id, Rep.name))}
    rows = []
    for g in good:
        v = dict(g.values)
        v["uuid"] = new_uuid()
        owner = v.pop("owner_name", None)
        if owner and owner not in reps:
            rep = Rep(name=owner, is_me=False, active=True)  # a rep named in the file, new on this laptop
            s.add(rep)
            s.flush()
            reps[owner] = rep.id
        v["owner_id"] = reps[owner] if owner else me
        v["sort_key"], v["initials"] = _keys(v["name"], bulk)
        v["archived"] = False
        v["created_at"] = now
        v["updated_at"] = now
        rows.append(v)
    if rows:
        step(0.3)
        _bulk_insert(s, "account", rows)
        step(0.5)
    ids = {u: i for i, u in s.execute(select(Account.id, Account.uuid).where(Account.id > before))}
    contact_rows = []
    custom_rows = []
    for g, v in zip(good, rows, strict=True):
        acc_id = ids[v["uuid"]]
        for field_id, value in g.custom:
            custom_rows.append(
                {
                    "uuid": new_uuid(),
                    "field_id": field_id,
                    "account_id": acc_id,
                    "contact_id": None,
                    "value": value,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        if g.contact:
            sk, ini = _keys(g.contact["name"], bulk)
            contact_rows.append(
                {
                    "uuid": new_uuid(),
                    "account_id": acc_id,
                    "name": g.contact["name"],
                    "title": g.contact["title"],
                    "mobile": g.contact["mobile"],
                    "email": g.contact["email"],
                    "sort_key": sk,
                    "initials": ini,
                    "is_private": False,
                    "archived": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    if contact_rows:
        _bulk_insert(s, "contact", contact_rows)
    if custom_rows:
        _bulk_insert(s, "custom_value", custom_rows)
    step(0.6)
    if bulk:
        index_new_accounts(conn, before)  # only the new rows, not the whole index
    else:
        reindex_accounts(s, list(ids.values()))
    return [r["uuid"] for r in rows], len(contact_rows)


def _write_contacts(s: Session, good: list[_Prepared], step: Callable[[float], None]) -> list[str]:
    conn = s.connection()
    bulk = len(good) > BULK
    now = utcnow()
    before = s.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0
    rows = []
    for g in good:
        v = dict(g.values)
        v["uuid"] = new_uuid()
        v["sort_key"], v["initials"] = _keys(v["name"], bulk)
        v["archived"] = False
        v["created_at"] = now
        v["updated_at"] = now
        v["reports_to_id"] = None
        rows.append(v)
    if rows:
        step(0.3)
        _bulk_insert(s, "contact", rows)
        step(0.5)
    ids = {u: i for i, u in s.execute(select(Contact.id, Contact.uuid).where(Contact.id > before))}
    # reports-to by name, within the same account (people already here or in the file)
    wanted = [(g, ids[v["uuid"]]) for g, v in zip(good, rows, strict=True) if g.reports_to]
    if wanted:
        from sqlalchemy import update

        acc_ids = {g.values["account_id"] for g, _ in wanted}
        by_name = {
            (a, _norm(n)): i
            for i, a, n in s.execute(
                select(Contact.id, Contact.account_id, Contact.name).where(Contact.account_id.in_(acc_ids))
            )
        }
        for g, cid in wanted:
            boss = by_name.get((g.values["account_id"], _norm(g.reports_to)))
            if boss is not None and boss != cid:
                s.execute(update(Contact).where(Contact.id == cid).values(reports_to_id=boss))
    custom_rows = [
        {
            "uuid": new_uuid(),
            "field_id": fid,
            "account_id": None,
            "contact_id": ids[v["uuid"]],
            "value": value,
            "created_at": now,
            "updated_at": now,
        }
        for g, v in zip(good, rows, strict=True)
        for fid, value in g.custom
    ]
    if custom_rows:
        _bulk_insert(s, "custom_value", custom_rows)
    touched = sorted({g.values["account_id"] for g in good})
    if len(touched) > BULK:
        rebuild_account_search(conn)
    else:
        reindex_accounts(s, touched)
    return [r["uuid"] for r in rows]
