"""Help: F1 opens the offline user guide in the UI language; About reads as
a few formatted lines (the font's copyright file summarised, its full text
on request)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs.about import AboutDialog, font_credit
from kamdesk.ui.dialogs.guide import GuideWindow, guide_path
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.settings import Settings


def test_f1_opens_the_guide_in_the_ui_language(qtbot: Any, ctx: AppContext, settings: Settings) -> None:
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    action = win.actions_by_name["help_guide"]
    assert action.shortcut() == QKeySequence("F1")
    assert win.actions_by_name["help_about"].shortcut().isEmpty()
    action.trigger()
    guide = win._kamdesk_guide  # type: ignore[attr-defined]
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "计划明天的拜访" in text and "F1" in text  # the context's language (zh)
    for lang, words in (
        ("zh_CN", ("计划明天的拜访", "阶段目标", "终极目标", "商机与拜访")),
        ("en", ("Log the outcome",)),
    ):
        page = guide_path(lang).read_text(encoding="utf-8")
        assert all(w in page for w in words), lang
        assert "http" not in page  # offline: no links out


def test_about_is_formatted_not_the_raw_copyright_file(
    qtbot: Any, ctx: AppContext, settings: Settings
) -> None:
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    about = AboutDialog(win)
    qtbot.addWidget(about)
    text = about.text.text()
    assert "WenQuanYi Micro Hei" in text and "Apache-2.0" in text
    assert "Upstream-Contact" not in text and not about.licence.isVisibleTo(about)
    about.licence_button.setChecked(True)
    assert about.licence.isVisibleTo(about) and "Upstream-Name" in about.licence.toPlainText()


def test_font_credit_reads_the_dep5_file() -> None:
    credit = font_credit(
        "Upstream-Name: Some Font\n\nFiles: *\nCopyright: 2008, Someone\n more\nLicense: OFL\n\nFiles: debian/*\nLicense: GPL\n"
    )
    assert credit.name == "Some Font" and credit.copyright == "2008, Someone" and credit.licence == "OFL"
