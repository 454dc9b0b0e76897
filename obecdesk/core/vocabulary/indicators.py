"""Plan, indicator and project vocabularies (DESIGN.md §2.4; IATI and DHIS2 terms in Czech)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class MeasureStatus(LabeledEnum):
    PLANNED = "planned", QT_TRANSLATE_NOOP("Vocabulary", "plánováno")
    PREPARATION = "preparation", QT_TRANSLATE_NOOP("Vocabulary", "v přípravě")
    RUNNING = "running", QT_TRANSLATE_NOOP("Vocabulary", "běží")
    DONE = "done", QT_TRANSLATE_NOOP("Vocabulary", "dokončeno")
    DROPPED = "dropped", QT_TRANSLATE_NOOP("Vocabulary", "zrušeno")


class ProjectStatus(LabeledEnum):
    IDEA = "idea", QT_TRANSLATE_NOOP("Vocabulary", "záměr")
    PREPARATION = "preparation", QT_TRANSLATE_NOOP("Vocabulary", "v přípravě")
    SUBMITTED = "submitted", QT_TRANSLATE_NOOP("Vocabulary", "podáno")
    APPROVED = "approved", QT_TRANSLATE_NOOP("Vocabulary", "schváleno")
    RUNNING = "running", QT_TRANSLATE_NOOP("Vocabulary", "v realizaci")
    FINISHED = "finished", QT_TRANSLATE_NOOP("Vocabulary", "ukončeno")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("Vocabulary", "zamítnuto")
    WITHDRAWN = "withdrawn", QT_TRANSLATE_NOOP("Vocabulary", "staženo")


class Unit(LabeledEnum):
    COUNT = "count", QT_TRANSLATE_NOOP("Vocabulary", "počet")
    PERSONS = "persons", QT_TRANSLATE_NOOP("Vocabulary", "osoby")
    CZK = "czk", QT_TRANSLATE_NOOP("Vocabulary", "Kč")
    PERCENT = "percent", QT_TRANSLATE_NOOP("Vocabulary", "%")
    YES_NO = "yes_no", QT_TRANSLATE_NOOP("Vocabulary", "ano/ne")


class Direction(LabeledEnum):
    UP = "up", QT_TRANSLATE_NOOP("Vocabulary", "více je lépe")
    DOWN = "down", QT_TRANSLATE_NOOP("Vocabulary", "méně je lépe")


class Aggregation(LabeledEnum):
    SUM = "sum", QT_TRANSLATE_NOOP("Vocabulary", "součet za období")
    LAST = "last", QT_TRANSLATE_NOOP("Vocabulary", "poslední hodnota")
    AVERAGE = "average", QT_TRANSLATE_NOOP("Vocabulary", "průměr")


class ResultType(LabeledEnum):
    OUTPUT = "output", QT_TRANSLATE_NOOP("Vocabulary", "výstup")
    OUTCOME = "outcome", QT_TRANSLATE_NOOP("Vocabulary", "výsledek")
    IMPACT = "impact", QT_TRANSLATE_NOOP("Vocabulary", "dopad")


class Frequency(LabeledEnum):
    MONTH = "month", QT_TRANSLATE_NOOP("Vocabulary", "měsíčně")
    QUARTER = "quarter", QT_TRANSLATE_NOOP("Vocabulary", "čtvrtletně")
    HALF_YEAR = "half_year", QT_TRANSLATE_NOOP("Vocabulary", "pololetně")
    YEAR = "year", QT_TRANSLATE_NOOP("Vocabulary", "ročně")


class ProgressStatus(LabeledEnum):
    ON_TRACK = "on_track", QT_TRANSLATE_NOOP("Vocabulary", "podle plánu")
    AT_RISK = "at_risk", QT_TRANSLATE_NOOP("Vocabulary", "ohroženo")
    OFF_TRACK = "off_track", QT_TRANSLATE_NOOP("Vocabulary", "mimo plán")
    NO_DATA = "no_data", QT_TRANSLATE_NOOP("Vocabulary", "bez údajů")


#: projects past the idea: prepared (HQ counts them)
PREPARED = frozenset(set(ProjectStatus) - {ProjectStatus.IDEA})
#: projects that were handed in, whatever came of them
SUBMITTED = frozenset({ProjectStatus.SUBMITTED, ProjectStatus.APPROVED, ProjectStatus.RUNNING,
                       ProjectStatus.FINISHED, ProjectStatus.REJECTED})
#: projects whose money was granted
APPROVED = frozenset({ProjectStatus.APPROVED, ProjectStatus.RUNNING, ProjectStatus.FINISHED})
