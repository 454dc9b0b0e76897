"""The situation log of an escalated situation: events, filters, attachments and their limit."""

from __future__ import annotations

import datetime as dt

import pytest

from obecdesk.core.communication.situation import MAX_ATTACHMENT, EventData, SituationLog
from obecdesk.core.inventory import counts, list_rows
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.errors import UserError, ValidationError


@pytest.fixture
def world(store):
    loc = LocalityService(store).create(LocalityData(name="Lipová nad Ohří", mode="acute"))
    actor = ActorService(store).create(loc.id, ActorData(name="Vlasta Jandová"))
    return SituationLog(store), loc.id, actor.id


def _event(day: int, kind: str, title: str, severity: int, **extra) -> EventData:
    return EventData(dt.date(2026, 9, day), kind, title, severity=severity, **extra)


def test_events_come_in_time_order_and_filter_by_kind_and_severity(world):
    log, loc, actor = world
    log.add(loc, _event(20, "petition", "Petice proti ubytovně", 3, actor_ids=[actor],
                        reach=412, source="petiční výbor"))
    log.add(loc, _event(14, "incident", "Potyčka u ubytovny v Tovární ulici", 4))
    log.add(loc, _event(16, "rumour", "Fáma o dalších rodinách", 2))
    assert [e.data.title for e in log.events(loc)] == [
        "Potyčka u ubytovny v Tovární ulici", "Fáma o dalších rodinách", "Petice proti ubytovně"]
    assert [e.data.kind for e in log.events(loc, kinds={"rumour", "petition"})] == [
        "rumour", "petition"]
    assert [e.data.severity for e in log.events(loc, min_severity=3)] == [4, 3]
    petition = log.events(loc, kinds={"petition"})[0].data
    assert petition.actor_ids == [actor] and petition.reach == 412


def test_a_bad_event_is_refused_in_czech_and_nothing_is_written(world):
    log, loc, _ = world
    for bad, words in ((_event(1, "incident", "  ", 2), "název"),
                       (_event(1, "party", "Oslava", 2), "druh"),
                       (_event(1, "incident", "Potyčka", 7), "1 až 4")):
        with pytest.raises(ValidationError, match=words):
            log.add(loc, bad)
    assert log.events(loc) == []


def test_an_edit_and_a_removal_with_its_attachments(world, store):
    log, loc, _ = world
    event_id = log.add(loc, _event(14, "incident", "Potyčka", 3))
    log.update(event_id, _event(14, "incident", "Potyčka u ubytovny", 4))
    assert log.events(loc)[0].data.severity == 4
    log.attach_bytes(event_id, "foto.jpg", b"\xff\xd8jpeg")
    log.remove(event_id)
    assert log.events(loc) == []
    assert counts(store)["situation-attachments"] == 0


def test_a_file_is_copied_into_the_store_and_saved_back_unchanged(world, tmp_path):
    log, loc, _ = world
    event_id = log.add(loc, _event(20, "petition", "Petice", 3))
    original = tmp_path / "petice – sken.pdf"
    data = bytes(range(256)) * 40
    original.write_bytes(data)
    info = log.attach(event_id, original)
    original.unlink()  # the store keeps its own copy
    assert (info.file_name, info.media_type, info.size) == ("petice – sken.pdf",
                                                            "application/pdf", len(data))
    assert log.events(loc)[0].attachments == [info]
    saved = log.save_attachment(info.id, tmp_path / "kopie.pdf")
    assert saved.read_bytes() == data


def test_a_file_over_the_limit_is_refused_with_a_clear_sentence(world, tmp_path):
    log, loc, _ = world
    event_id = log.add(loc, _event(20, "media_article", "Článek v Ohárce", 2))
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (MAX_ATTACHMENT + 1))
    with pytest.raises(UserError, match=r"video\.mp4 má 10 MB; příloha události může mít "
                                        r"nejvýše 10 MB\. Nic se nepřiložilo\."):
        log.attach(event_id, big)
    just = tmp_path / "just.bin"
    just.write_bytes(b"\0" * MAX_ATTACHMENT)
    log.attach(event_id, just)
    assert [a.file_name for a in log.events(loc)[0].attachments] == ["just.bin"]


def test_list_and_stats_know_the_new_kinds(world, store):
    log, loc, _ = world
    event_id = log.add(loc, _event(14, "incident", "Potyčka", 3))
    log.attach_bytes(event_id, "foto.jpg", b"jpeg")
    rows = list_rows(store, "situation-events", locality_id=loc)
    assert [(r["title"], r["occurred_on"], r["kind"]) for r in rows] == [
        ("Potyčka", "2026-09-14", "incident")]
    files = list_rows(store, "situation-attachments", locality_id=loc)
    assert files[0]["file_name"] == "foto.jpg" and "content" not in files[0]
    assert counts(store)["situation-events"] == 1


def test_the_conflict_review_names_the_fields_and_codes_of_the_log_in_czech():
    from obecdesk.sync.field_labels import code_label, field_label

    assert [field_label(f) for f in ("occurred_on", "severity", "reach", "actor_ids")] == [
        "Datum události", "Závažnost", "Dosah", "Zapojení aktéři"]
    assert code_label("situation_events", "kind", "police_statement") == "vyjádření policie"
    assert code_label("communication_recommendations", "status", "in_progress") == "zavádí se"
    assert field_label("attitude") == "Postoj k začleňování"  # the actors' name stays
