"""The same store on PostgreSQL (a team server): migrations from empty and a
bundle round trip. A throwaway cluster is started on a Unix socket
(scripts/setup.sh installs the server); a machine where it cannot start fails
these tests rather than skipping them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.store.io.bundle import export_bundle, import_bundle
from kamdesk.store.models import Account, Contact
from kamdesk.store.schema import current_revision, head_revision, open_database

_BIN = Path("/usr/bin")


def _server_bin() -> Path:
    """Where initdb and pg_ctl are: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    pytest.fail("PostgreSQL server binaries not found (scripts/setup.sh installs the postgresql package)")


# PostgreSQL, not SQLite: the server's databases are shared by the module's tests
pytestmark = pytest.mark.plain_only


def _as_postgres(args: list[str]) -> list[str]:
    if (_BIN / args[0]).exists():
        args = [str(_BIN / args[0]), *args[1:]]
    # initdb refuses to run as root: use the postgres system user when we are root
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    global _BIN
    _BIN = _server_bin()
    if os.geteuid() == 0 and not shutil.which("runuser"):
        pytest.fail("running as root without runuser: cannot start PostgreSQL as its own user")
    # pytest's own temp dirs are private to root; the server runs as postgres
    base = Path(tempfile.mkdtemp(prefix="kamdesk-pg-"))
    base.chmod(0o777)
    data = base / "data"
    port = "55433"

    def run(args: list[str]) -> None:
        out = subprocess.run(_as_postgres(args), capture_output=True, text=True, timeout=120, check=False)
        if out.returncode != 0:
            pytest.fail(f"could not start PostgreSQL: {out.stderr.strip()[-300:]}")

    run(["initdb", "-D", str(data), "-A", "trust", "-U", "kam"])
    run(
        [
            "pg_ctl",
            "-D",
            str(data),
            "-w",
            "-l",
            str(base / "log"),
            "-o",
            f"-k {base} -c listen_addresses='' -p {port}",
            "start",
        ]
    )
    try:
        run(["createdb", "-h", str(base), "-p", port, "-U", "kam", "kamdesk"])
        run(["createdb", "-h", str(base), "-p", port, "-U", "kam", "other"])
        yield f"postgresql+psycopg://kam@/{{db}}?host={base}&port={port}"
    finally:
        subprocess.run(
            _as_postgres(["pg_ctl", "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
            timeout=60,
        )


def test_migrate_from_empty_on_postgres(pg_url: str):
    db = open_database(pg_url.format(db="kamdesk"))
    try:
        assert current_revision(db) == head_revision()
        with db.transaction() as s:
            s.add(Account(name="深圳前海通信股份有限公司"))
        with db.reading() as s:
            assert s.scalars(select(Account.name)).all() == ["深圳前海通信股份有限公司"]
    finally:
        db.dispose()


def test_bundle_moves_from_sqlite_to_postgres_unchanged(pg_url: str, db, tmp_path: Path):
    with db.transaction() as s:
        acc = Account(name="上海华信烟草集团有限公司", short_name="华信")
        s.add(acc)
        s.flush()
        s.add(Contact(account_id=acc.id, name="张强", title="总经理"))
    first = tmp_path / "a.json"
    export_bundle(db, first)
    server = open_database(pg_url.format(db="other"))
    try:
        report = import_bundle(server, first)
        assert report.added["contact"] == 1
        second = tmp_path / "b.json"
        export_bundle(server, second)
    finally:
        server.dispose()
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    a.pop("exported_at")
    b.pop("exported_at")
    for record in (r for rows in b["tables"].values() for r in rows):
        # the receiver's base is the state it received: the sender's
        assert (record.pop("base_version"), record.pop("base_origin")) == (
            record["version"],
            record["origin"],
        )
    for record in (r for rows in a["tables"].values() for r in rows):
        del record["base_version"], record["base_origin"]
    assert a == b
