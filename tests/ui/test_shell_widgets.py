"""Shared widgets: search debounce, code combo, optional date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from kamdesk.domain.stages import Stage
from kamdesk.ui.widgets.coded import CodeCombo
from kamdesk.ui.widgets.dates import OptionalDateEdit
from kamdesk.ui.widgets.icons import icon
from kamdesk.ui.widgets.search import SearchLineEdit


def test_search_emits_once_after_typing_pauses(qtbot: Any) -> None:
    box = SearchLineEdit(delay_ms=100)
    qtbot.addWidget(box)
    seen: list[str] = []
    box.search_changed.connect(seen.append)
    qtbot.keyClicks(box, "yancao")
    qtbot.waitUntil(lambda: seen == ["yancao"], timeout=2000)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert seen == ["yancao", ""]


def test_search_enter_emits_at_once_and_not_twice(qtbot: Any) -> None:
    box = SearchLineEdit(delay_ms=10_000)
    qtbot.addWidget(box)
    seen: list[str] = []
    box.search_changed.connect(seen.append)
    box.setText(" 烟草 ")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    box.flush()
    assert seen == ["烟草"]


def test_code_combo_labels_follow_language_and_keep_choice(qtbot: Any) -> None:
    combo: CodeCombo[Stage] = CodeCombo(Stage, lang="zh", blank=True)
    qtbot.addWidget(combo)
    assert combo.code() is None
    combo.set_code(Stage("C"))
    assert combo.code() == Stage("C")
    assert Stage("C").zh in combo.currentText()
    combo.set_lang("en")
    assert combo.code() == Stage("C")
    assert Stage("C").en in combo.currentText()
    combo.set_code(None)
    assert combo.code() is None


def test_optional_date_can_be_empty(qtbot: Any) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.date_value() is None
    seen: list[object] = []
    edit.date_value_changed.connect(seen.append)
    edit.set_date_value(dt.date(2026, 3, 5))
    assert edit.date_value() == dt.date(2026, 3, 5)
    edit.clear_date()
    assert edit.date_value() is None
    assert seen == [dt.date(2026, 3, 5), None]


def test_every_navigation_icon_exists_and_loads(qapp: Any) -> None:
    from kamdesk.ui.pages import PAGES

    for spec in PAGES:
        assert not icon(spec.icon).isNull(), spec.icon
    assert not icon("app").isNull()


def test_optional_date_clears_with_delete_over_the_whole_text(qtbot: Any) -> None:
    edit = OptionalDateEdit(value=dt.date(2026, 1, 2))
    qtbot.addWidget(edit)
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.date_value() is None
