"""Facilitation methods: purposes, the IAP2 participation spectrum, conflict levels and skill.

The codes are the method catalog's schema (:mod:`obecdesk.catalog.method_schema`); a test keeps
the two in step.
"""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class Purpose(LabeledEnum):
    INFORM = "inform", QT_TRANSLATE_NOOP("Vocabulary", "sdílet informace")
    VIEWS = "views", QT_TRANSLATE_NOOP("Vocabulary", "sebrat názory")
    IDEAS = "ideas", QT_TRANSLATE_NOOP("Vocabulary", "vytvořit nápady")
    ANALYSE = "analyse", QT_TRANSLATE_NOOP("Vocabulary", "analyzovat")
    PRIORITISE = "prioritise", QT_TRANSLATE_NOOP("Vocabulary", "stanovit priority")
    DECIDE = "decide", QT_TRANSLATE_NOOP("Vocabulary", "rozhodnout")
    PLAN = "plan", QT_TRANSLATE_NOOP("Vocabulary", "plánovat")
    CONFLICT = "conflict", QT_TRANSLATE_NOOP("Vocabulary", "řešit konflikt")
    RELATIONSHIPS = "relationships", QT_TRANSLATE_NOOP("Vocabulary", "budovat vztahy")
    EVALUATE = "evaluate", QT_TRANSLATE_NOOP("Vocabulary", "vyhodnotit")


class Participation(LabeledEnum):
    """The IAP2 spectrum, from least to most influence of the public."""

    INFORM = "inform", QT_TRANSLATE_NOOP("Vocabulary", "informovat")
    CONSULT = "consult", QT_TRANSLATE_NOOP("Vocabulary", "konzultovat")
    INVOLVE = "involve", QT_TRANSLATE_NOOP("Vocabulary", "zapojit")
    COLLABORATE = "collaborate", QT_TRANSLATE_NOOP("Vocabulary", "spolupracovat")
    EMPOWER = "empower", QT_TRANSLATE_NOOP("Vocabulary", "svěřit rozhodnutí")


class ConflictLevel(LabeledEnum):
    """The conflict a meeting is in (or a method can bear), in rising order."""

    NONE = "none", QT_TRANSLATE_NOOP("Vocabulary", "bez konfliktu")
    TENSION = "tension", QT_TRANSLATE_NOOP("Vocabulary", "napětí")
    OPEN = "open", QT_TRANSLATE_NOOP("Vocabulary", "otevřený konflikt")


class Skill(LabeledEnum):
    BASIC = "basic", QT_TRANSLATE_NOOP("Vocabulary", "základní")
    EXPERIENCED = "experienced", QT_TRANSLATE_NOOP("Vocabulary", "zkušený facilitátor")
    EXPERT = "expert", QT_TRANSLATE_NOOP("Vocabulary", "specialista")
