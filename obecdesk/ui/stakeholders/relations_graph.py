"""The network of relations: actors as nodes on a circle, relation kinds as styled edges.

A circle keeps the picture stable between refreshes (no physics that reshuffles it) and makes
every edge visible for the tens of actors a partnership has.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene

from obecdesk.core.stakeholders.relations import RelationInfo
from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.palette import relation_style, sector_colour

NODE = 16.0
ARROW = 9.0
#: long organisation names are shortened (the full name is the dot's tooltip)
LABEL_WIDTH = 170.0
#: kinds read in one direction get an arrow ("works for", "influences")
DIRECTED = {RelationKind.WORKS_FOR.value, RelationKind.INFLUENCES.value}


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    sector: str


class RelationsScene(QGraphicsScene):
    """Draws the relations given to :meth:`show_relations`; nodes carry their actor id."""

    def show_relations(self, relations: list[RelationInfo], nodes: dict[str, Node]) -> None:
        self.clear()
        ids = sorted({r.source_id for r in relations} | {r.target_id for r in relations},
                     key=lambda i: nodes[i].name.casefold() if i in nodes else i)
        if not ids:
            self.addSimpleText(QCoreApplication.translate(
                "RelationsGraph", "Zatím žádné vztahy. Přidejte je formulářem nahoře."))
            return
        radius = max(110.0, len(ids) * 15.0)
        positions = {
            actor_id: QPointF(radius * math.cos(2 * math.pi * i / len(ids) - math.pi / 2),
                              radius * math.sin(2 * math.pi * i / len(ids) - math.pi / 2))
            for i, actor_id in enumerate(ids)
        }
        for relation in relations:
            self._edge(positions[relation.source_id], positions[relation.target_id],
                       relation.kind)
        for actor_id, point in positions.items():
            node = nodes.get(actor_id, Node(actor_id, actor_id[:8], "other"))
            dot = self.addEllipse(QRectF(-NODE / 2, -NODE / 2, NODE, NODE),
                                  QPen(QColor("#333333")), QBrush(sector_colour(node.sector)))
            dot.setPos(point)
            dot.setZValue(2)
            dot.setData(0, actor_id)
            dot.setToolTip(node.name)
            label = self.addSimpleText("")
            label.setText(QFontMetricsF(label.font()).elidedText(
                node.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH))
            width = label.boundingRect().width()
            # labels point away from the centre so they never cross the circle
            if point.x() < -1:
                label.setPos(point.x() - width - NODE, point.y() - 8)
            elif point.x() > 1:
                label.setPos(point.x() + NODE, point.y() - 8)
            else:
                label.setPos(point.x() - width / 2, point.y() + (NODE if point.y() > 0 else -28))
            label.setZValue(3)
        self._legend(QPointF(self.itemsBoundingRect().right() + 30, -radius))

    def _edge(self, start: QPointF, end: QPointF, kind: str) -> None:
        colour, style = relation_style(kind)
        pen = QPen(colour, 2, style)
        line = QLineF(start, end)
        if line.length() < 1:
            return
        trimmed = QLineF(line.pointAt(NODE / 2 / line.length()),
                         line.pointAt(1 - (NODE / 2 + 2) / line.length()))
        self.addLine(trimmed, pen).setZValue(1)
        if kind in DIRECTED:
            self._arrow(trimmed, colour)

    def _arrow(self, line: QLineF, colour: QColor) -> None:
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        left, right = (QPointF(tip.x() - ARROW * math.cos(angle + turn),
                               tip.y() - ARROW * math.sin(angle + turn)) for turn in (-0.4, 0.4))
        path = QPainterPath()
        path.addPolygon(QPolygonF([tip, left, right, tip]))
        self.addPath(path, QPen(colour), QBrush(colour)).setZValue(1)

    def _legend(self, origin: QPointF) -> None:
        title = self.addSimpleText(QCoreApplication.translate("RelationsGraph", "Vztahy"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setPos(origin)
        y = origin.y() + 24
        for kind in RelationKind:
            colour, style = relation_style(kind.value)
            self.addLine(QLineF(origin.x(), y + 8, origin.x() + 40, y + 8),
                         QPen(colour, 2, style))
            if kind.value in DIRECTED:
                self._arrow(QLineF(origin.x(), y + 8, origin.x() + 40, y + 8), colour)
            self.addSimpleText(vocab(kind.label)).setPos(origin.x() + 48, y)
            y += 22
