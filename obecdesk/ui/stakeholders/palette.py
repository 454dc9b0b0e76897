"""Colours shared by the power map, the network view and their legends (one per sector)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from obecdesk.core.vocabulary.stakeholders import RelationKind, Sector

#: distinguishable colours (Tableau 20-like), chosen so neighbouring sectors differ
SECTOR_COLOURS: dict[str, str] = {
    Sector.PUBLIC_ADMINISTRATION: "#1f77b4",
    Sector.MUNICIPAL_POLITICS: "#d62728",
    Sector.SOCIAL_SERVICES: "#2ca02c",
    Sector.NGO: "#98df8a",
    Sector.SCHOOL: "#ff7f0e",
    Sector.POLICE: "#393b79",
    Sector.EMPLOYER: "#8c564b",
    Sector.LABOUR_OFFICE: "#9467bd",
    Sector.REGION: "#17becf",
    Sector.HEALTH_CARE: "#e377c2",
    Sector.CHURCH: "#bcbd22",
    Sector.TARGET_GROUP: "#ffbb00",
    Sector.RESIDENT: "#c49c94",
    Sector.OTHER: "#7f7f7f",
}


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
