"""Members of one body as a table model: who, from which organisation, role, dates, power."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.memberships import MemberInfo
from obecdesk.ui.rows_model import RowsTableModel


class MemberColumn(IntEnum):
    NAME = 0
    ORGANISATION = 1
    ROLE = 2
    JOINED = 3
    LEFT = 4
    DECISION_POWER = 5


_TITLES = {
    MemberColumn.NAME: QT_TRANSLATE_NOOP("MemberTable", "Člen"),
    MemberColumn.ORGANISATION: QT_TRANSLATE_NOOP("MemberTable", "Organizace"),
    MemberColumn.ROLE: QT_TRANSLATE_NOOP("MemberTable", "Role v orgánu"),
    MemberColumn.JOINED: QT_TRANSLATE_NOOP("MemberTable", "Od"),
    MemberColumn.LEFT: QT_TRANSLATE_NOOP("MemberTable", "Do"),
    MemberColumn.DECISION_POWER: QT_TRANSLATE_NOOP("MemberTable", "Rozhoduje"),
}


class MembersTableModel(RowsTableModel):
    CONTEXT = "MemberTable"
    TITLES = _TITLES

    def cell(self, member: MemberInfo, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QColor("#888888")  # former members stay visible, greyed
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match MemberColumn(column):
            case MemberColumn.NAME:
                return member.actor_name
            case MemberColumn.ORGANISATION:
                return member.organisation_name
            case MemberColumn.ROLE:
                return member.role or member.actor_role
            case MemberColumn.JOINED:
                return date_text(member.joined_on)
            case MemberColumn.LEFT:
                return date_text(member.left_on)
            case MemberColumn.DECISION_POWER:
                return QCoreApplication.translate("MemberTable", "ano") if member.decision_power else ""
        return None
