"""The geometry of the power/interest map: the axes, the grid cells and the values they stand for.

Plain arithmetic between (horizontal value, influence) and scene coordinates, so it is tested
without any widget and the scene, the drag and the drop all agree on where a cell is.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QPointF, QRectF

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.actor_fields import attitude_text

CELL_W = 200.0
CELL_H = 132.0
LEFT = 70.0  # room for the influence axis
BOTTOM = 56.0  # room for the horizontal axis
DOT = 12.0
LINE_H = 18.0
LEGEND_GAP = 30.0
INFLUENCE_VALUES = (1, 2, 3, 4, 5)


class Axis(Enum):
    """What the horizontal axis shows; influence is always vertical."""

    ATTITUDE = "attitude", QT_TRANSLATE_NOOP("PowerMap", "Postoj k začleňování"), (-2, -1, 0, 1, 2)
    INTEREST = "interest", QT_TRANSLATE_NOOP("PowerMap", "Zájem"), (1, 2, 3, 4, 5)

    def __init__(self, field: str, title: str, values: tuple[int, ...]) -> None:
        self.field = field
        self.title = title
        self.values = values


@dataclass(frozen=True)
class MapActor:
    """What one dot needs: who, which colour, where."""

    id: str
    name: str
    sector: str
    influence: int
    attitude: int
    interest: int

    def x_value(self, axis: Axis) -> int:
        return self.attitude if axis is Axis.ATTITUDE else self.interest


signed = attitude_text  # the axis labels of the attitude axis


class Grid:
    """Converts between (x value, influence) and scene coordinates of the grid cells."""

    def __init__(self, axis: Axis) -> None:
        self.axis = axis

    @property
    def rect(self) -> QRectF:
        return QRectF(LEFT, 0, CELL_W * len(self.axis.values), CELL_H * len(INFLUENCE_VALUES))

    def cell(self, x_value: int, influence: int) -> QRectF:
        column = self.axis.values.index(x_value)
        row = INFLUENCE_VALUES[-1] - influence
        return QRectF(LEFT + column * CELL_W, row * CELL_H, CELL_W, CELL_H)

    def values_at(self, point: QPointF) -> tuple[int, int]:
        """The (x value, influence) of the cell nearest to ``point`` (clamped to the grid)."""
        values = self.axis.values
        column = min(max(int((point.x() - LEFT) // CELL_W), 0), len(values) - 1)
        row = min(max(int(point.y() // CELL_H), 0), len(INFLUENCE_VALUES) - 1)
        return values[column], INFLUENCE_VALUES[-1] - row

    def x_label(self, value: int) -> str:
        return signed(value) if self.axis is Axis.ATTITUDE else str(value)
