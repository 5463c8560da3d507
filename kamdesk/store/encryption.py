"""Converting a database file between plain SQLite and SQLCipher.

``sqlcipher_export`` copies schema and rows into a new file with the other
encryption; the new file replaces the old one only when it opens with the
key. The rotating and pre-migration backups in the data dir are converted too:
an encrypted database next to plain copies of itself would protect nothing.
(Blocks the old plain file used on disk are not wiped: an SSD cannot promise
it; encrypt a new laptop's database before filling it, or choose encryption
when creating it with ``KAMDESK_KEY`` set.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kamdesk.errors import UserError
from kamdesk.paths import backups_dir, private_file
from kamdesk.store.db import _quote, cipher_module, connect_file, is_encrypted_file


@dataclass(frozen=True)
class Conversion:
    path: Path
    backups: int  # backups in the data dir converted alongside


def _convert(path: Path, old_key: str | None, new_key: str | None) -> None:
    """Rewrite ``path`` from ``old_key`` to ``new_key`` encryption (None: plain)."""
    tmp = path.with_name(path.name + ".converting")
    tmp.unlink(missing_ok=True)  # a leftover of a conversion that was stopped
    conn = connect_file(path, old_key) if old_key is not None else cipher_module().connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE {_quote(str(tmp))} AS converted KEY {_quote(new_key or '')}")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    private_file(tmp)
    check = connect_file(tmp, new_key)  # opens with the new key, or nothing is replaced
    check.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    tmp.replace(path)


def _backups() -> list[Path]:
    return sorted(backups_dir().glob("*.db"))


def encrypt_database(path: Path, key: str) -> Conversion:
    """Encrypt the plain database at ``path`` (and the data dir's backups) with ``key``."""
    if not key:
        raise UserError("the passphrase must not be empty")
    if not path.is_file():
        raise UserError(f"database not found: {path}")
    if is_encrypted_file(path):
        raise UserError(f"{path.name} is already encrypted")
    _convert(path, None, key)
    done = 0
    for backup in _backups():
        if not is_encrypted_file(backup) and backup.resolve() != path.resolve():
            _convert(backup, None, key)
            done += 1
    return Conversion(path, done)


def decrypt_database(path: Path, key: str) -> Conversion:
    """Store the encrypted database at ``path`` (and the data dir's backups made
    with the same key) as plain SQLite again."""
    if not path.is_file():
        raise UserError(f"database not found: {path}")
    if not is_encrypted_file(path):
        raise UserError(f"{path.name} is not encrypted")
    _convert(path, key, None)
    done = 0
    for backup in _backups():
        if is_encrypted_file(backup) and backup.resolve() != path.resolve():
            try:
                _convert(backup, key, None)
            except UserError:
                continue  # made with another key: left as it is
            done += 1
    return Conversion(path, done)
