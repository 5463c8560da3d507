"""The pipeline board fits its eight stage columns (G…S) side by side in the
page area of a 1280 px window, in English as in Chinese: no horizontal scroll,
long English stage names elided with the whole name in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea

from kamdesk.domain.stages import Stage
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities.page import OpportunitiesPage

# a 1280 px window less the navigation side bar and margins (measured: ~1080 px in English)
PAGE_WIDTH = 1060


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_all_eight_stage_columns_fit_a_1280_px_window(qtbot, db, app_font, lang) -> None:  # type: ignore[no-untyped-def]
    page = OpportunitiesPage(AppContext(db=db, lang=lang))
    qtbot.addWidget(page)
    page.resize(PAGE_WIDTH, 700)
    page.show()
    qtbot.waitExposed(page)
    board = page.board
    scroll = board.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    viewport = scroll.viewport().width()
    right = board.columns[Stage.S].geometry().right()
    assert right <= viewport
    widths = [col.width() for col in board.columns.values()]
    assert max(widths) - min(widths) <= 2  # the columns share the width
    title = board.columns[Stage.C].title
    assert title.text() == f"C {Stage.C.label(lang)}"  # elided only when painted
    assert title.toolTip().startswith(title.text())


def test_english_stage_names_wrap_onto_a_second_line(qtbot, ctx_en, app_font) -> None:  # type: ignore[no-untyped-def]
    page = OpportunitiesPage(ctx_en)
    qtbot.addWidget(page)
    title = page.board.columns[Stage.G].title
    assert title.text() == "G Account planning, phone appointment"
    lines = title.shown_lines(title.fontMetrics().horizontalAdvance("G Account planning,"))
    assert lines[0] == "G Account planning,"
    assert len(lines) == 2 and lines[1].startswith("phone")
    assert title.minimumSizeHint().height() > 2 * title.fontMetrics().height()
