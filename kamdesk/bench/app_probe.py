"""Runs the real app offscreen on a database and reports, as one JSON line:
start to first paint, scrolling the account list to its end through the
page's own lazy model, and the process's peak RSS. Used by ``kamdesk bench``."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any


def main() -> None:
    url = sys.argv[1]
    scroll = "--scroll" in sys.argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from kamdesk.ui.application import install_app_font, make_application

    app = make_application()
    install_app_font(app)
    from kamdesk.store.schema import open_database
    from kamdesk.ui.context import AppContext
    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.settings import Settings

    db = open_database(url)
    window = MainWindow(AppContext(db=db, lang="zh"), settings=Settings())
    result: dict[str, float] = {}

    def painted() -> None:
        result["painted_at"] = time.time()
        if scroll:
            page = window.show_page("accounts")
            model = _find_model(page)
            t = time.perf_counter()
            pages = 0
            while model.canFetchMore():
                model.fetchMore()
                pages += 1
            result["scroll_end_s"] = time.perf_counter() - t
            result["scroll_pages"] = pages
            result["rows_loaded"] = model.rowCount()
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result), flush=True)
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, painted))
    window.resize(1280, 800)
    window.show()
    app.exec()
    db.dispose()


def _find_model(page: Any) -> Any:
    from kamdesk.ui.models.lazy_table import LazyTableModel

    for child in page.findChildren(LazyTableModel):
        return child
    raise RuntimeError("the accounts page has no lazy model")


if __name__ == "__main__":
    main()
