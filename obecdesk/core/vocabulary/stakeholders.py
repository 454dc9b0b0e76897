"""Actor kinds, sectors, relations and bodies of the partnership (seed 001), and the legal
bases a person's data are held on."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.text import fold
from obecdesk.core.vocabulary import LabeledEnum


class ActorKind(LabeledEnum):
    ORGANISATION = "organisation", QT_TRANSLATE_NOOP("Vocabulary", "organizace")
    PERSON = "person", QT_TRANSLATE_NOOP("Vocabulary", "osoba")


class Sector(LabeledEnum):
    PUBLIC_ADMINISTRATION = "public_administration", QT_TRANSLATE_NOOP("Vocabulary", "veřejná správa")
    MUNICIPAL_POLITICS = "municipal_politics", QT_TRANSLATE_NOOP("Vocabulary", "komunální politika")
    SOCIAL_SERVICES = "social_services", QT_TRANSLATE_NOOP("Vocabulary", "poskytovatel sociálních služeb")
    NGO = "ngo", QT_TRANSLATE_NOOP("Vocabulary", "NNO")
    SCHOOL = "school", QT_TRANSLATE_NOOP("Vocabulary", "škola")
    POLICE = "police", QT_TRANSLATE_NOOP("Vocabulary", "policie")
    EMPLOYER = "employer", QT_TRANSLATE_NOOP("Vocabulary", "zaměstnavatel")
    LABOUR_OFFICE = "labour_office", QT_TRANSLATE_NOOP("Vocabulary", "úřad práce")
    REGION = "region", QT_TRANSLATE_NOOP("Vocabulary", "kraj")
    HEALTH_CARE = "health_care", QT_TRANSLATE_NOOP("Vocabulary", "zdravotnictví")
    CHURCH = "church", QT_TRANSLATE_NOOP("Vocabulary", "církev")
    TARGET_GROUP = "target_group", QT_TRANSLATE_NOOP("Vocabulary", "zástupce cílové skupiny")
    RESIDENT = "resident", QT_TRANSLATE_NOOP("Vocabulary", "obyvatel")
    OTHER = "other", QT_TRANSLATE_NOOP("Vocabulary", "jiné")


class RelationKind(LabeledEnum):
    WORKS_FOR = "works_for", QT_TRANSLATE_NOOP("Vocabulary", "pracuje pro")
    COOPERATES = "cooperates", QT_TRANSLATE_NOOP("Vocabulary", "spolupracuje s")
    CONFLICT = "conflict", QT_TRANSLATE_NOOP("Vocabulary", "v konfliktu s")
    INFLUENCES = "influences", QT_TRANSLATE_NOOP("Vocabulary", "ovlivňuje")


class BodyKind(LabeledEnum):
    PARTNERSHIP = "partnership", QT_TRANSLATE_NOOP("Vocabulary", "lokální partnerství / koalice")
    STEERING_GROUP = "steering_group", QT_TRANSLATE_NOOP("Vocabulary", "řídicí tým")
    WORKING_GROUP = "working_group", QT_TRANSLATE_NOOP("Vocabulary", "pracovní skupina")
    OTHER = "other", QT_TRANSLATE_NOOP("Vocabulary", "jiný orgán")


ROLE_SUGGESTIONS = [
    "radní pro bydlení a sociální oblast", "OSPOD", "kurátor pro mládež", "kurátor pro dospělé",
    "pracovník komunitního plánování", "odbor správy majetku", "finanční odbor",
    "bytová komise", "sociální komise", "správce obecního bytového fondu",
    "ÚP – odbor hmotné nouze a dávek", "SAS", "terénní sociální práce", "poradna",
    "azylový dům / krizová pomoc", "městský architekt", "městská policie", "starosta",
    "místostarosta", "ředitel/ka školy", "lokální konzultant ASZ",
]


#: the legal basis that needs the date consent was given, so the consent can be proven
CONSENT = "souhlas"
#: the usual legal grounds of GDPR art. 6 a coordinator records; the stored value is this Czech
#: text (free text stays possible, so it is a suggestion list, not a closed enum)
LEGAL_BASES = [CONSENT, "oprávněný zájem", "plnění úkolu ve veřejném zájmu",
               "plnění právní povinnosti"]


def needs_consent_date(legal_basis: str) -> bool:
    """Whether ``legal_basis`` (as typed, any case or accents) is consent, which needs a date."""
    return fold(legal_basis).strip() == CONSENT
