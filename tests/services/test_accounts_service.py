"""Account services: list, filters, sorting, one account, saving, hand-over."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk import clock
from kamdesk.domain.grading import Cadence, Grade, LinkKind, Tier
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactWay, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import accounts as A
from kamdesk.services.accounts import custom_fields as CF
from kamdesk.services.contacts import log as L
from kamdesk.store.models import Account, ContactLog, Opportunity, Payment, Purchase, Rep, Visit


def _add(db, name, **kw):
    return A.save_account(db, A.AccountInput(name=name, **kw)).value


def _names(rows):
    return [r.name for r in rows]


def test_list_sorts_names_by_pinyin_and_pages(db):
    for name in ["张家港钢铁", "阿里巴巴", "北京东方银行", "重庆长安汽车", "上海烟草", "Apple 中国"]:
        _add(db, name)
    everything = _names(A.list_accounts(db))
    assert everything == ["阿里巴巴", "Apple 中国", "北京东方银行", "重庆长安汽车", "上海烟草", "张家港钢铁"]
    assert _names(A.list_accounts(db, offset=2, limit=2)) == ["北京东方银行", "重庆长安汽车"]
    assert _names(A.list_accounts(db, descending=True, limit=1)) == ["张家港钢铁"]
    assert A.count_accounts(db) == 6


def test_list_sorts_by_tier_rank_and_filters_by_codes(db):
    _add(db, "银牌客户", tier="银")
    _add(db, "白金客户", tier=Tier.PLATINUM, grade="A")
    _add(db, "金牌客户", tier="gold", grade="B")
    assert _names(A.list_accounts(db, sort="tier")) == ["白金客户", "金牌客户", "银牌客户"]
    assert _names(A.list_accounts(db, A.AccountFilter(grades=("A", "B")), sort="name")) == [
        "白金客户",
        "金牌客户",
    ]
    assert _names(A.list_accounts(db, A.AccountFilter(tiers=("silver",)))) == ["银牌客户"]


@pytest.mark.dated
def test_overdue_filter_shows_accounts_past_their_cadence(db):
    late = _add(db, "久未联系公司", cadence=Cadence.WEEKLY)
    fresh = _add(db, "刚联系公司", cadence=Cadence.WEEKLY)
    _add(db, "没有周期公司")
    now = clock.now()
    L.log_contact(db, L.ContactLogInput(account_uuid=late, at=now - timedelta(days=10), content="电话回访"))
    L.log_contact(db, L.ContactLogInput(account_uuid=fresh, at=now - timedelta(days=2), content="电话回访"))
    rows = A.list_accounts(db, A.AccountFilter(overdue_only=True))
    assert _names(rows) == ["久未联系公司"]
    assert rows[0].days_overdue == 3
    assert A.count_accounts(db, A.AccountFilter(overdue_only=True)) == 1
    assert _names(A.list_accounts(db, sort="days_overdue", descending=True))[0] == "久未联系公司"
    assert A.get_account(db, late).days_overdue == 3


@pytest.mark.dated
def test_never_touched_account_counts_from_creation(db):
    uuid = _add(db, "新客户", cadence=Cadence.DAILY)
    with db.transaction() as s:
        acc = s.scalar(select(Account).where(Account.uuid == uuid))
        acc.created_at = clock.now() - timedelta(days=5)
    assert _names(A.list_accounts(db, A.AccountFilter(overdue_only=True))) == ["新客户"]


def test_search_text_filters_the_list(db):
    _add(db, "上海华信烟草集团有限公司", short_name="华信")
    _add(db, "北京东方银行股份有限公司")
    assert _names(A.list_accounts(db, A.AccountFilter(text="烟草"))) == ["上海华信烟草集团有限公司"]
    assert _names(A.list_accounts(db, A.AccountFilter(text="shhx"))) == ["上海华信烟草集团有限公司"]
    assert A.count_accounts(db, A.AccountFilter(text="有限")) == 2


def test_validation_names_every_bad_field(db):
    with pytest.raises(ValidationError) as err:
        A.save_account(
            db,
            A.AccountInput(
                name=" ",
                phone="call me",
                email="someone@",
                website="not a site",
                founded_on="2020-02-30",
                registered_capital="-1",
                annual_revenue="12万",
                employee_count="3.5",
                tier="diamond",
                share_of_wallet_pct="120",
            ),
        )
    e = err.value.errors
    assert e["name"] == "required"
    assert "not a phone number" in e["phone"]
    assert "not an e-mail address" in e["email"]
    assert "not a web address" in e["website"]
    assert "not a date" in e["founded_on"]
    assert "must not be negative" in e["registered_capital"]
    assert "not an amount" in e["annual_revenue"]
    assert "not a whole number" in e["employee_count"]
    assert "unknown code 'diamond'" in e["tier"]
    assert "between 0 and 100" in e["share_of_wallet_pct"]
    assert A.count_accounts(db) == 0


def test_save_then_edit_round_trips_every_field_and_custom_values(db):
    field = CF.save_field(
        db, CF.CustomFieldInput(name="采购渠道", kind="choice", choices=("直采", "招标"))
    ).value
    uuid = _add(
        db,
        "杭州远景医药集团有限公司",
        short_name="远景",
        nature="合资",
        phone="0571-74991176",
        website="www.example.com.cn",
        founded_on="1991/9/23",
        registered_capital="500",
        expected_close=clock.today() + timedelta(days=20),
        custom={field: "招标"},
    )
    d = A.get_account(db, uuid)
    assert d.data.founded_on == date(1991, 9, 23) and d.data.registered_capital == Decimal("500.00")
    assert d.data.custom[field] == "招标"
    assert d.suggested_grade is Grade.A
    A.save_account(db, replace(d.data, short_name="远景医药", custom={field: "直采"}))
    d2 = A.get_account(db, uuid)
    assert d2.data.short_name == "远景医药" and d2.custom_values[0].value == "直采"
    with pytest.raises(ValidationError) as err:
        A.save_account(db, replace(d2.data, custom={field: "电商"}))
    assert "not one of the choices" in err.value.errors[f"custom:{field}"]
    row = A.list_accounts(db)[0]
    assert row.value(f"custom:{field}") == "直采"
    assert (f"custom:{field}", "采购渠道") in A.account_columns(db)


@pytest.mark.dated
def test_get_account_works_out_value_indicators_and_purchase_cycle(db):
    uuid = _add(db, "南京新航零售股份有限公司", purchase_cycle_days=30)
    with db.transaction() as s:
        acc = s.scalar(select(Account).where(Account.uuid == uuid))
        p1 = Purchase(
            account_id=acc.id,
            ordered_on=clock.today() - timedelta(days=60),
            amount=Decimal("1000"),
            profit=Decimal("200"),
        )
        p2 = Purchase(
            account_id=acc.id,
            ordered_on=clock.today() - timedelta(days=25),
            amount=Decimal("3000"),
            profit=Decimal("600"),
        )
        s.add_all([p1, p2])
        s.flush()
        s.add(
            Payment(
                account_id=acc.id,
                purchase_id=p1.id,
                paid_on=clock.today() - timedelta(days=30),
                amount=Decimal("1000"),
            )
        )
        acc.last_purchase_on = p2.ordered_on
    d = A.get_account(db, uuid)
    assert d.value.order_count == 2 and d.value.net_amount == Decimal("4000.00")
    assert d.value.gross_margin == Decimal("0.2000")
    assert d.value.arrears == Decimal("3000.00") and d.value.average_collection_days == Decimal("30.0")
    assert d.purchase is not None and d.purchase.is_due and d.purchase.days_left == 5


def test_delete_is_refused_while_opportunities_exist_unless_forced(db):
    uuid = _add(db, "武汉同创物流集团有限公司")
    with db.transaction() as s:
        acc = s.scalar(select(Account).where(Account.uuid == uuid))
        s.add(Opportunity(account_id=acc.id, name="仓储系统", stage=Stage.C))
    with pytest.raises(UserError, match="1 opportunities"):
        A.delete_account(db, uuid)
    A.archive_account(db, uuid)
    assert A.count_accounts(db) == 0 and A.count_accounts(db, A.AccountFilter(include_archived=True)) == 1
    A.delete_account(db, uuid, force=True)
    assert A.count_accounts(db, A.AccountFilter(include_archived=True)) == 0


def test_hand_over_moves_open_work_and_keeps_history(db):
    me = A.ensure_me(db)
    uuid = _add(db, "成都瑞丰能源有限公司")
    L.log_contact(
        db, L.ContactLogInput(account_uuid=uuid, at=clock.now(), way=ContactWay.VISIT, content="初访")
    )
    with db.transaction() as s:
        new_rep = Rep(name="李娜")
        s.add(new_rep)
        acc = s.scalar(select(Account).where(Account.uuid == uuid))
        me_id = s.scalar(select(Rep.id).where(Rep.uuid == me.uuid))
        now = clock.now()
        s.add_all(
            [
                Opportunity(account_id=acc.id, owner_id=me_id, name="开放项目", stage=Stage.D),
                Opportunity(
                    account_id=acc.id,
                    owner_id=me_id,
                    name="已赢项目",
                    stage=Stage.S,
                    status=OpportunityStatus.WON,
                ),
                Visit(
                    account_id=acc.id,
                    rep_id=me_id,
                    starts_at=now + timedelta(days=3),
                    status=VisitStatus.PLANNED,
                ),
                Visit(
                    account_id=acc.id,
                    rep_id=me_id,
                    starts_at=now - timedelta(days=3),
                    status=VisitStatus.DONE,
                ),
            ]
        )
        s.flush()
        new_uuid, new_id = new_rep.uuid, new_rep.id
    result = A.hand_over(db, [uuid], new_uuid)
    assert result.value == 1 and result.changes.touches("account")
    with db.reading() as s:
        acc = s.scalar(select(Account).where(Account.uuid == uuid))
        assert acc.owner_id == new_id
        opps = dict(s.execute(select(Opportunity.name, Opportunity.owner_id)).all())
        assert opps == {"开放项目": new_id, "已赢项目": me_id}
        visits = dict(s.execute(select(Visit.status, Visit.rep_id)).all())
        assert visits == {VisitStatus.PLANNED: new_id, VisitStatus.DONE: me_id}
        assert s.scalar(select(ContactLog.rep_id)) == me_id  # who logged it stays
    assert A.list_accounts(db, A.AccountFilter(owner_uuids=(new_uuid,)))[0].owner_name == "李娜"


def test_saved_filters_round_trip(db):
    f = A.AccountFilter(text="银行", tiers=("gold",), overdue_only=True)
    A.save_filter(db, "金牌逾期", f)
    A.save_filter(db, "金牌逾期", replace(f, text="烟草"))  # same name replaces
    saved = A.list_filters(db)
    assert [(s.name, s.filter) for s in saved] == [("金牌逾期", replace(f, text="烟草"))]
    A.delete_filter(db, saved[0].uuid)
    assert A.list_filters(db) == []


def test_links_between_counterparties(db):
    a = _add(db, "上游供应商", counterparty_kind="supplier")
    b = _add(db, "我们的客户")
    link = A.link_accounts(db, b, a, LinkKind.UPSTREAM).value
    with pytest.raises(UserError, match="already linked"):
        A.link_accounts(db, a, b, "peer")
    with pytest.raises(ValidationError):
        A.link_accounts(db, a, a, "peer")
    seen_from_a = A.list_links(db, a)
    assert seen_from_a[0].other_name == "我们的客户" and not seen_from_a[0].outgoing
    assert A.get_account(db, b).links[0].kind is LinkKind.UPSTREAM
    A.unlink(db, link)
    assert A.list_links(db, a) == []


def test_top_accounts_by_revenue_is_the_top_fifth(db):
    for i, revenue in enumerate([500, 300, 50, 40, 30, 20, 20, 20, 10, 10]):
        uuid = _add(db, f"客户{i}")
        with db.transaction() as s:
            s.scalar(select(Account).where(Account.uuid == uuid)).revenue_total = Decimal(revenue)
    view = A.top_accounts_by_revenue(db, 0.2)
    assert view.top_count == 2 and [r.name for r in view.rows] == ["客户0", "客户1"]
    assert view.revenue_share == Decimal("0.8000") and view.total_revenue == Decimal("1000.00")


def test_filter_options_list_distinct_values(db):
    _add(db, "甲", industry="烟草", province="上海", city="上海")
    _add(db, "乙", industry="银行", city="北京")
    _add(db, "丙", industry="烟草", city="北京")
    opts = A.filter_options(db)
    assert opts.industries == ("烟草", "银行")
    assert ("上海", "上海") in opts.cities and (None, "北京") in opts.cities


def test_frequent_terms_walk_the_sort_index_with_the_same_result(db, monkeypatch):
    from kamdesk.services.accounts import listing as account_query

    for name in ["张家港银行", "阿坝银行", "北京银行", "重庆银行", "上海烟草"]:
        _add(db, name)
    archived = _add(db, "长沙银行")
    A.archive_account(db, archived)
    f = A.AccountFilter(text="银行")
    sorted_hits = _names(A.list_accounts(db, f))
    monkeypatch.setattr(account_query, "WALK_INDEX_FROM", 1)
    assert _names(A.list_accounts(db, f)) == sorted_hits == ["阿坝银行", "北京银行", "重庆银行", "张家港银行"]
    assert _names(A.list_accounts(db, f, descending=True, limit=2)) == ["张家港银行", "重庆银行"]
    assert A.count_accounts(db, f) == 4
    assert A.count_accounts(db, A.AccountFilter(text="银行", include_archived=True)) == 5


def test_paging_by_offset_continues_from_the_last_page_and_matches_one_big_page(db):
    names = [f"客户{i:03d}" for i in range(25)] + ["阿里", "Zeta", "北京"]
    for name in names:
        _add(db, name)
    for desc in (False, True):
        whole = _names(A.list_accounts(db, descending=desc, limit=1000))
        paged: list[str] = []
        while True:
            page = _names(A.list_accounts(db, descending=desc, offset=len(paged), limit=4))
            if not page:
                break
            paged.extend(page)
        assert paged == whole and len(whole) == 28
    # a jump to an offset no page ended at still works (plain OFFSET)
    assert _names(A.list_accounts(db, offset=5, limit=2)) == _names(A.list_accounts(db, limit=1000))[5:7]
    # after a change the next pages follow the new order
    _add(db, "阿阿阿")
    first = _names(A.list_accounts(db, limit=4))
    second = _names(A.list_accounts(db, offset=4, limit=4))
    assert first + second == _names(A.list_accounts(db, limit=8))


def test_filter_accepts_codes_and_labels_and_names_an_unknown_one(db):
    _add(db, "金牌客户", tier="gold", cadence="weekly")
    _add(db, "银牌客户", tier="silver")
    assert _names(A.list_accounts(db, A.AccountFilter(tiers=("金",)))) == ["金牌客户"]
    assert _names(A.list_accounts(db, A.AccountFilter(tiers=(Tier.SILVER,)))) == ["银牌客户"]
    assert A.count_accounts(db, A.AccountFilter(cadences=("每周",))) == 1
    with pytest.raises(UserError, match="unknown Tier 'diamond'"):
        A.list_accounts(db, A.AccountFilter(tiers=("diamond",)))


def test_whole_list_count_leaves_out_archived_accounts_and_agrees_with_the_filtered_count(db):
    uuids = [_add(db, name) for name in ("上海烟草专卖局", "北京东方银行", "广州恒通制造", "长沙银行")]
    A.archive_account(db, uuids[1])
    A.archive_account(db, uuids[3])
    A.archive_account(db, uuids[3], archived=False)  # back in the list
    live = A.count_accounts(db)
    assert live == 3 == len(A.list_accounts(db))
    assert A.count_accounts(db, A.AccountFilter(include_archived=True)) == 4
    # a filter that keeps everyone goes the general way and must agree
    assert A.count_accounts(db, A.AccountFilter(overdue_only=False, tiers=())) == live
    with db.reading() as s:
        archived = s.scalar(select(Account.name).where(Account.archived.is_(True)))
    assert archived == "北京东方银行"
