"""Poznámky centrály in Indikátory: HQ's return shows on the value's cell, the project and the
measure, the notes list puts it first with its history, the coordinator answers "opraveno" from
the list, a double click opens the item where it lives, and a return that came in a real bundle
shows on the coordinator's grid."""

from __future__ import annotations

import datetime as dt

import pytest
from bundle_support import exchange_files, field_and_hq
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.periods import period_of
from obecdesk.core.indicators.values import ValueEntry, ValueService, value_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.reviews import ReviewService
from obecdesk.core.vocabulary.reviews import URGENCY, ReviewState
from obecdesk.store.models import LocalReplica
from obecdesk.ui.context import AppContext
from obecdesk.ui.indicators.plan_tree import ID_ROLE
from obecdesk.ui.indicators.projects_panel import Col as ProjectCol
from obecdesk.ui.indicators.review_panel import Col
from obecdesk.ui.indicators.review_style import REVIEW_COLOURS
from obecdesk.ui.indicators.view import GRID, NOTES, PLAN, PROJECTS, IndicatorsView
from obecdesk.ui.services import build_services


def _role(store, role: str) -> None:
    with store.unit_of_work() as session:
        session.execute(update(LocalReplica).values(role=role, name=f"Replika {role}"))


@pytest.fixture
def reviewed(demo_store, ctx, services):
    """HQ returned a value and a project and approved a measure of the demo locality (items
    the demo's own notes leave alone)."""
    data = services.locality_indicators(ctx.locality_id)
    entered = next(i for i in data.indicators if not i.computed and i.values
                   and not data.review("value", value_id(i.info.id, sorted(i.values)[-1])))
    period = sorted(entered.values)[-1]
    value = value_id(entered.info.id, period)
    project = next(p.id for p in data.projects if not data.review("project", p.id))
    measure = next(m for a in data.tree for g in a.goals for m in g.measures
                   if not data.review("measure", m.lineage_id))
    _role(demo_store, "hq")
    reviews = ReviewService(demo_store)
    reviews.review("value", value, "returned", "Hodnota neodpovídá výkazu školy.")
    reviews.review("project", project, "returned", "Doplňte částku.")
    reviews.review("measure", measure.id, "approved", "")
    return entered.info.id, period, value, project, measure


