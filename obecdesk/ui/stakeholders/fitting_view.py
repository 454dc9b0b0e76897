"""A graphics view that shows its whole scene, shrinking it to fit but never blowing it up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

#: below this the labels get unreadable; the view scrolls instead of shrinking further
MIN_SCALE = 0.55


class FittingView(QGraphicsView):
    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def fit(self) -> None:
        """Scale so the scene fits the viewport (between MIN_SCALE and 1)."""
        rect = self.scene().itemsBoundingRect().adjusted(-12, -12, 12, 12)
        self.setSceneRect(rect)
        viewport = self.viewport().size()
        if rect.isEmpty() or viewport.isEmpty():
            return
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height(), 1.0)
        scale = max(scale, MIN_SCALE)
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.fit()
