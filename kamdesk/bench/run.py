"""The benchmark of issue 9: build a data set in a temp dir, measure every
path against its target and, where one exists, a floor from the same run."""

from __future__ import annotations

import csv
import functools
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kamdesk.bench.timing import child_runs, median_ms, median_of, once_ms
from kamdesk.store.db import Database, sqlite_url

#: The sorts of the account list a rep jumps to the end of (issue 20).
JUMP_SORTS = ("name", "owner", "city", "last_touch", "revenue", "days_overdue", "tier")

#: (measure, size) -> (target, unit, kind) where kind "max" is an absolute
#: ceiling and "ratio" a ceiling on value / floor.
TARGETS: dict[tuple[str, str], tuple[float, str, str]] = {
    ("start to usable main window", "small"): (400, "ms", "max"),
    ("start to usable main window", "large"): (600, "ms", "max"),
    ("account list first page", "small"): (2.0, "×", "ratio"),
    ("account list first page", "large"): (2.0, "×", "ratio"),
    ("search as you type (worst keystroke)", "small"): (30, "ms", "max"),
    ("search as you type (worst keystroke)", "large"): (30, "ms", "max"),
    ("open one account", "large"): (30, "ms", "max"),
    ("weekly PDF, one rep", "small"): (500, "ms", "max"),
    ("weekly PDF, one rep", "large"): (500, "ms", "max"),
    ("monthly PDF, one rep", "small"): (1000, "ms", "max"),
    ("monthly PDF, one rep", "large"): (1000, "ms", "max"),
    ("kamdesk report weekly (whole command)", "small"): (300, "ms", "max"),
    ("kamdesk report weekly (whole command)", "large"): (300, "ms", "max"),
    ("kamdesk report monthly (whole command)", "small"): (600, "ms", "max"),
    ("kamdesk report monthly (whole command)", "large"): (600, "ms", "max"),
    ("kamdesk visit-pack, the rep's own day (whole command)", "small"): (1000, "ms", "max"),
    ("kamdesk visit-pack, the rep's own day (whole command)", "large"): (1000, "ms", "max"),
    ("team rollup", "large"): (10000, "ms", "max"),
    ("import rows incl. preview", "large"): (5000, "ms", "max"),
    ("peak RSS (app, list scrolled to end)", "large"): (100, "MB", "max"),
    **{
        (f"jump to the end, by {sort}", size): (50, "ms", "max")
        for sort in JUMP_SORTS
        for size in ("small", "large")
    },
}


#: What a rep types, one keystroke at a time: the worst found in issue 20
#: first (common characters, a 4-digit phone prefix, initials, full pinyin),
#: then Chinese two-character terms, a name and pinyin initials.
SEARCH_TERMS = (
    "有限公司",
    "公司",
    "zg",
    "0512",
    "yinhang",
    "zhongguo",
    "烟草",
    "银行",
    "张伟",
    "shyc",
    "hua",
)


@dataclass
class Measure:
    name: str
    value: float | None
    unit: str
    floor: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def verdict(self, size: str) -> str:
        target = TARGETS.get((self.name, size))
        if target is None or self.value is None:
            return ""
        limit, _unit, kind = target
        got = self.ratio if kind == "ratio" else self.value
        if got is None:
            return ""
        return "ok" if got <= limit else "MISSED"

    def target_text(self, size: str) -> str:
        target = TARGETS.get((self.name, size))
        if target is None:
            return ""
        limit, unit, kind = target
        return f"≤ {limit:g}{unit}" if kind == "ratio" else f"≤ {limit:g} {unit}"


Step = Callable[[], None]


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

    def first_page(self) -> None:
        from kamdesk.services.accounts import AccountFilter, count_accounts, list_accounts

        assert self.db is not None
        db = self.db

        def service() -> None:
            count_accounts(db, AccountFilter(), today=self.today)
            list_accounts(db, AccountFilter(), sort="name", limit=200, today=self.today)

        raw = sqlite3.connect(self.path)

        def floor() -> None:
            # The same answer the service gives, by the cheapest SQL written by
            # hand: the live count (whole table minus the archived ones, from
            # ix_account_archived) and the page with every column the service
            # returns — the list columns, owner, times, money, codes, archived,
            # created_at (for days overdue), the custom values of each row and
            # the sort key (where the next page continues). A floor with fewer
            # columns or without the custom values would flatter the SQL side;
            # one that counts by a slower plan than the service would flatter
            # the service.
            raw.execute(
                "SELECT (SELECT count(*) FROM account) - (SELECT count(*) FROM account WHERE archived = 1)"
            ).fetchone()
            raw.execute(
                "SELECT a.id, a.uuid, a.name, a.short_name, a.number, a.tier, a.grade, a.cadence,"
                " a.industry, a.province, a.city, a.phone, r.uuid, r.name, a.last_touch_at,"
                " a.revenue_total, a.relationship_type, a.counterparty_kind, a.archived, a.created_at,"
                " (SELECT group_concat(cf.uuid || char(31) || cv.value, char(30)) FROM custom_value cv"
                "  JOIN custom_field cf ON cf.id = cv.field_id"
                "  WHERE cv.account_id = a.id AND cv.value IS NOT NULL),"
                " a.sort_key"
                " FROM account a LEFT JOIN rep r ON r.id = a.owner_id"
                " WHERE a.archived = 0 ORDER BY a.sort_key, a.id LIMIT 200"
            ).fetchall()

        service_ms, floor_ms = paired_medians(service, floor)
        self.add(
            Measure(
                "account list first page",
                service_ms,
                "ms",
                floor=floor_ms,
                note="count + 200 rows by pinyin name; floor: raw sqlite3, same count, rows and columns",
            )
        )
        raw.close()

    def search(self) -> None:
        from kamdesk.services.accounts import AccountFilter, count_accounts, list_accounts

        assert self.db is not None
        db = self.db
        per_key: list[float] = []
        detail = []
        for term in SEARCH_TERMS:
            for n in range(1, len(term) + 1):
                typed = term[:n]
                f = AccountFilter(text=typed)

                def keystroke(f: AccountFilter = f) -> None:
                    count_accounts(db, f, today=self.today)
                    list_accounts(db, f, sort="name", limit=200, today=self.today)

                ms = median_ms(keystroke, repeat=3)
                per_key.append(ms)
                detail.append(f"{typed}:{ms:.1f}")
        self.facts["search_keystrokes_ms"] = detail
        self.add(
            Measure(
                "search as you type (median keystroke)",
                statistics.median(per_key),
                "ms",
                note=f"{len(per_key)} keystrokes of {', '.join(SEARCH_TERMS)}; count + first page",
            )
        )
        self.add(Measure("search as you type (worst keystroke)", max(per_key), "ms"))

    def jumps(self) -> None:
        """Count + the last page of the live list, for each sort (what
        Ctrl+End asks of the service; the list no longer waits JUMP_REST_MS
        after a keyboard jump). Floor: the page's ids from raw sqlite3."""
        from kamdesk.services.accounts import AccountFilter, count_accounts, list_accounts
        from kamdesk.services.accounts.listing import forget_list_positions

        assert self.db is not None
        db = self.db
        total = count_accounts(db, AccountFilter(), today=self.today)
        for sort in JUMP_SORTS:

            def jump(sort: str = sort) -> None:
                forget_list_positions(db)  # a jump, not the next page of a scroll
                count_accounts(db, AccountFilter(), today=self.today)
                list_accounts(db, AccountFilter(), sort=sort, offset=max(0, total - 200), today=self.today)

            ms = median_ms(jump, repeat=5)
            self.add(Measure(f"jump to the end, by {sort}", ms, "ms", note=f"count + rows {total - 200:,}…"))

    def _command_ms(self, args: list[str], *, repeat: int = 5) -> float:
        """Median wall time of ``python -m kamdesk --db DB …`` as a whole process."""
        import os
        import subprocess

        env = {**os.environ, "KAMDESK_DATA_DIR": str(self.workdir / "data")}
        (self.workdir / "data").mkdir(exist_ok=True)
        samples = []
        for _ in range(repeat + 1):
            t = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "kamdesk", "--db", str(self.path), *args],
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

    def commands(self) -> None:
        week, month, rep = self._period()
        out = self.workdir / "bench-command.pdf"
        # the fixed cost every command (and the GUI) pays before its own work
        parser = self._command_ms(["--help"])
        self.add(Measure("kamdesk --help (start + parser, whole command)", parser, "ms", note="median of 5"))
        rep_args = ["--rep", rep] if rep else []
        weekly = self._command_ms(["report", "weekly", "--week", week, "-o", str(out), *rep_args])
        self.add(Measure("kamdesk report weekly (whole command)", weekly, "ms", note=f"{week}, median of 5"))
        monthly = self._command_ms(["report", "monthly", "--month", month, "-o", str(out), *rep_args])
        self.add(
            Measure("kamdesk report monthly (whole command)", monthly, "ms", note=f"{month}, median of 5")
        )
        day = self.today + timedelta(days=1)
        pack = self._command_ms(["visit-pack", "--date", day.isoformat(), "-o", str(out)], repeat=3)
        self.add(
            Measure(
                "kamdesk visit-pack, the rep's own day (whole command)",
                pack,
                "ms",
                note=f"{day}, median of 3",
            )
        )

    def open_account(self) -> None:
        from kamdesk.services.accounts import get_account

        assert self.db is not None
        db = self.db
        raw = sqlite3.connect(self.path)
        # accounts that have visits: the realistic and the harder case
        ids = [
            r[0]
            for r in raw.execute(
                "SELECT id FROM account WHERE last_visit_on IS NOT NULL ORDER BY id LIMIT 2000"
            ).fetchall()
        ]
        rng = random.Random(self.seed)
        picks = rng.sample(ids, min(20, len(ids)))
        uuids = [raw.execute("SELECT uuid FROM account WHERE id=?", (i,)).fetchone()[0] for i in picks]

        def open_one(uuid: str) -> float:
            return median_ms(lambda: get_account(db, uuid), repeat=3)

        service_ms = statistics.median(open_one(u) for u in uuids)

        def floor_one(account_id: int) -> None:
            raw.execute("SELECT * FROM account WHERE id=?", (account_id,)).fetchone()
            raw.execute(
                "SELECT * FROM contact WHERE account_id=? ORDER BY sort_key", (account_id,)
            ).fetchall()
            raw.execute("SELECT * FROM opportunity WHERE account_id=?", (account_id,)).fetchall()
            raw.execute(
                "SELECT * FROM visit WHERE account_id=? ORDER BY starts_at DESC LIMIT 50", (account_id,)
            ).fetchall()

        floor = statistics.median(median_ms(functools.partial(floor_one, i), repeat=3) for i in picks)
        raw.close()
        self.add(
            Measure(
                "open one account",
                service_ms,
                "ms",
                floor=floor,
                note="form data: contacts, opportunities, last 50 visits; floor: raw sqlite3",
            )
        )

    def _period(self) -> tuple[str, str, str | None]:
        from kamdesk.services.reporting import default_rep

        assert self.db is not None
        last_week = self.today - timedelta(days=7)
        year, week, _ = last_week.isocalendar()
        rep = default_rep(self.db)
        month = (self.today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        return f"{year}-W{week:02d}", month, rep.uuid if rep else None

    def pdfs(self) -> None:
        from kamdesk.reports.monthly import render_monthly
        from kamdesk.reports.weekly import render_weekly
        from kamdesk.services.reporting import monthly_report, weekly_report

        assert self.db is not None
        db = self.db
        week, month, rep = self._period()
        out = self.workdir / "bench-report.pdf"
        weekly = median_ms(lambda: render_weekly(weekly_report(db, week, rep), out), repeat=5)
        self.add(Measure("weekly PDF, one rep", weekly, "ms", note=f"{week}, data + PDF"))
        monthly = median_ms(lambda: render_monthly(monthly_report(db, month, rep), out), repeat=5)
        self.add(Measure("monthly PDF, one rep", monthly, "ms", note=f"{month}, data + PDF with charts"))

    def rollup(self) -> None:
        from kamdesk.services.reporting.rollup import team_rollup

        assert self.db is not None
        db = self.db
        _week, month, _rep = self._period()
        steps: list[str] = []
        ms, result = once_ms(lambda: team_rollup(db, month, progress=lambda text, i, n: steps.append(text)))
        self.add(
            Measure(
                "team rollup",
                ms,
                "ms",
                note=f"{month}, {len(result.reps)} reps, {len(steps)} progress steps",
            )
        )

    def import_rows(self) -> None:
        from kamdesk.services.exchange import imports as imports
        from kamdesk.store.schema import open_database

        rows = 100_000 if self.size == "large" else 1_000
        csv_path = self.workdir / "bench-import.csv"
        write_import_csv(csv_path, rows, seed=self.seed)
        target = open_database(sqlite_url(self.workdir / "bench-import.db"))
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
            self.facts["import_cpu_s"] = round(time.process_time() - cpu, 2)
        finally:
            target.dispose()
        self.add(
            Measure(
                "import rows incl. preview",
                ms,
                "ms",
                note=(
                    f"preview {preview_ms:.0f} ms; {rows:,} CSV rows: {outcome.added:,} added, {len(outcome.rejected)} rejected, "
                    f"{len(outcome.duplicates)} duplicates; {len(calls)} progress calls; "
                    f"CPU {self.facts['import_cpu_s']} s"
                ),
            )
        )

    def run(self) -> None:
        self.build()
        self.guarded("start to usable main window", "ms", self.startup)
        self.guarded("account list first page", "ms", self.first_page)
        self.guarded("search as you type (worst keystroke)", "ms", self.search)
        self.guarded("jump to the end, by name", "ms", self.jumps)
        self.guarded("open one account", "ms", self.open_account)
        self.guarded("weekly PDF, one rep", "ms", self.pdfs)
        self.guarded("kamdesk report weekly (whole command)", "ms", self.commands)
        self.guarded("team rollup", "ms", self.rollup)
        self.guarded("import rows incl. preview", "ms", self.import_rows)
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
                    "target": self_target(m.name, self.size),
                    "verdict": m.verdict(self.size),
                    "note": m.note,
                }
                for m in self.measures
            ],
        }


def _thousands(n: Any) -> str:
    return f"{n:,}" if isinstance(n, int) else "?"


def paired_medians(a: Step, b: Step, *, repeat: int = 15) -> tuple[float, float]:
    """Medians (ms) of ``a`` and ``b`` run alternately, after one warm-up each:
    a load spike on a busy machine then hits both sides of a ratio alike
    instead of only the one measured at that moment."""
    a()
    b()
    sa: list[float] = []
    sb: list[float] = []
    for _ in range(repeat):
        for fn, out in ((a, sa), (b, sb)):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return statistics.median(sa), statistics.median(sb)


def self_target(name: str, size: str) -> dict[str, Any] | None:
    target = TARGETS.get((name, size))
    if target is None:
        return None
    limit, unit, kind = target
    return {"limit": limit, "unit": unit, "kind": kind}


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
