"""The main window's menu bar. Actions are created once (``build_menus``) and
their texts set in ``retranslate_menus`` so a language switch updates them.

``win.actions_by_name`` maps an object name to its action, e.g.
``"file_backup_now"`` — tests and other code find actions there.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from kamdesk.ui.pages import PAGES

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

#: the languages offered, named in their own language (never translated)
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


def build_menus(win: MainWindow) -> dict[str, QAction]:
    from kamdesk.ui.dialogs import data_ops, database, demo

    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {}

    def add(
        menu: QMenu,
        name: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(win)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        actions[name] = action
        return action

    bar = win.menuBar()
    file_menu = menus["file"] = bar.addMenu("")
    add(file_menu, "file_new_db", lambda: database.new_database_dialog(win))
    add(file_menu, "file_open_db", lambda: database.open_database_dialog(win), "Ctrl+Shift+O")
    recent = menus["recent"] = file_menu.addMenu("")
    recent.setObjectName("menu_recent")
    recent.aboutToShow.connect(lambda: fill_recent_menu(win, recent))
    file_menu.addSeparator()
    add(file_menu, "file_profile", lambda: _profile(win))
    file_menu.addSeparator()
    add(file_menu, "file_backup_now", lambda: data_ops.backup_now(win), "Ctrl+Shift+B")
    add(file_menu, "file_backup_to", lambda: data_ops.backup_to(win))
    add(file_menu, "file_restore", lambda: data_ops.restore_from(win))
    file_menu.addSeparator()
    add(file_menu, "file_import", lambda: data_ops.import_bundle(win))
    add(file_menu, "file_export", lambda: data_ops.export_bundle(win))
    # the manager's way in on a fresh database (the Manager tab shows once one is received)
    add(file_menu, "file_receive", lambda: _receive_submissions(win))
    file_menu.addSeparator()
    # StandardKey.Quit is empty on some platforms (Windows, offscreen): Ctrl+Q everywhere
    quit_action = add(file_menu, "file_quit", win.close, "Ctrl+Q")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    view_menu = menus["view"] = bar.addMenu("")
    go_actions = []
    for i, spec in enumerate(PAGES):
        go = add(view_menu, f"go_{spec.key}", functools.partial(win.show_page, spec.key), f"Ctrl+{i + 1}")
        go_actions.append((go, spec))
    view_menu.addSeparator()
    full = add(
        view_menu, "view_fullscreen", lambda: _toggle_fullscreen(win), QKeySequence.StandardKey.FullScreen
    )
    full.setCheckable(True)
    view_menu.addSeparator()
    language_menu = menus["language"] = view_menu.addMenu("")
    group = QActionGroup(win)
    group.setExclusive(True)
    for lang, name in LANGUAGE_NAMES.items():
        action = add(language_menu, f"lang_{lang}", functools.partial(win.set_language, lang))
        action.setText(name)
        action.setCheckable(True)
        group.addAction(action)

    help_menu = menus["help"] = bar.addMenu("")
    # F1 everywhere (StandardKey.HelpContents is empty on some platforms)
    add(help_menu, "help_guide", lambda: _guide(win), "F1")
    add(help_menu, "help_demo", lambda: demo.load_demo(win))
    help_menu.addSeparator()
    about = add(help_menu, "help_about", lambda: _about(win))
    about.setMenuRole(QAction.MenuRole.AboutRole)

    win._menus = menus  # type: ignore[attr-defined]
    win._go_actions = go_actions  # type: ignore[attr-defined]
    return actions


def fill_recent_menu(win: MainWindow, menu: QMenu) -> None:
    """Recently opened database files that still exist, newest first."""
    from kamdesk.ui.dialogs import database

    menu.clear()
    urls = [u for u in win.settings["db/recent_urls"] if u != win.ctx.db.url]
    shown = 0
    for url in urls:
        where = database.url_location(url)
        if url.startswith("sqlite:///") and not Path(where).exists():
            continue
        action = menu.addAction(where)
        action.triggered.connect(functools.partial(database.switch_to, win, url))
        shown += 1
    if not shown:
        empty = menu.addAction(QCoreApplication.translate("Menus", "(none)"))
        empty.setEnabled(False)


def _toggle_fullscreen(win: MainWindow) -> None:
    win.setWindowState(win.windowState() ^ win.windowState().WindowFullScreen)


def _profile(win: MainWindow) -> None:
    from kamdesk.ui.dialogs.profile import edit_profile

    edit_profile(win)


def _receive_submissions(win: MainWindow) -> None:
    page = win.show_page("reports")
    manager = getattr(page, "manager", None)
    if manager is not None and manager.receive() is not None:
        page.tabs.setCurrentWidget(manager)  # type: ignore[attr-defined]


def _guide(win: MainWindow) -> None:
    from kamdesk.ui.dialogs.guide import show_guide

    show_guide(win)


def _about(win: MainWindow) -> None:
    from kamdesk.ui.dialogs.about import show_about

    show_about(win)


def retranslate_menus(win: MainWindow) -> None:
    from kamdesk.ui.main_window import page_title

    menus: dict[str, QMenu] = win._menus  # type: ignore[attr-defined]
    a = win.actions_by_name
    menus["file"].setTitle(QCoreApplication.translate("Menus", "&File"))
    a["file_new_db"].setText(QCoreApplication.translate("Menus", "&New database…"))
    a["file_open_db"].setText(QCoreApplication.translate("Menus", "&Open database…"))
    menus["recent"].setTitle(QCoreApplication.translate("Menus", "Open &recent"))
    a["file_profile"].setText(QCoreApplication.translate("Menus", "My &profile…"))
    a["file_backup_now"].setText(QCoreApplication.translate("Menus", "&Backup now"))
    a["file_backup_to"].setText(QCoreApplication.translate("Menus", "Backup &to…"))
    a["file_restore"].setText(QCoreApplication.translate("Menus", "&Restore from backup…"))
    a["file_import"].setText(QCoreApplication.translate("Menus", "&Import bundle…"))
    a["file_export"].setText(QCoreApplication.translate("Menus", "&Export bundle…"))
    a["file_receive"].setText(QCoreApplication.translate("Menus", "Receive reps' su&bmissions…"))
    a["file_quit"].setText(QCoreApplication.translate("Menus", "&Quit"))
    menus["view"].setTitle(QCoreApplication.translate("Menus", "&View"))
    for go, spec in win._go_actions:  # type: ignore[attr-defined]
        go.setText(page_title(spec))
    a["view_fullscreen"].setText(QCoreApplication.translate("Menus", "&Full screen"))
    menus["language"].setTitle(QCoreApplication.translate("Menus", "&Language"))
    menus["help"].setTitle(QCoreApplication.translate("Menus", "&Help"))
    a["help_guide"].setText(QCoreApplication.translate("Menus", "User &guide"))
    a["help_demo"].setText(QCoreApplication.translate("Menus", "Load &demo data…"))
    a["help_about"].setText(QCoreApplication.translate("Menus", "&About KAMdesk"))
    current = win.translators.lang if win.translators is not None else None
    if current is None:
        current = "zh_CN" if win.ctx.lang.startswith("zh") else "en"
    for lang in LANGUAGE_NAMES:
        a[f"lang_{lang}"].setChecked(lang == current)
