"""Contact lists: one account's contacts or everyone's, searched, sorted and
counted (across all accounts the account search index narrows them first)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from kamdesk.errors import UserError
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Contact
from kamdesk.store.search import account_ids_matching


@dataclass(frozen=True)
class ContactRow:
    """One line of a contact list (work details only)."""

    uuid: str
    name: str
    title: str | None
    department: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    account_uuid: str
    account_name: str
    reports_to_uuid: str | None
    is_private: bool


SORTS = {"name", "title", "department", "phone", "mobile", "account", "created"}


def _contact_text_condition(text: str) -> ColumnElement[bool]:
    conds = []
    for term in text.split():
        pat = f"%{term}%"
        conds.append(
            or_(
                Contact.name.like(pat),
                Contact.initials.like(f"{term.lower()}%"),
                Contact.title.like(pat),
                Contact.department.like(pat),
                Contact.phone.like(pat),
                Contact.mobile.like(pat),
                Contact.email.like(pat),
            )
        )
    return and_(*conds) if conds else Contact.id.is_not(None)


def _where(s: Session, account_uuid: str | None, text: str, include_archived: bool) -> list[Any]:
    conds: list[Any] = []
    if account_uuid is not None:
        conds.append(Contact.account_id == _account_id(s, account_uuid))
    if not include_archived:
        conds.append(Contact.archived.is_(False))
    if text.strip():
        if account_uuid is None:
            # across all accounts: the account index holds every contact's name,
            # initials and numbers, so it narrows 500k contacts to a few first
            narrow = account_ids_matching(s, text, Contact.account_id)
            if narrow is not None:
                conds.append(narrow)
        conds.append(_contact_text_condition(text))
    return conds


def _account_id(s: Session, uuid: str) -> int:
    found = s.scalar(select(Account.id).where(Account.uuid == uuid))
    if found is None:
        raise UserError("that account no longer exists (it may have been deleted)")
    return found


def _list_select() -> Any:
    boss = aliased(Contact)
    return (
        select(
            Contact.uuid,
            Contact.name,
            Contact.title,
            Contact.department,
            Contact.phone,
            Contact.mobile,
            Contact.email,
            Account.uuid,
            Account.name,
            boss.uuid,
            Contact.is_private,
        )
        .join(Account, Account.id == Contact.account_id)
        .outerjoin(boss, boss.id == Contact.reports_to_id)
    )


def list_contacts(
    db: Database,
    *,
    account_uuid: str | None = None,
    text: str = "",
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    include_archived: bool = False,
) -> list[ContactRow]:
    """Contacts of one account, or of all accounts (``account_uuid`` None);
    ``text`` matches name, pinyin initials, title, department, phones, e-mail
    (across all accounts: name, initials and numbers — the fields the account
    search index holds — so it stays fast at 500k contacts)."""
    if sort not in SORTS:
        raise UserError(f"cannot sort contacts by {sort!r}")
    with db.reading() as s:
        q = _list_select().where(*_where(s, account_uuid, text, include_archived))
        expr: Any = {
            "name": Contact.sort_key,
            "title": Contact.title,
            "department": Contact.department,
            "phone": Contact.phone,
            "mobile": Contact.mobile,
            "account": Account.sort_key,
            "created": Contact.created_at,
        }[sort]
        q = q.order_by(expr.desc() if descending else expr.asc(), Contact.sort_key, Contact.id)
        q = q.offset(max(0, offset)).limit(max(0, limit))
        return [ContactRow(*r) for r in s.execute(q)]


def count_contacts(
    db: Database, *, account_uuid: str | None = None, text: str = "", include_archived: bool = False
) -> int:
    with db.reading() as s:
        q = select(func.count()).select_from(Contact).where(*_where(s, account_uuid, text, include_archived))
        return int(s.scalar(q) or 0)
