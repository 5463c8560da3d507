"""Settings declared in one place, their upgrade, and the UI language."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QSettings

from kamdesk.ui import i18n
from kamdesk.ui.settings import OPTIONS, SETTINGS_VERSION, Settings


def test_defaults_for_every_option(settings: Settings) -> None:
    for key, option in OPTIONS.items():
        assert settings[key] == option.default, key
    assert settings["firstrun/demo_offered"] is False
    assert settings["window/last_page"] == "accounts"
    assert isinstance(settings["window/geometry"], QByteArray)


def test_settings_live_in_the_test_folder_not_the_users(settings: Settings, isolated_settings: Path) -> None:
    assert settings.file_name.startswith(str(isolated_settings))


def test_values_round_trip_with_their_types(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    first = Settings(path)
    first["firstrun/demo_offered"] = True
    first["ui/language"] = "zh_CN"
    first.remember_database("sqlite:///a.db")
    first.remember_database("sqlite:///b.db")
    first.remember_database("sqlite:///a.db")
    first.sync()
    again = Settings(path)
    assert again["firstrun/demo_offered"] is True
    assert again["ui/language"] == "zh_CN"
    assert again["db/last_url"] == "sqlite:///a.db"
    assert again["db/recent_urls"] == ["sqlite:///a.db", "sqlite:///b.db"]


def test_unknown_key_and_wrong_type_are_refused(settings: Settings) -> None:
    with pytest.raises(KeyError):
        settings["ui/langauge"]
    with pytest.raises(TypeError):
        settings["firstrun/demo_offered"] = "yes"


def test_fresh_settings_are_stamped_with_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "new.ini"
    Settings(path).sync()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("settings/version") in (
        SETTINGS_VERSION,
        str(SETTINGS_VERSION),
    )


def test_version_1_language_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("language", "zh")
    old.sync()
    settings = Settings(path)
    assert settings["ui/language"] == "zh_CN"
    assert settings.version == SETTINGS_VERSION
    settings.sync()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("language") is None


def test_language_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert i18n.choose_language(None, "") == "zh_CN"
    assert i18n.choose_language(None, "en") == "en"
    assert i18n.choose_language("zh", "en") == "zh_CN"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.choose_language(None, None) == "en"
    assert i18n.normalize("zh-CN") == "zh_CN"
    assert i18n.normalize("fr_FR") is None


def test_stale_translation_is_compiled_next_to_its_source(tmp_path: Path) -> None:
    ts = tmp_path / "shell_zh_CN.ts"
    shutil.copy(i18n.i18n_dir() / "shell_zh_CN.ts", ts)
    produced = i18n.compile_stale("zh_CN", tmp_path)
    assert produced == [tmp_path / "shell_zh_CN.qm"]
    assert produced[0].stat().st_size > 0


def test_failed_compilation_falls_back_to_english(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(i18n.i18n_dir() / "shell_zh_CN.ts", folder / "shell_zh_CN.ts")
    monkeypatch.setattr(i18n, "i18n_dir", lambda: folder)
    monkeypatch.setattr(i18n, "lrelease_path", lambda: tmp_path / "no-such-lrelease")
    caplog.set_level(logging.WARNING)
    translators = i18n.Translators(qapp)
    assert translators.switch("zh_CN") == "en"
    assert "could not compile shell_zh_CN.ts" in caplog.text
