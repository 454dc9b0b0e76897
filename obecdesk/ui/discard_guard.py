"""Typed work is never dropped silently: a form dialog asks before Esc, Zrušit or closing.

The actor dialog, the locality and body dialogs share this one question (the meeting editor asks
its own, with Save, because its draft lives on after the question).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def ask_discard(parent: QWidget) -> bool:
    """True when the user agrees to drop what the form holds."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("DiscardGuard", "Zahodit změny"),
        QCoreApplication.translate("DiscardGuard",
                                   "Formulář obsahuje neuložené změny. Opravdu je zahodit?"))
    return answer == QMessageBox.StandardButton.Yes


class GuardedDialog(QDialog):
    """A form dialog with ``data()``: call :meth:`mark_clean` once it is filled; from then on
    Esc, Zrušit and the window's close button ask before dropping changes."""

    _initial: Any = None

    def data(self) -> Any:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def mark_clean(self) -> None:
        self._initial = self.data()

    def has_changes(self) -> bool:
        return self._initial is not None and self.data() != self._initial

    def reject(self) -> None:
        if self.has_changes() and not ask_discard(self):
            return
        super().reject()
