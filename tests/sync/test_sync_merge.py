"""The same record changed on two laptops: different fields merge, the same
field keeps the server's value and lists the laptop's as a conflict; deletions
travel; appended history never conflicts."""

from __future__ import annotations

from sqlalchemy import select

from kamdesk.services.exchange.conflicts import list_conflicts, resolve_conflict
from kamdesk.services.sync import sync
from kamdesk.store.models import Account, Visit
from tests.sync.helpers import add_account, add_visit, be, names


def _edit(db, **values):
    with db.transaction() as s:
        acc = s.scalars(select(Account)).one()
        for k, v in values.items():
            setattr(acc, k, v)


def _account(db) -> Account:
    with db.reading() as s:
        acc = s.scalars(select(Account)).one()
        s.expunge(acc)
        return acc


def _pair(team, laptops):
    a, b, _ = laptops
    be(a, "张伟")
    add_account(a, "上海华信烟草集团有限公司")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    return a, b


def test_different_fields_merge_without_conflict(team, laptops):
    a, b = _pair(team, laptops)
    _edit(a, short_name="华信")
    _edit(b, city="上海")
    sync(a, team.url("zhang"))
    result = sync(b, team.url("zhang"))
    assert result.conflicts == 0
    sync(a, team.url("zhang"))
    for db in (a, b):
        acc = _account(db)
        assert (acc.short_name, acc.city) == ("华信", "上海")
        assert list_conflicts(db) == []


def test_same_field_server_wins_and_laptop_value_is_a_conflict(team, laptops):
    a, b = _pair(team, laptops)
    _edit(a, short_name="华信烟草")
    _edit(b, short_name="华信集团", city="上海")
    sync(a, team.url("zhang"))
    result = sync(b, team.url("zhang"))
    assert result.conflicts == 1
    acc = _account(b)
    assert (acc.short_name, acc.city) == ("华信烟草", "上海")  # the server's value; b's other field kept
    [conflict] = list_conflicts(b)
    assert conflict.differences == [("short_name", "华信烟草", "华信集团")]
    assert conflict.source == "team server"
    # the rep picks the laptop's value: it goes to the server on the next sync
    resolve_conflict(b, conflict.id, "theirs")
    sync(b, team.url("zhang"))
    sync(a, team.url("zhang"))
    assert _account(a).short_name == "华信集团"
    assert _account(a).city == "上海"


def test_delete_travels_and_edit_outlives_delete(team, laptops):
    a, b = _pair(team, laptops)
    acc = _account(a).uuid
    add_visit(a, acc, "first")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    with a.transaction() as s:
        s.delete(s.scalars(select(Visit)).one())
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    with b.reading() as s:
        assert s.scalars(select(Visit)).all() == []
    # a deletes the account while b edits it: the edit outlives the delete
    with a.transaction() as s:
        s.delete(s.scalars(select(Account)).one())
    _edit(b, city="上海")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    sync(a, team.url("zhang"))
    assert names(a) == names(b) == ["上海华信烟草集团有限公司"]
    assert _account(a).city == "上海"


def test_appended_visits_from_both_laptops_never_conflict(team, laptops):
    a, b = _pair(team, laptops)
    acc = _account(a).uuid
    for i in range(3):
        add_visit(a, acc, f"a{i}")
        add_visit(b, acc, f"b{i}")
    sync(a, team.url("zhang"))
    assert sync(b, team.url("zhang")).conflicts == 0
    sync(a, team.url("zhang"))
    for db in (a, b):
        with db.reading() as s:
            assert sorted(s.scalars(select(Visit.place))) == ["a0", "a1", "a2", "b0", "b1", "b2"]


def test_edit_then_delete_on_one_laptop_deletes(team, laptops):
    """Found by the convergence test: a laptop that edits a record and then deletes it
    must not get the server's older copy back."""
    a, b = _pair(team, laptops)
    _edit(a, city="上海")
    with a.transaction() as s:
        s.delete(s.scalars(select(Account)).one())
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    assert names(a) == names(b) == []
