"""The account form's "Stakeholders" tab: the account's maps and their
insights, following the shown account and stakeholder changes."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.services.changes import Changes
from kamdesk.store.models import Account, Contact, Stakeholder
from kamdesk.ui.accounts.form.account_form import AccountForm


def _account(ctx, name: str, people: list[str]) -> str:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        acc = Account(name=name, initials="x", sort_key=name)
        s.add(acc)
        s.flush()
        for person in people:
            contact = Contact(account_id=acc.id, name=person, title="处长")
            s.add(contact)
            s.flush()
            s.add(Stakeholder(account_id=acc.id, contact_id=contact.id))
        return str(acc.uuid)


def _add_person(ctx, account_uuid: str, person: str) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.transaction() as s:
        acc_id = s.scalar(select(Account.id).where(Account.uuid == account_uuid))
        contact = Contact(account_id=acc_id, name=person)
        s.add(contact)
        s.flush()
        s.add(Stakeholder(account_id=acc_id, contact_id=contact.id))
    ctx.hub.publish(Changes.of("stakeholder"))


def _people_column(form: AccountForm) -> list[str]:
    tree = form.stakeholders.maps
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_stakeholders_tab_lists_the_accounts_maps_and_insights(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    first = _account(ctx, "上海烟草工业印刷厂", ["李明", "赵敏"])
    second = _account(ctx, "北京轨道交通集团", ["王强"])
    form = AccountForm(ctx)
    qtbot.addWidget(form)
    form.load(first)
    index = form.tabs.indexOf(form.stakeholders)
    assert form.tabs.tabText(index) == "Stakeholders"
    assert form.tabs.isTabEnabled(index)
    form.tabs.setCurrentIndex(index)
    assert _people_column(form) == ["2"]
    assert "2 people" in form.stakeholders.summary.text()
    assert form.stakeholders.insights.count() > 0  # roles and attitudes not assessed yet

    form.load(second)  # another account opened: the tab follows
    assert form.stakeholders.account_uuid == second
    assert _people_column(form) == ["1"]

    _add_person(ctx, second, "陈静")  # a change made on the maps page
    assert _people_column(form) == ["2"]


def test_stakeholders_tab_reads_the_maps_only_when_shown(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    first = _account(ctx, "上海烟草工业印刷厂", ["李明"])
    form = AccountForm(ctx)
    qtbot.addWidget(form)
    form.load(first)  # profile tab current: the maps are not read yet
    assert form.stakeholders.account_uuid is None
    form.tabs.setCurrentWidget(form.stakeholders)
    assert form.stakeholders.account_uuid == first
    form.new()
    assert form.stakeholders.account_uuid is None
    assert not form.tabs.isTabEnabled(form.tabs.indexOf(form.stakeholders))
