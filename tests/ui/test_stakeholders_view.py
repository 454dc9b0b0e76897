"""The stakeholder screen inside the main window: navigation entry, refresh on relevant changes."""

from __future__ import annotations

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.ui.app import build_window
from obecdesk.ui.stakeholders.view import StakeholdersView


def test_actors_follow_localities_in_the_navigation(demo_store, settings, qtbot):
    window, ctx = build_window(demo_store, settings)
    qtbot.addWidget(window)
    keys = window.capability_keys()
    assert keys.index("stakeholders") == keys.index("localities") + 1
    view = window.show_capability("stakeholders")
    assert isinstance(view, StakeholdersView)
    assert window.nav.currentItem().text() == "Aktéři"
    assert view.actor_list.model.rowCount() == 35
    ctx.hub.detach()


def test_unrelated_changes_do_not_reload(ctx, services, qtbot):
    view = StakeholdersView(ctx, services)
    qtbot.addWidget(view)
    reloads = []
    view.actor_list.model.modelReset.connect(lambda: reloads.append(1))
    LocalityService(ctx.store).create(LocalityData(name="Jiná obec"))
    assert reloads == []
    ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Nová Aktérka"))
    assert reloads == [1]
