"""The toolbar's Sync button and the conflict list, through the real widgets
(offscreen); the window and the dialog are saved to /tmp/shots21 to look at."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import select

from kamdesk.services.sync import sync
from kamdesk.store.models import Account
from kamdesk.ui.context import AppContext
from tests.sync.helpers import add_account, be

SHOTS = Path(os.environ.get("KAMDESK_SHOTS", "/tmp/shots21"))


def _edit(db, **values):
    with db.transaction() as s:
        acc = s.scalars(select(Account)).one()
        for k, v in values.items():
            setattr(acc, k, v)


def test_sync_button_last_sync_time_and_conflicts_side_by_side(team, laptops, qtbot, qapp, tmp_path):
    from kamdesk.ui.application import install_app_font

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
    font = qapp.font()
    install_app_font(qapp)
    try:
        _run(team, laptops, qtbot)
    finally:
        qapp.setFont(font)


def _run(team, laptops, qtbot):
    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.settings import Settings
    from kamdesk.ui.sync import ConflictsDialog

    a, b, _ = laptops
    be(a, "张伟")
    add_account(a, "上海华信烟草集团有限公司")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    _edit(a, short_name="华信烟草", city="上海")
    _edit(b, short_name="华信集团", city="上海市")
    sync(a, team.url("zhang"))

    win = MainWindow(AppContext(db=b, lang="en"), settings=Settings())
    qtbot.addWidget(win)
    win.resize(1100, 600)
    win.show()
    qtbot.waitExposed(win)
    bar = win.sync_bar
    assert bar.last_label.text().startswith("Last sync: ")
    assert not bar.conflicts_action.isEnabled()
    win.sync_bar.show_conflicts = lambda: None  # type: ignore[method-assign]  # opened below instead
    result = bar.sync_now(url=team.url("zhang"))
    assert result is not None and result.conflicts == 1
    assert bar.conflicts_action.text() == "Conflicts (1)" and bar.conflicts_action.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    win.grab().save(str(SHOTS / "sync_toolbar.png"))

    dialog = ConflictsDialog(win.ctx, win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Field", "Server (stands)", "This laptop (saved)"]
    cells = {
        dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    }
    assert cells == {"Region": ("上海", "上海市"), "Short name": ("华信烟草", "华信集团")}
    dialog.grab().save(str(SHOTS / "sync_conflicts.png"))
    dialog.take_saved.click()  # the rep keeps this laptop's values
    assert dialog.list.count() == 0
    with b.reading() as s:
        acc = s.scalars(select(Account)).one()
        assert (acc.short_name, acc.city) == ("华信集团", "上海市")
    bar.refresh()
    assert bar.conflicts_action.text() == "Conflicts (0)"
