"""The power/interest map as a graphics scene: a snapping grid of labelled, draggable actor dots.

The scene knows geometry only (which grid cell a value pair lands in and back); it never talks to
the store. A dropped dot is reported through :attr:`PowerMapScene.dot_dropped` and the panel
decides what to do with it, so the scene stays testable without a database.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from obecdesk.core.collation import collation_key
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.ui.i18n import vocab
from obecdesk.ui.stakeholders.palette import sector_colour
from obecdesk.ui.stakeholders.power_map_grid import (
    CELL_H,
    CELL_W,
    DOT,
    INFLUENCE_VALUES,
    LEFT,
    LEGEND_GAP,
    LINE_H,
    Axis,
    Grid,
    MapActor,
    signed,
)


class ActorDot(QGraphicsEllipseItem):
    """One actor: a dot in its sector colour with the (elided) name beside it."""

    def __init__(self, actor: MapActor) -> None:
        super().__init__(-DOT / 2, -DOT / 2, DOT, DOT)
        self.actor = actor
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setPos(DOT / 2 + 4, -LINE_H / 2 + 1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self.update_actor(actor)

    def update_actor(self, actor: MapActor) -> None:
        self.actor = actor
        self.setBrush(QBrush(sector_colour(actor.sector)))
        self.setPen(QPen(QColor("#333333"), 1))
        self.setToolTip(QCoreApplication.translate("PowerMap", "{0}\n{1}\nvliv {2}, postoj {3}, zájem {4}")
                        .format(actor.name, vocab(Sector.label_of(actor.sector)),
                                actor.influence, signed(actor.attitude), actor.interest))

    def set_label_width(self, width: float) -> None:
        metrics = QFontMetricsF(self.label.font())
        self.label.setText(metrics.elidedText(self.actor.name, Qt.TextElideMode.ElideRight, width))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.setZValue(3)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        scene = self.scene()
        if isinstance(scene, PowerMapScene):
            scene.drop(self)


class PowerMapScene(QGraphicsScene):
    """The grid, its axes, the legend and one :class:`ActorDot` per actor."""

    #: actor id, old (x value, influence), new (x value, influence)
    dot_dropped = Signal(str, object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = Grid(Axis.ATTITUDE)
        self.dots: dict[str, ActorDot] = {}
        self._furniture: list[QGraphicsItem] = []
        self._draw_furniture()

    # -- data --------------------------------------------------------------------------------

    def set_axis(self, axis: Axis) -> None:
        if axis is not self.grid.axis:
            self.grid = Grid(axis)
            self._draw_furniture()
            self.arrange_dots()

    def set_actors(self, actors: list[MapActor]) -> None:
        """Show exactly ``actors``, reusing the dots of those already shown."""
        wanted = {a.id: a for a in actors}
        for actor_id in [i for i in self.dots if i not in wanted]:
            self.removeItem(self.dots.pop(actor_id))
        for actor in actors:
            dot = self.dots.get(actor.id)
            if dot is None:
                dot = self.dots[actor.id] = ActorDot(actor)
                self.addItem(dot)
            else:
                dot.update_actor(actor)
        self._draw_furniture()
        self.arrange_dots()

    def drop(self, dot: ActorDot) -> None:
        """A dragged dot was let go: report the cell it landed in, then snap it into place."""
        old = (dot.actor.x_value(self.grid.axis), dot.actor.influence)
        new = self.grid.values_at(dot.scenePos())
        self.arrange_dots()
        if new != old:
            self.dot_dropped.emit(dot.actor.id, old, new)

    # -- geometry ----------------------------------------------------------------------------

    def arrange_dots(self) -> None:
        """Place each dot in its cell; several in one cell are stacked in columns, never overlap."""
        cells: dict[tuple[int, int], list[ActorDot]] = {}
        for dot in self.dots.values():
            key = (dot.actor.x_value(self.grid.axis), dot.actor.influence)
            cells.setdefault(key, []).append(dot)
        per_column = int((CELL_H - 8) // LINE_H)
        for (x_value, influence), dots in cells.items():
            dots.sort(key=lambda d: collation_key(d.actor.name))
            rect = self.grid.cell(x_value, influence)
            columns = max(1, math.ceil(len(dots) / per_column))
            column_w = (CELL_W - 8) / columns
            rows = math.ceil(len(dots) / columns)
            top = rect.center().y() - rows * LINE_H / 2 + LINE_H / 2
            for index, dot in enumerate(dots):
                column, row = divmod(index, rows)
                dot.setPos(rect.left() + 4 + column * column_w + DOT / 2, top + row * LINE_H)
                dot.set_label_width(column_w - DOT - 8)

    def _draw_furniture(self) -> None:
        """Cells, axis titles and values, the legend of the sectors shown."""
        for item in self._furniture:
            self.removeItem(item)
        self._furniture = []
        grid = self.grid
        axis = grid.axis
        for x_value in axis.values:
            for influence in INFLUENCE_VALUES:
                rect = grid.cell(x_value, influence)
                cell = self.addRect(rect, QPen(QColor("#c8c8c8")), QBrush(self._tint(x_value)))
                cell.setZValue(0)
                self._furniture.append(cell)
            label = self._text(grid.x_label(x_value), bold=False)
            cell = grid.cell(x_value, INFLUENCE_VALUES[0])
            label.setPos(cell.center().x() - label.boundingRect().width() / 2, cell.bottom() + 4)
        for influence in INFLUENCE_VALUES:
            label = self._text(str(influence), bold=False)
            cell = grid.cell(axis.values[0], influence)
            label.setPos(LEFT - 18 - label.boundingRect().width() / 2,
                         cell.center().y() - label.boundingRect().height() / 2)
        bottom = self._text(QCoreApplication.translate("PowerMap", axis.title) + "  →", bold=True)
        bottom.setPos(grid.rect.center().x() - bottom.boundingRect().width() / 2,
                      grid.rect.bottom() + 26)
        side = self._text(QCoreApplication.translate("PowerMap", "Vliv") + "  →", bold=True)
        side.setRotation(-90)
        side.setPos(8, grid.rect.center().y() + side.boundingRect().width() / 2)
        self._draw_legend()

    def _draw_legend(self) -> None:
        shown = {dot.actor.sector for dot in self.dots.values()}
        left = self.grid.rect.right() + LEGEND_GAP
        title = self._text(QCoreApplication.translate("PowerMap", "Sektory"), bold=True)
        title.setPos(left, 0)
        y = LINE_H + 8
        for sector in Sector:
            if sector.value not in shown:
                continue
            swatch = self.addEllipse(QRectF(left, y + 3, DOT, DOT), QPen(QColor("#333333")),
                                     QBrush(sector_colour(sector.value)))
            self._furniture.append(swatch)
            text = self._text(vocab(sector.label), bold=False)
            text.setPos(left + DOT + 6, y)
            y += LINE_H + 2

    def _text(self, text: str, *, bold: bool) -> QGraphicsSimpleTextItem:
        item = self.addSimpleText(text)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        item.setZValue(1)
        self._furniture.append(item)
        return item

    def _tint(self, x_value: int) -> QColor:
        """Opponents on a reddish, supporters on a greenish background (attitude axis only)."""
        if self.grid.axis is not Axis.ATTITUDE or x_value == 0:
            return QColor("#fafafa")
        return QColor("#fbeaea") if x_value < 0 else QColor("#eaf5ea")

    def render_image(self, scale: float = 2.0):
        """The whole map (grid, dots, legend) as a white-background image for PNG export."""
        from PySide6.QtGui import QImage

        source = self.itemsBoundingRect().adjusted(-16, -16, 16, 16)
        image = QImage(int(source.width() * scale), int(source.height() * scale),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.clearSelection()
        self.render(painter, QRectF(image.rect()), source)
        painter.end()
        return image
