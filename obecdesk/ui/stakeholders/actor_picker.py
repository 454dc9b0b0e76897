"""A combo for choosing one actor of the locality by typing part of the name (any diacritics).

The drop-down lists the locality's actors (a partnership has tens); typing asks the service for
the best matches, so "simkova" offers "Mgr. Jana Šimková" and a locality with 100,000 imported
actors stays instant — then the drop-down is left empty and only the typed search offers names.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from obecdesk.core.stakeholders.actor_fields import ActorInfo
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.text import fold
from obecdesk.errors import UserError

#: up to this many actors are listed in the drop-down
PICKER_LIMIT = 3000
#: matches offered while typing
SEARCH_LIMIT = 30


def actor_label(actor: ActorInfo) -> str:
    return actor.name + (f" ({actor.organisation_name})" if actor.organisation_name else "")


class ActorPicker(QComboBox):
    """Editable combo of actors; :meth:`actor_id` is the chosen actor or ``None``."""

    def __init__(self, actors: ActorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actors = actors
        self.locality_id = ""
        self.exclude: set[str] = set()
        #: folded label -> actor id, and folded name -> ids, of every actor offered so far
        self._by_label: dict[str, str] = {}
        self._by_name: dict[str, set[str]] = {}
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        # the service already chose the matches (diacritics-insensitive); show them as they are
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._search)

    def load(self, locality_id: str, *, exclude: set[str] = frozenset()) -> None:
        current = self.actor_id()
        self.locality_id, self.exclude = locality_id, set(exclude)
        self.blockSignals(True)
        self.clear()
        self._by_label.clear()
        self._by_name.clear()
        self.addItem("", None)
        rows = (self.actors.list(ActorFilter(locality_id), limit=PICKER_LIMIT + 1)
                if locality_id else [])
        if len(rows) <= PICKER_LIMIT:
            for actor in rows:
                if actor.id not in self.exclude:
                    self.addItem(self._remember(actor), actor.id)
        self.set_actor(current if current not in self.exclude else None)
        self.blockSignals(False)

    def _remember(self, actor: ActorInfo) -> str:
        label = actor_label(actor)
        self._by_label[fold(label)] = actor.id
        self._by_name.setdefault(fold(actor.name), set()).add(actor.id)
        return label

    def _search(self, text: str) -> list[str]:
        if not self.locality_id or len(text.strip()) < 2:
            self._matches.setStringList([])
            return []
        found = self.actors.list(ActorFilter(self.locality_id, search=text), limit=SEARCH_LIMIT)
        labels = [self._remember(a) for a in found if a.id not in self.exclude]
        self._matches.setStringList(labels)
        return labels

    def actor_id(self) -> str | None:
        """The actor whose label (or unique name) is the typed text, ignoring case and accents."""
        text = self.currentText().strip()
        if not text:
            return None
        if fold(text) not in self._by_label and fold(text) not in self._by_name:
            self._search(text)  # typed without using the drop-down or the suggestions
        if fold(text) in self._by_label:
            return self._by_label[fold(text)]
        named = self._by_name.get(fold(text), set())
        return next(iter(named)) if len(named) == 1 else None

    def set_actor(self, actor_id: str | None) -> None:
        if not actor_id:
            self.setCurrentIndex(0)
            return
        index = self.findData(actor_id)
        if index >= 0:
            self.setCurrentIndex(index)
            return
        try:
            self.setEditText(self._remember(self.actors.get(actor_id)))
        except UserError:  # deleted meanwhile: nothing to preselect
            self.setCurrentIndex(0)
