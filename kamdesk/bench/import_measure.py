"""The measure of an import: a generated spreadsheet through preview and import."""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kamdesk.bench.measure import Measure
from kamdesk.bench.timing import once_ms
from kamdesk.store.db import sqlite_url

if TYPE_CHECKING:
    from kamdesk.bench.run import Bench


def import_rows(bench: Bench) -> None:
    from kamdesk.services.exchange import imports as imports
    from kamdesk.store.schema import open_database

    rows = 100_000 if bench.size == "large" else 1_000
    csv_path = bench.workdir / "bench-import.csv"
    write_import_csv(csv_path, rows, seed=bench.seed)
    target = open_database(sqlite_url(bench.workdir / "bench-import.db"))
    calls: list[int] = []
    try:
        cpu = time.process_time()
        started = time.perf_counter()
        preview = imports.preview(target, csv_path, "accounts")
        preview_ms = (time.perf_counter() - started) * 1000
        _import_ms, outcome = once_ms(
            lambda: imports.run_import(
                target,
                csv_path,
                "accounts",
                preview.mapping,
                dry_run=False,
                progress=lambda *a: calls.append(1),
            )
        )
        ms = (time.perf_counter() - started) * 1000
        # CPU time beside the wall time: on a machine busy with other work
        # the wall time says as much about the neighbours as about the import
        bench.facts["import_cpu_s"] = round(time.process_time() - cpu, 2)
    finally:
        target.dispose()
    bench.add(
        Measure(
            "import rows incl. preview",
            ms,
            "ms",
            note=(
                f"preview {preview_ms:.0f} ms; {rows:,} CSV rows: {outcome.added:,} added, {len(outcome.rejected)} rejected, "
                f"{len(outcome.duplicates)} duplicates; {len(calls)} progress calls; "
                f"CPU {bench.facts['import_cpu_s']} s"
            ),
        )
    )


def write_import_csv(path: Path, rows: int, *, seed: int = 1) -> None:
    """A CSV in the seeds' own column names, as a rep's spreadsheet would be."""
    rng = random.Random(seed)
    cities = ["上海", "北京", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆"]
    trades = ["烟草", "银行", "制造", "医药", "电力", "物流", "通信", "石化"]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(
            ["客户名称", "简称", "行业", "地区", "地址", "电话", "客户级别", "客户等级", "联系人", "备注"]
        )
        for i in range(rows):
            city = rng.choice(cities)
            trade = rng.choice(trades)
            out.writerow(
                [
                    f"{city}导入{trade}第{i + 1}号有限公司",
                    f"导入{i + 1}",
                    trade,
                    city,
                    f"{city}市测试路{i % 999 + 1}号",
                    f"021-{60000000 + i}",
                    rng.choice(["白金", "金", "银", "普通"]),
                    rng.choice("ABCDE"),
                    "",
                    "",
                ]
            )
