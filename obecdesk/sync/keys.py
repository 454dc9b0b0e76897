"""This replica's two key pairs, its fingerprint and its address card.

One pair signs bundles (Ed25519, ``cryptography``); the other receives them (an age X25519
identity, ``pyrage``, the reference Rust age), so HQ can open a bundle with the ordinary ``age``
tool in an emergency. The private keys live in the user data directory (platformdirs,
``XDG_DATA_HOME`` on Linux), one folder per replica, owner-only; they never enter a bundle or
the store. The fingerprint is a short hash of both public keys that two people can read to each
other over the phone.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from platformdirs import user_data_dir
from pyrage import x25519

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store.paths import APP_NAME

SIGNING_FILE = "signing.pem"
AGE_FILE = "age.key"
CARD_FORMAT = "obecdesk-address-card"
CARD_VERSION = 1
ROLES = ("field", "hq")
_FINGERPRINT_DOMAIN = b"obecdesk-fingerprint-v1\0"


def keys_dir(replica_id: str) -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "keys" / replica_id


def fingerprint(sign_key: str, age_recipient: str) -> str:
    """32 hex digits in groups of four, from both public keys (``3F2A 9C1B …``)."""
    raw = base64.b64decode(sign_key)
    digest = hashlib.sha256(_FINGERPRINT_DOMAIN + raw + age_recipient.encode()).hexdigest()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4)).upper()


def same_fingerprint(typed: str, actual: str) -> bool:
    """Whether what the user typed is ``actual``, ignoring spaces, dashes, colons and case."""
    def norm(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")
    return bool(norm(typed)) and norm(typed) == norm(actual)


@dataclass(frozen=True)
class PublicKeys:
    sign_key: str
    age_recipient: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_key, self.age_recipient)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(self.sign_key)).verify(
                signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)


@dataclass(frozen=True)
class ReplicaKeys:
    """The private keys of one replica of this installation."""

    signing: Ed25519PrivateKey
    identity: x25519.Identity

    @property
    def public(self) -> PublicKeys:
        from cryptography.hazmat.primitives import serialization  # its SSH part loads slowly

        raw = self.signing.public_key().public_bytes(serialization.Encoding.Raw,
                                                     serialization.PublicFormat.Raw)
        return PublicKeys(base64.b64encode(raw).decode(), str(self.identity.to_public()))

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message)

    def decrypt(self, data: bytes) -> bytes:
        return pyrage.decrypt(data, [self.identity])


def _write_private(path: Path, data: bytes) -> None:
    """Create ``path`` owner-only; an existing file is kept (another process made it first)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def replica_keys(replica_id: str) -> ReplicaKeys:
    """The keys of ``replica_id``, made on first use."""
    from cryptography.hazmat.primitives import serialization

    folder = keys_dir(replica_id)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        signing_path, age_path = folder / SIGNING_FILE, folder / AGE_FILE
        if not signing_path.exists():
            _write_private(signing_path, Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption()))
        if not age_path.exists():
            identity = x25519.Identity.generate()
            now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            _write_private(age_path, (f"# created: {now}\n# public key: {identity.to_public()}\n"
                                      f"{identity}\n").encode())
        signing = serialization.load_pem_private_key(signing_path.read_bytes(), password=None)
        secret = [line for line in age_path.read_text().splitlines()
                  if line.startswith("AGE-SECRET-KEY-")]
        identity = x25519.Identity.from_str(secret[0])
    except (OSError, ValueError, IndexError) as exc:
        raise UserError(f"Klíče této repliky ve složce {folder} nelze načíst ani vytvořit "
                        f"({exc}).") from exc
    if not isinstance(signing, Ed25519PrivateKey):
        raise UserError(f"Soubor {folder / SIGNING_FILE} neobsahuje klíč Ed25519.")
    return ReplicaKeys(signing, identity)


@dataclass(frozen=True)
class AddressCard:
    """What a peer needs to send us bundles and to check ours; nothing secret."""

    replica_id: str
    name: str
    role: str
    keys: PublicKeys

    def to_json(self) -> str:
        return json.dumps({
            "format": CARD_FORMAT, "version": CARD_VERSION, "replica_id": self.replica_id,
            "name": self.name, "role": self.role, "sign_key": self.keys.sign_key,
            "age_recipient": self.keys.age_recipient, "fingerprint": self.keys.fingerprint,
        }, ensure_ascii=False, indent=2) + "\n"


def read_card(path: Path) -> AddressCard:
    """An address card from a file, checked; a bad one is refused in one Czech sentence."""
    bad = f"Soubor {path.name} není adresní karta obecdesk"
    try:
        if path.stat().st_size > 64 * 1024:
            raise UserError(f"{bad} (je příliš velký).")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"Adresní kartu {path} nelze přečíst: {os_error_text(exc)}.") from exc
    except ValueError as exc:
        raise UserError(f"{bad} (není to platný JSON).") from exc
    if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
        raise UserError(f"{bad}.")
    if data.get("version") != CARD_VERSION:
        raise UserError(f"Adresní karta {path.name} má verzi {data.get('version')!r}, kterou "
                        "tato verze obecdesk nezná.")
    fields = ("replica_id", "name", "role", "sign_key", "age_recipient")
    if not all(isinstance(data.get(f), str) for f in fields) or data["role"] not in ROLES:
        raise UserError(f"{bad} (chybí nebo je chybný některý údaj).")
    keys = PublicKeys(data["sign_key"], data["age_recipient"])
    if not valid_public_keys(keys):
        raise UserError(f"{bad} (veřejné klíče jsou poškozené).")
    if data.get("fingerprint") and not same_fingerprint(data["fingerprint"], keys.fingerprint):
        raise UserError(f"Otisk v adresní kartě {path.name} nesouhlasí s jejími klíči; karta "
                        "byla pozměněna.")
    return AddressCard(data["replica_id"], data["name"], data["role"], keys)


def valid_public_keys(keys: PublicKeys) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(keys.sign_key, validate=True))
        keys.recipient()
    except (ValueError, TypeError, pyrage.RecipientError):
        return False
    return True
