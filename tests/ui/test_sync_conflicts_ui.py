"""Konflikty in the Synchronizace page: both values side by side, keeping either one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sync_support import exchange, open_replicas

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.ui.app import build_window
from obecdesk.ui.sync.conflicts_model import Column


def edit_locality(store, loc_id, **changes):
    service = LocalityService(store)
    data = service.get(loc_id).data()
    for key, value in changes.items():
        setattr(data, key, value)
    service.update(loc_id, data)


def conflicted(tmp_path, monkeypatch):
    """Two replicas; A's region "Olomoucký" lost to B's later "Zlínský"."""
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník"))
    exchange(a, b)
    edit_locality(a, loc.id, region="Olomoucký")
    edit_locality(b, loc.id, region="Zlínský")
    exchange(b, a)
    return a, b, loc.id


def open_conflicts(qtbot, store, settings):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    sync = window.show_capability("sync")
    sync.show_conflicts()
    return sync, sync.conflicts


def cells(view, row=0):
    model = view.model
    return {c: model.index(row, c).data() for c in Column}


def test_the_list_shows_both_values_who_and_when(qtbot, tmp_path, monkeypatch, settings):
    a, b, _loc = conflicted(tmp_path, monkeypatch)
    sync, view = open_conflicts(qtbot, a, settings)
    assert view.model.rowCount() == 1
    row = cells(view)
    assert row[Column.RECORD] == "Lokality: Lipník" and row[Column.FIELD] == "Kraj"
    assert (row[Column.KEPT], row[Column.LOST]) == ("Zlínský", "Olomoucký")
    assert row[Column.LOST_BY].startswith("tato instalace, ")
    assert row[Column.KEPT_BY].startswith(f"replika {b.replica_id[:8]}, ")
    assert sync.tabs.tabText(1) == "Konflikty (1)"
    assert view.findChild(type(view.heading), "kept-value").text() == "Zlínský"
    assert view.findChild(type(view.heading), "lost-value").text() == "Olomoucký"


def test_keeping_the_overwritten_value_writes_it_and_empties_the_list(qtbot, tmp_path,
                                                                      monkeypatch, settings):
    a, b, loc_id = conflicted(tmp_path, monkeypatch)
    sync, view = open_conflicts(qtbot, a, settings)
    seq = a.change_seq()
    qtbot.mouseClick(view.lost.button, Qt.MouseButton.LeftButton)
    assert LocalityService(a).get(loc_id).region == "Olomoucký" and a.change_seq() == seq + 1
    assert view.model.rowCount() == 0 and not view.empty.isHidden()
    assert view.detail.isHidden() and sync.tabs.tabText(1) == "Konflikty"
    assert sync.overview.conflicts.text() == "0"
    exchange(a, b)  # the choice travels like any edit
    assert LocalityService(b).get(loc_id).region == "Olomoucký"


def test_keeping_the_current_value_only_resolves(qtbot, tmp_path, monkeypatch, settings):
    a, _b, loc_id = conflicted(tmp_path, monkeypatch)
    _sync, view = open_conflicts(qtbot, a, settings)
    seq = a.change_seq()
    qtbot.mouseClick(view.kept.button, Qt.MouseButton.LeftButton)
    assert LocalityService(a).get(loc_id).region == "Zlínský" and a.change_seq() == seq
    assert view.model.rowCount() == 0 and a.conflict_count() == 0


def test_a_merge_while_the_page_is_open_adds_its_conflicts(qtbot, tmp_path, monkeypatch,
                                                           settings):
    a, b, loc_id = conflicted(tmp_path, monkeypatch)
    sync, view = open_conflicts(qtbot, a, settings)
    edit_locality(a, loc_id, notes="Začínáme v září.")
    edit_locality(b, loc_id, notes="Začínáme v říjnu.")
    exchange(b, a)
    assert view.model.rowCount() == 2 and sync.tabs.tabText(1) == "Konflikty (2)"
    assert {cells(view, r)[Column.FIELD] for r in range(2)} == {"Kraj", "Poznámky"}


def test_an_erased_persons_conflict_never_appears(qtbot, tmp_path, monkeypatch, settings):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník"))
    person = ActorService(a).create(loc.id, ActorData(name="Jana Čurejová", role="ředitelka"))
    exchange(a, b)
    for store, role in ((a, "zástupkyně"), (b, "učitelka")):
        data = ActorService(store).get(person.id).data()
        data.role = role
        ActorService(store).update(person.id, data)
    exchange(b, a)
    sync, view = open_conflicts(qtbot, a, settings)
    assert cells(view)[Column.RECORD] == "Aktéři: Jana Čurejová"
    PersonalDataService(a).erase(person.id)
    assert view.model.rowCount() == 0 and not view.empty.isHidden()


def test_a_theme_conflict_reads_as_present_or_absent_in_czech(qtbot, tmp_path, monkeypatch,
                                                              settings):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník", themes=["housing", "debt"]))
    exchange(a, b)
    edit_locality(a, loc.id, themes=["debt"])
    edit_locality(b, loc.id, themes=["debt"])
    edit_locality(b, loc.id, themes=["debt", "housing"])
    exchange(b, a)
    _sync, view = open_conflicts(qtbot, a, settings)
    row = cells(view)
    assert (row[Column.FIELD], row[Column.KEPT], row[Column.LOST]) == (
        "Témata", "obsahuje „bydlení“", "neobsahuje „bydlení“")
    qtbot.mouseClick(view.lost.button, Qt.MouseButton.LeftButton)
    assert LocalityService(a).get(loc.id).themes == ["debt"]


def test_a_hidden_page_catches_up_when_shown_again(qtbot, tmp_path, monkeypatch, settings):
    a, b, loc_id = conflicted(tmp_path, monkeypatch)
    window, _ctx = build_window(a, settings)
    qtbot.addWidget(window)
    sync = window.show_capability("sync")
    window.show_capability("localities")
    edit_locality(a, loc_id, notes="Začínáme v září.")
    edit_locality(b, loc_id, notes="Začínáme v říjnu.")
    exchange(b, a)
    assert sync.conflicts.model.rowCount() == 1  # not read while another page is shown
    window.show()
    window.show_capability("sync")
    assert sync.conflicts.model.rowCount() == 2
