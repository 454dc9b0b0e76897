"""A goal of an area ("Méně vystěhování"): the measures of the area serve it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded


class GoalDialog(GuardedDialog):
    def __init__(self, save: Callable[[str], object], area_title: str, title: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self._save = save
        self.setObjectName("goal-dialog")
        self.setWindowTitle(self.tr("Upravit cíl") if title else self.tr("Nový cíl"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(title)
        self.name.setObjectName("goal-name")
        form = QFormLayout()
        form.addRow(self.tr("Oblast"), QLabel(area_title))
        form.addRow(self.tr("Cíl *"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.mark_clean()

    def data(self) -> str:
        return self.name.text()

    def accept(self) -> None:
        name = self.data()
        if run_guarded(self, lambda: self._save(name) or True):
            super().accept()
