"""What the store knows about versions, its own change sequence, its peers and its conflicts.

None of these tables travels as rows: they describe the synced tables (DESIGN.md §4).

- ``field_versions`` is the clock table, in the spirit of cr-sqlite's ``col_version`` + site id:
  one row per (table, row, field[, set element]) with the HLC stamp of the write that set the
  current value (the stamp ends with the writing replica's id, so comparing stamps as strings is
  comparing (HLC, replica)), the stamp it overwrote on the writer's side (``base``, which tells a
  concurrent write from a later one) and the local change sequence at which it arrived here.
- ``change_batches`` gives each committed transaction that wrote synced rows one strictly
  increasing number; "everything a peer has not seen" is ``seq > acked_seq`` — also for rows that
  came from a third replica with old stamps.
- ``peer_acks`` records, per peer replica, how far it has acknowledged our sequence.
- ``sync_conflicts`` keeps every concurrent value that lost a merge, forks, quarantined stamps and
  duplicate decision codes, for the user to review.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base


class FieldVersion(Base):
    __tablename__ = "field_versions"
    __table_args__ = (Index("ix_field_versions_seq", "seq"),)

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    #: an element of a set-valued field ("" for ordinary fields)
    element: Mapped[str] = mapped_column(String(200), primary_key=True, default="")
    stamp: Mapped[str] = mapped_column(String(80))
    base: Mapped[str] = mapped_column(String(80), default="")
    seq: Mapped[int] = mapped_column(Integer)
    #: for a set element: the element was removed by this write
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeBatch(Base):
    __tablename__ = "change_batches"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: "local" for edits made here, otherwise the replica whose changes were merged
    origin: Mapped[str] = mapped_column(String(36), default="local")
    committed_at: Mapped[str] = mapped_column(String(40))


class PeerAck(Base):
    __tablename__ = "peer_acks"

    peer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: our change sequence up to which the peer has confirmed having everything
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[str] = mapped_column(String(40), default="")


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"
    __table_args__ = (
        Index("ux_sync_conflicts_version", "kind", "table_name", "row_id", "field", "element",
              "lost_stamp", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: "concurrent", "fork", "quarantine" or "duplicate_code"
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60), default="")
    element: Mapped[str] = mapped_column(String(200), default="")
    kept_stamp: Mapped[str] = mapped_column(String(80), default="")
    kept_value: Mapped[object] = mapped_column(JSON, nullable=True)
    lost_stamp: Mapped[str] = mapped_column(String(80), default="")
    lost_value: Mapped[object] = mapped_column(JSON, nullable=True)
    message: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[str] = mapped_column(String(40))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
