"""Nastavení → Já: the coordinator picks (or creates) themself among the actors; then
"Moje otevřené úkoly" are theirs (everyone's one click away) and "já" heads the task owners."""

from __future__ import annotations

from meetings_support import TODAY, make_view, open_titled
from PySide6.QtGui import QAction

from obecdesk.ui.main_window import MainWindow
from obecdesk.ui.meetings.actions_model import Column as ActionColumn


def open_profile(qtbot, ctx, services):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "profile-action")
    assert action.text().replace("&", "") == "Já…"
    action.trigger()
    return window, window.profile_dialog


def test_pick_myself_and_see_my_tasks(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    view.pages.setCurrentWidget(view.tasks_page)
    page = view.tasks_page
    everyone = page.model.rowCount()
    assert page.owner.currentText() == "všichni"  # no profile yet: everyone's, and a hint
    assert "Nastavení → Já" in page.owner.toolTip()

    _window, dialog = open_profile(qtbot, ctx, services)
    assert dialog.isVisible()
    tereza = services.actors.same_name(ctx.locality_id, "Tereza Novotná")[0]
    assert dialog.picker.findData(services.actors.same_name(
        ctx.locality_id, "Městský úřad Dolní Bránice")[0].id) < 0  # persons only
    dialog.picker.setCurrentIndex(dialog.picker.findData(tereza.id))
    dialog.accept()
    assert not dialog.isVisible()
    assert services.profile.me(ctx.locality_id).name == "Mgr. Tereza Novotná"

    # the change broadcast reloaded the page: mine first
    assert page.owner.currentText() == "moje"
    assert page.summary.text() == "Mých otevřených úkolů: 1, z toho po termínu: 1"
    assert [page.model.row_at(r).text for r in range(page.model.rowCount())] == [
        "Svolat pracovní skupiny k revizi opatření"]
    page.owner.setCurrentIndex(page.owner.findText("všichni"))
    page.owner.activated.emit(page.owner.currentIndex())
    assert page.model.rowCount() == everyone
    owner = page.model.row_at(0).owner_name
    page.owner.setCurrentIndex(page.owner.findText(owner))
    page.owner.activated.emit(page.owner.currentIndex())
    assert {page.model.row_at(r).owner_name for r in range(page.model.rowCount())} == {owner}


def test_a_task_can_be_given_to_me(qtbot, ctx, services):
    tereza = services.actors.same_name(ctx.locality_id, "Tereza Novotná")[0]
    services.profile.set_me(ctx.locality_id, tereza.id)
    view = make_view(qtbot, ctx, services)
    open_titled(view, "PS Bydlení – revize opatření")
    editor = view.editor
    choices = editor.minutes.owner_delegate.choices
    assert choices[1] == (tereza.id, "já – Mgr. Tereza Novotná")  # after "— nikdo —"
    editor.minutes.add_action()
    row = editor.actions_model.rowCount() - 1
    editor.actions_model.setData(editor.actions_model.index(row, ActionColumn.OWNER), tereza.id)
    assert editor.save()
    mine = services.profile.my_open_tasks(TODAY)
    assert "Nový úkol" in [t.text for t in mine]


def test_create_myself_as_an_actor(qtbot, ctx, services, dialogs):
    from obecdesk.core.localities import LocalityData

    other = services.localities.create(LocalityData(name="Horní Lhota",
                                                    coordinator="Bc. Petra Malá"))
    ctx.set_locality(other.id)
    _window, dialog = open_profile(qtbot, ctx, services)
    dialog.create_button.click()
    created = dialog.create_dialog
    assert created.form.name.text() == "Bc. Petra Malá"  # the locality's coordinator
    created.accept()
    assert dialog.picker.currentText().startswith("Bc. Petra Malá")
    dialog.accept()
    assert services.profile.me(other.id).name == "Bc. Petra Malá"
