"""The import wizard's source: the chosen file and the encoding its CSV text is read in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from obecdesk.core.stakeholders.imports.encoding import ENCODING_CHOICES


class ImportFileRow(QWidget):
    """``file_chosen(path)`` after the user picks a file; ``encoding_changed`` on a new codec."""

    file_chosen = Signal(str)
    encoding_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("CSV (i z českého Excelu) nebo XLSX"))
        choose = QPushButton(self.tr("Vybrat soubor…"))
        choose.clicked.connect(self.choose_file)
        self.encoding = QComboBox()
        self.encoding.setObjectName("import-encoding")
        for codec, label in ENCODING_CHOICES.items():
            self.encoding.addItem(self.tr("automaticky") if codec == "auto" else label, codec)
        self.encoding.setToolTip(self.tr("Kódování souboru CSV; u XLSX se nepoužije."))
        self.encoding.currentIndexChanged.connect(lambda _index: self.encoding_changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Soubor:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        row.addWidget(QLabel(self.tr("Kódování:")))
        row.addWidget(self.encoding)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vyberte tabulku s aktéry"), "",
            self.tr("Tabulky (*.csv *.xlsx *.txt);;Všechny soubory (*)"))
        if path:
            self.file_chosen.emit(path)

    def show_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def codec(self) -> str:
        """The chosen key of ``ENCODING_CHOICES`` ("auto" lets the reader guess)."""
        return self.encoding.currentData()

    def set_codec(self, codec: str) -> None:
        self.encoding.setCurrentIndex(self.encoding.findData(codec))
