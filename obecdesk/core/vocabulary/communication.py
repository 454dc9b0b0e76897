"""Communication in an escalated situation (seed 000, "Obec pro všechny"): the kinds of events in
the situation log, their severity, risk levels and statuses, texts and recommendations."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class EventKind(LabeledEnum):
    INCIDENT = "incident", QT_TRANSLATE_NOOP("Vocabulary", "incident")
    PETITION = "petition", QT_TRANSLATE_NOOP("Vocabulary", "petice")
    PROTEST = "protest", QT_TRANSLATE_NOOP("Vocabulary", "protest")
    COUNCIL_RESOLUTION = "council_resolution", QT_TRANSLATE_NOOP("Vocabulary", "usnesení zastupitelstva")
    MEDIA_ARTICLE = "media_article", QT_TRANSLATE_NOOP("Vocabulary", "článek v médiích")
    SOCIAL_POST = "social_post", QT_TRANSLATE_NOOP("Vocabulary", "příspěvek na sociálních sítích")
    POLICE_STATEMENT = "police_statement", QT_TRANSLATE_NOOP("Vocabulary", "vyjádření policie")
    RUMOUR = "rumour", QT_TRANSLATE_NOOP("Vocabulary", "fáma")


class RiskLevel(LabeledEnum):
    """Likelihood × impact (each 1–5) in four bands, as the matrix colours them."""

    LOW = "low", QT_TRANSLATE_NOOP("Vocabulary", "nízké")
    MEDIUM = "medium", QT_TRANSLATE_NOOP("Vocabulary", "střední")
    HIGH = "high", QT_TRANSLATE_NOOP("Vocabulary", "vysoké")
    CRITICAL = "critical", QT_TRANSLATE_NOOP("Vocabulary", "kritické")


class RiskStatus(LabeledEnum):
    WATCHED = "watched", QT_TRANSLATE_NOOP("Vocabulary", "sledujeme")
    PREPARED = "prepared", QT_TRANSLATE_NOOP("Vocabulary", "reakce připravena")
    OCCURRED = "occurred", QT_TRANSLATE_NOOP("Vocabulary", "nastal")
    CLOSED = "closed", QT_TRANSLATE_NOOP("Vocabulary", "uzavřeno")


class TextKind(LabeledEnum):
    PRESS_RELEASE = "press_release", QT_TRANSLATE_NOOP("Vocabulary", "tisková zpráva")
    LETTER = "letter", QT_TRANSLATE_NOOP("Vocabulary", "dopis obyvatelům")
    POST = "post", QT_TRANSLATE_NOOP("Vocabulary", "příspěvek")
    HOLDING_STATEMENT = "holding_statement", QT_TRANSLATE_NOOP("Vocabulary", "krátké prohlášení")
    OTHER = "other", QT_TRANSLATE_NOOP("Vocabulary", "jiný text")


class TextStatus(LabeledEnum):
    DRAFT = "draft", QT_TRANSLATE_NOOP("Vocabulary", "koncept")
    APPROVED = "approved", QT_TRANSLATE_NOOP("Vocabulary", "schváleno")
    PUBLISHED = "published", QT_TRANSLATE_NOOP("Vocabulary", "zveřejněno")


class RecommendationStatus(LabeledEnum):
    PROPOSED = "proposed", QT_TRANSLATE_NOOP("Vocabulary", "navrženo")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("Vocabulary", "zavádí se")
    IMPLEMENTED = "implemented", QT_TRANSLATE_NOOP("Vocabulary", "zavedeno")
    NOT_IMPLEMENTED = "not_implemented", QT_TRANSLATE_NOOP("Vocabulary", "nezavedeno")


#: how much an event escalates the situation, 1 (low) … 4 (critical)
SEVERITIES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "nízká"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "střední"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "vysoká"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "kritická"),
}
#: the attitude of an audience group, -2 (hostile) … +2 (supportive)
ATTITUDES: dict[int, str] = {
    -2: QT_TRANSLATE_NOOP("Vocabulary", "nepřátelský"),
    -1: QT_TRANSLATE_NOOP("Vocabulary", "odmítavý"),
    0: QT_TRANSLATE_NOOP("Vocabulary", "neutrální"),
    1: QT_TRANSLATE_NOOP("Vocabulary", "vstřícný"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "podporující"),
}
#: the tension felt in an audience group, 1 (calm) … 5 (explosive)
TENSIONS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "klid"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "mírné napětí"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "napětí"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "vysoké napětí"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "výbušná situace"),
}


def risk_level(likelihood: int, impact: int) -> RiskLevel:
    """The band of a scenario: the product of likelihood and impact (1–25)."""
    score = likelihood * impact
    if score >= 15:
        return RiskLevel.CRITICAL
    if score >= 9:
        return RiskLevel.HIGH
    if score >= 4:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW
