from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from kamdesk.cli.main import main
from kamdesk.services import visits as svc
from kamdesk.store.db import Database
from tests.services.visit_seed import CST, seed


def _plan(db: Database) -> str:
    sd = seed(db)
    return svc.plan_visit(
        db,
        svc.VisitInput(
            account_uuid=sd.account, starts_at=datetime(2026, 11, 26, 10, tzinfo=CST), place="浦发"
        ),
        now=datetime(2026, 11, 25, tzinfo=CST),
    ).value.uuid


def test_visit_pack_and_ics_commands_write_files(db: Database, db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    uuid = _plan(db)
    pdf = tmp_path / "week.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "--lang",
                "zh",
                "visit-pack",
                "--date",
                "2026-11-23",
                "--days",
                "7",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "1 visits, 2 pages" in capsys.readouterr().out
    ics = tmp_path / "week.ics"
    assert (
        main(["--db", str(db_path), "ics", "--from", "2026-11-23", "--to", "2026-11-29", "-o", str(ics)]) == 0
    )
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"{uuid}@kamdesk"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["visit-pack", "--date", "2026-13-01", "-o", "x.pdf"], "not a date"),
        (["visit-pack", "--date", "2026-11-23", "--days", "0", "-o", "x.pdf"], "--days"),
        (["visit-pack", "--date", "2026-11-23", "-o", "/no/such/dir/x.pdf"], "folder does not exist"),
        (["visit-pack", "--date", "2026-11-23", "-o", "x.txt"], "expected a .pdf"),
        (["ics", "--from", "2026-11-29", "--to", "2026-11-23", "-o", "x.ics"], "before"),
        (["ics", "--from", "tomorrow", "--to", "2026-11-23", "-o", "x.ics"], "not a date"),
    ],
)
def test_bad_dates_and_paths_give_one_line_and_exit_2(
    db_path: Path,
    tmp_path: Path,
    capsys,
    argv: list[str],
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    argv = [a if not a.startswith("x.") else str(tmp_path / a) for a in argv]
    with pytest.raises(SystemExit) as exit_info:
        raise SystemExit(main(["--db", str(db_path), *argv]))
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
