"""Encryption at rest: a SQLCipher database is unreadable without its
passphrase (sqlite3: "file is not a database"), opens in KAMdesk with it,
refuses a wrong one with one line, and its backups are encrypted too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.errors import UserError
from kamdesk.store.backup import backup_to, restore_from, rotating_backup, verify_file
from kamdesk.store.db import KEY_ENV, Database, is_encrypted_file, sqlite_url
from kamdesk.store.models import Rep
from kamdesk.store.schema import open_database

KEY = "correct horse battery"


def _plain_read(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _reps(db: Database) -> list[str]:
    with db.reading() as s:
        return [r.name for r in s.query(Rep).order_by(Rep.name)]


def test_an_encrypted_database_is_unreadable_without_its_key(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    db = open_database(sqlite_url(path), key=KEY)
    with db.transaction() as s:
        s.add(Rep(name="张伟"))
    db.dispose()
    assert is_encrypted_file(path) and b"\xe5\xbc\xa0\xe4\xbc\x9f" not in path.read_bytes()  # 张伟
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        _plain_read(path)
    again = open_database(sqlite_url(path), key=KEY)
    assert _reps(again) == ["张伟"]
    again.dispose()
    with pytest.raises(UserError, match="wrong passphrase") as exc:
        open_database(sqlite_url(path), key="wrong")
    assert "\n" not in str(exc.value)
    with pytest.raises(UserError, match="is encrypted"):
        open_database(sqlite_url(path))  # no KAMDESK_KEY, no prompt


def test_kamdesk_key_opens_it_and_creates_new_ones_encrypted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_ENV, KEY)
    path = tmp_path / "new.db"
    db = open_database(sqlite_url(path))
    assert db.encrypted and is_encrypted_file(path)
    db.dispose()
    monkeypatch.setenv(KEY_ENV, "not it")
    assert main(["--db", str(path), "check"]) == 2


def test_backups_are_encrypted_with_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    db = open_database(sqlite_url(path), key=KEY)
    with db.transaction() as s:
        s.add(Rep(name="张伟"))
    copy = backup_to(db, tmp_path / "copy.db")
    rotating = rotating_backup(db)
    for file in (copy, rotating):
        assert is_encrypted_file(file)
        with pytest.raises(sqlite3.DatabaseError):
            _plain_read(file)
    assert verify_file(copy, KEY).accounts == 0
    with pytest.raises(UserError, match="wrong passphrase"):
        verify_file(copy, "wrong")
    with db.transaction() as s:
        s.add(Rep(name="李四"))
    restore_from(db, copy)
    reopened = open_database(sqlite_url(path), key=KEY)
    assert _reps(reopened) == ["张伟"]
    reopened.dispose()


def test_encrypt_and_decrypt_commands_convert_the_file_and_its_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "k.db"
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add(Rep(name="张伟"))
    backup = rotating_backup(db)
    db.dispose()
    monkeypatch.setenv(KEY_ENV, KEY)
    assert main(["--db", str(path), "encrypt"]) == 0
    assert "and 1 backups" in capsys.readouterr().out
    assert is_encrypted_file(path) and is_encrypted_file(backup)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        _plain_read(path)
    assert main(["--db", str(path), "check"]) == 0
    assert main(["--db", str(path), "encrypt"]) == 2  # already encrypted: one line, nothing changed
    assert main(["--db", str(path), "decrypt"]) == 0
    monkeypatch.delenv(KEY_ENV)
    assert not is_encrypted_file(path) and not is_encrypted_file(backup)
    plain = open_database(sqlite_url(path))
    assert _reps(plain) == ["张伟"]
    plain.dispose()
