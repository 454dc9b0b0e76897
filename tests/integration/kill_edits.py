"""The ``edits`` mode of ``kill_driver.py``: a coordinator's ordinary day on the demo store.

Each entry of :data:`ACTIONS` is one thing a user does in one go (one save in a form, one CLI
command), run through the services the UI and the CLI use. :func:`fingerprint` describes a store
file exactly enough to tell whether an action is in it: every table's row count and a digest of
its rows, leaving out only what differs from run to run (time stamps). New rows get their ids
from a seeded source (:func:`seed_ids`), so the survey and every killed run name them alike and
"all of the action or none of it" is a comparison of two fingerprints.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from obecdesk.cli import main
from obecdesk.core.indicators.values import ValueEntry, ValueService
from obecdesk.core.localities import LocalityService
from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.store import Store
from obecdesk.store.models import Indicator

LOCALITY = "Dolní Bránice"
DAY = dt.date(2026, 11, 30)
#: columns whose values are clocks (HLC stamps; and every ``*_at``), never the same in two runs,
#: and the replica's copy-detection token, which every opening of the store rewrites
VOLATILE = ("stamp", "base", "token")


def seed_ids(seed: int = 2026) -> None:
    """Make ``uuid4`` (and anything else reading ``os.urandom``) repeatable in this process."""
    source = random.Random(seed)
    os.urandom = source.randbytes


def fingerprint(db: Path) -> dict[str, list]:
    """Per table: the row count and a digest of the rows without their volatile columns."""
    conn = sqlite3.connect(db)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        found = {}
        for table in tables:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info('{table}')")
                       if c[1] not in VOLATILE and not c[1].endswith("_at")]
            rows = sorted(map(repr, conn.execute(
                f"SELECT {', '.join(map(_quoted, columns))} FROM '{table}'")))
            digest = hashlib.sha1("\n".join(rows).encode()).hexdigest()[:12]
            found[table] = [len(rows), digest]
        return found
    finally:
        conn.close()


def _quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


@dataclass
class Day:
    """The store the actions work on and what earlier actions made (ids of new rows)."""

    store: Store
    data_dir: Path
    locality_id: str = ""
    made: dict[str, str] = field(default_factory=dict)

    @property
    def actors(self) -> ActorService:
        return ActorService(self.store)

    @property
    def meetings(self) -> MeetingService:
        return MeetingService(self.store)

    def person(self, index: int) -> str:
        """The demo locality's ``index``-th person by name (the same one in every run)."""
        people = sorted((a.name, a.id) for a in self.actors.list(self._everyone())
                        if a.kind == "person" and not a.erased)
        return people[index][1]

    def body(self, name: str) -> str:
        return next(b.id for b in BodyService(self.store).list(self.locality_id) if b.name == name)

    def _everyone(self) -> ActorFilter:
        return ActorFilter(self.locality_id)


def _edit_actor(day: Day) -> None:
    day.made["edited"] = actor = day.person(3)
    day.actors.edit(actor, {"email": "nova.adresa@example.cz", "phone": "+420 601 234 567",
                            "tags": ["bydlení", "škola"], "notes": "Ozve se po poradě."})


def _move_actor(day: Day) -> None:
    day.actors.set_position(day.made["edited"], influence=5, attitude=2, interest=4)


def _new_actor(day: Day) -> None:
    day.made["new"] = day.actors.create(day.locality_id, ActorData(
        name="Radka Šťastná", organisation_name="Spolek Šance", email="stastna@sance.cz",
        legal_basis="oprávněný zájem", purpose="Členka pracovní skupiny.")).id


def _add_member(day: Day) -> None:
    BodyService(day.store).add_member(day.body("PS Bydlení"), day.made["new"],
                                            role="členka", joined_on=DAY)


def _new_meeting(day: Day) -> None:
    day.made["meeting"] = day.meetings.create(day.locality_id, MeetingData(
        title="PS Bydlení – prosinec", date=DAY, body_id=day.body("PS Bydlení"),
        start_time=dt.time(9, 0), end_time=dt.time(11, 0), place="Zasedací místnost MěÚ",
        facilitator="Mgr. Tereza Novotná", goal="Dohodnout zimní pohotovost.")).id


