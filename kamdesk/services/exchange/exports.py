"""Exports: the (filtered) account list as CSV or XLSX with custom fields, and
contacts as vCard 3.0.

Headers are the seeds' Chinese names (or English with ``lang="en"``) — the
same names the importer recognises, so an export imports back. Private
contact data never leaves by default: vCards carry only work details unless
``include_private=True``, and contacts marked ``is_private`` are left out
unless ``include_private_contacts=True``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.classify import days_overdue, effective_urgency
from kamdesk.domain.codes import Coded
from kamdesk.domain.forms import CONTACT_INFO_FORM
from kamdesk.domain.glossary import TERMS
from kamdesk.domain.periods import CustomFieldKind
from kamdesk.errors import UserError
from kamdesk.paths import create_private
from kamdesk.services.accounts.query import AccountFilter, filter_conditions, local_today
from kamdesk.store.db import Database
from kamdesk.store.io.spreadsheet import SUFFIXES, Column, Kind, write_table
from kamdesk.store.models import PRIVATE_CONTACT_FIELDS, Account, Contact, CustomField, CustomValue, Rep

Progress = Callable[[int, int], None]

#: (attribute, Chinese header, English header, cell kind) of an account export, in order.
EXPORT_COLUMNS: tuple[tuple[str, str, str, Kind], ...] = (
    ("name", "客户名称", "Name", Kind.TEXT),
    ("short_name", "简称", "Short name", Kind.TEXT),
    ("number", "客户编号", "Account no.", Kind.ID),
    ("nature", "性质", "Nature", Kind.TEXT),
    ("industry", "行业", "Industry", Kind.TEXT),
    ("province", "省份", "Province", Kind.TEXT),
    ("city", "地区", "Region", Kind.TEXT),
    ("address", "地址", "Address", Kind.TEXT),
    ("postcode", "邮编", "Postcode", Kind.ID),
    ("phone", "电话", "Phone", Kind.ID),
    ("fax", "传真", "Fax", Kind.ID),
    ("email", "邮箱", "E-mail", Kind.TEXT),
    ("website", "网址", "Website", Kind.TEXT),
    ("founded_on", "成立日期", "Founded", Kind.DATE),
    ("registered_capital", "注册资本(万元)", "Registered capital", Kind.MONEY),
    ("employee_count", "员工人数", "Employees", Kind.INT),
    ("annual_revenue", *TERMS["annual_turnover_wan"], Kind.MONEY),
    ("listed", "是否上市", "Listed", Kind.TEXT),
    ("source", "客户来源", "Source", Kind.TEXT),
    ("counterparty_kind", "往来类型", "Counterparty kind", Kind.TEXT),
    ("tier", "客户级别", "Tier", Kind.TEXT),
    ("grade", "客户等级", "Grade", Kind.TEXT),
    ("cadence", "跟进周期", "Cadence", Kind.TEXT),
    ("relationship_type", "关系类型", "Relationship type", Kind.TEXT),
    ("relationship_stage", "关系阶段", "Relationship stage", Kind.TEXT),
    ("expected_close", "预计成交日期", "Expected close", Kind.DATE),
    ("handle_by", "须处理日期", "Handle by", Kind.DATE),
    ("urgency", "处理时间", "Urgency", Kind.TEXT),  # as of the export's day
    ("man_money", "M 购买能力", "M Money", Kind.TEXT),
    ("man_authority", "A 购买决定权", "A Authority", Kind.TEXT),
    ("man_need", "N 需求", "N Need", Kind.TEXT),
    ("purchase_cycle_days", "购买周期(天)", "Purchase cycle (days)", Kind.INT),
    ("owner", *TERMS["owner"], Kind.TEXT),
    ("last_touch_at", "最近联系", "Last touch", Kind.DATETIME),
    ("days_overdue", "逾期天数", "Days overdue", Kind.INT),
    ("revenue_total", "累计销售额", "Revenue", Kind.MONEY),
    ("notes", "备注", "Notes", Kind.TEXT),
)

#: The cell kind of a custom field's values.
_CUSTOM_KIND = {CustomFieldKind.NUMBER: Kind.NUMBER, CustomFieldKind.DATE: Kind.DATE}

_DERIVED = {"owner", "days_overdue"}

#: MAN in the seed's words (seed 002: M（有）, A（有）, N（大）; m/a/n（无）)
_MAN_WORDS = {"man_money": "有", "man_authority": "有", "man_need": "大"}


def _display(value: object, lang: str) -> object:
    if value is None:
        return None
    if isinstance(value, Coded):
        return value.label(lang)
    if isinstance(value, bool):
        return ("是" if value else "否") if lang.startswith("zh") else ("yes" if value else "no")
    return value  # numbers, dates and times stay typed: the writer formats them by column


def _account_rows(
    s: Session, f: AccountFilter, lang: str, custom_ids: list[int], today: date
) -> Iterator[list[object]]:
    cols = [getattr(Account, c) for c, _, _, _ in EXPORT_COLUMNS if c not in _DERIVED]
    q = (
        select(Account.id, Account.created_at, Rep.name, Account.urgency_manual, *cols)
        .outerjoin(Rep, Rep.id == Account.owner_id)
        .where(*filter_conditions(s, f, today))
        .order_by(Account.sort_key, Account.id)
        .execution_options(yield_per=2000)
    )
    plain = [c for c, _, _, _ in EXPORT_COLUMNS if c not in _DERIVED]
    batch: list[Any] = []

    def flush(rows: list[Any]) -> Iterator[list[object]]:
        ids = [r[0] for r in rows]
        values: dict[int, dict[int, str | None]] = {}
        if custom_ids and ids:
            for acc_id, fid, value in s.execute(
                select(CustomValue.account_id, CustomValue.field_id, CustomValue.value).where(
                    CustomValue.account_id.in_(ids), CustomValue.field_id.in_(custom_ids)
                )
            ):
                if acc_id is not None:
                    values.setdefault(acc_id, {})[fid] = value
        for r in rows:
            rec = dict(zip(plain, r[4:], strict=True))
            rec["urgency"] = effective_urgency(rec["urgency"], bool(r[3]), rec["handle_by"], today)
            for key, present in _MAN_WORDS.items():  # the seed's 有/无 (N: 大/无), not 是/否
                if rec[key] is not None and lang.startswith("zh"):
                    rec[key] = present if rec[key] else "无"
            since = rec["last_touch_at"] or r[1]
            rec["owner"] = r[2]
            rec["days_overdue"] = days_overdue(
                clock.to_local(since).date() if since else None, rec["cadence"], today
            )
            out = [_display(rec[c], lang) for c, _, _, _ in EXPORT_COLUMNS]
            out.extend(values.get(r[0], {}).get(fid) for fid in custom_ids)
            yield out

    for row in s.execute(q):
        batch.append(row)
        if len(batch) >= 2000:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


def export_accounts(
    db: Database,
    path: Path | str,
    f: AccountFilter | None = None,
    *,
    lang: str = "zh",
    progress: Progress | None = None,
    today: date | None = None,
) -> int:
    """Write the filtered account list to ``path`` (.csv or .xlsx), custom
    fields as the last columns. Returns the number of accounts written."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(f"{path.name}: expected a .csv or .xlsx file")
    zh = lang.startswith("zh")
    f = f or AccountFilter()
    day = today or local_today()
    with db.reading() as s:
        customs = s.execute(
            select(CustomField.id, CustomField.name, CustomField.kind)
            .where(CustomField.entity == "account")
            .order_by(CustomField.position, CustomField.id)
        ).all()
        from sqlalchemy import func

        total = int(
            s.scalar(select(func.count()).select_from(Account).where(*filter_conditions(s, f, day))) or 0
        )
        columns = [Column(zh_h if zh else en_h, kind) for _, zh_h, en_h, kind in EXPORT_COLUMNS]
        columns += [Column(name, _CUSTOM_KIND.get(kind, Kind.TEXT)) for _, name, kind in customs]
        rows = _account_rows(s, f, lang, [i for i, _, _ in customs], day)

        def counted() -> Iterator[list[object]]:
            for i, row in enumerate(rows, start=1):
                if progress is not None and i % 2000 == 0:
                    progress(i, total)
                yield row

        try:
            n = write_table(path, columns, counted(), sheet="客户档案" if zh else "Accounts")
        except OSError as exc:
            raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if progress is not None:
        progress(total, total)
    return n


