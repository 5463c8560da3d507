"""Account file: urgency from the handle-by date (overridable by hand), MAN
on a prospect and the warning when a visit is planned for a stop-contact one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kamdesk import clock
from kamdesk.domain.grading import DealStatus, Urgency
from kamdesk.errors import ValidationError
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
