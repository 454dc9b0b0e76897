"""A locality switch in Indikátory reads the locality once and fills the visible tab only; a
hidden tab shows the new locality as soon as it is opened, a value saved in the grid reaches
the plan tree when the user goes there, and a screen behind another one reads a change when it
is shown again (not at every change made elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from obecdesk.core.indicators.values import ValueEntry
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.ui.indicators.view import DASHBOARD, GRID, PLAN, PROJECTS, IndicatorsView
from obecdesk.ui.services import build_services


def _counting_view(qtbot, ctx, services) -> tuple[IndicatorsView, list[str]]:
    reads: list[str] = []

    def locality_indicators(locality_id, *args, **kwargs):
        reads.append(locality_id)
        return services.locality_indicators(locality_id, *args, **kwargs)

    own = build_services(ctx.store)
    own.locality_indicators = locality_indicators
    view = IndicatorsView(ctx, own)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view, reads


def test_a_switch_reads_once_and_the_hidden_tabs_catch_up_when_shown(
        qtbot, ctx, services, demo_store, demo_locality_id):
    other = LocalityService(demo_store).create(LocalityData(name="Dolní Lhota")).id
    view, reads = _counting_view(qtbot, ctx, services)
    view.tabs.setCurrentIndex(PLAN)
    assert view.plan.model.rowCount() > 0
    reads.clear()

    ctx.set_locality(other)
    assert reads == [other]  # one read of the new locality, whatever the number of tabs
    assert view.plan.model.rowCount() == 0
    assert view.plan.adopted.text() == "Lokalita zatím nemá strategický plán."

    view.tabs.setCurrentIndex(PROJECTS)
    assert view.projects.model.rowCount() == 0  # filled for the new locality when shown
    view.tabs.setCurrentIndex(DASHBOARD)
    assert "nemá strategický plán" in view.dashboard.plan.text()
    assert reads == [other]  # opening a tab reads nothing again

    ctx.set_locality(demo_locality_id)
    assert view.tabs.currentIndex() == DASHBOARD and "verze 2" in view.dashboard.plan.text()
    view.tabs.setCurrentIndex(PROJECTS)
    assert view.projects.model.rowCount() == 12
    view.tabs.setCurrentIndex(PLAN)
    assert view.plan.model.item(0).text() == "Bydlení"
    assert reads == [other, demo_locality_id]


def test_a_value_saved_in_the_grid_shows_in_the_plan_tree_when_it_is_opened(
        qtbot, ctx, services):
    view, _reads = _counting_view(qtbot, ctx, services)
    view.tabs.setCurrentIndex(GRID)
    model = view.grid_model
    row = next(r for r, info in enumerate(model.rows)
               if info.name == "Pracovní místa v sociální firmě")
    cell = model.index(row, len(model.periods) - 1)
    assert model.setData(cell, "40")  # what typing into the cell does
    assert cell.data() == "40"

    view.tabs.setCurrentIndex(PLAN)
    tree = view.plan.model
    jobs = tree.match(tree.index(0, 0), Qt.ItemDataRole.DisplayRole,
                      "Pracovní místa v sociální firmě", 1,
                      Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    assert "dosaženo 40" in jobs.siblingAtColumn(1).data()


def test_a_screen_behind_another_reads_the_changes_when_it_is_shown_again(
        qtbot, ctx, services, demo_locality_id):
    reads: list[str] = []
    own = build_services(ctx.store)
    own.locality_indicators = lambda loc, *a, **k: reads.append(loc) or \
        services.locality_indicators(loc, *a, **k)
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    view = IndicatorsView(ctx, own)
    front = QWidget()
    stack.addWidget(view)
    stack.addWidget(front)
    stack.show()
    stack.setCurrentWidget(front)
    reads.clear()
    jobs = next(i.info for i in view.data.indicators if i.info.name.startswith("Pracovní"))
    own.values.set_value(jobs.id, ValueEntry("2026-Q3", 9))  # a change while behind
    assert reads == []

    stack.setCurrentWidget(view)
    assert reads == [demo_locality_id]
    assert "Pracovní místa" not in view.dashboard.off_track.text()  # 9 of 8,5 expected


def test_on_the_grid_a_switch_reads_no_statuses(qtbot, ctx, services, demo_store,
                                                demo_locality_id):
    other = LocalityService(demo_store).create(LocalityData(name="Dolní Lhota")).id
    view, reads = _counting_view(qtbot, ctx, services)
    view.tabs.setCurrentIndex(GRID)
    assert view.grid_model.rowCount() > 0
    reads.clear()
    ctx.set_locality(other)
    assert view.grid_model.rowCount() == 0 and reads == []  # the grid needs none of them
    ctx.set_locality(demo_locality_id)
    assert view.grid_model.rowCount() > 0 and reads == []
    view.tabs.setCurrentIndex(DASHBOARD)
    assert reads == [demo_locality_id] and "verze 2" in view.dashboard.plan.text()
