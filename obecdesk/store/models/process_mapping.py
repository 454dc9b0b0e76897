"""Process mapping (seed 000): the municipality's agendas in the cooperation's theme, their steps
with the formal and the informal practice side by side, the documents analysed, the interviews,
the critical points found and the recommendations negotiated for them.

Every table carries ``locality_id`` so a row's locality is one column away (bundles, ``list``).
A recommendation answers one or more critical points: the links are a *set* column, so two
replicas linking different points both keep their link. An interview's respondent is anonymous by
default (a code such as "respondentka 3, uchazečka o byt"); a name is kept only with a legal
basis, and erasure blanks it for good (``__erased_values__``, enforced by the merge as well).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class ProcessAgenda(Synced, Base):
    """An agenda of the municipality, e.g. the allocation of municipal flats."""

    __tablename__ = "process_agendas"
    __kind__ = "process-agendas"
    __sync__ = sync_policy(merged="locality_id name theme department description position",
                           one_way={"deleted": FORWARD})

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String(40), default="")
    #: the department of the office that runs the agenda ("odbor sociálních věcí")
    department: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProcessStep(Synced, Base):
    """One step of an agenda: what the rules say and what really happens."""

    __tablename__ = "process_steps"
    __kind__ = "process-steps"
    __sync__ = sync_policy(
        merged="locality_id agenda_id position name responsible formal_practice "
               "informal_practice",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("process_agendas.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    responsible: Mapped[str] = mapped_column(String(200), default="")
    formal_practice: Mapped[str] = mapped_column(Text, default="")
    informal_practice: Mapped[str] = mapped_column(Text, default="")


class ProcessDocument(Synced, Base):
    """A document of the municipality analysed for an agenda (a rule, a form, a resolution)."""

    __tablename__ = "process_documents"
    __kind__ = "process-documents"
    __sync__ = sync_policy(merged="locality_id agenda_id title kind issued_on note",
                           one_way={"deleted": FORWARD})

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("process_agendas.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    issued_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ProcessInterview(Synced, Base):
    """An interview with office staff or with a recipient of the service."""

    __tablename__ = "process_interviews"
    __kind__ = "process-interviews"
    __sync__ = sync_policy(
        merged="locality_id agenda_id held_on respondent_group respondent_code respondent_name "
               "legal_basis consent_date purpose summary",
        one_way={"deleted": FORWARD, "erased": FORWARD},
    )
    #: what erasure leaves of the respondent; the merge keeps it whatever the stamps
    __erased_values__: ClassVar[dict[str, Any]] = {
        "respondent_name": "", "legal_basis": "", "consent_date": None, "purpose": "",
        "erased": True,
    }

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("process_agendas.id"), index=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: office staff or a recipient of the service
    respondent_group: Mapped[str] = mapped_column(String(20), default="recipient")
    #: the anonymous code the report prints, e.g. "respondentka 3, uchazečka o byt"
    respondent_code: Mapped[str] = mapped_column(String(200), default="")
    #: the name, only with a legal basis (GDPR); empty for an anonymous respondent
    respondent_name: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(String(100), default="")
    consent_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    purpose: Mapped[str] = mapped_column(String(300), default="")
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")


class CriticalPoint(Synced, Base):
    """A step where the practice creates unequal access or tension."""

    __tablename__ = "critical_points"
    __kind__ = "critical-points"
    __sync__ = sync_policy(
        merged="locality_id agenda_id step_id title concern severity description evidence",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("process_agendas.id"), index=True)
    step_id: Mapped[str | None] = mapped_column(ForeignKey("process_steps.id"), nullable=True,
                                                index=True)
    title: Mapped[str] = mapped_column(String(300))
    #: unequal access, tension or both
    concern: Mapped[str] = mapped_column(String(20), default="unequal_access")
    severity: Mapped[str] = mapped_column(String(10), default="medium", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")


class Recommendation(Synced, Base):
    """A recommendation for one or more critical points and what became of it."""

    __tablename__ = "recommendations"
    __kind__ = "recommendations"
    __sync__ = sync_policy(
        merged="locality_id title text solution status responsible referral_actor_id "
               "referral_organisation referral_note",
        sets="critical_point_ids", one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    #: the solution negotiated with the municipality
    solution: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    critical_point_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: a third party the municipality is referred to: an actor of the map or a name as typed
    referral_actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    referral_organisation: Mapped[str] = mapped_column(String(300), default="")
    referral_note: Mapped[str] = mapped_column(Text, default="")


class RecommendationFollowUp(Synced, Base):
    """A follow-up consultation on how a recommendation is being implemented."""

    __tablename__ = "recommendation_follow_ups"
    __kind__ = "recommendation-follow-ups"
    __sync__ = sync_policy(merged="locality_id recommendation_id held_on note",
                           one_way={"deleted": FORWARD})

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendations.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
