"""kamdesk.ui.widgets.jobs: long work off the GUI thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from kamdesk.errors import UserError
from kamdesk.ui.widgets import jobs, messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda p, t, x: seen.append(("error", t, x)))
    monkeypatch.setattr(messages, "show_bug", lambda p, t, x: seen.append(("bug", t, x)))
    return seen


def test_job_runs_off_the_gui_thread_and_returns_its_value(qtbot: Any, shown: list) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gui_thread = threading.get_ident()

    def work(progress: JobProgress) -> int:
        assert threading.get_ident() != gui_thread
        for i in range(5):
            progress.report(i, 5, f"step {i}")
        return 42

    assert run_job(parent, "Work", work) == 42
    assert shown == []


def test_progress_reaches_the_dialog(qtbot: Any, shown: list) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    go_on = threading.Event()
    labels: list[str] = []

    def work(progress: JobProgress) -> str:
        progress("importing rows", 3, 10)  # service-callback order
        go_on.wait(5)
        return "done"

    def watch() -> None:
        dialog = parent.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible() and dialog.maximum() == 10:
            labels.append(dialog.labelText())
            assert dialog.value() == 3
            go_on.set()

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    assert run_job(parent, "Import", work, delay_ms=0) == "done"
    timer.stop()
    assert labels and labels[0] == "importing rows"


def test_cancel_stops_the_job_quietly(qtbot: Any, shown: list) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []

    def work(progress: JobProgress) -> str:
        for i in range(5_000):
            progress.report(i, 5_000)
            steps.append(i)
            time.sleep(0.001)
        return "finished"

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None
        dialog.cancel()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, press_cancel)
    assert run_job(parent, "Long", work, delay_ms=0) is None
    assert 0 < len(steps) < 5_000
    assert shown == []


def test_user_error_is_shown_as_its_message(qtbot: Any, shown: list) -> None:
    def work(progress: JobProgress) -> None:
        raise UserError("the bundle is not valid JSON")

    assert run_job(None, "Import", work) is None
    assert shown == [("error", "Import", "the bundle is not valid JSON")]


def test_unexpected_error_is_logged_and_shown_as_a_bug(
    qtbot: Any, shown: list, caplog: pytest.LogCaptureFixture
) -> None:
    def work(progress: JobProgress) -> None:
        raise ZeroDivisionError("oops")

    assert run_job(None, "Report", work) is None
    assert shown and shown[0][0] == "bug" and "ZeroDivisionError" in shown[0][2]
    assert "Traceback" in caplog.text or any(r.exc_info for r in caplog.records)


def test_errors_can_be_raised_to_the_caller(qtbot: Any) -> None:
    def work(progress: JobProgress) -> None:
        raise UserError("nope")

    with pytest.raises(UserError, match="nope"):
        run_job(None, "X", work, errors="raise")


def test_cancelled_flag_and_check(qtbot: Any) -> None:
    progress = JobProgress()
    assert not progress.cancelled
    progress.check()
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(jobs.JobCancelled):
        progress.report(1, 2)
