"""The central office's overview of all localities: the partnership's health counted per
locality, the phase, indicators off track, projects, and when each locality was last heard of."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from obecdesk.core.hq_overview import (
    AFTER_END,
    BEFORE_START,
    cooperation_month,
    hq_overview,
    overview_json,
    phase_names,
)
from obecdesk.core.hq_overview_queries import (
    NO_DECIDERS,
    NO_MEETINGS,
    NO_TARGET_GROUP,
    overview_wanted,
)
from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.indicators.values import ValueEntry, ValueService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store.models import (
    ActionItem,
    Actor,
    Body,
    Meeting,
    Membership,
    ReceivedBundle,
)

TODAY = dt.date(2026, 6, 15)


def _partnership(store, locality_id: str) -> None:
    """Bodies, members, meetings and tasks whose counts each test below knows by heart."""
    day = lambda n: TODAY - dt.timedelta(days=n)  # noqa: E731
    with store.unit_of_work() as s:
        def actor(name, **kw):
            row = Actor(locality_id=locality_id, name=name, **kw)
            s.add(row)
            return row
        mayor = actor("Starosta Novák", decision_power=True, sector="municipal_politics")
        resident = actor("Jana Z.", sector="target_group")
        worker = actor("Petr S.", sector="ngo")
        left = actor("Odešel", sector="target_group", decision_power=True)
        erased = actor("[vymazáno]", sector="target_group", erased=True)
        archived_only = actor("Jen v archivu", decision_power=True)
        steering = Body(locality_id=locality_id, kind="steering_group", name="Řídicí tým")
        group = Body(locality_id=locality_id, kind="working_group", name="PS Bydlení")
        old = Body(locality_id=locality_id, kind="working_group", name="PS stará",
                   archived=True)
        s.add_all([steering, group, old])
        s.flush()
        s.add_all([
            Membership(body_id=steering.id, actor_id=mayor.id),
            Membership(body_id=group.id, actor_id=mayor.id),  # one person in two bodies
            Membership(body_id=group.id, actor_id=resident.id),
            Membership(body_id=group.id, actor_id=worker.id, left_on=day(-10)),  # leaves later
            Membership(body_id=group.id, actor_id=left.id, left_on=day(5)),
            Membership(body_id=group.id, actor_id=erased.id),
            Membership(body_id=old.id, actor_id=archived_only.id),
        ])
        meetings = [Meeting(locality_id=locality_id, body_id=group.id, title=t, date=d,
                            status=st, deleted=gone)
                    for t, d, st, gone in [("nedávné", day(10), "held", False),
                                           ("se zápisem", day(89), "minutes_published", False),
                                           ("dávné", day(120), "held", False),
                                           ("smazané", day(3), "held", True),
                                           ("plánované", day(-7), "planned", False)]]
        s.add_all(meetings)
        s.flush()
        s.add_all([ActionItem(meeting_id=meetings[0].id, text=t, due_date=d, status=st)
                   for t, d, st in [("po termínu", day(1), "open"), ("včas", day(-5), "open"),
                                    ("bez termínu", None, "open"), ("hotovo", day(30), "done")]])
        s.add(ActionItem(meeting_id=meetings[3].id, text="smazané jednání", due_date=day(9),
                         status="open"))


@pytest.fixture
def towns(store):
    localities = LocalityService(store)
    ids = {name: localities.create(LocalityData(name, mode=mode, start_date=start,
                                                coordinator=who)).id
           for name, mode, start, who in [
               ("Horní Lhota", "long_term", dt.date(2025, 1, 1), "Eva Malá"),
               ("Bez ničeho", "acute", dt.date(2026, 5, 20), "Jan Velký"),
               ("Čistá", "long_term", None, "")]}
    _partnership(store, ids["Horní Lhota"])
    indicators, values = IndicatorService(store), ValueService(store)
    behind = indicators.create(ids["Horní Lhota"], IndicatorData(
        "Podpořené rodiny", baseline_value=0, baseline_date=dt.date(2025, 12, 31)),
        {"2026-Q4": 100})
    values.set_value(behind, ValueEntry("2026-Q1", 1), by="test", today=TODAY)
    fine = indicators.create(ids["Horní Lhota"], IndicatorData("Asistenti"), {"2026-Q4": 2})
    values.set_value(fine, ValueEntry("2026-Q1", 2), by="test", today=TODAY)
    projects = ProjectService(store)
    projects.create(ids["Horní Lhota"], ProjectData(
        "Sociální byty", status="approved", approved_hal=1_000_000_00, people_supported=30))
    projects.create(ids["Horní Lhota"], ProjectData("Podaný", status="submitted",
                                                    requested_hal=500_00))
    return ids


@pytest.mark.backends
def test_health_counts_current_members_recent_meetings_and_open_tasks(store, towns):
    rows = {r.name: r for r in hq_overview(store, today=TODAY).rows}
    h = rows["Horní Lhota"].health
    # the mayor (once, though in two bodies), the resident and the NGO worker who leaves later;
    # not the one who left, the erased person, nor the member of an archived body only
    assert (h.members, h.decision_makers, h.target_group) == (3, 1, 1)
    assert h.meetings_recent == 2  # held 10 and 89 days ago; not 120, not deleted or planned
    assert (h.actions_open, h.actions_overdue) == (3, 1)
    assert h.weaknesses == [] and not rows["Horní Lhota"].weak


@pytest.mark.backends
def test_a_locality_with_no_plan_no_bodies_and_no_projects_is_all_zeros_and_weak(store, towns):
    rows = {r.name: r for r in hq_overview(store, today=TODAY).rows}
    empty = rows["Bez ničeho"]
    assert (empty.health.members, empty.health.meetings_recent, empty.health.actions_open) == \
        (0, 0, 0)
    assert empty.health.weaknesses == [NO_DECIDERS, NO_TARGET_GROUP, NO_MEETINGS]
    assert empty.off_track == 0 and empty.projects.prepared == 0
    assert empty.month == 1 and empty.phases == ()  # an acute cooperation has no phase plan
    assert rows["Čistá"].month is None and rows["Čistá"].phases == ()


@pytest.mark.backends
def test_indicators_off_track_projects_and_phase_of_each_locality(store, towns):
    overview = hq_overview(store, today=TODAY)
    assert [r.name for r in overview.rows] == ["Bez ničeho", "Čistá", "Horní Lhota"]  # Czech order
    town = overview.rows[2]
    assert town.off_track == 1  # 1 of 100 families where a third was due; the assistants are fine
    assert (town.projects.prepared, town.projects.approved, town.projects.obtained_hal) == \
        (2, 1, 1_000_000_00)
    assert town.projects == ProjectService(store).summary(towns["Horní Lhota"])
    assert town.month == 18 and town.phases == ("Realizace plánu v terénu",)
    assert town.coordinator == "Eva Malá" and town.mode == "long_term"
    data = overview_json(overview)["localities"][2]
    assert data["projects"]["money_obtained_czk"] == 1_000_000
    assert data["health"]["members"] == 3 and data["indicators_off_track"] == 1


@pytest.mark.backends
def test_no_bundle_ever_arrived_here_so_nothing_is_stale(store, towns):
    for row in hq_overview(store, today=TODAY, stale_days=0).rows:
        assert row.last_bundle is None and row.created_here and not row.stale


@pytest.mark.parametrize(("start", "today", "month", "phases"), [
    (dt.date(2024, 1, 31), dt.date(2024, 2, 28), 1, ("Ustavení lokálního partnerství",)),
    (dt.date(2024, 1, 31), dt.date(2024, 2, 29), 2,
     ("Situační analýza", "Strategický plán; start předem definovaných opatření")),
    (dt.date(2024, 1, 31), dt.date(2024, 1, 30), None, (BEFORE_START,)),
    (dt.date(2020, 1, 1), dt.date(2023, 1, 1), 37, (AFTER_END,)),
])
def test_month_and_phase_of_a_long_term_cooperation(start, today, month, phases):
    assert cooperation_month(start, today) == month
    assert phase_names("long_term", start, today) == phases


@pytest.mark.backends
def test_the_overview_is_wanted_with_several_localities(store):
    localities = LocalityService(store)
    localities.create(LocalityData("Jediná"))
    assert not overview_wanted(store)
    second = localities.create(LocalityData("Druhá"))
    assert overview_wanted(store)
    localities.set_archived(second.id, True)
    assert not overview_wanted(store)


@pytest.mark.usefixtures("backend")
@pytest.mark.backends
def test_last_bundle_and_staleness_through_real_bundles(tmp_path, monkeypatch):
    from bundle_support import exchange_files, field_and_hq

    from obecdesk.sync.peers import share_locality


    (north, south), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    assert not overview_wanted(north)
    LocalityService(north).create(LocalityData("Severní", coordinator="Eva"))
    LocalityService(south).create(LocalityData("Jižní", coordinator="Jan"))
    LocalityService(hq).create(LocalityData("Centrální"))
    folder = tmp_path / "mail"
    folder.mkdir()
    exchange_files(north, hq, folder)
    exchange_files(south, hq, folder)
    # the north laptop's bundle came 45 days ago, the south's today
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=45)).isoformat(timespec="seconds")
    with hq.unit_of_work() as s:
        s.execute(update(ReceivedBundle).where(ReceivedBundle.sender_id == north.replica_id)
                  .values(imported_at=old))
    rows = {r.name: r for r in hq_overview(hq).rows}
    assert rows["Severní"].last_bundle.sender == "Laptop 1"
    assert rows["Severní"].last_bundle.days_ago == 45 and rows["Severní"].stale
    assert rows["Jižní"].last_bundle.days_ago == 0 and not rows["Jižní"].stale
    assert not rows["Severní"].created_here
    central = rows["Centrální"]
    assert central.last_bundle is None and central.created_here and not central.stale
    assert not any(r.stale for r in hq_overview(hq, stale_days=60).rows)
    assert [r.name for r in hq_overview(hq, stale_days=44).stale()] == ["Severní"]

    # the locality HQ shared travels to the north laptop: there it came in HQ's bundle

    share_locality(hq, rows["Centrální"].locality_id, north.replica_id)
    exchange_files(hq, north, folder)
    there = {r.name: r for r in hq_overview(north).rows}
    assert there["Centrální"].last_bundle.sender == "Centrála"
    assert not there["Centrální"].created_here and there["Severní"].created_here
    assert overview_wanted(north)
