"""A locality (obec) that cooperates with the Agency."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy


class Locality(Synced, Base):
    __tablename__ = "localities"
    __kind__ = "localities"
    __sync__ = sync_policy(
        merged="name region population mode start_date coordinator notes archived "
               "numbering_replica_id project_number publicity_text",
        sets="themes", one_way={"deleted": FORWARD},
    )

    name: Mapped[str] = mapped_column(String(200), index=True)
    region: Mapped[str] = mapped_column(String(100), default="")
    population: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mode: Mapped[str] = mapped_column(String(20), default="long_term")
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: theme codes from ``Theme`` plus the locality's own themes as free text
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    coordinator: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the replica that gives final decision numbers here (``core.meetings.decision_numbers``)
    numbering_replica_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: a funded project's number and publicity line printed on attendance sheets (EU-funded
    #: projects must show them); empty prints nothing
    project_number: Mapped[str] = mapped_column(String(100), default="", server_default="")
    publicity_text: Mapped[str] = mapped_column(Text, default="", server_default="")
