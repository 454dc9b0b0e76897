"""Czech names of synced fields and of the codes they hold, for the conflict review.

Field names are marked for translation in the context "Fields", codes carry their labels in
"Vocabulary"; the UI translates both at display time. A field without a name shows its column.
"""

from __future__ import annotations

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum
from obecdesk.core.vocabulary.cooperation import CooperationDecision, IntakeCondition
from obecdesk.core.vocabulary.localities import CooperationMode, Theme
from obecdesk.core.vocabulary.meetings import (
    ActionStatus,
    AttendanceStatus,
    DecisionRule,
    MeetingKind,
)
from obecdesk.core.vocabulary.participation import (
    Disposition,
    EventKind,
    MediationResult,
    ProposalKind,
)
from obecdesk.core.vocabulary.stakeholders import ActorKind, BodyKind, RelationKind, Sector
from obecdesk.sync.field_labels_communication import COMMUNICATION_CODES, COMMUNICATION_FIELDS

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Název / jméno"),
    "title": QT_TRANSLATE_NOOP("Fields", "Název"),
    "region": QT_TRANSLATE_NOOP("Fields", "Kraj"),
    "population": QT_TRANSLATE_NOOP("Fields", "Počet obyvatel"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Typ spolupráce"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Začátek spolupráce"),
    "themes": QT_TRANSLATE_NOOP("Fields", "Témata"),
    "coordinator": QT_TRANSLATE_NOOP("Fields", "Konzultant"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Poznámky"),
    "archived": QT_TRANSLATE_NOOP("Fields", "Archivováno"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Druh"),
    "organisation_name": QT_TRANSLATE_NOOP("Fields", "Organizace"),
    "organisation_id": QT_TRANSLATE_NOOP("Fields", "Organizace"),
    "sector": QT_TRANSLATE_NOOP("Fields", "Sektor"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Telefon"),
    "address": QT_TRANSLATE_NOOP("Fields", "Adresa"),
    "influence": QT_TRANSLATE_NOOP("Fields", "Vliv"),
    "attitude": QT_TRANSLATE_NOOP("Fields", "Postoj k začleňování"),
    "interest": QT_TRANSLATE_NOOP("Fields", "Zájem"),
    "decision_power": QT_TRANSLATE_NOOP("Fields", "Rozhodovací pravomoc"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Štítky"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "Právní základ zpracování"),
    "consent_date": QT_TRANSLATE_NOOP("Fields", "Datum souhlasu"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Účel zpracování"),
    "note": QT_TRANSLATE_NOOP("Fields", "Poznámka"),
    "code": QT_TRANSLATE_NOOP("Fields", "Označení"),
    "theme": QT_TRANSLATE_NOOP("Fields", "Téma"),
    "joined_on": QT_TRANSLATE_NOOP("Fields", "Členem od"),
    "left_on": QT_TRANSLATE_NOOP("Fields", "Členem do"),
    "date": QT_TRANSLATE_NOOP("Fields", "Datum"),
    "start_time": QT_TRANSLATE_NOOP("Fields", "Začátek"),
    "end_time": QT_TRANSLATE_NOOP("Fields", "Konec"),
    "place": QT_TRANSLATE_NOOP("Fields", "Místo"),
    "facilitator": QT_TRANSLATE_NOOP("Fields", "Facilitátor"),
    "minute_taker": QT_TRANSLATE_NOOP("Fields", "Zapisovatel"),
    "decision_rule": QT_TRANSLATE_NOOP("Fields", "Způsob rozhodování"),
    "goal": QT_TRANSLATE_NOOP("Fields", "Cíl"),
    "head_count": QT_TRANSLATE_NOOP("Fields", "Počet účastníků"),
    "presenter": QT_TRANSLATE_NOOP("Fields", "Předkládá"),
    "planned_minutes": QT_TRANSLATE_NOOP("Fields", "Plánovaná délka (min)"),
    "method": QT_TRANSLATE_NOOP("Fields", "Metoda"),
    "expected_output": QT_TRANSLATE_NOOP("Fields", "Očekávaný výstup"),
    "minutes_html": QT_TRANSLATE_NOOP("Fields", "Zápis"),
    "guest_name": QT_TRANSLATE_NOOP("Fields", "Jméno hosta"),
    "guest_organisation": QT_TRANSLATE_NOOP("Fields", "Organizace hosta"),
    "status": QT_TRANSLATE_NOOP("Fields", "Stav"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "how_decided": QT_TRANSLATE_NOOP("Fields", "Jak bylo rozhodnuto"),
    "due_date": QT_TRANSLATE_NOOP("Fields", "Termín"),
    "done_on": QT_TRANSLATE_NOOP("Fields", "Splněno dne"),
    "deleted": QT_TRANSLATE_NOOP("Fields", "Smazáno"),
    # participation and mediation
    "attendance_total": QT_TRANSLATE_NOOP("Fields", "Účast celkem"),
    "attendance_target": QT_TRANSLATE_NOOP("Fields", "Účast z cílových skupin"),
    "outreach": QT_TRANSLATE_NOOP("Fields", "Oslovení zranitelných skupin"),
    "disposition": QT_TRANSLATE_NOOP("Fields", "Vyřízení"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Důvod"),
    "response": QT_TRANSLATE_NOOP("Fields", "Co se s návrhem stalo"),
    "conflict": QT_TRANSLATE_NOOP("Fields", "Konflikt"),
    "mediators": QT_TRANSLATE_NOOP("Fields", "Mediátoři"),
    "rules": QT_TRANSLATE_NOOP("Fields", "Pravidla jednání"),
    "result": QT_TRANSLATE_NOOP("Fields", "Výsledek"),
    "agreement_text": QT_TRANSLATE_NOOP("Fields", "Znění dohody"),
    "attended": QT_TRANSLATE_NOOP("Fields", "Přítomni"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Výsledek setkání"),
    "shared": QT_TRANSLATE_NOOP("Fields", "Sdílená"),
    "shared_text": QT_TRANSLATE_NOOP("Fields", "Sdílený text poznámky"),
    # the cooperation frame
    "requested_by_id": QT_TRANSLATE_NOOP("Fields", "Kdo požádal"),
    "requested_on": QT_TRANSLATE_NOOP("Fields", "Datum žádosti"),
    "requested_mode": QT_TRANSLATE_NOOP("Fields", "Požadovaný režim"),
    "situation": QT_TRANSLATE_NOOP("Fields", "Situace slovy obce"),
    "decision": QT_TRANSLATE_NOOP("Fields", "Rozhodnutí o žádosti"),
    "decision_reason": QT_TRANSLATE_NOOP("Fields", "Důvod rozhodnutí"),
    "decided_on": QT_TRANSLATE_NOOP("Fields", "Datum rozhodnutí"),
    "agreed_on": QT_TRANSLATE_NOOP("Fields", "Memorandum"),
    "planned_end_override": QT_TRANSLATE_NOOP("Fields", "Plánovaný konec (ručně)"),
    "met": QT_TRANSLATE_NOOP("Fields", "Splněno"),
}

FIELD_LABELS.update({k: v for k, v in COMMUNICATION_FIELDS.items() if k not in FIELD_LABELS})


def field_label(field: str) -> str:
    """The Czech name of a field (untranslated), or the column name for fields without one."""
    return FIELD_LABELS.get(field, field)


#: fields that hold a code of a vocabulary (for sets: each element is one), by (table, field)
VOCABULARIES: dict[tuple[str, str], type[LabeledEnum]] = {
    ("localities", "mode"): CooperationMode,
    ("localities", "themes"): Theme,
    ("actors", "kind"): ActorKind,
    ("actors", "sector"): Sector,
    ("actor_relations", "kind"): RelationKind,
    ("bodies", "kind"): BodyKind,
    ("bodies", "theme"): Theme,
    ("meetings", "kind"): MeetingKind,
    ("meetings", "decision_rule"): DecisionRule,
    ("attendance", "status"): AttendanceStatus,
    ("action_items", "status"): ActionStatus,
    ("participation_events", "kind"): EventKind,
    ("proposals", "kind"): ProposalKind,
    ("proposals", "disposition"): Disposition,
    ("mediation_cases", "result"): MediationResult,
    ("cooperations", "requested_mode"): CooperationMode,
    ("cooperations", "themes"): Theme,
    ("cooperations", "decision"): CooperationDecision,
    ("cooperation_conditions", "code"): IntakeCondition,
    **COMMUNICATION_CODES,
}


def code_label(table: str, field: str, code: object) -> str | None:
    """The (untranslated) label of a code the field holds; None when it holds no code."""
    vocabulary = VOCABULARIES.get((table, field))
    if vocabulary is None or not isinstance(code, str):
        return None
    return vocabulary.label_of(code)
