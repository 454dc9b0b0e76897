"""A combo for choosing one actor of the locality by typing part of the name (any diacritics)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from obecdesk.core.actors import ActorFilter, ActorService
from obecdesk.core.text import fold

#: pickers list this many actors; a locality with more is searched in the actor list instead
PICKER_LIMIT = 3000


class ActorPicker(QComboBox):
    """Editable combo of actors; :meth:`actor_id` is the chosen actor or ``None``."""

    def __init__(self, actors: ActorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actors = actors
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def load(self, locality_id: str, *, exclude: set[str] = frozenset()) -> None:
        current = self.actor_id()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        if locality_id:
            for actor in self.actors.list(ActorFilter(locality_id), limit=PICKER_LIMIT):
                if actor.id not in exclude:
                    label = actor.name + (f" ({actor.organisation_name})"
                                          if actor.organisation_name else "")
                    self.addItem(label, actor.id)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def actor_id(self) -> str | None:
        """The actor whose label matches the typed text (ignoring case and diacritics)."""
        text = fold(self.currentText().strip())
        if not text:
            return None
        if fold(self.itemText(self.currentIndex())) == text:
            return self.currentData()
        for index in range(1, self.count()):
            if fold(self.itemText(index)) == text:
                return self.itemData(index)
        return None

    def set_actor(self, actor_id: str | None) -> None:
        self.setCurrentIndex(max(self.findData(actor_id), 0))
