"""The desktop shell: main window, pages, language, store opening, first run,
file operations. Message boxes and file choosers are replaced (monkeypatch)."""

from __future__ import annotations

import sqlite3
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSplitter

from kamdesk.services.changes import Changes
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.schema import open_database
from kamdesk.ui import main_window as mw
from kamdesk.ui.context import AppContext
from kamdesk.ui.dialogs import database, demo, files, menus
from kamdesk.ui.i18n import Translators
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.page_placeholder import PlaceholderPage
from kamdesk.ui.pages import PAGES, PageSpec
from kamdesk.ui.settings import Settings
from kamdesk.ui.widgets import messages

# --- a fake page module, so tests do not depend on the other pages' progress ---


class FakePage(QLabel):
    instances: ClassVar[list[FakePage]] = []

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__("fake page", parent)
        self.ctx = ctx
        self.changes: list[Changes] = []
        self.shown: list[str] = []
        self.leave = True  # False: "unsaved edits, keep editing"
        FakePage.instances.append(self)

    def can_leave(self) -> bool:
        return self.leave

    def on_changed(self, changes: Changes) -> None:
        self.changes.append(changes)

    def show_record(self, uuid: str) -> None:
        self.shown.append(uuid)


class BrokenPage(QLabel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        raise RuntimeError("page bug")


FAKE_PAGES = (
    PageSpec("one", "Accounts", "tests_fake_pages", "FakePage", "accounts.svg"),
    PageSpec("two", "Stakeholder maps", "tests_fake_pages", "FakePage", "maps.svg"),
    PageSpec("missing", "Opportunities", "kamdesk.ui.not_written_yet.page", "Page", "opportunities.svg"),
    PageSpec("broken", "Visits", "tests_fake_pages", "BrokenPage", "visits.svg"),
    PageSpec("five", "Reports", "tests_fake_pages", "FakePage", "reports.svg"),
)


@pytest.fixture
def fake_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    module = types.ModuleType("tests_fake_pages")
    module.FakePage = FakePage  # type: ignore[attr-defined]
    module.BrokenPage = BrokenPage  # type: ignore[attr-defined]
    module.__spec__ = types.SimpleNamespace(name="tests_fake_pages")  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "tests_fake_pages", module)
    monkeypatch.setattr(mw, "PAGES", FAKE_PAGES)
    monkeypatch.setattr(menus, "PAGES", FAKE_PAGES)
    monkeypatch.setattr(
        mw, "_module_missing", lambda name: name != "tests_fake_pages" and name.startswith("kamdesk.ui.not")
    )
    FakePage.instances.clear()
    yield


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Record message boxes instead of showing them; questions answer Yes."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "show_info", lambda p, t, x: seen.append(("info", t, x)))
    monkeypatch.setattr(messages, "show_error", lambda p, t, x: seen.append(("error", t, x)))
    monkeypatch.setattr(messages, "show_bug", lambda p, t, x: seen.append(("bug", t, x)))

    def ask(p: Any, t: str, x: str, *, default_yes: bool = True) -> bool:
        seen.append(("ask", t, x))
        return True

    monkeypatch.setattr(messages, "ask_yes_no", ask)
    return seen


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    tr = Translators(qapp)
    yield tr
    tr.switch("en")  # the app is shared by every test: leave it in English


@pytest.fixture
def window(qtbot: Any, ctx: AppContext, settings: Settings, translators: Translators) -> MainWindow:
    win = MainWindow(ctx, settings=settings, translators=translators)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def nav_texts(win: MainWindow) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


# --- main window --------------------------------------------------------------


