"""The intake of a cooperation (seed 000): the conditions a municipality must meet and the
Agency's decision on its request."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class IntakeCondition(LabeledEnum):
    """"Podmínky spolupráce" of the programme Obec pro všechny, in the seed's order."""

    CAPACITY = "capacity", QT_TRANSLATE_NOOP(
        "Vocabulary", "Dostatečné kapacity pro nezbytnou součinnost s realizačním týmem")
    ACTIVE = "active", QT_TRANSLATE_NOOP(
        "Vocabulary", "Aktivní přístup a motivace ke spolupráci")
    VALUES = "values", QT_TRANSLATE_NOOP(
        "Vocabulary", "Obec vychází ze základních hodnot (lidská důstojnost, svoboda, demokracie, "
                      "rovnost, právní stát, lidská práva včetně práv menšin)")
    INCLUSIVE = "inclusive", QT_TRANSLATE_NOOP(
        "Vocabulary", "Soulad obce s proinkluzivními přístupy")
    OPEN = "open", QT_TRANSLATE_NOOP(
        "Vocabulary", "Otevřená komunikace a vůle k zapojování veřejnosti do rozvoje obce")


class CooperationDecision(LabeledEnum):
    """The Agency's answer to the request; a declined request says why."""

    NOT_YET = "not_yet", QT_TRANSLATE_NOOP("Vocabulary", "zatím nerozhodnuto")
    ACCEPTED = "accepted", QT_TRANSLATE_NOOP("Vocabulary", "přijato")
    DECLINED = "declined", QT_TRANSLATE_NOOP("Vocabulary", "odmítnuto")
