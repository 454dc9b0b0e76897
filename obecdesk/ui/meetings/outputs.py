"""Documents built from the saved meeting: the three printouts and the invitation files.

PDFs go to a temporary folder the view owns and open in the in-app preview; invitation files
are saved where the user chooses and may then be opened in the mail client or calendar.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from obecdesk.core.meetings.invitations import InvitationFiles, InvitationService
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.text import fold
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text
from obecdesk.reports.agenda import agenda_pdf
from obecdesk.reports.printouts import PRINTOUTS
from obecdesk.ui.errors import show_error
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.meetings.print_preview import PdfPreviewDialog
from obecdesk.ui.settings import printout_options

C = "MeetingOutputs"

def file_stem(detail: MeetingDetail, what: str) -> str:
    """``program-2025-05-12-ps-bydleni``: readable, ASCII, safe on every file system."""
    meeting = detail.meeting
    words = re.sub(r"[^a-z0-9]+", "-", fold(meeting.body_or_kind or meeting.title)).strip("-")
    return f"{what}-{meeting.date.isoformat()}-{words[:40]}".rstrip("-")


def detail_to_print(parent: QWidget, editor, service) -> MeetingDetail | None:
    """The stored meeting to print; with unsaved edits the user chooses: save and print, print
    the saved version (the edits stay on screen), or cancel."""
    if not editor.meeting_id:
        return None
    if editor.is_dirty():
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MeetingOutputs", "Neuložené změny"),
                          QCoreApplication.translate("MeetingOutputs", "Jednání má neuložené změny. Tisk vychází z uložené verze."),
                          QMessageBox.StandardButton.NoButton, parent)
        save = box.addButton(QCoreApplication.translate("MeetingOutputs", "Uložit a tisknout"), QMessageBox.ButtonRole.AcceptRole)
        saved = box.addButton(QCoreApplication.translate("MeetingOutputs", "Tisknout uloženou verzi"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QCoreApplication.translate("MeetingOutputs", "Zrušit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() not in (save, saved):
            return None
        if box.clickedButton() is save and not editor.save():
            return None
    try:
        return service.detail(editor.meeting_id)
    except UserError as exc:
        show_error(parent, str(exc))
        return None


def build_printout(detail: MeetingDetail, kind: str, folder: Path, **options) -> Path:
    """A new file per build (``program-…-<random>.pdf``): an open preview keeps reading its own
    file, and a viewer that still holds the old one never blocks printing again."""
    printout = PRINTOUTS[kind]
    handle, name = tempfile.mkstemp(prefix=f"{file_stem(detail, printout.file_stem)}-",
                                    suffix=".pdf", dir=folder)
    os.close(handle)
    return printout.write(detail, name, **options)


def show_printout(parent: QWidget, detail: MeetingDetail, kind: str,
                  folder: Path, settings=None) -> PdfPreviewDialog | None:
    """Build the PDF in ``folder`` and open the preview (non-blocking; the dialog is returned)."""
    try:
        options = printout_options(settings, kind) if settings is not None else {}
        path = build_printout(detail, kind, folder, **options)
    except UserError as exc:
        show_error(parent, str(exc))
        return None
    except OSError as exc:
        show_error(parent, QCoreApplication.translate("MeetingOutputs", "PDF se nepodařilo vytvořit: {0}").format(os_error_text(exc)))
        return None
    title = tr_context(C, PRINTOUTS[kind].title)
    suggested = f"{file_stem(detail, PRINTOUTS[kind].file_stem)}.pdf"
    dialog = PdfPreviewDialog(path, f"{title} – {detail.meeting.title}", suggested, parent)
    dialog.setModal(False)
    dialog.show()
    return dialog


def save_invitation(parent: QWidget, service: InvitationService, detail: MeetingDetail,
                    kind: str, *, ask_to_open: bool = True) -> InvitationFiles | None:
    """Ask where to save the .eml or .ics file, write it (the service records the sent date),
    say who has no e-mail address, and offer to open the file."""
    suffix, filter_text = (("eml", QCoreApplication.translate("MeetingOutputs", "E-mail (*.eml)")) if kind == "eml"
                           else ("ics", QCoreApplication.translate("MeetingOutputs", "Kalendář iCalendar (*.ics)")))
    suggested = str(Path.home() / f"{file_stem(detail, 'pozvanka')}.{suffix}")
    target, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MeetingOutputs", "Uložit pozvánku"), suggested, filter_text)
    if not target:
        return None
    path = Path(target if target.lower().endswith(f".{suffix}") else f"{target}.{suffix}")
    try:
        attachment = agenda_pdf(detail) if kind == "eml" else None
        files = service.write(detail.meeting.id, **{kind: path}, agenda_pdf=attachment)
    except UserError as exc:
        show_error(parent, str(exc))
        return None
    written = files.eml if kind == "eml" else files.ics
    if ask_to_open:
        question = (QCoreApplication.translate("MeetingOutputs", "E-mail s pozvánkou je uložen. Otevřít ho v poštovním "
                                  "programu, kde ho zkontrolujete a odešlete?")
                    if kind == "eml" else
                    QCoreApplication.translate("MeetingOutputs", "Pozvánka do kalendáře je uložena. Otevřít ji v kalendáři?"))
        if files.without_email:
            question = QCoreApplication.translate("MeetingOutputs", "Bez e-mailové adresy (pozvěte je jinak): {0}.").format(
                ", ".join(files.without_email)) + "\n\n" + question
        answer = QMessageBox.question(parent, QCoreApplication.translate("MeetingOutputs", "Pozvánka uložena"), question)
        if answer == QMessageBox.StandardButton.Yes and written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return files
