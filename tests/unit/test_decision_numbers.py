"""Only the locality's numbering replica gives final decision numbers; others give provisional
ones (``PS-B 2025/P-3f2a``) that it numbers when it receives them; a shared code is reported."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from alembic import command
from meetings_world import build_world
from pdf_tools import pdf_text
from sqlalchemy import create_engine, inspect, select, text

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.meetings.decision_numbers import (
    duplicate_decision_codes,
    finalize_provisional,
)
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.reports.minutes import write_minutes
from obecdesk.store import open_store
from obecdesk.store.migrate import alembic_config
from obecdesk.store.models import Decision, Locality


def _numbered_elsewhere(store, locality_id: str) -> None:
    """The locality's numbering replica is another installation (as after a sync)."""
    with store.unit_of_work() as session:
        session.get(Locality, locality_id).numbering_replica_id = "another-replica"


def _carry(source, target, decision_ids: list[str]) -> None:
    """Copy decisions as they are (stamps kept) from one store to another, as a merge would."""
    columns = [c.key for c in inspect(Decision).columns]
    with source.reading() as session:
        rows = [{c: getattr(session.get(Decision, i), c) for c in columns} for i in decision_ids]
    with target.unit_of_work(keep_stamps=True) as session:
        session.add_all(Decision(**row) for row in rows)


@pytest.fixture
def two_replicas(tmp_path):
    """The coordinator's store (numbering the locality) and a copy at HQ that does not number."""
    coordinator = open_store(data_dir=tmp_path / "coordinator")
    world = build_world(coordinator)
    meetings = [world.body_meeting(dt.date(2025, 3, 5)), world.body_meeting(dt.date(2025, 6, 13))]
    coordinator.dispose()
    shutil.copytree(tmp_path / "coordinator", tmp_path / "hq")
    stores = [open_store(data_dir=tmp_path / name) for name in ("coordinator", "hq")]
    with stores[0].unit_of_work() as session:
        session.get(Locality, world.locality_id).numbering_replica_id = stores[0].replica_id
    _numbered_elsewhere(stores[1], world.locality_id)
    yield world, meetings, stores
    for store in stores:
        store.dispose()


def test_a_replica_that_does_not_number_gives_provisional_codes(two_replicas, tmp_path):
    _world, (march, _june), (_coordinator, hq) = two_replicas
    decisions = MeetingService(hq).decisions
    assert decisions.preview_code(march) == "PS-B 2025/P-…"
    first = decisions.add(march, DecisionData("Schvaluje se program."))
    second = decisions.add(march, DecisionData("Doporučuje se radě města …"))
    assert first.code == f"PS-B 2025/P-{first.id[:4]}" and first.number == 0
    assert first.provisional and first.code_label == f"{first.code} (prozatímní)"
    assert second.code != first.code
    assert [d.id for d in decisions.list(march)] == [first.id, second.id]
    minutes = pdf_text(write_minutes(MeetingService(hq).detail(march), tmp_path / "zapis.pdf"))
    assert "(prozatímní)" in minutes and "Zápis zveřejněte až s konečnými čísly" in minutes


def test_the_numbering_replica_numbers_received_provisional_decisions(two_replicas):
    _world, (march, june), (coordinator, hq) = two_replicas
    own = MeetingService(coordinator).decisions.add(june, DecisionData("Bere se na vědomí."))
    assert own.code == "PS-B 2025/01" and not own.provisional
    at_hq = [MeetingService(hq).decisions.add(march, DecisionData(f"Usnesení HQ {n}.")).id
             for n in range(2)]
    _carry(hq, coordinator, at_hq)
    with coordinator.unit_of_work(immediate=True) as session:
        assert finalize_provisional(session) == at_hq
    codes = [d.code for d in MeetingService(coordinator).decisions.list(march)]
    assert codes == ["PS-B 2025/02", "PS-B 2025/03"]  # after the final one, never instead of it
    with hq.unit_of_work() as session:
        assert finalize_provisional(session) == []  # HQ does not number this locality
    with coordinator.reading() as session:
        assert duplicate_decision_codes(session) == []


def test_recording_on_the_numbering_replica_first_numbers_what_waits(two_replicas):
    _world, (march, june), (coordinator, hq) = two_replicas
    waiting = MeetingService(hq).decisions.add(march, DecisionData("Z HQ."))
    _carry(hq, coordinator, [waiting.id])
    new = MeetingService(coordinator).decisions.add(june, DecisionData("Nové."))
    assert new.code == "PS-B 2025/02"
    assert MeetingService(coordinator).decisions.list(march)[0].code == "PS-B 2025/01"


def test_a_code_shared_by_two_live_decisions_of_one_series_is_reported(store):
    world = build_world(store)
    decisions = MeetingService(store).decisions
    meeting = world.body_meeting()
    first = decisions.add(meeting, DecisionData("První."))
    steering = world.body_meeting(body_id=world.other_body_id)
    decisions.add(steering, DecisionData("Jiná řada."))  # "ŘT 2025/01": another series
    with store.unit_of_work(keep_stamps=True) as session:  # as a merge could bring it
        twin = Decision(meeting_id=meeting, year=2025, number=1, code="PS-B 2025/01",
                        text="Jiné usnesení s týmž číslem.", updated_at="2")
        gone = Decision(meeting_id=meeting, year=2025, number=2, code="PS-B 2025/02",
                        text="Smazané.", deleted=True)
        session.add_all([twin, gone, Decision(meeting_id=meeting, year=2025, number=2,
                                              code="PS-B 2025/02", text="Živé.")])
    with store.reading() as session:
        found = duplicate_decision_codes(session)
    assert [(d.code, d.locality_id, set(d.decision_ids)) for d in found] == [
        ("PS-B 2025/01", world.locality_id, {first.id, twin.id})]


def test_a_new_locality_is_numbered_by_the_installation_that_created_it(store):
    locality = LocalityService(store).create(LocalityData(name="Dolní Újezd"))
    with store.reading() as session:
        assert session.get(Locality, locality.id).numbering_replica_id == store.replica_id


STAMP = "001764460800000-000000-R1"


def test_upgrading_a_store_makes_it_the_numbering_replica_of_its_localities(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(text("INSERT INTO local_replica (id, name, created_at) "
                          "VALUES ('R1', '', '2026-01-01')"))
        conn.execute(text(
            "INSERT INTO localities (id, name, region, mode, themes, coordinator, notes, archived,"
            " updated_at, replica_id, deleted) VALUES ('L', 'Horní Lhota', '', 'long_term', '[]',"
            " '', '', 0, :stamp, 'R1', 0)"), {"stamp": STAMP})
    engine.dispose()
    store = open_store(f"sqlite:///{path}")
    try:
        with store.reading() as session:
            row = session.get(Locality, "L")
            assert (row.numbering_replica_id, row.updated_at) == ("R1", STAMP)
        # the upgraded store may have become a new replica of this installation: it numbers as
        # its ancestor did, and takes the role over with its first number
        world_meeting = MeetingService(store).create("L", MeetingData(
            title="Veřejné setkání", date=dt.date(2025, 4, 2), kind="public")).id
        added = MeetingService(store).decisions.add(world_meeting, DecisionData("A."))
        assert added.code == "VS 2025/01"
        with store.reading() as session:
            assert session.get(Locality, "L").numbering_replica_id == store.replica_id
    finally:
        store.dispose()


def test_numbering_still_needs_no_owner_for_a_locality_made_outside_the_services(store):
    world = build_world(store)  # written straight to the models: no numbering replica recorded
    meeting = world.body_meeting()
    assert MeetingService(store).decisions.add(meeting, DecisionData("A.")).code == "PS-B 2025/01"
    with store.reading() as session:
        assert session.scalar(select(Locality.numbering_replica_id)
                              .where(Locality.id == world.locality_id)) == ""


def test_check_reports_a_decision_code_shared_by_two_decisions(demo_dir, capsys):
    from obecdesk.cli import main

    data = str(demo_dir)
    assert main(["--data-dir", data, "check"]) == 0  # the demo's numbers are all distinct
    store = open_store(data_dir=data)
    with store.unit_of_work() as session:
        row = session.scalars(select(Decision).where(Decision.number == 1)).first()
        session.add(Decision(meeting_id=row.meeting_id, year=row.year, number=1, code=row.code,
                             text="Druhé usnesení s týmž číslem."))
        code = row.code
    store.dispose()
    capsys.readouterr()
    assert main(["--data-dir", data, "check"]) == 1
    assert f"Číslo usnesení {code} patří více usnesením (počet 2" in capsys.readouterr().err
