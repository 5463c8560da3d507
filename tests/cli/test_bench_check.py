"""``kamdesk bench --check``: non-zero exit when a target is missed."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kamdesk.bench import run as bench_run
from kamdesk.bench.run import Bench, Measure
from kamdesk.cli import bench as cli_bench


def _bench(tmp_path: Path, *measures: Measure) -> Bench:
    b = Bench("large", tmp_path, log=lambda _t: None)
    b.measures.extend(measures)
    return b


def test_missed_lists_targets_missed_or_not_measured(tmp_path: Path) -> None:
    b = _bench(
        tmp_path,
        Measure("jump to the end, by city", 12.0, "ms"),
        Measure("jump to the end, by tier", 75.0, "ms"),
        Measure("kamdesk report weekly (whole command)", None, "ms", note="n/a"),
        Measure("scroll account list to the end", 9999.0, "ms"),  # no target: never missed
    )
    assert b.missed() == ["jump to the end, by tier", "kamdesk report weekly (whole command)"]
    assert "MISSED" in b.table()


@pytest.mark.parametrize(("value", "code"), [(20.0, 0), (51.0, 1)])
def test_check_exits_non_zero_when_a_target_is_missed(tmp_path, monkeypatch, capsys, value, code) -> None:
    def fake_run_bench(size, output, *, keep=None):  # type: ignore[no-untyped-def]
        return _bench(tmp_path, Measure("jump to the end, by name", value, "ms"))

    monkeypatch.setattr(bench_run, "run_bench", fake_run_bench)
    args = argparse.Namespace(fuzz=None, sync=False, size="large", output=None, keep=None, check=True)
    assert cli_bench.run(args) == code
    if code:
        assert "missed: jump to the end, by name" in capsys.readouterr().out
