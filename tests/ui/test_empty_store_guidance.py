"""Before the first locality exists, Aktéři and Jednání say what to do and offer the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from obecdesk.core.localities import LocalityService
from obecdesk.ui.context import AppContext
from obecdesk.ui.main_window import MainWindow
from obecdesk.ui.services import build_services


def _empty_window(qtbot, store, settings) -> tuple[MainWindow, AppContext]:
    ctx = AppContext(store, settings)
    window = MainWindow(ctx, build_services(store))
    qtbot.addWidget(window)
    window.show()
    return window, ctx


def test_akteri_and_jednani_explain_and_offer_a_new_locality(qtbot, store, settings):
    window, ctx = _empty_window(qtbot, store, settings)
    for key in ("stakeholders", "meetings"):
        view = window.show_capability(key)
        assert view.gate.currentWidget() is view.gate.no_locality
        page = view.gate.no_locality
        assert page.isVisible()
        button = page.findChild(QPushButton, "no-locality-new")
        assert button.text() == "Nová lokalita…" and button.isEnabled()
        # no disabled buttons over an empty screen are left to puzzle over
        assert not [b for b in view.findChildren(QPushButton)
                    if b.isVisible() and not b.isEnabled()]

    # the form opens right there; the new locality becomes the one worked on
    view = window.show_capability("meetings")
    qtbot.mouseClick(view.gate.no_locality.new_button, Qt.MouseButton.LeftButton)
    dialog = view.gate.no_locality.dialog
    dialog.name.setText("Horní Lhota")
    dialog.accept()
    created = LocalityService(store).list()
    assert [loc.name for loc in created] == ["Horní Lhota"]
    assert ctx.locality_id == created[0].id
    assert window.locality_switcher.currentText() == "Horní Lhota"
    assert view.gate.currentWidget() is view.pages
    assert view.list_panel.new_button.isEnabled()
    assert not view.list_panel.delete_button.isEnabled()  # nothing to delete yet
    stakeholders = window.show_capability("stakeholders")
    assert stakeholders.gate.currentWidget() is stakeholders.tabs


def test_no_empty_meeting_form_with_a_made_up_date(qtbot, ctx, services):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    window.show()
    view = window.show_capability("meetings")
    view.editor.clear()
    assert not view.editor.tabs.isVisible()
    assert not view.editor.basics.isVisible()
    assert "Vyberte jednání" in view.editor.heading.text()
