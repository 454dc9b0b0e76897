"""Saving the closing report of the shown cooperation as a PDF where the user chooses."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from obecdesk.core.text import fold
from obecdesk.ui.errors import run_guarded

if TYPE_CHECKING:
    from obecdesk.ui.cooperation.view import CooperationView


def export_report_dialog(view: CooperationView) -> None:
    """The report is built from the stored frame: unsaved edits are saved first."""
    if view.frame is None or (view.is_dirty() and not view.save()):
        return
    translate = QCoreApplication.translate
    slug = re.sub(r"[^a-z0-9]+", "-", fold(view.frame.locality_name)).strip("-")
    path, _ = QFileDialog.getSaveFileName(
        view, translate("CooperationView", "Uložit závěrečnou zprávu"),
        translate("CooperationView", "zaverecna-zprava-{0}.pdf").format(slug),
        translate("CooperationView", "Dokument PDF (*.pdf)"))
    if path:
        export_report(view, path if path.lower().endswith(".pdf") else path + ".pdf")


def export_report(view: CooperationView, path: str) -> bool:
    if view.frame is None:
        return False
    locality_id = view.frame.locality_id
    written = run_guarded(view, lambda: view.write_report(locality_id, path))
    if written is not None:
        view.hint.setText(QCoreApplication.translate(
            "CooperationView", "Závěrečná zpráva uložena do {0}.").format(written))
    return written is not None
