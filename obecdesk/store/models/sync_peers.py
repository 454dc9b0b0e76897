"""Who this replica exchanges bundles with, which bundles it has read, and what HQ shares.

Local tables: they describe this replica's view of its peers and never travel as rows.

- ``sync_peers``: every replica whose address card or bundle was accepted here, with its public
  keys (Ed25519 to verify, age X25519 to encrypt to), its fingerprint, and how far we hold its
  changes (``received_seq``: the peer's change sequence up to which we have everything it sends
  us; our next bundle acknowledges it).
- ``received_bundles``: every bundle imported here, so that reading one twice says so.
- ``locality_shares``: at HQ, which field replica receives which locality (sharing puts the
  locality's versions at the end of the change feed, so the next delta carries all of it).
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base


class SyncPeer(Base):
    __tablename__ = "sync_peers"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    #: "field" or "hq"
    role: Mapped[str] = mapped_column(String(10), default="field")
    #: the raw Ed25519 public key, base64
    sign_key: Mapped[str] = mapped_column(String(100))
    #: the age X25519 recipient ("age1…")
    age_recipient: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(60))
    added_at: Mapped[str] = mapped_column(String(40))
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_received_at: Mapped[str] = mapped_column(String(40), default="")
    last_sent_at: Mapped[str] = mapped_column(String(40), default="")
    last_sent_bundle: Mapped[str] = mapped_column(String(36), default="")
    #: the replica this peer's store was copied from, as its last bundle said
    ancestor_id: Mapped[str] = mapped_column(String(36), default="")


class ReceivedBundle(Base):
    __tablename__ = "received_bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_id: Mapped[str] = mapped_column(String(36), index=True)
    imported_at: Mapped[str] = mapped_column(String(40))
    #: the sender's sequence the bundle reached and the number of changes applied
    up_to_seq: Mapped[int] = mapped_column(Integer, default=0)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")


class LocalityShare(Base):
    __tablename__ = "locality_shares"

    locality_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))
