"""GDPR erasure leaves no readable copy of the name or e-mail in the files of the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import event, text

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.meetings.decisions import DecisionData, DecisionService
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.core.text import fold
from obecdesk.store import open_store
from obecdesk.store.scrub import scrub_freed_data

NAME = "Xaverie Zlatníková-Příhodová"
EMAIL = "xaverie.zlatnikova@priklad-obce.cz"
#: every form the person's data could take on disk: as typed, folded (search key, index words)
TRACES = [NAME, "Zlatníková", EMAIL, fold(NAME), "zlatnikova", "xaverie"]


def traces_in(data_dir: Path) -> dict[str, list[str]]:
    """Which traces each database file (main file, write-ahead log) still holds, as raw bytes."""
    found = {}
    for path in sorted(data_dir.glob("obecdesk.sqlite*")):
        raw = path.read_bytes()
        found[path.name] = [t for t in TRACES if t.encode("utf-8") in raw]
    return found


def person_with_history(data_dir: Path):
    """A store where the person was written, edited and mentioned in an edited decision."""
    store = open_store(data_dir=data_dir)
    locality = LocalityService(store).create(LocalityData(name="Horní Lhota"))
    actors = ActorService(store)
    person = actors.create(locality.id, ActorData(name=NAME, email=EMAIL, role="sousedka"))
    data = person.data()
    data.phone = "+420 603 111 222"  # an edit leaves the old row version behind
    actors.update(person.id, data)
    meeting = MeetingService(store).create(
        locality.id, MeetingData(title="Setkání", date=dt.date(2026, 5, 4), kind="round_table"))
    decisions = DecisionService(store)
    decision = decisions.add(meeting.id, DecisionData(text=f"{NAME} připraví rozpočet."))
    decisions.update(decision.id, DecisionData(text="Koordinátor připraví rozpočet."))
    return store, person


def test_the_person_is_readable_in_the_file_before_erasure(tmp_path):
    """The check below can fail: before erasure every trace sits in the main file."""
    store, _person = person_with_history(tmp_path)
    scrub_freed_data(store)
    store.dispose()
    assert traces_in(tmp_path)["obecdesk.sqlite"] == TRACES


def test_erasure_leaves_no_trace_in_the_file_the_log_or_the_index(tmp_path):
    store, person = person_with_history(tmp_path)
    PersonalDataService(store).erase(person.id)
    # while the app still runs (or after it is killed) the write-ahead log is on disk too
    assert all(found == [] for found in traces_in(tmp_path).values()), traces_in(tmp_path)
    store.dispose()
    assert all(found == [] for found in traces_in(tmp_path).values()), traces_in(tmp_path)
    reopened = open_store(data_dir=tmp_path)
    try:
        with reopened.reading() as session:
            hits = session.execute(text(
                "SELECT count(*) FROM minutes_fts WHERE minutes_fts MATCH 'zlatnikova'")).scalar()
            keys = session.execute(text(
                "SELECT count(*) FROM actors WHERE search_text LIKE '%zlatnikova%'")).scalar()
        assert hits == 0 and keys == 0
    finally:
        reopened.dispose()


def test_every_connection_deletes_securely(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_without_secure_delete_the_erased_name_stays_in_the_file(tmp_path):
    """Why the app sets the pragma: SQLite's default keeps deleted bytes in free space."""
    store, person = person_with_history(tmp_path)
    store.engine.dispose()
    event.listen(store.engine, "connect",
                 lambda conn, _rec: conn.execute("PRAGMA secure_delete=OFF"))
    PersonalDataService(store).erase(person.id)
    store.dispose()
    assert NAME in traces_in(tmp_path)["obecdesk.sqlite"]
