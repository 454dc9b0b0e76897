"""The situation log of an escalated situation (seed 000, acute communication): dated events and
the files that document them (a screenshot of a post, the petition, an article)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class SituationEvent(Synced, Base):
    """One dated event: an incident, a petition, an article, a rumour…"""

    __tablename__ = "situation_events"
    __kind__ = "situation-events"
    __sync__ = sync_policy(
        merged="locality_id occurred_on kind title description source reach severity",
        sets="actor_ids",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, index=True)
    #: ``EventKind``
    kind: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    #: where the coordinator learned of it: a newspaper, a Facebook group, the police
    source: Mapped[str] = mapped_column(String(300), default="")
    #: about how many people it reached (readers, shares, signatures); None when unknown
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: 1 (low) … 4 (critical), ``SEVERITIES``
    severity: Mapped[int] = mapped_column(Integer, default=2)
    #: ids of the locality's actors involved
    actor_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class SituationAttachment(Synced, Base):
    """A file copied into the store; its bytes travel in bundles like any field. Rows are only
    inserted and removed, never edited, so no two replicas write one concurrently."""

    __tablename__ = "situation_attachments"
    __kind__ = "situation-attachments"
    __sync__ = sync_policy(
        merged="locality_id event_id file_name media_type size content",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("situation_events.id"), index=True)
    #: the original file name, as the user chose the file
    file_name: Mapped[str] = mapped_column(String(255))
    #: the MIME type guessed from the name
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary)
