"""The measures of the reports: PDFs rendered in process, the rollup, and the
``kamdesk`` commands timed as whole processes."""

from __future__ import annotations

import statistics
import sys
import time
from datetime import timedelta
from typing import TYPE_CHECKING

from kamdesk.bench.measure import Measure
from kamdesk.bench.timing import median_ms, once_ms

if TYPE_CHECKING:
    from kamdesk.bench.run import Bench


def report_period(bench: Bench) -> tuple[str, str, str | None]:
    from kamdesk.services.reporting import default_rep

    assert bench.db is not None
    last_week = bench.today - timedelta(days=7)
    year, week, _ = last_week.isocalendar()
    rep = default_rep(bench.db)
    month = (bench.today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    return f"{year}-W{week:02d}", month, rep.uuid if rep else None


def command_ms(bench: Bench, args: list[str], *, repeat: int = 5) -> float:
    """Median wall time of ``python -m kamdesk --db DB …`` as a whole process."""
    import os
    import subprocess

    env = {**os.environ, "KAMDESK_DATA_DIR": str(bench.workdir / "data")}
    (bench.workdir / "data").mkdir(exist_ok=True)
    samples = []
    for _ in range(repeat + 1):
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "kamdesk", "--db", str(bench.path), *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=900,
        )
        samples.append((time.perf_counter() - t) * 1000)
        if proc.returncode != 0:
            raise RuntimeError(f"kamdesk {' '.join(args)} failed: {proc.stderr.strip()[-500:]}")
    return statistics.median(samples[1:])  # the first run warms the file cache


def commands(bench: Bench) -> None:
    week, month, rep = report_period(bench)
    out = bench.workdir / "bench-command.pdf"
    # the fixed cost every command (and the GUI) pays before its own work
    parser = command_ms(bench, ["--help"])
    bench.add(Measure("kamdesk --help (start + parser, whole command)", parser, "ms", note="median of 5"))
    rep_args = ["--rep", rep] if rep else []
    weekly = command_ms(bench, ["report", "weekly", "--week", week, "-o", str(out), *rep_args])
    bench.add(Measure("kamdesk report weekly (whole command)", weekly, "ms", note=f"{week}, median of 5"))
    monthly = command_ms(bench, ["report", "monthly", "--month", month, "-o", str(out), *rep_args])
    bench.add(Measure("kamdesk report monthly (whole command)", monthly, "ms", note=f"{month}, median of 5"))
    day = bench.today + timedelta(days=1)
    pack = command_ms(bench, ["visit-pack", "--date", day.isoformat(), "-o", str(out)], repeat=3)
    bench.add(
        Measure(
            "kamdesk visit-pack, the rep's own day (whole command)",
            pack,
            "ms",
            note=f"{day}, median of 3",
        )
    )


def pdfs(bench: Bench) -> None:
    from kamdesk.reports.monthly import render_monthly
    from kamdesk.reports.weekly import render_weekly
    from kamdesk.services.reporting import monthly_report, weekly_report

    assert bench.db is not None
    db = bench.db
    week, month, rep = report_period(bench)
    out = bench.workdir / "bench-report.pdf"
    weekly = median_ms(lambda: render_weekly(weekly_report(db, week, rep), out), repeat=5)
    bench.add(Measure("weekly PDF, one rep", weekly, "ms", note=f"{week}, data + PDF"))
    monthly = median_ms(lambda: render_monthly(monthly_report(db, month, rep), out), repeat=5)
    bench.add(Measure("monthly PDF, one rep", monthly, "ms", note=f"{month}, data + PDF with charts"))


def rollup(bench: Bench) -> None:
    from kamdesk.services.reporting.rollup import team_rollup

    assert bench.db is not None
    db = bench.db
    _week, month, _rep = report_period(bench)
    steps: list[str] = []
    ms, result = once_ms(lambda: team_rollup(db, month, progress=lambda text, i, n: steps.append(text)))
    bench.add(
        Measure(
            "team rollup",
            ms,
            "ms",
            note=f"{month}, {len(result.reps)} reps, {len(steps)} progress steps",
        )
    )
