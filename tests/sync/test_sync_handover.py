"""Hand-over through the server: the new owner's next sync brings the account
with all its history; the manager sees the whole team."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.services.sync import sync
from kamdesk.services.sync.admin import hand_over
from kamdesk.store.models import Account, Contact, Rep, Visit
from tests.sync.helpers import add_account, add_contact, add_visit, be, names


def test_handed_over_account_arrives_whole_and_manager_sees_team(team, laptops):
    zhang, li, boss = laptops
    be(zhang, "张伟")
    be(li, "李娜")
    acc = add_account(zhang, "深圳前海通信股份有限公司")
    add_contact(zhang, acc, "张强", title="总经理")
    for i in range(3):
        add_visit(zhang, acc, f"v{i}")
    add_account(li, "北京华远银行")
    sync(zhang, team.url("zhang"))
    sync(li, team.url("li"))
    assert names(li) == ["北京华远银行"]
    assert hand_over(team.admin_url, acc, "li") >= 5
    sync(li, team.url("li"))
    assert names(li) == ["北京华远银行", "深圳前海通信股份有限公司"]
    with li.reading() as s:
        assert sorted(s.scalars(select(Visit.place))) == ["v0", "v1", "v2"]
        assert s.scalars(select(Contact.name)).all() == ["张强"]
        owner = s.scalar(select(Rep.name).join(Account, Account.owner_id == Rep.id).where(Account.uuid == acc))
        assert owner == "李娜"
    sync(boss, team.url("boss"))
    assert names(boss) == ["北京华远银行", "深圳前海通信股份有限公司"]
