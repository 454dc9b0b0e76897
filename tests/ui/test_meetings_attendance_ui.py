"""Invitations and attendance: defaults from the body, marking who came, guests, head counts."""

import datetime as dt

from meetings_support import click, make_view, meeting_titled, open_titled
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.ui.meetings.attendance_model import Column
from obecdesk.ui.meetings.new_meeting_dialog import NewMeetingDialog

PLANNED = "PS Bydlení – revize opatření"


def test_new_meeting_for_a_body_invites_its_members(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    seen = {}

    def fill_and_accept(dialog: NewMeetingDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("body"))
        dialog.body.setCurrentIndex(dialog.body.findText("PS Vzdělávání"))
        assert dialog.title.text() == "Jednání: PS Vzdělávání"
        dialog.title.setText("PS Vzdělávání – příměstský tábor")
        dialog.date.setDate(QDate(2026, 12, 10))
        dialog.copy_last.setChecked(False)  # members only (copying the last meeting: its own test)
        seen["dialog"] = dialog
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(fill_and_accept)
    click(qtbot, view.list_panel.new_button)

    created = meeting_titled(ctx, "PS Vzdělávání – příměstský tábor")
    assert view.editor.meeting_id == created.id
    assert view.list_panel.selected_id() == created.id
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id) if b.name == "PS Vzdělávání")
    members = {m.actor_name for m in BodyService(ctx.store).members(body.id)}
    invitations = view.editor.invitations
    shown = {invitations.proxy.index(r, 0).data() for r in range(invitations.proxy.rowCount())}
    assert shown == members and len(members) == 6
    assert invitations.count_label.text() == "Pozváno: 6"
    assert view.editor.basics.body.currentText() == "PS Vzdělávání"


def test_a_meeting_without_a_title_is_not_created(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    before = len(MeetingService(ctx.store).list(ctx.locality_id))
    dialog = NewMeetingDialog(view.service, ctx.locality_id, view.bodies.list(ctx.locality_id))
    qtbot.addWidget(dialog)
    dialog.title.setText("  ")
    dialogs.answer(QMessageBox.StandardButton.Ok)
    dialog.accept()
    assert dialogs.texts == ["Jednání musí mít název."]
    assert dialog.created is None
    assert len(MeetingService(ctx.store).list(ctx.locality_id)) == before


def test_mark_attendance_add_a_guest_and_see_it_stored(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)
    editor = view.editor
    model = editor.attendance_model
    tab = editor.attendance
    editor.tabs.setCurrentWidget(tab)
    names = [model.row_at(r).name for r in range(model.rowCount())]
    first, second, third = names[:3]

    model.setData(model.index(0, Column.PRESENT), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(1, Column.EXCUSED), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(2, Column.ABSENT), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    # the columns act like radio buttons: ticking "present" unticks "excused"
    model.setData(model.index(1, Column.PRESENT), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert model.index(1, Column.EXCUSED).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert tab.summary.text().startswith("Přítomno 2 · omluveno 0 · nepřítomno 1")

    tab.guest_name.setText("Ing. Ilona Straková")
    tab.guest_organisation.setText("Krajský úřad Ústeckého kraje")
    click(qtbot, tab.findChild(type(editor.save_button), "add-guest"))
    assert model.row_at(model.rowCount() - 1).is_guest
    assert tab.summary.text().startswith("Přítomno 3")
    assert not tab.head_box.isVisibleTo(tab)  # a body meeting records names, not heads
    click(qtbot, editor.save_button)

    stored = {a.name: a for a in MeetingService(ctx.store).attendance.list(meeting.id)}
    assert stored[first].status == "present"
    assert stored[second].status == "present"
    assert stored[third].status == "absent"
    guest = stored["Ing. Ilona Straková"]
    assert guest.is_guest and guest.organisation == "Krajský úřad Ústeckého kraje"
    assert guest.status == "present"
    assert not editor.is_dirty()


def test_remove_an_invitee_and_record_the_sent_date(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)
    tab = view.editor.invitations
    removed = tab.proxy.index(0, 0).data()
    tab.table.selectRow(0)
    click(qtbot, tab.findChild(type(view.editor.save_button), "remove-invitee"))
    picker = tab.actor_combo
    picker.setCurrentIndex(picker.findText("Ing. Pavel Kučera", Qt.MatchFlag.MatchStartsWith))
    click(qtbot, tab.findChild(type(view.editor.save_button), "add-invitee"))
    tab.sent_on.setDate(QDate(2026, 11, 20))
    click(qtbot, view.editor.save_button)
    detail = MeetingService(ctx.store).detail(meeting.id)
    names = {a.name for a in detail.invitees}
    assert removed not in names and "Ing. Pavel Kučera" in names
    assert str(detail.meeting.invitations_sent_on) == "2026-11-20"


def test_a_sent_date_recorded_by_mistake_can_be_cleared(qtbot, ctx, services):
    meeting = meeting_titled(ctx, PLANNED)
    MeetingService(ctx.store).mark_invitations_sent(meeting.id, dt.date(2026, 11, 20))
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    tab = view.editor.invitations
    assert tab.sent_on.text() == "20. 11. 2026"
    click(qtbot, tab.clear_sent_on)
    assert tab.sent_on.text() == "—" and view.editor.is_dirty()
    click(qtbot, view.editor.save_button)
    assert MeetingService(ctx.store).get(meeting.id).invitations_sent_on is None
    assert tab.sent_on_value() is None and not view.editor.is_dirty()


def test_public_meeting_records_a_head_count(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)

    def public(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("public"))
        dialog.title.setText("Veřejné setkání k bezpečnosti v Nádražní ulici")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(public)
    click(qtbot, view.list_panel.new_button)
    tab = view.editor.attendance
    assert tab.head_box.isVisibleTo(tab)
    assert view.editor.attendance_model.rowCount() == 0
    tab.head_count.setValue(46)
    click(qtbot, view.editor.save_button)
    assert MeetingService(ctx.store).get(view.editor.meeting_id).head_count == 46


def test_moving_an_uninvited_meeting_to_a_body_invites_its_members(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)

    def round_table(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("round_table"))
        dialog.title.setText("Kulatý stůl k zaměstnanosti")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(round_table)
    click(qtbot, view.list_panel.new_button)
    basics = view.editor.basics
    assert view.editor.attendance_model.rowCount() == 0 and not basics.body.isEnabled()
    basics.kind.setCurrentIndex(basics.kind.findData("body"))
    basics.body.setCurrentIndex(basics.body.findText("PS Zaměstnanost a dluhy"))
    assert view.editor.invitations.proxy.rowCount() == 5
    assert view.editor.is_dirty()
    click(qtbot, view.editor.save_button)
    detail = MeetingService(ctx.store).detail(view.editor.meeting_id)
    assert detail.meeting.body_name == "PS Zaměstnanost a dluhy" and len(detail.invitees) == 5


def test_an_actor_added_while_the_editor_is_open_can_be_invited_at_the_next_meeting(
        qtbot, ctx, services):
    from obecdesk.core.stakeholders.actor_fields import ActorData

    view = make_view(qtbot, ctx, services)
    first, second = MeetingService(ctx.store).list(ctx.locality_id)[:2]
    assert view.list_panel.select(first.id)
    picker = view.editor.invitations.actor_combo
    assert picker.findText("Zdeňka Nováčková", Qt.MatchFlag.MatchStartsWith) < 0
    services.actors.create(ctx.locality_id, ActorData(name="Zdeňka Nováčková"))
    assert view.list_panel.select(second.id)
    assert picker.findText("Zdeňka Nováčková", Qt.MatchFlag.MatchStartsWith) >= 0
