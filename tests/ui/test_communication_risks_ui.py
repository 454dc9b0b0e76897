"""Komunikace → Rizika: the likelihood × impact matrix over the acute demo, filtering the list
by a cell, and a scenario added through its form landing in its cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.communication.risk_models import RiskCol
from obecdesk.ui.communication.view import CommunicationView


@pytest.fixture
def tab(qtbot, ctx, services):
    ctx.set_locality(acute_locality_id())
    view = CommunicationView(ctx, services.communication, services.actors)
    qtbot.addWidget(view)
    view.show_tab(view.risks)
    return view.risks


def _listed(tab) -> list[str]:
    return [tab.proxy.index(r, RiskCol.TITLE).data() for r in range(tab.proxy.rowCount())]


def test_the_matrix_places_scenarios_by_likelihood_and_impact(tab):
    matrix = tab.matrix_model
    assert matrix.index_of(3, 5).data() == "1"  # the fight: likely 3, impact 5, first in list
    assert matrix.index_of(5, 3).data() == "2"
    assert matrix.index_of(1, 1).data() == ""
    low, critical = (matrix.index_of(1, 1).data(Qt.ItemDataRole.BackgroundRole).color().name(),
                     matrix.index_of(5, 5).data(Qt.ItemDataRole.BackgroundRole).color().name())
    assert low != critical and critical == "#ef9a9a"


def test_clicking_a_cell_shows_only_its_scenarios_and_again_shows_all(tab, qtbot):
    assert len(_listed(tab)) == 5
    cell = tab.matrix_model.index_of(2, 4)
    qtbot.mouseClick(tab.matrix.viewport(), Qt.MouseButton.LeftButton, pos=tab.matrix.visualRect(cell).center())
    assert _listed(tab) == ["Provozovatel náhle uzavře ubytovnu a lidé zůstanou bez bydlení"]
    assert "Krizové ubytování" in tab.detail.toPlainText()
    qtbot.mouseClick(tab.matrix.viewport(), Qt.MouseButton.LeftButton, pos=tab.matrix.visualRect(cell).center())
    assert len(_listed(tab)) == 5
    tab.cell_clicked(tab.matrix_model.index_of(1, 1))
    assert _listed(tab) == []
    tab.show_all.click()
    assert len(_listed(tab)) == 5


def test_a_new_scenario_from_the_form_lands_in_its_cell(tab, dialogs):
    def fill(dialog):
        dialog.title.setText("Výpadek komunikace obce o víkendu")
        dialog.likelihood.setValue(1)
        dialog.impact.setValue(1)
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("Ing. Hana Veselá"))
        dialog.accept()
        return dialog.result()

    dialogs.answer(fill)
    tab.add.click()
    assert tab.matrix_model.index_of(1, 1).data() == "6"
    tab.cell_clicked(tab.matrix_model.index_of(1, 1))
    assert _listed(tab) == ["Výpadek komunikace obce o víkendu"]
    assert tab.proxy.index(0, RiskCol.RESPONSIBLE).data() == "Ing. Hana Veselá"
