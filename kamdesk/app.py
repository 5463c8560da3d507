"""Desktop entry point: QApplication, fonts, translations, the store, the
main window. Nothing here runs at import time."""

from __future__ import annotations


def run_app(url: str, *, lang: str | None = None) -> int:
    from kamdesk.ui.application import run

    return run(url, lang=lang)
