"""The row above the actor table: new, edit, delete, import, and how many actors are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from obecdesk.core.formatting import number_text


class ActorToolbar(QWidget):
    """The panel connects the buttons; this row only says which make sense now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = QPushButton(self.tr("Nový aktér…"))
        self.new_button.setObjectName("new-actor")
        self.edit_button = QPushButton(self.tr("Upravit…"))
        self.edit_button.setObjectName("edit-actor")
        self.delete_button = QPushButton(self.tr("Smazat"))
        self.delete_button.setObjectName("delete-actor")
        self.import_button = QPushButton(self.tr("Import z tabulky…"))
        self.import_button.setObjectName("import-actors")
        self.count_label = QLabel()
        self.count_label.setObjectName("actor-count")
        buttons = QHBoxLayout(self)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.edit_button, self.delete_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

    def enable_for(self, *, has_locality: bool, has_selection: bool) -> None:
        for button in (self.new_button, self.import_button):
            button.setEnabled(has_locality)
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    def show_count(self, shown: int, total: int) -> None:
        """All actors, or how many of them the lazily fetched table has read so far."""
        if total == shown:
            text = self.tr("Aktérů: {0}").format(number_text(total))
        else:
            text = self.tr("Načteno {0} z {1} aktérů").format(number_text(shown),
                                                               number_text(total))
        self.count_label.setText(text)
