"""Account file: urgency from the handle-by date (overridable by hand), MAN
on a prospect and the warning when a visit is planned for a stop-contact one."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kamdesk import clock
from kamdesk.domain.grading import DealStatus, Urgency
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import accounts as account_service
from kamdesk.services import visits as svc
from kamdesk.store.db import Database

CST = ZoneInfo("Asia/Shanghai")


def _save(db: Database, **fields: object) -> str:
    return account_service.save_account(
        db, account_service.AccountInput(name="上海浦东发展银行", **fields)
    ).value  # type: ignore[arg-type]


def test_urgency_follows_the_handle_by_date_as_days_pass(db: Database) -> None:
    with clock.frozen_at("2026-03-01T10:00+08:00"):
        uuid = _save(db, handle_by="2026-04-20")
        detail = account_service.get_account(db, uuid)
        assert detail.data.urgency is Urgency.NOT_URGENT and detail.data.urgency_manual is False
    with clock.frozen_at("2026-04-15T10:00+08:00"):
        assert account_service.get_account(db, uuid).data.urgency is Urgency.URGENT


def test_urgency_set_by_hand_overrides_the_date(db: Database) -> None:
    with clock.frozen_at("2026-03-01T10:00+08:00"):
        uuid = _save(db, handle_by="2026-03-03", urgency="可慢反应客户", urgency_manual=True)
        detail = account_service.get_account(db, uuid)
        assert detail.data.urgency is Urgency.SLOW and detail.data.urgency_manual is True
        # back to the date: the stored hand-set value no longer counts
        account_service.save_account(
            db, detail.data.__class__(**{**detail.data.__dict__, "urgency_manual": False})
        )
        assert account_service.get_account(db, uuid).data.urgency is Urgency.URGENT


def test_a_bad_handle_by_date_or_man_value_is_refused_and_nothing_written(db: Database) -> None:
    with pytest.raises(ValidationError) as err:
        _save(db, handle_by="soon", man_need="maybe")
    assert set(err.value.errors) == {"handle_by", "man_need"}
    assert account_service.list_accounts(db, account_service.AccountFilter()) == []


def test_man_on_a_prospect_is_kept_and_stop_contact_warns_when_planning(db: Database) -> None:
    with clock.frozen_at("2026-03-01T10:00+08:00"):
        uuid = _save(db, deal_status=DealStatus.PROSPECT, man_money="否", man_authority=False, man_need="no")
        data = account_service.get_account(db, uuid).data
        assert (data.man_money, data.man_authority, data.man_need) == (False, False, False)
        inp = svc.VisitInput(account_uuid=uuid, starts_at=datetime(2026, 3, 5, 10, tzinfo=CST))
        check = svc.check_visit(db, inp, lang="zh")
        assert check.errors == {}
        assert check.warnings["account"] == "MAN原则 m+a+n：非客户，停止接触"
        saved = svc.plan_visit(db, inp, lang="en").value  # a warning, not a refusal
        assert saved.warnings["account"] == "MAN m+a+n: Not a prospect: stop contact"
        # with a need the seed says cultivate: no warning
        account_service.save_account(db, data.__class__(**{**data.__dict__, "man_need": True}))
        assert "account" not in svc.check_visit(db, inp, lang="zh").warnings


def test_the_list_shows_filters_and_sorts_by_urgency_as_of_its_day(db: Database) -> None:
    with clock.frozen_at("2026-03-01T10:00+08:00"):
        soon = _save(db, handle_by="2026-03-20")  # 缓急 on 03-01, 紧急 from 03-13
        acc2 = account_service.save_account(
            db, account_service.AccountInput(name="杭州远景医药", urgency="可慢反应", handle_by="2026-03-02")
        ).value  # by hand: stays 可慢反应
        account_service.save_account(db, account_service.AccountInput(name="无处理时间"))
    f = account_service.AccountFilter
    day = date(2026, 3, 1)
    rows = {r.uuid: r.urgency for r in account_service.list_accounts(db, today=day)}
    assert rows[soon] is Urgency.SOON and rows[acc2] is Urgency.SLOW
    assert [r.uuid for r in account_service.list_accounts(db, f(urgencies=("缓急客户",)), today=day)] == [
        soon
    ]
    later = date(2026, 3, 14)
    assert [r.uuid for r in account_service.list_accounts(db, f(urgencies=("urgent",)), today=later)] == [
        soon
    ]
    assert account_service.count_accounts(db, f(urgencies=("slow",)), today=later) == 1
    ordered = [r.uuid for r in account_service.list_accounts(db, sort="urgency", today=later)]
    assert ordered[:2] == [soon, acc2]
    with pytest.raises(UserError) as err:
        account_service.list_accounts(db, f(urgencies=("急死了",)), today=later)
    assert "急死了" in str(err.value)
