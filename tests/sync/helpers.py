"""Small builders for the sync tests: a laptop's own rep and its records."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk import clock
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Contact, Rep, Visit


def be(db: Database, name: str) -> None:
    with db.transaction() as s:
        s.add(Rep(name=name, is_me=True))


def me_id(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(Rep.id).where(Rep.is_me.is_(True))) or 0)


def add_account(db: Database, name: str, *, owner: bool = True) -> str:
    with db.transaction() as s:
        acc = Account(name=name, owner_id=me_id(db) if owner else None)
        s.add(acc)
        s.flush()
        return acc.uuid


def add_contact(db: Database, account_uuid: str, name: str, **kw: object) -> str:
    with db.transaction() as s:
        acc = s.scalar(select(Account).where(Account.uuid == account_uuid))
        assert acc is not None
        c = Contact(account_id=acc.id, name=name, **kw)
        s.add(c)
        s.flush()
        return c.uuid


def add_visit(db: Database, account_uuid: str, subject: str) -> str:
    with db.transaction() as s:
        acc = s.scalar(select(Account).where(Account.uuid == account_uuid))
        assert acc is not None
        v = Visit(account_id=acc.id, place=subject, starts_at=clock.now(), rep_id=me_id(db) or None)
        s.add(v)
        s.flush()
        return v.uuid


def names(db: Database, model: type = Account) -> list[str]:
    with db.reading() as s:
        return sorted(s.scalars(select(model.name)).all())  # type: ignore[attr-defined]
