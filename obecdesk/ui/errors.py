"""Turning a refused action into a clear Czech message box instead of a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_sentence

T = TypeVar("T")


def show_error(parent: QWidget | None, message: str, title: str = "") -> None:
    title = title or QCoreApplication.translate("Errors", "Nelze provést")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("error-box")
    box.exec()


def run_guarded(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; a :class:`UserError` or a failed file operation is shown to the
    user (in Czech) and gives ``None``."""
    try:
        return action()
    except UserError as exc:
        show_error(parent, str(exc))
        return None
    except OSError as exc:
        show_error(parent, os_error_sentence(exc))
        return None
