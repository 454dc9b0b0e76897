"""Actor kinds, sectors, relations and bodies of the partnership (seed 001)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP as N
from obecdesk.core.vocabulary import LabeledEnum

C = "Vocabulary"


class ActorKind(LabeledEnum):
    ORGANISATION = "organisation", N(C, "organizace")
    PERSON = "person", N(C, "osoba")


class Sector(LabeledEnum):
    PUBLIC_ADMINISTRATION = "public_administration", N(C, "veřejná správa")
    MUNICIPAL_POLITICS = "municipal_politics", N(C, "komunální politika")
    SOCIAL_SERVICES = "social_services", N(C, "poskytovatel sociálních služeb")
    NGO = "ngo", N(C, "NNO")
    SCHOOL = "school", N(C, "škola")
    POLICE = "police", N(C, "policie")
    EMPLOYER = "employer", N(C, "zaměstnavatel")
    LABOUR_OFFICE = "labour_office", N(C, "úřad práce")
    REGION = "region", N(C, "kraj")
    HEALTH_CARE = "health_care", N(C, "zdravotnictví")
    CHURCH = "church", N(C, "církev")
    TARGET_GROUP = "target_group", N(C, "zástupce cílové skupiny")
    RESIDENT = "resident", N(C, "obyvatel")
    OTHER = "other", N(C, "jiné")


class RelationKind(LabeledEnum):
    WORKS_FOR = "works_for", N(C, "pracuje pro")
    COOPERATES = "cooperates", N(C, "spolupracuje s")
    CONFLICT = "conflict", N(C, "v konfliktu s")
    INFLUENCES = "influences", N(C, "ovlivňuje")


class BodyKind(LabeledEnum):
    PARTNERSHIP = "partnership", N(C, "lokální partnerství / koalice")
    STEERING_GROUP = "steering_group", N(C, "řídicí tým")
    WORKING_GROUP = "working_group", N(C, "pracovní skupina")
    OTHER = "other", N(C, "jiný orgán")


ROLE_SUGGESTIONS = [
    "radní pro bydlení a sociální oblast", "OSPOD", "kurátor pro mládež", "kurátor pro dospělé",
    "pracovník komunitního plánování", "odbor správy majetku", "finanční odbor",
    "bytová komise", "sociální komise", "správce obecního bytového fondu",
    "ÚP – odbor hmotné nouze a dávek", "SAS", "terénní sociální práce", "poradna",
    "azylový dům / krizová pomoc", "městský architekt", "městská policie", "starosta",
    "místostarosta", "ředitel/ka školy", "lokální konzultant ASZ",
]
