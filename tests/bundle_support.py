"""Field replicas and HQ as real stores in tmp_path, exchanging real ``.obecbundle`` files."""

from __future__ import annotations

import itertools
from pathlib import Path

from sync_support import open_replicas

from obecdesk.store import Store
from obecdesk.sync.bundle_format import SIGNATURE_SIZE, SIGNED_MAGIC, read_sealed
from obecdesk.sync.bundle_import import ImportResult, ImportStatus, import_bundle
from obecdesk.sync.bundles import export_bundle
from obecdesk.sync.keys import replica_keys
from obecdesk.sync.peers import import_card, own_card, set_role

_counter = itertools.count()


def field_and_hq(tmp_path: Path, monkeypatch, fields: int = 1) -> tuple[list[Store], Store]:
    """``fields`` field replicas that know HQ's address card, and HQ (which knows none yet)."""
    *field_stores, hq = open_replicas(tmp_path, monkeypatch, fields + 1)
    set_role(hq, role="hq", name="Centrála")
    card = own_card(hq)
    for n, store in enumerate(field_stores):
        set_role(store, role="field", name=f"Laptop {n + 1}")
        import_card(store, card)
    return field_stores, hq


def send(source: Store, target: Store, folder: Path, *, full: bool = False) -> Path:
    """A bundle file from ``source`` to ``target``."""
    path = folder / f"bundle-{next(_counter)}.obecbundle"
    export_bundle(source, to=target.replica_id, full=full, out=path)
    return path


def receive(target: Store, path: Path, source: Store | None = None) -> ImportResult:
    """Import ``path``, accepting ``source`` as a new sender by its real fingerprint."""
    accept = own_card(source).keys.fingerprint if source is not None else None
    result = import_bundle(target, path, accept_new_sender=accept)
    assert result.status is not ImportStatus.REFUSED, result.message
    return result


def exchange_files(source: Store, target: Store, folder: Path) -> ImportResult:
    return receive(target, send(source, target, folder), source)


def decrypted_payload(path: Path, recipient: Store) -> bytes:
    """The compressed-then-inflated payload bytes a recipient reads (for grepping)."""
    import zlib

    sealed = read_sealed(path)
    inner = replica_keys(recipient.replica_id).decrypt(sealed.ciphertext)
    return zlib.decompress(inner[len(SIGNED_MAGIC) + SIGNATURE_SIZE:])
