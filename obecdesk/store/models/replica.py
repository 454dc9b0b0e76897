"""This installation's identity. Local only: never synced."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base


class LocalReplica(Base):
    __tablename__ = "local_replica"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(40))
