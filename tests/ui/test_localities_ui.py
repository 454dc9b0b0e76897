"""Localities through the real widgets: create, edit, archive; the phase plan with today's phase."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from obecdesk.core.localities import LocalityService
from obecdesk.ui.context import AppContext
from obecdesk.ui.localities.view import LocalitiesView


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_create_edit_and_archive_a_locality_through_the_form(qtbot, store, settings):
    ctx = AppContext(store, settings)
    view = LocalitiesView(ctx)
    qtbot.addWidget(view)
    assert "Zatím žádná lokalita" in view.detail_title.text()

    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.keyClicks(dialog.name, "Lhota")
    dialog.name.setText("Horní Lhota nad Ohří")  # Czech text is set, not typed (Qt key trap)
    dialog.region.setCurrentText("Ústecký kraj")
    dialog.population.setValue(5400)
    dialog.mode.setCurrentIndex(dialog.mode.findData("long_term"))
    dialog.start.setDate(QDate(2025, 3, 1))
    dialog.themes.item(0).setCheckState(Qt.CheckState.Checked)  # bydlení
    dialog.own_theme.setText("Ubytovny v Nádražní")
    dialog._add_own_theme()
    save(qtbot, dialog)

    [saved] = LocalityService(store).list()
    assert saved.name == "Horní Lhota nad Ohří" and saved.population == 5400
    assert saved.themes == ["housing", "Ubytovny v Nádražní"]
    assert ctx.locality_id == saved.id
    assert view.detail_title.text() == "Horní Lhota nad Ohří"
    assert view.model.rowCount() == 1
    assert view.phase_model.rowCount() == 7 and view.phase_box.isVisibleTo(view)

    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    view.dialog.population.setValue(5500)
    save(qtbot, view.dialog)
    assert LocalityService(store).get(saved.id).population == 5500

    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert LocalityService(store).get(saved.id).archived
    assert view.model.rowCount() == 0
    view.show_archived.setChecked(True)
    assert view.model.rowCount() == 1
    assert view.archive_button.text() == "Obnovit z archivu"


def test_cancelling_the_form_writes_nothing(qtbot, store, settings):
    view = LocalitiesView(AppContext(store, settings))
    qtbot.addWidget(view)
    view.new_locality()
    view.dialog.name.setText("Nikam")
    view.dialog.reject()
    assert LocalityService(store).list(include_archived=True) == []


def test_the_current_phase_is_highlighted(qtbot, ctx):
    view = LocalitiesView(ctx)
    qtbot.addWidget(view)
    model = view.phase_model
    today = dt.date.today()
    current = [r for r in range(model.rowCount()) if model.is_current(r)]
    start = ctx.localities.get(ctx.locality_id).start_date
    expected = [r for r, p in enumerate(ctx.localities.get(ctx.locality_id).phases)
                if p.contains(today)]
    assert current == expected and start is not None
    for row in current:
        assert model.data(model.index(row, 1), Qt.ItemDataRole.FontRole).bold()
    assert view.detail_labels["phase"].text() or not current
