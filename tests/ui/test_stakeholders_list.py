"""The actor list and form: model cells, lazy fetching, server-side sort, search, filters, CRUD."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from stakeholders_support import make_view

from obecdesk.core.records import assign
from obecdesk.core.stakeholders.actor_fields import ActorData, derived_values
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME
from obecdesk.store.models import Actor
from obecdesk.ui.stakeholders.actor_columns import ActorColumn
from obecdesk.ui.stakeholders.actor_table_model import PAGE, ActorTableModel


@pytest.fixture
def view(ctx, services, qtbot):
    return make_view(ctx, services, qtbot)


def names(model: ActorTableModel) -> list[str]:
    return [model.index(row, ActorColumn.NAME).data() for row in range(model.rowCount())]


def row_of_name(model: ActorTableModel, name: str) -> int:
    return names(model).index(name)


def id_of_name(model: ActorTableModel, name: str) -> str:
    return model.actor_at(row_of_name(model, name)).id


def test_model_cells_show_czech_labels_and_signed_attitude(qapp, demo_store, demo_locality_id):
    model = ActorTableModel(ActorService(demo_store))
    model.set_filter(ActorFilter(demo_locality_id))
    assert model.rowCount() == 35
    row = row_of_name(model, "Petr Čureja")
    cell = lambda column: model.index(row, column).data()  # noqa: E731
    assert cell(ActorColumn.ORGANISATION) == "Městský úřad Dolní Bránice"
    assert cell(ActorColumn.SECTOR) == "veřejná správa"
    assert cell(ActorColumn.INFLUENCE) == "2"
    assert cell(ActorColumn.ATTITUDE) == "+2"
    assert cell(ActorColumn.DECISION_POWER) == ""
    fialova = row_of_name(model, "Božena Fialová")
    assert model.index(fialova, ActorColumn.ATTITUDE).data() == "−2"
    assert model.headerData(ActorColumn.NAME, Qt.Orientation.Horizontal) == "Jméno / název"


def test_sorting_is_done_by_the_service(qapp, demo_store, demo_locality_id):
    model = ActorTableModel(ActorService(demo_store))
    model.set_filter(ActorFilter(demo_locality_id))
    model.sort(ActorColumn.INFLUENCE, Qt.SortOrder.DescendingOrder)
    influences = [int(model.index(r, ActorColumn.INFLUENCE).data()) for r in range(35)]
    assert influences == sorted(influences, reverse=True)
    model.sort(ActorColumn.NAME, Qt.SortOrder.AscendingOrder)
    # Czech order, persons by surname without titles, organisations by name: Č after C, Ž last
    shown = names(model)
    assert shown[:6] == ["Ondřej Bártů", "Ing. arch. Lucie Benešová", "Bránické strojírny, a. s.",
                         "Mgr. Daniela Černá", "Petr Čureja", "Milan Dužda"]
    assert shown[-1] == "Bc. Kateřina Žáková"
    model.sort(ActorColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == shown[::-1]


def test_a_big_list_counts_every_row_and_reads_only_the_pages_shown(qapp, store, monkeypatch):
    from obecdesk.core.localities import LocalityData, LocalityService

    locality = LocalityService(store).create(LocalityData(name="Velké Město"))
    with store.unit_of_work() as session:
        for i in range(3 * PAGE + 50):
            actor = Actor(locality_id=locality.id, kind="organisation", name=f"Aktér {i:04d}")
            session.add(actor)
            assign(actor, derived_values(actor))
    far = ActorService(store).list(ActorFilter(locality.id), offset=PAGE + 7, limit=1)[0]
    offsets: list[int] = []
    original = ActorService.list
    monkeypatch.setattr(ActorService, "list", lambda self, flt, **kw: (
        offsets.append(kw["offset"]), original(self, flt, **kw))[1])
    model = ActorTableModel(ActorService(store))
    model.set_filter(ActorFilter(locality.id))
    # the scrollbar spans every actor before a single row is read
    assert model.total == model.rowCount() == 3 * PAGE + 50 and offsets == []
    assert model.index(3 * PAGE + 49, ActorColumn.NAME).data() == "Aktér 0649"
    assert model.index(3 * PAGE, ActorColumn.NAME).data() == "Aktér 0600"
    assert offsets == [3 * PAGE]  # the last page alone, once
    assert model.row_of(far.id) == PAGE + 7 and offsets == [3 * PAGE]  # counted, not read


def test_typing_a_search_without_diacritics_finds_the_actor(view, qtbot):
    qtbot.keyClicks(view.actor_list.search, "curej")
    qtbot.waitUntil(lambda: names(view.actor_list.model) == ["Petr Čureja"])
    assert view.actor_list.count_label.text() == "Aktérů: 1"
    view.actor_list.search.clear()
    assert view.actor_list.model.rowCount() == 35


def test_filters_by_sector_body_and_attitude(view, ctx):
    panel = view.actor_list
    panel.sector_filter.setCurrentIndex(panel.sector_filter.findData("school"))
    assert sorted(names(panel.model)) == ["Bc. Monika Jelínková", "PaedDr. Ivana Šebestová",
                                          "ZŠ Dolní Bránice, Školní 412"]
    panel.sector_filter.setCurrentIndex(0)
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id) if b.name == "PS Bydlení")
    panel.body_filter.setCurrentIndex(panel.body_filter.findData(body.id))
    assert panel.model.rowCount() == 10
    panel.attitude_filter.setCurrentIndex(panel.attitude_filter.findData(-1))
    assert sorted(names(panel.model)) == ["Ing. Zdeněk Havlíček", "Jaroslav Král",
                                          "MUDr. Karel Růžička"]


def test_create_an_actor_through_the_form(view, ctx, qtbot):
    panel = view.actor_list
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.name.setText("Mgr. Šárka Dvořáčková")
    dialog.form.sector.setCurrentIndex(dialog.form.sector.findData("ngo"))
    dialog.form.organisation.setCurrentIndex(dialog.form.organisation.findText("Spolek Šance pro Výšinu, z. s."))
    dialog.form.role.setEditText("terénní sociální práce")
    dialog.form.influence.setValue(4)
    dialog.form.attitude.setCurrentIndex(dialog.form.attitude.findData(1))
    dialog.form.decision_power.setChecked(True)
    dialog.form.personal.legal_basis.setEditText("souhlas")
    dialog.form.personal.consent_given.setChecked(True)
    dialog.form.personal.purpose.setText("členství v PS Bydlení")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = ActorService(ctx.store).list(ActorFilter(ctx.locality_id, search="sarka"))
    assert len(stored) == 1
    actor = stored[0]
    assert (actor.sector, actor.role, actor.influence, actor.attitude) == (
        "ngo", "terénní sociální práce", 4, 1)
    assert actor.organisation_name == "Spolek Šance pro Výšinu, z. s."
    assert actor.organisation_id is not None and actor.decision_power
    assert actor.legal_basis == "souhlas" and actor.consent_date is not None
    assert panel.selected_actor().id == actor.id  # the new actor is selected in the list
    assert "Šárka" in panel.detail.toPlainText()


def test_form_without_a_name_stays_open_and_writes_nothing(view, ctx, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.Ok)
    panel = view.actor_list
    panel.new_actor()
    panel.dialog.accept()
    assert panel.dialog.isVisible()
    assert dialogs.texts == ["Aktér musí mít jméno nebo název."]
    assert ActorService(ctx.store).count(ActorFilter(ctx.locality_id)) == 35


def test_edit_an_actor_and_the_list_follows(view, ctx):
    panel = view.actor_list
    panel.select_actor(id_of_name(panel.model, "Petr Čureja"))
    panel.edit_actor()
    panel.dialog.form.influence.setValue(5)
    panel.dialog.accept()
    row = row_of_name(panel.model, "Petr Čureja")
    assert panel.model.index(row, ActorColumn.INFLUENCE).data() == "5"


def test_saving_the_form_keeps_what_changed_meanwhile(view, ctx):
    """The form of Petr Čureja is open; his role changes elsewhere (another window, a sync);
    the user changes the influence and saves: the new role stays."""
    panel = view.actor_list
    actor_id = id_of_name(panel.model, "Petr Čureja")
    panel.select_actor(actor_id)
    panel.edit_actor()
    service = ActorService(ctx.store)
    service.update(actor_id, replace(service.get(actor_id).data(), role="OSPOD"))
    panel.dialog.form.influence.setValue(5)
    panel.dialog.accept()
    stored = service.get(actor_id)
    assert (stored.role, stored.influence) == ("OSPOD", 5)


def test_a_change_elsewhere_refreshes_the_list(view, ctx):
    ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Nový Zastupitel"))
    assert "Nový Zastupitel" in names(view.actor_list.model)


def test_erase_personal_data_from_the_form(view, ctx, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
    panel = view.actor_list
    actor_id = id_of_name(panel.model, "Mgr. Jana Šimková")
    with ctx.store.unit_of_work() as session:
        from obecdesk.store.models import Decision, Meeting
        meeting = session.query(Meeting).first()
        session.add(Decision(meeting_id=meeting.id, year=2025, number=98, code="Y 2025/98",
                             text="Úkol pro Mgr. Jana Šimková."))
    panel.select_actor(actor_id)
    panel.edit_actor()
    assert panel.dialog.erase_button.isEnabled()
    panel.dialog.erase_button.click()
    erased = ActorService(ctx.store).get(actor_id)
    assert erased.erased and erased.name == ANONYMOUS_NAME and erased.email == ""
    assert [asked.kind for asked in dialogs.asked] == ["QMessageBox.exec", "QMessageBox.information"]
    assert "Mgr. Jana Šimková" in dialogs.texts[0]
    assert "zápisů, usnesení nebo úkolů" in dialogs.texts[1]


def test_erasure_needs_confirmation(view, ctx, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.Cancel)
    panel = view.actor_list
    actor_id = id_of_name(panel.model, "Petr Čureja")
    panel.select_actor(actor_id)
    panel.edit_actor()
    panel.dialog.erase_button.click()
    assert ActorService(ctx.store).get(actor_id).name == "Petr Čureja"


def test_export_everything_about_a_person(view, ctx, tmp_path, dialogs):
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "cureja.txt"
    dialogs.answer((str(target), ""), QMessageBox.StandardButton.Ok)
    panel = view.actor_list
    panel.select_actor(id_of_name(panel.model, "Petr Čureja"))
    panel.edit_actor()
    panel.dialog.export_button.click()
    text = target.read_text(encoding="utf-8")
    assert "Petr Čureja" in text and "PS Vzdělávání" in text


def test_organisations_have_no_personal_data_section(view):
    panel = view.actor_list
    panel.select_actor(id_of_name(panel.model, "Městský úřad Dolní Bránice"))
    panel.edit_actor()
    assert panel.dialog.form.personal.isHidden()
    assert not panel.dialog.erase_button.isEnabled()


def test_cancel_with_typed_changes_asks_first(view, ctx, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    panel = view.actor_list
    panel.new_actor()
    dialog = panel.dialog
    dialog.form.name.setText("Rozepsaná Aktérka")
    dialog.reject()
    assert dialog.isVisible()  # "No" keeps the typed work
    assert [asked.title for asked in dialogs.asked] == ["Zahodit změny"]
    dialog.reject()
    assert not dialog.isVisible()
    assert ActorService(ctx.store).count(ActorFilter(ctx.locality_id, search="rozepsana")) == 0


def test_choosing_an_organisation_offers_its_sector(view):
    panel = view.actor_list
    panel.new_actor()
    dialog = panel.dialog
    assert dialog.form.sector.currentData() == "other"
    dialog.form.organisation.setCurrentIndex(dialog.form.organisation.findText("Oblastní charita Bránice"))
    assert dialog.form.sector.currentData() == "social_services"
    dialog.form.sector.setCurrentIndex(dialog.form.sector.findData("church"))
    dialog.form.organisation.setCurrentIndex(dialog.form.organisation.findText("Bránické strojírny, a. s."))
    assert dialog.form.sector.currentData() == "church"  # a sector the user chose stays


def test_keyboard_search_and_edit(view, qtbot):
    panel = view.actor_list
    qtbot.waitExposed(view)
    view.activateWindow()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "sebest")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.dialog is not None and panel.dialog.form.name.text() == "PaedDr. Ivana Šebestová"


def test_delete_an_actor_after_confirmation(view, ctx, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.Yes)
    panel = view.actor_list
    panel.select_actor(id_of_name(panel.model, "Božena Fialová"))
    panel.delete_button.click()
    assert "Božena Fialová" not in names(panel.model)
    assert ActorService(ctx.store).count(ActorFilter(ctx.locality_id)) == 34


def test_the_form_of_an_erased_person_is_read_only(view, ctx):
    from obecdesk.core.stakeholders.gdpr import PersonalDataService

    panel = view.actor_list
    actor_id = id_of_name(panel.model, "Petr Čureja")
    PersonalDataService(ctx.store).erase(actor_id)
    panel.select_actor(actor_id)
    panel.edit_actor()
    dialog = panel.dialog
    assert not dialog.form.name.isEnabled() and not dialog.form.influence.isEnabled()
    assert dialog.form.notes.isReadOnly()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert "nelze měnit" in dialog.findChild(QLabel, "erased-notice").text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_deleting_the_filtered_body_falls_back_to_all_bodies(view, ctx):
    panel = view.actor_list
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id) if b.name == "PS Bydlení")
    panel.body_filter.setCurrentIndex(panel.body_filter.findData(body.id))
    assert panel.model.rowCount() == 10
    BodyService(ctx.store).delete(body.id)
    assert panel.body_filter.currentData() is None
    assert panel.current_filter().body_id is None
    assert panel.model.rowCount() == 35


def test_a_change_re_reads_only_the_changed_rows_and_saving_refreshes_once(
    view, ctx, qtbot, monkeypatch
):
    from obecdesk.core.text import actor_search_text

    with ctx.store.unit_of_work() as session:
        for n in range(2 * PAGE):
            name = f"Hromadný Aktér {n:04d}"
            session.add(Actor(locality_id=ctx.locality_id, name=name,
                              search_text=actor_search_text(name)))
    model = view.actor_list.model
    assert model.rowCount() == 2 * PAGE + 35
    model.actor_at(model.rowCount() - 1)  # the last page is in memory, as if scrolled to
    pages_read: list[int | None] = []
    original = ActorService.list
    def spy(self, flt, **kw):
        if flt.kind is None:  # the table's reads, not the form's list of organisations
            pages_read.append(kw.get("limit"))
        return original(self, flt, **kw)

    monkeypatch.setattr(ActorService, "list", spy)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))

    far = model.actor_at(model.rowCount() - 1)
    data = far.data()
    data.role = "pozdě načtený"
    ActorService(ctx.store).update(far.id, data)
    assert pages_read == [] and resets == []
    assert model.index(model.rowCount() - 1, ActorColumn.ROLE).data() == "pozdě načtený"

    new = ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Áda Nová"))
    assert len(resets) == 1  # a new actor: counted again, pages read as they are shown
    assert model.index(0, ActorColumn.NAME).data()
    assert set(pages_read) == {PAGE} and len(pages_read) <= 2  # the first page, the selected one
    assert model.actor_at(model.row_of(new.id)).name == "Áda Nová"

    view.actor_list.select_actor(model.actor_at(0).id)
    before = len(pages_read)
    view.actor_list.edit_actor()
    dialog = view.actor_list.dialog
    dialog.form.role.setEditText("upraveno ve formuláři")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(resets) == 1 and len(pages_read) == before  # only the saved row was re-read
    assert model.index(0, ActorColumn.ROLE).data() == "upraveno ve formuláři"


def test_persons_without_legal_basis_are_marked_in_list_and_card(view, ctx):
    ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Bez Základu"))
    panel = view.actor_list
    row = panel.model.row_of(id_of_name(panel.model, "Bez Základu"))
    index = panel.model.index(row, ActorColumn.NAME)
    assert "chybí právní základ" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    panel.select_actor(panel.model.actor_at(row).id)
    assert "chybí právní základ" in panel.detail.toPlainText()


def test_search_waits_for_a_pause_in_typing(view, qtbot):
    panel = view.actor_list
    searches = []
    panel.filters.changed.connect(lambda: searches.append(panel.search.text()))
    qtbot.keyClicks(panel.search, "simk")
    qtbot.waitUntil(lambda: searches == ["simk"])  # one query after the pause, none per letter
    assert names(panel.model) == ["Mgr. Jana Šimková"]
    panel.filters._search_timer.setInterval(60_000)  # a pause that never ends in this test
    qtbot.keyClicks(panel.search, "ova")
    assert searches == ["simk"]
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # Enter searches at once
    assert searches == ["simk", "simkova"]


def test_after_an_erasure_older_backups_are_offered_for_deletion(view, ctx, dialogs):
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from obecdesk.store.backup import backup_sqlite

    actor = ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Tereza Nová"))
    backup = backup_sqlite(Path(ctx.store.location), reason="test")  # still holds Tereza
    panel = view.actor_list
    dialogs.answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes)
    panel.select_actor(actor.id)
    panel.edit_actor()
    panel.dialog.erase_button.click()
    assert ActorService(ctx.store).get(actor.id).erased
    assert "Zálohy databáze pořízené před výmazem (1)" in dialogs.texts[1]
    assert "backups purge --before-erasure" in dialogs.texts[1]
    assert not backup.exists()
