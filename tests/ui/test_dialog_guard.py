"""An unanswered modal dialog fails its test at once instead of hanging the run (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

INNER = '''
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

SB = QMessageBox.StandardButton


def test_unanswered_question(qapp):
    QMessageBox.question(None, "Smazat orgán", "Opravdu smazat?")
    pytest.fail("not reached: the question returned")


def test_unanswered_box_in_a_slot_that_swallows_errors(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)

    def warn():
        try:
            QMessageBox(QMessageBox.Icon.Warning, "Nelze provést", "Databáze je zamčená.").exec()
        except Exception:
            pass

    button.clicked.connect(warn)
    button.click()


def test_unanswered_file_dialog(qapp):
    QFileDialog.getOpenFileName(None, "Import aktérů")


def test_an_answer_nobody_asked_for(dialogs):
    dialogs.answer(SB.Yes)


def test_answered_in_order(qapp, dialogs):
    dialogs.answer(SB.No, ("/tmp/a.pdf", ""), lambda box: box.windowTitle())
    assert QMessageBox.question(None, "Smazat", "Opravdu?") == SB.No
    assert QFileDialog.getSaveFileName(None, "Uložit") == ("/tmp/a.pdf", "")
    assert QMessageBox(QMessageBox.Icon.Warning, "Nelze provést", "x").exec() == "Nelze provést"
    assert [a.kind for a in dialogs.asked] == [
        "QMessageBox.question", "QFileDialog.getSaveFileName", "QMessageBox.exec"]
'''


def test_an_unanswered_modal_fails_its_test_and_the_answered_ones_pass(tmp_path):
    (tmp_path / "conftest.py").write_text((TESTS / "conftest.py").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(INNER), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(TESTS.parent), str(TESTS),  # conftest's helpers
                                           os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-o", "qt_api=pyside6",
         "-o", "addopts=", "-rA", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "4 failed, 1 passed" in out, out
    assert "PASSED test_inner.py::test_answered_in_order" in out
    for test, dialog in [("test_unanswered_question", "QMessageBox.question 'Smazat orgán'"),
                         ("test_unanswered_box_in_a_slot_that_swallows_errors",
                          "QMessageBox.exec 'Nelze provést'"),
                         ("test_unanswered_file_dialog", "QFileDialog.getOpenFileName")]:
        assert f"FAILED test_inner.py::{test}" in out, out
        assert f"unexpected modal dialog {dialog}" in out, out
    assert "FAILED test_inner.py::test_an_answer_nobody_asked_for" in out
    assert "no dialog asked for the answers" in out
