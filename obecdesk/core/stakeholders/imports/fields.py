"""What the columns and cells of an actor spreadsheet mean: header names, sector words, values.

Headers and words are compared folded (no case, no diacritics, punctuation as spaces), so
"E-mail", "email" and "E‑MAIL" are one column and "Veřejná správa" is "verejna sprava".
"""

from __future__ import annotations

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.imports.cells import normalise
from obecdesk.core.vocabulary.stakeholders import Sector

C = "ActorImport"

#: target fields of an import, with the Czech label the mapping preview shows
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ActorImport", "Jméno / název"),
    "first_name": QT_TRANSLATE_NOOP("ActorImport", "Křestní jméno"),
    "surname": QT_TRANSLATE_NOOP("ActorImport", "Příjmení"),
    "kind": QT_TRANSLATE_NOOP("ActorImport", "Osoba / organizace"),
    "organisation": QT_TRANSLATE_NOOP("ActorImport", "Organizace"),
    "sector": QT_TRANSLATE_NOOP("ActorImport", "Sektor"),
    "role": QT_TRANSLATE_NOOP("ActorImport", "Role / funkce"),
    "email": QT_TRANSLATE_NOOP("ActorImport", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ActorImport", "Telefon"),
    "address": QT_TRANSLATE_NOOP("ActorImport", "Adresa"),
    "notes": QT_TRANSLATE_NOOP("ActorImport", "Poznámka"),
    "influence": QT_TRANSLATE_NOOP("ActorImport", "Vliv (1–5)"),
    "attitude": QT_TRANSLATE_NOOP("ActorImport", "Postoj (−2 až +2)"),
    "interest": QT_TRANSLATE_NOOP("ActorImport", "Zájem (1–5)"),
    "decision_power": QT_TRANSLATE_NOOP("ActorImport", "Rozhodovací pravomoc"),
    "tags": QT_TRANSLATE_NOOP("ActorImport", "Štítky"),
    "legal_basis": QT_TRANSLATE_NOOP("ActorImport", "Právní základ"),
    "consent_date": QT_TRANSLATE_NOOP("ActorImport", "Datum souhlasu"),
    "purpose": QT_TRANSLATE_NOOP("ActorImport", "Účel zpracování"),
}

#: the usual Czech and English header names of each field (folded forms)
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("jmeno", "name", "jmeno a prijmeni", "cele jmeno", "full name", "nazev", "akter",
             "actor", "osoba", "nazev subjektu", "jmeno nazev"),
    "first_name": ("krestni jmeno", "first name", "given name", "firstname"),
    "surname": ("prijmeni", "surname", "last name", "family name", "lastname"),
    "kind": ("druh", "typ aktera", "druh aktera", "kind", "type", "osoba organizace",
             "actor type"),
    "organisation": ("organizace", "organisation", "organization", "instituce", "firma",
                     "subjekt", "organizace instituce", "company", "employer organisation"),
    "sector": ("sektor", "sector", "typ organizace", "typ subjektu", "oblast"),
    "role": ("role", "funkce", "pozice", "position", "job title", "pracovni pozice",
             "role funkce", "function"),
    "email": ("e mail", "email", "mail", "e mailova adresa"),
    "phone": ("telefon", "phone", "tel", "mobil", "mobile", "telephone", "telefonni cislo",
              "phone number"),
    "address": ("adresa", "address", "bydliste", "sidlo"),
    "notes": ("poznamka", "poznamky", "note", "notes", "komentar", "comment", "comments"),
    "influence": ("vliv", "influence", "moc", "power"),
    "attitude": ("postoj", "attitude", "postoj k zaclenovani", "vztah k zaclenovani"),
    "interest": ("zajem", "interest"),
    "decision_power": ("rozhodovaci pravomoc", "rozhoduje", "decision power",
                       "decision making power", "pravomoc"),
    "tags": ("stitky", "stitek", "tags", "tag", "klicova slova"),
    "legal_basis": ("pravni zaklad", "legal basis", "zaklad zpracovani"),
    "consent_date": ("datum souhlasu", "souhlas", "consent date", "consent", "souhlas ze dne"),
    "purpose": ("ucel", "purpose", "ucel zpracovani"),
}

