"""Meeting kinds, decision rules, statuses and attendance (seed 002)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class MeetingKind(LabeledEnum):
    BODY = "body", QT_TRANSLATE_NOOP("Vocabulary", "jednání orgánu")
    PUBLIC = "public", QT_TRANSLATE_NOOP("Vocabulary", "veřejné setkání")
    ROUND_TABLE = "round_table", QT_TRANSLATE_NOOP("Vocabulary", "kulatý stůl")


class DecisionRule(LabeledEnum):
    CONSENSUS = "consensus", QT_TRANSLATE_NOOP("Vocabulary", "konsenzus")
    SIMPLE_MAJORITY = "simple_majority", QT_TRANSLATE_NOOP("Vocabulary", "prostá většina")
    TWO_THIRDS = "two_thirds", QT_TRANSLATE_NOOP("Vocabulary", "dvoutřetinová většina")
    CHAIR = "chair", QT_TRANSLATE_NOOP("Vocabulary", "rozhoduje předsedající")


class MeetingStatus(LabeledEnum):
    PLANNED = "planned", QT_TRANSLATE_NOOP("Vocabulary", "plánováno")
    AGENDA_SENT = "agenda_sent", QT_TRANSLATE_NOOP("Vocabulary", "program rozeslán")
    HELD = "held", QT_TRANSLATE_NOOP("Vocabulary", "proběhlo")
    MINUTES_APPROVED = "minutes_approved", QT_TRANSLATE_NOOP("Vocabulary", "zápis schválen")
    MINUTES_PUBLISHED = "minutes_published", QT_TRANSLATE_NOOP("Vocabulary", "zápis zveřejněn")


class AttendanceStatus(LabeledEnum):
    UNKNOWN = "unknown", QT_TRANSLATE_NOOP("Vocabulary", "nevyplněno")
    PRESENT = "present", QT_TRANSLATE_NOOP("Vocabulary", "přítomen")
    EXCUSED = "excused", QT_TRANSLATE_NOOP("Vocabulary", "omluven")
    ABSENT = "absent", QT_TRANSLATE_NOOP("Vocabulary", "nepřítomen")


class ActionStatus(LabeledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP("Vocabulary", "otevřený")
    DONE = "done", QT_TRANSLATE_NOOP("Vocabulary", "splněný")
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP("Vocabulary", "zrušený")


class ReviewOutcome(LabeledEnum):
    """What the meeting reviewing an open task decided about it (``task_reviews.outcome``)."""

    DONE = "done", QT_TRANSLATE_NOOP("Vocabulary", "splněno")
    POSTPONED = "postponed", QT_TRANSLATE_NOOP("Vocabulary", "odloženo")
    CONTINUES = "continues", QT_TRANSLATE_NOOP("Vocabulary", "trvá")
