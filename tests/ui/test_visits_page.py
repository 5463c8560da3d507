from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from sqlalchemy import select

from kamdesk import clock
from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.services import visits as svc
from kamdesk.services.visits.calendar import list_visits
from kamdesk.store.models import AttitudeChange, Commitment, ContactLog
from kamdesk.ui.context import AppContext
from kamdesk.ui.visits.editor import PlanEditor
from kamdesk.ui.visits.outcome import OutcomeDialog
from kamdesk.ui.visits.pack_scope import PackScopeDialog
from kamdesk.ui.visits.page import VisitsPage
from tests.services.visit_seed import seed

TZ = svc.local_tz()


def _next_monday() -> date:
    today = clock.today()
    return today + timedelta(days=7 - today.weekday())


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(value.replace(tzinfo=None))


def test_plan_a_visit_through_the_editor(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    editor = PlanEditor(ctx, account_uuid=sd.account)
    qtbot.addWidget(editor)
    monday = _next_monday()
    editor.starts.setDateTime(_qdt(_at(monday, 10)))
    editor.ends.setDateTime(_qdt(_at(monday, 11, 30)))
    editor.check_contact(sd.zheng)
    editor.check_contact(sd.huang)
    editor.people.ours.item(0).setCheckState(Qt.CheckState.Checked)
    editor.final_objective.insertPlainText("回访中心转网至我司")  # QTest cannot type CJK
    editor.commitment_to_ask.insert("下周安排技术交流")
    editor.prep.resources.item(0).setCheckState(Qt.CheckState.Checked)
    editor.prep.fab.add_row(["双路由", "不断线", "全年不中断"])
    editor.prep.spin_edits[list(editor.prep.spin_edits)[1]].setPlainText("上月掉线几次？")
    assert editor.opportunity.currentData() == sd.opportunity  # the account's only open opportunity
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted
    v = svc.get_visit(ctx.db, editor.saved_uuid or "")
    assert v.starts_at == _at(monday, 10) and v.ends_at == _at(monday, 11, 30)
    assert {a.name for a in v.attendees} == {"郑师超", "黄艾香", "林山"}
    assert v.final_objective == "回访中心转网至我司" and v.resources[0].ready
    assert v.fab_points[0].benefit == "全年不中断"
    assert v.opportunity_uuid == sd.opportunity


def test_editor_refuses_end_before_start_at_the_field_and_keeps_input(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    editor = PlanEditor(ctx, account_uuid=sd.account)
    qtbot.addWidget(editor)
    editor.show()
    monday = _next_monday()
    editor.starts.setDateTime(_qdt(_at(monday, 10)))
    editor.ends.setDateTime(_qdt(_at(monday, 9)))
    qtbot.keyClicks(editor.place, " 12F")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.errors["ends_at"].isVisible() and editor.errors["ends_at"].text()
    assert editor.place.text().endswith("12F")
    assert list_visits(ctx.db) == []


def test_editor_warns_for_a_past_date_and_refuses_a_foreign_contact(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    editor = PlanEditor(ctx, account_uuid=sd.account)
    qtbot.addWidget(editor)
    editor.show()
    past = clock.today() - timedelta(days=3)
    editor.starts.setDateTime(_qdt(_at(past, 10)))
    editor.ends.setDateTime(_qdt(_at(past, 11)))
    editor.live_check()
    assert editor.warning.isVisible()
    # a contact of another account slipped into the list: refused, named at the field
    real = editor.visit_input

    def with_stranger() -> svc.VisitInput:
        inp = real()
        return svc.VisitInput(
            **{**inp.__dict__, "attendees": [svc.AttendeeInput(Side.THEM, contact_uuid=sd.stranger)]}
        )

    monkeypatch.setattr(editor, "visit_input", with_stranger)
    editor.save()
    assert "唐军" in editor.errors["attendees"].text()
    assert list_visits(ctx.db) == []


def _planned(ctx: AppContext, sd, day: date) -> str:  # type: ignore[no-untyped-def]
    return svc.plan_visit(
        ctx.db,
        svc.VisitInput(
            account_uuid=sd.account,
            starts_at=_at(day, 10),
            ends_at=_at(day, 11),
            attendees=[svc.AttendeeInput(Side.THEM, contact_uuid=sd.zheng)],
            commitment_to_ask="下周安排技术交流",
        ),
    ).value.uuid


def test_log_outcome_through_the_dialog(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    monday = _next_monday()
    uuid = _planned(ctx, sd, monday)
    dialog = OutcomeDialog(ctx, uuid)
    qtbot.addWidget(dialog)
    dialog.outcome.insertPlainText("同意安排线路测试")
    dialog.set_attitude(sd.zheng, "A")
    dialog.add_commitment(Side.US, "带合同审阅", "林山", monday + timedelta(days=5))
    dialog.next_on.set_date_value(monday + timedelta(days=14))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    v = svc.get_visit(ctx.db, uuid)
    assert v.status is VisitStatus.DONE and v.outcome == "同意安排线路测试"
    with ctx.db.reading() as s:
        change = s.execute(select(AttitudeChange).where(AttitudeChange.source == "visit")).scalar_one()
        assert (change.from_level, change.to_level) == ("B", "A")
        texts = sorted(c.text for c in s.execute(select(Commitment)).scalars())
        assert texts == ["下周安排技术交流", "带合同审阅"]  # the commitment asked for, pre-filled
        assert s.execute(select(ContactLog)).scalar_one().visit_id is not None
    assert dialog.next_uuid is not None
    assert svc.get_visit(ctx.db, dialog.next_uuid).starts_at.date() == monday + timedelta(days=14)


def test_outcome_without_text_is_refused_at_the_field(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    uuid = _planned(ctx, sd, _next_monday())
    dialog = OutcomeDialog(ctx, uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.errors["outcome"].isVisible()
    assert svc.get_visit(ctx.db, uuid).status is VisitStatus.PLANNED


def _mouse(widget, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:  # type: ignore[no-untyped-def]
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_drag_a_visit_to_another_day_and_time_reschedules_it(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    monday = _next_monday()
    uuid = _planned(ctx, sd, monday)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    ctx.hub.changed.connect(page.on_changed)
    page.resize(1280, 800)
    page.show()
    page.go_to(monday)
    cal = page.calendar
    QApplication.processEvents()
    cal.repaint()
    rect = cal.visit_rect(uuid)
    assert rect is not None
    start = rect.center()
    target = QPointF(cal.point_for(_at(monday + timedelta(days=2), 14)))
    _mouse(cal, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(cal, QEvent.Type.MouseMove, (start + target) / 2, Qt.MouseButton.LeftButton)
    _mouse(cal, QEvent.Type.MouseMove, target, Qt.MouseButton.LeftButton)
    _mouse(cal, QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.NoButton)
    v = svc.get_visit(ctx.db, uuid)
    moved = v.starts_at.astimezone(TZ)
    assert moved.date() == monday + timedelta(days=2)
    # the block was grabbed at its middle, so the start lands near 14:00 (15-minute steps)
    assert abs((moved - _at(monday + timedelta(days=2), 14)).total_seconds()) <= 45 * 60
    assert v.ends_at is not None and v.ends_at - v.starts_at == timedelta(hours=1)
    assert cal.visit_rect(uuid) is not None  # the calendar was refreshed


def test_month_view_and_list_show_the_visits(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    monday = _next_monday()
    uuid = _planned(ctx, sd, monday)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.go_to(monday)
    page.month_button.setChecked(True)
    QApplication.processEvents()
    page.calendar.repaint()
    assert page.calendar.visit_rect(uuid) is not None
    page.tabs.setCurrentIndex(1)
    assert page.visit_list.list_model.rowCount() == 1
    page.visit_list.search.setText("烟草")
    page.visit_list.search.flush()
    assert page.visit_list.list_model.rowCount() == 0
    page.visit_list.search.setText("浦发")
    page.visit_list.search.flush()
    assert page.visit_list.list_model.rowCount() == 1


def test_show_record_with_an_account_opens_a_new_plan(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    seen: list[QDialog] = []
    monkeypatch.setattr(page, "_exec", lambda d: seen.append(d) or QDialog.DialogCode.Rejected)
    page.show_record(sd.account)
    assert isinstance(seen[0], PlanEditor) and seen[0].account.currentData() == sd.account
    uuid = _planned(ctx, sd, _next_monday())
    page.show_record(uuid)
    assert isinstance(seen[1], PlanEditor) and seen[1].visit_uuid == uuid


def test_exports_from_the_page(qtbot, ctx: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.widgets import messages

    sd = seed(ctx.db)
    monday = _next_monday()
    _planned(ctx, sd, monday)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.go_to(monday)
    monkeypatch.setattr(messages, "show_info", lambda *a: None)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: False)
    monkeypatch.setattr(page, "_ask_save_path", lambda title, name, pattern: str(tmp_path / name))
    ics = page.export_ics()
    assert ics is not None and b"BEGIN:VEVENT" in ics.read_bytes()

    def whole_week(dialog: QDialog) -> int:
        assert isinstance(dialog, PackScopeDialog) and dialog.tomorrow.isChecked()  # the default
        dialog.calendar.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "_exec", whole_week)
    pdf = page.export_pack()
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_print_preview_shows_the_packs_pdf_one_page_per_visit_plus_itinerary(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.visits.printing import pack_pdf, pack_preview
    from kamdesk.ui.widgets.pdf_print import PdfPages, preview_widget
    from tests.reports.pdfutil import pdf_text
    from tests.ui.test_pdf_print import dark_share

    sd = seed(ctx.db)
    monday = _next_monday()
    _planned(ctx, sd, monday)
    _planned(ctx, sd, monday + timedelta(days=1))
    printed = tmp_path / "pack.pdf"
    printed.write_bytes(pack_pdf(ctx.db, monday, 7, "zh"))
    assert "拜访计划与销售进度管理" in pdf_text(printed) and "郑师超" in pdf_text(printed)
    pdf = PdfPages(printed.read_bytes())
    assert len(pdf) == 3
    dialog = pack_preview(None, ctx.db, monday, 7, "zh", title="pack")
    qtbot.addWidget(dialog)
    preview = preview_widget(dialog)
    preview.updatePreview()
    assert preview.pageCount() == len(pdf)
    assert dark_share(pdf.image(1, 40)) > 0.01


def test_overlapping_visits_share_the_column_only_while_they_overlap() -> None:
    from kamdesk.domain.visits import VisitKind
    from kamdesk.services.visits.calendar import VisitRow
    from kamdesk.ui.visits.calendar_view import layout_lanes

    day = _next_monday()

    def row(uuid: str, h: int, m: int, minutes: int) -> VisitRow:
        start = _at(day, h, m)
        return VisitRow(
            uuid,
            "a",
            "甲",
            start,
            start + timedelta(minutes=minutes),
            VisitStatus.PLANNED,
            VisitKind.REVISIT,
            None,
            None,
            None,
        )

    placed = {
        r.uuid: (lane, n)
        for r, lane, n in layout_lanes([row("a", 9, 0, 60), row("b", 9, 30, 60), row("c", 14, 0, 60)])
    }
    assert placed == {"a": (0, 2), "b": (1, 2), "c": (0, 1)}


def test_cancel_and_restore_from_the_page(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.widgets import messages

    sd = seed(ctx.db)
    uuid = _planned(ctx, sd, _next_monday())
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    ctx.hub.changed.connect(page.on_changed)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    page.select_visit(uuid)
    assert page.cancel_button.isEnabled() and page.log_button.isEnabled()
    page.cancel_button.click()
    assert svc.get_visit(ctx.db, uuid).status is VisitStatus.CANCELLED
    assert not page.log_button.isEnabled()
    page.cancel_button.click()  # now "Restore visit"
    assert svc.get_visit(ctx.db, uuid).status is VisitStatus.PLANNED


def test_print_preview_from_the_page_shows_without_crashing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """QPrintPreviewDialog does not own its printer: the page's preview must keep
    it alive (a freed printer crashed the app when the dialog was shown)."""
    import gc

    from PySide6.QtPrintSupport import QPrintPreviewDialog

    sd = seed(ctx.db)
    monday = _next_monday()
    _planned(ctx, sd, monday)
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.go_to(monday)
    shown: list[int] = []

    def run(dialog: QDialog) -> int:
        if isinstance(dialog, PackScopeDialog):
            dialog.calendar.setChecked(True)
            return QDialog.DialogCode.Accepted
        gc.collect()
        dialog.show()
        QApplication.processEvents()
        shown.append(1)
        dialog.reject()
        return 0

    page._exec = run  # type: ignore[method-assign]
    page.print_preview()
    assert shown == [1]
    assert isinstance(page.last_dialog, QPrintPreviewDialog)


def test_outcome_of_a_visit_planned_later_moves_it_to_the_day_it_took_place(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A visit planned for next week but made today: the dialog asks the day it
    took place (today by default) instead of setting the last visit in the future."""
    from kamdesk.store.models import Account

    sd = seed(ctx.db)
    later = _next_monday() + timedelta(days=7)
    uuid = _planned(ctx, sd, later)
    dialog = OutcomeDialog(ctx, uuid)
    qtbot.addWidget(dialog)
    assert dialog.held_on is not None and dialog.held_on.date_value() == clock.today()
    dialog.outcome.insertPlainText("提前拜访，谈了报价")
    dialog.plan_next.setChecked(False)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    v = svc.get_visit(ctx.db, uuid)
    assert v.status is VisitStatus.DONE
    assert v.starts_at.astimezone(TZ).date() == clock.today() and v.starts_at.astimezone(TZ).hour == 10
    with ctx.db.reading() as s:
        last = s.execute(select(Account.last_visit_on).where(Account.uuid == sd.account)).scalar_one()
    assert last == clock.today()


def test_outcome_of_a_past_visit_asks_no_day(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    sd = seed(ctx.db)
    uuid = _planned(ctx, sd, clock.today())
    dialog = OutcomeDialog(ctx, uuid)
    qtbot.addWidget(dialog)
    assert dialog.held_on is None


def test_a_narrow_visit_block_shows_its_time_never_a_lone_ellipsis(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Four overlapping visits in one day column left blocks ~25 px wide that
    showed only "…"; they now show the time (smaller, or the hour)."""
    from PySide6.QtGui import QFontMetrics

    from kamdesk.domain.visits import VisitKind
    from kamdesk.services.visits.calendar import VisitRow
    from kamdesk.ui.visits.calendar_view import CalendarView

    view = CalendarView(tz=TZ)
    qtbot.addWidget(view)
    start = _at(_next_monday(), 10, 35)
    row = VisitRow(
        "a", "acc", "合肥第一人民医院", start, start + timedelta(minutes=60),
        VisitStatus.DONE, VisitKind.REVISIT, "合肥庐阳区客户办公室", None, None,
    )  # fmt: skip
    fm = QFontMetrics(view.font())
    for width in (18.0, 26.0, 40.0, 120.0, 220.0):
        lines = view.block_lines(row, width, fm)
        assert lines.texts, width
        assert "…" not in lines.texts
        assert lines.texts[0].startswith("10"), (width, lines.texts)
    wide = view.block_lines(row, 220.0, fm)
    assert not wide.small and "10:35" in wide.texts[0]
    assert view.block_lines(row, 26.0, fm).small


def test_editor_lists_use_the_languages_punctuation(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """English showed "兰州三元公交集团（兰州）" with Chinese brackets."""
    from kamdesk.ui.visits.fields import list_sep, with_detail

    assert with_detail("兰州三元公交集团", "兰州", "en") == "兰州三元公交集团 (兰州)"
    assert with_detail("兰州三元公交集团", "兰州", "zh") == "兰州三元公交集团（兰州）"
    assert with_detail("甲", None, "en") == "甲"
    assert list_sep("en") == ", " and list_sep("zh") == "、"
    sd = seed(ctx.db)
    ctx.lang = "en"
    editor = PlanEditor(ctx, account_uuid=sd.account)
    qtbot.addWidget(editor)
    texts = [editor.account.itemText(i) for i in range(editor.account.count())]
    assert texts and not any("（" in t for t in texts)


def test_accounts_to_visit_filter_by_name_and_plan_the_shown_one(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import update

    from kamdesk.store.models import Account

    sd = seed(ctx.db)
    long_ago = clock.today() - timedelta(days=400)
    with ctx.db.transaction() as s:
        s.execute(
            update(Account).values(
                last_visit_on=long_ago, last_touch_at=clock.now().astimezone(TZ) - timedelta(days=400)
            )
        )
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    names = [page.to_visit.todo.item(i).data(257) for i in range(page.to_visit.todo.count())]
    assert names, names
    target = names[-1]
    page.to_visit.todo_filter.setText(target[:3])
    shown = [
        page.to_visit.todo.item(i).data(257)
        for i in range(page.to_visit.todo.count())
        if not page.to_visit.todo.item(i).isHidden()
    ]
    assert target in shown and all(target[:3].casefold() in n.casefold() for n in shown)
    planned: list[str | None] = []
    page.plan_visit = lambda *, account_uuid=None, start=None: planned.append(account_uuid)  # type: ignore[method-assign]
    page.to_visit.plan_current()
    uuid_of = {
        page.to_visit.todo.item(i).data(257): page.to_visit.todo.item(i).data(256)
        for i in range(page.to_visit.todo.count())
    }
    assert planned == [uuid_of[shown[0]]]
    page.to_visit.todo_filter.setText("没有这个客户")
    assert not page.to_visit.todo_plan.isEnabled()
    assert sd.account in uuid_of.values()


def test_editor_datetime_round_trips_through_qdatetime_in_local_time() -> None:
    from kamdesk.ui.visits.fields import from_qdatetime, to_qdatetime

    start = _at(_next_monday(), 9, 30)
    q = to_qdatetime(start)
    assert (q.time().hour(), q.time().minute()) == (9, 30)
    assert from_qdatetime(q) == start