def _view(qtbot, ctx, services) -> IndicatorsView:
    widget = IndicatorsView(ctx, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_return_shows_on_the_items_and_the_coordinator_answers(
        qtbot, demo_store, ctx, services, reviewed, dialogs):
    indicator, period, value, project, measure = reviewed
    _role(demo_store, "field")
    view = _view(qtbot, ctx, services)

    view.tabs.setCurrentIndex(GRID)  # each tab is filled when shown
    cell = view.grid_model.cell_of(indicator, period)
    assert cell.isValid()
    assert cell.data(Qt.ItemDataRole.BackgroundRole).name() == REVIEW_COLOURS["returned"][1]
    assert "vráceno k opravě: Hodnota neodpovídá výkazu školy." in \
        cell.data(Qt.ItemDataRole.ToolTipRole)
    view.grid.view.setCurrentIndex(cell)
    assert view.grid.review.text() == "Centrála: vráceno k opravě: Hodnota neodpovídá výkazu školy."
    view.tabs.setCurrentIndex(PROJECTS)
    projects = view.projects.model
    row = [p.id for p in projects.rows()].index(project)
    assert projects.index(row, ProjectCol.REVIEW).data() == "vráceno k opravě: Doplňte částku."
    view.tabs.setCurrentIndex(PLAN)
    tree = view.plan.model
    found = tree.match(tree.index(0, 0), ID_ROLE, measure.id, 1,
                       Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    assert "schváleno" in found.siblingAtColumn(1).data()
    row_of_indicator = tree.match(tree.index(0, 0), ID_ROLE, indicator, 1,
                                  Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    assert row_of_indicator.siblingAtColumn(1).data().endswith(
        " · vráceno k opravě: Hodnota neodpovídá výkazu školy.")
    view.show_indicator(indicator)
    shown = [view.detail.reviews.item(r).text() for r in range(view.detail.reviews.count())]
    assert shown[-1].endswith("vráceno k opravě – Replika hq: Hodnota neodpovídá výkazu školy.")

    notes = view.notes
    view.tabs.setCurrentWidget(notes)
    first = notes.model.index(0, Col.STATE)
    assert first.data().startswith("vráceno k opravě: ")
    states = [notes.model.row_at(r).review.state for r in range(notes.model.rowCount())]
    assert states == sorted(states, key=URGENCY.index) and states.count("returned") >= 2
    assert set(notes.buttons) == {ReviewState.COMMENT, ReviewState.CORRECTED}  # no approval here
    value_row = next(r for r in range(notes.model.rowCount())
                     if notes.model.row_at(r).item_id == value)
    approved_row = next(r for r in range(notes.model.rowCount())
                        if notes.model.row_at(r).review.state == "approved")
    notes.table.selectRow(approved_row)
    assert not notes.buttons[ReviewState.CORRECTED].isEnabled()  # nothing to correct
    notes.table.selectRow(value_row)
    assert notes.buttons[ReviewState.CORRECTED].isEnabled()
    assert notes.history.count() == 1 and "Replika hq" in notes.history.item(0).text()

    dialogs.answer(("Opraveno podle výkazu.", True))
    notes.buttons[ReviewState.CORRECTED].click()
    qtbot.waitUntil(lambda: ReviewService(demo_store).state("value", value).state == "corrected")
    qtbot.waitUntil(lambda: view.notes.history.count() == 2)
    assert "opraveno – Replika field: Opraveno podle výkazu." in notes.history.item(1).text()
    assert dialogs.asked[-1].text == "Co bylo opraveno?"
    view.tabs.setCurrentIndex(GRID)
    qtbot.waitUntil(lambda: view.grid_model.cell_of(indicator, period).data(
        Qt.ItemDataRole.BackgroundRole).name() == REVIEW_COLOURS["corrected"][1])

    project_row = next(r for r in range(notes.model.rowCount())
                       if notes.model.row_at(r).item_id == project)
    notes.table.doubleClicked.emit(notes.model.index(project_row, Col.ITEM))
    assert view.tabs.currentWidget() is view.projects
    assert view.projects.table.currentIndex().row() == row


def test_hq_returns_from_the_list_and_a_return_without_a_comment_is_refused(
        qtbot, demo_store, ctx, services, reviewed, dialogs):
    _, _, value, project, _ = reviewed
    view = _view(qtbot, ctx, services)
    notes = view.notes
    view.tabs.setCurrentWidget(notes)
    assert set(notes.buttons) == {ReviewState.APPROVED, ReviewState.RETURNED,
                                  ReviewState.COMMENT}
    row = next(r for r in range(notes.model.rowCount())
               if notes.model.row_at(r).item_id == project)
    notes.table.selectRow(row)
    dialogs.answer(("   ", True), QMessageBox.StandardButton.Ok)
    notes.buttons[ReviewState.RETURNED].click()
    assert "potřebuje komentář" in dialogs.asked[-1].text
    assert len(ReviewService(demo_store).history("project", project)) == 1
    notes.buttons[ReviewState.APPROVED].click()
    qtbot.waitUntil(lambda: ReviewService(demo_store).state("project", project).state
                    == "approved")
    qtbot.waitUntil(lambda: any(n.item_id == project and n.review.state == "approved"
                                for n in notes.model.rows()))


def test_a_return_that_came_in_a_real_bundle_shows_on_the_coordinators_grid(
        qtbot, tmp_path, monkeypatch, settings):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc = LocalityService(field).create(LocalityData(name="Horní Lhota")).id
    indicator = IndicatorService(field).create(loc, IndicatorData("Žáci v doučování",
                                                                  unit="persons"))
    quarter = period_of(dt.date.today(), "quarter")
    ValueService(field).set_value(indicator, ValueEntry(quarter.key, 140))
    exchange_files(field, hq, tmp_path)
    ReviewService(hq).review("value", value_id(indicator, quarter.key), "returned",
                             "Ověřte zdroj.")
    exchange_files(hq, field, tmp_path)  # the return bundle, a real file

    ctx = AppContext(field, settings)
    ctx.set_locality(loc)
    try:
        view = _view(qtbot, ctx, build_services(field))
        view.tabs.setCurrentIndex(GRID)
        cell = view.grid_model.cell_of(indicator, quarter.key)
        assert "vráceno k opravě: Ověřte zdroj." in cell.data(Qt.ItemDataRole.ToolTipRole)
        view.tabs.setCurrentIndex(NOTES)
        note = view.notes.model.row_at(0)
        assert (note.label, note.review.author) == (
            f"Žáci v doučování, {quarter.label}", "Centrála")
        assert set(view.notes.buttons) == {ReviewState.COMMENT, ReviewState.CORRECTED}
    finally:
        ctx.hub.detach()
