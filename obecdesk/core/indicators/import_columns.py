"""The Czech headers and status words of the plan imports (``docs/import-formats.md``).

Headers are matched without case, diacritics and punctuation, so "Požadováno (Kč)",
"pozadovano kc" and "Požadováno" are one column. Status words are matched the same way, as
people write them ("v přípravě", "podáno", "realizace", "ukončeno", …).
"""

from __future__ import annotations

from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.core.vocabulary.indicators import MeasureStatus, ProjectStatus

#: kind → field → header spellings (the first is the documented one)
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "projects": {
        "title": ("Název", "Název projektu", "Projekt"),
        "programme": ("Program", "Operační program", "Dotační program", "Výzva"),
        "measures": ("Opatření", "Opatření plánu"),
        "status": ("Stav", "Stav projektu"),
        "requested": ("Požadováno (Kč)", "Požadováno", "Požadovaná částka", "Rozpočet"),
        "approved": ("Schváleno (Kč)", "Schváleno", "Schválená částka", "Získáno"),
        "people": ("Podpořené osoby", "Počet podpořených osob", "Osoby"),
        "submitted_on": ("Podáno", "Datum podání"),
        "decided_on": ("Rozhodnuto", "Datum rozhodnutí"),
        "starts_on": ("Zahájení", "Začátek realizace", "Od"),
        "ends_on": ("Ukončení", "Konec realizace", "Do"),
        "applicant": ("Žadatel",),
        "notes": ("Poznámka", "Poznámky"),
    },
    "measures": {
        "area": ("Oblast", "Téma", "Priorita"),
        "goal": ("Cíl",),
        "title": ("Opatření", "Název opatření"),
        "status": ("Stav",),
        "responsible": ("Odpovídá", "Odpovědnost", "Garant", "Realizátor"),
        "partners": ("Partneři", "Spolupracuje"),
        "starts_on": ("Od", "Zahájení"),
        "ends_on": ("Do", "Ukončení"),
        "budget": ("Rozpočet (Kč)", "Rozpočet"),
        "description": ("Popis",),
    },
    "indicator-values": {
        "indicator": ("Ukazatel", "Indikátor"),
        "period": ("Období",),
        "value": ("Hodnota",),
        "source": ("Zdroj", "Zdroj dat"),
        "note": ("Poznámka",),
        "follow_up": ("K prověření", "Prověřit"),
    },
}

REQUIRED = {"projects": ("title",), "measures": ("area", "title"),
            "indicator-values": ("indicator", "period", "value")}

_PROJECT_WORDS = {
    ProjectStatus.IDEA: ("zamer", "napad", "idea", "namet"),
    ProjectStatus.PREPARATION: ("v priprave", "priprava", "pripravuje se", "pripravujeme",
                                "preparation"),
    ProjectStatus.SUBMITTED: ("podano", "podan", "podana", "podany", "odeslano", "v hodnoceni",
                              "hodnoceni", "submitted"),
    ProjectStatus.APPROVED: ("schvaleno", "schvalen", "schvalena", "podporeno", "podporen",
                             "approved"),
    ProjectStatus.RUNNING: ("realizace", "v realizaci", "realizuje se", "bezi", "probiha",
                            "running"),
    ProjectStatus.FINISHED: ("ukonceno", "ukoncen", "dokonceno", "skonceno", "ukonceny",
                             "finished"),
    ProjectStatus.REJECTED: ("zamitnuto", "zamitnut", "nepodporeno", "nepodporen", "rejected"),
    ProjectStatus.WITHDRAWN: ("stazeno", "stazen", "zruseno", "withdrawn"),
}
_MEASURE_WORDS = {
    MeasureStatus.PLANNED: ("planovano", "naplanovano", "plan", "planned", "zamer"),
    MeasureStatus.PREPARATION: ("v priprave", "priprava", "preparation"),
    MeasureStatus.RUNNING: ("bezi", "realizace", "v realizaci", "probiha", "plni se", "running"),
    MeasureStatus.DONE: ("dokonceno", "splneno", "hotovo", "ukonceno", "realizovano", "done"),
    MeasureStatus.DROPPED: ("zruseno", "nerealizovano", "vypusteno", "nerealizuje se",
                            "dropped"),
}


def _index(words: dict) -> dict[str, str]:
    return {normalise(w): status.value for status, spellings in words.items()
            for w in (*spellings, status.label)}


PROJECT_STATUS = _index(_PROJECT_WORDS)
MEASURE_STATUS = _index(_MEASURE_WORDS)


def field_of(kind: str, header: str) -> str | None:
    key = normalise(header)
    for field, spellings in COLUMNS[kind].items():
        if key in {normalise(s) for s in spellings}:
            return field
    return None
