"""The ``.obecbundle`` container (docs/bundle-format.md): reading and writing, with limits.

Layout: ``OBECBNDL`` · one byte container version · 4-byte big-endian envelope length · the
envelope (UTF-8 JSON, plaintext, nothing personal) · an age file encrypted to the recipients.
Inside the age file: ``OBSG`` · a 64-byte Ed25519 signature · the zlib-compressed payload JSON.
The signature covers the envelope too, so an edited envelope fails it. No member names, no
archive: nothing to traverse; the one decompression has a hard output limit and runs only after
the signature checked.
"""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.sync.keys import PublicKeys, ReplicaKeys, valid_public_keys

MAGIC = b"OBECBNDL"
CONTAINER_VERSION = 1
#: the envelope's ``format_version``; a newer one is refused with a message to update
FORMAT_VERSION = 1
SIGNED_MAGIC = b"OBSG"
SIGNATURE_SIZE = 64
MAX_FILE = 512 * 1024 * 1024
MAX_ENVELOPE = 16 * 1024
MAX_PAYLOAD = 1024 * 1024 * 1024
_HEADER = struct.Struct(">8sBI")
_DOMAIN = b"obecbundle-signature-v1\0"


class BundleRefused(UserError):
    """A bundle that is not read: damaged, not for us, from an unknown or wrong key."""


@dataclass(frozen=True)
class Envelope:
    """The plaintext part: enough to route and verify a bundle, nothing about its content."""

    format_version: int
    bundle_id: str
    sender: str
    recipients: tuple[str, ...]
    created_at: str
    #: the sender's public keys (its address, not a secret)
    sender_keys: PublicKeys

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "obecbundle", "format_version": self.format_version,
            "bundle_id": self.bundle_id, "sender": self.sender,
            "recipients": list(self.recipients), "created_at": self.created_at,
            "sender_sign_key": self.sender_keys.sign_key,
            "sender_age_recipient": self.sender_keys.age_recipient,
        }


@dataclass(frozen=True)
class SealedBundle:
    envelope: Envelope
    envelope_bytes: bytes
    ciphertext: bytes


def _signed_message(envelope_bytes: bytes, compressed: bytes) -> bytes:
    return _DOMAIN + struct.pack(">I", len(envelope_bytes)) + envelope_bytes + compressed


def seal(envelope: Envelope, payload: dict[str, Any], keys: ReplicaKeys,
         recipients: list[PublicKeys]) -> bytes:
    """The bytes of a bundle file: envelope, then the payload signed and encrypted."""
    envelope_bytes = json.dumps(envelope.to_json(), sort_keys=True).encode()
    compressed = zlib.compress(json.dumps(payload, ensure_ascii=False,
                                          separators=(",", ":")).encode(), 6)
    signature = keys.sign(_signed_message(envelope_bytes, compressed))
    ciphertext = pyrage.encrypt(SIGNED_MAGIC + signature + compressed,
                                [r.recipient() for r in recipients])
    return _HEADER.pack(MAGIC, CONTAINER_VERSION, len(envelope_bytes)) + envelope_bytes \
        + ciphertext


def read_sealed(path: Path) -> SealedBundle:
    """The envelope and the still-encrypted rest of a bundle file, after the size limits."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise BundleRefused(f"Soubor {name} je větší než {MAX_FILE // 2**20} MiB; balíček "
                                "obecdesk takový být nemůže.")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Soubor {path} nelze přečíst: {os_error_text(exc)}.") from exc
    if len(data) < _HEADER.size or data[:len(MAGIC)] != MAGIC:
        raise BundleRefused(f"Soubor {name} není balíček obecdesk.")
    _magic, container, length = _HEADER.unpack_from(data)
    if container > CONTAINER_VERSION:
        raise BundleRefused(f"Balíček {name} má novější formát (kontejner {container}); "
                            "aktualizujte obecdesk.")
    if container != CONTAINER_VERSION or length > MAX_ENVELOPE:
        raise BundleRefused(f"Obálka balíčku {name} je poškozená nebo příliš velká.")
    end = _HEADER.size + length
    if len(data) < end:
        raise BundleRefused(f"Balíček {name} je neúplný (useknutý).")
    envelope_bytes = data[_HEADER.size:end]
    return SealedBundle(parse_envelope(envelope_bytes, name), envelope_bytes, data[end:])


def parse_envelope(raw: bytes, name: str) -> Envelope:
    bad = f"Obálka balíčku {name} je poškozená"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRefused(f"{bad} (není to platný JSON).") from exc
    if not isinstance(data, dict) or data.get("format") != "obecbundle":
        raise BundleRefused(f"{bad}.")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleRefused(f"{bad} (chybí verze formátu).")
    if version > FORMAT_VERSION:
        raise BundleRefused(f"Balíček {name} má formát verze {version}, tato verze obecdesk "
                            f"zná nejvýše {FORMAT_VERSION}; aktualizujte obecdesk.")
    texts = ("bundle_id", "sender", "created_at", "sender_sign_key", "sender_age_recipient")
    recipients = data.get("recipients")
    if version < 1 or not all(isinstance(data.get(k), str) for k in texts) \
            or not isinstance(recipients, list) or not recipients \
            or not all(isinstance(r, str) and _is_uuid(r) for r in recipients) \
            or not _is_uuid(data["bundle_id"]) or not _is_uuid(data["sender"]):
        raise BundleRefused(f"{bad} (chybí nebo je chybný některý údaj).")
    keys = PublicKeys(data["sender_sign_key"], data["sender_age_recipient"])
    if not valid_public_keys(keys):
        raise BundleRefused(f"{bad} (veřejné klíče odesílatele jsou neplatné).")
    return Envelope(version, data["bundle_id"], data["sender"], tuple(recipients),
                    data["created_at"], keys)


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def open_sealed(sealed: SealedBundle, keys: ReplicaKeys, sender: PublicKeys,
                name: str) -> dict[str, Any]:
    """Decrypt, verify the sender's signature, decompress (limited) and parse the payload."""
    try:
        inner = keys.decrypt(sealed.ciphertext)
    except pyrage.DecryptError as exc:
        raise BundleRefused(f"Balíček {name} nelze rozšifrovat: je poškozený, useknutý, nebo "
                            "nebyl zašifrován pro tuto repliku.") from exc
    head = len(SIGNED_MAGIC) + SIGNATURE_SIZE
    if len(inner) < head or inner[:len(SIGNED_MAGIC)] != SIGNED_MAGIC:
        raise BundleRefused(f"Obsah balíčku {name} nemá podpis.")
    signature, compressed = inner[len(SIGNED_MAGIC):head], inner[head:]
    if not sender.verify(signature, _signed_message(sealed.envelope_bytes, compressed)):
        raise BundleRefused(f"Podpis balíčku {name} nesouhlasí s klíčem odesílatele: balíček "
                            "byl pozměněn nebo ho podepsal někdo jiný.")
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(compressed, MAX_PAYLOAD)
        if inflater.unconsumed_tail or not inflater.eof:
            raise BundleRefused(f"Obsah balíčku {name} je po rozbalení větší než "
                                f"{MAX_PAYLOAD // 2**20} MiB nebo je neúplný.")
        payload = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise BundleRefused(f"Obsah balíčku {name} je poškozený (nelze ho rozbalit "
                            "nebo to není platný JSON).") from exc
    if not isinstance(payload, dict):
        raise BundleRefused(f"Obsah balíčku {name} nemá očekávanou podobu.")
    return payload
