"""On the board and in the opportunity list a long Chinese name shows whole
(wrapped over as many lines as it needs) so "宁波卷烟厂数字化…" and
"宁波卷烟厂ERP…" can be told apart, the value type and opening read as
words, and every date has one format (yyyy-mm-dd), at a 1366×768 window."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kamdesk.domain.matrix import Lead, Territory
from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.store.models import Account, Rep
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities.cards import CARD_ROLE, CardLayout, wrap_lines
from kamdesk.ui.opportunities.page import OpportunitiesPage

LONG = "宁波卷烟厂数字化车间智能仓储系统二期扩容"  # 20 characters
SIBLING = "宁波卷烟厂ERP系统实施建设一期项目升级改造"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# a 1366 px window less the navigation bar and margins
PAGE_SIZE = (1190, 660)


@pytest.fixture
def page(qtbot: Any, db: Any, app_font: str, request: pytest.FixtureRequest) -> OpportunitiesPage:
    assert len(LONG) == 20
    lang = getattr(request, "param", "zh")
    ctx = AppContext(db=db, lang=lang)
    with db.transaction() as s:
        s.add(Rep(name="王磊", is_me=True))
        acc = Account(name="宁波卷烟厂", initials="nbjyc", sort_key="ning bo")
        s.add(acc)
        s.flush()
        account = acc.uuid
    for name, stage, close in (
        (LONG, Stage.E, date(2026, 4, 26)),
        (SIBLING, Stage.E, date(2027, 2, 16)),
        ("年度维护", Stage.A, date(2027, 12, 1)),
    ):
        ops.create_opportunity(
            db,
            account=account,
            name=name,
            stage=stage,
            amount=1_200_000,
            expected_close=close,
            short_term_revenue=8,
            long_term_impact=3,
            territory=Territory.THEIRS,
            lead=Lead.WE_LEAD,
        )
    widget = OpportunitiesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("page", ["zh", "en"], indirect=True)
def test_board_cards_show_the_whole_name_and_iso_dates(page: OpportunitiesPage) -> None:
    cards = page.board.columns[Stage.E].cards
    shown = {}
    for row in range(cards.count()):
        item = cards.item(row)
        card = item.data(CARD_ROLE)
        rect = cards.visualItemRect(item)
        layout = CardLayout(card, cards.font(), rect.width(), page.ctx.lang)
        assert "".join(layout.name_lines) == card.name.replace(" ", "")  # nothing elided
        assert len(layout.name_lines) >= 2  # 20 characters do not fit one line of a card
        assert rect.height() >= layout.height  # the card is as tall as its lines
        shown[card.name] = layout
        assert ISO.match(layout.when), layout.when
    assert shown[LONG].name_lines[0] != "" and set(shown) == {LONG, SIBLING}
    assert shown[LONG].when == "2026-04-26" and shown[SIBLING].when == "2027-02-16"


def test_list_rows_hold_the_whole_name_and_words_for_value_type_and_opening(page: OpportunitiesPage) -> None:
    page.tabs.setCurrentIndex(1)
    page.refresh()
    model, table = page.model, page.table
    name_col, close_col = model.column_of("name"), model.column_of("expected_close")
    width = table.columnWidth(name_col) - 8  # the cell's text margins
    row_height = table.rowHeight(0)
    names = []
    for row in range(model.rowCount()):
        name = str(model.index(row, name_col).data())
        lines = wrap_lines(name, table.font(), width)
        assert "".join(lines) == name
        assert len(lines) * table.fontMetrics().lineSpacing() <= row_height, name
        names.append(name)
        assert ISO.match(str(model.index(row, close_col).data()))
    assert LONG in names and SIBLING in names
    value_type = str(model.index(0, model.column_of("value_type")).data())
    opening = model.index(0, model.column_of("nine_grid"))
    assert value_type == "业务大、影响小"
    assert opening.data() == "敌方地盘 · 我方领先"
    assert "继续找全对手弱点" in str(opening.data(Qt.ItemDataRole.ToolTipRole))
