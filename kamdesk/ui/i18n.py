"""UI language: detection, ``.qm`` compilation when stale, translator installation.

Languages are Qt locale names: ``"zh_CN"`` and ``"en"`` (English is the
source language, so it needs no translator). Every
``resources/i18n/*_<lang>.ts`` is compiled next to itself as ``.qm`` with
``pyside6-lrelease`` when the ``.qm`` is missing or older than the ``.ts``;
when that fails it is logged and that file's strings stay English.
Qt's own ``qtbase_<lang>.qm`` translates the standard dialog buttons.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kamdesk.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "en"


def normalize(lang: str | None) -> str | None:
    """Map "zh", "zh-CN", "zh_CN.UTF-8", "cn" → "zh_CN"; "en*" → "en"; else None."""
    if not lang:
        return None
    low = lang.strip().lower().replace("-", "_").split(".")[0]
    if low.startswith("zh") or low == "cn":
        return "zh_CN"
    if low.startswith("en") or low in ("c", "posix"):
        return "en"
    return None


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = normalize(os.environ.get(var))
        if value:
            return value
    for name in QLocale.system().uiLanguages():
        value = normalize(name)
        if value:
            return value
    return DEFAULT_LANGUAGE


def choose_language(cli: str | None, saved: str | None) -> str:
    """``--lang`` wins, then the saved setting, then the system locale."""
    return normalize(cli) or normalize(saved) or system_language()


def domain_lang(lang: str) -> str:
    """The short form used by ``Coded.label`` and reports: "zh" or "en"."""
    return "zh" if lang.startswith("zh") else "en"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def lrelease_path() -> Path:
    """``pyside6-lrelease`` next to the running Python (the venv's bin)."""
    folder = Path(sys.executable).parent
    name = "pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease"
    return folder / name


def compile_stale(lang: str, folder: Path | None = None) -> list[Path]:
    """Compile each ``*_<lang>.ts`` whose ``.qm`` is missing or older.

    Returns the ``.qm`` files usable afterwards (compiled or already fresh).
    Failures are logged; a stale ``.qm`` that exists is still used.
    """
    folder = folder or i18n_dir()
    usable: list[Path] = []
    if not folder.is_dir():
        return usable
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            try:
                result = subprocess.run(
                    [str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                if result.returncode != 0:
                    log.warning("could not compile %s: %s", ts.name, (result.stderr or result.stdout).strip())
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("could not compile %s: %s", ts.name, exc)
        if qm.exists():
            usable.append(qm)
    # .qm files without a .ts (e.g. shipped compiled) are used too
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        if qm not in usable:
            usable.append(qm)
    return usable


class Translators:
    """The translators installed on the application for one language.

    ``switch(lang)`` removes the current ones and installs those for ``lang``;
    Qt then sends every widget a ``LanguageChange`` event, so widgets that
    retranslate in ``changeEvent`` update live.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.lang = DEFAULT_LANGUAGE

    def switch(self, lang: str) -> str:
        """Install ``lang`` ("zh_CN" or "en"); returns the language now in effect."""
        lang = normalize(lang) or DEFAULT_LANGUAGE
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.lang = lang
        if lang == "en":
            # the source language; only its plural forms ("%n day(s)" → "1 day",
            # "5 days") come from files: resources/i18n/*_en.ts
            self._install_files(compile_stale(lang))
            return lang
        files = compile_stale(lang)
        if not files:
            log.warning("no translations for %s could be compiled or loaded; using English", lang)
            self.lang = DEFAULT_LANGUAGE
            return self.lang
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_tr = QTranslator(self._app)
        if qt_tr.load(f"qtbase_{lang}", qt_dir):
            self._install(qt_tr)
        else:
            log.info("no Qt translation for %s in %s", lang, qt_dir)
        self._install_files(files)
        return lang

    def _install_files(self, files: list[Path]) -> None:
        for qm in files:
            translator = QTranslator(self._app)
            if translator.load(str(qm)):
                self._install(translator)
            else:
                log.warning("could not load %s", qm)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
