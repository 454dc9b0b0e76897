"""Colours shared by the power map, the network view and their legends (one per sector)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from obecdesk.core.vocabulary.stakeholders import RelationKind, Sector
from obecdesk.reports.stakeholder_map_drawing import SECTOR_COLOURS as REPORT_SECTOR_COLOURS

#: the same colours as the PDF "mapa aktérů", so the screen, the PNG and the printout agree
SECTOR_COLOURS = REPORT_SECTOR_COLOURS


def sector_colour(sector: str) -> QColor:
    return QColor(SECTOR_COLOURS.get(sector, SECTOR_COLOURS[Sector.OTHER]))


#: relation kinds as (colour, pen style) so they stay apart in black-and-white print too
RELATION_STYLES: dict[str, tuple[str, Qt.PenStyle]] = {
    RelationKind.WORKS_FOR: ("#555555", Qt.PenStyle.SolidLine),
    RelationKind.COOPERATES: ("#2ca02c", Qt.PenStyle.SolidLine),
    RelationKind.CONFLICT: ("#d62728", Qt.PenStyle.DashLine),
    RelationKind.INFLUENCES: ("#1f77b4", Qt.PenStyle.DotLine),
}


def relation_style(kind: str) -> tuple[QColor, Qt.PenStyle]:
    colour, style = RELATION_STYLES.get(kind, ("#7f7f7f", Qt.PenStyle.SolidLine))
    return QColor(colour), style
