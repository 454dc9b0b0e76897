"""Saving a draft: one transaction through ``MeetingService.save``, all parts or none of them."""

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.draft import changes_of, draft_of, save_draft
from obecdesk.core.meetings.draft_rows import ActionRow, AgendaRow, AttendanceRow, DecisionRow
from obecdesk.core.meetings.service import MeetingService
from obecdesk.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    FieldVersion,
    Meeting,
)

TODAY = dt.date(2026, 11, 25)
PLANNED = "PS Bydlení – revize opatření"
PARTS = (Meeting, AgendaItem, Attendance, Decision, ActionItem)


def planned(store, locality_id):
    service = MeetingService(store)
    meeting = next(m for m in service.list(locality_id) if m.status == "planned")
    return service, meeting


def snapshot(store) -> dict:
    """Row counts and every row's stamp of the meeting tables."""
    with store.reading() as session:
        return {model.__name__: (session.scalar(select(func.count()).select_from(model)),
                                 dict(session.execute(select(model.id, model.updated_at)).all()))
                for model in PARTS}


def test_save_draft_writes_each_part(demo_store, demo_locality_id):
    service, meeting = planned(demo_store, demo_locality_id)
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    draft.data = replace(draft.data, place="Komunitní centrum, Nádražní 12")
    draft.invitations_sent_on = dt.date(2026, 11, 20)
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
    save_draft(service, saved, draft, today=TODAY)

    detail = service.detail(meeting.id)
    assert detail.meeting.place == "Komunitní centrum, Nádražní 12"
    assert detail.meeting.invitations_sent_on == dt.date(2026, 11, 20)
    assert [i.title for i in detail.agenda.items] == [r.title for r in draft.agenda]
    assert removed.title not in [i.title for i in detail.agenda.items]
    assert detail.agenda.items[0].minutes_html == "<p>Dotace na <b>SAS</b></p>"
    by_name = {a.name: a for a in detail.attendance}
    assert by_name[draft.attendance[0].name].status == "present"
    assert by_name["Bc. Petr Šťastný"].is_guest
    [decision] = detail.decisions
    assert decision.code.startswith("PS-B 2026/")
    [task] = [a for a in detail.action_items if a.text == "Rozeslat zápis"]
    assert task.status == "done" and task.done_on == TODAY
    assert draft.agenda[0].id == "" and draft.decisions[0].code == ""  # the draft is untouched

    # the store now matches what was typed: nothing is left to save
    again = draft_of(detail)
    before = snapshot(demo_store)
    save_draft(service, again, draft_of(detail))
    assert snapshot(demo_store) == before


def test_clearing_the_sent_date_is_a_change(demo_store, demo_locality_id):
    service, meeting = planned(demo_store, demo_locality_id)
    service.mark_invitations_sent(meeting.id, dt.date(2026, 11, 20))
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    draft.invitations_sent_on = None
    assert changes_of(saved, draft).invitations_sent_on is None
    save_draft(service, saved, draft)
    assert service.get(meeting.id).invitations_sent_on is None


def test_a_draft_names_only_the_fields_the_user_changed(demo_store, demo_locality_id):
    service, meeting = planned(demo_store, demo_locality_id)
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    draft.data = replace(draft.data, place="Komunitní centrum")
    draft.agenda[1].planned_minutes += 5
    changes = changes_of(saved, draft)
    assert changes.fields == {"place": "Komunitní centrum"}
    assert changes.agenda.edited == {draft.agenda[1].id: {
        "planned_minutes": saved.agenda[1].planned_minutes + 5}}


def test_saving_keeps_header_fields_that_arrived_meanwhile(demo_store, demo_locality_id):
    """Another window (or a sync from another laptop) changes the facilitator while the user
    edits the place: saving the draft stores the place and keeps the new facilitator."""
    service, meeting = planned(demo_store, demo_locality_id)
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    service.update(meeting.id, replace(service.get(meeting.id).data(),
                                       facilitator="Mgr. Alena Dvořáková"))
    draft.data = replace(draft.data, place="Komunitní centrum, Nádražní 12")
    save_draft(service, saved, draft, today=TODAY)
    stored = service.get(meeting.id)
    assert stored.place == "Komunitní centrum, Nádražní 12"
    assert stored.facilitator == "Mgr. Alena Dvořáková"


def test_saving_keeps_agenda_item_fields_that_arrived_meanwhile(demo_store, demo_locality_id):
    service, meeting = planned(demo_store, demo_locality_id)
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    item = service.agenda.items(meeting.id)[1]
    service.agenda.update_item(item.id, AgendaItemData(
        title=item.title, presenter="Ing. Ilona Straková", planned_minutes=item.planned_minutes,
        method=item.method, expected_output=item.expected_output))
    row = next(r for r in draft.agenda if r.id == item.id)
    row.planned_minutes = item.planned_minutes + 10
    save_draft(service, saved, draft, today=TODAY)
    stored = next(i for i in service.agenda.items(meeting.id) if i.id == item.id)
    assert stored.presenter == "Ing. Ilona Straková"
    assert stored.planned_minutes == item.planned_minutes + 10


def test_saving_keeps_decision_and_task_fields_that_arrived_meanwhile(demo_store,
                                                                      demo_locality_id):
    service, meeting = planned(demo_store, demo_locality_id)
    decision = service.decisions.add(meeting.id, DecisionData("Schvaluje se program."))
    task = service.actions.add(meeting.id, ActionItemData("Rozeslat zápis"))
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    service.decisions.update(decision.id, DecisionData("Schvaluje se program.", votes_for=9))
    service.actions.update(task.id, ActionItemData("Rozeslat zápis",
                                                   due_date=dt.date(2026, 12, 4)))
    next(r for r in draft.decisions if r.id == decision.id).text = "Schvaluje se upravený program."
    next(r for r in draft.actions if r.id == task.id).text = "Rozeslat zápis všem členům"
    save_draft(service, saved, draft, today=TODAY)
    detail = service.detail(meeting.id)
    [stored_decision] = [d for d in detail.decisions if d.id == decision.id]
    assert (stored_decision.text, stored_decision.votes_for) == (
        "Schvaluje se upravený program.", 9)
    [stored_task] = [a for a in detail.action_items if a.id == task.id]
    assert (stored_task.text, stored_task.due_date) == ("Rozeslat zápis všem členům",
                                                        dt.date(2026, 12, 4))


def test_a_save_gives_new_versions_only_to_the_fields_the_user_changed(demo_store,
                                                                       demo_locality_id):
    """Per-field versions decide merges between replicas: a field the user did not touch keeps
    the version of the value that arrived meanwhile, instead of a newer one for a stale value."""
    service, meeting = planned(demo_store, demo_locality_id)
    saved = draft_of(service.detail(meeting.id))
    draft = draft_of(service.detail(meeting.id))
    service.update(meeting.id, replace(service.get(meeting.id).data(),
                                       facilitator="Mgr. Alena Dvořáková"))
    before = field_stamps(demo_store, meeting.id)
    draft.data = replace(draft.data, place="Komunitní centrum, Nádražní 12")
    save_draft(service, saved, draft, today=TODAY)
    after = field_stamps(demo_store, meeting.id)
    assert {name for name, stamp in after.items() if before.get(name) != stamp} == {"place"}


def field_stamps(store, meeting_id: str) -> dict[str, str]:
    with store.reading() as session:
        return dict(session.execute(select(FieldVersion.field, FieldVersion.stamp).where(
            FieldVersion.table_name == "meetings", FieldVersion.row_id == meeting_id)).all())
