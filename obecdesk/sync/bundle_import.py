"""Reading a bundle in: every check first, a backup, then one transaction (P3–P6, P9).

Order: the envelope (size, format version, recipient), the sender (a known key, or a new one the
user accepted by its fingerprint), decryption, the signature, the payload's schema, stamps and
references. Only then is the store copied to ``backups/`` and the merge, the acknowledgements and
the record of the bundle written together. A bundle read before says so and changes nothing;
any refusal leaves the store exactly as it was and says why in one Czech sentence.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from obecdesk.store import Store
from obecdesk.store.backup import backup_sqlite
from obecdesk.store.models import (
    ReceivedBundle,
)
from obecdesk.sync.bundle_format import BundleRefused, SealedBundle, open_sealed, read_sealed
from obecdesk.sync.bundle_receipt import record_receipt
from obecdesk.sync.bundle_records import parse_records
from obecdesk.sync.bundle_validation import check_references, payload_int
from obecdesk.sync.collector import collector_paused
from obecdesk.sync.keys import ROLES, PublicKeys, replica_keys, same_fingerprint
from obecdesk.sync.merge import merge_in_session
from obecdesk.sync.peers import peer_keys


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    ALREADY = "already"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: ImportStatus
    #: one Czech sentence (or two, with a warning) for the user
    message: str
    bundle_id: str = ""
    sender_id: str = ""
    sender_name: str = ""
    applied: int = 0
    conflicts: int = 0
    forks: int = 0
    new_sender: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Checked:
    sealed: SealedBundle
    payload: dict[str, Any]
    sender: dict[str, str]
    changes: list
    new_sender: bool


def import_bundle(store: Store, path: Path | str, *, accept_new_sender: str | None = None,
                  backed_up: bool = False) -> ImportResult:
    """Read one bundle file into ``store``; refusals come back as a result, not an exception
    (other errors, an unreadable file or a locked store, are raised as ``UserError``).

    A backup is taken before the write unless ``backed_up``: a batch of files (a folder at HQ)
    takes one before its first import, which holds the store as it was before the whole batch."""
    with collector_paused():
        return _import(store, Path(path), accept_new_sender, backed_up)


def _import(store: Store, path: Path, accept_new_sender: str | None,
            backed_up: bool) -> ImportResult:
    try:
        checked = _check(store, path, accept_new_sender)
    except BundleRefused as exc:
        return ImportResult(path, ImportStatus.REFUSED, str(exc))
    env = checked.sealed.envelope
    name = checked.sender.get("name") or env.sender[:8]
    previous = _received(store, env.bundle_id)
    if previous is not None:
        return _already(path, env.bundle_id, env.sender, name, previous)
    backup = backup_sqlite(Path(store.location), "before-bundle") \
        if store.engine.dialect.name == "sqlite" and not backed_up else None
    try:
        with store.unit_of_work(keep_stamps=True, immediate=True) as session:
            if session.get(ReceivedBundle, env.bundle_id) is not None:
                raise _Raced
            result = merge_in_session(store, session, checked.changes, origin=env.sender)
            warnings = record_receipt(session, env, checked.payload, checked.changes, result)
    except _Raced:
        if backup is not None:
            backup.unlink(missing_ok=True)
        return _already(path, env.bundle_id, env.sender, name, _received(store, env.bundle_id))
    except IntegrityError:
        if backup is not None:
            backup.unlink(missing_ok=True)
        return ImportResult(path, ImportStatus.REFUSED, f"Balíček {path.name} by porušil vazby "
                            "mezi záznamy; nic se nenačetlo.", env.bundle_id, env.sender, name)
    message = (f"Balíček od „{name}“ načten: {result.applied} změn, nových konfliktů "
               f"{result.conflicts}.")
    return ImportResult(path, ImportStatus.IMPORTED, " ".join([message, *warnings]),
                        env.bundle_id, env.sender, name, result.applied, result.conflicts,
                        result.forks, checked.new_sender, warnings)


class _Raced(Exception):
    """Another process read the same bundle between the check and the write."""


def _received(store: Store, bundle_id: str) -> str | None:
    with store.reading() as session:
        row = session.get(ReceivedBundle, bundle_id)
        return row.imported_at if row else None


def _already(path: Path, bundle_id: str, sender: str, name: str, when: str | None) -> ImportResult:
    return ImportResult(path, ImportStatus.ALREADY, f"Balíček {path.name} od „{name}“ už byl "
                        f"načten ({when}); nic se nezměnilo.", bundle_id, sender, name)


def _sender_keys(store: Store, sealed: SealedBundle, accept: str | None, name: str
                 ) -> tuple[PublicKeys, bool]:
    env = sealed.envelope
    with store.reading() as session:
        known = peer_keys(session, env.sender)
    offered = env.sender_keys
    if known is not None:
        if known != offered:
            raise BundleRefused(f"Balíček {name} se hlásí jako od známé repliky {env.sender[:8]}, "
                                "ale je podepsán jiným klíčem; byl odmítnut.")
        return known, False
    if accept is None:
        raise BundleRefused(f"Balíček {name} je od neznámé repliky s otiskem "
                            f"{offered.fingerprint}. Porovnejte otisk s odesílatelem a načtěte "
                            f"balíček znovu s --accept-new-sender \"{offered.fingerprint}\".")
    if not same_fingerprint(accept, offered.fingerprint):
        raise BundleRefused(f"Otisk odesílatele balíčku {name} je {offered.fingerprint}, ne "
                            f"{accept}; balíček byl odmítnut.")
    return offered, True


def _check(store: Store, path: Path, accept: str | None) -> _Checked:
    name = path.name
    sealed = read_sealed(path)
    env = sealed.envelope
    if store.replica_id not in env.recipients:
        raise BundleRefused(f"Balíček {name} je určen jiné replice ({env.recipients[0][:8]}…), "
                            f"ne této ({store.replica_id[:8]}…).")
    if env.sender == store.replica_id:
        raise BundleRefused(f"Balíček {name} odeslala tato replika sama sobě.")
    keys, new = _sender_keys(store, sealed, accept, name)
    payload = open_sealed(sealed, replica_keys(store.replica_id), keys, name)
    sender = payload.get("sender")
    if payload.get("bundle_id") != env.bundle_id or payload.get("recipient") != store.replica_id \
            or not isinstance(sender, dict) or sender.get("replica_id") != env.sender \
            or sender.get("role") not in ROLES or not isinstance(sender.get("name"), str) \
            or not isinstance(sender.get("ancestor_id", ""), str):
        raise BundleRefused(f"Obsah balíčku {name} neodpovídá jeho obálce.")
    for key in ("from_seq", "up_to_seq"):
        payload_int(payload, key, name)
    acks = payload.get("acks")
    if not isinstance(acks, dict):
        raise BundleRefused(f"Obsah balíčku {name} nemá potvrzení přijatých změn.")
    payload_int(acks, "received_seq", name)
    records = payload.get("changes")
    resolutions = payload.get("resolutions", [])
    if not isinstance(records, list) or not isinstance(resolutions, list) or not all(
            isinstance(r, list) and len(r) == 5 and all(isinstance(x, str) for x in r)
            for r in resolutions):
        raise BundleRefused(f"Obsah balíčku {name} nemá seznam změn v očekávané podobě.")
    now_ms = int(time.time() * 1000)
    changes = parse_records(records, now_ms, name)
    with store.reading() as session:
        check_references(session, changes, name)
    return _Checked(sealed, payload, sender, changes, new)
