"""Small timing helpers for the benchmark (medians, child processes)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any


def median_ms(fn: Callable[[], Any], *, repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def once_ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    value = fn()
    return (time.perf_counter() - t) * 1000, value


def child_runs(module: str, args: list[str], *, repeat: int = 5) -> list[dict[str, float]]:
    """Run ``python -m module args`` ``repeat`` times. Each child prints one JSON
    line with ``painted_at`` (system-wide monotonic seconds, comparable across processes); ``start_s`` is added: from just
    before the process was launched to its first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = []
    for _ in range(repeat):
        launched = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", module, *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=600,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{module} failed: {proc.stderr.strip()[-800:]}")
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        data["start_s"] = data["painted_at"] - launched
        out.append(data)
    return out


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)
