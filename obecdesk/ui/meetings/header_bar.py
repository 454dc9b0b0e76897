"""The bar above the meeting tabs: which meeting, print buttons, discard and save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from obecdesk.ui.columns import ElidedLabel


class EditorHeader(QWidget):
    """``print_requested(kind)`` with kind "agenda", "attendance" or "minutes"."""

    print_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = ElidedLabel()
        self.heading.setObjectName("meeting-heading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.save_button = QPushButton(self.tr("Uložit"))
        self.save_button.setObjectName("save-meeting")
        self.save_button.setToolTip(self.tr("Uložit změny (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Zahodit změny"))
        self.revert_button.setObjectName("revert-meeting")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading, 1)
        self.focus_button = QPushButton(self.tr("Režim psaní"))
        self.focus_button.setObjectName("focus-mode")
        self.focus_button.setCheckable(True)
        self.focus_button.setToolTip(self.tr(
            "Skryje seznam jednání, aby byl zápis při jednání co největší (F11)"))
        layout.addWidget(self.focus_button)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Tisk:")))
        self.print_buttons: dict[str, QPushButton] = {}
        for kind, label in (("agenda", self.tr("Program")),
                            ("attendance", self.tr("Prezenční listina")),
                            ("minutes", self.tr("Zápis"))):
            button = QPushButton(label)
            button.setObjectName(f"print-{kind}")
            button.setToolTip(self.tr("Vytvořit PDF a zobrazit náhled k uložení nebo tisku"))
            button.clicked.connect(lambda _=False, k=kind: self.print_requested.emit(k))
            self.print_buttons[kind] = button
            layout.addWidget(button)
        layout.addSpacing(16)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)

    def show_state(self, heading: str, dirty: bool) -> None:
        self.heading.setText(heading)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
