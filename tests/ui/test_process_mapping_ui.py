"""Mapování procesů over the acute demo locality: the critical-points view (add one through the
editor, filter by severity, jump to its step), a recommendation's status changed in its editor,
and the unsaved-changes guard of the forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.process_mapping.finding_editors import place_key
from obecdesk.ui.process_mapping.form_dialog import Field, FormDialog
from obecdesk.ui.process_mapping.table_models import PointCol, RecCol
from obecdesk.ui.process_mapping.view import ProcessMappingView


@pytest.fixture
def view(qtbot, ctx, services):
    ctx.set_locality(acute_locality_id())
    widget = ProcessMappingView(ctx, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(table, column) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_a_critical_point_added_in_the_editor_is_listed_filtered_and_leads_to_its_step(
        view, qtbot, dialogs):
    panel = view.points
    view.tabs.setCurrentIndex(1)
    assert len(shown(panel.table, PointCol.TITLE)) == 4
    agenda = view.data.agendas[1]
    step = agenda.steps[0]

    def fill(dialog: FormDialog):
        dialog.set_value("title", "Telefonické stížnosti se nezapisují")
        dialog.set_value("place", place_key(agenda.id, step.id))
        dialog.set_value("severity", "low")
        dialog.set_value("concern", "tension")
        dialog.set_value("evidence", "Výpis z evidence: 4 zápisy za 10 měsíců")
        dialog.accept()
        return dialog.result()

    dialogs.answer(fill)
    qtbot.mouseClick(panel.buttons["new-critical-point"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown(panel.table, PointCol.TITLE)) == 5)
    assert "Telefonické stížnosti se nezapisují" in panel.detail.text()  # selected when it came
    panel.severity.setCurrentIndex(panel.severity.findData("low"))
    assert shown(panel.table, PointCol.TITLE) == ["Telefonické stížnosti se nezapisují"]
    assert shown(panel.table, PointCol.SEVERITY) == ["nízká"]
    assert shown(panel.table, PointCol.STEP) == [f"1. {step.name}"]
    panel.severity.setCurrentIndex(panel.severity.findData("high"))
    assert len(shown(panel.table, PointCol.TITLE)) == 3
    assert "vysoká: 3" in panel.counts.text() and "nízká: 1" in panel.counts.text()

    panel.severity.setCurrentIndex(panel.severity.findData("low"))
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.buttons["go-to-step"], Qt.MouseButton.LeftButton)
    assert view.tabs.currentIndex() == 0
    assert view.agendas.current_agenda().id == agenda.id
    rows = view.agendas.step_table.selectionModel().selectedRows()
    assert [view.agendas.steps.row_at(i.row()).id for i in rows] == [step.id]


def test_an_editor_refuses_a_point_without_a_title_and_keeps_the_form(view, qtbot, dialogs):
    def fill(dialog: FormDialog):
        dialog.set_value("title", "   ")
        dialog.accept()  # refused: the Czech reason is shown, the form stays open
        assert dialog.result() != QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    dialogs.answer(fill, QMessageBox.StandardButton.Ok)
    view.tabs.setCurrentIndex(1)
    qtbot.mouseClick(view.points.buttons["new-critical-point"], Qt.MouseButton.LeftButton)
    assert any("musí mít název" in text for text in dialogs.texts)
    assert len(shown(view.points.table, PointCol.TITLE)) == 4


def test_a_recommendation_status_changed_in_its_editor(view, qtbot, dialogs):
    panel = view.recommendations
    view.tabs.setCurrentIndex(2)
    titles = shown(panel.table, RecCol.TITLE)
    row = titles.index("Jednotná evidence stížností, odpověď stěžovateli a sousedská mediace")
    panel.table.selectRow(row)
    assert "Most k domovu" in panel.detail.text()

    def fill(dialog: FormDialog):
        dialog.set_value("status", "in_progress")
        dialog.accept()
        return dialog.result()

    dialogs.answer(fill)
    qtbot.mouseClick(panel.buttons["edit-recommendation"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "v realizaci" in panel.detail.text())
    panel.status.setCurrentIndex(panel.status.findData("in_progress"))
    assert sorted(shown(panel.table, RecCol.TITLE)) == [
        "Jednotná evidence stížností, odpověď stěžovateli a sousedská mediace",
        "Zveřejňovat anonymizovaný pořadník a zapisovat důvody odchylek"]


def test_a_form_with_typed_changes_asks_before_it_closes(qtbot, dialogs):
    saved = []
    dialog = FormDialog("Nová agenda", [Field("name", "Agenda *")], {"name": ""},
                        saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_value("name", "Školní zápis")
    dialogs.answer(QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible() and dialogs.asked[-1].title == "Zahodit změny"
    dialog.accept()
    assert saved == [{"name": "Školní zápis"}] and not dialog.isVisible()


def test_a_locality_without_mapping_shows_an_empty_view(qtbot, ctx, services):
    widget = ProcessMappingView(ctx, services)  # the long-term demo locality: nothing mapped
    qtbot.addWidget(widget)
    assert widget.data is not None and widget.data.empty
    assert "žádnou mapovanou agendu" in widget.agendas.about.text()
    assert not widget.points.buttons["new-critical-point"].isEnabled()
