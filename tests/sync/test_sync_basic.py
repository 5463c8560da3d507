"""A laptop syncs with the team server: its records go up, another laptop of the
same rep gets them, another rep does not (row-level security)."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.services.sync import status, sync
from kamdesk.store.models import Account, Contact
from tests.sync.helpers import add_account, add_contact, add_visit, be, names


def test_two_laptops_of_one_rep_agree_and_another_rep_sees_nothing(team, laptops):
    a, b, c = laptops
    be(a, "张伟")
    acc = add_account(a, "深圳前海通信股份有限公司")
    add_contact(a, acc, "张强", title="总经理", personality_notes="爱喝茶")
    add_visit(a, acc, "前海")
    first = sync(a, team.url("zhang"))
    assert first.sent >= 4
    got = sync(b, team.url("zhang"))
    assert got.applied >= 4
    assert names(b) == ["深圳前海通信股份有限公司"]
    with b.reading() as s:
        contact = s.scalars(select(Contact)).one()
        assert contact.title == "总经理"
        assert contact.personality_notes is None  # personal details stay on the laptop
    sync(c, team.url("li"))
    assert names(c) == []
    assert status(b).last_sync is not None


def test_edit_travels_back(team, laptops):
    a, b, _ = laptops
    be(a, "张伟")
    acc = add_account(a, "上海华信烟草集团有限公司")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    with b.transaction() as s:
        s.scalars(select(Account)).one().short_name = "华信"
    sync(b, team.url("zhang"))
    sync(a, team.url("zhang"))
    with a.reading() as s:
        assert s.scalars(select(Account.short_name)).one() == "华信"
    assert acc
