"""The editor saves its draft in one transaction: a refused value stores nothing, keeps the typing."""

from meetings_support import make_view, open_titled
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from obecdesk.core.meetings.draft_rows import AttendanceRow
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.store.models import ActionItem, Actor, AgendaItem, Attendance, Decision, Meeting
from obecdesk.ui.meetings.actions_model import Column as ActionColumn

PLANNED = "PS Bydlení – revize opatření"
PARTS = (Meeting, AgendaItem, Attendance, Decision, ActionItem)


def snapshot(store) -> dict:
    """Row counts and every row's stamp of the meeting tables."""
    with store.reading() as session:
        return {model.__name__: (session.scalar(select(func.count()).select_from(model)),
                                 dict(session.execute(select(model.id, model.updated_at)).all()))
                for model in PARTS}


def test_a_refused_last_part_stores_nothing_and_keeps_the_typing(qtbot, ctx, services,
                                                                  dialogs):
    """The action item's owner was deleted elsewhere while the user typed: the whole save is
    refused, the header, agenda and attendance edits made before it are not stored either, and
    every typed value is still in the editor to fix and save again."""
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)
    editor = view.editor
    dialogs.answer(QMessageBox.StandardButton.Ok)
    editor.basics.place.setText("Komunitní centrum Nádražní 12")
    editor.basics.place.textEdited.emit("Komunitní centrum Nádražní 12")
    editor.agenda_tab.add_item()
    editor.attendance_model.add(AttendanceRow("Bc. Petr Šťastný", invited=False,
                                              status="present"))
    editor.minutes.add_action()
    actions = editor.actions_model
    owner_id = editor.tabs.actors.list(ActorFilter(ctx.locality_id), limit=1)[0].id
    row = actions.rowCount() - 1
    assert actions.setData(actions.index(row, ActionColumn.TEXT), "Zajistit sál")
    assert actions.setData(actions.index(row, ActionColumn.OWNER), owner_id)
    with ctx.store.unit_of_work() as session:  # someone deletes the owner meanwhile
        session.get(Actor, owner_id).deleted = True
    before = snapshot(ctx.store)
    agenda_rows = editor.agenda_model.rowCount()

    assert editor.save() is False
    assert len(dialogs.texts) == 1 and "Odpovědná osoba" in dialogs.texts[0]
    assert snapshot(ctx.store) == before
    assert MeetingService(ctx.store).get(meeting.id).place != "Komunitní centrum Nádražní 12"
    assert editor.is_dirty()
    assert editor.basics.place.text() == "Komunitní centrum Nádražní 12"
    assert editor.agenda_model.rowCount() == agenda_rows
    assert any(r.name == "Bc. Petr Šťastný" for r in editor.attendance_model.rows())
    typed = editor.actions_model.rows()[-1]
    assert (typed.text, typed.owner_id, typed.id) == ("Zajistit sál", owner_id, "")

    # the user picks nobody as owner instead and saves again: now everything is stored
    assert actions.setData(actions.index(row, ActionColumn.OWNER), "")
    assert editor.save() is True
    stored = MeetingService(ctx.store).detail(meeting.id)
    assert stored.meeting.place == "Komunitní centrum Nádražní 12"
    assert any(a.name == "Bc. Petr Šťastný" for a in stored.guests)
    assert any(a.text == "Zajistit sál" for a in stored.action_items)
    assert len(stored.agenda.items) == agenda_rows

