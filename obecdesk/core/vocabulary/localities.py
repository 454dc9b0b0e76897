"""Cooperation modes and themes (DESIGN.md §1, seeds 000 and 003)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP as N
from obecdesk.core.vocabulary import LabeledEnum

C = "Vocabulary"


class CooperationMode(LabeledEnum):
    ACUTE = "acute", N(C, "akutní komunikace (1–3 měsíce)")
    SYSTEMATIC = "systematic", N(C, "systematická spolupráce (do 12 měsíců)")
    LONG_TERM = "long_term", N(C, "dlouhodobá spolupráce (36 měsíců)")


class Theme(LabeledEnum):
    HOUSING = "housing", N(C, "bydlení")
    EDUCATION = "education", N(C, "vzdělávání")
    EMPLOYMENT = "employment", N(C, "zaměstnanost")
    SOCIAL_SERVICES = "social_services", N(C, "sociální služby")
    DEBT = "debt", N(C, "dluhy")
    COEXISTENCE = "coexistence", N(C, "sousedské soužití")
    SECURITY = "security", N(C, "bezpečnost a pocit bezpečí")
    HEALTH = "health", N(C, "přístup ke zdravotní péči")
    MIGRATION = "migration", N(C, "migrace a integrace")


REGIONS = [
    "Hlavní město Praha", "Středočeský kraj", "Jihočeský kraj", "Plzeňský kraj",
    "Karlovarský kraj", "Ústecký kraj", "Liberecký kraj", "Královéhradecký kraj",
    "Pardubický kraj", "Kraj Vysočina", "Jihomoravský kraj", "Olomoucký kraj",
    "Zlínský kraj", "Moravskoslezský kraj",
]