# --- vCard ----------------------------------------------------------------------

_COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐",
    "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台", "万俟", "闻人", "申屠",
)  # fmt: skip


def split_chinese_name(name: str) -> tuple[str, str]:
    """(family, given) of a Chinese name (复姓 recognised); latin names: last word is the family name."""
    name = name.strip()
    if not name:
        return "", ""
    if name.isascii():
        parts = name.split()
        return (parts[-1], " ".join(parts[:-1])) if len(parts) > 1 else (name, "")
    for surname in _COMPOUND_SURNAMES:
        if name.startswith(surname) and len(name) > len(surname):
            return surname, name[len(surname) :]
    return name[0], name[1:]


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets (RFC 2425), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _form_label(key: str) -> tuple[str, str]:
    """A field's label on 客户信息收集表 (seed 002), in the seed's words."""
    for group in CONTACT_INFO_FORM:
        for fld in group.fields:
            if fld.key == key:
                return fld.zh, fld.en
    raise KeyError(key)


#: Private fields written into a vCard's NOTE (with --include-private), labelled
#: as the seed's form labels them; the form's key where the column is named otherwise.
_PRIVATE_LABELS: dict[str, tuple[str, str]] = {
    "native_place": _form_label("native_place"),
    "schools": _form_label("schools"),
    "personality_notes": _form_label("personality"),
    "interests": _form_label("interests"),
    "travel_habits": _form_label("travel_habits"),
    # the seed's form says 妻子 (wife); the product says 配偶 as its contact dialog does:
    # a contact may be a woman
    "spouse": ("配偶", "Spouse"),
    "parents": _form_label("parents"),
    "children": _form_label("children"),
    "siblings": _form_label("siblings"),
    "classmates": _form_label("classmates"),
    "friends": _form_label("friends"),
    "rivals": _form_label("rivals"),
    "colleagues": _form_label("colleagues"),
    "home_address": _form_label("home_address"),
    "primary_school": _form_label("primary_school"),
    "middle_school": _form_label("middle_school"),
    "university": _form_label("university"),
    "graduate_school": _form_label("graduate"),
    "cousins": _form_label("cousins"),
    "uncles": _form_label("uncles"),
    "notes": ("备注", "Notes"),
}


