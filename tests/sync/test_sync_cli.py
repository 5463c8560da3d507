"""The commands end to end against the throwaway server, and bad input: one
clear line, the laptop's data unchanged, the sync resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kamdesk.cli.main import main
from kamdesk.errors import UserError
from kamdesk.services.sync import sync
from kamdesk.store.models import Account, Visit
from tests.sync.helpers import add_account, add_visit, be, names


def _kam(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _file(db) -> str:
    assert db.path is not None
    return str(db.path)


def _snapshot(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for t in ("account", "visit", "sync_change", "store_meta", "conflict")
            for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))
        ]


def test_cli_sync_status_and_team_view(team, laptops, capsys):
    a = laptops[0]
    be(a, "张伟")
    add_visit(a, add_account(a, "深圳前海通信股份有限公司"), "前海")
    code, out, _ = _kam(capsys, "sync", "--db", _file(a), "--server", team.url("zhang"))
    assert code == 0 and "synced:" in out and " sent" in out
    code, out, _ = _kam(capsys, "sync", "--db", _file(a))  # the server is remembered
    assert code == 0
    code, out, _ = _kam(capsys, "sync", "--db", _file(a), "--status")
    assert "last sync 20" in out and "0 changes to send" in out and "zhang-pw" not in out
    # the manager reads the team off the server
    code, out, _ = _kam(capsys, "team", "--url", team.url("boss"))
    assert code == 0 and "1 reps" in out
    line = next(x for x in out.splitlines() if x.startswith("张伟"))
    cols = line.split()
    assert cols[1:3] == ["1", "0"] and cols[6] == "1"  # one visit, this week
    assert "on time 0" in line and "not handed in" in line  # the on-time record, off the server


def test_wrong_password_unreachable_server_and_not_postgres(team, laptops, capsys):
    a = laptops[0]
    be(a, "张伟")
    add_account(a, "上海华信烟草集团有限公司")
    before = _snapshot(a)
    code, _, err = _kam(
        capsys, "sync", "--db", _file(a), "--server", team.cluster.url(team.name, "zhang", "nope")
    )
    assert code == 2 and "wrong user name or password" in err and err.count("\n") == 1
    wrong_port = team.url("zhang").replace(f"port={team.cluster.port}", "port=1")
    code, _, err = _kam(capsys, "sync", "--db", _file(a), "--server", wrong_port)
    assert code == 2 and "cannot reach the team server" in err and err.count("\n") == 1
    code, _, err = _kam(capsys, "sync", "--db", _file(a), "--server", "mysql://x@y/z")
    assert code == 2 and "PostgreSQL URL" in err
    assert _snapshot(a) == before
    assert sync(a, team.url("zhang")).sent >= 2


def test_newer_server_schema_is_refused(team, laptops, capsys):
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    a = laptops[0]
    be(a, "张伟")
    engine = create_engine(team.admin_url, poolclass=NullPool)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = _snapshot(a)
    code, _, err = _kam(capsys, "sync", "--db", _file(a), "--server", team.url("zhang"))
    assert code == 2 and "newer KAMdesk schema (9999" in err
    assert _snapshot(a) == before


@pytest.mark.parametrize("step", ["pulled", "pushed", "before-commit"])
def test_dropped_connection_changes_nothing_and_sync_resumes(team, laptops, step):
    a, b, _ = laptops
    be(a, "张伟")
    acc = add_account(a, "深圳前海通信股份有限公司")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    add_visit(a, acc, "after")
    with b.transaction() as s:
        s.scalars(select(Account)).one().city = "深圳"
    sync(b, team.url("zhang"))
    before = _snapshot(a)

    def drop(where: str, sconn) -> None:
        if where == step:
            sconn.exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")

    with pytest.raises(UserError, match="connection to the team server was lost"):
        sync(a, team.url("zhang"), hook=drop)
    assert _snapshot(a) == before
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    for db in (a, b):
        with db.reading() as s:
            assert s.scalars(select(Visit.place)).all() == ["after"]
            assert s.scalars(select(Account.city)).one() == "深圳"


def test_change_file_round_trip_and_refusals(team, laptops, capsys, tmp_path: Path):
    a, b, _ = laptops
    be(a, "张伟")
    acc = add_account(a, "深圳前海通信股份有限公司")
    sync(a, team.url("zhang"))
    sync(b, team.url("zhang"))
    add_visit(a, acc, "offline")
    with a.transaction() as s:
        s.scalars(select(Account)).one().short_name = "前海通信"
    changes = tmp_path / "a.kamsync"
    code, out, _ = _kam(capsys, "sync", "--db", _file(a), "--to", str(changes))
    assert code == 0 and "wrote 2 changes" in out
    # altered on the way
    doc = json.loads(changes.read_text(encoding="utf-8"))
    doc["changes"]["tables"]["account"][0]["short_name"] = "被改过"
    tampered = tmp_path / "t.kamsync"
    tampered.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    before = _snapshot(b)
    code, _, err = _kam(capsys, "sync", "--db", _file(b), "--from", str(tampered))
    assert code == 2 and "altered or damaged" in err
    # from another team
    doc = json.loads(changes.read_text(encoding="utf-8"))
    doc["changes"]["team"] = "0123456789ab"
    other = tmp_path / "o.kamsync"
    other.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _, err = _kam(capsys, "sync", "--db", _file(b), "--from", str(other))
    assert code == 2 and "another team" in err
    assert _snapshot(b) == before
    # the real file applies as a sync would, and b's next sync carries it on
    code, out, _ = _kam(capsys, "sync", "--db", _file(b), "--from", str(changes))
    assert code == 0 and "applied a.kamsync: 2 changes" in out
    with b.reading() as s:
        assert s.scalars(select(Account.short_name)).one() == "前海通信"
        assert s.scalars(select(Visit.place)).all() == ["offline"]
    sync(b, team.url("zhang"))
    sync(a, team.url("zhang"))
    assert names(a) == names(b)
    with a.reading() as s:
        assert s.scalars(select(Visit.place)).all() == ["offline"]
