"""Opening an item of HQ's notes where it lives in Indikátory: a value in the grid, a project in
the list, a measure in the plan (the current version's copy of its lineage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from obecdesk.core.indicators.periods import parse_period

if TYPE_CHECKING:
    from obecdesk.ui.indicators.view import IndicatorsView

PLAN, GRID = 1, 2


def open_reviewed(view: IndicatorsView, kind: str, key: str, item_id: str) -> None:
    """Show the reviewed item ``item_id`` (a measure's ``key`` is its lineage) in ``view``."""
    data = view.data
    if data is None:
        return
    if kind == "project":
        view.tabs.setCurrentWidget(view.projects)
        rows = [p.id for p in view.projects.model.rows()]
        if item_id in rows:
            view.projects.table.selectRow(rows.index(item_id))
    elif kind == "measure":
        lineage = {m.lineage_id: m.id for a in data.tree for g in a.goals for m in g.measures}
        view.tabs.setCurrentIndex(PLAN)
        view.plan.select_id(lineage.get(key, item_id))
    elif (place := view.services.reviews.value_place(item_id)) is not None:
        indicator_id, period = place
        frequency = parse_period(period).frequency
        view.frequency.setCurrentIndex(view.frequency.findData(frequency.value))
        view.fresh_grid()  # the same frequency does not reload it; a hidden grid may be stale
        cell = view.grid_model.cell_of(indicator_id, period)
        if cell.isValid():
            view.tabs.setCurrentIndex(GRID)
            view.grid.view.setCurrentIndex(cell)
        else:  # a period the grid no longer shows: the indicator's detail has it all
            view.tabs.setCurrentIndex(PLAN)
            view.plan.select_id(indicator_id)