@dataclass(frozen=True)
class VCardExport:
    written: int
    private_contacts_left_out: int


def vcard(contact: dict[str, Any], account_name: str, *, include_private: bool, lang: str = "zh") -> str:
    """One vCard 3.0 (CRLF lines, folded) for a contact's values by field name."""
    family, given = split_chinese_name(contact["name"])
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(family)};{_escape(given)};;;",
        f"FN:{_escape(contact['name'])}",
        f"ORG:{_escape(account_name)}"
        + (f";{_escape(contact['department'])}" if contact.get("department") else ""),
    ]
    if contact.get("title"):
        lines.append(f"TITLE:{_escape(contact['title'])}")
    if contact.get("phone"):
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(contact['phone'])}")
    if contact.get("mobile"):
        lines.append(f"TEL;TYPE=CELL:{_escape(contact['mobile'])}")
    if contact.get("email"):
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(contact['email'])}")
    if include_private:
        if contact.get("birthday"):
            lines.append(f"BDAY:{contact['birthday'].isoformat()}")
        notes = []
        for key, (zh, en) in _PRIVATE_LABELS.items():
            if contact.get(key):
                notes.append(f"{zh if lang.startswith('zh') else en}: {contact[key]}")
        if notes:
            lines.append("NOTE:" + _escape("\n".join(notes)))
    lines.append(f"UID:urn:uuid:{contact['uuid']}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def export_contacts_vcard(
    db: Database,
    path: Path | str,
    *,
    account_uuids: tuple[str, ...] | None = None,
    include_private: bool = False,
    include_private_contacts: bool = False,
    lang: str = "zh",
) -> VCardExport:
    """Write contacts (of the given accounts, or all) as one .vcf file."""
    path = Path(path)
    if path.suffix.lower() not in (".vcf", ".vcard"):
        raise UserError(f"{path.name}: expected a .vcf file")
    work = ["uuid", "name", "title", "department", "phone", "mobile", "email"]
    private = [f for f in PRIVATE_CONTACT_FIELDS if f in _PRIVATE_LABELS or f == "birthday"]
    names = work + (private if include_private else [])
    cols = [getattr(Contact, n) for n in names]
    written = 0
    left_out = 0
    with db.reading() as s:
        q = (
            select(Account.name, Contact.is_private, *cols)
            .join(Account, Account.id == Contact.account_id)
            .where(Contact.archived.is_(False))
            .order_by(Account.sort_key, Contact.sort_key)
            .execution_options(yield_per=5000)
        )
        if account_uuids is not None:
            q = q.where(Account.uuid.in_(list(account_uuids)))
        try:
            with create_private(path).open("w", encoding="utf-8", newline="") as fh:
                for row in s.execute(q):
                    if row[1] and not include_private_contacts:
                        left_out += 1
                        continue
                    contact = dict(zip(names, row[2:], strict=True))
                    fh.write(vcard(contact, row[0], include_private=include_private, lang=lang))
                    written += 1
        except OSError as exc:
            raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return VCardExport(written, left_out)
