"""GDPR: erasing a person's data keeps attendance counts; the export tells them everything."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.gdpr import ANONYMOUS_NAME, PersonalDataService
from obecdesk.core.vocabulary.stakeholders import LEGAL_BASES, needs_consent_date
from obecdesk.errors import ValidationError
from obecdesk.store.models import Actor, Attendance


def person(store, locality_id, search):
    return ActorService(store).list(ActorFilter(locality_id, search=search))[0]


def attendance_count(store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count(Attendance.id)).where(
            Attendance.deleted.is_(False)))


def test_erase_blanks_every_personal_field_and_keeps_attendance(demo_store, demo_locality_id):
    radni = person(demo_store, demo_locality_id, "simkova")
    actors = ActorService(demo_store)
    data = radni.data()
    data.phone, data.address, data.notes = "+420 777 123 456", "Nádražní 12", "dcera ve škole"
    data.tags, data.legal_basis, data.purpose = ["bydlení"], "souhlas", "lokální partnerství"
    data.consent_date = dt.date(2025, 3, 20)
    actors.update(radni.id, data)
    before = attendance_count(demo_store)

    result = PersonalDataService(demo_store).erase(radni.id)

    erased = actors.get(radni.id)
    assert erased.name == ANONYMOUS_NAME and erased.erased
    for value in (erased.email, erased.phone, erased.address, erased.notes, erased.role,
                  erased.organisation_name, erased.legal_basis, erased.purpose):
        assert value == ""
    assert erased.tags == [] and erased.consent_date is None and erased.organisation_id is None
    assert attendance_count(demo_store) == before
    assert result.attendance_kept == 4
    assert actors.count(ActorFilter(demo_locality_id, search="simkova")) == 0


def test_erasure_is_a_synced_update_not_a_delete(demo_store, demo_locality_id):
    radni = person(demo_store, demo_locality_id, "simkova")
    with demo_store.reading() as session:
        stamp_before = session.get(Actor, radni.id).updated_at
    seen = []
    demo_store.subscribe(seen.append)
    PersonalDataService(demo_store).erase(radni.id)
    with demo_store.reading() as session:
        row = session.get(Actor, radni.id)
        assert not row.deleted and row.updated_at > stamp_before
        assert row.replica_id == demo_store.replica_id
    assert radni.id in seen[-1].ids["actors"]


def test_erase_refuses_organisations_and_twice(demo_store, demo_locality_id):
    service = PersonalDataService(demo_store)
    org = ActorService(demo_store).organisations(demo_locality_id)[0]
    with pytest.raises(ValidationError, match="organizace"):
        service.erase(org.id)
    someone = person(demo_store, demo_locality_id, "curej")
    service.erase(someone.id)
    with pytest.raises(ValidationError, match="už byly"):
        service.erase(someone.id)


def test_text_export_contains_memberships_relations_attendance_and_tasks(
    tmp_path, demo_store, demo_locality_id
):
    radni = person(demo_store, demo_locality_id, "simkova")
    path = PersonalDataService(demo_store).export(radni.id, tmp_path / "simkova.txt")
    content = path.read_text(encoding="utf-8")
    assert "Mgr. Jana Šimková" in content
    assert "simkova@dolnibranice.cz" in content
    assert "PS Bydlení" in content  # membership
    assert "spolupracuje s Bc. Lenka Procházková" in content  # relation
    assert "20. 3. 2025 Ustavující setkání lokálního partnerství: přítomen" in content
    assert "Připravit návrh pravidel přidělování obecních bytů" in content  # action item


def test_json_export_is_machine_readable(tmp_path, demo_store, demo_locality_id):
    radni = person(demo_store, demo_locality_id, "simkova")
    path = PersonalDataService(demo_store).export(radni.id, tmp_path / "simkova.json")
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["person"]["name"] == "Mgr. Jana Šimková"
    assert len(record["memberships"]) == 3
    assert record["action_items"][0]["status"] == "done"


def test_export_of_a_fresh_person_says_none(tmp_path, demo_store, demo_locality_id):
    fresh = ActorService(demo_store).create(demo_locality_id, ActorData(name="Eva Nová"))
    content = PersonalDataService(demo_store).export(fresh.id, tmp_path / "e.txt").read_text(
        encoding="utf-8")
    assert "Účast na jednáních\n  žádná" in content


def test_erase_replaces_name_copies_in_meetings_and_counts_free_text(
    demo_store, demo_locality_id
):
    from obecdesk.store.models import AgendaItem, Decision, Meeting

    radni = person(demo_store, demo_locality_id, "simkova")
    with demo_store.unit_of_work() as session:
        meeting = session.scalars(select(Meeting).where(
            Meeting.locality_id == demo_locality_id)).first()
        meeting.facilitator, meeting.minute_taker = "Mgr. Jana Šimková", " Mgr. Jana Šimková"
        session.add(Decision(meeting_id=meeting.id, year=2025, number=99, code="X 2025/99",
                             text="Mgr. Jana Šimková připraví návrh."))
    with demo_store.reading() as session:
        presented = session.scalar(select(func.count(AgendaItem.id)).where(
            AgendaItem.presenter == "Mgr. Jana Šimková"))
    assert presented >= 3

    result = PersonalDataService(demo_store).erase(radni.id)

    with demo_store.reading() as session:
        meeting_row = session.get(Meeting, meeting.id)
        assert meeting_row.facilitator == ANONYMOUS_NAME == meeting_row.minute_taker
        assert session.scalar(select(func.count(AgendaItem.id)).where(
            AgendaItem.presenter.contains("Šimková"))) == 0
    assert result.names_replaced == presented + 2
    assert result.mentions_to_review >= 1


def test_erasure_ends_memberships_resets_sector_and_frees_the_seat(
    demo_store, demo_locality_id
):
    import datetime as dt

    from obecdesk.core.stakeholders.bodies import BodyService
    from obecdesk.core.stakeholders.composition import CompositionService, check_members

    radni = person(demo_store, demo_locality_id, "simkova")
    bodies = BodyService(demo_store)
    group = next(b for b in bodies.list(demo_locality_id) if b.code == "PS-B")
    day = dt.date(2026, 1, 15)

    PersonalDataService(demo_store).erase(radni.id, today=day)

    assert ActorService(demo_store).get(radni.id).sector == "other"
    former = [m for m in bodies.members(group.id, include_former=True) if m.actor_id == radni.id]
    assert [m.left_on for m in former] == [day]
    seats = {s.entry.code: s for s in CompositionService(demo_store).check(group.id).seats}
    assert not seats["councillor"].covered
    # even a placeholder still listed as a member never fills a seat
    placeholder = former[0].__class__(**{**former[0].__dict__, "left_on": None,
                                         "sector": "municipal_politics",
                                         "actor_role": "radní pro bydlení"})
    catalog = CompositionService(demo_store).catalog
    filled, others = check_members([placeholder], catalog)
    assert not any(s.covered for s in filled) and others == ()


def test_export_lists_bodies_led_and_meeting_roles(tmp_path, demo_store, demo_locality_id):
    from obecdesk.core.stakeholders.bodies import BodyData, BodyService
    from obecdesk.store.models import Meeting

    radni = person(demo_store, demo_locality_id, "simkova")
    bodies = BodyService(demo_store)
    bodies.create(demo_locality_id, BodyData(name="PS Zaměstnanost", leader_id=radni.id,
                                             facilitator_id=radni.id))
    with demo_store.unit_of_work() as session:
        meeting = session.scalars(select(Meeting).where(
            Meeting.locality_id == demo_locality_id).order_by(Meeting.date)).first()
        meeting.minute_taker = "Mgr. Jana Šimková"
        title = meeting.title

    service = PersonalDataService(demo_store)
    record = service.person_record(radni.id)
    assert {"body": "PS Zaměstnanost", "as": ["leader", "facilitator"]} in record["bodies_led"]
    roles = {(r["meeting"], r["role"]) for r in record["meeting_roles"]}
    assert (title, "minute_taker") in roles
    assert sum(1 for r in record["meeting_roles"] if r["role"] == "presenter") >= 3
    text = service.export(radni.id, tmp_path / "s.txt").read_text(encoding="utf-8")
    assert "PS Zaměstnanost: vedoucí, facilitátor" in text
    assert f"{title}: zapisovatel" in text
    assert "předkládá bod „Ustavení pracovních skupin“" in text


def test_export_writes_the_attitude_like_the_list(tmp_path, demo_store, demo_locality_id):
    from obecdesk.core.stakeholders.actor_fields import attitude_text

    someone = person(demo_store, demo_locality_id, "curej")
    ActorService(demo_store).set_position(someone.id, influence=2, attitude=-1)
    text = PersonalDataService(demo_store).export(someone.id, tmp_path / "c.txt").read_text(
        encoding="utf-8")
    assert "Postoj k začleňování (−2 až +2): −1" in text
    assert [attitude_text(v) for v in (-2, 0, 2)] == ["−2", "0", "+2"]


@pytest.mark.parametrize("basis, needs", [("souhlas", True), ("  Souhlas ", True),
                                          ("SOUHLAS", True), ("oprávněný zájem", False),
                                          ("", False), ("souhlas rodičů", False)])
def test_only_consent_as_legal_basis_needs_its_date(basis, needs):
    assert needs_consent_date(basis) is needs


def test_the_offered_legal_bases_start_with_consent_and_are_unique():
    assert LEGAL_BASES[0] == "souhlas" and needs_consent_date(LEGAL_BASES[0])
    assert len(set(LEGAL_BASES)) == len(LEGAL_BASES) == 4
    assert not any(needs_consent_date(b) for b in LEGAL_BASES[1:])
