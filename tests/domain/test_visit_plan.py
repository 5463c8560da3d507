from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kamdesk.domain.visit_plan import (
    SIX_W_TWO_H,
    AttendeeCheck,
    FabPoint,
    Objection,
    ResourceCheck,
    SpinCategory,
    check_plan,
    default_resources,
    fab_from_json,
    fab_to_json,
    objections_from_json,
    objections_to_json,
    resources_from_json,
    resources_to_json,
    shift_keeping_duration,
    spin_from_json,
    spin_to_json,
)

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=CST)


def test_six_w_two_h_has_the_seeds_eight_questions_in_order() -> None:
    assert [p.key for p in SIX_W_TWO_H] == ["what", "when", "where", "who", "why", "which", "how", "how_much"]
    assert "关键人物" in SIX_W_TWO_H[3].hint("zh")


def test_default_resources_are_the_seeds_list_none_ready() -> None:
    items = [r.item for r in default_resources("zh")]
    assert items[:5] == [
        "产品知识",
        "价格的权限范围",
        "现有客户的关系",
        "潜在客户资料量和细致程度",
        "拜访辅助器材",
    ]
    assert not any(r.ready for r in default_resources("en"))


def test_end_before_start_is_refused() -> None:
    check = check_plan(account_id=1, starts_at=NOW + timedelta(days=1), ends_at=NOW, now=NOW, is_new=True)
    assert "ends_at" in check.errors and not check.ok


def test_end_equal_to_start_is_refused() -> None:
    start = NOW + timedelta(days=1)
    assert "ends_at" in check_plan(account_id=1, starts_at=start, ends_at=start, now=NOW, is_new=True).errors


def test_past_date_for_new_plan_is_a_warning_not_an_error() -> None:
    check = check_plan(account_id=1, starts_at=NOW - timedelta(days=2), ends_at=None, now=NOW, is_new=True)
    assert check.ok
    assert "starts_at" in check.warnings


def test_past_date_for_existing_plan_gives_no_warning() -> None:
    check = check_plan(account_id=1, starts_at=NOW - timedelta(days=2), ends_at=None, now=NOW, is_new=False)
    assert check.ok and not check.warnings


def test_attendee_from_another_account_is_refused_by_name() -> None:
    check = check_plan(
        account_id=1,
        starts_at=NOW + timedelta(days=1),
        ends_at=None,
        attendees=[AttendeeCheck("鄭師超", 1), AttendeeCheck("王五", 2), AttendeeCheck("我方", None)],
        now=NOW,
        is_new=True,
        lang="zh",
    )
    assert "王五" in check.errors["attendees"]
    assert "鄭師超" not in check.errors["attendees"]


def test_naive_times_and_missing_account_are_refused() -> None:
    check = check_plan(
        account_id=None, starts_at=datetime(2026, 12, 1, 9), ends_at=None, now=NOW, is_new=True
    )
    assert set(check.errors) == {"account", "starts_at"}


def test_visit_longer_than_a_day_is_refused() -> None:
    start = NOW + timedelta(days=1)
    assert (
        "ends_at"
        in check_plan(
            account_id=1, starts_at=start, ends_at=start + timedelta(days=2), now=NOW, is_new=True
        ).errors
    )


def test_json_documents_round_trip_and_drop_blanks() -> None:
    res = [ResourceCheck("产品知识", True), ResourceCheck("  ")]
    assert resources_from_json(resources_to_json(res)) == [ResourceCheck("产品知识", True)]
    fab = [FabPoint("双路由", "不断线", "回访中心全年无中断"), FabPoint("")]
    assert fab_from_json(fab_to_json(fab)) == fab[:1]
    obj = [Objection("价格太高", "算总拥有成本")]
    assert objections_from_json(objections_to_json(obj)) == obj
    spin = spin_from_json(spin_to_json({SpinCategory.PROBLEM: ["掉线多吗？", ""]}))
    assert spin[SpinCategory.PROBLEM] == ["掉线多吗？"]
    assert spin[SpinCategory.SITUATION] == []
    assert resources_to_json([]) is None
    assert spin_from_json("not json") == {c: [] for c in SpinCategory}


def test_reschedule_keeps_duration() -> None:
    start, end = NOW, NOW + timedelta(minutes=90)
    new_start, new_end = shift_keeping_duration(start, end, NOW + timedelta(days=3))
    assert new_end is not None and new_end - new_start == timedelta(minutes=90)
