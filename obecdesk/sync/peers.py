"""This replica's role and name, the peers it knows, and the localities HQ shares with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from obecdesk.errors import UserError
from obecdesk.store import Store
from obecdesk.store.models import (
    ChangeBatch,
    FieldVersion,
    LocalityShare,
    LocalReplica,
    PeerAck,
    SyncPeer,
)
from obecdesk.sync.bundle_scope import rows_of_locality
from obecdesk.sync.keys import ROLES, AddressCard, PublicKeys, replica_keys

ROLE_LABELS = {"field": "terénní replika", "hq": "centrála"}


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReplicaInfo:
    replica_id: str
    name: str
    role: str
    fingerprint: str
    ancestor_id: str


@dataclass(frozen=True)
class PeerInfo:
    replica_id: str
    name: str
    role: str
    fingerprint: str
    added_at: str
    #: the peer's change sequence up to which we hold everything it sent us
    received_seq: int
    last_received_at: str
    last_sent_at: str
    last_sent_bundle: str
    #: our change sequence up to which the peer has confirmed having our changes
    acked_seq: int
    #: when the newest change it confirmed was made here, and when the confirmation arrived
    #: (ISO times, "" before the first one): what a coordinator can read, unlike a number
    acked_through_at: str = ""
    acked_at: str = ""


def set_role(store: Store, *, role: str, name: str | None = None) -> ReplicaInfo:
    """Make this replica a field one or HQ (``obecdesk init``); its keys are made here too."""
    if role not in ROLES:
        raise UserError(f"Neznámá role {role!r}; použijte field nebo hq.")
    with store.unit_of_work() as session:
        row = session.scalars(select(LocalReplica)).one()
        row.role = role
        if name is not None:
            if not name.strip():
                raise UserError("Název repliky nesmí být prázdný.")
            row.name = name.strip()
    return replica_info(store)


def replica_info(store: Store) -> ReplicaInfo:
    with store.reading() as session:
        row = session.scalars(select(LocalReplica)).one()
        info = (row.id, row.name, row.role or "field", row.ancestor_id)
    keys = replica_keys(store.replica_id).public
    return ReplicaInfo(info[0], info[1], info[2], keys.fingerprint, info[3])


def own_card(store: Store) -> AddressCard:
    info = replica_info(store)
    return AddressCard(info.replica_id, info.name, info.role,
                       replica_keys(store.replica_id).public)


def remember_peer(session: Session, card: AddressCard, *, replace_keys: bool = False) -> SyncPeer:
    """Add or update a known peer. Its keys never change silently: a different key for a known
    replica is refused unless ``replace_keys`` (importing a new card on purpose)."""
    peer = session.get(SyncPeer, card.replica_id)
    if peer is None:
        peer = SyncPeer(replica_id=card.replica_id, added_at=now_text(), received_seq=0,
                        last_received_at="", last_sent_at="", last_sent_bundle="",
                        ancestor_id="")
        session.add(peer)
    elif (peer.sign_key, peer.age_recipient) != (card.keys.sign_key, card.keys.age_recipient) \
            and not replace_keys:
        raise UserError(f"Replika {card.name or card.replica_id} je známá s jinými klíči "
                        f"(otisk {peer.fingerprint}); nová karta má otisk "
                        f"{card.keys.fingerprint}.")
    peer.name, peer.role = card.name, card.role
    peer.sign_key, peer.age_recipient = card.keys.sign_key, card.keys.age_recipient
    peer.fingerprint = card.keys.fingerprint
    return peer


def import_card(store: Store, card: AddressCard) -> PeerInfo:
    """Accept a peer's address card (a field replica does this once with HQ's card)."""
    if card.replica_id == store.replica_id:
        raise UserError("To je adresní karta této repliky samotné.")
    with store.unit_of_work() as session:
        remember_peer(session, card, replace_keys=True)
    return peer_info(store, card.replica_id)


def _info(peer: SyncPeer, ack: tuple[int, str, str] | None) -> PeerInfo:
    acked, through, at = ack or (0, "", "")
    return PeerInfo(peer.replica_id, peer.name, peer.role, peer.fingerprint, peer.added_at,
                    peer.received_seq, peer.last_received_at, peer.last_sent_at,
                    peer.last_sent_bundle, acked, through or "", at)


def peers(store: Store) -> list[PeerInfo]:
    # the time of the newest of our change batches the acknowledgement covers
    through = (select(func.max(ChangeBatch.committed_at))
               .where(ChangeBatch.seq <= PeerAck.acked_seq).scalar_subquery())
    with store.reading() as session:
        acks = {peer: (seq, when, at) for peer, seq, when, at in session.execute(
            select(PeerAck.peer_id, PeerAck.acked_seq, through, PeerAck.updated_at))}
        return [_info(p, acks.get(p.replica_id))
                for p in session.scalars(select(SyncPeer).order_by(SyncPeer.role, SyncPeer.name))]


def peer_info(store: Store, replica_id: str) -> PeerInfo:
    for peer in peers(store):
        if peer.replica_id == replica_id:
            return peer
    raise UserError(f"Replika {replica_id} není známá; načtěte její adresní kartu "
                    "(obecdesk keys import-card) nebo její balíček.")


def hq_peer(store: Store) -> PeerInfo:
    """The central office this field replica sends to (from its imported address card)."""
    found = [p for p in peers(store) if p.role == "hq"]
    if not found:
        raise UserError("Adresa centrály není známá; načtěte adresní kartu centrály příkazem "
                        "obecdesk keys import-card SOUBOR.")
    if len(found) > 1:
        raise UserError("Je známo více centrál; zvolte příjemce přes --to ID_REPLIKY.")
    return found[0]


def peer_keys(session: Session, replica_id: str) -> PublicKeys | None:
    peer = session.get(SyncPeer, replica_id)
    return PublicKeys(peer.sign_key, peer.age_recipient) if peer else None


def share_locality(store: Store, locality_id: str, replica_id: str) -> bool:
    """At HQ: send ``locality_id`` to field replica ``replica_id`` from the next bundle on (the
    whole locality once, then its changes); False when it was shared already."""
    with store.unit_of_work(immediate=True) as session:
        if session.get(SyncPeer, replica_id) is None:
            raise UserError(f"Replika {replica_id} není známá; sdílet lze jen s replikou, "
                            "jejíž balíček nebo adresní karta tu už byla načtena.")
        return add_share(session, locality_id, replica_id)


def add_share(session: Session, locality_id: str, replica_id: str, *,
              sent_seq: int | None = None, fresh: bool = False) -> bool:
    """Record a share and move the locality's versions to a new change batch, so that the next
    delta to the replica carries the whole locality (what it acknowledged before did not).

    ``sent_seq`` is the batch this transaction merged from the replica itself: its versions
    are what the replica sent, they stay (a delta never sends a replica its own batch).
    ``fresh``: the locality came into being here in that batch, so did every row of it (a row
    needs its parents), and there is nothing to move."""
    if session.get(LocalityShare, (locality_id, replica_id)) is not None:
        return False
    sent = session.get(ChangeBatch, sent_seq) if sent_seq is not None else None
    versions = FieldVersion.__table__  # the clock rows are never ORM objects in a session
    keep = (versions.c.seq != sent_seq,) if sent is not None and sent.origin == replica_id \
        else ()
    session.add(LocalityShare(locality_id=locality_id, replica_id=replica_id,
                              created_at=now_text()))
    # a batch of its own: a delta skips batches merged from the recipient, not this one
    seq = session.execute(insert(ChangeBatch).values(
        origin="share", committed_at=now_text())).inserted_primary_key[0]
    for table, ids in () if fresh else rows_of_locality(locality_id).items():
        session.execute(update(versions).where(
            versions.c.table_name == table, versions.c.row_id.in_(ids),
            *keep).values(seq=seq))
    return True


def shared_with(session: Session, replica_id: str) -> set[str]:
    return set(session.scalars(select(LocalityShare.locality_id)
                               .where(LocalityShare.replica_id == replica_id)))
