"""Process mapping between two real replicas: an erased respondent stays erased whatever the
stamps, and links of a recommendation to critical points merge element by element."""

from __future__ import annotations

import datetime as dt

from sync_support import conflict_values, dump, exchange, open_replicas

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.process_mapping.agendas import AgendaData, AgendaService
from obecdesk.core.process_mapping.findings import (
    CriticalPointData,
    FindingsService,
    RecommendationData,
)
from obecdesk.core.process_mapping.interviews import InterviewData, InterviewService
from obecdesk.core.process_mapping.overview import process_map


def two(tmp_path, monkeypatch):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lipník", themes=["housing"])).id
    agenda = AgendaService(a).create_agenda(loc, AgendaData(name="Přidělování obecních bytů"))
    exchange(a, b)
    return a, b, loc, agenda


def test_an_erased_respondent_stays_erased_after_a_concurrent_edit(tmp_path, monkeypatch):
    a, b, loc, agenda = two(tmp_path, monkeypatch)
    named = InterviewData(respondent_code="respondentka 2, uchazečka o byt",
                          respondent_name="Marie Bílá", legal_basis="oprávněný zájem",
                          purpose="mapování procesů", summary="Žádost jí nepřijali.")
    interview = InterviewService(a).add(agenda, named)
    exchange(a, b)
    named.respondent_name = "Marie Bílá-Černá"  # B corrects the name while A erases it
    InterviewService(b).update(interview, named)
    InterviewService(a).erase(interview)
    exchange(a, b)
    exchange(b, a)
    assert dump(a) == dump(b)
    for store in (a, b):
        row = process_map(store, loc).agendas[0].interviews[0]
        assert row.erased and row.respondent_name == "" and row.legal_basis == ""
        assert row.respondent_code == "respondentka 2, uchazečka o byt"
        for _kind, _field, kept, lost in conflict_values(store):
            assert "Bílá" not in str(kept) + str(lost)


def test_links_to_critical_points_made_apart_both_survive(tmp_path, monkeypatch):
    a, b, loc, agenda = two(tmp_path, monkeypatch)
    findings_a = FindingsService(a)
    points = [findings_a.add_critical_point(loc, CriticalPointData(agenda_id=agenda, title=t))
              for t in ("Trvalý pobyt", "Neveřejný pořadník", "Komise mění pořadí")]
    rec = findings_a.add_recommendation(loc, RecommendationData(
        title="Průhledná pravidla", critical_point_ids=[points[0]]))
    exchange(a, b)
    findings_a.update_recommendation(rec, RecommendationData(
        title="Průhledná pravidla", critical_point_ids=[points[0], points[1]]))
    FindingsService(b).update_recommendation(rec, RecommendationData(
        title="Průhledná pravidla", critical_point_ids=[points[0], points[2]],
        status="negotiated"))
    FindingsService(b).add_follow_up(rec, dt.date(2026, 11, 20), "Rada souhlasí.")
    exchange(a, b)
    exchange(b, a)
    assert dump(a) == dump(b)
    shown = process_map(a, loc).recommendations[0]
    assert set(shown.critical_point_ids) == set(points)
    assert shown.status == "negotiated" and len(shown.follow_ups) == 1
