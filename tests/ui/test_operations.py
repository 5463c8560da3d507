"""The operation runner: a service call's changes are published with their
initiator, a UserError is shown in the UI's language, a slow call runs in the
thread pool and reports back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import Op, run_op, running_ops
from kamdesk.ui.widgets import messages


@pytest.fixture
def heard(ctx: AppContext) -> list[Changes]:
    seen: list[Changes] = []
    ctx.hub.changed.connect(seen.append)
    return seen


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text: out.append((title, text)))
    return out


def test_changes_are_published_with_their_initiator(ctx: AppContext, heard: list[Changes]) -> None:
    page = object()
    result = run_op(None, ctx, lambda: Result(7, Changes.of("account")), title="Save", initiator=page)
    assert result is not None and result.value == 7
    assert [c.kinds for c in heard] == [frozenset({"account"})]
    assert heard[0].initiator is page
    assert heard[0] == Changes.of("account")  # the initiator does not make other changes unequal


def test_a_user_error_is_shown_in_the_ui_language_and_nothing_is_published(
    ctx: AppContext, heard: list[Changes], shown: list[tuple[str, str]]
) -> None:
    def refuse() -> Result[int]:
        raise ValidationError({"email": "not an e-mail address: x@ (expected name@domain)"})

    assert run_op(None, ctx, refuse, title="Save contact") is None
    # the services' English shape, shown through the translation source
    assert shown == [("Save contact", "Not an e-mail address: x@ (like name@example.com).")]
    assert heard == []


def test_a_failure_handler_replaces_the_message_box(ctx: AppContext, shown: list[tuple[str, str]]) -> None:
    caught: list[str] = []

    def refuse() -> Result[int]:
        raise UserError("the map was deleted")

    assert run_op(None, ctx, refuse, title="Map", failure=lambda exc: caught.append(str(exc))) is None
    assert caught == ["the map was deleted"] and shown == []


def test_field_errors_go_to_the_form_and_other_refusals_to_a_message(
    ctx: AppContext, shown: list[tuple[str, str]]
) -> None:
    at_fields: list[dict[str, str]] = []

    def invalid() -> Result[int]:
        raise ValidationError({"name": "required"})

    def locked() -> Result[int]:
        raise UserError("the database is locked")

    for call in (invalid, locked):
        assert run_op(None, ctx, call, title="Save", invalid=lambda exc: at_fields.append(exc.errors)) is None
    assert at_fields == [{"name": "required"}]
    assert shown == [("Save", "the database is locked")]


def test_success_settles_the_initiator_before_the_views_hear(ctx: AppContext) -> None:
    order: list[str] = []
    ctx.hub.changed.connect(lambda changes: order.append("published"))
    run_op(
        None,
        ctx,
        lambda: Result(1, Changes.of("plan")),
        title="Save",
        success=lambda r: order.append("success"),
    )
    assert order == ["success", "published"]


def test_a_bug_is_not_swallowed_on_the_gui_thread(ctx: AppContext) -> None:
    def broken() -> Result[int]:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        run_op(None, ctx, broken, title="Save")


def test_a_slow_call_runs_in_the_pool_and_reports_on_the_gui_thread(
    qtbot, ctx: AppContext, heard: list[Changes]
) -> None:  # type: ignore[no-untyped-def]
    gui = threading.get_ident()
    ran_on: list[int] = []
    succeeded_on: list[int] = []

    def slow() -> Result[str]:
        ran_on.append(threading.get_ident())
        return Result("done", Changes.of("report"))

    Op(None, ctx, slow, title="Rollup").success(
        lambda r: succeeded_on.append(threading.get_ident())
    ).run_in_background(initiator="me")
    qtbot.waitUntil(lambda: running_ops() == 0 and bool(succeeded_on), timeout=5000)
    assert ran_on and ran_on[0] != gui and succeeded_on == [gui]
    assert [c.initiator for c in heard] == ["me"]


def test_a_bug_in_the_background_is_logged_and_shown_as_a_bug(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bugs: list[BaseException] = []
    monkeypatch.setattr(messages, "show_exception", lambda parent, title, exc: bugs.append(exc))

    def broken() -> Result[int]:
        raise ZeroDivisionError

    Op(None, ctx, broken, title="Rollup").run_in_background()
    qtbot.waitUntil(lambda: running_ops() == 0, timeout=5000)
    assert [type(b) for b in bugs] == [ZeroDivisionError]
