"""The stakeholder-map page through real widgets: add a person, link reports-to,
change an attitude (the box colour follows), drag a box (the position persists),
the map as of a past date, insights, exports and the account panel."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kamdesk import clock
from kamdesk.domain.orgchart import attitude_colours, overlapping_pairs
from kamdesk.domain.stakeholders import BuyingRole, Personality
from kamdesk.services import maps
from kamdesk.services.maps.demo import sample_map
from kamdesk.store.models import Account, Opportunity
from kamdesk.ui.context import AppContext
from kamdesk.ui.stakeholders.page import MapsPage
from kamdesk.ui.stakeholders.person_dialog import PersonDialog


def new_opportunity(ctx: AppContext) -> str:
    with ctx.db.transaction() as s:
        acc = Account(name="华东电力")
        s.add(acc)
        s.flush()
        opp = Opportunity(account_id=acc.id, name="调度系统")
        s.add(opp)
        s.flush()
        return opp.uuid


def open_page(qtbot: QtBot, ctx: AppContext, uuid: str) -> MapsPage:
    page = MapsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.show_record(uuid)
    return page


def fill_and_save(page: MapsPage, fill: object) -> None:
    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        fill(dialog)  # type: ignore[operator]
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = run  # type: ignore[method-assign]


def test_add_a_person_then_a_subordinate_linked_on_the_canvas(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = new_opportunity(ctx)
    page = open_page(qtbot, ctx, uuid)
    assert page.add_button.isEnabled() and page.scene.people == {}

    def gm(d: PersonDialog) -> None:
        assert d.mode_new.isChecked()
        d.name.setText("王总")
        d.title_edit.setText("总经理")
        d.role.set_code(BuyingRole.ECONOMIC)
        d.attitude.setCurrentIndex(d.attitude.findData("B"))
        d.influence.setValue(60)
        d.personality.set_code(Personality.DRIVER)
        assert "强调结果" in d.advice.text()  # the advice shows as it is chosen
        d.man_money.set_value(True)
        d.man_authority.set_value(True)
        d.man_need.set_value(True)
        assert "M+A+N" in d.man_guidance.text()

    fill_and_save(page, gm)
    page.add_person()
    assert len(page.scene.people) == 1
    gm_uuid = next(iter(page.scene.people))
    assert page.scene.people[gm_uuid].person.name == "王总"

    fill_and_save(page, lambda d: (d.name.setText("李工"), d.influence.setValue(40)))
    page.add_person()
    engineer = next(k for k in page.scene.people if k != gm_uuid)
    # drag from the engineer's link handle onto the GM's box
    handle = page.scene.people[engineer].handle
    assert handle is not None
    page.view.fit()
    QApplication.processEvents()
    viewport = page.view.viewport()
    start = page.view.mapFromScene(handle.scenePos())
    target = page.view.mapFromScene(page.scene.people[gm_uuid].sceneBoundingRect().center())
    drag(viewport, start, target)
    assert page.snapshot is not None and page.snapshot.parent_of()[engineer] == gm_uuid
    assert maps.load_map(ctx.db, uuid).parent_of()[engineer] == gm_uuid
    assert len(page.scene._edges) == 1


def drag(viewport: object, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)  # type: ignore[arg-type]
    steps = 6
    for i in range(1, steps + 1):
        p = QPointF(start + (end - start) * i / steps)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            p,
            viewport.mapToGlobal(p),  # type: ignore[attr-defined]
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)  # type: ignore[arg-type]
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)  # type: ignore[arg-type]


def test_changing_the_attitude_recolours_the_box(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    assert page.snapshot is not None
    key = next(p.uuid for p in page.snapshot.people if p.name == "王建国")
    assert page.scene.people[key].fill_colour().name() == attitude_colours("B")[1]
    menu = page.person_menu(key)
    assert menu is not None
    attitude_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in attitude_menu.actions() if a.text().startswith("E ")).trigger()
    assert page.scene.people[key].fill_colour().name() == attitude_colours("E")[1]
    assert page.scene.people[key].corner == "C→E↓"
    page.scene.select_person(key)
    assert "E" in page.history.item(0).text() and page.timeline.entries[-1].to_level == "E"


def test_the_page_redraws_its_own_change_once_and_anothers_change_again(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    ctx.hub.changed.connect(page.on_changed)  # as the main window wires it
    assert page.snapshot is not None
    key = next(p.uuid for p in page.snapshot.people if p.name == "王建国")
    reloads: list[int] = []
    real_reload = page.reload
    monkeypatch.setattr(page, "reload", lambda *a, **k: (reloads.append(1), real_reload(*a, **k))[1])
    assert page.set_attitude(key, "E")  # published with the page as initiator: no second reload
    assert len(reloads) == 1
    ctx.hub.publish(maps.set_attitude(ctx.db, key, "A").changes)  # another view's change
    assert len(reloads) == 2
    assert page.scene.people[key].fill_colour().name() == attitude_colours("A")[1]


def test_dragging_a_box_saves_its_position_for_the_next_session(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    page.view.resetTransform()
    assert page.snapshot is not None
    key = next(p.uuid for p in page.snapshot.people if p.name == "罗斌")
    item = page.scene.people[key]
    page.view.centerOn(item)
    QApplication.processEvents()
    before = item.pos()
    start = page.view.mapFromScene(item.sceneBoundingRect().center() + QPointF(0, 20))
    drag(page.view.viewport(), start, start + QPoint(120, 90))
    moved = item.pos()
    assert (moved - before).manhattanLength() > 150
    qtbot.waitUntil(lambda: not page._pending, timeout=3000)
    saved = {p.uuid: p.position for p in maps.load_map(ctx.db, uuid).people}
    assert saved[key] == pytest.approx((moved.x(), moved.y()))
    assert all(pos is not None for pos in saved.values())  # the whole arrangement is kept
    again = open_page(qtbot, ctx, uuid)
    assert again.scene.people[key].pos() == moved


def test_map_as_of_a_past_date_is_read_only_and_shows_old_attitudes(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    day = clock.today() - timedelta(days=100)
    page.as_of_date.setDate(day)
    page.as_of_check.setChecked(True)
    assert page.snapshot is not None and page.snapshot.read_only
    assert not page.add_button.isEnabled()
    cio = next(p for p in page.snapshot.people if p.name == "张伟")
    assert cio.attitude is not None and cio.attitude.code == "B"
    item = page.scene.people[cio.uuid]
    assert not item.flags() & item.GraphicsItemFlag.ItemIsMovable and item.handle is None
    assert page.person_menu(cio.uuid) is None
    page.as_of_check.setChecked(False)
    assert page.add_button.isEnabled()


def test_clicking_an_insight_highlights_its_person(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    # first the key decision maker (the largest weight), clickable like an insight
    assert page.insights.item(0).text() == "★ 关键决策者：王建国（影响项目的比重30%，经济买家）"
    page._insight_clicked(page.insights.item(0))
    assert page.snapshot is not None
    gm = next(p.uuid for p in page.snapshot.people if p.name == "王建国")
    assert page.scene.selected_person() == gm and page.scene.people[gm].name == "★ 王建国"
    item = page.insights.item(1)
    assert "张伟" in item.text()
    page._insight_clicked(item)
    assert page.snapshot is not None
    cio = next(p.uuid for p in page.snapshot.people if p.name == "张伟")
    assert page.scene.selected_person() == cio and page.scene.people[cio].highlighted
    assert "张伟" in page.person_label.text()


def test_dialog_refuses_a_reports_to_loop_and_keeps_the_input(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    snapshot = maps.load_map(ctx.db, uuid)
    gm = next(p for p in snapshot.people if p.name == "王建国")
    ops = next(p for p in snapshot.people if p.name == "何军")
    dialog = PersonDialog(ctx, snapshot, gm)
    qtbot.addWidget(dialog)
    dialog.reports_to.setCurrentIndex(dialog.reports_to.findData(ops.uuid))
    dialog.notes.setPlainText("不要丢")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "circle" in dialog.error.text() and "王建国" in dialog.error.text()
    assert dialog.notes.toPlainText() == "不要丢"
    assert maps.load_map(ctx.db, uuid).person(gm.uuid).reports_to is None  # type: ignore[union-attr]


def test_export_png_pdf_and_print_from_the_page(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage, QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from kamdesk.ui.widgets.pdf_print import PdfPages, preview_widget

    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    png = page.export_png(tmp_path / "map.png")
    assert png is not None and QImage(str(png)).width() > 1500
    pdf = page.export_pdf(tmp_path / "map.pdf")
    assert pdf is not None
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "王建国" in text
    dialog = page.print_dialog(include_private=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    preview = preview_widget(dialog)
    preview.updatePreview()
    assert preview.pageCount() == len(PdfPages(pdf.read_bytes())) >= 2
    printer: QPrinter = dialog.printer_ref  # type: ignore[attr-defined]
    assert printer.pageLayout().orientation() is QPageLayout.Orientation.Landscape


def test_fifteen_person_canvas_has_no_overlapping_boxes(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    boxes = [i.box() for i in (*page.scene.people.values(), *page.scene.ours.values())]
    assert len(boxes) == 18 and overlapping_pairs(boxes) == []


def test_account_panel_lists_maps_and_insights(qtbot: QtBot, ctx: AppContext) -> None:
    from kamdesk.ui.stakeholders.account_panel import AccountMapPanel

    uuid = sample_map(ctx.db, 15)
    account = maps.load_map(ctx.db, uuid).account_uuid
    panel = AccountMapPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_account(account)
    assert panel.maps.topLevelItemCount() == 1
    assert any("张伟" in panel.insights.item(i).text() for i in range(panel.insights.count()))
    with qtbot.waitSignal(ctx.hub.navigate) as blocker:
        panel.open_map()
    assert blocker.args == ["maps", uuid]


def test_our_person_covering_someone_gets_a_box_and_a_line(qtbot: QtBot, ctx: AppContext) -> None:
    from kamdesk.ui.stakeholders.our_people import OurPersonDialog

    uuid = new_opportunity(ctx)
    page = open_page(qtbot, ctx, uuid)
    fill_and_save(page, lambda d: (d.name.setText("王总"), d.influence.setValue(100)))
    page.add_person()
    gm = next(iter(page.scene.people))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, OurPersonDialog)
        dialog.name.setText("黄总监")
        dialog.title_edit.setText("销售总监")
        dialog.covers.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    page.run_dialog = fill  # type: ignore[method-assign]
    page.edit_our_people()
    assert len(page.scene.ours) == 1 and len(page.scene._cover) == 1
    ours = next(iter(page.scene.ours.values()))
    assert ours.name == "黄总监" and ours.box().bottom < page.scene.people[gm].box().y
    assert page.snapshot is not None and page.snapshot.person(gm).covered_by  # type: ignore[union-attr]


def test_delete_key_removes_the_selected_person_after_asking(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.ui.widgets import messages

    uuid = sample_map(ctx.db, 15)
    page = open_page(qtbot, ctx, uuid)
    assert page.snapshot is not None
    key = next(p.uuid for p in page.snapshot.people if p.name == "罗斌")
    page.scene.select_person(key)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: False)
    page._delete_selected()
    assert key in page.scene.people
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    page._delete_selected()
    assert key not in page.scene.people and len(maps.load_map(ctx.db, uuid).people) == 14


def test_person_dialog_shows_the_weight_total_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    uuid = sample_map(ctx.db, 15)
    snapshot = maps.load_map(ctx.db, uuid)
    dialog = PersonDialog(ctx, snapshot, None)
    qtbot.addWidget(dialog)
    dialog.influence.setValue(10)
    assert "110%" in dialog.weights_hint.text()
    dialog.influence.setValue(0)
    assert "100%" in dialog.weights_hint.text()


def test_long_hint_is_elided_and_leaves_the_insights_panel_readable(qtbot: QtBot, ctx: AppContext) -> None:
    """In English the canvas hint is wider than the legend row: it used to force the
    centre wider and squeeze the insights to one word a line (~95 px)."""
    from PySide6.QtWidgets import QWidget

    from kamdesk.ui.widgets.elided import ElidedLabel

    page = open_page(qtbot, ctx, sample_map(ctx.db))
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    side = page.findChild(QWidget, "mapSide")
    hint = page.findChild(ElidedLabel, "mapHint")
    assert side is not None and hint is not None
    assert side.width() >= 220
    assert hint.shown_text().endswith("…")  # cut with an ellipsis, whole text in the tooltip
    assert hint.toolTip().startswith("Drag boxes to arrange")


def test_person_dialog_labels_are_not_squeezed(qtbot: QtBot, ctx: AppContext) -> None:
    """A fixed 620 px minimum let the English form labels ("Relationship depth")
    be cut; the dialog is now at least as wide as its layout needs."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    snapshot = maps.load_map(ctx.db, sample_map(ctx.db, 15))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_font = app.font()
    big = QFont(old_font)
    big.setPointSizeF(old_font.pointSizeF() * 1.4)  # like the app's CJK font at 10 pt and up
    app.setFont(big)
    try:
        dialog = PersonDialog(ctx, snapshot, None)
    finally:
        app.setFont(old_font)
    dialog.setFont(big)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    layout = dialog.layout()
    assert layout is not None
    assert dialog.width() >= layout.minimumSize().width()  # nothing squeezed below what it needs
    labels = [w for w in dialog.findChildren(QLabel) if w.text() and not w.wordWrap()]
    for label in labels:
        assert label.width() >= label.minimumSizeHint().width(), label.text()
