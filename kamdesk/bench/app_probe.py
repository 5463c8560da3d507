"""Runs the real app offscreen on a database and reports, as one JSON line:
start to a usable main window, scrolling the account list to its end through
the page's own lazy model, and the process's peak RSS. Used by ``kamdesk bench``.

"Usable" is honest: ``painted_at`` is the first paint of the account list's
viewport *with its first page of rows in it* (the window's own first paint,
which may come earlier with the list still empty, is ``shell_painted_at``).

The probe keeps its UI settings in a temp file, so it always starts on the
accounts page at the default size whatever the user's own settings say, and
never writes to them.

``--scroll`` then drags the list to its end in steps of one screen page, the
way a user holding Page Down would, letting Qt paint after each step; it
reports the whole time, the slowest step and the time of one page fetch at
the top and at the end of the list.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main() -> None:
    url = sys.argv[1]
    scroll = "--scroll" in sys.argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the order the app itself imports in: ``kamdesk`` (cli.common) opens the
    # store layer, then the GUI module (which imports the account list's
    # services before PySide6)
    importlib.import_module("kamdesk.store.db")
    application = importlib.import_module("kamdesk.ui.application")
    from PySide6.QtCore import QEvent, QObject, QTimer

    make_application = application.make_application
    install_app_font = application.install_app_font

    app = make_application()
    install_app_font(app)
    from kamdesk.store.schema import open_database
    from kamdesk.ui.context import AppContext
    from kamdesk.ui.main_window import MainWindow
    from kamdesk.ui.settings import Settings

    tmp = tempfile.TemporaryDirectory(prefix="kamdesk-probe-")
    settings = Settings(Path(tmp.name) / "kamdesk.ini")
    db = open_database(url)
    window = MainWindow(AppContext(db=db, lang="zh"), settings=settings)
    result: dict[str, Any] = {}
    page: Any = window.page("accounts")
    if page is None:
        raise RuntimeError("the main window did not start on the accounts page")
    model = _find_model(page)
    viewport = page.list.view.viewport()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and "painted_at" not in result
                and model.rowCount() > 0
                and model.row_at(0) is not None
            ):
                result["painted_at"] = time.monotonic()
                QTimer.singleShot(0, after_start)
            return False

    watch = Watch()
    viewport.installEventFilter(watch)

    def shell_painted() -> None:
        result["shell_painted_at"] = time.monotonic()

    def after_start() -> None:
        viewport.removeEventFilter(watch)
        result["cpu_s"] = time.process_time()
        result["rss_at_start_mb"] = _rss_now_mb()
        if scroll:
            _scroll(app, page, model, result)
        result["peak_rss_mb"] = _peak_rss_mb()
        print(json.dumps(result), flush=True)
        app.quit()

    window.first_painted.connect(shell_painted)
    window.resize(1280, 800)
    window.show()
    # a list that stays empty (an empty store) must not hang the benchmark
    QTimer.singleShot(120_000, lambda: (print(json.dumps({"error": "no rows"}), flush=True), app.quit()))
    app.exec()
    db.dispose()
    tmp.cleanup()


def _scroll(app: Any, page: Any, model: Any, result: dict[str, Any]) -> None:
    view = page.list.view
    bar = view.verticalScrollBar()
    # a drag of the scroll bar to the end: how long until the last rows show
    t = time.perf_counter()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)):
        bar.setValue(value)
        view.viewport().repaint()
        app.processEvents()
    bar.setValue(bar.maximum())
    last = model.rowCount() - 1
    while not model.is_cached(last) and time.perf_counter() - t < 60:
        view.viewport().repaint()
        app.processEvents()
    view.viewport().repaint()
    result["drag_to_end_ms"] = (time.perf_counter() - t) * 1000
    result["drag_fetches"] = model.pages_fetched - 1
    bar.setValue(0)
    view.viewport().repaint()
    app.processEvents()
    getattr(model, "fetch_ms", []).clear()
    steps: list[float] = []
    start = time.perf_counter()
    while True:
        t = time.perf_counter()
        if bar.value() >= bar.maximum():
            # the incremental protocol grows the list only when the view asks
            if not model.canFetchMore():
                break
            model.fetchMore()
        else:
            bar.setValue(bar.value() + max(1, bar.pageStep()))
        view.viewport().repaint()
        app.processEvents()
        steps.append((time.perf_counter() - t) * 1000)
    result["scroll_end_s"] = time.perf_counter() - start
    fetch_ms = list(getattr(model, "fetch_ms", []))
    result["scroll_steps"] = len(steps)
    result["scroll_step_ms_median"] = statistics.median(steps) if steps else 0.0
    result["scroll_step_ms_max"] = max(steps) if steps else 0.0
    result["scroll_pages"] = len(fetch_ms) if fetch_ms else getattr(model, "pages_fetched", 0)
    if fetch_ms:
        result["fetch_ms_top"] = statistics.median(fetch_ms[:5])
        result["fetch_ms_end"] = statistics.median(fetch_ms[-5:])
        result["fetch_ms_max"] = max(fetch_ms)
    result["rows_loaded"] = model.rowCount()
    result["rows_cached"] = len(model.loaded_rows())
    last = model.row_at(model.rowCount() - 1)
    result["last_row"] = None if last is None else str(getattr(last, "name", last))


def _peak_rss_mb() -> float:
    """This process's peak RSS. Read from ``VmHWM``: ``ru_maxrss`` survives
    ``exec`` on Linux, so a probe started by a big benchmark process would
    report the parent's size instead of its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _find_model(page: Any) -> Any:
    """The account list's own model (the page holds several lazy models)."""
    from kamdesk.ui.models.lazy_table import LazyTableModel

    model = getattr(getattr(page, "list", None), "model", None)
    if not isinstance(model, LazyTableModel):
        raise RuntimeError("the accounts page has no account list model")
    return model


if __name__ == "__main__":
    main()
