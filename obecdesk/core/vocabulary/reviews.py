"""HQ's review of a locality's results (Akvo RSR's approval step, offline)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class ReviewState(LabeledEnum):
    COMMENT = "comment", QT_TRANSLATE_NOOP("Vocabulary", "komentář")
    APPROVED = "approved", QT_TRANSLATE_NOOP("Vocabulary", "schváleno")
    RETURNED = "returned", QT_TRANSLATE_NOOP("Vocabulary", "vráceno k opravě")
    CORRECTED = "corrected", QT_TRANSLATE_NOOP("Vocabulary", "opraveno")


class ReviewKind(LabeledEnum):
    VALUE = "value", QT_TRANSLATE_NOOP("Vocabulary", "hodnota ukazatele")
    PROJECT = "project", QT_TRANSLATE_NOOP("Vocabulary", "projekt")
    MEASURE = "measure", QT_TRANSLATE_NOOP("Vocabulary", "opatření")


#: the order of the notes list: what waits for the coordinator, then what waits for HQ
URGENCY = (ReviewState.RETURNED, ReviewState.CORRECTED, ReviewState.COMMENT,
           ReviewState.APPROVED)
#: an item in the correction loop (returned, or corrected and not yet approved again)
OPEN_STATES = (ReviewState.RETURNED, ReviewState.CORRECTED)
