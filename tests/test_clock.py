"""The clock: the one reader of the wall clock, the rep's zone, KAMDESK_NOW."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kamdesk import clock
from kamdesk.errors import UserError

PACKAGE = Path(__file__).resolve().parent.parent / "kamdesk"
#: attribute reads that give the wall clock
_WALL_CLOCK = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
               ("time", "time"), ("time", "localtime"), ("time", "ctime"), ("time", "time_ns"),
               # Qt's own: a date field defaulting to these showed the real day under KAMDESK_NOW
               ("QDate", "currentDate"), ("QDateTime", "currentDateTime"), ("QTime", "currentTime")}  # fmt: skip


def _wall_clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (name, node.attr) in _WALL_CLOCK:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {name}.{node.attr}")
    return found


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    reads = [r for p in sorted(PACKAGE.rglob("*.py")) if p.name != "clock.py" for r in _wall_clock_reads(p)]
    assert reads == []
    assert _wall_clock_reads(PACKAGE / "clock.py")  # the scan does see a read where there is one


def test_frozen_moment_gives_now_today_and_local_time_in_the_reps_zone() -> None:
    with clock.frozen_at("2026-12-31T23:30", tz="Asia/Shanghai") as at:
        assert at == datetime(2026, 12, 31, 15, 30, tzinfo=UTC)
        assert clock.now() == at and clock.today() == date(2026, 12, 31)
        assert clock.local_now().hour == 23
        clock.set_zone("UTC")
        assert clock.today() == date(2026, 12, 31) and clock.local_now().hour == 15
    assert clock.zone_name() is None and not clock.is_set()


def test_environment_moment_runs_on_from_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_NOW, "2028-02-29T12:00+08:00")
    clock.apply_environment()
    first = clock.now()
    assert first.astimezone(ZoneInfo("Asia/Shanghai")).date() == date(2028, 2, 29)
    assert clock.now() >= first  # moves on at the real pace, from that moment


@pytest.mark.parametrize("bad", ["yesterday", "2026-13-01", "0001-01-01T00:00", ""])
def test_malformed_moment_is_one_clear_error(bad: str) -> None:
    with pytest.raises(UserError):
        clock.set_now(bad)


def test_unknown_zone_is_refused_by_name() -> None:
    with pytest.raises(UserError, match="Mars/Olympus"):
        clock.set_zone("Mars/Olympus")


def test_a_visit_at_0930_china_time_shows_as_0930_once_the_rep_sets_the_zone() -> None:
    stored = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    clock.set_zone("UTC")  # a laptop whose zone is UTC
    assert clock.to_local(stored).strftime("%H:%M") == "01:30"
    clock.set_zone("Asia/Shanghai")
    assert clock.to_local(stored).strftime("%H:%M") == "09:30"
    assert clock.localize(datetime(2026, 11, 26, 9, 30)) == stored
    assert clock.day_start(date(2026, 11, 26)) == datetime(2026, 11, 25, 16, 0, tzinfo=UTC)
