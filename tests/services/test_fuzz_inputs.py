"""Property tests over the four ways data comes in: whatever the input, the
result is success or one UserError — never another exception — and a refused
input writes nothing. The inputs are the ``kamdesk bench --fuzz`` mutations,
drawn by hypothesis (CI-sized here; ``KAMDESK_FUZZ=10000`` runs the long one)."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.bench import fuzz
from kamdesk.errors import UserError
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.schema import open_database

CI = settings(
    max_examples=40,
    deadline=None,  # time is checked per input below (10 s), not by hypothesis' 200 ms
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[fuzz.FuzzTarget]:
    t = fuzz.build_target(tmp_path_factory.mktemp("fuzz"))
    yield t
    t.db.dispose()


@pytest.fixture(scope="module")
def manager(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(sqlite_url(tmp_path_factory.mktemp("manager") / "manager.db"))
    yield db
    db.dispose()


def _holds(rng: random.Random, path: str, target: fuzz.FuzzTarget, manager: Database) -> None:
    what, call, db = fuzz.one_input(rng, path, target, manager)
    before = fuzz.counts(db)
    try:
        with fuzz.alarm(fuzz.HANG_SECONDS):
            call()
    except UserError as exc:
        assert "\n" not in str(exc), what
        assert fuzz.counts(db) == before, f"a refused input wrote something: {what}"


@CI
@given(rng=st.randoms(use_true_random=False))
def test_any_bundle_imports_or_is_refused_cleanly(
    rng: random.Random, target: fuzz.FuzzTarget, manager: Database
) -> None:
    _holds(rng, "bundle", target, manager)


@CI
@given(rng=st.randoms(use_true_random=False))
def test_any_spreadsheet_imports_or_is_refused_cleanly(
    rng: random.Random, target: fuzz.FuzzTarget, manager: Database
) -> None:
    _holds(rng, "tabular", target, manager)


@CI
@given(rng=st.randoms(use_true_random=False))
def test_any_submission_is_received_or_refused_cleanly(
    rng: random.Random, target: fuzz.FuzzTarget, manager: Database
) -> None:
    _holds(rng, "kamsub", target, manager)


@CI
@given(rng=st.randoms(use_true_random=False))
def test_any_form_input_saves_or_is_refused_cleanly(
    rng: random.Random, target: fuzz.FuzzTarget, manager: Database
) -> None:
    _holds(rng, "forms", target, manager)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    value=st.one_of(
        st.text(max_size=60),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.none(),
        st.booleans(),
        st.dates(),
    )
)
def test_field_checks_return_a_value_or_a_message(value: object) -> None:
    from kamdesk.services import fieldcheck as f

    for check in (
        lambda e: f.text(e, "x", value, max_len=10),
        lambda e: f.phone(e, "x", value),
        lambda e: f.email(e, "x", value),
        lambda e: f.url(e, "x", value),
        lambda e: f.postcode(e, "x", value),
        lambda e: f.a_date(e, "x", value, not_future=True),
        lambda e: f.amount(e, "x", value),
        lambda e: f.integer(e, "x", value),
        lambda e: f.number(e, "x", value, minimum=0, maximum=100),
        lambda e: f.boolean(e, "x", value),
    ):
        errors: dict[str, str] = {}
        check(errors)  # no exception whatever the value
        assert all(isinstance(m, str) and m for m in errors.values())


@pytest.mark.skipif(not os.environ.get("KAMDESK_FUZZ"), reason="the long fuzz run: KAMDESK_FUZZ=10000")
def test_long_fuzz_run_finds_no_traceback_hang_or_partial_write(tmp_path: Path) -> None:
    figures = fuzz.run_fuzz(
        int(os.environ["KAMDESK_FUZZ"]), seed=int(os.environ.get("KAMDESK_FUZZ_SEED", "1"))
    )
    print(fuzz.report(figures))
    assert all(f.tracebacks == 0 and f.hangs == 0 and f.partial_writes == 0 for f in figures.values()), (
        fuzz.report(figures)
    )
