"""Cooperation modes and themes (DESIGN.md §1, seeds 000 and 003)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class CooperationMode(LabeledEnum):
    ACUTE = "acute", QT_TRANSLATE_NOOP("Vocabulary", "akutní komunikace (1–3 měsíce)")
    SYSTEMATIC = "systematic", QT_TRANSLATE_NOOP("Vocabulary", "systematická spolupráce (do 12 měsíců)")
    LONG_TERM = "long_term", QT_TRANSLATE_NOOP("Vocabulary", "dlouhodobá spolupráce (36 měsíců)")


class Theme(LabeledEnum):
    HOUSING = "housing", QT_TRANSLATE_NOOP("Vocabulary", "bydlení")
    EDUCATION = "education", QT_TRANSLATE_NOOP("Vocabulary", "vzdělávání")
    EMPLOYMENT = "employment", QT_TRANSLATE_NOOP("Vocabulary", "zaměstnanost")
    SOCIAL_SERVICES = "social_services", QT_TRANSLATE_NOOP("Vocabulary", "sociální služby")
    DEBT = "debt", QT_TRANSLATE_NOOP("Vocabulary", "dluhy")
    COEXISTENCE = "coexistence", QT_TRANSLATE_NOOP("Vocabulary", "sousedské soužití")
    SECURITY = "security", QT_TRANSLATE_NOOP("Vocabulary", "bezpečnost a pocit bezpečí")
    HEALTH = "health", QT_TRANSLATE_NOOP("Vocabulary", "přístup ke zdravotní péči")
    MIGRATION = "migration", QT_TRANSLATE_NOOP("Vocabulary", "migrace a integrace")


REGIONS = [
    "Hlavní město Praha", "Středočeský kraj", "Jihočeský kraj", "Plzeňský kraj",
    "Karlovarský kraj", "Ústecký kraj", "Liberecký kraj", "Královéhradecký kraj",
    "Pardubický kraj", "Kraj Vysočina", "Jihomoravský kraj", "Olomoucký kraj",
    "Zlínský kraj", "Moravskoslezský kraj",
]
