"""Run long work off the GUI thread, with a progress dialog and cancel.

The whole API::

    from kamdesk.ui.widgets.jobs import JobCancelled, JobProgress, run_job

    def work(progress: JobProgress) -> ImportReport:
        for i, row in enumerate(rows):
            progress.report(i, len(rows), "importing rows…")  # raises JobCancelled
            ...                                                # once the user cancels
        return report

    report = run_job(self, self.tr("Import"), work)
    if report is not None:          # None: cancelled or failed (already shown)
        ctx.hub.publish(report.changes)

* ``run_job(parent, title, fn, *, cancellable=True, label="", delay_ms=400)``
  calls ``fn(progress)`` in a worker thread and blocks the caller (the GUI
  keeps painting: a local event loop runs) until ``fn`` returns. A modal
  ``QProgressDialog`` appears when the job takes longer than ``delay_ms``.
  Returns what ``fn`` returned, or ``None`` when it was cancelled or failed.
  So ``fn`` should return something other than ``None`` on success.
* ``progress.report(done, total, text=None)``: update the bar (``total=0``
  shows a busy bar) and the label; thread-safe and cheap (the dialog polls
  every 50 ms), so calling it per row is fine. It raises :class:`JobCancelled`
  when the user pressed Cancel — the cheapest way to honour cancel.
* ``progress(text, done, total)``: the same, in the ``(text, done, total)``
  order of the ``progress=`` callbacks of services (e.g.
  ``demo.generate(db, progress=progress)``), so a ``JobProgress`` can be passed
  straight to a service.
* ``progress.cancelled`` / ``progress.check()``: poll cancel without reporting.
* Errors: a :class:`~kamdesk.errors.UserError` raised by ``fn`` is shown as a
  message box with its text; any other exception is logged with its traceback
  and shown as an unexpected error (see :mod:`kamdesk.ui.widgets.messages`).
  ``JobCancelled`` is quiet. Either way ``run_job`` returns ``None``.
  Pass ``errors="raise"`` to get the exception re-raised in the caller instead.

Work done in ``fn`` must not touch widgets (Qt widgets live on the GUI thread):
call services, return plain data, and update the UI with the result.
The store (SQLAlchemy engine) can be used from the worker thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kamdesk.ui.widgets import messages

log = logging.getLogger(__name__)

T = TypeVar("T")

POLL_MS = 50


class JobCancelled(Exception):
    """Raised inside a job when the user cancelled it; ends the job quietly."""


class JobProgress:
    """What a job gets to report progress and learn about cancel. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._text: str | None = None
        self._done = 0
        self._total = 0
        self._version = 0

    # --- called from the job -------------------------------------------------
    def report(self, done: int, total: int, text: str | None = None) -> None:
        """Record progress; raises JobCancelled once the user has cancelled."""
        with self._lock:
            self._done = max(0, int(done))
            self._total = max(0, int(total))
            if text is not None:
                self._text = text
            self._version += 1
        self.check()

    def __call__(self, text: str, done: int, total: int) -> None:
        """``report`` in the ``(text, done, total)`` order of service callbacks."""
        self.report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise JobCancelled if the user has cancelled."""
        if self._cancel.is_set():
            raise JobCancelled()

    # --- called from the GUI ---------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> tuple[int, str | None, int, int]:
        with self._lock:
            return self._version, self._text, self._done, self._total


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.value: T | None = None
        self.error: BaseException | None = None
        self.finished = threading.Event()


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[JobProgress], T],
    *,
    cancellable: bool = True,
    label: str = "",
    delay_ms: int = 400,
    errors: Literal["show", "raise"] = "show",
) -> T | None:
    """Run ``fn(progress)`` off the GUI thread; see the module docstring."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("run_job must be called from the GUI thread")
    progress = JobProgress()
    outcome: _Outcome[T] = _Outcome()

    def work() -> None:
        try:
            outcome.value = fn(progress)
        except BaseException as exc:  # handed to the GUI thread below
            outcome.error = exc
        finally:
            outcome.finished.set()

    dialog = _progress_dialog(parent, title, label or title, cancellable)
    watcher = _DialogWatcher(dialog, progress, outcome, cancellable=cancellable, delay_ms=delay_ms)
    thread = threading.Thread(target=work, name=f"job: {title}", daemon=True)
    thread.start()
    watcher.wait()
    thread.join()
    dialog.hide()
    dialog.deleteLater()
    return _settle(parent, title, outcome, errors)


def _progress_dialog(parent: QWidget | None, title: str, label: str, cancellable: bool) -> QProgressDialog:
    """The job's dialog, hidden until the job has taken ``delay_ms``."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.setRange(0, 0)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("Jobs", "Cancel"))
    else:
        dialog.setCancelButton(None)
    dialog.hide()
    return dialog


class _DialogWatcher(Generic[T]):
    """Keeps the dialog in step with the job (progress, cancel) while the GUI
    thread waits in a local event loop for the job to finish."""

    def __init__(
        self,
        dialog: QProgressDialog,
        progress: JobProgress,
        outcome: _Outcome[T],
        *,
        cancellable: bool,
        delay_ms: int,
    ) -> None:
        self.dialog = dialog
        self.progress = progress
        self.outcome = outcome
        self.cancellable = cancellable
        self.delay_ms = delay_ms
        self.loop = QEventLoop()
        self.started = time.monotonic()
        self.seen_version = -1
        dialog.canceled.connect(self.on_cancel)

    def on_cancel(self) -> None:
        if self.progress.cancelled:
            return
        self.progress.cancel()
        self.dialog.setLabelText(QCoreApplication.translate("Jobs", "Cancelling…"))
        self.dialog.show()

    def wait(self) -> None:
        # very short jobs finish without any dialog or nested loop. Polled with
        # sleeps, not Event.wait(timeout): under libfaketime (the suite runs with
        # the machine's clock moved) a timed wait never times out, and the job's
        # progress would then never reach the dialog.
        quick_until = time.monotonic() + 0.02
        while not self.outcome.finished.is_set() and time.monotonic() < quick_until:
            time.sleep(0.001)
        if self.outcome.finished.is_set():
            return
        timer = QTimer()
        timer.setInterval(POLL_MS)
        timer.timeout.connect(self.poll)
        timer.start()
        self.loop.exec()
        timer.stop()

    def poll(self) -> None:
        dialog = self.dialog
        if self.outcome.finished.is_set():
            self.loop.quit()
            return
        if self.cancellable and dialog.wasCanceled() and not self.progress.cancelled:
            self.on_cancel()  # cancel() slot or Escape, which do not emit canceled
        if not dialog.isVisible() and (time.monotonic() - self.started) * 1000 >= self.delay_ms:
            dialog.show()
        version, text, done, total = self.progress.snapshot()
        if version == self.seen_version or self.progress.cancelled:
            return
        self.seen_version = version
        if total > 0:
            if dialog.maximum() != total:
                dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        elif dialog.maximum() != 0:
            dialog.setRange(0, 0)
        if text:
            dialog.setLabelText(text)


def _settle(
    parent: QWidget | None, title: str, outcome: _Outcome[T], errors: Literal["show", "raise"]
) -> T | None:
    """The job's value; or None after a cancel or a shown error (or the error raised)."""
    error = outcome.error
    if error is None:
        return outcome.value
    if isinstance(error, JobCancelled):
        log.info("job cancelled: %s", title)
        return None
    if errors == "raise":
        raise error
    messages.show_exception(parent, title, error)
    return None
