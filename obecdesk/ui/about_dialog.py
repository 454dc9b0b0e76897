"""O aplikaci: the version and where this installation keeps its data, for support and HQ.

The database path, schema revision and replica id used to fill the status bar; a coordinator
needs them only when someone asks, so they live here (Nápověda → O aplikaci).
"""

from __future__ import annotations

from pathlib import Path

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

from obecdesk import __version__
from obecdesk.resources import resource
from obecdesk.store import Store

LICENCE = "EUPL-1.2"


def app_icon() -> QIcon:
    """The application's icon (a house with three people): window, task bar, this dialog."""
    return QIcon(str(resource("icons", "obecdesk.png")))


def data_folder(store: Store) -> str:
    """The folder that holds the database file ("" for a server database)."""
    path = Path(store.location)
    return str(path.parent) if path.suffix and path.parent.is_dir() else ""


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("O aplikaci"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<h2>obecdesk {__version__}</h2>"
                       + self.tr("Pracovní nástroj lokálního konzultanta pro lokální "
                                 "partnerství a sociální začleňování."))
        title.setWordWrap(True)

        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, value in [
            ("version", self.tr("Verze"), __version__),
            ("data-folder", self.tr("Datová složka"), data_folder(store) or "—"),
            ("database", self.tr("Databáze"), store.location),
            ("schema", self.tr("Verze schématu"), store.schema_version()),
            ("replica", self.tr("Identifikátor repliky"), store.replica_id),
            ("licence", self.tr("Licence"), LICENCE),
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
