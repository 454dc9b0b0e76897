"""The strategic plan of a locality: versions, areas, goals and measures (DESIGN.md §2.4).

A revision of the plan copies its areas, goals and measures into a new version and leaves the
old version as it was, so v1 adopted in 2024 stays readable after v2. A copied row remembers its
``origin_id``; a measure's ``lineage_id`` is the id of its first version, which is what the
measure's indicators and projects point at, so values and money carry across versions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import MONEY, Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class StrategicPlan(Synced, Base):
    __tablename__ = "strategic_plans"
    __kind__ = "strategic_plans"
    __sync__ = sync_policy(
        merged="locality_id title version adopted_on adopted_by valid_from valid_to "
               "previous_id notes",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: the council's resolution date; empty while the plan is a draft
    adopted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    adopted_by: Mapped[str] = mapped_column(String(300), default="")
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: the version this one revised
    previous_id: Mapped[str | None] = mapped_column(
        ForeignKey("strategic_plans.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class PlanArea(Synced, Base):
    """A theme of the plan (housing, education, …)."""

    __tablename__ = "plan_areas"
    __kind__ = "plan_areas"
    __sync__ = sync_policy(
        merged="locality_id plan_id origin_id theme title position",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("strategic_plans.id"), index=True)
    origin_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: a theme code of the catalog (``housing``, ``education``, …) or empty for the locality's own
    theme: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)


class PlanGoal(Synced, Base):
    __tablename__ = "plan_goals"
    __kind__ = "plan_goals"
    __sync__ = sync_policy(
        merged="locality_id plan_id area_id origin_id title position",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("strategic_plans.id"), index=True)
    area_id: Mapped[str] = mapped_column(ForeignKey("plan_areas.id"), index=True)
    origin_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Measure(Synced, Base):
    """An opatření: who runs it, with whom, when, for how much, and how far it got."""

    __tablename__ = "measures"
    __kind__ = "measures"
    __sync__ = sync_policy(
        merged="locality_id plan_id area_id goal_id origin_id lineage_id catalog_code title "
               "description responsible_id responsible_name partners starts_on ends_on "
               "budget_hal status position",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("strategic_plans.id"), index=True)
    area_id: Mapped[str] = mapped_column(ForeignKey("plan_areas.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_goals.id"), nullable=True, index=True)
    origin_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    #: the id of the measure's first version (its own id when it is the first)
    lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    #: the code in the measures catalog, empty for the locality's own measure
    catalog_code: Mapped[str] = mapped_column(String(60), default="")
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    #: the responsible actor as written when no actor record matches
    responsible_name: Mapped[str] = mapped_column(String(300), default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: budget in haléře (whole numbers, so sums are exact)
    budget_hal: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
