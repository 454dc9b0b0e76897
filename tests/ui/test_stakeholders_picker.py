"""Choosing an actor by typing: suggestions ignore accents, and big localities are searched."""

from __future__ import annotations

import pytest

from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.ui.stakeholders import actor_picker
from obecdesk.ui.stakeholders.actor_picker import ActorPicker


@pytest.fixture
def picker(ctx, services, qtbot):
    widget = ActorPicker(services.actors)
    qtbot.addWidget(widget)
    widget.load(ctx.locality_id)
    return widget


@pytest.fixture
def ids(ctx, services) -> dict[str, str]:
    """The demo actors' ids by name, straight from the service (not through the picker)."""
    actors = services.actors.list(ActorFilter(ctx.locality_id))
    return {actor.name: actor.id for actor in actors}


def suggestions(picker: ActorPicker) -> list[str]:
    return picker.completer().model().stringList()


def picked(picker: ActorPicker) -> tuple[str, str] | None:
    """The chosen actor as (id, name), or ``None``."""
    actor_id = picker.actor_id()
    return None if actor_id is None else (actor_id, picker.actors.get(actor_id).name)


def test_typing_without_accents_suggests_and_resolves(picker, ids, qtbot):
    qtbot.keyClicks(picker.lineEdit(), "simkova")
    assert suggestions(picker) == ["Mgr. Jana Šimková (Městský úřad Dolní Bránice)"]
    picker.setEditText(suggestions(picker)[0])
    assert picked(picker) == (ids["Mgr. Jana Šimková"], "Mgr. Jana Šimková")
    assert picker.actor_id() == picker.itemData(picker.findText(suggestions(picker)[0]))


def test_a_unique_name_is_enough_and_an_unknown_one_is_refused(picker, ids):
    picker.setEditText("milan duzda")
    assert picked(picker) == (ids["Milan Dužda"], "Milan Dužda")
    picker.setEditText("Nikdo Takový")
    assert picker.actor_id() is None


def test_a_big_locality_is_searched_not_listed(ctx, services, ids, qtbot, monkeypatch):
    monkeypatch.setattr(actor_picker, "PICKER_LIMIT", 10)
    picker = ActorPicker(services.actors)
    qtbot.addWidget(picker)
    picker.load(ctx.locality_id)
    assert picker.count() == 1  # only the empty choice; 35 actors are "too many" here
    qtbot.keyClicks(picker.lineEdit(), "curej")
    assert suggestions(picker) == ["Petr Čureja (Městský úřad Dolní Bránice)"]
    picker.setEditText("Petr Čureja (Městský úřad Dolní Bránice)")
    assert picked(picker) == (ids["Petr Čureja"], "Petr Čureja")


def test_excluded_actors_are_not_offered(ctx, ids, picker, qtbot):
    picker.setEditText("Petr Čureja")
    cureja = ids["Petr Čureja"]
    assert picked(picker) == (cureja, "Petr Čureja")
    picker.load(ctx.locality_id, exclude={cureja})
    assert picker.findData(cureja) < 0
    assert picker.currentText() == ""
    qtbot.keyClicks(picker.lineEdit(), "curej")
    assert suggestions(picker) == []
