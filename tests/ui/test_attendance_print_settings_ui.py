"""The attendance sheet's settings and the locality's project strip, set through the screens, end
up on the printed sheet."""

from meetings_support import click, make_view, open_titled
from pdf_tools import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from obecdesk.core.localities import LocalityService
from obecdesk.ui.context import AppContext
from obecdesk.ui.localities.view import LocalitiesView
from obecdesk.ui.meetings.print_settings_dialog import AttendanceSettingsDialog
from obecdesk.ui.settings import GDPR_NOTICE, GUEST_ROWS


def test_project_strip_from_the_locality_form_and_settings_reach_the_sheet(
        qtbot, ctx, services, demo_store):
    view = LocalitiesView(AppContext(demo_store, ctx.settings), LocalityService(demo_store))
    qtbot.addWidget(view)
    view.select(ctx.locality_id)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    view.dialog.project_number.setText("CZ.03.02.02/00/22_005/0001234")
    view.dialog.publicity_text.setText("Projekt je spolufinancován Evropskou unií.")
    qtbot.mouseClick(view.dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert LocalityService(demo_store).get(ctx.locality_id).project_number == \
        "CZ.03.02.02/00/22_005/0001234"

    settings = AttendanceSettingsDialog(ctx.settings)
    qtbot.addWidget(settings)
    assert settings.notice.toPlainText().startswith("Osobní údaje uvedené v prezenční listině")
    settings.guest_rows.setValue(9)
    settings.notice.setPlainText("Údaje zpracovává Město Dolní Bránice.")
    settings.accept()
    assert ctx.settings.get(GUEST_ROWS) == 9
    assert ctx.settings.get(GDPR_NOTICE) == "Údaje zpracovává Město Dolní Bránice."

    meetings = make_view(qtbot, ctx, services)
    open_titled(meetings, "PS Bydlení – revize opatření")
    click(qtbot, meetings.editor.print_buttons["attendance"])
    text = " ".join(pdf_text(meetings.last_preview.pdf_path, layout=True).split())
    assert "Projekt CZ.03.02.02/00/22_005/0001234 – Projekt je spolufinancován Evropskou unií." \
        in text
    assert "Údaje zpracovává Město Dolní Bránice." in text
    invitees = len(meetings.editor.detail.attendance)
    assert f" {invitees + 9}. " in f"{text} " and f" {invitees + 10}. " not in f"{text} "
    meetings.last_preview.close()
