"""An unexpected exception: a Czech dialog with the details one click away and a log file."""

from __future__ import annotations

import stat
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from obecdesk.ui.fault_dialog import install_fault_hook


def test_an_escaped_exception_is_logged_and_shown_with_copyable_details(
        qtbot, dialogs, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_fault_hook()
    seen = {}

    def click_copy(box: QMessageBox) -> QMessageBox.StandardButton:
        seen["details"] = box.detailedText()
        copy = next(b for b in box.buttons() if b.text() == "Kopírovat podrobnosti")
        copy.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        return QMessageBox.StandardButton.Close

    dialogs.answer(click_copy)
    try:
        raise ZeroDivisionError("dělení nulou v testu")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())

    (asked,) = dialogs.asked
    assert asked.title == "Neočekávaná chyba"
    assert "Uložená práce je v pořádku" in asked.text
    assert "ZeroDivisionError: dělení nulou v testu" in seen["details"]
    assert seen["clipboard"] == seen["details"]
    (log,) = (tmp_path / "state").rglob("chyba-*.log")
    assert str(log) in asked.text
    assert "dělení nulou v testu" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
