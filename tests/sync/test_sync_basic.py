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


def test_private_details_reach_the_server_only_for_shared_contacts(team, laptops):
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from kamdesk.services.sync import set_shared

    a = laptops[0]
    be(a, "张伟")
    acc = add_account(a, "深圳前海通信股份有限公司")
    add_contact(a, acc, "张强", personality_notes="爱喝茶")
    add_contact(a, acc, "秘密", is_private=True, personality_notes="不公开")
    shared = add_contact(a, acc, "王芳", personality_notes="喜欢打球")
    set_shared(a, shared, True)
    sync(a, team.url("zhang"))
    engine = create_engine(team.admin_url, poolclass=NullPool)
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT name, personality_notes FROM contact")).all())
    engine.dispose()
    assert rows == {"张强": None, "王芳": "喜欢打球"}
    with a.reading() as s:  # and nothing was erased on the laptop
        assert sorted(s.scalars(select(Contact.personality_notes))) == ["不公开", "喜欢打球", "爱喝茶"]
