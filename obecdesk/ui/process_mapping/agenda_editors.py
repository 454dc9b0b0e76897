"""The forms of an agenda and of what hangs on it: steps (formal and informal practice side by
side), documents analysed, interviews (a name only with a legal basis; an erased respondent's form
has no personal fields at all). The services check; a refused save keeps the dialog open."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from obecdesk.core.process_mapping.agendas import AgendaData, DocumentData, StepData
from obecdesk.core.process_mapping.interviews import InterviewData
from obecdesk.core.process_mapping.overview import (
    AgendaView,
    DocumentView,
    InterviewView,
    StepView,
)
from obecdesk.core.vocabulary.localities import Theme
from obecdesk.core.vocabulary.process_mapping import DocumentKind, RespondentGroup
from obecdesk.core.vocabulary.stakeholders import LEGAL_BASES
from obecdesk.ui.process_mapping.form_dialog import EditorsBase, Field
from obecdesk.ui.process_mapping.form_dialog import choices as _choices


class AgendaEditors(EditorsBase):
    """The forms of an agenda and of its steps, documents and interviews."""

    def agenda(self, locality_id: str, agenda: AgendaView | None = None) -> bool:
        fields = [Field("name", self.tr("Agenda *"), placeholder=self.tr(
                      "např. Přidělování obecních bytů")),
                  Field("theme", self.tr("Téma"), "combo",
                        (("", self.tr("(bez tématu)")), *_choices(Theme))),
                  Field("department", self.tr("Kdo ji vykonává"), placeholder=self.tr(
                      "odbor, komise, rada")),
                  Field("description", self.tr("Popis"), "text")]
        values = dataclasses.asdict(AgendaData(agenda.name, agenda.theme, agenda.department,
                                               agenda.description) if agenda else AgendaData(""))
        service = self.desk.agendas

        def save(v: dict) -> Any:
            data = AgendaData(**v)
            if agenda:
                return service.update_agenda(agenda.id, data)
            return service.create_agenda(locality_id, data)
        return self._run(self.tr("Upravit agendu") if agenda else self.tr("Nová agenda"),
                         fields, values, save, "agenda-form")

    def step(self, agenda_id: str, step: StepView | None = None) -> bool:
        fields = [Field("name", self.tr("Krok *")),
                  Field("responsible", self.tr("Kdo ho dělá")),
                  Field("formal_practice", self.tr("Formální praxe (co říkají pravidla)"), "text",
                        height=96),
                  Field("informal_practice", self.tr("Neformální praxe (co se skutečně děje)"),
                        "text", height=96)]
        values = dataclasses.asdict(StepData(step.name, step.responsible, step.formal_practice,
                                             step.informal_practice) if step else StepData(""))
        service = self.desk.agendas

        def save(v: dict) -> Any:
            if step:
                return service.update_step(step.id, StepData(**v))
            return service.add_step(agenda_id, StepData(**v))
        return self._run(self.tr("Upravit krok") if step else self.tr("Nový krok postupu"),
                         fields, values, save, "step-form")

    def document(self, agenda_id: str, document: DocumentView | None = None) -> bool:
        fields = [Field("title", self.tr("Dokument *")),
                  Field("kind", self.tr("Druh"), "combo", _choices(DocumentKind)),
                  Field("issued_on", self.tr("Ze dne"), "date"),
                  Field("note", self.tr("Co z něj plyne"), "text")]
        data = (DocumentData(document.title, document.kind, document.issued_on, document.note)
                if document else DocumentData(""))
        service = self.desk.agendas

        def save(v: dict) -> Any:
            if document:
                return service.update_document(document.id, DocumentData(**v))
            return service.add_document(agenda_id, DocumentData(**v))
        return self._run(self.tr("Upravit dokument") if document else
                         self.tr("Analyzovaný dokument"), fields, dataclasses.asdict(data), save,
                         "document-form")

    def interview(self, agenda_id: str, interview: InterviewView | None = None) -> bool:
        fields = [Field("respondent_group", self.tr("Respondent/ka"), "combo",
                        _choices(RespondentGroup)),
                  Field("respondent_code", self.tr("Kód (anonymní)"), placeholder=self.tr(
                      "např. respondentka 3, uchazečka o byt; prázdné = doplní se")),
                  Field("held_on", self.tr("Datum rozhovoru"), "date"),
                  Field("summary", self.tr("Shrnutí"), "text", height=110)]
        if not (interview and interview.erased):
            fields += [
                Field("respondent_name", self.tr("Jméno (jen s právním základem)"),
                      placeholder=self.tr("prázdné = anonymní rozhovor")),
                Field("legal_basis", self.tr("Právní základ"), "combo",
                      tuple((b, b) for b in ("", *LEGAL_BASES))),
                Field("consent_date", self.tr("Souhlas ze dne"), "date"),
                Field("purpose", self.tr("Účel zpracování"))]
        data = InterviewData(
            interview.respondent_group, interview.respondent_code, interview.held_on,
            interview.summary, interview.respondent_name, interview.legal_basis,
            interview.consent_date, interview.purpose) if interview else InterviewData(
            held_on=dt.date.today())
        service = self.desk.interviews

        def save(v: dict) -> Any:
            if interview:
                return service.update(interview.id, InterviewData(**v))
            return service.add(agenda_id, InterviewData(**v))
        return self._run(self.tr("Upravit rozhovor") if interview else self.tr("Nový rozhovor"),
                         fields, dataclasses.asdict(data), save, "interview-form")
