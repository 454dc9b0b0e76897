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
    view = LocalitiesView(ctx, LocalityService(store))
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


def test_cancelling_the_form_asks_first_and_writes_nothing(qtbot, store, settings, dialogs):
    from PySide6.QtWidgets import QMessageBox

    view = LocalitiesView(AppContext(store, settings), LocalityService(store))
    qtbot.addWidget(view)
    view.new_locality()
    dialog = view.dialog
    dialog.name.setText("Nikam")
    dialogs.answer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # "No": the typed name stays
    assert dialog.isVisible() and dialog.name.text() == "Nikam"
    dialog.reject()  # Zrušit, "Yes": dropped
    assert not dialog.isVisible()
    assert [a.title for a in dialogs.asked] == ["Zahodit změny", "Zahodit změny"]
    assert LocalityService(store).list(include_archived=True) == []


def test_an_untouched_form_closes_without_a_question(qtbot, store, settings):
    view = LocalitiesView(AppContext(store, settings), LocalityService(store))
    qtbot.addWidget(view)
    view.new_locality()
    dialog = view.dialog
    dialog.reject()  # the autouse ``dialogs`` fixture fails the test if anything asks
    assert not dialog.isVisible()


def test_enter_in_the_own_theme_field_adds_the_theme_and_keeps_the_form_open(qtbot, store,
                                                                            settings):
    view = LocalitiesView(AppContext(store, settings), LocalityService(store))
    qtbot.addWidget(view)
    view.new_locality()
    dialog = view.dialog
    dialog.name.setText("Obec")
    dialog.own_theme.setText("Ubytovny")
    qtbot.keyClick(dialog.own_theme, Qt.Key.Key_Return)
    assert dialog.isVisible() and view.dialog is dialog
    assert dialog.themes.item(dialog.themes.count() - 1).text() == "Ubytovny"
    assert LocalityService(store).list() == []


def test_a_refused_save_keeps_the_form_and_what_was_typed(qtbot, store, settings, tmp_path,
                                                          dialogs):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from obecdesk.store.paths import DB_FILENAME

    view = LocalitiesView(AppContext(store, settings), LocalityService(store))
    qtbot.addWidget(view)
    view.new_locality()
    dialog = view.dialog
    dialog.name.setText("Horní Žleb")
    locker = sqlite3.connect(tmp_path / "data" / DB_FILENAME, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        dialogs.answer(QMessageBox.StandardButton.Ok)
        save(qtbot, dialog)
    finally:
        locker.rollback()
        locker.close()
    assert dialogs.texts and "zamčená" in dialogs.texts[0]
    assert dialog.isVisible() and dialog.name.text() == "Horní Žleb"
    save(qtbot, dialog)  # the lock is gone: the same form saves
    assert [r.name for r in LocalityService(store).list()] == ["Horní Žleb"]
    assert not dialog.isVisible()


def test_the_highlighted_phase_follows_the_day(qtbot, ctx, services):
    view = LocalitiesView(ctx, services.localities)
    qtbot.addWidget(view)
    view.today = lambda: dt.date(2025, 5, 10)  # demo starts 1. 3. 2025: months 2–4 and 2–6
    view.reload()
    model = view.phase_model
    assert [r for r in range(model.rowCount()) if model.is_current(r)] == [1, 2]
    assert view.detail_labels["phase"].text().startswith("Situační analýza")
    view.today = lambda: dt.date(2030, 1, 1)
    view.reload()
    assert not any(model.is_current(r) for r in range(model.rowCount()))
