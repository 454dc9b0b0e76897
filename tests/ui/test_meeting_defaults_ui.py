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
