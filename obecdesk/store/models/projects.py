"""Funding applications (projects) and the measures each serves.

HQ reports results as projects prepared and approved, money obtained and people supported
(seed 004), so amounts are kept exactly, in haléře.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import MONEY, Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class Project(Synced, Base):
    __tablename__ = "projects"
    __kind__ = "projects"
    __sync__ = sync_policy(
        merged="locality_id title programme applicant status requested_hal approved_hal "
               "people_supported submitted_on decided_on starts_on ends_on measures_text notes",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    #: the operational programme or fund, e.g. "OP Z+", "IROP"
    programme: Mapped[str] = mapped_column(String(200), default="")
    applicant: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="idea", index=True)
    requested_hal: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    approved_hal: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    people_supported: Mapped[int | None] = mapped_column(Integer, nullable=True)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    starts_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: the measures as written in an imported table, kept when no measure of the plan matched
    measures_text: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ProjectMeasure(Synced, Base):
    """A project serves a measure (many to many); natural-key id, so ``deleted`` is a register."""

    __tablename__ = "project_measures"
    __kind__ = "project_measures"
    __sync__ = sync_policy(merged="locality_id project_id measure_id deleted")

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id"), index=True)
    #: the lineage id of the measure (``Measure.lineage_id``)
    measure_id: Mapped[str] = mapped_column(String(36), index=True)
