"""Audience analysis and monitoring of attitudes (seed 000): the groups a municipality speaks
to, and dated readings of each group's attitude (−2 hostile … +2 supportive) and tension
(1 calm … 5 explosive), with a note and where the reading came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from obecdesk.core.formatting import date_text
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.communication import ATTITUDES, TENSIONS
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import AttitudeReading, AudienceGroup


@dataclass
class ReadingData:
    read_on: dt.date
    attitude: int = 0
    tension: int = 1
    note: str = ""
    source: str = ""


@dataclass(frozen=True)
class ReadingInfo:
    id: str
    group_id: str
    data: ReadingData


@dataclass(frozen=True)
class GroupInfo:
    id: str
    name: str
    description: str
    #: oldest first
    readings: list[ReadingInfo] = field(default_factory=list)


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value).replace("-", "−")


def trend_text(group: GroupInfo) -> str:
    """The group's course in words: "napětí 5 → 3 (klesá), postoj −2 → −1 (zlepšuje se)"."""
    if not group.readings:
        return "zatím bez záznamu postojů"
    first, last = group.readings[0].data, group.readings[-1].data
    if len(group.readings) == 1:
        return (f"napětí {last.tension} ({TENSIONS[last.tension]}), postoj "
                f"{_signed(last.attitude)} ({ATTITUDES[last.attitude]}) k {date_text(last.read_on)}")
    tension = ("klesá" if last.tension < first.tension else
               "roste" if last.tension > first.tension else "beze změny")
    attitude = ("zlepšuje se" if last.attitude > first.attitude else
                "zhoršuje se" if last.attitude < first.attitude else "beze změny")
    return (f"napětí {first.tension} → {last.tension} ({tension}), postoj "
            f"{_signed(first.attitude)} → {_signed(last.attitude)} ({attitude}) "
            f"od {date_text(first.read_on)} do {date_text(last.read_on)}")


def _checked_reading(data: ReadingData) -> dict:
    if data.attitude not in ATTITUDES:
        raise ValidationError("Postoj je na stupnici −2 až +2.")
    if data.tension not in TENSIONS:
        raise ValidationError("Napětí je na stupnici 1 až 5.")
    if not isinstance(data.read_on, dt.date):
        raise ValidationError("Záznam postoje musí mít datum.")
    return {"read_on": data.read_on, "attitude": data.attitude, "tension": data.tension,
            "note": data.note.strip(), "source": data.source.strip()}


def _checked_name(name: str) -> str:
    if not name.strip():
        raise ValidationError("Skupina publika musí mít název.")
    return name.strip()


class AudienceService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add_group(self, locality_id: str, name: str, description: str = "") -> str:
        with self.store.unit_of_work() as session:
            row = AudienceGroup(locality_id=locality_id, name=_checked_name(name),
                                description=description.strip())
            session.add(row)
            session.flush()
            return row.id

    def update_group(self, group_id: str, name: str, description: str = "") -> None:
        with self.store.unit_of_work() as session:
            assign(get_live(session, AudienceGroup, group_id, "Skupina publika"),
                   {"name": _checked_name(name), "description": description.strip()})

    def remove_group(self, group_id: str) -> None:
        """The group and its readings become tombstones."""
        with self.store.unit_of_work() as session:
            get_live(session, AudienceGroup, group_id, "Skupina publika").deleted = True
            for row in session.scalars(select(AttitudeReading).where(
                    AttitudeReading.group_id == group_id, AttitudeReading.deleted.is_(False))):
                row.deleted = True

    def add_reading(self, group_id: str, data: ReadingData) -> str:
        values = _checked_reading(data)
        with self.store.unit_of_work() as session:
            group = get_live(session, AudienceGroup, group_id, "Skupina publika")
            row = AttitudeReading(locality_id=group.locality_id, group_id=group_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update_reading(self, reading_id: str, data: ReadingData) -> None:
        values = _checked_reading(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, AttitudeReading, reading_id, "Záznam postoje"), values)

    def remove_reading(self, reading_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, AttitudeReading, reading_id, "Záznam postoje").deleted = True

    def groups(self, locality_id: str) -> list[GroupInfo]:
        """The locality's groups by name, each with its readings oldest first."""
        with self.store.reading() as session:
            groups = list(session.scalars(select(AudienceGroup).where(
                AudienceGroup.locality_id == locality_id, AudienceGroup.deleted.is_(False))
                .order_by(AudienceGroup.name)))
            readings: dict[str, list[ReadingInfo]] = {}
            for r in session.scalars(select(AttitudeReading).where(
                    AttitudeReading.locality_id == locality_id,
                    AttitudeReading.deleted.is_(False)).order_by(AttitudeReading.read_on)):
                readings.setdefault(r.group_id, []).append(ReadingInfo(
                    r.id, r.group_id, ReadingData(r.read_on, r.attitude, r.tension, r.note,
                                                  r.source)))
        return [GroupInfo(g.id, g.name, g.description, readings.get(g.id, [])) for g in groups]
