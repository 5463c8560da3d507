"""``kamdesk encrypt`` / ``decrypt`` (the database at rest, SQLCipher) and
``kamdesk rep-key export|register|list`` (the keys that sign submissions)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from kamdesk.cli.common import open_db, output_path
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "encrypt",
        help="encrypt the database (and its backups in the data dir) with a passphrase",
        description="Convert the database to SQLCipher. The passphrase comes from KAMDESK_KEY or is asked "
        "twice; without it the data cannot be read, by anyone: keep it safe.",
    )
    p.set_defaults(func=run_encrypt)
    p = subparsers.add_parser("decrypt", help="store an encrypted database as plain SQLite again")
    p.set_defaults(func=run_decrypt)

    p = subparsers.add_parser("rep-key", help="the key that signs your submissions; the manager's register")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = sub.add_parser("export", help="write your public key for your manager (rep side)")
    e.add_argument("-o", "--output", metavar="FILE.json", help="default: print it")
    e.add_argument("--rep", metavar="REP", help="rep name, code or uuid (default: you, or the only rep)")
    e.set_defaults(func=run_key_export)
    r = sub.add_parser("register", help="trust a rep's key for their submissions (manager side)")
    r.add_argument("key", metavar="FILE|KEY", help="the file 'rep-key export' wrote, or the key text")
    r.add_argument("--rep", metavar="NAME", help="whose key it is (needed with a bare key)")
    r.set_defaults(func=run_key_register)
    sub.add_parser("list", help="the registered reps' keys").set_defaults(func=run_key_list)


def _db_file(args: argparse.Namespace) -> Path:
    from kamdesk.cli.main import database_url
    from kamdesk.store.db import Database

    path = Database._file(database_url(args))
    if path is None:
        raise UserError("encryption works on a SQLite file; use your server's own encryption for this URL")
    return path


def new_passphrase() -> str:
    from kamdesk.store.db import KEY_ENV

    key = os.environ.get(KEY_ENV)
    if key:
        return key
    if not sys.stdin.isatty():
        raise UserError(f"set {KEY_ENV} to the passphrase (no terminal to ask on)")
    import getpass

    first = getpass.getpass("New passphrase: ")
    if len(first) < 8:
        raise UserError("a passphrase needs at least 8 characters")
    if getpass.getpass("Again: ") != first:
        raise UserError("the passphrases differ; nothing was changed")
    return first


def run_encrypt(args: argparse.Namespace) -> int:
    from kamdesk.store.encryption import encrypt_database

    path = _db_file(args)
    done = encrypt_database(path, new_passphrase())
    more = f" and {done.backups} backups" if done.backups else ""
    print(f"encrypted {path}{more}; open it with KAMDESK_KEY or the passphrase prompt")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from kamdesk.store.db import key_for
    from kamdesk.store.encryption import decrypt_database

    path = _db_file(args)
    done = decrypt_database(path, key_for(path) or "")
    more = f" and {done.backups} backups" if done.backups else ""
    print(f"decrypted {path}{more}: it is a plain SQLite file again")
    return 0


def run_key_export(args: argparse.Namespace) -> int:
    from kamdesk.services.reporting import resolve_rep
    from kamdesk.services.submissions.sign import rep_key_document

    db = open_db(args)
    try:
        with db.reading() as s:
            rep = resolve_rep(s, args.rep)
    finally:
        db.dispose()
    doc = rep_key_document(rep.uuid, rep.name)
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    if args.output:
        from kamdesk.paths import create_private

        path = output_path(args.output, ".json")
        create_private(path).write_text(text + "\n", encoding="utf-8")
        print(f"{path}: key of {rep.name}, fingerprint {doc['fingerprint']}")
    else:
        print(text)
    return 0


def run_key_register(args: argparse.Namespace) -> int:
    from kamdesk.services.submissions.sign import register_rep_key

    key = register_rep_key(args.key, args.rep)
    print(f"registered the key of {key.rep_name}: fingerprint {key.fingerprint} (compare it with the rep's)")
    return 0


def run_key_list(args: argparse.Namespace) -> int:
    from kamdesk.services.submissions.sign import registered_keys

    for key in registered_keys():
        print(f"{key.rep_name}\t{key.fingerprint}\t{key.rep_uuid or '(bound by the first submission)'}")
    return 0
