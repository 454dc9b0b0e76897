"""Rows unique by nature get the id of their natural key, so two replicas that create the same
invitee, relation, membership or review item while apart land on one row."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from meetings_world import build_world
from sqlalchemy import func, select

from obecdesk.core.demo import load_demo
from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.decisions import DecisionData
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.stakeholders.relations import RelationService
from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.errors import ValidationError
from obecdesk.store import open_store
from obecdesk.store.models import ActorRelation, AgendaItem, Attendance, Membership
from obecdesk.store.natural_keys import attendance_id, relation_id, review_item_id


@pytest.fixture
def two_stores(tmp_path):
    """Two real stores holding the same partnership and an empty meeting (a copied folder)."""
    first = open_store(data_dir=tmp_path / "a")
    world = build_world(first)
    meeting = world.meetings.create(world.locality_id, MeetingData(
        title="PS Bydlení – červen", date=dt.date(2025, 6, 13), body_id=world.body_id),
        invitee_ids=[], add_review_item=False).id
    first.dispose()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    stores = [open_store(data_dir=tmp_path / name) for name in ("a", "b")]
    yield world, meeting, stores
    for store in stores:
        store.dispose()


def test_two_stores_inviting_the_same_actor_create_the_same_row(two_stores):
    world, meeting, stores = two_stores
    ids = [MeetingService(s).attendance.add_invitee(meeting, world.actors["host"]).id
           for s in stores]
    assert ids[0] == ids[1] == attendance_id(meeting, world.actors["host"])
    guests = [MeetingService(s).attendance.add_guest(meeting, "Jan Novák").id for s in stores]
    assert guests[0] != guests[1]  # a guest is not unique by nature: a name is not a person


def test_two_stores_drawing_the_same_relation_create_the_same_row(two_stores):
    world, _meeting, stores = two_stores
    ids = [RelationService(s).add(source_id=world.actors["host"], target_id=world.actors["sas"],
                                  kind=RelationKind.COOPERATES).id for s in stores]
    assert ids[0] == ids[1] == relation_id(world.actors["host"], world.actors["sas"],
                                           RelationKind.COOPERATES)
    other_kind = RelationService(stores[0]).add(
        source_id=world.actors["host"], target_id=world.actors["sas"], kind=RelationKind.CONFLICT)
    reverse = RelationService(stores[0]).add(
        source_id=world.actors["sas"], target_id=world.actors["host"],
        kind=RelationKind.COOPERATES)
    assert len({ids[0], other_kind.id, reverse.id}) == 3


def test_two_stores_adding_the_same_member_create_the_same_row(two_stores):
    world, _meeting, stores = two_stores
    joined = dt.date(2025, 9, 1)
    ids = [BodyService(s).add_member(world.other_body_id, world.actors["host"], role="člen",
                                     joined_on=joined).id for s in stores]
    assert ids[0] == ids[1]
    later = BodyService(stores[1]).add_member(world.body_id, world.actors["host"],
                                              joined_on=joined)
    assert later.id != ids[0]  # another body is another membership


def test_two_stores_inserting_the_review_item_create_the_same_row(two_stores):
    world, meeting, stores = two_stores
    review = AgendaItemData(REVIEW_TITLE, planned_minutes=10)
    ids = [MeetingService(s).agenda.add_item(meeting, review, position=0).id for s in stores]
    assert ids[0] == ids[1] == review_item_id(meeting)
    other = MeetingService(stores[0]).agenda.add_item(meeting, AgendaItemData("Bydlení"))
    assert other.id != ids[0]


def test_a_new_meeting_starts_with_the_review_item_under_its_natural_id(store):
    world = build_world(store)
    earlier = world.body_meeting(dt.date(2025, 5, 1))
    world.meetings.actions.add(earlier, ActionItemData(
        "Připravit pravidla", owner_id=world.actors["sas"], due_date=dt.date(2025, 5, 30)))
    meeting = world.body_meeting(dt.date(2025, 6, 13))
    items = world.meetings.agenda.items(meeting)
    assert (items[0].title, items[0].id) == (REVIEW_TITLE, review_item_id(meeting))
    invitees = world.meetings.attendance.list(meeting)
    assert invitees and all(a.id == attendance_id(meeting, a.actor_id) for a in invitees)


def _count(store, model, *where) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_removed_rows_created_again_are_revived_not_duplicated(store):
    world = build_world(store)
    meeting = world.body_meeting()
    host = world.actors["host"]
    attendance = world.meetings.attendance
    first = attendance.add_invitee(meeting, host)
    attendance.set_status(first.id, "present")
    attendance.remove(first.id)
    again = attendance.add_invitee(meeting, host)
    assert (again.id, again.status) == (first.id, "unknown")
    assert _count(store, Attendance, Attendance.actor_id == host) == 1

    relations = RelationService(store)
    drawn = relations.add(source_id=host, target_id=world.actors["sas"], kind="conflict",
                          note="spor")
    relations.remove(drawn.id)
    redrawn = relations.add(source_id=host, target_id=world.actors["sas"], kind="conflict")
    assert (redrawn.id, redrawn.note) == (drawn.id, "")
    assert _count(store, ActorRelation) == 1

    bodies = BodyService(store)
    member = bodies.add_member(world.other_body_id, host, role="host", joined_on=None)
    bodies.remove_member(member.id)
    back = bodies.add_member(world.other_body_id, host, role="člen", joined_on=None)
    assert (back.id, back.role) == (member.id, "člen")
    assert _count(store, Membership, Membership.actor_id == host) == 1

    agenda = world.meetings.agenda
    review = agenda.add_item(meeting, AgendaItemData(REVIEW_TITLE))
    agenda.set_minutes(review.id, "<p>Splněno.</p>")
    agenda.remove_item(review.id)
    revived = agenda.add_item(meeting, AgendaItemData(REVIEW_TITLE))
    assert (revived.id, revived.minutes_html) == (review.id, "")
    assert _count(store, AgendaItem, AgendaItem.meeting_id == meeting) == 1


def test_a_member_who_left_and_joins_again_gets_a_period_of_their_own(store):
    world = build_world(store)
    bodies = BodyService(store)
    joined = dt.date(2025, 1, 1)
    first = bodies.add_member(world.other_body_id, world.actors["host"], joined_on=joined,
                              left_on=dt.date(2025, 2, 1))
    again = bodies.add_member(world.other_body_id, world.actors["host"], joined_on=joined)
    assert again.id != first.id
    with pytest.raises(ValidationError, match="už je členem"):
        bodies.add_member(world.other_body_id, world.actors["host"], joined_on=None)
    assert len(bodies.members(world.other_body_id, include_former=True)) == 2


def test_a_second_review_item_typed_by_hand_is_a_row_of_its_own(store):
    world = build_world(store)
    meeting = world.body_meeting()
    agenda = world.meetings.agenda
    first = agenda.add_item(meeting, AgendaItemData(REVIEW_TITLE))
    second = agenda.add_item(meeting, AgendaItemData(REVIEW_TITLE))
    assert first.id == review_item_id(meeting) and second.id != first.id
    world.meetings.decisions.add(meeting, DecisionData("Bere se na vědomí.",
                                                       agenda_item_id=second.id))


def test_demo_rows_unique_by_nature_use_natural_ids_and_load_once(store):
    load_demo(store)
    load_demo(store)
    with store.reading() as session:
        invitees = session.execute(select(Attendance.id, Attendance.meeting_id,
                                          Attendance.actor_id)
                                   .where(Attendance.actor_id.is_not(None))).all()
        relations = session.scalars(select(ActorRelation)).all()
        reviews = session.execute(select(AgendaItem.id, AgendaItem.meeting_id)
                                  .where(AgendaItem.title == REVIEW_TITLE)).all()
    assert invitees and all(i == attendance_id(m, a) for i, m, a in invitees)
    assert all(r.id == relation_id(r.source_id, r.target_id, r.kind) for r in relations)
    assert reviews and all(i == review_item_id(m) for i, m in reviews)
