"""A throwaway PostgreSQL cluster on a Unix socket, with password logins: the
team server of the sync benchmark and of the sync tests (scripts/setup.sh
installs the server). ``PgError`` when it cannot start."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ADMIN, ADMIN_PASSWORD = "kam", "kam-admin-pw"


class PgError(RuntimeError):
    pass


def server_bin() -> Path:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PgError("PostgreSQL server binaries not found (scripts/setup.sh installs the postgresql package)")


class Cluster:
    def __init__(self) -> None:
        self.bin = server_bin()
        if os.geteuid() == 0 and not shutil.which("runuser"):
            raise PgError("running as root without runuser: cannot start PostgreSQL as its own user")
        self.base = Path(tempfile.mkdtemp(prefix="kamdesk-pg-"))
        self.base.chmod(0o777)  # the server runs as postgres when we are root
        self.data = self.base / "data"
        self.port = str(56000 + os.getpid() % 4000)
        self._n = 0

    def _cmd(self, args: list[str]) -> list[str]:
        args = [str(self.bin / args[0]), *args[1:]]
        return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args

    def run(self, args: list[str]) -> None:
        out = subprocess.run(self._cmd(args), capture_output=True, text=True, timeout=120, check=False)
        if out.returncode != 0:
            raise PgError(f"could not start PostgreSQL: {out.stderr.strip()[-300:]}")

    def start(self) -> None:
        pwfile = self.base / "pw"
        pwfile.write_text(ADMIN_PASSWORD + "\n")
        pwfile.chmod(0o644)
        self.run(["initdb", "-D", str(self.data), "-A", "scram-sha-256", "-U", ADMIN, f"--pwfile={pwfile}"])
        self.run(
            [
                "pg_ctl", "-D", str(self.data), "-w", "-l", str(self.base / "log"),
                "-o", f"-k {self.base} -c listen_addresses='' -p {self.port} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off",
                "start",
            ]
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            self._cmd(["pg_ctl", "-D", str(self.data), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, db: str, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> str:
        return f"postgresql+psycopg://{user}:{password}@/{db}?host={self.base}&port={self.port}"

    def new_database(self, template: str | None = None) -> str:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        self._n += 1
        name = f"team{self._n}"
        engine = create_engine(self.url("postgres"), poolclass=NullPool, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        engine.dispose()
        return name