def test_main_window_shows_the_five_areas_and_a_status_bar(window: MainWindow, qtbot: Any) -> None:
    assert nav_texts(window) == ["Accounts", "Stakeholder maps", "Opportunities", "Visits", "Reports"]
    qtbot.waitUntil(lambda: "0 accounts" in window.status.counts_label.text())
    assert str(window.ctx.db.path) in window.status.db_label.text()
    assert window.current_key == PAGES[0].key
    assert window.stack.currentWidget() is window.page(PAGES[0].key)
    # every other page is built only when first shown
    assert all(window.page(spec.key) is None for spec in PAGES[1:])


def test_pages_are_built_on_first_show_and_kept(fake_pages: None, window: MainWindow, qtbot: Any) -> None:
    first = window.page("one")
    assert isinstance(first, FakePage)
    assert window.page("two") is None
    window.nav.setCurrentRow(1)
    second = window.page("two")
    assert isinstance(second, FakePage) and window.stack.currentWidget() is second
    assert second.ctx is window.ctx
    window.nav.setCurrentRow(0)
    assert window.page("one") is first
    assert len(FakePage.instances) == 2


def test_missing_page_module_shows_a_coming_soon_placeholder(fake_pages: None, window: MainWindow) -> None:
    page = window.show_page("missing")
    assert isinstance(page, PlaceholderPage) and page.error is None
    assert "Coming soon: Opportunities" in page._title.text()


