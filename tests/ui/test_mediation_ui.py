"""The Mediace screen over the acute demo: the case with its parties and result, and notes
that say plainly whether their text stays on this laptop; sharing one moves it over."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.mediation.models import NoteCol
from obecdesk.ui.mediation.view import MediationView


@pytest.fixture
def view(qtbot, ctx, services):
    ctx.set_locality(acute_locality_id())
    widget = MediationView(ctx, services)
    qtbot.addWidget(widget)
    return widget


def _notes(view) -> list[tuple[str, str]]:
    model = view.notes_panel.model
    return [(model.index(r, NoteCol.WHERE).data(), model.index(r, NoteCol.TEXT).data())
            for r in range(model.rowCount())]


def test_the_case_shows_parties_result_and_the_rules(view):
    facts = view.case_panel.facts.text()
    assert "Petiční výbor × obyvatelé ubytovny" in facts and "částečná dohoda" in facts
    assert "Mluví vždy jen jeden" in facts
    parties = view.case_panel.parties_model
    assert parties.index(0, 1).data() == "Vlasta Jandová"
    assert view.sessions_model.rowCount() == 2


def test_notes_say_where_their_text_lives_and_sharing_moves_it(view, services):
    where = dict((text[:20], place) for place, text in _notes(view))
    assert where["Paní Jandová mimo zá"] == "jen v tomto počítači"
    assert where["Obě strany souhlasí,"] == "sdílená (odchází v balíčku)"
    local = next(r for r, (place, _t) in enumerate(_notes(view)) if place.startswith("jen"))
    view.notes_panel.table.selectRow(local)
    assert view.notes_panel.share.text() == "Sdílet poznámku" and view.notes_panel.share.isEnabled()
    view.notes_panel.share.click()
    assert all(place.startswith("sdílená") for place, _t in _notes(view))
    assert view.notes_panel.share.text() == "Přestat sdílet"  # the same note is still chosen
    case = view.current_case()
    assert all(n.shared for n in services.mediation_notes.of_case(case.id))


def test_a_new_note_is_local_unless_ticked_and_an_empty_one_is_refused(view, services, dialogs):
    def fill(dialog):
        assert not dialog.shared.isChecked()
        dialog.accept()  # empty: refused, the form stays open
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.text.setPlainText("Pan Štěpánek slíbil domovní řád do pátku")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(fill, QMessageBox.StandardButton.Ok)
    view.tabs.setCurrentIndex(2)
    view.notes_panel.edit_note(new=True)
    assert ("jen v tomto počítači", "Pan Štěpánek slíbil domovní řád do pátku") in _notes(view)
    assert "prázdná" in dialogs.texts[1]


def test_a_colleagues_confidential_note_shows_no_text_and_cannot_be_shared(view, services,
                                                                            demo_store):
    from obecdesk.store.models import MediationNote

    case = view.current_case()
    with demo_store.unit_of_work() as session:  # what a bundle from a colleague leaves here
        session.add(MediationNote(locality_id=case.locality_id, case_id=case.id,
                                  written_on=case.data.opened_on, author="Bc. Petr Souček"))
    row = next(r for r, (place, _t) in enumerate(_notes(view)) if "jiného" in place)
    assert _notes(view)[row][1] == "Text zůstal v počítači autora."
    view.notes_panel.table.selectRow(row)
    assert not view.notes_panel.share.isEnabled()


def test_deleting_a_note_forgets_its_text_here_too(view, services, dialogs, demo_store):
    from sqlalchemy import select

    from obecdesk.store.models import MediationNote

    local = next(r for r, (place, _t) in enumerate(_notes(view)) if place.startswith("jen"))
    view.notes_panel.table.selectRow(local)
    dialogs.answer(QMessageBox.StandardButton.Yes)
    view.notes_panel.delete.click()
    assert all(not place.startswith("jen") for place, _t in _notes(view))
    with demo_store.reading() as session:
        texts = session.scalars(select(MediationNote.text)).all()
    assert not any("tlaku souseda" in t for t in texts)
