"""HQ's answers travel in real bundle files: HQ returns a value with a comment, the coordinator
sees it, corrects the value and answers, and HQ sees the correction with the whole history."""

from __future__ import annotations

import uuid

import pytest
from bundle_support import decrypted_payload, exchange_files, field_and_hq, receive, send

from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.plans import MeasureData, PlanService
from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.indicators.values import ValueEntry, ValueService, value_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.reviews import ReviewService
from obecdesk.errors import NotFound, ValidationError
from obecdesk.sync.bundle_format import FORMAT_VERSION, Envelope, seal
from obecdesk.sync.bundle_import import ImportStatus, import_bundle
from obecdesk.sync.bundles import build_payload, recipient, select_changes
from obecdesk.sync.keys import replica_keys
from obecdesk.sync.peers import now_text, own_card


def _results(store):
    """A locality with a plan measure, an indicator with one value, and a project."""
    loc = LocalityService(store).create(LocalityData(name="Horní Lhota")).id
    plans = PlanService(store)
    plan = plans.create_plan(locality_id=loc, title="Strategický plán 2025–2027")
    area = plans.add_area(plan, "Vzdělávání", theme="education")
    measure = plans.add_measure(area, MeasureData("Doučování žáků"))
    indicator = IndicatorService(store).create(loc, IndicatorData("Žáci v doučování",
                                                                  unit="persons"))
    ValueService(store).set_value(indicator, ValueEntry("2025-Q2", 140), by="Tereza")
    project = ProjectService(store).create(loc, ProjectData("Doučování v Lhotě"))
    return loc, indicator, value_id(indicator, "2025-Q2"), project, measure


def test_a_value_returned_at_hq_is_corrected_in_the_field_and_approved(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc, indicator, value, project, measure = _results(field)
    exchange_files(field, hq, tmp_path)

    at_hq = ReviewService(hq)
    at_hq.review("value", value, "returned", "140 žáků je víc, než má škola; ověřte zdroj.")
    at_hq.review("project", project, "approved")
    at_hq.review("measure", measure, "comment", "Kdo opatření vede?")
    back = send(hq, field, tmp_path)
    assert "ověřte zdroj".encode() in decrypted_payload(back, field)
    receive(field, back)

    in_field = ReviewService(field)
    note = in_field.notes(loc)[0]  # returned first
    assert (note.review.kind, note.item_id, note.label) == (
        "value", value, "Žáci v doučování, 2. čtvrtletí 2025")
    assert note.review.text("vráceno k opravě") == \
        "vráceno k opravě: 140 žáků je víc, než má škola; ověřte zdroj."
    assert [n.review.state for n in in_field.notes(loc)] == ["returned", "comment", "approved"]
    assert [n.label for n in in_field.notes(loc, open_only=True)] == [note.label]
    states = in_field.states(loc)
    assert states[("project", project)].state == "approved"
    assert states[("measure", measure)].comment == "Kdo opatření vede?"
    assert [(e.state, e.author, e.author_role) for e in in_field.history("value", value)] == [
        ("returned", "Centrála", "hq")]

    ValueService(field).set_value(indicator, ValueEntry("2025-Q2", 14), by="Tereza",
                                  reason="překlep, podle výkazu školy")
    in_field.review("value", value, "corrected", "Opraveno na 14 podle výkazu školy.")
    assert in_field.notes(loc, open_only=True)[0].review.state == "corrected"
    receive(hq, send(field, hq, tmp_path))

    assert ValueService(hq).entries(indicator)["2025-Q2"].value == 14
    assert at_hq.state("value", value).state == "corrected"
    assert [(e.state, e.author) for e in at_hq.history("value", value)] == [
        ("returned", "Centrála"), ("corrected", "Laptop 1")]
    at_hq.review("value", value, "approved", "Děkujeme.")
    receive(field, send(hq, field, tmp_path))
    history = in_field.history("value", value)
    assert [e.state for e in history] == ["returned", "corrected", "approved"]
    assert [e.comment for e in history][-1] == "Děkujeme."
    assert in_field.notes(loc, open_only=True) == []


def _forged(source, target, path, mutate):
    """A bundle built like the real export, changed before it is signed."""
    peer = recipient(source, target.replica_id)
    bundle_id = str(uuid.uuid4())
    payload = build_payload(source, peer, select_changes(source, peer), bundle_id, now_text(),
                            full=False)
    mutate(payload)
    keys = replica_keys(source.replica_id)
    envelope = Envelope(FORMAT_VERSION, bundle_id, source.replica_id, (target.replica_id,),
                        now_text(), keys.public)
    path.write_bytes(seal(envelope, payload, keys, [own_card(target).keys]))
    return path


def test_a_review_of_an_item_the_recipient_does_not_have_is_refused(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc, _, value, *_ = _results(field)
    exchange_files(field, hq, tmp_path)
    ReviewService(hq).review("value", value, "returned", "Doplňte zdroj.")

    def orphan(payload):
        for record in payload["changes"]:
            if record[0] == "hq_reviews" and record[2] == "value_id":
                record[4] = str(uuid.uuid4())
    bundle = _forged(hq, field, tmp_path / "forged.obecbundle", orphan)
    result = import_bundle(field, bundle, accept_new_sender=own_card(hq).keys.fingerprint)
    assert result.status is ImportStatus.REFUSED
    assert "indicator_values" in result.message and "nic se nenačetlo" in result.message
    assert ReviewService(field).notes(loc) == []
    with pytest.raises(NotFound, match="Hodnota ukazatele s id"):
        ReviewService(hq).review("value", str(uuid.uuid4()), "comment", "?")


@pytest.mark.parametrize("state", ["approved", "returned"])
def test_only_hq_approves_or_returns_and_only_the_field_answers(tmp_path, monkeypatch, state):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    _, _, value, *_ = _results(field)
    exchange_files(field, hq, tmp_path)
    with pytest.raises(ValidationError, match="jen centrála"):
        ReviewService(field).review("value", value, state, "ano")
    with pytest.raises(ValidationError, match="terénní replika"):
        ReviewService(hq).review("value", value, "corrected", "hotovo")
    assert ReviewService(field).history("value", value) == []
    ReviewService(field).review("value", value, "comment", "Hodnota je z výkazu školy.")
    receive(hq, send(field, hq, tmp_path))
    assert [(e.state, e.author_role) for e in ReviewService(hq).history("value", value)] == [
        ("comment", "field")]
