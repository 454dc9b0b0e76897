"""Facilitation methods kept in the store: a coordinator's own methods, catalog methods sent by
HQ, and how a method went at a meeting (ratings)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class StoredMethod(Synced, Base):
    """A method as TOML text in the catalog's own schema (``resources/methods/*.toml``).

    ``slug`` is the catalog id: a row from HQ with the slug of a shipped method replaces that
    method (its id is the natural key of the slug, so two updates of one method are one row);
    a coordinator's own method gets a slug of its own (``own-…``) and its locality.
    """

    __tablename__ = "methods"
    __kind__ = "stored_methods"
    __sync__ = sync_policy(merged="slug origin locality_id definition",
                           one_way={"deleted": FORWARD})

    slug: Mapped[str] = mapped_column(String(80), index=True)
    #: "own" (a coordinator's) or "hq" (the central office's version of a catalog method)
    origin: Mapped[str] = mapped_column(String(10), default="own")
    locality_id: Mapped[str | None] = mapped_column(ForeignKey("localities.id"), nullable=True,
                                                    index=True)
    definition: Mapped[str] = mapped_column(Text, default="")


class MethodRating(Synced, Base):
    """How the method of one agenda item went (1–5 and a note), one per item (natural key)."""

    __tablename__ = "method_ratings"
    __kind__ = "method_ratings"
    # one rating per agenda item with a deterministic id: ``deleted`` is a register
    __sync__ = sync_policy(merged="locality_id meeting_id agenda_item_id method_slug score note "
                                  "deleted")
    __table_args__ = (Index("ix_method_ratings_locality_method", "locality_id", "method_slug"),)

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"))
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    method_slug: Mapped[str] = mapped_column(String(80))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