#: words people write for a sector (folded); the Czech labels and codes are added below
SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    Sector.PUBLIC_ADMINISTRATION: (
        "verejna sprava", "statni sprava", "samosprava", "mestsky urad", "obecni urad",
        "magistrat", "urad", "mu", "ou", "obec", "mesto", "public administration",
        "municipality", "ospod", "socialni odbor"),
    Sector.MUNICIPAL_POLITICS: (
        "komunalni politika", "politika", "politik", "zastupitel", "zastupitelstvo", "rada",
        "radni", "starosta", "politics", "vedeni obce", "vedeni mesta"),
    Sector.SOCIAL_SERVICES: (
        "socialni sluzby", "socialni sluzba", "poskytovatel socialnich sluzeb",
        "social services", "poskytovatel"),
    Sector.NGO: (
        "nno", "nezisková organizace", "neziskova organizace", "neziskovka", "nestatni neziskova",
        "nestatni neziskova organizace", "spolek", "z s", "o p s", "ops", "ngo", "nonprofit",
        "non profit", "obecne prospesna spolecnost"),
    Sector.SCHOOL: ("skola", "skolstvi", "zs", "ms", "ss", "vzdelavani", "school", "education",
                    "zakladni skola", "materska skola"),
    Sector.POLICE: ("policie", "mestska policie", "pcr", "mp", "police", "policie cr"),
    Sector.EMPLOYER: ("zamestnavatel", "firma", "podnik", "employer", "business",
                      "soukromy sektor", "podnikatel"),
    Sector.LABOUR_OFFICE: ("urad prace", "up", "up cr", "uprace", "labour office",
                           "labor office"),
    Sector.REGION: ("kraj", "krajsky urad", "region", "ku"),
    Sector.HEALTH_CARE: ("zdravotnictvi", "zdravotni pece", "nemocnice", "health",
                         "health care", "healthcare", "lekar"),
    Sector.CHURCH: ("cirkev", "farnost", "church", "nabozenska organizace"),
    Sector.TARGET_GROUP: ("cilova skupina", "zastupce cilove skupiny", "target group",
                          "zastupkyne cilove skupiny", "cs"),
    Sector.RESIDENT: ("obyvatel", "obcan", "resident", "verejnost", "obyvatele"),
    Sector.OTHER: ("jine", "ostatni", "other", "jiny"),
}

_HEADER_LOOKUP = {alias: f for f, aliases in HEADER_NAMES.items() for alias in aliases}
_SECTOR_LOOKUP: dict[str, str] = {}
for _sector, _words in SECTOR_WORDS.items():
    for _word in (*_words, normalise(_sector.label), normalise(_sector.value)):
        _SECTOR_LOOKUP.setdefault(normalise(_word), _sector.value)
#: longest phrases first, so "mestska policie" wins over "mesto"-like shorter words
_SECTOR_PHRASES = sorted(_SECTOR_LOOKUP, key=len, reverse=True)


def field_for_header(header: str) -> str | None:
    """The field a header names, or ``None`` for a column the import ignores."""
    return _HEADER_LOOKUP.get(normalise(header))


def sector_for_word(text: str) -> str | None:
    """The sector code a cell means, or ``None`` when no known word is in it."""
    key = normalise(text)
    if not key:
        return None
    if key in _SECTOR_LOOKUP:
        return _SECTOR_LOOKUP[key]
    padded = f" {key} "
    for phrase in _SECTOR_PHRASES:
        if len(phrase) > 2 and f" {phrase} " in padded:
            return _SECTOR_LOOKUP[phrase]
    return None


#: legal forms and institution words that mark a name as an organisation's (normalised)
_ORGANISATION_FORMS = ("s r o", "spol s r o", "z s", "o p s", "a s", "z u", "p o", "v o s",
                       "prispevkova organizace", "o s")
_ORGANISATION_STARTS = ("mestsky urad", "obecni urad", "urad prace", "krajsky urad", "magistrat",
                        "zakladni skola", "materska skola", "stredni skola", "zs ", "ms ",
                        "ss ", "gymnazium", "policie", "mestska policie", "charita",
                        "oblastni charita", "diakonie", "spolek", "nadace", "sdruzeni",
                        "centrum", "farnost", "nemocnice", "azylovy dum", "dum na pul cesty",
                        "nizkoprahove", "sprava bytoveho", "organizace")


def looks_like_organisation(name: str) -> bool:
    """Whether a name with no organisation beside it is an organisation's ("Charita Bránice",
    "Bránické strojírny, a. s."), for sheets without an explicit person/organisation column."""
    key = normalise(name)
    if any(key.endswith(" " + form) or key == form for form in _ORGANISATION_FORMS):
        return True
    return any(key.startswith(start) for start in _ORGANISATION_STARTS)
