"""Running one long service call (an import commit) off the UI thread, reporting back to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from obecdesk.errors import UserError


class ServiceCall(QThread):
    """Calls ``action`` in a worker thread; ``done`` or ``failed`` (a UserError) arrive in the UI.

    The service runs one transaction, so there is nothing half-done to clean up if it fails;
    any other exception is a bug and is re-raised in the UI thread through ``crashed``.
    """

    done = Signal(object)
    failed = Signal(str)
    crashed = Signal(object)

    def __init__(self, action: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action

    def run(self) -> None:
        try:
            result = self._action()
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, not swallowed
            self.crashed.emit(exc)
        else:
            self.done.emit(result)
