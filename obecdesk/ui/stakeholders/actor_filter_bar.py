"""The row above the actor list: free-text search and the sector, body and attitude filters."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from obecdesk.core.stakeholders.actor_fields import attitude_text
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.ui.i18n import vocab

# typing pause after which the search runs (one query per word typed, not per letter)
SEARCH_DELAY_MS = 150


class ActorFilterBar(QWidget):
    """Emits ``changed`` after a short typing pause or on every choice; the search itself is
    the service's."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("actor-search")
        self.search.setPlaceholderText(self.tr("Hledat jméno, organizaci, roli, e-mail… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self.flush_search)
        self.sector = QComboBox()
        self.sector.setObjectName("sector-filter")
        self.sector.addItem(self.tr("Všechny sektory"), None)
        for value, label in Sector.choices():
            self.sector.addItem(vocab(label), value)
        self.body = QComboBox()
        self.body.setObjectName("body-filter")
        self.body.setMinimumWidth(180)
        self.attitude = QComboBox()
        self.attitude.setObjectName("attitude-filter")
        self.attitude.addItem(self.tr("Jakýkoli postoj"), None)
        for value in range(-2, 3):
            self.attitude.addItem(self.tr("postoj {0}").format(attitude_text(value)), value)
        for combo in (self.sector, self.body, self.attitude):
            combo.currentIndexChanged.connect(self.changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.sector, 1)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attitude)

    def _search_typed(self, text: str) -> None:
        if text:
            self._search_timer.start()  # restarts: the query waits for a pause in typing
        else:
            self.flush_search()  # a cleared field shows everyone at once

    def flush_search(self) -> None:
        """Run a pending search now (Enter, or a caller that needs the result at once)."""
        self._search_timer.stop()
        self.changed.emit()

    def set_bodies(self, bodies: list[tuple[str, str]]) -> None:
        """(id, name) of the locality's bodies; keeps the chosen one while it exists.

        When the chosen body is gone (deleted, archived, another replica's change) the filter
        falls back to all bodies and ``changed`` tells the list to re-read.
        """
        current = self.body.currentData()
        self.body.blockSignals(True)
        self.body.clear()
        self.body.addItem(self.tr("Všechny orgány"), None)
        for body_id, name in bodies:
            self.body.addItem(name, body_id)
        index = self.body.findData(current)
        self.body.setCurrentIndex(max(index, 0))
        self.body.blockSignals(False)
        if current is not None and index < 0:
            self.changed.emit()

    def filter_for(self, locality_id: str) -> ActorFilter | None:
        if not locality_id:
            return None
        return ActorFilter(locality_id, search=self.search.text(),
                           sector=self.sector.currentData(), body_id=self.body.currentData(),
                           attitude=self.attitude.currentData())
