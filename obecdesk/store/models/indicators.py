"""Indicator definitions, their per-period targets, values and the history of corrections.

Targets and values are unique per (indicator, period), so they take natural-key ids and their
``deleted`` is a plain register. A correction is appended, never edited: who changed a value,
when, from what to what, and why.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class Indicator(Synced, Base):
    __tablename__ = "indicators"
    __kind__ = "indicators"
    __sync__ = sync_policy(
        merged="locality_id measure_id catalog_code name unit direction aggregation result_type "
               "baseline_value baseline_date min_value max_value source frequency computed "
               "position notes",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: the lineage id of the measure it measures (any version of the plan), empty for none
    measure_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    #: the code in the shared indicator catalog (numbers add up at HQ), empty for a local one
    catalog_code: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="count")
    direction: Mapped[str] = mapped_column(String(10), default="up")
    aggregation: Mapped[str] = mapped_column(String(10), default="last")
    result_type: Mapped[str] = mapped_column(String(10), default="output")
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    min_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    max_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    frequency: Mapped[str] = mapped_column(String(10), default="quarter")
    #: what the value is computed from (``core.indicators.computed``), empty for entered values
    computed: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class IndicatorTarget(Synced, Base):
    __tablename__ = "indicator_targets"
    __kind__ = "indicator_targets"
    __sync__ = sync_policy(merged="locality_id indicator_id period value deleted")
    __table_args__ = (Index("ix_indicator_targets_period", "indicator_id", "period"),)

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"))
    #: ``2025``, ``2025-H1``, ``2025-Q2`` or ``2025-06`` (``core.indicators.periods``)
    period: Mapped[str] = mapped_column(String(10))
    value: Mapped[float] = mapped_column(Float)


class IndicatorValue(Synced, Base):
    __tablename__ = "indicator_values"
    __kind__ = "indicator_values"
    __sync__ = sync_policy(
        merged="locality_id indicator_id period value source note follow_up follow_up_reason "
               "entered_by entered_on deleted",
    )
    __table_args__ = (Index("ix_indicator_values_period", "indicator_id", "period"),)

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"))
    period: Mapped[str] = mapped_column(String(10))
    #: yes/no indicators store 1 or 0
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    #: DHIS2's "follow-up": someone should look at this value again, and why
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_reason: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[str] = mapped_column(String(200), default="")
    entered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ValueCorrection(Synced, Base):
    """One change of a value that was already entered (append-only)."""

    __tablename__ = "value_corrections"
    __kind__ = "value_corrections"
    __sync__ = sync_policy(
        merged="locality_id indicator_id value_id period old_value new_value changed_by "
               "changed_at reason",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicators.id"), index=True)
    value_id: Mapped[str] = mapped_column(ForeignKey("indicator_values.id"))
    period: Mapped[str] = mapped_column(String(10))
    #: None when the value was removed or first entered
    old_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    new_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    #: ISO date and time (UTC, microseconds) of the change
    changed_at: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
