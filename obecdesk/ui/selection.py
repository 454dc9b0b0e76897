"""Buttons that act on a selected row are enabled only while a row is selected.

An active "Smazat" over an empty list or with nothing picked invites a click that can only end
in an error message; a disabled one says "pick something first" without a word.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView


class _SelectionGate(QObject):
    def __init__(self, view: QAbstractItemView, buttons: tuple[QAbstractButton, ...]) -> None:
        super().__init__(view)
        self.view = view
        self.buttons = buttons
        self._model = None
        self.rewire()

    def rewire(self) -> None:
        """Follow the view's current model and selection model (views may swap them)."""
        model = self.view.model()
        if model is not None and model is not self._model:
            self._model = model
            for signal in (model.modelReset, model.rowsRemoved, model.rowsInserted,
                           model.layoutChanged):
                signal.connect(self.update)
            self.view.selectionModel().selectionChanged.connect(self.update)
            self.view.selectionModel().currentChanged.connect(self.update)
        self.update()

    def update(self, *_args) -> None:
        selection = self.view.selectionModel()
        picked = selection is not None and (selection.hasSelection()
                                            or selection.currentIndex().isValid())
        if picked and self.view.model() is not None:
            picked = self.view.model().rowCount() > 0
        for button in self.buttons:
            button.setEnabled(picked)


def enable_with_selection(view: QAbstractItemView, *buttons: QAbstractButton) -> None:
    """Keep ``buttons`` enabled exactly while ``view`` has a selected or current row."""
    _SelectionGate(view, buttons)
