"""The benchmark of issue 9: build a data set in a temp dir, measure every
path against its target and, where one exists, a floor from the same run."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from kamdesk.bench import list_measures, report_measures
from kamdesk.bench.import_measure import import_rows
from kamdesk.bench.measure import TARGETS, Measure, target_dict
from kamdesk.bench.timing import child_runs, median_of
from kamdesk.store.db import Database, sqlite_url

__all__ = ["Bench", "Measure", "run_bench"]


class Bench:
    def __init__(
        self, size: str, workdir: Path, *, seed: int = 1, log: Callable[[str], None] | None = None
    ) -> None:
        self.size = size
        self.workdir = workdir
        self.seed = seed
        self.today = date(2026, 11, 25)
        self.path = workdir / f"bench-{size}.db"
        self.url = sqlite_url(self.path)
        self.measures: list[Measure] = []
        self.facts: dict[str, Any] = {}
        self.log = log or (lambda text: print(text, file=sys.stderr, flush=True))
        self.db: Database | None = None

    # -- helpers ---------------------------------------------------------------

    def add(self, m: Measure) -> None:
        self.measures.append(m)
        ratio = f"  ({m.ratio:.2f}× floor {m.floor:.2f})" if m.ratio is not None and m.floor else ""
        shown = "n/a" if m.value is None else f"{m.value:.2f} {m.unit}"
        self.log(f"  {m.name}: {shown}{ratio} {m.note}")

    def guarded(self, name: str, unit: str, fn: Callable[[], None]) -> None:
        """Run one measure; a missing piece is reported as n/a, not a crash."""
        try:
            fn()
        except Exception as exc:
            self.add(Measure(name, None, unit, note=f"n/a: {type(exc).__name__}: {exc}"[:300]))

    # -- the steps ---------------------------------------------------------------

    def build(self) -> None:
        from kamdesk.store.demo import generate
        from kamdesk.store.schema import open_database

        if self.path.exists() and self.path.stat().st_size > 0:
            # a data set kept from an earlier run (--keep DIR): the large one takes minutes to build
            self.log(f"reusing the {self.size} data set {self.path} …")
            self.db = open_database(self.url)
            self.facts["build_s"] = "reused"
            self.facts["db_mb"] = round(self.path.stat().st_size / 1e6, 1)
            with self.db.engine.connect() as conn:
                self.facts["data"] = {
                    t: int(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() or 0)
                    for t in ("account", "contact", "visit")
                }
            self.facts["data"]["accounts"] = self.facts["data"]["account"]
            return
        self.log(f"building the {self.size} data set in {self.workdir} …")
        db = open_database(self.url)
        t = time.perf_counter()
        summary = generate(db, size=self.size, seed=self.seed, today=self.today)
        self.facts["build_s"] = round(time.perf_counter() - t, 1)
        self.facts["data"] = {k: v for k, v in asdict(summary).items() if isinstance(v, int)}
        db.dispose()
        self.facts["db_mb"] = round(self.path.stat().st_size / 1e6, 1)
        self.db = open_database(self.url)
        self.log(f"  built in {self.facts['build_s']} s, {self.facts['db_mb']} MB: {self.facts['data']}")

    def startup(self) -> None:
        repeat = 5
        bare = child_runs("kamdesk.bench.bare_window", [], repeat=repeat)
        app = child_runs("kamdesk.bench.app_probe", [self.url], repeat=repeat)
        self.add(
            Measure(
                "start to usable main window",
                median_of(app, "start_s") * 1000,
                "ms",
                floor=median_of(bare, "start_s") * 1000,
                note=f"median of {repeat}; floor: bare PySide6 window",
            )
        )

    def scroll_and_memory(self) -> None:
        run = child_runs("kamdesk.bench.app_probe", [self.url, "--scroll"], repeat=1)[0]
        self.add(
            Measure(
                "scroll account list to the end",
                run["scroll_end_s"] * 1000,
                "ms",
                note=f"{int(run['rows_loaded']):,} rows in {int(run['scroll_pages'])} fetches",
            )
        )
        self.add(Measure("peak RSS (app, list scrolled to end)", run["peak_rss_mb"], "MB"))

    def run(self) -> None:
        self.build()
        self.guarded("start to usable main window", "ms", self.startup)
        self.guarded("account list first page", "ms", lambda: list_measures.first_page(self))
        self.guarded("search as you type (worst keystroke)", "ms", lambda: list_measures.search(self))
        self.guarded("jump to the end, by name", "ms", lambda: list_measures.jumps(self))
        self.guarded("open one account", "ms", lambda: list_measures.open_account(self))
        self.guarded("weekly PDF, one rep", "ms", lambda: report_measures.pdfs(self))
        self.guarded("kamdesk report weekly (whole command)", "ms", lambda: report_measures.commands(self))
        self.guarded("team rollup", "ms", lambda: report_measures.rollup(self))
        self.guarded("import rows incl. preview", "ms", lambda: import_rows(self))
        self.guarded("peak RSS (app, list scrolled to end)", "MB", self.scroll_and_memory)
        if self.db is not None:
            self.db.dispose()

    def missed(self) -> list[str]:
        """Measures with a target that missed it, or that could not be taken."""
        out = []
        for m in self.measures:
            if (m.name, self.size) not in TARGETS:
                continue
            if m.value is None or m.verdict(self.size) == "MISSED":
                out.append(m.name)
        return out

    def table(self) -> str:
        lines = [
            f"KAMdesk benchmark — {self.size} ({_thousands(self.facts.get('data', {}).get('accounts'))} accounts, "
            f"built in {self.facts.get('build_s')} s, {self.facts.get('db_mb')} MB)",
            f"{'measure':<40} {'median':>12} {'floor':>10} {'ratio':>7} {'target':>10}  verdict",
        ]
        for m in self.measures:
            value = "n/a" if m.value is None else f"{m.value:.1f} {m.unit}"
            floor = "" if m.floor is None else f"{m.floor:.1f}"
            ratio = "" if m.ratio is None else f"{m.ratio:.2f}×"
            lines.append(
                f"{m.name:<40} {value:>12} {floor:>10} {ratio:>7} {m.target_text(self.size):>10}  "
                f"{m.verdict(self.size)}"
            )
            if m.value is None:
                lines.append(f"    {m.note}")
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "facts": self.facts,
            "measures": [
                {
                    "name": m.name,
                    "value": m.value,
                    "unit": m.unit,
                    "floor": m.floor,
                    "ratio": m.ratio,
                    "target": target_dict(m.name, self.size),
                    "verdict": m.verdict(self.size),
                    "note": m.note,
                }
                for m in self.measures
            ],
        }


def _thousands(n: Any) -> str:
    return f"{n:,}" if isinstance(n, int) else "?"


def run_bench(size: str, output: Path | None = None, *, keep: Path | None = None) -> Bench:
    with tempfile.TemporaryDirectory(prefix="kamdesk-bench-") as tmp:
        workdir = keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        bench = Bench(size, workdir)
        bench.run()
        print(bench.table())
        if output is not None:
            output.write_text(json.dumps(bench.as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        return bench
