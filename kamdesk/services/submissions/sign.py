"""Signed submissions: each rep's laptop signs its ``.kamsub`` manifests with
an Ed25519 key; the manager registers each rep's public key once and refuses
files that are unsigned, signed by an unknown key, or signed by one rep's key
while claiming to come from another.

The private key is a file in the data dir (``signing-key.pem``, 0600), made on
first need. Not in the database: the database travels (JSON bundles, backups
handed to IT, a manager's copy) and a signing key must never travel with it.
The manager's register of public keys is ``rep-keys.json`` in the manager's
data dir (0600): a public key is no secret, but who is trusted to submit for
whom is the manager's own decision, so it stays with the manager too.

The manifest lists the SHA-256 of every member, so signing the canonical
manifest signs the PDF and the data with it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kamdesk.errors import UserError
from kamdesk.paths import create_private, data_dir, private_file

KEY_FILE = "signing-key.pem"
REGISTRY_FILE = "rep-keys.json"
KEY_FORMAT = "kamdesk-rep-key"


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_text(key: Ed25519PublicKey) -> str:
    """The public key as text a rep can send by mail or WeChat (base64 of 32 bytes)."""
    return base64.b64encode(_raw(key)).decode("ascii")


def fingerprint(key_b64: str) -> str:
    """Short form to compare by phone: SHA-256 of the key, first 16 bytes in hex pairs."""
    digest = hashlib.sha256(base64.b64decode(key_b64)).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def parse_key(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise UserError("not a KAMdesk rep key (expected 44 characters of base64)") from exc


def signing_key() -> Ed25519PrivateKey:
    """This laptop's signing key, made on first need (owner-only in the data dir)."""
    path = data_dir() / KEY_FILE
    if path.is_file():
        key = serialization.load_pem_private_key(private_file(path).read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise UserError(f"{path} is not an Ed25519 key; move it away and a new one is made")
        return key
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    tmp = create_private(path.with_name(KEY_FILE + ".part"))
    tmp.write_bytes(pem)
    tmp.replace(path)
    return key


def sign_manifest(manifest: dict[str, Any]) -> dict[str, Any]:
    """``manifest`` with a ``signature`` over everything else in it."""
    key = signing_key()
    body = {k: v for k, v in manifest.items() if k != "signature"}
    sig = key.sign(_canonical(body))
    return {
        **body,
        "signature": {"key": key_text(key.public_key()), "ed25519": base64.b64encode(sig).decode("ascii")},
    }


# --- the rep's side: exporting the public key ---------------------------------------------


def rep_key_document(rep_uuid: str, rep_name: str) -> dict[str, str]:
    key = key_text(signing_key().public_key())
    return {
        "format": KEY_FORMAT,
        "rep_uuid": rep_uuid,
        "rep_name": rep_name,
        "public_key": key,
        "fingerprint": fingerprint(key),
    }


# --- the manager's side: the register and the check ---------------------------------------


@dataclass(frozen=True)
class RepKey:
    rep_name: str
    rep_uuid: str | None  # None until the first signed submission binds it (registered by bare key)
    public_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def _registry_path() -> Path:
    return data_dir() / REGISTRY_FILE


def registered_keys() -> list[RepKey]:
    path = _registry_path()
    if not path.is_file():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [RepKey(r["rep_name"], r.get("rep_uuid"), r["public_key"]) for r in rows]
    except (ValueError, KeyError, TypeError) as exc:
        raise UserError(f"{path} is damaged ({exc}); register the reps' keys again") from exc


def _save(keys: list[RepKey]) -> None:
    path = _registry_path()
    tmp = create_private(path.with_name(REGISTRY_FILE + ".part"))
    rows = [{"rep_name": k.rep_name, "rep_uuid": k.rep_uuid, "public_key": k.public_key} for k in keys]
    tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)


def register_rep_key(source: str, rep_name: str | None = None) -> RepKey:
    """Register a rep's public key: ``source`` is the file ``rep-key export``
    wrote, or the bare key text (then ``rep_name`` says whose it is). A rep's
    new key replaces their old one."""
    path = Path(source).expanduser()
    rep_uuid: str | None = None
    if path.is_file():
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("format") != KEY_FORMAT:
                raise ValueError("format")
            text, rep_uuid = str(doc["public_key"]), str(doc["rep_uuid"])
            rep_name = rep_name or str(doc["rep_name"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise UserError(f"{path.name}: not a KAMdesk rep key file") from exc
    else:
        text = source
    if not rep_name:
        raise UserError("say whose key this is: --rep NAME")
    key = RepKey(rep_name, rep_uuid, key_text(parse_key(text)))
    keys = [
        k
        for k in registered_keys()
        if k.public_key != key.public_key
        and k.rep_name != rep_name
        and (rep_uuid is None or k.rep_uuid != rep_uuid)
    ]
    _save([*keys, key])
    return key


def verify_signature(name: str, manifest: dict[str, Any], rep_name: str) -> RepKey:
    """Check a submission's signature against the register; returns the key
    that signed it. UserError (one line) for an unsigned file, an unknown key,
    a changed file, or a key of another rep."""
    sig = manifest.get("signature")
    if not isinstance(sig, dict) or not sig.get("key") or not sig.get("ed25519"):
        raise UserError(f"{name}: the file is not signed; it cannot be trusted (ask the rep to submit again)")
    keys = registered_keys()
    entry = next((k for k in keys if k.public_key == sig["key"]), None)
    if entry is None:
        raise UserError(
            f"{name}: signed with a key not registered here (fingerprint {fingerprint(str(sig['key']))}); "
            "register the rep's key first: kamdesk rep-key register FILE"
        )
    body = {k: v for k, v in manifest.items() if k != "signature"}
    try:
        parse_key(entry.public_key).verify(base64.b64decode(str(sig["ed25519"])), _canonical(body))
    except (InvalidSignature, ValueError):
        raise UserError(
            f"{name}: the signature does not match; the file was changed after it was signed"
        ) from None
    rep_uuid = str(manifest["rep_uuid"])
    if entry.rep_uuid is None and entry.rep_name == rep_name:
        # registered by bare key and name: the first signed file binds the rep's uuid to the key
        entry = RepKey(entry.rep_name, rep_uuid, entry.public_key)
        _save([entry if k.public_key == entry.public_key else k for k in keys])
    if entry.rep_uuid != rep_uuid:
        raise UserError(
            f"{name}: signed with {entry.rep_name}'s key but it claims to come from {rep_name}; refused"
        )
    return entry


__all__ = [
    "RepKey",
    "fingerprint",
    "key_text",
    "register_rep_key",
    "registered_keys",
    "rep_key_document",
    "sign_manifest",
    "signing_key",
    "verify_signature",
]
