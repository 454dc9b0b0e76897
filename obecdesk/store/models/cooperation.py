"""The frame of an acute or systematic cooperation: the municipality's request, the conditions
of cooperation checked one by one, the decision and the memorandum (seed 000).

One cooperation per locality and one row per condition, both under natural-key ids
(:mod:`obecdesk.store.natural_keys`): two replicas that fill in the intake while apart land on
the same rows, so ``deleted`` is a plain register."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import sync_policy


class Cooperation(Synced, Base):
    __tablename__ = "cooperations"
    __kind__ = "cooperations"
    __sync__ = sync_policy(
        merged="locality_id requested_by_id requested_on requested_mode situation decision "
               "decision_reason decided_on agreed_on planned_end_override deleted",
        sets="themes",
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: the actor of the locality who asked (the mayor, the town clerk)
    requested_by_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    requested_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: theme codes from ``Theme`` plus the municipality's own words
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: the mode the municipality asked for (``CooperationMode``)
    requested_mode: Mapped[str] = mapped_column(String(20), default="")
    #: the situation in the municipality's words
    situation: Mapped[str] = mapped_column(Text, default="")
    #: ``CooperationDecision``
    decision: Mapped[str] = mapped_column(String(20), default="not_yet")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: the memorandum of cooperation; the planned end is counted from it
    agreed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: a planned end the memorandum sets otherwise than the mode's length
    planned_end_override: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class CooperationCondition(Synced, Base):
    """One of the conditions of cooperation in a locality: met or not, and why."""

    __tablename__ = "cooperation_conditions"
    __kind__ = "cooperation-conditions"
    __sync__ = sync_policy(merged="locality_id code met note deleted")

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: ``vocabulary.cooperation.CooperationCondition``
    code: Mapped[str] = mapped_column(String(20))
    #: None while not assessed
    met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
