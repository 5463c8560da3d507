"""The Opportunities page through real widgets: the board (drop a card → the
exit-criteria warning → the move), the editor (bad input kept at the field,
good input saved), the strategy view and targets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from kamdesk.domain.matrix import Lead, Territory
from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.store.models import Account, Rep
from kamdesk.ui.opportunities.board import MIME
from kamdesk.ui.opportunities.editor import OpportunityEditor
from kamdesk.ui.opportunities.page import OpportunitiesPage


@pytest.fixture
def data(ctx):
    with ctx.db.transaction() as s:
        s.add(Rep(name="王磊", is_me=True))
        acc = Account(name="上海烟草工业印刷厂", initials="shycgyysc", sort_key="shang hai")
        s.add(acc)
        s.flush()
        acc_uuid = acc.uuid
    ids = {"account": acc_uuid}
    for name, stage, amount, terr, lead in (
        ("测评软件", Stage.G, 60_000, Territory.OURS, Lead.WE_TRAIL),
        ("培训项目", Stage.C, 100_000, Territory.OURS, Lead.WE_TRAIL),
        ("年度维护", Stage.A, 20_000, Territory.OURS, Lead.WE_TRAIL),
    ):
        ids[name] = ops.create_opportunity(
            ctx.db,
            account=acc_uuid,
            name=name,
            stage=stage,
            amount=amount,
            started_on=date(2026, 11, 2),  # not "today": the close date must stay after it on any day
            expected_close=date(2026, 12, 20),
            short_term_revenue=8,
            long_term_impact=8,
            territory=terr,
            lead=lead,
        ).value.uuid
    return ids


def _drop(page: OpportunitiesPage, uuid: str, stage: Stage) -> None:
    cards = page.board.columns[stage].cards
    mime = QMimeData()
    mime.setData(MIME, uuid.encode())
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    cards.dropEvent(event)


def test_board_shows_stage_columns_with_totals(qtbot, ctx, data):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    assert page.board.card_uuids(Stage.C) == [data["培训项目"]]
    totals = page.board.columns[Stage.C].totals
    assert "10万" in totals.text() and "5万" in totals.text()  # stage C counts 50%
    assert totals.toolTip() == "¥100,000 / ¥50,000"
    assert page.board.columns[Stage.C].title.pct == "50%"


def test_dropping_a_card_warns_and_moves_when_confirmed(qtbot, ctx, data, monkeypatch):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    seen: list[str] = []

    def warning(parent, title, text, *args):
        seen.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", warning)
    _drop(page, data["测评软件"], Stage.F)
    assert seen and "已经符合目标客户的选择标准" in seen[0]
    assert page.board.card_uuids(Stage.F) == [data["测评软件"]]
    history = ops.stage_history(ctx.db, data["测评软件"])
    assert history[-1].to_stage is Stage.F and len(history[-1].unmet_criteria) == 3


def test_declining_the_warning_leaves_the_card(qtbot, ctx, data, monkeypatch):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.No)
    _drop(page, data["测评软件"], Stage.D)
    assert ops.get_opportunity(ctx.db, data["测评软件"]).stage is Stage.G
    assert page.board.card_uuids(Stage.G) == [data["测评软件"]]


def test_list_tab_sorts_and_searches(qtbot, ctx, data):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    assert page.model.total == 3
    page.model.sort(page.model.column_of("weighted"), Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).name == "培训项目"
    page.search.setText("维护")
    page.search.flush()
    assert page.model.total == 1


def test_editor_keeps_bad_input_at_the_field_and_saves_good_input(qtbot, ctx, data):
    editor = OpportunityEditor(ctx, data["测评软件"])
    qtbot.addWidget(editor)
    editor.overview.amount.setText("六万")
    assert editor.save() is False
    assert editor.errors["amount"].isVisibleTo(editor) and "not a number" in editor.errors["amount"].text()
    assert editor.overview.amount.text() == "六万"  # nothing lost
    assert ops.get_opportunity(ctx.db, data["测评软件"]).amount == Decimal("60000.00")

    editor.overview.amount.setText("75,000")
    editor.value.short_term.setValue(3)
    editor.value.long_term.setValue(9)
    assert "2" in editor.value.value_result.text()
    grid = editor.value.nine_grid
    grid.resize(600, 400)
    editor.tabs.setCurrentIndex(3)
    grid.repaint()
    center = grid.cell_rects()["E"].center().toPoint()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(center.x(), center.y()))
    assert grid.selected == "E" and "E" in editor.value.grid_result.text()
    editor.tas.tas_answer[1].setCurrentIndex(editor.tas.tas_answer[1].findData("yes"))
    editor.tas.tas_evidence[1].setPlainText("唐军希望价格更合理")
    assert editor.save() is True
    saved = ops.get_opportunity(ctx.db, data["测评软件"])
    assert (
        saved.amount == Decimal("75000.00") and saved.value_type.code == "2" and saved.nine_grid_cell == "E"
    )
    assert ops.tas_answers(ctx.db, saved.uuid)[0].evidence == "唐军希望价格更合理"


def test_editor_refuses_weights_that_do_not_add_up_to_one(qtbot, ctx, data):
    editor = OpportunityEditor(ctx, data["测评软件"])
    qtbot.addWidget(editor)
    editor.competition.eval_table.item(7, 1).setText("0.05")  # total 0.9
    editor.overview.name.setText("改名不应保存")
    assert editor.save() is False
    assert "0.9" in editor.errors["weights"].text()
    assert ops.get_opportunity(ctx.db, data["测评软件"]).name == "测评软件"


def test_editor_creates_a_new_opportunity(qtbot, ctx, data):
    editor = OpportunityEditor(ctx, None, account=data["account"])
    qtbot.addWidget(editor)
    assert not editor.tabs.isTabEnabled(1)
    editor.overview.name.setText("新系统")
    editor.overview.amount.setText("8000")
    assert editor.save() is True
    assert editor.uuid and editor.tabs.isTabEnabled(1)
    assert ops.get_opportunity(ctx.db, editor.uuid).amount == Decimal("8000.00")


def test_strategy_view_shows_counts_and_the_neglect_warning(qtbot, ctx, data):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.strategy)
    page.strategy.scope.setCurrentIndex(1)  # whole team
    assert page.strategy.nine.counts["A"] == 3
    assert "在老客户的维护上存在问题" in page.strategy.grid_warnings.text()
    # the manager's grid: count and share of every cell, full seed term in the tooltip
    assert page.strategy.nine.tooltip_for("A").startswith("A · 不正常开局（我方地盘、我方落后）")
    assert "3 项，占全部开局的 100%" in page.strategy.nine.tooltip_for("A")
    assert len(page.strategy.matrix.points) == 3
    assert page.strategy.funnel.steps[0].count == 3


def test_targets_view_decomposes_like_the_seed(qtbot, ctx, data):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.targets)
    view = page.targets
    view.kind.setCurrentIndex(view.kind.findData("quarter"))
    view.key.setText("2026-Q4")
    view.normal.setText("100000")
    view.minimum.setText("abc")
    view.save()
    assert view.errors["minimum"].isVisibleTo(view) and not view.rows
    view.minimum.setText("80000")
    view.save()
    assert len(view.rows) == 1
    dec_table = view.decomposition.dec_table
    assert dec_table.item(0, 2).text() == "5" and dec_table.item(0, 5).text() == "40"


def test_show_record_opens_an_account_filter_or_the_editor(qtbot, ctx, data, monkeypatch):
    with ctx.db.transaction() as s:
        other = Account(name="北京银行")
        s.add(other)
        s.flush()
        other_uuid = other.uuid
    ops.create_opportunity(ctx.db, account=other_uuid, name="柜台设备", stage=Stage.G, amount=1000)
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    assert sum(len(page.board.card_uuids(s)) for s in Stage) == 4
    page.show_record(other_uuid)
    assert page.account_chip.isVisibleTo(page) and "北京银行" in page.account_chip.text()
    assert sum(len(page.board.card_uuids(s)) for s in Stage) == 1
    page.account_chip.click()
    assert sum(len(page.board.card_uuids(s)) for s in Stage) == 4
    opened: list[str] = []
    monkeypatch.setattr(page, "open_editor", opened.append)
    page.show_record(data["测评软件"])
    assert opened == [data["测评软件"]]


def test_team_scope_lists_openings_per_rep(qtbot, ctx, data):
    with ctx.db.transaction() as s:
        rep = Rep(name="李娜")
        s.add(rep)
        s.flush()
        rep_uuid = rep.uuid
    ops.create_opportunity(
        ctx.db,
        account=data["account"],
        name="网点改造",
        owner=rep_uuid,
        territory=Territory.OURS,
        lead=Lead.WE_LEAD,
    )
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.strategy)
    page.strategy.scope.setCurrentIndex(1)
    table = page.strategy.per_rep
    assert table.isVisibleTo(page.strategy) and table.rowCount() == 3  # two reps, then the shares
    rows = {table.item(r, 0).text(): r for r in range(2)}
    assert table.item(rows["李娜"], 7).text() == "1"  # column G
    assert table.item(rows["王磊"], 1).text() == "3"  # column A
    assert table.item(2, 1).text() == "3 · 75%"  # 3 of the team's 4 openings are in A
    assert table.item(2, 7).text() == "1 · 25%"
    assert page.strategy.nine.counts["G"] == 1
    warnings = page.strategy.grid_warnings.text()
    assert "在老客户的维护上存在问题" not in warnings  # one G silences "many A, no G"
    assert "问题开局和不正常开局（3个）多于正常开局（1个）" in warnings


def test_closing_the_editor_with_unsaved_changes_asks_first(qtbot, ctx, data, monkeypatch):
    from kamdesk.ui.widgets import messages

    editor = OpportunityEditor(ctx, data["测评软件"])
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.has_unsaved_changes()
    asked: list[str] = []
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: asked.append(a[2]) or False)
    editor.overview.next_steps.setPlainText("下周带合同请客户审阅")
    editor.reject()
    assert asked and editor.isVisible()  # kept open, nothing lost
    assert editor.overview.next_steps.toPlainText() == "下周带合同请客户审阅"
    assert editor.save() is True and not editor.has_unsaved_changes()
    editor.reject()
    assert len(asked) == 1 and not editor.isVisible()


def test_page_in_english_labels_stages_in_english(qtbot, ctx_en):
    with ctx_en.db.transaction() as s:
        acc = Account(name="Acme")
        s.add(acc)
        s.flush()
        acc_uuid = acc.uuid
    ops.create_opportunity(ctx_en.db, account=acc_uuid, name="Assessment", stage=Stage.C, amount=1000)
    page = OpportunitiesPage(ctx_en)
    qtbot.addWidget(page)
    assert page.board.columns[Stage.C].title.text().startswith("C Needs study")
    page.tabs.setCurrentWidget(page.strategy)
    assert page.strategy.funnel.steps[0].label == "Appointment call"


def test_deleting_from_the_editor_asks_then_removes(qtbot, ctx, data, monkeypatch):
    from kamdesk.errors import UserError
    from kamdesk.ui.widgets import messages

    editor = OpportunityEditor(ctx, data["年度维护"])
    qtbot.addWidget(editor)
    answers = iter([False, True])
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: next(answers))
    editor.delete_button.click()
    assert ops.get_opportunity(ctx.db, data["年度维护"]).name == "年度维护"  # declined
    editor.delete_button.click()
    with pytest.raises(UserError):
        ops.get_opportunity(ctx.db, data["年度维护"])


def test_targets_view_opens_on_the_forms_period_with_the_reps_own_average_deal(qtbot, ctx, data, app_font):
    from kamdesk import clock
    from kamdesk.domain.periods import PeriodKind
    from kamdesk.services.opportunities import close_won
    from kamdesk.services.opportunities import targets as tg

    with clock.frozen_at("2026-11-10T10:00+08:00"):
        close_won(ctx.db, data["年度维护"], on=date(2026, 10, 1))
        tg.set_target(ctx.db, period_kind=PeriodKind.MONTH, period_key="2027-01", normal=15_630_000)
        tg.set_target(ctx.db, period_kind=PeriodKind.QUARTER, period_key="2026-Q4", normal=900_000)
        page = OpportunitiesPage(ctx)
        qtbot.addWidget(page)
        page.resize(1190, 660)
        page.show()
        page.tabs.setCurrentWidget(page.targets)
        view = page.targets
        view.refresh()
        # the form says 2026-Q4 and so do the chosen row and the progress
        assert view.key.text() == "2026-Q4"
        assert view._selected().period_key == "2026-Q4"
        assert view.progress_title.text().startswith("2026-Q4")
        # the rep's own average won deal (¥20,000), not the generic ¥6,000
        assert view.decomposition.avg_deal.value() == 20_000
        assert "¥20,000" in view.decomposition.avg_deal_note.text()
        # choosing another target brings the form along
        view.table.selectRow(next(i for i, t in enumerate(view.rows) if t.period_key == "2027-01"))
        assert view.key.text() == "2027-01" and view.normal.text() == "15630000"
        # no saved-target cell is cut short
        fm = view.table.fontMetrics()
        for r in range(view.table.rowCount()):
            for c in range(view.table.columnCount()):
                text = view.table.item(r, c).text()
                assert fm.horizontalAdvance(text) + 6 <= view.table.columnWidth(c), (
                    text
                )  # cell margins 2 × 3 px
