"""An unexpected exception shows a readable dialog instead of vanishing into a terminal.

The coordinator learns that the work saved so far is safe, where the log is, and can copy the
details into an e-mail; the application keeps running (the failed action simply did not happen).
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from obecdesk.core.crash_log import fault_report, write_fault_log


def show_fault(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
               parent: QWidget | None = None) -> None:
    """Log the fault and tell the user in Czech, with the details one click away."""
    report = fault_report(exc_type, exc, tb)
    log = write_fault_log(report)
    print(report, file=sys.stderr)
    text = QCoreApplication.translate(
        "FaultDialog", "Nastala neočekávaná chyba a poslední akce se neprovedla. Uložená práce je "
        "v pořádku. Pokud se chyba opakuje, pošlete prosím podrobnosti na centrálu.")
    if log is not None:
        text += "\n\n" + QCoreApplication.translate(
            "FaultDialog", "Záznam o chybě: {path}").format(path=log)
    title = QCoreApplication.translate("FaultDialog", "Neočekávaná chyba")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close,
                      parent)
    box.setObjectName("fault-box")
    box.setDetailedText(report)
    copy = box.addButton(QCoreApplication.translate("FaultDialog", "Kopírovat podrobnosti"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # copying must not close the dialog
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    box.exec()


def install_fault_hook() -> None:
    """Route exceptions that escape a slot or an event handler to :func:`show_fault`."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_fault(exc_type, exc, tb, QApplication.activeWindow())

    sys.excepthook = hook
