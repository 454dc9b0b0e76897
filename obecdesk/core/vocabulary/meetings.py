"""Meeting kinds, decision rules, statuses and attendance (seed 002)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP as N
from obecdesk.core.vocabulary import LabeledEnum

C = "Vocabulary"


class MeetingKind(LabeledEnum):
    BODY = "body", N(C, "jednání orgánu")
    PUBLIC = "public", N(C, "veřejné setkání")
    ROUND_TABLE = "round_table", N(C, "kulatý stůl")


class DecisionRule(LabeledEnum):
    CONSENSUS = "consensus", N(C, "konsenzus")
    SIMPLE_MAJORITY = "simple_majority", N(C, "prostá většina")
    TWO_THIRDS = "two_thirds", N(C, "dvoutřetinová většina")
    CHAIR = "chair", N(C, "rozhoduje předsedající")


class MeetingStatus(LabeledEnum):
    PLANNED = "planned", N(C, "plánováno")
    AGENDA_SENT = "agenda_sent", N(C, "program rozeslán")
    HELD = "held", N(C, "proběhlo")
    MINUTES_APPROVED = "minutes_approved", N(C, "zápis schválen")
    MINUTES_PUBLISHED = "minutes_published", N(C, "zápis zveřejněn")


class AttendanceStatus(LabeledEnum):
    UNKNOWN = "unknown", N(C, "nevyplněno")
    PRESENT = "present", N(C, "přítomen")
    EXCUSED = "excused", N(C, "omluven")
    ABSENT = "absent", N(C, "nepřítomen")


class ActionStatus(LabeledEnum):
    OPEN = "open", N(C, "otevřený")
    DONE = "done", N(C, "splněný")
    CANCELLED = "cancelled", N(C, "zrušený")
