"""Run a service call from the UI, the one way (after Anki's ``CollectionOp``).

A service returns a :class:`~kamdesk.services.changes.Result`: its value and
what it changed. An operation calls it, shows a :class:`~kamdesk.errors.UserError`
in the UI's language, and publishes the ``Changes`` with their initiator, so
the page that made a change can skip reloading what it has already redrawn
(``changes.initiator is self``) — no flag needed::

    result = run_op(self, self.ctx, lambda: maps.remove_person(db, uuid),
                    title=self.tr("Stakeholder map"), initiator=self)
    if result is None:       # refused: the message was shown
        return

    # may be slow: a worker of the QThreadPool, callbacks on the GUI thread
    Op(self, self.ctx, lambda: big_service_call(db), title=...) \\
        .success(lambda result: ...).run_in_background(initiator=self)

* ``failure(exc)`` replaces the message box (e.g. to show the error in a label);
  ``invalid(exc)`` takes a ValidationError (a form puts its messages at the
  fields); ``success(result)`` runs before the changes are published.
* Only a ``UserError`` is the user's to fix; anything else is a bug: raised on
  the GUI thread as before, or, from the background, logged and shown as one
  (:func:`kamdesk.ui.widgets.messages.show_exception`).
* The call runs without the GUI: it must not touch widgets (the store may be
  used from a worker thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Result
from kamdesk.ui.accounts.form.field_messages import translate_errors, translate_message
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages

log = logging.getLogger(__name__)

T = TypeVar("T")

#: operations running in the background, kept alive until they report back
_RUNNING: set[Op[Any]] = set()


def user_error_text(exc: UserError) -> str:
    """The error's message in the UI's language (known message shapes are
    translated, the values they quote kept; others shown as they are)."""
    if isinstance(exc, ValidationError) and exc.errors:
        return "\n".join(translate_errors(exc.errors).values())
    return translate_message(str(exc))


def show_user_error(parent: QWidget | None, title: str, exc: UserError) -> None:
    messages.show_error(parent, title, user_error_text(exc))


def running_ops() -> int:
    """How many operations are still running in the background."""
    return len(_RUNNING)


class _Finished(QObject):
    """Carries a worker's outcome back to the GUI thread (a queued signal)."""

    done = Signal(object, object)  # the result, the exception


class _Worker(QRunnable):
    def __init__(self, call: Callable[[], object], finished: _Finished) -> None:
        super().__init__()
        self._call = call
        self._finished = finished

    def run(self) -> None:
        try:
            value = self._call()
        except BaseException as exc:  # handed to the GUI thread
            self._finished.done.emit(None, exc)
            return
        self._finished.done.emit(value, None)


class Op(Generic[T]):
    """One service call, run from ``parent`` (which shows its errors)."""

    def __init__(
        self, parent: QWidget | None, ctx: AppContext, call: Callable[[], Result[T]], *, title: str
    ) -> None:
        self._parent = parent
        self._ctx = ctx
        self._call = call
        self._title = title
        self._success: Callable[[Result[T]], object] | None = None
        self._failure: Callable[[UserError], object] | None = None
        self._invalid: Callable[[ValidationError], object] | None = None
        self._finished: _Finished | None = None

    def success(self, fn: Callable[[Result[T]], object]) -> Op[T]:
        """Call ``fn(result)`` before the changes are published (the initiator
        settles its own state first, as in Anki)."""
        self._success = fn
        return self

    def failure(self, fn: Callable[[UserError], object]) -> Op[T]:
        """Call ``fn(error)`` on a UserError instead of showing a message box."""
        self._failure = fn
        return self

    def invalid(self, fn: Callable[[ValidationError], object]) -> Op[T]:
        """Call ``fn(error)`` when the input was refused field by field (a form
        shows the messages at its fields); other UserErrors as ``failure``."""
        self._invalid = fn
        return self

    def run(self, *, initiator: object | None = None) -> Result[T] | None:
        """Run on the GUI thread (a quick call); the result, or None when refused."""
        try:
            result = self._call()
        except UserError as exc:
            self._refused(exc)
            return None
        return self._succeeded(result, initiator)

    def run_in_background(self, *, initiator: object | None = None) -> None:
        """Run in the QThreadPool (a call that may be slow); ``success`` and
        ``failure`` are called on the GUI thread when it is done."""
        finished = _Finished()
        self._finished = finished
        finished.done.connect(lambda value, exc: self._done(value, exc, initiator))
        _RUNNING.add(self)
        QThreadPool.globalInstance().start(_Worker(self._call, finished))

    # --- outcome --------------------------------------------------------------------------------
    def _done(self, result: Result[T] | None, exc: BaseException | None, initiator: object | None) -> None:
        _RUNNING.discard(self)
        self._finished = None
        if exc is None:
            assert result is not None
            self._succeeded(result, initiator)
        elif isinstance(exc, UserError):
            self._refused(exc)
        else:
            messages.show_exception(self._live_parent(), self._title, exc)

    def _succeeded(self, result: Result[T], initiator: object | None) -> Result[T]:
        # as Anki: the initiator settles its own state first, then every view hears
        try:
            if self._success is not None and self._parent_alive():
                self._success(result)
        finally:
            self._ctx.hub.publish(result.changes, initiator)
        return result

    def _refused(self, exc: UserError) -> None:
        if self._invalid is not None and isinstance(exc, ValidationError):
            if self._parent_alive():
                self._invalid(exc)
            return
        if self._failure is not None:
            if self._parent_alive():
                self._failure(exc)
            return
        show_user_error(self._live_parent(), self._title, exc)

    def _parent_alive(self) -> bool:
        return self._parent is None or isValid(self._parent)

    def _live_parent(self) -> QWidget | None:
        # the page may have gone while the call ran in the background
        return self._parent if self._parent is not None and isValid(self._parent) else None


def run_op(
    parent: QWidget | None,
    ctx: AppContext,
    call: Callable[[], Result[T]],
    *,
    title: str,
    initiator: object | None = None,
    success: Callable[[Result[T]], object] | None = None,
    failure: Callable[[UserError], object] | None = None,
    invalid: Callable[[ValidationError], object] | None = None,
) -> Result[T] | None:
    """Run ``call`` now, on the GUI thread: call ``success``, publish its
    changes (with ``initiator``) and return its result; or show its UserError
    (or hand it to ``failure``, a ValidationError to ``invalid``) and return None."""
    op = Op(parent, ctx, call, title=title)
    if success is not None:
        op.success(success)
    if failure is not None:
        op.failure(failure)
    if invalid is not None:
        op.invalid(invalid)
    return op.run(initiator=initiator)


__all__ = ["Op", "run_op", "running_ops", "show_user_error", "user_error_text"]
