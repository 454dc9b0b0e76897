"""The power/interest map panel: axis choice, body filter, the draggable map, undo, PNG export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.actor_queries import map_filter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.ui.errors import run_guarded, show_error
from obecdesk.ui.stakeholders.fitting_view import FittingView
from obecdesk.ui.stakeholders.power_map_grid import Axis, MapActor
from obecdesk.ui.stakeholders.power_map_scene import PowerMapScene

#: more dots than this do not make a readable map; the panel says so instead of freezing
MAP_LIMIT = 1500


class MoveActorCommand(QUndoCommand):
    """Moving one dot; undo puts influence and the horizontal value back through the service."""

    def __init__(self, panel: PowerMapPanel, actor_id: str, name: str, axis: Axis,
                 old: tuple[int, int], new: tuple[int, int]) -> None:
        super().__init__(QCoreApplication.translate("PowerMap", "Přesun aktéra {0}").format(name))
        self.panel = panel
        self.actor_id = actor_id
        self.axis = axis
        self.old = old
        self.new = new

    def redo(self) -> None:
        self.panel.apply_position(self.actor_id, self.axis, self.new)

    def undo(self) -> None:
        self.panel.apply_position(self.actor_id, self.axis, self.old)


class PowerMapPanel(QWidget):
    """Shows the actors of the current locality on the map; the view calls :meth:`reload`."""

    def __init__(self, actors: ActorService, write_map: Callable[..., Path],
                 parent: QWidget | None = None) -> None:
        """``write_map(locality_id, path, *, axis, body_id)`` writes the map's PDF report."""
        super().__init__(parent)
        self.actors = actors
        self.write_map = write_map
        self.locality_id = ""
        self.undo_stack = QUndoStack(self)

        self.axis_combo = QComboBox()
        self.axis_combo.setObjectName("map-axis")
        for axis in Axis:
            self.axis_combo.addItem(self.tr("Vliv × {0}").format(
                QCoreApplication.translate("PowerMap", axis.title).lower()), axis)
        self.axis_combo.currentIndexChanged.connect(self._axis_changed)
        self.body_combo = QComboBox()
        self.body_combo.setObjectName("map-body")
        for combo in (self.axis_combo, self.body_combo):  # may shrink on a small screen
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.axis_combo.setMinimumContentsLength(24)  # "Vliv × postoj k začleňování" whole
        self.body_combo.currentIndexChanged.connect(lambda _i: self.reload())
        export = QPushButton(self.tr("Uložit jako PNG…"))
        export.clicked.connect(self.export_png_dialog)
        report = QPushButton(self.tr("PDF mapa aktérů…"))
        report.setToolTip(self.tr("Mapa a tabulka aktérů k tisku (s týmiž osami a orgánem)."))
        report.clicked.connect(self.export_pdf_dialog)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Zpět"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Znovu"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addActions([self.undo_action, self.redo_action])
        undo_button = QPushButton(self.tr("Zpět (Ctrl+Z)"))
        undo_button.setObjectName("map-undo")
        undo_button.clicked.connect(self.undo_action.trigger)
        self.undo_stack.canUndoChanged.connect(undo_button.setEnabled)
        undo_button.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Osy:")))
        bar.addWidget(self.axis_combo)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Orgán:")))
        bar.addWidget(self.body_combo)
        bar.addStretch(1)
        bar.addWidget(undo_button)

        self.scene = PowerMapScene(self)
        self.scene.dot_dropped.connect(self._dot_dropped)
        self.view = FittingView(self.scene)
        self.view.setObjectName("power-map")
        self.hint = QLabel(self.tr("Přetažením tečky změníte vliv a postoj (zájem) aktéra; "
                                   "Ctrl+Z přesun vrátí."))
        self.hint.setObjectName("map-hint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()  # the exports under the map keep the top bar laptop-wide
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(export)
        bottom.addWidget(report)
        layout.addLayout(bottom)

    # -- data --------------------------------------------------------------------------------

    @property
    def axis(self) -> Axis:
        return self.axis_combo.currentData()

    def set_bodies(self, bodies: list[tuple[str, str]]) -> None:
        """(id, name) of the locality's bodies for the filter; keeps the choice when it can."""
        current = self.body_combo.currentData()
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        self.body_combo.addItem(self.tr("Všichni aktéři"), None)
        for body_id, name in bodies:
            self.body_combo.addItem(name, body_id)
        index = self.body_combo.findData(current)
        self.body_combo.setCurrentIndex(max(index, 0))
        self.body_combo.blockSignals(False)
        if current is not None and index < 0 and self.locality_id:
            self.reload()  # the filtered body is gone: show everyone again

    def set_locality(self, locality_id: str) -> None:
        if locality_id != self.locality_id:
            self.locality_id = locality_id
            self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        if not self.locality_id:
            self.scene.set_actors([])
            return
        flt = map_filter(self.locality_id, self.body_combo.currentData())
        total = self.actors.count(flt)
        rows = self.actors.list(flt, limit=MAP_LIMIT)
        self.scene.set_actors([
            MapActor(a.id, a.name, a.sector, a.influence, a.attitude, a.interest) for a in rows
        ])
        if total > MAP_LIMIT:
            self.hint.setText(self.tr("Mapa ukazuje prvních {0} z {1} aktérů; zužte výběr "
                                      "orgánem.").format(MAP_LIMIT, total))
        self.view.fit()

    def _axis_changed(self, _index: int) -> None:
        self.scene.set_axis(self.axis)
        self.view.fit()

    # -- moving ------------------------------------------------------------------------------

    def _dot_dropped(self, actor_id: str, old: tuple[int, int], new: tuple[int, int]) -> None:
        dot = self.scene.dots.get(actor_id)
        name = dot.actor.name if dot else ""
        self.undo_stack.push(MoveActorCommand(self, actor_id, name, self.axis, old, new))

    def apply_position(self, actor_id: str, axis: Axis, values: tuple[int, int]) -> None:
        """Write (horizontal value, influence) through the service; a refusal snaps the dot back."""
        x_value, influence = values
        extra = {axis.field: x_value}
        done = run_guarded(self, lambda: self.actors.set_position(
            actor_id, influence=influence, **extra))
        if done is None:
            self.reload()

    # -- export ------------------------------------------------------------------------------

    def export_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Uložit mapu aktérů"), self.tr("mapa-akteru.png"),
            self.tr("Obrázek PNG (*.png)"))
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")

    def export_png(self, path: str) -> bool:
        if not self.scene.render_image().save(path, "PNG"):
            show_error(self, self.tr("Obrázek se nepodařilo uložit do {0}.").format(path))
            return False
        return True

    def export_pdf_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Uložit PDF mapu aktérů"), self.tr("mapa-akteru.pdf"),
            self.tr("Dokument PDF (*.pdf)"))
        if path:
            self.export_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_pdf(self, path: str) -> bool:
        """The printable report of what the map shows now (axis and body filter)."""
        if not self.locality_id:
            return False
        written = run_guarded(self, lambda: self.write_map(
            self.locality_id, path, axis=self.axis.field,
            body_id=self.body_combo.currentData()))
        if written is not None:
            self.hint.setText(self.tr("PDF uloženo do {0}.").format(written))
        return written is not None
