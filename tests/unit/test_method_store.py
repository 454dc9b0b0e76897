"""Methods in the store: a method block in an agenda (steps with clock times that follow the
item's minutes), ratings that feed the catalog and the ranking, own methods and HQ's updates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from meetings_world import build_world
from sqlalchemy import create_engine, text

from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.methods.agenda_blocks import MethodBlocks, block_data
from obecdesk.core.methods.blocks import timed_steps
from obecdesk.core.methods.own_methods import OwnMethods
from obecdesk.core.methods.ranking import Need
from obecdesk.core.methods.ratings import MethodRatings
from obecdesk.core.methods.service import MethodsService
from obecdesk.errors import ValidationError
from obecdesk.store import open_store
from obecdesk.store.models import StoredMethod
from obecdesk.store.paths import DB_FILENAME


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def catalog(store):
    return MethodsService(store)


def test_a_method_block_times_its_steps_and_moves_the_clock(store, world, catalog):
    meeting = world.body_meeting()  # 9:00–11:00
    agenda = world.meetings.agenda
    agenda.add_item(meeting, AgendaItemData("Přivítání", planned_minutes=10))
    last = agenda.add_item(meeting, AgendaItemData("Různé", planned_minutes=15))
    cafe = catalog.get("world-cafe")
    block = MethodBlocks(store).add(meeting, cafe, minutes=60, position=1)
    items = agenda.timing(meeting).items
    assert [i.title for i in items] == ["Přivítání", "World café", "Různé"]
    assert items[1].method_id == "world-cafe" and items[1].planned_minutes == 60
    assert [m for _, m in items[1].method_steps] == [8, 15, 15, 11, 11]
    assert "fixy v několika barvách" in items[1].materials.splitlines()
    assert items[2].starts_at == dt.time(10, 10)
    steps = timed_steps(items[1].method_steps, items[1].starts_at)
    assert (steps[0].starts_at, steps[1].starts_at, steps[-1].ends_at) == (
        dt.time(9, 10), dt.time(9, 18), dt.time(10, 10))
    # lengthening the item refits its steps; the items after it move
    agenda.update_item(block.id, replace(items[1].data(), planned_minutes=80))
    items = agenda.timing(meeting).items
    lengths = [m for _, m in items[1].method_steps]
    assert sum(lengths) == 80 and lengths[1:3] == [20, 20]
    assert items[2].id == last.id and items[2].starts_at == dt.time(10, 30)


def test_choosing_a_method_for_an_existing_item_keeps_its_title_and_own_materials(world, catalog):
    item = AgendaItemData("Priority bydlení", planned_minutes=45, materials="projektor")
    data = block_data(catalog.get("dot-voting"), item)
    assert data.title == "Priority bydlení" and data.method == "Hlasování body (dot voting)"
    assert data.materials.splitlines()[0] == "projektor"
    assert sum(m for _, m in data.method_steps) == 45


def test_a_facilitator_note_and_materials_survive_the_meeting_editor(store, world):
    meeting = world.body_meeting()
    item = world.meetings.agenda.add_item(meeting, AgendaItemData(
        "Strom problémů", planned_minutes=60, facilitator_note="Data mít vytištěná.",
        materials="balicí papír\nfixy"))
    detail = MeetingService(store).detail(meeting)
    [stored] = [i for i in detail.agenda.items if i.id == item.id]
    assert stored.facilitator_note == "Data mít vytištěná."
    assert stored.materials == "balicí papír\nfixy"


def test_ratings_feed_the_catalog_and_the_ranking(store, world, catalog):
    ratings = MethodRatings(store)
    round_table = catalog.get("round-table")
    for day, score in ((dt.date(2025, 3, 1), 4), (dt.date(2025, 4, 1), 5)):
        meeting = world.body_meeting(day)
        item = MethodBlocks(store).add(meeting, round_table, minutes=60)
        ratings.rate(item.id, score, "dobře")
    ratings.rate(item.id, 5, "napodruhé výborně")  # a second rating of one item replaces it
    locality = world.locality_id
    [(slug, experience)] = ratings.experience(locality).items()
    assert slug == "round-table" and (experience.uses, experience.average) == (2, 4.5)
    uses = ratings.uses(locality, "round-table")
    assert [u.meeting_date for u in uses] == [dt.date(2025, 4, 1), dt.date(2025, 3, 1)]
    assert uses[0].note == "napodruhé výborně"
    result = catalog.suggest(Need("decide", 25, 60, "tension"), locality)
    assert result.ranked[0].method.id == "round-table"
    assert "v této lokalitě použita 2×, průměrné hodnocení 4,5" in result.ranked[0].why
    assert catalog.experience(world.other_locality_id) == {}


def test_a_rating_is_1_to_5_and_needs_a_method(store, world):
    meeting = world.body_meeting()
    plain = world.meetings.agenda.add_item(meeting, AgendaItemData("Různé"))
    with pytest.raises(ValidationError, match="nemá metodu"):
        MethodRatings(store).rate(plain.id, 4)
    with pytest.raises(ValidationError, match="1 až 5"):
        MethodRatings(store).rate(plain.id, 6)


def test_own_methods_belong_to_their_locality(store, world, catalog):
    own = OwnMethods(store)
    mine = own.save(replace(catalog.get("brainstorming"), name_cs="Bleskovka u kávy"),
                    locality_id=world.locality_id)
    assert mine.id.startswith("own-") and mine.origin == "own"
    names = [m.name for m in catalog.methods(world.locality_id)]
    assert "Bleskovka u kávy" in names and "Brainstorming" in names
    assert "Bleskovka u kávy" not in [m.name for m in catalog.methods(world.other_locality_id)]
    edited = own.save(replace(mine, minutes_max=40), locality_id=world.locality_id)
    assert edited.id == mine.id and catalog.get(mine.id, world.locality_id).minutes_max == 40
    own.remove(mine.id)
    assert mine.id not in [m.id for m in catalog.methods(world.locality_id)]


def test_hq_updates_a_catalog_method_under_its_id(store, catalog):
    OwnMethods(store).publish(replace(catalog.get("world-cafe"), minutes_min=45))
    updated = MethodsService(store).get("world-cafe")
    assert (updated.minutes_min, updated.origin) == (45, "hq")
    assert len([m for m in MethodsService(store).methods() if m.id == "world-cafe"]) == 1


def test_a_broken_stored_method_is_left_out_not_fatal(store, catalog):
    with store.unit_of_work() as session:
        session.add(StoredMethod(slug="own-broken", origin="own", definition="id = "))
    assert "own-broken" not in [m.id for m in MethodsService(store).methods()]
    assert len(MethodsService(store).methods()) == len(catalog.methods())


def test_the_demo_meeting_runs_world_cafe_as_a_block_with_a_note(demo_store):
    with demo_store.reading() as session:
        rows = session.execute(text(
            "SELECT title, method_id, method_steps, facilitator_note FROM agenda_items "
            "WHERE method_id != '' ORDER BY title")).all()
    assert {r.method_id for r in rows} == {"world-cafe", "problem-tree", "opera",
                                           "thematic-micro-teams"}
    assert all(r.method_steps and r.facilitator_note for r in rows)


def test_migration_adds_the_columns_in_place_and_versions_them(tmp_path):
    from alembic import command

    from obecdesk.core.demo import load_demo
    from obecdesk.store.migrate import HEAD, alembic_config

    store = open_store(None, data_dir=tmp_path / "s")
    load_demo(store)
    store.dispose()
    path = tmp_path / "s" / DB_FILENAME
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    with engine.begin() as conn:
        triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name = 'agenda_items'")).scalars().all()
    engine.dispose()
    assert triggers  # the minutes index triggers survive a step back
    reopened = open_store(None, data_dir=tmp_path / "s")
    try:
        assert reopened.check() == []
        assert reopened.schema_version() == HEAD
    finally:
        reopened.dispose()
