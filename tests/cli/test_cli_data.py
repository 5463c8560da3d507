"""The data-safety commands: check, backup, restore, export, import, and their
error policy (one line on stderr, exit 2, no traceback, nothing written)."""

import sqlite3
from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.store.db import sqlite_url
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "rep.db"
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add(Account(name="杭州远景医药集团有限公司", short_name="远景"))
    db.dispose()
    return path


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_check_passes_on_a_sound_database(filled: Path, capsys):
    assert main(["--db", str(filled), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity:     ok" in out and "schema:" in out


def test_check_fails_on_broken_references(filled: Path, capsys):
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO contact (account_id, name, sort_key, initials, is_private, archived, uuid, created_at, updated_at)"
        " VALUES (999, 'x', '', '', 0, 0, 'u-1', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    assert main(["--db", str(filled), "check"]) == 1
    assert "broken references" in capsys.readouterr().out


def test_check_on_a_missing_file_creates_nothing(tmp_path: Path, capsys):
    missing = tmp_path / "nope.db"
    assert main(["check", "--db", str(missing)]) == 2
    assert "database not found" in _one_line_error(capsys)
    assert not missing.exists()


def test_backup_and_restore_through_the_cli(filled: Path, tmp_path: Path, capsys):
    copy = tmp_path / "copy.db"
    assert main(["--db", str(filled), "backup", "-o", str(copy)]) == 0
    assert main(["--db", str(filled), "backup"]) == 0  # rotating copy in the data dir
    assert "backup written" in capsys.readouterr().out
    db = open_database(sqlite_url(filled))
    with db.transaction() as s:
        s.add(Account(name="之后添加的客户"))
    db.dispose()
    assert main(["--db", str(filled), "restore", str(copy)]) == 0
    assert "previous database was kept" in capsys.readouterr().out
    db = open_database(sqlite_url(filled))
    from sqlalchemy import select

    with db.reading() as s:
        assert s.scalars(select(Account.name)).all() == ["杭州远景医药集团有限公司"]
    db.dispose()


def test_restore_refuses_garbage_and_keeps_the_database(filled: Path, tmp_path: Path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 100)
    before = filled.read_bytes()
    assert main(["--db", str(filled), "restore", str(junk)]) == 2
    assert "not a SQLite database" in _one_line_error(capsys)
    assert filled.read_bytes() == before


def test_export_then_import_into_an_empty_database(filled: Path, tmp_path: Path, capsys):
    bundle = tmp_path / "all.json"
    assert main(["--db", str(filled), "export", "-o", str(bundle)]) == 0
    target = tmp_path / "laptop2.db"
    assert main(["--db", str(target), "import", str(bundle), "--dry-run"]) == 0
    assert "nothing written" in capsys.readouterr().out
    assert main(["--db", str(target), "import", str(bundle)]) == 0
    assert "added 1" in capsys.readouterr().out
    assert main(["--db", str(target), "import", str(bundle)]) == 0
    assert "added 0" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "{tmp}/missing.json"], "file not found"),
        (["import", "{tmp}/bad.json"], "malformed JSON"),
        (["import", "{tmp}/notes.txt"], "expected a .json bundle"),
        (["export", "-o", "{tmp}/no/such/dir/x.json"], "folder does not exist"),
        (["export", "-o", "{tmp}/x.txt"], "expected a .json file"),
        (["--frobnicate"], "unrecognized arguments"),
    ],
)
def test_bad_input_gives_one_clear_line(filled: Path, tmp_path: Path, capsys, argv, message):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    args = ["--db", str(filled), *(a.format(tmp=tmp_path) for a in argv)]
    with pytest.raises(SystemExit) if argv == ["--frobnicate"] else _nothing() as exc_info:
        code = main(args)
    if exc_info is not None and hasattr(exc_info, "value"):
        code = exc_info.value.code
    assert code == 2
    assert message in _one_line_error(capsys)


def test_locked_database_is_a_clear_error(filled: Path, capsys, monkeypatch):
    import kamdesk.store.db as dbmod

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    bundle = filled.parent / "b.json"
    bundle.write_text(
        '{"format":"kamdesk-bundle","version":1,"schema_revision":"0001",'
        '"exported_at":"2026-01-01T00:00:00Z","tables":{"account":[]}}',
        encoding="utf-8",
    )
    holder = sqlite3.connect(filled, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["--db", str(filled), "import", str(bundle)]) == 2
        assert "locked" in _one_line_error(capsys)
    finally:
        holder.rollback()
        holder.close()


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def test_every_command_has_help(capsys):
    from kamdesk.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"check", "backup", "restore", "export", "import", "gui"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0
        assert "usage:" in capsys.readouterr().out