def test_a_page_that_fails_to_build_shows_its_error_not_a_crash(
    fake_pages: None, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    page = window.show_page("broken")
    assert isinstance(page, PlaceholderPage)
    assert "RuntimeError: page bug" in page._detail.text()
    assert "page broken failed to load" in caplog.text


def test_ctrl_number_switches_pages(fake_pages: None, window: MainWindow) -> None:
    window.actions_by_name["go_five"].trigger()
    assert window.current_key == "five"
    assert window.actions_by_name["go_two"].shortcut().toString() == "Ctrl+2"


def test_changes_reach_every_built_page_and_refresh_counts(
    fake_pages: None, window: MainWindow, qtbot: Any
) -> None:
    window.show_page("two")
    changes = Changes.of("account", uuids=("u1",))
    window.ctx.hub.publish(changes)
    assert [p.changes for p in FakePage.instances] == [[changes], [changes]]


def test_navigate_switches_page_and_opens_the_record(fake_pages: None, window: MainWindow) -> None:
    window.ctx.hub.navigate.emit("two", "abc-uuid")
    page = window.page("two")
    assert window.current_key == "two"
    assert isinstance(page, FakePage) and page.shown == ["abc-uuid"]


def test_last_page_and_geometry_are_remembered(
    fake_pages: None, qtbot: Any, ctx: AppContext, settings: Settings
) -> None:
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    win.show_page("five")
    win.resize(1000, 700)
    size = win.size()
    win.close()
    assert not settings["window/geometry", win.screen_key()].isEmpty()
    again = MainWindow(ctx, settings=settings)
    qtbot.addWidget(again)
    assert again.current_key == "five"
    # the offscreen screen is 800 px wide, so restoreGeometry clamps the width
    assert again.size().height() == size.height() == 700


class _Screen:
    """A stand-in for the QScreen a window is on: its name and available area."""

    def __init__(self, name: str, width: int, height: int) -> None:
        self._name, self._area = name, QRect(0, 0, width, height)

    def name(self) -> str:
        return self._name

    def availableGeometry(self) -> QRect:
        return self._area


def test_first_launch_fits_a_1366x768_laptop_and_layouts_are_kept_per_screen(
    fake_pages: None, qtbot: Any, ctx: AppContext, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = _Screen("eDP-1", 1366, 728)  # 768 less a 40 px task bar
    monkeypatch.setattr(MainWindow, "screen", lambda self: laptop)
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    # the frame (title bar) still fits: never taller than the screen's free area
    assert win.height() + MainWindow.FRAME_ALLOWANCE.height() <= 728
    assert win.width() <= 1366
    assert win.first_launch_size() == QSize(1280, 688)
    win.resize(1000, 650)
    win.close()
    assert win.screen_key() == "eDP-1_1366x728"

    monitor = _Screen("HDMI-1", 1920, 1040)
    monkeypatch.setattr(MainWindow, "screen", lambda self: monitor)
    docked = MainWindow(ctx, settings=settings)
    qtbot.addWidget(docked)
    assert docked.size() == QSize(1280, 800)  # nothing saved for this screen: the first-launch size
    docked.resize(1200, 640)
    docked.close()

    monkeypatch.setattr(MainWindow, "screen", lambda self: laptop)
    back = MainWindow(ctx, settings=settings)
    qtbot.addWidget(back)
    assert back.height() == 650  # the laptop's own layout, not the monitor's


def test_splitter_positions_are_saved_per_page_and_restored(
    qtbot: Any, ctx: AppContext, settings: Settings
) -> None:
    win = MainWindow(ctx, settings=settings)
    qtbot.addWidget(win)
    win.resize(1300, 700)
    win.show()
    page = win.show_page("visits")
    splitter = page.findChildren(QSplitter)[0]
    total = sum(splitter.sizes())
    splitter.setSizes([total - 420, 420])
    wanted = splitter.sizes()
    win.close()
    again = MainWindow(ctx, settings=settings)
    qtbot.addWidget(again)
    again.resize(1300, 700)
    again.show()
    restored = again.show_page("visits").findChildren(QSplitter)[0]
    assert restored.sizes() == wanted


# --- language -------------------------------------------------------------------


def test_language_switch_retranslates_live(window: MainWindow, settings: Settings) -> None:
    assert window.set_language("zh_CN") == "zh_CN"
    assert nav_texts(window) == ["客户", "决策链地图", "商机", "拜访", "报告"]
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.ctx.lang == "zh"
    assert settings["ui/language"] == "zh_CN"
    assert window.actions_by_name["lang_zh_CN"].isChecked()
    window.actions_by_name["lang_en"].trigger()
    assert nav_texts(window)[0] == "Accounts"
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.ctx.lang == "en"
    assert settings["ui/language"] == "en"


def test_language_switch_rebuilds_pages_that_do_not_retranslate_themselves(
    fake_pages: None, window: MainWindow
) -> None:
    before = window.page("one")
    window.set_language("zh_CN")
    after = window.page("one")
    assert isinstance(after, FakePage) and after is not before
    assert after.ctx.lang == "zh"


# --- opening the store ------------------------------------------------------------


def _stamp_newer(path: Path) -> None:
    open_database(sqlite_url(path)).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


def test_newer_database_shows_a_message_and_quits_cleanly(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newer.db"
    _stamp_newer(path)
    prompts: list[tuple[str, str]] = []

    def prompt(parent: Any, where: str, message: str) -> str:
        prompts.append((where, message))
        return "quit"

    monkeypatch.setattr(database, "cannot_open_prompt", prompt)
    from kamdesk.ui.application import run

    assert run(sqlite_url(path), lang="en") == 1
    assert prompts and prompts[0][0] == str(path)
    assert "newer KAMdesk" in prompts[0][1]
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    con.close()


def test_unreadable_file_offers_another_database(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    good = tmp_path / "good.db"
    messages_seen: list[str] = []

    def prompt(parent: Any, where: str, message: str) -> str:
        messages_seen.append(message)
        return "other"

    monkeypatch.setattr(database, "cannot_open_prompt", prompt)
    monkeypatch.setattr(files, "ask_open_file", lambda *a, **k: good)
    db = database.open_store_interactively(sqlite_url(bad))
    assert db is not None
    try:
        assert db.path == good
        assert messages_seen and "is not a KAMdesk database" in messages_seen[0]
    finally:
        db.dispose()


# --- first run ----------------------------------------------------------------------


def test_first_run_offers_demo_once(
    db: Database, settings: Settings, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: quiet_boxes.append(("ask", "", "")) or False)
    assert demo.should_offer(settings, db)
    assert demo.offer_demo_if_first_run(settings, db) is False
    assert [kind for kind, *_ in quiet_boxes] == ["ask"]
    assert settings["firstrun/demo_offered"] is True
    assert not demo.should_offer(settings, db)
    demo.offer_demo_if_first_run(settings, db)
    assert len(quiet_boxes) == 1


def test_load_demo_generates_with_progress_and_publishes(
    window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Database, str]] = []

    def fake_generate(db: Database, *, size: str = "small", progress: Any = None) -> str:
        calls.append((db, size))
        for i in range(3):
            progress("accounts", i, 3)
        return "summary"

    monkeypatch.setattr(demo, "_generator", lambda: fake_generate)
    published: list[Changes] = []
    window.ctx.hub.changed.connect(published.append)
    window.actions_by_name["help_demo"].trigger()
    assert calls == [(window.ctx.db, "small")]
    assert published == [Changes.of("all")]


def test_no_offer_when_the_database_has_accounts(db: Database, settings: Settings) -> None:
    from kamdesk.store.models import Account

    with db.transaction() as s:
        s.add(Account(name="上海烟草"))
    assert not demo.should_offer(settings, db)


def test_missing_demo_generator_says_so(
    window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "_generator", lambda: None)
    assert demo.load_demo(window, confirm=False) is False
    assert quiet_boxes[-1][0] == "error" and "not available" in quiet_boxes[-1][2]


def test_load_demo_into_a_database_with_accounts_says_so_first_in_chinese(
    window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Help → Load demo data on a filled database asked Yes/No and then failed with
    the generator's English message under a 'Generating…' title; now it says why at
    once, in the UI language, and generates nothing."""
    from kamdesk.store.models import Account

    with window.ctx.db.transaction() as s:
        s.add(Account(name="上海烟草"))
    calls: list[object] = []
    monkeypatch.setattr(demo, "_generator", lambda: lambda *a, **k: calls.append(a))
    window.translators.switch("zh_CN")
    try:
        assert demo.load_demo(window) is False
    finally:
        window.translators.switch("en")
    assert calls == []
    kinds = [kind for kind, *_ in quiet_boxes]
    assert "ask" not in kinds
    assert "1" in quiet_boxes[-1][2] and "空" in quiet_boxes[-1][2]


# --- File menu ----------------------------------------------------------------------


def test_backup_now_writes_a_copy_and_says_where(window: MainWindow, quiet_boxes: list) -> None:
    window.actions_by_name["file_backup_now"].trigger()
    kind, _title, text = quiet_boxes[-1]
    assert kind == "info"
    path = Path(text.splitlines()[-1])
    assert path.exists() and path.stat().st_size > 0


def test_export_then_import_bundle_through_the_menu(
    window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kamdesk.store.models import Account

    with window.ctx.db.transaction() as s:
        s.add(Account(name="上海烟草"))
    bundle = tmp_path / "out.json"
    monkeypatch.setattr(files, "ask_save_file", lambda *a, **k: bundle)
    window.actions_by_name["file_export"].trigger()
    assert bundle.exists() and "上海烟草" in bundle.read_text(encoding="utf-8")
    assert quiet_boxes[-1][0] == "info"

    # into another, empty database
    other = tmp_path / "other.db"
    monkeypatch.setattr(files, "ask_save_file", lambda *a, **k: other)
    window.actions_by_name["file_new_db"].trigger()
    assert window.ctx.db.path == other
    published: list[Changes] = []
    window.ctx.hub.changed.connect(published.append)
    monkeypatch.setattr(files, "ask_open_file", lambda *a, **k: bundle)
    window.actions_by_name["file_import"].trigger()
    kinds = [k for k, *_ in quiet_boxes]
    assert kinds[-2:] == ["ask", "info"]  # preview asked, then result shown
    assert published == [Changes.of("all")]
    window.refresh_status()
    assert window.status.counts_label.text().startswith("1 accounts")


def test_new_database_refuses_an_existing_file(
    window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    existing = tmp_path / "there.db"
    existing.write_bytes(b"x")
    old_url = window.ctx.db.url
    monkeypatch.setattr(files, "ask_save_file", lambda *a, **k: existing)
    window.actions_by_name["file_new_db"].trigger()
    assert window.ctx.db.url == old_url
    assert quiet_boxes[-1][0] == "error" and "already exists" in quiet_boxes[-1][2]


def test_open_database_switches_context_and_rebuilds_pages(
    fake_pages: None, window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "second.db"
    open_database(sqlite_url(target)).dispose()
    old_page = window.page("one")
    old_hub = window.ctx.hub
    monkeypatch.setattr(files, "ask_open_file", lambda *a, **k: target)
    window.actions_by_name["file_open_db"].trigger()
    assert window.ctx.db.path == target
    page = window.page("one")
    assert isinstance(page, FakePage) and page is not old_page and page.ctx is window.ctx
    assert window.ctx.hub is not old_hub
    assert window.settings["db/last_url"] == sqlite_url(target)
    assert str(target) in window.status.db_label.text()


def test_restore_replaces_the_database_and_reopens_it(
    window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from kamdesk.store.models import Account

    backup = tmp_path / "before.db"
    monkeypatch.setattr(files, "ask_save_file", lambda *a, **k: backup)
    window.actions_by_name["file_backup_to"].trigger()
    assert backup.exists()
    with window.ctx.db.transaction() as s:
        s.add(Account(name="后来加的客户"))
    window.refresh_status()
    assert window.status.counts_label.text().startswith("1 accounts")
    monkeypatch.setattr(files, "ask_open_file", lambda *a, **k: backup)
    window.actions_by_name["file_restore"].trigger()
    assert quiet_boxes[-1][0] == "info", quiet_boxes[-1]
    window.refresh_status()
    assert window.status.counts_label.text().startswith("0 accounts")


def test_about_names_the_database_and_schema(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamdesk.ui.dialogs import about

    dialog = about.AboutDialog(window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(window.ctx.db.path) in texts
    assert "Schema revision" in texts
    assert "WenQuanYi" in texts


def test_navigation_items_carry_page_keys(window: MainWindow) -> None:
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert keys == [spec.key for spec in PAGES]


def test_first_run_demo_with_the_real_generator_fills_the_store(
    db: Database, settings: Settings, quiet_boxes: list, qtbot: Any, translators: Translators
) -> None:
    # offered at start, before the window (and its pages) exist
    assert demo.offer_demo_if_first_run(settings, db) is True
    window = MainWindow(AppContext(db, lang="en"), settings=settings, translators=translators)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: (
            window.status.counts_label.text()[:1].isdigit()
            and not window.status.counts_label.text().startswith("0 ")
        )
    )
    assert "accounts" in window.status.counts_label.text()
    assert "no rep yet" not in window.status.rep_label.text()
    # Help → Load demo data on a store that has accounts: refused with a clear message
    window.actions_by_name["help_demo"].trigger()
    assert quiet_boxes[-1][0] == "error"


def test_chinese_ui_uses_the_bundled_font(app_font: str, window: MainWindow) -> None:
    assert "WenQuanYi" in app_font or "文泉" in app_font
    window.set_language("zh_CN")
    assert window.nav.item(0).font().family() == app_font
    assert not window.grab().isNull()


def test_open_recent_lists_earlier_databases_and_opens_one(
    window: MainWindow, quiet_boxes: list, tmp_path: Path
) -> None:
    first_url = window.ctx.db.url
    window.settings.remember_database(first_url)
    second = tmp_path / "second.db"
    database.switch_to(window, sqlite_url(second))
    assert window.ctx.db.path == second
    recent = window._menus["recent"]  # type: ignore[attr-defined]
    menus.fill_recent_menu(window, recent)
    entries = [a for a in recent.actions() if a.isEnabled()]
    assert [a.text() for a in entries] == [database.url_location(first_url)]
    entries[0].trigger()
    assert window.ctx.db.url == first_url


def test_run_opens_the_store_offers_demo_and_shows_the_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes: list, settings: Settings
) -> None:
    from kamdesk.ui import application

    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: quiet_boxes.append(("ask", "", "")) or False)
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        shown.extend(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    before_font = qapp.font()
    try:
        assert application.run(sqlite_url(tmp_path / "fresh.db"), lang="zh") == 0
        assert (tmp_path / "fresh.db").exists()
        assert [k for k, *_ in quiet_boxes] == ["ask"]  # the first-run offer, answered No
        assert len(shown) == 1
        assert nav_texts(shown[0])[0] == "客户"
        assert "WenQuanYi" in qapp.font().family()
        assert settings["firstrun/demo_offered"] is True
        assert settings["db/last_url"] == sqlite_url(tmp_path / "fresh.db")
    finally:
        for w in shown:
            if w.translators is not None:
                w.translators.switch("en")  # remove the translators run() installed
            w.close()
            w.deleteLater()
        qapp.setFont(before_font)


def test_unsaved_edits_keep_the_language_and_the_database(
    fake_pages: None, window: MainWindow, quiet_boxes: list, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = window.page("one")
    assert isinstance(page, FakePage)
    page.leave = False
    assert window.set_language("zh_CN") == "en"
    assert window.page("one") is page and nav_texts(window)[0] == "Accounts"
    assert window.actions_by_name["lang_en"].isChecked()
    url = window.ctx.db.url
    database.switch_to(window, sqlite_url(tmp_path / "other.db"))
    assert window.ctx.db.url == url and window.page("one") is page
    page.leave = True
    database.switch_to(window, sqlite_url(tmp_path / "other.db"))
    assert window.ctx.db.path == tmp_path / "other.db"


def test_reminders_follow_the_open_database(window: MainWindow, quiet_boxes: list, tmp_path: Path) -> None:
    window.start_reminders()
    first = window._kamdesk_reminders
    assert first is not None and getattr(first, "ctx", None) is window.ctx
    database.switch_to(window, sqlite_url(tmp_path / "other.db"))
    second = window._kamdesk_reminders
    assert second is not None and second is not first
    assert getattr(second, "ctx", None) is window.ctx


def test_uncaught_errors_are_logged_and_shown_not_printed(
    qapp: QApplication, quiet_boxes: list, caplog: pytest.LogCaptureFixture
) -> None:
    from kamdesk.errors import UserError
    from kamdesk.ui.application import excepthook

    try:
        raise KeyError("boom")
    except KeyError as exc:
        excepthook(type(exc), exc, exc.__traceback__)
    assert quiet_boxes[-1][0] == "bug" and "KeyError" in quiet_boxes[-1][2]
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)
    excepthook(UserError, UserError("the file is locked"), None)
    assert quiet_boxes[-1] == ("error", "KAMdesk", "the file is locked")


def test_locked_database_shows_a_clear_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kamdesk.store.db as store_db

    path = tmp_path / "busy.db"
    open_database(sqlite_url(path)).dispose()
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 50)  # do not wait 5 s in a test
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE alembic_version SET version_num = version_num")
    prompts: list[str] = []

    def prompt(parent: Any, where: str, message: str) -> str:
        prompts.append(message)
        return "quit"

    monkeypatch.setattr(database, "cannot_open_prompt", prompt)
    try:
        assert database.open_store_interactively(sqlite_url(path)) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert prompts and "locked" in prompts[0]


def test_no_display_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from kamdesk.errors import UserError
    from kamdesk.ui.application import check_display

    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(UserError, match="no graphical display"):
        check_display()
    monkeypatch.setenv("DISPLAY", ":0")
    check_display()
