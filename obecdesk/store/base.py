"""Declarative base and the columns every synced table carries.

Sync (DESIGN.md §4) needs, from the first table on: a UUID key, the hybrid-logical-clock stamp of
the last change, the replica that made it, and a tombstone instead of a hard delete. The stamps are
filled in by the unit of work (``database.Store``), never by hand.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from sqlalchemy import BigInteger, Boolean, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from obecdesk.store.sync_policy import SyncPolicy

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


#: an amount in haléře: 64 bits (50 M Kč is an ordinary EU project); SQLite's INTEGER is 64-bit
MONEY = BigInteger().with_variant(Integer(), "sqlite")


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Mixin for tables that travel in sync bundles."""

    #: plural entity name used by ``stats``, ``list`` and the change broadcast
    __kind__: str = ""
    #: how each column travels between replicas (see ``sync_policy``), declared by every model
    __sync__: ClassVar[SyncPolicy]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    updated_at: Mapped[str] = mapped_column(String(64), default="", index=True)
    replica_id: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
