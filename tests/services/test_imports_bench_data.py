"""The benchmark's import step runs on its own generated spreadsheet."""

from __future__ import annotations

from pathlib import Path

from kamdesk.bench.import_measure import import_rows
from kamdesk.bench.run import Bench


def test_bench_import_step_imports_every_generated_row(tmp_path: Path):
    bench = Bench("small", tmp_path, log=lambda text: None)
    import_rows(bench)
    [measure] = bench.measures
    assert measure.name == "import rows incl. preview" and measure.value is not None
    assert "1,000 added, 0 rejected, 0 duplicates" in measure.note
    assert bench.facts["import_cpu_s"] >= 0
