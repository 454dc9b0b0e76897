"""Agendas of the municipality, their ordered steps and the documents analysed for them."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.process_mapping import DocumentKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import (
    CriticalPoint,
    Locality,
    ProcessAgenda,
    ProcessDocument,
    ProcessInterview,
    ProcessStep,
)


@dataclass
class AgendaData:
    name: str
    theme: str = ""
    department: str = ""
    description: str = ""


@dataclass
class StepData:
    name: str
    responsible: str = ""
    #: what the rules say
    formal_practice: str = ""
    #: what really happens
    informal_practice: str = ""


@dataclass
class DocumentData:
    title: str
    kind: str = DocumentKind.OTHER
    issued_on: dt.date | None = None
    note: str = ""


def _named(value: str, what: str, limit: int = 300) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(f"{what} musí mít název.")
    if len(value) > limit:
        raise ValidationError(f"{what}: název může mít nejvýše {limit} znaků.")
    return value


def _agenda_values(data: AgendaData) -> dict:
    return {**asdict(data), "name": _named(data.name, "Agenda"),
            "department": data.department.strip()}


def _step_values(data: StepData) -> dict:
    return {**asdict(data), "name": _named(data.name, "Krok postupu"),
            "responsible": data.responsible.strip()}


def _document_values(data: DocumentData) -> dict:
    try:
        kind = DocumentKind(data.kind)
    except ValueError as exc:
        raise ValidationError(f"Neznámý druh dokumentu: {data.kind}.") from exc
    if data.issued_on and data.issued_on > dt.date.today():
        raise ValidationError("Datum dokumentu nemůže být v budoucnosti.")
    return {**asdict(data), "title": _named(data.title, "Dokument"), "kind": kind.value}


def _live(model, *where):
    return select(model).where(model.deleted.is_(False), *where)


class AgendaService:
    """Agendas, steps and documents: each call is one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- agendas -------------------------------------------------------------------------------

    def create_agenda(self, locality_id: str, data: AgendaData) -> str:
        values = _agenda_values(data)
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            position = session.scalar(select(func.count(ProcessAgenda.id)).where(
                ProcessAgenda.locality_id == locality_id)) or 0
            row = ProcessAgenda(locality_id=locality_id, position=position, **values)
            session.add(row)
            session.flush()
            return row.id

    def update_agenda(self, agenda_id: str, data: AgendaData) -> None:
        values = _agenda_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, ProcessAgenda, agenda_id, "Agenda"), values)

    def delete_agenda(self, agenda_id: str) -> None:
        """Remove an agenda with its steps, documents and interviews; refused while critical
        points hang on it (they and their recommendations are the mapping's result)."""
        with self.store.unit_of_work() as session:
            row = get_live(session, ProcessAgenda, agenda_id, "Agenda")
            if session.scalar(select(func.count(CriticalPoint.id)).where(
                    CriticalPoint.agenda_id == agenda_id, CriticalPoint.deleted.is_(False))):
                raise ValidationError(f"Agenda „{row.name}“ má kritická místa; odstraňte nejdřív "
                                      "je, nebo je přesuňte k jiné agendě.")
            for model in (ProcessStep, ProcessDocument, ProcessInterview):
                for child in session.scalars(_live(model, model.agenda_id == agenda_id)):
                    child.deleted = True
            row.deleted = True

    # -- steps ---------------------------------------------------------------------------------

    def add_step(self, agenda_id: str, data: StepData) -> str:
        """A new step at the end of the agenda's process."""
        values = _step_values(data)
        with self.store.unit_of_work() as session:
            agenda = get_live(session, ProcessAgenda, agenda_id, "Agenda")
            last = session.scalar(select(func.max(ProcessStep.position)).where(
                ProcessStep.agenda_id == agenda_id, ProcessStep.deleted.is_(False)))
            row = ProcessStep(locality_id=agenda.locality_id, agenda_id=agenda_id,
                              position=(last or 0) + 1, **values)
            session.add(row)
            session.flush()
            return row.id

    def update_step(self, step_id: str, data: StepData) -> None:
        values = _step_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, ProcessStep, step_id, "Krok postupu"), values)

    def move_step(self, step_id: str, offset: int) -> None:
        """Move a step ``offset`` places up (negative) or down; positions are renumbered 1…n."""
        with self.store.unit_of_work() as session:
            step = get_live(session, ProcessStep, step_id, "Krok postupu")
            steps = list(session.scalars(_live(ProcessStep, ProcessStep.agenda_id == step.agenda_id)
                                         .order_by(ProcessStep.position, ProcessStep.id)))
            index = steps.index(step)
            steps.insert(max(0, min(len(steps) - 1, index + offset)), steps.pop(index))
            for position, row in enumerate(steps, start=1):
                assign(row, {"position": position})

    def delete_step(self, step_id: str) -> None:
        """Remove a step; its critical points stay with the agenda, no longer tied to a step."""
        with self.store.unit_of_work() as session:
            step = get_live(session, ProcessStep, step_id, "Krok postupu")
            for point in session.scalars(select(CriticalPoint).where(
                    CriticalPoint.step_id == step_id)):
                point.step_id = None  # through the ORM, so the change is stamped and synced
            step.deleted = True

    # -- documents -----------------------------------------------------------------------------

    def add_document(self, agenda_id: str, data: DocumentData) -> str:
        values = _document_values(data)
        with self.store.unit_of_work() as session:
            agenda = get_live(session, ProcessAgenda, agenda_id, "Agenda")
            row = ProcessDocument(locality_id=agenda.locality_id, agenda_id=agenda_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update_document(self, document_id: str, data: DocumentData) -> None:
        values = _document_values(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, ProcessDocument, document_id, "Dokument"), values)

    def delete_document(self, document_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, ProcessDocument, document_id, "Dokument").deleted = True
