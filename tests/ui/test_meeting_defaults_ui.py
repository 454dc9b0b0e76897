"""Nové jednání of a body offers to start from its last meeting and shows what it copies."""

from __future__ import annotations

import datetime as dt

from meetings_support import make_view
from PySide6.QtCore import QDate

from obecdesk.ui.meetings.new_meeting_dialog import NewMeetingDialog


def new_dialog(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    dialog = NewMeetingDialog(view.service, ctx.locality_id, view.bodies.list(ctx.locality_id))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("body"))
    dialog.body.setCurrentIndex(dialog.body.findText("PS Vzdělávání"))
    dialog.date.setDate(QDate(2027, 1, 14))
    return dialog


def test_the_last_meetings_place_time_and_people_are_offered_and_copied(qtbot, ctx, services):
    dialog = new_dialog(qtbot, ctx, services)
    assert dialog.copy_last.isVisibleTo(dialog) and dialog.copy_last.isChecked()
    assert "14. 5. 2025" in dialog.copy_last.text()
    assert "ZŠ Dolní Bránice, sborovna" in dialog.last_details.text()
    assert "Bc. Monika Jelínková" in dialog.last_details.text()
    assert (dialog.start.value(), dialog.end.value()) == (dt.time(13, 30), dt.time(15, 0))
    dialog.accept()
    created = dialog.created
    assert created.place == "ZŠ Dolní Bránice, sborovna"
    assert (created.facilitator, created.minute_taker) == ("Mgr. Tereza Novotná",
                                                           "Bc. Monika Jelínková")


def test_unticked_nothing_is_copied(qtbot, ctx, services):
    dialog = new_dialog(qtbot, ctx, services)
    dialog.copy_last.setChecked(False)
    assert not dialog.last_details.isVisibleTo(dialog)
    dialog.accept()
    assert (dialog.created.place, dialog.created.facilitator) == ("", "")


def test_a_body_without_meetings_offers_nothing(qtbot, ctx, services):
    dialog = new_dialog(qtbot, ctx, services)
    dialog.kind.setCurrentIndex(dialog.kind.findData("public"))
    assert not dialog.copy_last.isVisibleTo(dialog)


def test_facilitator_and_minute_taker_are_picked_from_people_or_typed(qtbot, ctx, services):
    from meetings_support import open_titled

    view = make_view(qtbot, ctx, services)
    open_titled(view, "PS Bydlení – revize opatření")
    basics = view.editor.basics
    offered = [basics.facilitator.itemText(i) for i in range(basics.facilitator.count())]
    assert "Mgr. Tereza Novotná" in offered and "Milan Dužda" in offered
    assert "Městský úřad Dolní Bránice" not in offered  # persons only
    assert basics.facilitator.text() == "Mgr. Tereza Novotná"
    completer = basics.minute_taker.completer()
    completer.setCompletionPrefix("dužd")  # any part of the name
    assert completer.currentCompletion() == "Milan Dužda"
    basics.minute_taker.setCurrentIndex(basics.minute_taker.findText("Milan Dužda"))
    basics.minute_taker.textActivated.emit("Milan Dužda")
    assert view.editor.is_dirty()
    basics.facilitator.setText("PhDr. Alena Vnější (externí facilitátorka)")  # an outsider
    assert view.editor.save()
    stored = services.meetings.get(view.editor.meeting_id)
    assert (stored.facilitator, stored.minute_taker) == (
        "PhDr. Alena Vnější (externí facilitátorka)", "Milan Dužda")
