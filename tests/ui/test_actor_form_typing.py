"""The actor form saves typing: "Uložit a další", and the import's checks while typing (an odd
e-mail, a person already on file) with a button that opens the existing record."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from stakeholders_support import make_view

from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService

ORG = "Spolek Šance pro Výšinu, z. s."


@pytest.fixture
def view(ctx, services, qtbot):
    return make_view(ctx, services, qtbot)


def new_actor_dialog(view):
    panel = view.actor_list
    panel.new_button.click()
    return panel.dialog


def test_save_and_next_keeps_the_organisation_and_clears_the_person(view, ctx):
    dialog = new_actor_dialog(view)
    form = dialog.form
    form.organisation.setCurrentIndex(form.organisation.findText(ORG))
    form.sector.setCurrentIndex(form.sector.findData("ngo"))
    form.personal.legal_basis.setEditText("oprávněný zájem")
    form.personal.purpose.setText("členství v PS Bydlení")
    for name, email in (("Mgr. Šárka Dvořáčková", "sarka@sance.cz"),
                        ("Ondřej Pokorný", "ondrej@sance.cz")):
        form.name.setText(name)
        form.email.setText(email)
        dialog.next_button.click()
        assert dialog.isVisible()
        assert form.name.text() == "" and form.email.text() == ""
        assert form.organisation.currentText() == ORG
        assert form.sector.currentData() == "ngo"
        assert form.personal.purpose.text() == "členství v PS Bydlení"
        assert name in dialog.status.text()
    assert not dialog.has_changes()  # nothing typed for the third yet: closing asks nothing
    dialog.reject()
    assert not dialog.isVisible()
    people = ActorService(ctx.store).list(ActorFilter(ctx.locality_id, search="sance.cz"))
    assert sorted(p.name for p in people) == ["Mgr. Šárka Dvořáčková", "Ondřej Pokorný"]
    assert all(p.organisation_name == ORG and p.organisation_id and p.sector == "ngo"
               and p.legal_basis == "oprávněný zájem" for p in people)


def test_an_odd_email_is_shown_and_asked_about(view, ctx, dialogs):
    dialog = new_actor_dialog(view)
    dialog.form.name.setText("Karel Nový")
    dialog.form.email.setText("karel.novy@seznam")
    dialog.warnings.check_now()
    assert dialog.warnings.email_label.isVisibleTo(dialog)
    assert "nevypadá platně" in dialog.warnings.email_label.text()
    dialogs.answer(QMessageBox.StandardButton.No)
    dialog.accept()
    assert dialog.isVisible()
    assert "karel.novy@seznam" in dialogs.texts[0]
    assert not ActorService(ctx.store).same_name(ctx.locality_id, "Karel Nový")
    dialog.form.email.setText("karel.novy@seznam.cz")
    dialog.accept()  # nothing left to ask about
    assert not dialog.isVisible()
    assert ActorService(ctx.store).same_name(ctx.locality_id, "Karel Nový")[0].email == (
        "karel.novy@seznam.cz")


def test_a_possible_duplicate_links_to_the_existing_record(view, ctx, qtbot, dialogs):
    existing = next(a for a in ActorService(ctx.store).list(ActorFilter(ctx.locality_id))
                    if a.name == "Ing. Pavel Kučera")
    dialog = new_actor_dialog(view)
    dialog.form.name.setText("Kučera Pavel")  # no title, the other word order
    qtbot.waitUntil(lambda: dialog.warnings.duplicate_label.isVisibleTo(dialog))
    assert "Ing. Pavel Kučera" in dialog.warnings.duplicate_label.text()
    [button] = dialog.warnings.buttons
    button.click()
    assert dialog.existing is not None and dialog.existing.isVisible()
    assert dialog.existing.actor.id == existing.id
    assert dialog.existing.form.name.text() == "Ing. Pavel Kučera"
    dialog.existing.reject()
    assert dialog.isVisible() and dialog.form.name.text() == "Kučera Pavel"  # typing kept
    dialogs.answer(QMessageBox.StandardButton.No)
    dialog.accept()  # "Přesto uložit?" – no
    assert "Možná duplicita" in dialogs.texts[0]
    assert len(ActorService(ctx.store).same_name(ctx.locality_id, "Pavel Kučera")) == 1


def test_editing_an_actor_does_not_warn_about_itself(view, ctx):
    panel = view.actor_list
    actor = ActorService(ctx.store).same_name(ctx.locality_id, "Jana Šimková")[0]
    panel.select_actor(actor.id)
    panel.edit_actor()
    dialog = panel.dialog
    assert not dialog.warnings.isVisibleTo(dialog)
    dialog.form.phone.setText("777 123 456")
    dialog.accept()  # nothing asked
    assert not dialog.isVisible()
