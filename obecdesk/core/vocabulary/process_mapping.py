"""Process mapping vocabularies (seed 000: agendas, critical points, recommendations)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class Severity(LabeledEnum):
    HIGH = "high", QT_TRANSLATE_NOOP("Vocabulary", "vysoká")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("Vocabulary", "střední")
    LOW = "low", QT_TRANSLATE_NOOP("Vocabulary", "nízká")


class Concern(LabeledEnum):
    """What a critical point does to people: who gets the service, or how they get along."""

    UNEQUAL_ACCESS = "unequal_access", QT_TRANSLATE_NOOP("Vocabulary", "nerovný přístup")
    TENSION = "tension", QT_TRANSLATE_NOOP("Vocabulary", "napětí")
    BOTH = "both", QT_TRANSLATE_NOOP("Vocabulary", "nerovný přístup i napětí")


class RecommendationStatus(LabeledEnum):
    PROPOSED = "proposed", QT_TRANSLATE_NOOP("Vocabulary", "navrženo")
    NEGOTIATED = "negotiated", QT_TRANSLATE_NOOP("Vocabulary", "dohodnuto s obcí")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("Vocabulary", "v realizaci")
    IMPLEMENTED = "implemented", QT_TRANSLATE_NOOP("Vocabulary", "zavedeno")
    POSTPONED = "postponed", QT_TRANSLATE_NOOP("Vocabulary", "odloženo")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("Vocabulary", "obec odmítla")


class DocumentKind(LabeledEnum):
    DECREE = "decree", QT_TRANSLATE_NOOP("Vocabulary", "obecně závazná vyhláška")
    RULES = "rules", QT_TRANSLATE_NOOP("Vocabulary", "pravidla, směrnice")
    RESOLUTION = "resolution", QT_TRANSLATE_NOOP("Vocabulary", "usnesení")
    FORM = "form", QT_TRANSLATE_NOOP("Vocabulary", "formulář")
    STATISTICS = "statistics", QT_TRANSLATE_NOOP("Vocabulary", "statistika, přehled")
    CONTRACT = "contract", QT_TRANSLATE_NOOP("Vocabulary", "smlouva")
    OTHER = "other", QT_TRANSLATE_NOOP("Vocabulary", "jiný dokument")


class RespondentGroup(LabeledEnum):
    STAFF = "staff", QT_TRANSLATE_NOOP("Vocabulary", "pracovník/ce úřadu")
    RECIPIENT = "recipient", QT_TRANSLATE_NOOP("Vocabulary", "příjemce služby")


#: Czech names of the process-mapping entity kinds (``core/inventory.KIND_LABELS``)
PROCESS_KINDS = {
    "process-agendas": QT_TRANSLATE_NOOP("Kinds", "Mapované agendy"),
    "process-steps": QT_TRANSLATE_NOOP("Kinds", "Kroky postupů"),
    "process-documents": QT_TRANSLATE_NOOP("Kinds", "Analyzované dokumenty"),
    "process-interviews": QT_TRANSLATE_NOOP("Kinds", "Rozhovory"),
    "critical-points": QT_TRANSLATE_NOOP("Kinds", "Kritická místa"),
    "recommendations": QT_TRANSLATE_NOOP("Kinds", "Doporučení"),
    "recommendation-follow-ups": QT_TRANSLATE_NOOP("Kinds", "Konzultace k doporučením"),
}
