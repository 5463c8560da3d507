from __future__ import annotations

from typing import Any

from kamdesk import clock
from kamdesk.services.profile import get_profile
from kamdesk.ui.dialogs.profile import ProfileDialog
from kamdesk.ui.main_window import MainWindow
from tests.ui.test_shell import translators, window  # noqa: F401 - fixtures


def test_profile_dialog_saves_name_manager_and_zone(window: MainWindow, qtbot: Any) -> None:  # noqa: F811
    assert "file_profile" in window.actions_by_name
    dialog = ProfileDialog(window)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("张伟")
    dialog.fields["manager_name"].setText("王建国")
    dialog.zone.setCurrentIndex(dialog.zone.findData("Asia/Shanghai"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = get_profile(window.ctx.db)
    assert (saved.name, saved.manager_name, saved.time_zone) == ("张伟", "王建国", "Asia/Shanghai")
    assert clock.zone_name() == "Asia/Shanghai"


def test_profile_dialog_shows_what_is_wrong_and_stays_open(window: MainWindow, qtbot: Any) -> None:  # noqa: F811
    dialog = ProfileDialog(window)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("")
    dialog.zone.setEditText("Mars/Olympus")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Mars/Olympus" in dialog.error.text() and dialog.error.text().count("\n") == 1
