"""Mediation cases: the conflict, its parties, the agreed rules, sessions, result and notes.

The case, its parties, sessions and result travel like any record. A note's text is written to
``text``, a **local** column that never leaves this replica; marking the note shareable copies
the text to ``shared_text``, which travels (docs/sync-store.md, "Local-only fields").
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class MediationCase(Synced, Base):
    __tablename__ = "mediation_cases"
    __kind__ = "mediation-cases"
    __sync__ = sync_policy(
        merged="locality_id title conflict mediators rules opened_on closed_on result "
               "agreement_text",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    #: what the conflict is about, in neutral words
    conflict: Mapped[str] = mapped_column(Text, default="")
    #: the trained mediators leading it (names)
    mediators: Mapped[str] = mapped_column(Text, default="")
    #: the rules of negotiation the parties agreed to in advance
    rules: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: ``core.vocabulary.mediation.MediationResult``; "open" while it runs
    result: Mapped[str] = mapped_column(String(20), default="open")
    agreement_text: Mapped[str] = mapped_column(Text, default="")


class MediationParty(Synced, Base):
    """One side of the conflict: a group and the actors who represent it."""

    __tablename__ = "mediation_parties"
    __kind__ = "mediation-parties"
    __sync__ = sync_policy(
        merged="locality_id case_id name position", sets="representatives",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    #: ids of the actors who speak for the group
    representatives: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MediationSession(Synced, Base):
    __tablename__ = "mediation_sessions"
    __kind__ = "mediation-sessions"
    __sync__ = sync_policy(
        merged="locality_id case_id date attended outcome", one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    #: who attended, as written in the record
    attended: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class MediationNote(Synced, Base):
    """A mediator's note. ``text`` stays on this laptop; ``shared_text`` is what travels."""

    __tablename__ = "mediation_notes"
    __kind__ = "mediation-notes"
    __sync__ = sync_policy(
        merged="locality_id case_id written_on author shared shared_text",
        local="text", one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("mediation_cases.id"), index=True)
    written_on: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200), default="")
    #: the note as written here: local, never in a bundle
    text: Mapped[str] = mapped_column(Text, default="")
    #: whether the coordinator marked it shareable
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the copy of the text that travels, filled only while the note is shareable
    shared_text: Mapped[str] = mapped_column(Text, default="")
