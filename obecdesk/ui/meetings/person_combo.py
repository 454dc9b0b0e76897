"""A name picked from the locality's people, or typed for an outsider (facilitator, minute-taker).

The meeting stores the name as text (someone from outside the partnership may facilitate), so
this is an editable combo: the drop-down and the completion (any part of the name, any case)
offer the locality's persons, and whatever is typed stays as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class PersonCombo(QComboBox):
    """Reads like a line edit: ``text``, ``setText`` and ``textEdited`` (also on a pick)."""

    textEdited = Signal(str)  # noqa: N815 - the QLineEdit name it stands in for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.lineEdit().setPlaceholderText(self.tr("vyberte ze seznamu nebo napište jméno"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self.textEdited)
        self.textActivated.connect(self.textEdited)

    def set_people(self, names: list[str]) -> None:
        """Offer ``names``; the text shown stays."""
        text = self.text()
        self.blockSignals(True)
        self.clear()
        self.addItems(list(dict.fromkeys(n for n in names if n)))
        self.setEditText(text)
        self.blockSignals(False)

    def text(self) -> str:
        return self.currentText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name it stands in for
        self.setEditText(text)