def _agenda(title: str, minutes: int) -> Callable[[Day], None]:
    def add(day: Day) -> None:
        day.made[title] = day.meetings.agenda.add_item(day.made["meeting"], AgendaItemData(
            title=title, planned_minutes=minutes, expected_output="Dohoda o dalším postupu")).id
    return add


def _minutes(day: Day) -> None:
    day.meetings.agenda.set_minutes(day.made["Zimní pohotovost"],
                                    "<p>Město zajistí <b>noclehárnu</b> od prosince.</p>")


def _held(day: Day) -> None:
    day.meetings.set_status(day.made["meeting"], "held", on=DAY)


def _attendance(day: Day) -> None:
    invitees = [a.actor_id for a in day.meetings.attendance.list(day.made["meeting"])
                if a.actor_id]
    day.meetings.attendance.record(day.made["meeting"], present=invitees[1:],
                                   excused=invitees[:1])


def _decision(day: Day) -> None:
    day.meetings.decisions.add(day.made["meeting"], DecisionData(
        text="Noclehárna bude otevřena od 1. prosince.", how_decided="consensus",
        agenda_item_id=day.made["Zimní pohotovost"]))


def _action_item(day: Day) -> None:
    day.made["task"] = day.meetings.actions.add(day.made["meeting"], ActionItemData(
        text="Oslovit Charitu kvůli službě v noclehárně.", owner_id=day.made["new"],
        due_date=DAY + dt.timedelta(days=14))).id


def _task_done(day: Day) -> None:
    day.meetings.actions.set_status(day.made["task"], "done", on=DAY)


def _value(amount: float, reason: str = "") -> Callable[[Day], None]:
    def set_value(day: Day) -> None:
        with day.store.reading() as session:
            indicator = session.scalar(select(Indicator.id).where(
                Indicator.locality_id == day.locality_id, Indicator.name == "Rodiny v péči SAS"))
        ValueService(day.store).set_value(indicator, ValueEntry("2026-Q3", amount), by="kt",
                                          reason=reason, today=DAY)
    return set_value


def _cli(*args: str) -> Callable[[Day], None]:
    def run(day: Day) -> None:
        words = [day.made.get(a, a) for a in args]
        assert main(["--data-dir", str(day.data_dir), *words]) == 0, words
    return run


def _delete_actor(day: Day) -> None:
    day.actors.delete(day.person(0))


#: a user's actions in order, each one transaction (one save, one command)
ACTIONS: list[tuple[str, Callable[[Day], None]]] = [
    ("edit an actor's contact and tags", _edit_actor),
    ("move the actor on the map", _move_actor),
    ("add a person", _new_actor),
    ("make her a member of a working group", _add_member),
    ("plan a meeting of the group", _new_meeting),
    ("add an agenda item", _agenda("Zimní pohotovost", 30)),
    ("add another agenda item", _agenda("Různé", 10)),
    ("write the minutes of an item", _minutes),
    ("mark the meeting held", _held),
    ("record attendance", _attendance),
    ("add a decision", _decision),
    ("add an action item", _action_item),
    ("mark it done", _task_done),
    ("set an indicator value", _value(12)),
    ("correct the value", _value(14, "Opožděné hlášení SAS.")),
    ("change the locality (CLI)", _cli("locality", "set", LOCALITY, "--population", "4321")),
    ("erase a person (CLI)", _cli("erase-person", "edited")),
    ("delete an actor", _delete_actor),
]


def run_edits(data_dir: Path, after_each: Callable[[], None]) -> None:
    """Open the store at ``data_dir`` and do every action, calling ``after_each`` after the
    opening and after each action."""
    from obecdesk.store import open_store

    store = open_store(data_dir=data_dir)
    try:
        after_each()
        day = Day(store, data_dir)
        day.locality_id = next(x.id for x in LocalityService(store).list() if x.name == LOCALITY)
        for _name, action in ACTIONS:
            action(day)
            after_each()
    finally:
        store.dispose()
