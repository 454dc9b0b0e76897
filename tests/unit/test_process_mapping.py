"""Process mapping services on a real store: ordered steps, anonymous interviews and erasure,
critical points tied to their agenda's steps, recommendations and their status."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.process_mapping.agendas import AgendaData, AgendaService, StepData
from obecdesk.core.process_mapping.findings import (
    CriticalPointData,
    FindingsService,
    RecommendationData,
)
from obecdesk.core.process_mapping.interviews import InterviewData, InterviewService
from obecdesk.core.process_mapping.overview import process_map
from obecdesk.errors import ValidationError

NAMED = InterviewData(respondent_group="staff", respondent_code="respondentka 1, referentka",
                      respondent_name="Jana Zelená", legal_basis="souhlas",
                      consent_date=dt.date(2026, 11, 2), purpose="mapování procesů",
                      summary="Jana Zelená popsala, jak přiděluje body.")


@pytest.fixture
def world(store):
    locality = LocalityService(store).create(LocalityData(name="Horní Lhota")).id
    agendas = AgendaService(store)
    agenda = agendas.create_agenda(locality, AgendaData(name="Přidělování obecních bytů",
                                                        theme="housing"))
    steps = [agendas.add_step(agenda, StepData(name=name, formal_practice="podle pravidel",
                                               informal_practice="jinak"))
             for name in ("Podání žádosti", "Posouzení", "Rozhodnutí rady")]
    return store, locality, agenda, steps


def test_steps_keep_their_order_and_move(world):
    store, locality, agenda, steps = world
    AgendaService(store).move_step(steps[2], -1)
    shown = process_map(store, locality).agendas[0].steps
    assert [(s.position, s.name) for s in shown] == [
        (1, "Podání žádosti"), (2, "Rozhodnutí rady"), (3, "Posouzení")]
    assert shown[0].formal_practice == "podle pravidel" and shown[0].informal_practice == "jinak"


def test_an_interview_is_anonymous_by_default(world):
    store, locality, agenda, _ = world
    InterviewService(store).add(agenda, InterviewData(summary="Žádost mi dvakrát nepřijali."))
    interview = process_map(store, locality).agendas[0].interviews[0]
    assert interview.respondent_code == "respondent 1 (příjemce služby)"
    assert (interview.respondent_name, interview.legal_basis, interview.purpose) == ("", "", "")


@pytest.mark.parametrize(("changes", "message"), [
    ({"legal_basis": ""}, "právním základem"),
    ({"purpose": ""}, "účel"),
    ({"consent_date": None}, "souhlas"),
])
def test_a_name_is_kept_only_with_a_legal_basis_and_purpose(world, changes, message):
    store, locality, agenda, _ = world
    with pytest.raises(ValidationError, match=message):
        InterviewService(store).add(agenda, InterviewData(**{**NAMED.__dict__, **changes}))
    assert process_map(store, locality).agendas[0].interviews == ()


def test_erasing_a_named_respondent_leaves_an_anonymous_interview(world):
    store, locality, agenda, _ = world
    interviews = InterviewService(store)
    interview_id = interviews.add(agenda, NAMED)
    assert process_map(store, locality).agendas[0].interviews[0].respondent_name == "Jana Zelená"
    interviews.erase(interview_id)
    kept = process_map(store, locality).agendas[0].interviews[0]
    assert kept.erased and kept.respondent_code == "respondentka 1, referentka"
    assert (kept.respondent_name, kept.legal_basis, kept.consent_date, kept.purpose) == (
        "", "", None, "")
    assert kept.summary == "respondentka 1, referentka popsala, jak přiděluje body."
    # a later edit cannot give the erased respondent a name back
    interviews.update(interview_id, replace(NAMED, summary=kept.summary))
    assert process_map(store, locality).agendas[0].interviews[0].respondent_name == ""
    with pytest.raises(ValidationError, match="už byly vymazány"):
        interviews.erase(interview_id)
    on_disk = b"".join(p.read_bytes() for p in store.database_path.parent.glob("*.sqlite*"))
    assert "Jana Zelená".encode() not in on_disk


def test_an_anonymous_interview_has_nothing_to_erase(world):
    store, _, agenda, _ = world
    interview_id = InterviewService(store).add(agenda, InterviewData())
    with pytest.raises(ValidationError, match="anonymní"):
        InterviewService(store).erase(interview_id)


def test_a_critical_point_sits_on_a_step_of_its_own_agenda(world):
    store, locality, agenda, steps = world
    other = AgendaService(store).create_agenda(locality, AgendaData(name="Stížnosti na hluk"))
    findings = FindingsService(store)
    with pytest.raises(ValidationError, match="nepatří do agendy"):
        findings.add_critical_point(locality, CriticalPointData(
            agenda_id=other, step_id=steps[1], title="Trvalý pobyt"))
    point = findings.add_critical_point(locality, CriticalPointData(
        agenda_id=agenda, step_id=steps[1], title="Trvalý pobyt na ohlašovně se nepočítá",
        severity="high", evidence="Pravidla čl. 3"))
    shown = process_map(store, locality).points
    assert [(p.id, p.step_label, p.severity) for p in shown] == [(point, "2. Posouzení", "high")]
    AgendaService(store).delete_step(steps[1])  # the point stays, no longer tied to the step
    assert process_map(store, locality).points[0].step_label == ""
    with pytest.raises(ValidationError, match="kritická místa"):
        AgendaService(store).delete_agenda(agenda)


def test_recommendation_status_changes_and_follow_ups(world):
    store, locality, agenda, steps = world
    findings = FindingsService(store)
    with pytest.raises(ValidationError, match="aspoň na jedno kritické místo"):
        findings.add_recommendation(locality, RecommendationData(title="Změnit pravidla"))
    points = [findings.add_critical_point(locality, CriticalPointData(
        agenda_id=agenda, step_id=steps[0], title=title, severity=severity))
        for title, severity in (("Formulář jen na podatelně", "low"),
                                ("Žádosti se nepřijímají", "high"))]
    rec = findings.add_recommendation(locality, RecommendationData(
        title="Formulář na webu a přijmout každou žádost", critical_point_ids=points,
        referral_organisation="Veřejný ochránce práv", referral_note="metodika"))
    assert process_map(store, locality).recommendations[0].status == "proposed"
    findings.set_status(rec, "in_progress")
    findings.add_follow_up(rec, dt.date(2026, 11, 20), "Formulář je na webu.")
    with pytest.raises(ValidationError, match="Neznámý stav doporučení"):
        findings.set_status(rec, "hotovo")
    data = process_map(store, locality)
    shown = data.recommendations[0]
    assert shown.status == "in_progress"
    assert [p.title for p in data.points_of(shown)] == [
        "Žádosti se nepřijímají", "Formulář jen na podatelně"]  # most severe first
    assert shown.referral_to == "Veřejný ochránce práv"
    assert [(f.held_on, f.note) for f in shown.follow_ups] == [
        (dt.date(2026, 11, 20), "Formulář je na webu.")]
    assert data.points_by_severity() == {"high": 1, "medium": 0, "low": 1}
    assert data.recommendations_by_status() == {"in_progress": 1}
    # a point the recommendation still needs cannot go; one of two can
    findings.delete_critical_point(points[0])
    with pytest.raises(ValidationError, match="navazuje doporučení"):
        findings.delete_critical_point(points[1])
