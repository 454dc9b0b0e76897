"""Participation events of a locality and the proposals and comments collected at them.

Every proposal carries its disposition, so the municipality can publish "what happened to your
proposal"; a rejection always says why (``core/participation/proposals.py``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class ParticipationEvent(Synced, Base):
    __tablename__ = "participation_events"
    __kind__ = "participation-events"
    __sync__ = sync_policy(
        merged="locality_id kind title method_id date place attendance_total "
               "attendance_target outreach notes",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: ``core.vocabulary.participation.EventKind``
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    #: the method of the catalog it used (its slug), empty for none
    method_id: Mapped[str] = mapped_column(String(80), default="")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    #: people who came; None while not counted
    attendance_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: of them from the target or vulnerable groups
    attendance_target: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: how the vulnerable groups were reached (field workers, leaflets, a personal invitation)
    outreach: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Proposal(Synced, Base):
    """A proposal or comment from an event, with what the municipality did with it."""

    __tablename__ = "proposals"
    __kind__ = "proposals"
    __sync__ = sync_policy(
        merged="locality_id event_id kind text author disposition reason response decided_on "
               "position",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("participation_events.id"), index=True)
    #: ``ProposalKind``: a proposal or a comment
    kind: Mapped[str] = mapped_column(String(20), default="proposal")
    text: Mapped[str] = mapped_column(Text)
    #: who proposed it, as people may publish it ("obyvatelka Tovární ulice"); may be empty
    author: Mapped[str] = mapped_column(String(300), default="")
    #: ``Disposition``
    disposition: Mapped[str] = mapped_column(String(20), default="open")
    #: why it was rejected (required for a rejection)
    reason: Mapped[str] = mapped_column(Text, default="")
    #: what happened with it, in words for the public
    response: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
