"""Interviews with office staff and with recipients of the service (seed 000).

A respondent is anonymous by default: the mapping needs what people said, not who they are, so
an interview keeps a code ("respondentka 3, uchazečka o byt") and a name only when a legal basis
for it is recorded, with its purpose (GDPR, as for actors: ``core/stakeholders/gdpr.py``).
Erasure blanks the name, the basis and the purpose, and replaces the name in the summary by the
code; the interview and what was said stay, anonymous. The merge keeps an erased respondent
erased whatever the stamps (``ProcessInterview.__erased_values__``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.process_mapping import RespondentGroup
from obecdesk.core.vocabulary.stakeholders import needs_consent_date
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.conflict_values import forget_conflict_values
from obecdesk.store.models import ProcessAgenda, ProcessInterview
from obecdesk.store.scrub import scrub_freed_data


@dataclass
class InterviewData:
    respondent_group: str = RespondentGroup.RECIPIENT
    #: the anonymous code; left empty, the next free "respondent N" is given
    respondent_code: str = ""
    held_on: dt.date | None = None
    summary: str = ""
    #: only with a legal basis; empty keeps the respondent anonymous
    respondent_name: str = ""
    legal_basis: str = ""
    consent_date: dt.date | None = None
    purpose: str = ""


def default_code(group: str, number: int) -> str:
    """``respondent 3 (příjemce služby)``: a code that names no one."""
    return f"respondent {number} ({RespondentGroup.label_of(group)})"


def _values(data: InterviewData) -> dict:
    try:
        group = RespondentGroup(data.respondent_group)
    except ValueError as exc:
        raise ValidationError(f"Neznámá skupina respondentů: {data.respondent_group}.") from exc
    today = dt.date.today()
    if data.held_on and data.held_on > today:
        raise ValidationError("Rozhovor nemůže mít datum v budoucnosti.")
    name, basis, purpose = (data.respondent_name.strip(), data.legal_basis.strip(),
                            data.purpose.strip())
    if name and not basis:
        raise ValidationError("Jméno respondenta lze uložit jen s právním základem (např. "
                              "souhlas); jinak zůstává rozhovor anonymní.")
    if name and not purpose:
        raise ValidationError("U jména respondenta uveďte účel zpracování.")
    if name and needs_consent_date(basis) and not data.consent_date:
        raise ValidationError("Právní základ „souhlas“ vyžaduje datum, kdy byl souhlas udělen.")
    if data.consent_date and data.consent_date > today:
        raise ValidationError("Datum souhlasu nemůže být v budoucnosti.")
    if len(data.respondent_code.strip()) > 200:
        raise ValidationError("Kód respondenta může mít nejvýše 200 znaků.")
    personal = bool(name)
    return {
        "respondent_group": group.value, "respondent_code": data.respondent_code.strip(),
        "held_on": data.held_on, "summary": data.summary, "respondent_name": name,
        "legal_basis": basis if personal else "",
        "consent_date": data.consent_date if personal else None,
        "purpose": purpose if personal else "",
    }


class InterviewService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, agenda_id: str, data: InterviewData) -> str:
        values = _values(data)
        with self.store.unit_of_work() as session:
            agenda = get_live(session, ProcessAgenda, agenda_id, "Agenda")
            if not values["respondent_code"]:
                count = session.scalar(select(func.count(ProcessInterview.id)).where(
                    ProcessInterview.locality_id == agenda.locality_id)) or 0
                values["respondent_code"] = default_code(values["respondent_group"], count + 1)
            row = ProcessInterview(locality_id=agenda.locality_id, agenda_id=agenda_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update(self, interview_id: str, data: InterviewData) -> None:
        values = _values(data)
        with self.store.unit_of_work() as session:
            row = get_live(session, ProcessInterview, interview_id, "Rozhovor")
            if row.erased:
                for key in ("respondent_name", "legal_basis", "consent_date", "purpose"):
                    values.pop(key)  # an erased respondent never gets a name back
            if not values["respondent_code"]:
                values["respondent_code"] = row.respondent_code
            assign(row, values)

    def delete(self, interview_id: str) -> None:
        """Remove an interview; the respondent's personal data go with it (erased first)."""
        with self.store.unit_of_work() as session:
            row = get_live(session, ProcessInterview, interview_id, "Rozhovor")
            had_name = bool(row.respondent_name)
            _blank(session, row)
            row.deleted = True
        if had_name:
            scrub_freed_data(self.store)

    def erase(self, interview_id: str) -> None:
        """Erase the respondent's personal data; the anonymous interview stays."""
        with self.store.unit_of_work() as session:
            row = get_live(session, ProcessInterview, interview_id, "Rozhovor")
            if row.erased:
                raise ValidationError("Osobní údaje tohoto respondenta už byly vymazány.")
            if not row.respondent_name:
                raise ValidationError("Rozhovor je anonymní; není co vymazat.")
            _blank(session, row)
        scrub_freed_data(self.store)  # the old values must not linger in the log


def _blank(session, row: ProcessInterview) -> None:
    name = row.respondent_name.strip()
    values = dict(ProcessInterview.__erased_values__)
    if not name:
        values.pop("erased")
    if name and name in row.summary:
        values["summary"] = row.summary.replace(name, row.respondent_code)
    assign(row, values)
    forget_conflict_values(session, ProcessInterview.__tablename__, row.id)
