"""Qt's own dialogs speak Czech: message-box buttons and the file dialog use qtbase_cs."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from obecdesk.ui.i18n import install_translators


def test_standard_buttons_and_the_file_dialog_are_czech(qapp, qtbot):
    translators = install_translators(qapp, "cs")
    try:
        assert translators, "qtbase_cs.qm was not found"
        box = QMessageBox(QMessageBox.Icon.Question, "Otázka", "Uložit změny?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                          | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Ano", "Ne", "Zrušit"}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Uložit", "Zavřít"}
        dialog = QFileDialog(None, "Uložit PDF")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert "Název &souboru:" in labels and "File &name:" not in labels
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
