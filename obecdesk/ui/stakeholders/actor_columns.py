"""The columns of the actor list: their titles and the service sort each one asks for."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.actor_queries import ActorSort


class ActorColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    SECTOR = 2
    ROLE = 3
    INFLUENCE = 4
    ATTITUDE = 5
    INTEREST = 6
    DECISION_POWER = 7

    @property
    def title(self) -> str:
        return QCoreApplication.translate("ActorTable", _TITLES[self])

    @property
    def sort_key(self) -> ActorSort:
        return _SORTS[self]


_TITLES = {
    ActorColumn.NAME: QT_TRANSLATE_NOOP("ActorTable", "Jméno / název"),
    ActorColumn.ORGANISATION: QT_TRANSLATE_NOOP("ActorTable", "Organizace"),
    ActorColumn.SECTOR: QT_TRANSLATE_NOOP("ActorTable", "Sektor"),
    ActorColumn.ROLE: QT_TRANSLATE_NOOP("ActorTable", "Role"),
    ActorColumn.INFLUENCE: QT_TRANSLATE_NOOP("ActorTable", "Vliv"),
    ActorColumn.ATTITUDE: QT_TRANSLATE_NOOP("ActorTable", "Postoj"),
    ActorColumn.INTEREST: QT_TRANSLATE_NOOP("ActorTable", "Zájem"),
    ActorColumn.DECISION_POWER: QT_TRANSLATE_NOOP("ActorTable", "Rozhoduje"),
}

_SORTS = {
    ActorColumn.NAME: ActorSort.NAME,
    ActorColumn.ORGANISATION: ActorSort.ORGANISATION,
    ActorColumn.SECTOR: ActorSort.SECTOR,
    ActorColumn.ROLE: ActorSort.ROLE,
    ActorColumn.INFLUENCE: ActorSort.INFLUENCE,
    ActorColumn.ATTITUDE: ActorSort.ATTITUDE,
    ActorColumn.INTEREST: ActorSort.INTEREST,
    ActorColumn.DECISION_POWER: ActorSort.DECISION_POWER,
}

#: columns shown centred
NUMERIC_COLUMNS = {ActorColumn.INFLUENCE, ActorColumn.ATTITUDE, ActorColumn.INTEREST}
