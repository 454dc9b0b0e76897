"""Saving an edited meeting in one transaction: all parts, or nothing when one value is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from meetings_world import build_world
from sqlalchemy import select

from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_changes import (
    ActionChanges,
    AgendaChanges,
    AttendanceChanges,
    DecisionChanges,
    MeetingChanges,
    NewActionItem,
    NewAgendaItem,
    NewDecision,
    NewGuest,
    NewInvitee,
)
from obecdesk.errors import NotFound, ValidationError
from obecdesk.store.models import (
    ActionItem,
    Actor,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
)

PARTS = (Meeting, AgendaItem, Attendance, Decision, ActionItem)


@pytest.fixture
def world(store):
    return build_world(store)


def snapshot(store) -> dict:
    """Every row of the meeting tables with its stamp: equal snapshots mean nothing was written."""
    with store.reading() as session:
        return {model.__name__: {row.id: (row.updated_at, row.deleted)
                                 for row in session.scalars(select(model))}
                for model in PARTS}


def prepared(world):
    """A June meeting with two agenda items, a decision and an action item already stored."""
    meetings = world.meetings
    meeting_id = world.body_meeting()
    first = meetings.agenda.add_item(meeting_id, AgendaItemData("Zahájení", planned_minutes=5))
    second = meetings.agenda.add_item(meeting_id, AgendaItemData("Pravidla přidělování bytů"))
    decision = meetings.decisions.add(meeting_id, DecisionData("Schvaluje se program."))
    task = meetings.actions.add(meeting_id, ActionItemData("Rozeslat zápis"))
    return meeting_id, first.id, second.id, decision.id, task.id


def test_one_save_applies_every_part_and_returns_the_new_ids(world):
    meeting_id, first, second, decision_id, task_id = prepared(world)
    meetings = world.meetings
    invitee = next(a for a in meetings.detail(meeting_id).invitees if a.name == "Řehoř Čermák")
    saved = meetings.save(meeting_id, MeetingChanges(
        fields={"place": "Komunitní centrum, Nádražní 12"},
        invitations_sent_on=dt.date(2025, 6, 2),
        agenda=AgendaChanges(
            added=[NewAgendaItem(key="new", data=AgendaItemData("Informace z kraje",
                                                                planned_minutes=10),
                                 minutes_html="<p>Dotace na <b>SAS</b></p>")],
            edited={second: {"title": "Pravidla přidělování obecních bytů",
                             "planned_minutes": 40}},
            minutes={first: "<p>Jednání zahájila radní.</p>"},
            order=["new", second, first]),
        attendance=AttendanceChanges(
            invited=[NewInvitee(key="host", actor_id=world.actors["host"], status="present")],
            guests=[NewGuest(key="guest", name="Bc. Petr Šťastný",
                             organisation="Probační a mediační služba")],
            statuses={invitee.id: "excused"}),
        decisions=DecisionChanges(
            added=[NewDecision(key="d", data=DecisionData("Bere na vědomí informace z kraje.",
                                                          agenda_item_id="new"))],
            edited={decision_id: {"text": "Schvaluje se upravený program."}}),
        actions=ActionChanges(
            added=[NewActionItem(key="a", data=ActionItemData("Zjistit termín výzvy"),
                                 status="done")],
            statuses={task_id: "cancelled"}),
        done_on=dt.date(2025, 6, 13),
    ))

    detail = meetings.detail(meeting_id)
    assert saved.meeting.place == detail.meeting.place == "Komunitní centrum, Nádražní 12"
    assert detail.meeting.invitations_sent_on == dt.date(2025, 6, 2)
    items = detail.agenda.items
    assert [i.title for i in items] == ["Informace z kraje", "Pravidla přidělování obecních bytů",
                                        "Zahájení"]
    assert [str(i.starts_at) for i in items] == ["09:00:00", "09:10:00", "09:50:00"]
    assert items[0].id == saved.new_ids["new"]
    assert items[0].minutes_html == "<p>Dotace na <b>SAS</b></p>"
    assert items[2].minutes_html == "<p>Jednání zahájila radní.</p>"
    status = {a.name: a.status for a in detail.attendance}
    assert status["Ondřej Bártů"] == "present" and status["Řehoř Čermák"] == "excused"
    assert status["Bc. Petr Šťastný"] == "present"
    assert [d.text for d in detail.decisions] == ["Schvaluje se upravený program.",
                                                  "Bere na vědomí informace z kraje."]
    new_decision = detail.decisions[1]
    assert new_decision.code == "PS-B 2025/02" and new_decision.agenda_item_id == items[0].id
    tasks = {a.text: a for a in detail.action_items}
    assert tasks["Rozeslat zápis"].status == "cancelled"
    assert tasks["Zjistit termín výzvy"].status == "done"
    assert tasks["Zjistit termín výzvy"].done_on == dt.date(2025, 6, 13)


def test_one_save_broadcasts_one_change_set(world):
    meeting_id, first, *_ = prepared(world)
    heard = []
    world.store.subscribe(heard.append)
    world.meetings.save(meeting_id, MeetingChanges(
        agenda=AgendaChanges(minutes={first: "<p>Zápis</p>"}),
        attendance=AttendanceChanges(guests=[NewGuest(key="g", name="Host")])))
    assert len(heard) == 1 and heard[0].touches("agenda_items", "attendance")


def test_an_empty_save_writes_nothing(world):
    meeting_id, *_ = prepared(world)
    before = snapshot(world.store)
    world.meetings.save(meeting_id, MeetingChanges(
        fields=vars(world.meetings.get(meeting_id).data()),  # every field, as stored
        agenda=AgendaChanges(order=[i.id for i in world.meetings.agenda.items(meeting_id)])))
    assert snapshot(world.store) == before


def bad_action_owner(world):
    """An owner who was deleted after the editor loaded the meeting."""
    with world.store.unit_of_work() as session:
        session.get(Actor, world.actors["host"]).deleted = True
    return ActionChanges(added=[NewActionItem(key="a", data=ActionItemData(
        "Zjistit termín výzvy", owner_id=world.actors["host"]))])


@pytest.mark.parametrize("last_part, error, message", [
    (lambda w: ActionChanges(added=[NewActionItem(key="a", data=ActionItemData("  "))]),
     ValidationError, "Úkol musí mít popis."),
    (lambda w: ActionChanges(added=[NewActionItem(key="a", data=ActionItemData(
        "Pozvat starostu", owner_id=w.actors["far"]))]),
     ValidationError, "téže lokality"),
    (bad_action_owner, NotFound, "Odpovědná osoba s id"),
    (lambda w: ActionChanges(statuses={"nonexistent": "done"}), NotFound, "Úkol s id"),
])
def test_a_refused_last_part_leaves_the_store_exactly_as_before(world, last_part, error,
                                                                  message):
    meeting_id, first, second, decision_id, task_id = prepared(world)
    meetings = world.meetings
    last = last_part(world)
    before = snapshot(world.store)
    changes = MeetingChanges(
        fields={"title": "Změněný název"},
        invitations_sent_on=None,
        agenda=AgendaChanges(
            added=[NewAgendaItem(key="new", data=AgendaItemData("Nový bod"))],
            removed=[first], order=["new", second]),
        attendance=AttendanceChanges(guests=[NewGuest(key="g", name="Bc. Petr Šťastný")]),
        decisions=DecisionChanges(added=[NewDecision(key="d", data=DecisionData("Další"))],
                                  removed=[decision_id]),
        actions=last,
    )
    with pytest.raises(error, match=message):
        meetings.save(meeting_id, changes)
    assert snapshot(world.store) == before
    assert meetings.get(meeting_id).title == "PS Bydlení – červen"
    assert meetings.agenda.count(meeting_id) == 2
    # the decision number the refused save would have used is still free
    assert meetings.decisions.preview_code(meeting_id) == "PS-B 2025/02"


def test_rows_of_another_meeting_are_refused(world):
    meeting_id, first, *_ = prepared(world)
    other = world.body_meeting(dt.date(2025, 7, 11))
    before = snapshot(world.store)
    with pytest.raises(ValidationError, match="jinému jednání"):
        world.meetings.save(other, MeetingChanges(agenda=AgendaChanges(removed=[first])))
    assert snapshot(world.store) == before


def test_the_invitations_sent_date_can_be_cleared(world):
    meeting_id = world.body_meeting()
    meetings = world.meetings
    meetings.mark_invitations_sent(meeting_id, dt.date(2025, 6, 2))
    meetings.save(meeting_id, MeetingChanges())  # KEEP by default
    assert meetings.get(meeting_id).invitations_sent_on == dt.date(2025, 6, 2)
    meetings.save(meeting_id, MeetingChanges(invitations_sent_on=None))
    assert meetings.get(meeting_id).invitations_sent_on is None
    meetings.set_invitations_sent(meeting_id, dt.date(2025, 6, 3))
    assert meetings.get(meeting_id).invitations_sent_on == dt.date(2025, 6, 3)
    meetings.set_invitations_sent(meeting_id, None)
    assert meetings.get(meeting_id).invitations_sent_on is None
