from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from kamdesk import clock
from kamdesk.domain.reminders import ReminderKind
from kamdesk.domain.visits import Side
from kamdesk.store.models import Account, Commitment
from kamdesk.ui.context import AppContext
from kamdesk.ui.visits.reminders import ReminderWatcher, show_startup_reminders
from tests.services.visit_seed import seed


def test_startup_panel_lists_todays_reminders_and_marks_a_commitment_kept(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    today = clock.today()
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        s.add(Commitment(account_id=bank.id, side=Side.US, text="送合同", due_on=today - timedelta(days=2)))
    panel = show_startup_reminders(ctx, None)
    qtbot.addWidget(panel)
    assert panel.isVisible() and not panel.isModal()
    kinds = [r.kind for r in panel.reminders]
    assert ReminderKind.COMMITMENT_OVERDUE in kinds
    reminder = panel.reminders[kinds.index(ReminderKind.COMMITMENT_OVERDUE)]
    item = panel.item_of(reminder)
    assert item is not None and item.text(1) == "送合同"
    assert panel.groups[ReminderKind.COMMITMENT_OVERDUE].isExpanded()  # the most pressing group is open
    panel.select(reminder)
    assert panel.done_button.isEnabled()
    panel.mark_selected_kept()
    assert ReminderKind.COMMITMENT_OVERDUE not in [r.kind for r in panel.reminders]
    with ctx.db.reading() as s:
        assert s.execute(select(Commitment.done_on)).scalar_one() == today


def test_plan_visit_action_navigates_to_the_visits_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        bank.last_visit_on = clock.today() - timedelta(days=30)  # revisit every 20 days
        bank.last_touch_at = clock.local_now() - timedelta(days=30)
    panel = show_startup_reminders(ctx, None)
    qtbot.addWidget(panel)
    panel.select(next(r for r in panel.reminders if r.kind is ReminderKind.REVISIT_DUE))
    with qtbot.waitSignal(ctx.hub.navigate) as blocker:
        panel.plan_selected()
    assert blocker.args == ["visits", sd.account]


def test_watcher_signals_only_new_reminders(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    watcher = ReminderWatcher(ctx, interval_ms=50)
    first = watcher.check()
    assert watcher.check() == []  # nothing new since
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        s.add(Commitment(account_id=bank.id, side=Side.THEM, text="给测试窗口", due_on=clock.today()))
    with qtbot.waitSignal(watcher.new_reminders, timeout=2000) as blocker:
        watcher.start(first)
    assert [r.detail for r in blocker.args[0]] == ["给测试窗口"]
    watcher.timer.stop()


def test_panel_sorts_by_when_and_keeps_actions_on_the_clicked_row(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from kamdesk.ui.visits.reminders import ReminderPanel

    sd = seed(ctx.db)
    today = clock.today()
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        for days, text in ((3, "三天前"), (13, "十三天前"), (21, "二十一天前")):
            s.add(
                Commitment(account_id=bank.id, side=Side.US, text=text, due_on=today - timedelta(days=days))
            )
    panel = ReminderPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    group = panel.groups[ReminderKind.COMMITMENT_OVERDUE]

    def details() -> list[str]:
        return [group.child(i).text(1) for i in range(group.childCount())]

    assert details() == ["二十一天前", "十三天前", "三天前"]  # the most overdue first
    panel.tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by days: 3 before 13 before 21 (not as text)
    assert details() == ["三天前", "十三天前", "二十一天前"]
    panel.tree.setCurrentItem(group.child(details().index("十三天前")))
    selected = panel.selected()
    assert selected is not None and selected.detail == "十三天前"


def test_summary_uses_the_languages_punctuation(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.visits.reminders import ReminderPanel

    sd = seed(ctx.db)
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        s.add(
            Commitment(account_id=bank.id, side=Side.US, text="x", due_on=clock.today() - timedelta(days=2))
        )
    ctx.lang = "en"
    panel = ReminderPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    text = panel.summary.text()
    assert "（" not in text and "，" not in text and " (" in text
    assert panel.summary.wordWrap()


def test_panel_lists_the_nearest_of_each_kind_and_says_how_many_more(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import kamdesk.ui.visits.reminders as ui

    monkeypatch.setattr("kamdesk.domain.reminder_caps.LIMIT_PER_KIND", 3)
    sd = seed(ctx.db)
    today = clock.today()
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        s.add_all(
            Commitment(account_id=bank.id, side=Side.US, text=f"承诺{i}", due_on=today - timedelta(days=i))
            for i in range(1, 9)
        )
    ctx.lang = "en"
    panel = ui.ReminderPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    overdue = [r for r in panel.reminders if r.kind is ReminderKind.COMMITMENT_OVERDUE]
    assert [r.detail for r in overdue] == ["承诺1", "承诺2", "承诺3"]
    group = panel.groups[ReminderKind.COMMITMENT_OVERDUE]
    assert group.childCount() == 3 and "8" in group.text(0) and "nearest 3 listed" in group.text(0)
    text = panel.summary.text()
    assert f"{ReminderKind.COMMITMENT_OVERDUE.label('en')} 8" in text  # the total, not the 3 listed
    assert panel.reminders.more(ReminderKind.COMMITMENT_OVERDUE) == 5
    hidden = panel.reminders.total() - len(panel.reminders)  # 5 (more if other kinds overflow)
    assert hidden >= 5 and f"The nearest 3 of each kind are listed, and {hidden} more." in text


def test_done_snooze_and_dismiss_leave_the_list_and_a_group_goes_at_once(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.visits.reminders import ReminderPanel

    sd = seed(ctx.db)
    today = clock.today()
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        bank.last_visit_on = today - timedelta(days=30)  # a revisit is due
        bank.last_touch_at = clock.local_now() - timedelta(days=30)
        s.add_all(
            Commitment(account_id=bank.id, side=Side.US, text=f"承诺{i}", due_on=today - timedelta(days=i))
            for i in range(1, 4)
        )
    panel = ReminderPanel(ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    assert set(panel.groups) >= {ReminderKind.COMMITMENT_OVERDUE, ReminderKind.REVISIT_DUE}
    revisit = next(r for r in panel.reminders if r.kind is ReminderKind.REVISIT_DUE)
    panel.select(revisit)
    panel.mark_selected_done()  # not a commitment: done here, off the list
    assert ReminderKind.REVISIT_DUE not in panel.groups
    first = next(r for r in panel.reminders if r.detail == "承诺1")
    panel.select(first)
    panel.snooze_selected("tomorrow")
    assert "承诺1" not in [r.detail for r in panel.reminders]
    panel.tree.setCurrentItem(panel.groups[ReminderKind.COMMITMENT_OVERDUE])  # the group line
    assert panel.dismiss_button.isEnabled() and not panel.done_button.isEnabled()
    panel.dismiss_selected()
    assert not any(r.kind is ReminderKind.COMMITMENT_OVERDUE for r in panel.reminders)
    with clock.frozen_at((today + timedelta(days=1)).isoformat() + "T09:00"):
        panel.refresh()
        assert [r.detail for r in panel.reminders if r.kind is ReminderKind.COMMITMENT_OVERDUE] == ["承诺1"]
