"""O aplikaci: the version and where this installation keeps its data, for support and HQ.

The database path, schema revision and replica id used to fill the status bar; a coordinator
needs them only when someone asks, so they live here (Nápověda → O aplikaci).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.installation import InstallationFacts
from obecdesk.resources import resource


def app_icon() -> QIcon:
    """The application's icon (a house with three people): window, task bar, this dialog."""
    return QIcon(str(resource("icons", "obecdesk.png")))


class AboutDialog(QDialog):
    def __init__(self, facts: InstallationFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("O aplikaci"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>obecdesk {facts.version}</h2>"
                       + self.tr("Pracovní nástroj lokálního konzultanta pro lokální "
                                 "partnerství a sociální začleňování."))
        title.setWordWrap(True)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, value in [
            ("version", self.tr("Verze"), facts.version),
            ("data-folder", self.tr("Datová složka"), facts.data_folder or "—"),
            ("database", self.tr("Databáze"), facts.database),
            ("schema", self.tr("Verze schématu"), facts.schema),
            ("replica", self.tr("Identifikátor repliky"), facts.replica_id),
            ("licence", self.tr("Licence"), facts.licence),
        ]:
            field = QLabel(value)
            field.setObjectName(f"about-{key}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            form.addRow(label, field)

        text = QVBoxLayout()
        text.addWidget(title)
        text.addLayout(form)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
