"""Reviewing and resolving conflicts between real stores, and the conflicts commands."""

from __future__ import annotations

import json

import pytest
from sync_support import dump, exchange, open_replicas

from obecdesk.cli import main
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.core.stakeholders.relations import RelationService
from obecdesk.errors import NotFound, UserError
from obecdesk.store.models import ActorRelation
from obecdesk.sync.conflict_log import conflicts
from obecdesk.sync.conflict_review import ConflictReview


def two(tmp_path, monkeypatch, themes=("housing",)):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník", themes=list(themes)))
    exchange(a, b)
    return a, b, loc.id


def edit_locality(store, loc_id, **changes):
    service = LocalityService(store)
    data = service.get(loc_id).data()
    for key, value in changes.items():
        setattr(data, key, value)
    service.update(loc_id, data)


def region_conflict(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    edit_locality(a, loc_id, region="Olomoucký")
    edit_locality(b, loc_id, region="Zlínský")  # later: wins
    exchange(a, b)
    exchange(b, a)
    return a, b, loc_id


def test_an_entry_shows_both_values_who_when_and_the_record(tmp_path, monkeypatch):
    a, b, loc_id = region_conflict(tmp_path, monkeypatch)
    [entry] = ConflictReview(a).list()
    assert (entry.table, entry.row_id, entry.record) == ("localities", loc_id, "Lipník")
    assert (entry.field, entry.field_label, entry.kind_label) == ("region", "Kraj", "Lokality")
    assert (entry.kept.value, entry.lost.value) == ("Zlínský", "Olomoucký")
    assert (entry.kept.replica_id, entry.lost.replica_id) == (b.replica_id, a.replica_id)
    assert entry.lost.mine and not entry.kept.mine and entry.mine_side == "lost"
    assert entry.lost.written_at <= entry.kept.written_at
    [seen_on_b] = ConflictReview(b).list()
    assert seen_on_b.mine_side == "kept"  # on B its own value is the one that won


def test_keeping_my_lost_value_is_an_edit_that_travels_without_a_new_conflict(
        tmp_path, monkeypatch):
    a, b, loc_id = region_conflict(tmp_path, monkeypatch)
    seq = a.change_seq()
    result = ConflictReview(a).resolve(ConflictReview(a).list()[0].id, keep="mine")
    assert result.written and result.value == "Olomoucký"
    assert LocalityService(a).get(loc_id).region == "Olomoucký"
    assert a.change_seq() == seq + 1 and ConflictReview(a).list() == []
    assert a.conflict_count() == 0
    merged = exchange(a, b)
    assert merged.conflicts == 0  # B sees a later edit made after seeing its value
    assert LocalityService(b).get(loc_id).region == "Olomoucký"
    assert dump(a) == dump(b)


def test_keeping_the_value_already_held_writes_nothing(tmp_path, monkeypatch):
    a, _b, loc_id = region_conflict(tmp_path, monkeypatch)
    seq = a.change_seq()
    entry = ConflictReview(a).list()[0]
    result = ConflictReview(a).resolve(entry.id, keep="theirs")
    assert not result.written and result.value == "Zlínský"
    assert a.change_seq() == seq and LocalityService(a).get(loc_id).region == "Zlínský"
    assert [e.resolved for e in ConflictReview(a).list(include_resolved=True)] == [True]
    with pytest.raises(UserError, match="už je vyřešený"):
        ConflictReview(a).resolve(entry.id, keep="mine")
    with pytest.raises(NotFound, match="č. 999 neexistuje"):
        ConflictReview(a).resolve(999, keep="mine")


def test_a_set_element_conflict_is_resolved_by_adding_or_removing_it(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch, themes=("housing", "education"))
    edit_locality(a, loc_id, themes=["education"])  # A drops housing
    edit_locality(b, loc_id, themes=["education"])
    edit_locality(b, loc_id, themes=["education", "housing"])  # B drops and restores it, later
    exchange(a, b)
    exchange(b, a)
    [entry] = ConflictReview(a).list()
    assert (entry.field, entry.element, entry.kept.value, entry.lost.value) == (
        "themes", "housing", True, False)
    ConflictReview(a).resolve(entry.id, keep="mine")
    assert LocalityService(a).get(loc_id).themes == ["education"]
    exchange(a, b)
    assert LocalityService(b).get(loc_id).themes == ["education"]


def test_an_actor_name_kept_is_found_by_search(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    actor = ActorService(a).create(loc_id, ActorData(name="Jana Čurejová"))
    exchange(a, b)
    for store, name in ((a, "Jana Nováková"), (b, "Jana Dvořáková")):
        data = ActorService(store).get(actor.id).data()
        data.name = name
        ActorService(store).update(actor.id, data)
    exchange(b, a)
    [entry] = ConflictReview(a).list()
    assert entry.record == "Jana Dvořáková" and entry.lost.value == "Jana Nováková"
    ConflictReview(a).resolve(entry.id, keep="lost")
    found = ActorService(a).list(ActorFilter(loc_id, search="novák"))
    assert [x.name for x in found] == ["Jana Nováková"]


def test_an_erased_persons_conflicts_never_appear_and_cannot_be_resolved(tmp_path, monkeypatch):
    a, b, loc_id = two(tmp_path, monkeypatch)
    person = ActorService(a).create(loc_id, ActorData(name="Jana Čurejová", role="ředitelka"))
    school = ActorService(a).create(loc_id, ActorData(name="ZŠ Lipník", kind="organisation"))
    relation = RelationService(a).add(source_id=person.id, target_id=school.id, kind="works_for",
                                      note="od 2020")
    exchange(a, b)
    for store, role, note in ((a, "zástupkyně", "od září"), (b, "učitelka", "jen středy")):
        data = ActorService(store).get(person.id).data()
        data.role = role
        ActorService(store).update(person.id, data)
        with store.unit_of_work() as session:
            session.get(ActorRelation, relation.id).note = note
    exchange(b, a)
    entries = ConflictReview(a).list()
    assert {e.field for e in entries} == {"role", "note"}
    PersonalDataService(a).erase(person.id)
    assert ConflictReview(a).list() == [] and ConflictReview(a).list(include_resolved=True) == []
    with pytest.raises(NotFound):
        ConflictReview(a).resolve(entries[0].id, keep="mine")
    with a.reading() as session:  # the relation's notes about the person are gone from the log
        logged = [(c.kept_value, c.lost_value) for c in conflicts(session)]
    assert logged == [(None, None), (None, None)]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_conflicts_commands_list_and_resolve(tmp_path, monkeypatch, capsys):
    a, b, loc_id = region_conflict(tmp_path, monkeypatch)
    a.dispose()
    b.dispose()
    data = str(tmp_path / "replica-1")  # B, opened by its own installation (the last one)
    code, out, _ = run(capsys, "--data-dir", data, "conflicts", "list", "--json")
    [entry] = json.loads(out)
    assert code == 0 and entry["record"] == "Lipník" and entry["field"] == "region"
    assert entry["kept"]["value"] == "Zlínský" and entry["lost"]["value"] == "Olomoucký"
    assert entry["mine"] == "kept" and entry["kept"]["written_at"].endswith("+00:00")
    code, out, _ = run(capsys, "--data-dir", data, "conflicts", "list")
    assert code == 0 and "Olomoucký" in out and "Lokality: Lipník" in out
    code, out, _ = run(capsys, "--data-dir", data, "conflicts", "resolve", str(entry["id"]),
                       "--keep", "theirs")
    assert code == 0 and "Kraj = Olomoucký" in out
    code, out, _ = run(capsys, "--data-dir", data, "conflicts", "list", "--json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "--data-dir", data, "conflicts", "resolve", str(entry["id"]),
                       "--keep", "mine")
    assert code == 2 and "už je vyřešený" in err
    code, out, _ = run(capsys, "--data-dir", data, "list", "localities", "--json")
    assert json.loads(out)[0]["region"] == "Olomoucký"


def test_a_name_copied_into_a_meeting_leaves_the_log_when_the_person_is_erased(
        tmp_path, monkeypatch):
    import datetime as dt

    from obecdesk.core.meetings.meeting_types import MeetingData
    from obecdesk.core.meetings.service import MeetingService
    from obecdesk.core.vocabulary.meetings import MeetingKind

    a, b, loc_id = two(tmp_path, monkeypatch)
    person = ActorService(a).create(loc_id, ActorData(name="Jana Čurejová"))
    day, public = dt.date(2026, 12, 3), MeetingKind.PUBLIC
    meeting = MeetingService(a).create(loc_id, MeetingData(title="Setkání", date=day,
                                                           kind=public))
    exchange(a, b)
    for store, who in ((a, "Jana Čurejová"), (b, "Petr Novák")):
        MeetingService(store).update(meeting.id, MeetingData(
            title="Setkání", date=day, kind=public, facilitator=who))
    exchange(b, a)
    [entry] = ConflictReview(a).list()
    assert (entry.kept.value, entry.lost.value) == ("Petr Novák", "Jana Čurejová")
    PersonalDataService(a).erase(person.id)
    [entry] = ConflictReview(a).list()
    assert (entry.kept.value, entry.lost.value) == ("Petr Novák", None)


def test_an_erasure_received_from_another_replica_takes_the_name_out_of_its_log_and_rows(
        tmp_path, monkeypatch):
    import datetime as dt

    from obecdesk.core.meetings.meeting_types import MeetingData
    from obecdesk.core.meetings.service import MeetingService
    from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME
    from obecdesk.core.vocabulary.meetings import MeetingKind

    a, b, loc_id = two(tmp_path, monkeypatch)
    person = ActorService(a).create(loc_id, ActorData(name="Jana Čurejová"))
    day, public = dt.date(2026, 12, 3), MeetingKind.PUBLIC
    meeting = MeetingService(a).create(loc_id, MeetingData(title="Setkání", date=day,
                                                           kind=public))
    exchange(a, b)
    for store, who in ((a, "Petr Novák"), (b, "Jana Čurejová")):
        MeetingService(store).update(meeting.id, MeetingData(
            title="Setkání", date=day, kind=public, facilitator=who))
    exchange(a, b)  # B logs the concurrent facilitator with the name on one side
    assert any("Jana Čurejová" in (e.kept.value, e.lost.value) for e in ConflictReview(b).list())
    only_b = MeetingService(b).create(loc_id, MeetingData(
        title="Jen u B", date=day, kind=public, minute_taker="Jana Čurejová"))

    PersonalDataService(a).erase(person.id)
    exchange(a, b)

    values = {v for e in ConflictReview(b).list() for v in (e.kept.value, e.lost.value)}
    assert "Jana Čurejová" not in values
    assert MeetingService(b).detail(only_b.id).meeting.minute_taker == ANONYMOUS_NAME
    assert "Jana Čurejová" not in json.dumps(dump(b), ensure_ascii=False, default=str)
