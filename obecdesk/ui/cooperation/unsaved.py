"""The question before unsaved edits of the cooperation frame are left behind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard


def ask_to_save(parent: QWidget, *, can_stay: bool) -> QMessageBox.StandardButton:
    """Save or Discard, and Cancel when the user may stay (closing the window, not a locality
    switch that has already happened)."""
    translate = QCoreApplication.translate
    question = (translate("CooperationView",
                          "Rámec spolupráce má neuložené změny. Chcete je uložit?")
                if can_stay else
                translate("CooperationView",
                          "Rámec spolupráce má neuložené změny. Uložit je před přepnutím lokality?"))
    buttons = SAVE | DISCARD | (QMessageBox.StandardButton.Cancel if can_stay else SAVE)
    return QMessageBox.question(parent, translate("CooperationView", "Neuložené změny"),
                                question, buttons, SAVE)
