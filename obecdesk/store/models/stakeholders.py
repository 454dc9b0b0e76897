"""Actors, their relations, the bodies of the partnership and their members."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class Actor(Synced, Base):
    """An organisation or a person; a person may belong to an organisation."""

    __tablename__ = "actors"
    __kind__ = "actors"
    __sync__ = sync_policy(
        merged="locality_id kind name organisation_id organisation_name sector role email phone "
               "address influence attitude interest decision_power notes legal_basis "
               "consent_date purpose",
        sets="tags", derived="search_text sort_key duplicate_key",
        one_way={"deleted": FORWARD, "erased": FORWARD},
    )
    __table_args__ = (
        Index("ix_actors_locality_deleted_name", "locality_id", "deleted", "name"),
        # SQLite only (PostgreSQL's b-tree refuses an entry over 2,704 bytes, and search_text, the
        # duplicate key, organisation_name and role have no cap; migration 0023):
        Index("ix_actors_locality_search", "locality_id", "search_text").ddl_if(dialect="sqlite"),
        # what an import looks up for duplicates (migration 0016)
        Index("ix_actors_locality_duplicate", "locality_id", "deleted", "duplicate_key",
              "name").ddl_if(dialect="sqlite"),
        # covering indexes of the list view's sorted and filtered pages (migrations 0002, 0009):
        # the sort column, the Czech name order, the id (the ORDER BY), the searched text
        Index("ix_actors_locality_live_search", "locality_id", "deleted", "sort_key", "id",
              "search_text").ddl_if(dialect="sqlite"),
        *(Index(f"ix_actors_live_{name}", "locality_id", "deleted", column, "sort_key", "id",
                "search_text").ddl_if(dialect="sqlite")
          for name, column in (("sector", "sector"), ("influence", "influence"),
                               ("attitude", "attitude"), ("interest", "interest"),
                               ("organisation", "organisation_name"), ("role", "role"),
                               ("decision_power", "decision_power"),
                               ("changed", "updated_at"))),
        # PostgreSQL: entries of bounded size only (migration 0023)
        Index("ix_actors_duplicate_key_hash", "duplicate_key",
              postgresql_using="hash").ddl_if(dialect="postgresql"),
        *(Index(f"ix_actors_live_{name}_bounded", "locality_id", "deleted", column, "id")
          .ddl_if(dialect="postgresql")
          for name, column in (("sector", "sector"), ("influence", "influence"),
                               ("attitude", "attitude"), ("interest", "interest"),
                               ("decision_power", "decision_power"),
                               ("changed", "updated_at"))),
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="person")
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("actors.id"), nullable=True, index=True
    )
    #: organisation as typed (an import often has a name, not a linked record)
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(40), default="other", index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    influence: Mapped[int] = mapped_column(Integer, default=3)
    attitude: Mapped[int] = mapped_column(Integer, default=0)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    decision_power: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # GDPR (persons): legal basis, consent date, purpose; erasure leaves an anonymous placeholder
    legal_basis: Mapped[str] = mapped_column(String(100), default="")
    consent_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    purpose: Mapped[str] = mapped_column(String(300), default="")
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    #: lower-case, diacritics-free name/organisation/role for search ("curej" finds "Čureja")
    search_text: Mapped[str] = mapped_column(String(800), default="")
    #: Czech alphabetical order of the name, persons by surname (``core/collation.py``)
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    #: ``core.text.duplicate_text`` of name and organisation; "" until computed (rows older than
    #: migration 0016 get it at their first import or edit)
    duplicate_key: Mapped[str] = mapped_column(String(700), default="", server_default="")


class ActorRelation(Synced, Base):
    __tablename__ = "actor_relations"
    __kind__ = "relations"
    # one row per (source, target, kind) with a deterministic id: removing and drawing the relation
    # again is a plain register, so ``deleted`` merges like any field
    __sync__ = sync_policy(merged="locality_id source_id target_id kind note deleted")

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    target_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="cooperates")
    note: Mapped[str] = mapped_column(Text, default="")


class Body(Synced, Base):
    """A body of the partnership: the coalition, the steering group, a working group."""

    __tablename__ = "bodies"
    __kind__ = "bodies"
    __sync__ = sync_policy(
        merged="locality_id kind name code theme leader_id facilitator_id notes archived",
        one_way={"deleted": FORWARD},
    )

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="working_group")
    name: Mapped[str] = mapped_column(String(200))
    #: short code used to number decisions, e.g. "PS-B" gives "PS-B 2025/07"
    code: Mapped[str] = mapped_column(String(20), default="")
    theme: Mapped[str] = mapped_column(String(100), default="")
    leader_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    facilitator_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Membership(Synced, Base):
    __tablename__ = "memberships"
    __kind__ = "memberships"
    # one row per (body, actor, joined_on) with a deterministic id; ``deleted`` is a plain register
    __sync__ = sync_policy(merged="body_id actor_id role joined_on left_on deleted")

    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
