"""Sync bundles out: what a peer has not acknowledged (or everything), sealed for it alone.

``export_bundle`` writes one ``.obecbundle`` file (docs/bundle-format.md); ``pending_counts``
says per kind what the next bundle to a peer would carry; ``inspect_bundle`` reads an envelope
without any key. Reading bundles in is :mod:`obecdesk.sync.bundle_import`.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.store.hlc import replica_of
from obecdesk.store.migrate import HEAD
from obecdesk.store.models import MODEL_BY_TABLE, SyncConflict, SyncPeer
from obecdesk.sync.bundle_format import FORMAT_VERSION, Envelope, read_sealed, seal
from obecdesk.sync.bundle_scope import for_recipient, many_since, recipient_rows
from obecdesk.sync.collector import collector_paused
from obecdesk.sync.conflict_log import ConflictKind
from obecdesk.sync.field_changes import FieldChange, acknowledged, changes_since
from obecdesk.sync.keys import PublicKeys, replica_keys
from obecdesk.sync.peers import PeerInfo, hq_peer, now_text, peer_info, replica_info, shared_with

SUFFIX = ".obecbundle"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    recipient_id: str
    recipient_name: str
    full: bool
    #: field versions carried, and rows per kind (``actors``, ``meetings``, …)
    changes: int
    counts: dict[str, int] = field(default_factory=dict)
    up_to_seq: int = 0
    size: int = 0


@dataclass(frozen=True)
class Selection:
    changes: list[FieldChange]
    from_seq: int
    up_to_seq: int

    def counts(self) -> dict[str, int]:
        rows: dict[str, int] = defaultdict(int)
        for table, _row_id in set(map(itemgetter(0, 1), self.changes)):
            rows[MODEL_BY_TABLE[table].__kind__] += 1
        return dict(sorted(rows.items()))


def recipient(store: Store, to: str | None) -> PeerInfo:
    """The peer ``to`` (a replica id), or HQ when ``to`` is None."""
    return hq_peer(store) if to is None else peer_info(store, to)


def select_changes(store: Store, peer: PeerInfo, *, full: bool = False) -> Selection:
    """What a bundle to ``peer`` carries: versions it has not acknowledged (all with ``full``),
    only what it may receive, and unless ``full`` neither its own writes nor what it sent us."""
    after = 0 if full else acknowledged(store, peer.replica_id)
    skip = "" if full else peer.replica_id
    with store.reading() as session:
        shared = None if peer.role == "hq" else shared_with(session, peer.replica_id)
    if shared is not None and many_since(store, after):
        # a field recipient's localities: the database reads only the versions of their rows
        feed = changes_since(store, after, skip_origin=skip, rows=recipient_rows(shared))
        changes = feed.changes
    else:  # HQ (everything but the demo localities), or a few versions read by sequence
        feed = changes_since(store, after, skip_origin=skip)
        with store.reading() as session:
            changes = for_recipient(session, feed.changes, shared=shared)
    if not full:
        changes = [c for c in changes if replica_of(c.stamp) != peer.replica_id]
    return Selection(changes, after, feed.up_to_seq)


def pending_counts(store: Store, to: str | None = None) -> dict[str, int]:
    """Rows per kind the next delta bundle to ``to`` (HQ when None) would carry."""
    return select_changes(store, recipient(store, to)).counts()


def _resolutions(store: Store) -> list[list[str]]:
    """Concurrent conflicts resolved here: the recipient marks the same entries resolved."""
    with store.reading() as session:
        rows = session.execute(select(
            SyncConflict.table_name, SyncConflict.row_id, SyncConflict.field,
            SyncConflict.element, SyncConflict.lost_stamp,
        ).where(SyncConflict.resolved.is_(True), SyncConflict.kind == ConflictKind.CONCURRENT))
        return [list(r) for r in rows]


def build_payload(store: Store, peer: PeerInfo, selection: Selection, bundle_id: str,
                  created_at: str, *, full: bool) -> dict[str, Any]:
    me = replica_info(store)
    return {
        "bundle_id": bundle_id, "created_at": created_at, "schema": HEAD, "full": full,
        "sender": {"replica_id": me.replica_id, "name": me.name, "role": me.role,
                   "ancestor_id": me.ancestor_id},
        "recipient": peer.replica_id,
        "from_seq": selection.from_seq, "up_to_seq": selection.up_to_seq,
        # what we hold of the recipient's own change sequence: its acknowledgement
        "acks": {"received_seq": peer.received_seq},
        # a change is a tuple in the order of the wire record: the record is that as a list
        "changes": list(map(list, selection.changes)),
        "erasures": sorted({c.row_id for c in selection.changes
                            if c.field == "erased" and c.value is True and c.table == "actors"}),
        "resolutions": _resolutions(store),
    }


def export_bundle(store: Store, *, to: str | None = None, full: bool = False,
                  out: Path | str) -> ExportSummary:
    """Write a bundle for ``to`` (HQ when None) to ``out``; a delta unless ``full``."""
    with collector_paused():
        return _export(store, to, full, Path(out))


def _export(store: Store, to: str | None, full: bool, out: Path) -> ExportSummary:
    peer = recipient(store, to)
    keys = replica_keys(store.replica_id)
    with store.reading() as session:
        row = session.get(SyncPeer, peer.replica_id)
        peer_keys = PublicKeys(row.sign_key, row.age_recipient)
    selection = select_changes(store, peer, full=full)
    bundle_id = str(uuid.uuid4())
    created_at = now_text()
    envelope = Envelope(FORMAT_VERSION, bundle_id, store.replica_id, (peer.replica_id,),
                        created_at, keys.public)
    payload = build_payload(store, peer, selection, bundle_id, created_at, full=full)
    data = seal(envelope, payload, keys, [peer_keys])
    _write_file(out, data)
    with store.unit_of_work() as session:
        row = session.get(SyncPeer, peer.replica_id)
        row.last_sent_at, row.last_sent_bundle = created_at, bundle_id
    return ExportSummary(out, bundle_id, peer.replica_id, peer.name, full,
                         len(selection.changes), selection.counts(), selection.up_to_seq,
                         len(data))


def _write_file(out: Path, data: bytes) -> None:
    """Write atomically: a half-written bundle never sits under the final name."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Balíček nelze zapsat do {out}: {os_error_text(exc)}.") from exc


@dataclass(frozen=True)
class EnvelopeInfo:
    """What anyone can read from a bundle without a key."""

    path: Path
    format_version: int
    bundle_id: str
    sender: str
    sender_fingerprint: str
    recipients: tuple[str, ...]
    created_at: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "format_version": self.format_version,
                "bundle_id": self.bundle_id, "sender": self.sender,
                "sender_fingerprint": self.sender_fingerprint,
                "recipients": list(self.recipients), "created_at": self.created_at,
                "size": self.size}


def inspect_bundle(path: Path | str) -> EnvelopeInfo:
    """The envelope of a bundle file; needs no key and no store."""
    path = Path(path)
    sealed = read_sealed(path)
    env = sealed.envelope
    return EnvelopeInfo(path, env.format_version, env.bundle_id, env.sender,
                        env.sender_keys.fingerprint, env.recipients, env.created_at,
                        path.stat().st_size)

