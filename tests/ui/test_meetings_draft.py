"""Saving a draft through the services: only what changed is written, and a repeat is harmless."""

import datetime as dt
from dataclasses import replace

from obecdesk.core.meetings import MeetingService
from obecdesk.ui.meetings.actions_model import ActionRow
from obecdesk.ui.meetings.agenda_model import AgendaRow
from obecdesk.ui.meetings.attendance_model import AttendanceRow
from obecdesk.ui.meetings.decisions_model import DecisionRow
from obecdesk.ui.meetings.draft import draft_of, save_draft


def planned(store, locality_id):
    service = MeetingService(store)
    meeting = next(m for m in service.list(locality_id) if m.status == "planned")
    return service, meeting


def test_save_draft_writes_each_part_and_is_idempotent(demo_store, demo_locality_id):
    service, meeting = planned(demo_store, demo_locality_id)
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    draft.data = replace(draft.data, place="Komunitní centrum, Nádražní 12")
    draft.agenda.insert(1, AgendaRow("Informace z kraje", presenter="Ing. Ilona Straková",
                                     planned_minutes=5, minutes_html="<p>Dotace na <b>SAS</b></p>"))
    draft.agenda.append(draft.agenda.pop(2))  # move an item to the end
    removed = draft.agenda.pop(0)  # and drop "Kontrola úkolů"
    draft.attendance[0].status = "present"
    draft.attendance.append(AttendanceRow("Bc. Petr Šťastný", "Probační a mediační služba",
                                          invited=False, status="present"))
    draft.decisions.append(DecisionRow("Schvaluje se postup revize opatření.", votes_for=8))
    draft.actions.append(ActionRow("Rozeslat zápis", due_date=dt.date(2026, 12, 10),
                                   status="done"))
    save_draft(service, saved, draft)

    detail = service.detail(meeting.id)
    assert detail.meeting.place == "Komunitní centrum, Nádražní 12"
    assert [i.title for i in detail.agenda.items] == [r.title for r in draft.agenda]
    assert removed.title not in [i.title for i in detail.agenda.items]
    assert detail.agenda.items[0].minutes_html == "<p>Dotace na <b>SAS</b></p>"
    by_name = {a.name: a for a in detail.attendance}
    assert by_name[draft.attendance[0].name].status == "present"
    assert by_name["Bc. Petr Šťastný"].is_guest
    [decision] = detail.decisions
    assert decision.code == draft.decisions[0].code and decision.code.startswith("PS-B 2026/")
    [task] = [a for a in detail.action_items if a.text == "Rozeslat zápis"]
    assert task.status == "done"

    # the draft now carries the new ids: saving it again against the store changes nothing
    again = draft_of(service.detail(meeting.id))
    save_draft(service, again, draft)
    assert draft_of(service.detail(meeting.id)) == again
