"""What reading a bundle records besides the merge (``bundle_import``), in the same transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from obecdesk.store.models import (
    ChangeBatch,
    LocalReplica,
    PeerAck,
    ReceivedBundle,
    SyncConflict,
)
from obecdesk.sync.bundle_format import Envelope
from obecdesk.sync.bundle_scope import localities_of
from obecdesk.sync.conflict_log import ConflictKind
from obecdesk.sync.field_changes import FieldChange
from obecdesk.sync.keys import AddressCard
from obecdesk.sync.merge_rules import MergeResult
from obecdesk.sync.peers import add_share, now_text, remember_peer


def record_receipt(session: Session, env: Envelope, payload: dict[str, Any],
                   changes: list[FieldChange], result: MergeResult) -> list[str]:
    """Everything an import writes besides the merge, in its transaction: the sender as a known
    peer, its acknowledgement of our changes, resolutions, shares, and the bundle itself.
    Returns warnings for the user (a copied sender, a fork, refused changes)."""
    sender = payload["sender"]
    now = now_text()
    peer = remember_peer(session, AddressCard(env.sender, sender["name"], sender["role"],
                                              env.sender_keys))
    warnings = []
    ancestor = sender.get("ancestor_id", "")
    if ancestor and ancestor != peer.ancestor_id:
        warnings.append(f"Odesílatel je kopií repliky {ancestor[:8]}… (zkopírovaná nebo obnovená "
                        "databáze); jeho změny byly načteny jako od nové repliky.")
    peer.ancestor_id = ancestor
    if payload["from_seq"] <= peer.received_seq:  # no bundle of the sender is missing before it
        peer.received_seq = max(peer.received_seq, payload["up_to_seq"])
    peer.last_received_at = now
    mine = session.scalar(select(func.max(ChangeBatch.seq))) or 0
    acked = min(payload["acks"]["received_seq"], mine)
    ack = session.get(PeerAck, env.sender)
    if ack is None:
        session.add(PeerAck(peer_id=env.sender, acked_seq=acked, updated_at=now))
    elif acked > ack.acked_seq:
        ack.acked_seq, ack.updated_at = acked, now
    for table, row_id, field_, element, lost in payload.get("resolutions", []):
        session.execute(update(SyncConflict).where(
            SyncConflict.kind == ConflictKind.CONCURRENT, SyncConflict.table_name == table,
            SyncConflict.row_id == row_id, SyncConflict.field == field_,
            SyncConflict.element == element, SyncConflict.lost_stamp == lost,
        ).values(resolved=True))
    role = session.scalars(select(LocalReplica.role)).one()
    if role == "hq" and sender["role"] == "field":
        for locality_id in localities_of(session, changes):
            # the field keeps receiving its own (what it sent in this bundle, it has)
            add_share(session, locality_id, env.sender, sent_seq=session.info.get("seq"),
                      fresh=("localities", locality_id) in result.created)
    if result.forks:
        warnings.append(f"Pozor: zjištěno rozdvojení repliky (dvě kopie jedné databáze), "
                        f"{result.forks} změn nebylo sloučeno; podrobnosti jsou v konfliktech.")
    if result.quarantined:
        warnings.append(f"Odloženo změn: {len(result.quarantined)}.")
    session.add(ReceivedBundle(bundle_id=env.bundle_id, sender_id=env.sender, imported_at=now,
                               up_to_seq=payload["up_to_seq"], applied=result.applied,
                               summary=" ".join(warnings)))
    return warnings
