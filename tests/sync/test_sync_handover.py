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
        owner = s.scalar(
            select(Rep.name).join(Account, Account.owner_id == Rep.id).where(Account.uuid == acc)
        )
        assert owner == "李娜"
    sync(boss, team.url("boss"))
    assert names(boss) == ["北京华远银行", "深圳前海通信股份有限公司"]


def test_the_old_owners_laptop_lets_the_account_go_and_keeps_its_unsent_edits(team, laptops):
    """Before: the old owner kept a stale copy, and the first edit to it made every
    later sync fail (the server hides the row the edit updates)."""
    import json

    from kamdesk.store.models import SyncChange

    zhang, li, _boss = laptops
    be(zhang, "张伟")
    be(li, "李娜")
    acc = add_account(zhang, "深圳前海通信股份有限公司")
    add_visit(zhang, acc, "v0")
    mine = add_account(zhang, "北京华远银行")
    sync(zhang, team.url("zhang"))
    hand_over(team.admin_url, acc, "li")
    # the old owner edits it offline before hearing of the hand-over
    with zhang.transaction() as s:
        s.scalars(select(Account).where(Account.uuid == acc)).one().short_name = "前海通信"
    add_visit(zhang, acc, "v-after")
    result = sync(zhang, team.url("zhang"))
    assert result.handed_over == ("深圳前海通信股份有限公司",)
    assert names(zhang) == ["北京华远银行"]
    with zhang.reading() as s:
        assert s.scalars(select(Visit.place)).all() == []
        assert s.scalars(select(SyncChange.record_uuid)).all() == []  # nothing left to push
    assert result.kept_file is not None and result.kept_file.stat().st_mode & 0o777 == 0o600
    kept = json.loads(result.kept_file.read_text(encoding="utf-8"))
    assert kept["accounts"] == ["深圳前海通信股份有限公司"]
    assert [r["short_name"] for r in kept["tables"]["account"]] == ["前海通信"]
    assert [r["place"] for r in kept["tables"]["visit"]] == ["v-after"]
    assert "handed over to another rep" in result.summary() and str(result.kept_file) in result.summary()
    # and the laptop goes on syncing: its own account's edits travel
    with zhang.transaction() as s:
        s.scalars(select(Account).where(Account.uuid == mine)).one().short_name = "华远"
    again = sync(zhang, team.url("zhang"))
    assert again.sent >= 1 and again.handed_over == ()
    sync(li, team.url("li"))
    assert names(li) == ["深圳前海通信股份有限公司"]  # the new owner has it, its server state
    with li.reading() as s:
        assert s.scalars(select(Visit.place)).all() == ["v0"]
