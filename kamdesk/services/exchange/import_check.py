"""Row checks of an import: each row against the mapping, its problems by
line, and the duplicates (within the file or against the database)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.services import fieldcheck
from kamdesk.services.accounts import AccountInput, check_account
from kamdesk.services.accounts.custom_fields import canonical_value
from kamdesk.services.contacts import ContactInput, check_contact
from kamdesk.services.exchange.exports import Progress
from kamdesk.store.io.tabular import Cell, Table
from kamdesk.store.models import Account, Contact, CustomField

_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
_PROVINCE = re.compile(r"^(.+?(?:省|自治区|特别行政区))(.*)$")
#: The cells an account row passes to AccountInput as they are (name, region and owner aside).
_ACCOUNT_KEYS = (
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
#: The cells a contact row passes to ContactInput as they are (name and account aside).
_CONTACT_KEYS = (
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

    def _by_key(self, cells: tuple[Cell, ...]) -> Callable[[str], Cell]:
        """The mapped cells once, by field key (unmapped keys read as None)."""
        size = len(cells)
        return {key: cells[i] for key, i in self.col_of.items() if i < size}.get

    def _account(self, line: int, cells: tuple[Cell, ...]) -> _Prepared | None:
        c = self._by_key(cells)
        region = fieldcheck.clean(c("region"))
        province, city = _split_region(region, fieldcheck.clean(c("province")))
        data = AccountInput(
            name=str(c("name") or ""),
            **{k: c(k) for k in _ACCOUNT_KEYS},  # type: ignore[arg-type]
            province=province,
            city=city,
        )
        errors: dict[str, str] = {}
        checked = check_account(data, errors)
        messages = self._msgs(errors, {"province": "region", "city": "region"})
        owner = fieldcheck.clean(c("owner"))
        if owner is not None and len(owner) > 80:
            messages.append(f"{self.header_of['owner']}: too long (at most 80 characters)")
        contact = self._account_contact(c, messages)
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

    def _account_contact(self, c: Callable[[str], Cell], messages: list[str]) -> dict[str, Any] | None:
        """The contact a 联系人 column of an accounts import adds (None: no name)."""
        contact_name = fieldcheck.clean(c("contact"))
        if not contact_name:
            return None
        cerr: dict[str, str] = {}
        contact = {
            "name": fieldcheck.text(cerr, "contact", contact_name, max_len=80),
            "title": fieldcheck.text(cerr, "contact_title", c("contact_title"), max_len=80),
            "mobile": fieldcheck.phone(cerr, "contact_mobile", c("contact_mobile")),
            "email": fieldcheck.email(cerr, "contact_email", c("contact_email")),
        }
        messages.extend(self._msgs(cerr))
        return contact

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
        c = self._by_key(cells)
        messages: list[str] = []
        account_ref = fieldcheck.clean(c("account"))
        account_id = self._account_id(account_ref, messages)
        data = ContactInput(
            account_uuid="",
            name=str(c("name") or ""),
            **{k: c(k) for k in _CONTACT_KEYS},  # type: ignore[arg-type]
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

    def _account_id(self, account_ref: str | None, messages: list[str]) -> int | None:
        """The account a contact row names by its full or short name (None: a message says why)."""
        if account_ref is None:
            messages.append(f"{self.header_of.get('account', 'account')}: required")
            return None
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
            return next(iter(hits))[0]
        return None


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
