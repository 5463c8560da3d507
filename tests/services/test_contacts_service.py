"""Contacts and the contact log."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kamdesk import clock
from kamdesk.domain.visits import ContactCategory, ContactWay, Gender
from kamdesk.errors import ValidationError
from kamdesk.services import accounts as A
from kamdesk.services import contacts as C
from kamdesk.services.contacts import log as L


@pytest.fixture
def account(db):
    return A.save_account(db, A.AccountInput(name="上海华信烟草集团有限公司")).value


def test_contact_form_round_trips_personal_family_and_social_fields(db, account):
    uuid = C.save_contact(
        db,
        C.ContactInput(
            account_uuid=account,
            name="张强",
            gender="男",
            title="总经理",
            mobile="138-1234-5678",
            email="zhang@example.com",
            birthday="1975-06-01",
            native_place="湖南长沙",
            personality="结果型",
            interests="围棋、钓鱼",
            spouse="李梅（教师）",
            children="一子，在读高中",
            classmates="王总（大学同学）",
            rivals="财务总监",
            is_private=True,
        ),
    ).value
    d = C.get_contact(db, uuid)
    assert d.gender is Gender.MALE and d.birthday == date(1975, 6, 1) and d.birth_year == 1975
    assert d.spouse == "李梅（教师）" and d.classmates == "王总（大学同学）" and d.is_private
    assert d.account_name == "上海华信烟草集团有限公司"
    assert d.age is not None and d.age >= 50
    assert C.save_contact(db, d.to_input()).value == uuid  # what the form loads saves back


def test_contact_validation_per_field(db, account):
    with pytest.raises(ValidationError) as err:
        C.save_contact(
            db,
            C.ContactInput(
                account_uuid=account,
                name="",
                mobile="abc",
                email="x@y",
                birthday="1990-02-31",
                gender="unknown",
            ),
        )
    e = err.value.errors
    assert set(e) == {"name", "mobile", "email", "birthday", "gender"}


def test_reports_to_must_be_same_account_and_never_loop(db, account):
    other = A.save_account(db, A.AccountInput(name="北京东方银行")).value
    boss = C.save_contact(db, C.ContactInput(account_uuid=account, name="张强")).value
    mid = C.save_contact(db, C.ContactInput(account_uuid=account, name="王伟", reports_to_uuid=boss)).value
    low = C.save_contact(db, C.ContactInput(account_uuid=account, name="刘芳", reports_to_uuid=mid)).value
    stranger = C.save_contact(db, C.ContactInput(account_uuid=other, name="陈强")).value
    with pytest.raises(ValidationError) as err:
        C.save_contact(db, C.ContactInput(account_uuid=account, uuid=boss, name="张强", reports_to_uuid=low))
    assert "loop" in err.value.errors["reports_to_uuid"]
    with pytest.raises(ValidationError) as err:
        C.save_contact(
            db, C.ContactInput(account_uuid=account, uuid=low, name="刘芳", reports_to_uuid=stranger)
        )
    assert "same account" in err.value.errors["reports_to_uuid"]
    assert C.get_contact(db, boss).subordinates == ((mid, "王伟"),)
    C.delete_contact(db, mid)
    assert C.get_contact(db, low).reports_to_uuid is None


def test_contacts_list_per_account_and_across_accounts_by_pinyin(db, account):
    other = A.save_account(db, A.AccountInput(name="北京东方银行")).value
    for name in ["赵敏", "阿强", "陈静"]:
        C.save_contact(db, C.ContactInput(account_uuid=account, name=name))
    C.save_contact(db, C.ContactInput(account_uuid=other, name="白雪", mobile="13900001111"))
    assert [c.name for c in C.list_contacts(db, account_uuid=account)] == ["阿强", "陈静", "赵敏"]
    assert [c.name for c in C.list_contacts(db)] == ["阿强", "白雪", "陈静", "赵敏"]
    assert [c.name for c in C.list_contacts(db, text="1111")] == ["白雪"]
    assert [c.name for c in C.list_contacts(db, text="cj")] == ["陈静"]
    assert C.count_contacts(db) == 4 and C.count_contacts(db, account_uuid=other) == 1
    assert next(c.name for c in C.list_contacts(db, sort="account")) == "白雪"


def test_logging_contact_touches_the_account_and_lists_newest_first(db, account):
    person = C.save_contact(db, C.ContactInput(account_uuid=account, name="张强", title="总经理")).value
    now = clock.now()
    first = L.log_contact(
        db, L.ContactLogInput(account_uuid=account, at=now - timedelta(days=3), way="电话", content="约拜访")
    ).value
    L.log_contact(
        db,
        L.ContactLogInput(
            account_uuid=account,
            at=now - timedelta(days=1),
            way=ContactWay.VISIT,
            contact_uuid=person,
            content="演示方案",
            next_step="下周送合同",
            category="建议",
        ),
    )
    log = L.list_log(db, account)
    assert [e.content for e in log] == ["演示方案", "约拜访"]
    assert log[0].their_person == "张强" and log[0].their_title == "总经理"
    assert log[0].category is ContactCategory.SUGGESTION
    detail = A.get_account(db, account)
    assert detail.last_touch_at is not None and abs(
        detail.last_touch_at - (now - timedelta(days=1))
    ) < timedelta(seconds=1)
    assert detail.log[0].content == "演示方案"
    L.delete_log(db, log[0].uuid)
    assert abs(A.get_account(db, account).last_touch_at - (now - timedelta(days=3))) < timedelta(seconds=1)
    L.edit_log(db, L.ContactLogInput(uuid=first, account_uuid=account, at=now, content="改了"))
    assert L.list_log(db, account)[0].content == "改了"


def test_log_entry_needs_content_and_a_zoned_time(db, account):
    with pytest.raises(ValidationError) as err:
        L.log_contact(db, L.ContactLogInput(account_uuid=account, at=datetime(2026, 1, 1), way="fax"))
    assert set(err.value.errors) == {"at", "way", "content"}


def test_moving_a_contact_to_another_account_releases_their_reports(db, account):
    other = A.save_account(db, A.AccountInput(name="北京东方银行")).value
    boss = C.save_contact(db, C.ContactInput(account_uuid=account, name="张强")).value
    report = C.save_contact(db, C.ContactInput(account_uuid=account, name="王伟", reports_to_uuid=boss)).value
    C.save_contact(db, C.ContactInput(account_uuid=other, uuid=boss, name="张强"))
    assert C.get_contact(db, report).reports_to_uuid is None
    assert C.get_contact(db, boss).account_name == "北京东方银行"
    assert [a.name for a in A.list_accounts(db, A.AccountFilter(text="张强"))] == ["北京东方银行"]
