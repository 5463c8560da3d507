"""Who has a database file open: a lock file beside it (``kamdesk.db.lock``).

Every KAMdesk process that opens a SQLite database — the GUI and every command
— holds a *shared* lock on it for as long as it has the database open. Restore
needs the *exclusive* lock: it replaces the file and removes ``-wal``/``-shm``,
which would silently lose another process's commits, so it refuses while any
other KAMdesk holds the file. SQLite's own locks cannot tell this: between
transactions a process holds none, yet its next commit would go into a WAL that
restore has just deleted.

The lock is advisory and released by the operating system when the process
ends, however it ends (``kill -9`` included), so a crash never leaves the
database locked. The lock file itself is never deleted (deleting a lock file
other processes may hold races them); it is empty and harmless.

POSIX: ``flock`` (independent of SQLite's ``fcntl`` byte-range locks). Windows:
``msvcrt`` byte locks — a reader holds one of ``_SLOTS`` slot bytes, a writer
all of them.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kamdesk.errors import UserError

WAIT_SECONDS = 10.0  # how long an opener waits for a restore in progress to finish
_SLOTS = 64


class DatabaseBusyError(UserError):
    """Another KAMdesk process has the database open."""


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """A shared or exclusive hold on one database file (see the module doc)."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None
        self._slot: int | None = None
        self.mode: str | None = None

    # --- public -----------------------------------------------------------------

    def acquire_shared(self, wait: float = WAIT_SECONDS) -> None:
        """Hold the file as one of its users; waits ``wait`` s for a restore to end."""
        deadline = time.monotonic() + wait
        while not self._try("shared"):
            if time.monotonic() >= deadline:
                raise DatabaseBusyError(
                    "the database is being restored by another KAMdesk; try again when it has finished"
                )
            time.sleep(0.05)

    def try_exclusive(self) -> bool:
        """Hold the file alone, if no other KAMdesk has it open (never waits)."""
        return self._try("exclusive")

    def acquire_exclusive(self) -> None:
        if not self.try_exclusive():
            raise DatabaseBusyError(
                "another KAMdesk (the app or a command) has this database open; close it and try again"
            )

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self._unlock()
        finally:
            os.close(self._fd)
            self._fd, self._slot, self.mode = None, None, None

    @property
    def held(self) -> bool:
        return self.mode is not None

    # --- platform ---------------------------------------------------------------

    def _open(self) -> int:
        if self._fd is None:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise UserError(f"cannot create the lock file {self.path}: {exc.strerror}") from exc
        return self._fd

    def _try(self, mode: str) -> bool:
        if self.mode == mode:
            return True
        fd = self._open()
        if self.mode is not None:
            self._unlock()  # converting is release-then-take: never atomic, on either platform
            self.mode = None
        if sys.platform == "win32":
            ok = self._try_windows(fd, mode)
        else:
            import fcntl

            try:
                fcntl.flock(fd, (fcntl.LOCK_SH if mode == "shared" else fcntl.LOCK_EX) | fcntl.LOCK_NB)
                ok = True
            except BlockingIOError:
                ok = False
        if ok:
            self.mode = mode
        return ok

    def _unlock(self) -> None:
        assert self._fd is not None
        if sys.platform == "win32":
            import msvcrt

            if self.mode == "shared" and self._slot is not None:
                os.lseek(self._fd, self._slot, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            elif self.mode == "exclusive":
                os.lseek(self._fd, 0, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, _SLOTS + 1)
            self._slot = None
        else:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _try_windows(self, fd: int, mode: str) -> bool:  # pragma: no cover - Windows only
        if sys.platform != "win32":
            raise NotImplementedError
        import msvcrt

        def lock(offset: int, length: int) -> bool:
            os.lseek(fd, offset, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
            except OSError:
                return False
            return True

        def unlock(offset: int, length: int) -> None:
            os.lseek(fd, offset, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, length)

        if mode == "exclusive":
            return lock(0, _SLOTS + 1)
        # byte 0 is the writer's gate: a reader passes it only while no writer holds it
        if not lock(0, 1):
            return False
        try:
            for slot in range(1, _SLOTS + 1):
                if lock(slot, 1):
                    self._slot = slot
                    return True
            return False
        finally:
            unlock(0, 1)
