"""Preventive and acute communication of a locality (seed 000): risk scenarios, audience groups
with dated readings of their attitude, the communication plan, texts with their versions, and the
communication recommendations whose implementation the team supervises."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class RiskScenario(Synced, Base):
    __tablename__ = "risk_scenarios"
    __kind__ = "risk-scenarios"
    __sync__ = sync_policy(
        merged="locality_id title likelihood impact warning_signals prepared_response "
               "responsible_id status notes",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: the scenario in one sentence ("Další potyčka u ubytovny")
    title: Mapped[str] = mapped_column(String(300))
    #: 1 (unlikely) … 5 (almost certain)
    likelihood: Mapped[int] = mapped_column(Integer, default=3)
    #: 1 (negligible) … 5 (severe)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    warning_signals: Mapped[str] = mapped_column(Text, default="")
    prepared_response: Mapped[str] = mapped_column(Text, default="")
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    #: ``RiskStatus``
    status: Mapped[str] = mapped_column(String(20), default="watched")
    notes: Mapped[str] = mapped_column(Text, default="")


class AudienceGroup(Synced, Base):
    __tablename__ = "audience_groups"
    __kind__ = "audience-groups"
    __sync__ = sync_policy(merged="locality_id name description", one_way={"deleted": FORWARD})

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class AttitudeReading(Synced, Base):
    """How an audience group stood on a day: attitude −2…+2 and tension 1…5, with the source."""

    __tablename__ = "attitude_readings"
    __kind__ = "attitude-readings"
    __sync__ = sync_policy(
        merged="locality_id group_id read_on attitude tension note source",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("audience_groups.id"), index=True)
    read_on: Mapped[dt.date] = mapped_column(Date)
    attitude: Mapped[int] = mapped_column(Integer, default=0)
    tension: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")


class CommunicationPlan(Synced, Base):
    """One per locality, under a natural-key id, so ``deleted`` is a register."""

    __tablename__ = "communication_plans"
    __kind__ = "communication-plans"
    __sync__ = sync_policy(
        merged="locality_id key_messages spokesperson_id channels holding_statements deleted"
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    key_messages: Mapped[str] = mapped_column(Text, default="")
    spokesperson_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    channels: Mapped[str] = mapped_column(Text, default="")
    holding_statements: Mapped[str] = mapped_column(Text, default="")


class CommunicationText(Synced, Base):
    """A text being written: a press release, a letter to residents, a post."""

    __tablename__ = "communication_texts"
    __kind__ = "communication-texts"
    __sync__ = sync_policy(
        merged="locality_id kind title body status audience", one_way={"deleted": FORWARD}
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: ``TextKind``
    kind: Mapped[str] = mapped_column(String(30), default="press_release")
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    #: ``TextStatus``
    status: Mapped[str] = mapped_column(String(20), default="draft")
    audience: Mapped[str] = mapped_column(String(300), default="")


class TextVersion(Synced, Base):
    """A text as it was before a save. Only ever inserted, like ``MinutesVersion``."""

    __tablename__ = "communication_text_versions"
    __kind__ = "communication-text-versions"
    __sync__ = sync_policy(
        merged="locality_id text_id saved_at number title body", one_way={"deleted": FORWARD}
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    text_id: Mapped[str] = mapped_column(ForeignKey("communication_texts.id"), index=True)
    #: ISO timestamp (UTC) of the save that replaced this version
    saved_at: Mapped[str] = mapped_column(String(40))
    #: 1 for the first version of the text
    number: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")


class CommunicationRecommendation(Synced, Base):
    """A recommendation of the team to the municipality and how far it was implemented."""

    __tablename__ = "communication_recommendations"
    __kind__ = "communication-recommendations"
    __sync__ = sync_policy(
        merged="locality_id title given_on status responsible_id note",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    given_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: ``RecommendationStatus``
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    #: what the supervision found
    note: Mapped[str] = mapped_column(Text, default="")
