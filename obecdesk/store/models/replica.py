"""This installation's identity in this store. Local only: never synced.

Exactly one row (``singleton`` is 1 and unique). The replica is bound to the installation, not
to the file: ``replica_identity`` compares ``token`` with the one kept in the user's config
directory, and a store that was copied, restored from a backup or opened elsewhere becomes a new
replica whose ``ancestor_id`` names the replica it came from.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base


class LocalReplica(Base):
    __tablename__ = "local_replica"
    __table_args__ = (CheckConstraint("singleton = 1", name="one_row"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    #: "field" (a coordinator's laptop) or "hq" (the central office)
    role: Mapped[str] = mapped_column(String(10), default="field", server_default="field")
    created_at: Mapped[str] = mapped_column(String(40))
    singleton: Mapped[int] = mapped_column(Integer, default=1, unique=True)
    #: the replica this store was copied from ("" for a store created here)
    ancestor_id: Mapped[str] = mapped_column(String(36), default="")
    #: changes on every open; the installation's config holds the same value
    token: Mapped[str] = mapped_column(String(36), default="")
