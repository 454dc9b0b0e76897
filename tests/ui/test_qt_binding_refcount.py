"""The pinned Qt bindings must not leak references to ``None``.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every void Qt call made from
Python; after enough calls the interpreter dies with "Fatal Python error: none_dealloc" in the
middle of a coordinator's work. pyproject.toml pins a release without the bug; this test keeps a
later upgrade from bringing it back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import QWidget

CALLS = 3000


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    widget = QWidget()
    model = QStringListModel(["a", "b"])
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.update()
        QCoreApplication.processEvents()
        model.beginResetModel()
        model.endResetModel()
    after = sys.getrefcount(None)
    # a leaking binding loses one reference per call (12,000 here); a healthy one stays put
    assert after >= before - 100, f"None lost {before - after} references in {4 * CALLS} calls"
    widget.deleteLater()
