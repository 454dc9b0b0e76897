"""The forms of the mapping's findings: a critical point (placed on an agenda's step), a
recommendation (the points it answers, the negotiated solution, status, referral) and a
follow-up consultation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from obecdesk.core.process_mapping.findings import CriticalPointData, RecommendationData
from obecdesk.core.process_mapping.overview import PointView, ProcessMap, RecommendationView
from obecdesk.core.vocabulary.process_mapping import Concern, RecommendationStatus, Severity
from obecdesk.ui.process_mapping.form_dialog import EditorsBase, Field
from obecdesk.ui.process_mapping.form_dialog import choices as _choices


def place_key(agenda_id: str, step_id: str | None) -> str:
    """The value of the "agenda and step" choice: ``agenda/step`` or ``agenda/``."""
    return f"{agenda_id}/{step_id or ''}"


class FindingEditors(EditorsBase):
    """The forms of critical points, recommendations and follow-ups."""

    def critical_point(self, data: ProcessMap, point: PointView | None = None,
                       agenda_id: str = "", step_id: str | None = None) -> bool:
        places: list[tuple[Any, str]] = []
        for agenda in data.agendas:
            places.append((place_key(agenda.id, None),
                           self.tr("{0} (celá agenda)").format(agenda.name)))
            places += [(place_key(agenda.id, s.id), f"{agenda.name} › {s.position}. {s.name}")
                       for s in agenda.steps]
        fields = [Field("title", self.tr("Kritické místo *")),
                  Field("place", self.tr("Agenda a krok"), "combo", tuple(places)),
                  Field("severity", self.tr("Závažnost"), "combo", _choices(Severity)),
                  Field("concern", self.tr("Dopad"), "combo", _choices(Concern)),
                  Field("description", self.tr("Popis"), "text"),
                  Field("evidence", self.tr("Doklady"), "text", placeholder=self.tr(
                      "dokumenty, rozhovory, čísla"))]
        values = ({"title": point.title, "place": place_key(point.agenda_id, point.step_id),
                   "severity": point.severity, "concern": point.concern,
                   "description": point.description, "evidence": point.evidence} if point else
                  {"place": place_key(agenda_id, step_id), "severity": Severity.MEDIUM.value})
        findings = self.desk.findings

        def save(v: dict) -> Any:
            agenda, _, step = (v.pop("place") or "").partition("/")
            item = CriticalPointData(agenda_id=agenda, step_id=step or None, **v)
            if point:
                return findings.update_critical_point(point.id, item)
            return findings.add_critical_point(data.locality_id, item)
        return self._run(self.tr("Upravit kritické místo") if point else
                         self.tr("Nové kritické místo"), fields, values, save,
                         "critical-point-form")

    def recommendation(self, data: ProcessMap, actors: list[tuple[str, str]],
                       rec: RecommendationView | None = None) -> bool:
        fields = [Field("title", self.tr("Doporučení *")),
                  Field("critical_point_ids", self.tr("Řeší kritická místa"), "checks",
                        tuple((p.id, p.title) for p in data.points), height=96),
                  Field("text", self.tr("Co doporučujeme"), "text", height=64),
                  Field("solution", self.tr("Dohodnuté řešení"), "text", height=64),
                  Field("status", self.tr("Stav realizace"), "combo",
                        _choices(RecommendationStatus)),
                  Field("responsible", self.tr("Odpovídá")),
                  Field("referral_actor_id", self.tr("Předat třetí straně"), "combo",
                        ((None, self.tr("(nikomu / jen název níže)")), *actors)),
                  Field("referral_organisation", self.tr("…nebo organizace")),
                  Field("referral_note", self.tr("Poznámka k předání"), "text", height=48)]
        fresh = RecommendationData("")
        values = dataclasses.asdict(RecommendationData(
            rec.title, list(rec.critical_point_ids), rec.text, rec.solution, rec.status,
            rec.responsible, rec.referral_actor_id,
            "" if rec.referral_actor_id else rec.referral_to, rec.referral_note)
            if rec else fresh)
        findings = self.desk.findings

        def save(v: dict) -> Any:
            if rec:
                return findings.update_recommendation(rec.id, RecommendationData(**v))
            return findings.add_recommendation(data.locality_id, RecommendationData(**v))
        return self._run(self.tr("Upravit doporučení") if rec else self.tr("Nové doporučení"),
                         fields, values, save, "recommendation-form")

    def follow_up(self, rec: RecommendationView) -> bool:
        fields = [Field("held_on", self.tr("Datum konzultace *"), "date"),
                  Field("note", self.tr("Co přinesla *"), "text", height=96)]
        findings = self.desk.findings
        return self._run(self.tr("Konzultace: {0}").format(rec.title), fields,
                         {"held_on": dt.date.today(), "note": ""},
                         lambda v: findings.add_follow_up(rec.id, v["held_on"], v["note"]),
                         "follow-up-form")
