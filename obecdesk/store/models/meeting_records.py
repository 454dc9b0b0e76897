"""What makes a meeting's record trustworthy: the minutes as they were before each correction,
and what the meeting that reviewed an open action item decided about it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class MinutesVersion(Synced, Base):
    """The minutes as they were before a correction of approved minutes: who, when, why.

    Rows are only ever inserted (the correction service never edits one), so the fields are
    plain registers that no two replicas write concurrently."""

    __tablename__ = "minutes_versions"
    __kind__ = "minutes_versions"
    __sync__ = sync_policy(
        merged="meeting_id corrected_at corrected_by reason previous_text",
        one_way={"deleted": FORWARD},
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    #: ISO timestamp (UTC) of the correction
    corrected_at: Mapped[str] = mapped_column(String(40))
    corrected_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text)
    #: the minutes as plain text before the correction
    previous_text: Mapped[str] = mapped_column(Text, default="")


class TaskReview(Synced, Base):
    """What the meeting that reviewed an open action item decided about it ("kontrola úkolů").

    One row per (meeting, item) with a deterministic id, so ``deleted`` is a register."""

    __tablename__ = "task_reviews"
    __kind__ = "task_reviews"
    __sync__ = sync_policy(
        merged="meeting_id action_item_id outcome new_due_date comment deleted"
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    action_item_id: Mapped[str] = mapped_column(ForeignKey("action_items.id"), index=True)
    #: done / postponed / continues (only commented)
    outcome: Mapped[str] = mapped_column(String(20), default="continues")
    new_due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
