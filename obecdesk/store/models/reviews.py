"""HQ's answers about a locality's results: comments, approvals, returns for correction.

Akvo RSR's approval step, offline: each change of an item's state (an indicator value, a project
or a measure) is one appended row, never edited, so the fields are plain registers that no two
replicas write concurrently and the history is the rows in order. The item is named by one of
three nullable references (the one its ``item_kind`` says), so the import's reference check
refuses an entry whose item the store neither has nor receives, and ``locality_id`` routes the
entry to the field replica that shares the locality.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class HqReview(Synced, Base):
    __tablename__ = "hq_reviews"
    __kind__ = "hq_reviews"
    __sync__ = sync_policy(
        merged="locality_id item_kind value_id project_id measure_id state comment author "
               "author_role created_at",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    #: value / project / measure
    item_kind: Mapped[str] = mapped_column(String(10))
    value_id: Mapped[str | None] = mapped_column(
        ForeignKey("indicator_values.id"), nullable=True, index=True)
    project_id: Mapped[str | None] = mapped_column(
        ForeignKey("projects.id"), nullable=True, index=True)
    #: the measure row reviewed (its lineage carries the note to later plan versions)
    measure_id: Mapped[str | None] = mapped_column(
        ForeignKey("measures.id"), nullable=True, index=True)
    #: comment / approved / returned / corrected
    state: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: the name of the replica that wrote the entry, and its role (hq / field)
    author: Mapped[str] = mapped_column(String(200), default="")
    author_role: Mapped[str] = mapped_column(String(10), default="field")
    #: ISO date and time (UTC, microseconds): the order of the history
    created_at: Mapped[str] = mapped_column(String(40), index=True)
