"""Printouts from the editor open in the in-app PDF preview; the list model reads in Czech."""

import datetime as dt

from meetings_support import click, make_view, open_titled
from pdf_tools import pdf_text
from PySide6.QtPdf import QPdfDocument

from obecdesk.core.meetings.meeting_types import MeetingInfo
from obecdesk.ui.meetings.list_model import Column, MeetingsTableModel

HELD = "PS Bydlení – analýza bytového fondu"


def test_each_printout_opens_in_the_preview(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, HELD)
    for kind in ("agenda", "attendance", "minutes"):
        click(qtbot, view.editor.print_buttons[kind])
        dialog = view.last_preview
        assert dialog is not None and dialog.isVisible()
        assert dialog.document.status() == QPdfDocument.Status.Ready
        assert dialog.page_count() >= 1
        assert dialog.pdf_path.exists() and dialog.pdf_path.suffix == ".pdf"
        assert "2025-05-12" in dialog.pdf_path.name
        dialog.close()


def _choose(text: str):
    """Answer the unsaved-edits question by clicking the button labelled ``text``."""
    def click_button(box):
        next(b for b in box.buttons() if b.text() == text).click()
    return click_button


def _edit_place(view, place: str):
    meeting = open_titled(view, "Řídicí tým – vyhodnocení plánu")  # minutes not approved yet
    view.editor.basics.place.setText(place)
    view.editor.basics.place.textEdited.emit(place)
    return meeting


def test_printing_with_unsaved_edits_asks_and_can_save_first(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = _edit_place(view, "Sál Sokolovny")
    dialogs.answer(_choose("Uložit a tisknout"))
    click(qtbot, view.editor.print_buttons["agenda"])
    assert "neuložené změny" in dialogs.texts[-1]
    assert not view.editor.is_dirty()
    assert view.service.get(meeting.id).place == "Sál Sokolovny"
    assert "Sál Sokolovny" in pdf_text(view.last_preview.pdf_path)
    view.last_preview.close()


def test_printing_the_saved_version_keeps_the_edits_unsaved(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = _edit_place(view, "Sál Sokolovny")
    stored = view.service.get(meeting.id).place
    dialogs.answer(_choose("Tisknout uloženou verzi"))
    click(qtbot, view.editor.print_buttons["agenda"])
    assert view.editor.is_dirty()
    assert view.editor.basics.place.text() == "Sál Sokolovny"
    assert view.service.get(meeting.id).place == stored
    text = pdf_text(view.last_preview.pdf_path)
    assert "Sál Sokolovny" not in text and stored.split(",")[0] in text
    view.last_preview.close()


def test_cancel_prints_nothing_and_keeps_the_edits(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    _edit_place(view, "Sál Sokolovny")
    dialogs.answer(_choose("Zrušit"))
    click(qtbot, view.editor.print_buttons["minutes"])
    assert view.last_preview is None
    assert view.editor.is_dirty()


def _info(**overrides) -> MeetingInfo:
    values = dict(
        id="m", locality_id="l", body_id=None, body_name="", body_code="", kind="public",
        title="Veřejné setkání", date=dt.date(2025, 6, 13), start_time=dt.time(17, 30),
        end_time=None, place="", facilitator="", minute_taker="", verifier="",
        decision_rule="consensus",
        goal="", notes="", head_count=None, status="minutes_approved", invitations_sent_on=None,
        agenda_sent_on=None, held_on=None, minutes_approved_on=None, minutes_published_on=None)
    values.update(overrides)
    return MeetingInfo(**values)


def test_list_model_cells_are_czech_and_fetched_lazily(qapp):
    rows = [_info(id=str(i), title=f"Setkání {i}") for i in range(450)]
    model = MeetingsTableModel()
    calls = []

    def fetch(offset, limit):
        calls.append(offset)
        return rows[offset:offset + limit]

    model.reset(fetch)
    assert model.rowCount() == 200 and model.canFetchMore()
    assert model.index(0, Column.DATE).data() == "13. 6. 2025"
    assert model.index(0, Column.TIME).data() == "17:30"
    assert model.index(0, Column.BODY).data() == "veřejné setkání"
    assert model.index(0, Column.STATUS).data() == "zápis schválen"
    assert model.row_of("420") == 420 and calls == [0, 200, 400]
    assert not model.canFetchMore()


def test_invitation_files_are_saved_where_the_user_chooses(qtbot, ctx, services, tmp_path,
                                                           dialogs):
    from email import policy
    from email.parser import BytesParser

    from icalendar import Calendar
    from PySide6.QtWidgets import QMessageBox

    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, "PS Bydlení – revize opatření")
    recorded = view.service.get(meeting.id).invitations_sent_on
    dialogs.answer((str(tmp_path / "pozvanka"), ""), QMessageBox.StandardButton.No,
                   (str(tmp_path / "kalendar.ics"), ""), QMessageBox.StandardButton.No)
    click(qtbot, view.editor.invitations.eml_button)
    click(qtbot, view.editor.invitations.ics_button)
    kinds = [asked.kind for asked in dialogs.asked]
    assert kinds == ["QFileDialog.getSaveFileName", "QMessageBox.question"] * 2

    message = BytesParser(policy=policy.default).parse((tmp_path / "pozvanka.eml").open("rb"))
    assert "PS Bydlení" in message["Subject"]
    assert any(part.get_content_type() == "application/pdf" for part in message.iter_attachments())
    calendar = Calendar.from_ical((tmp_path / "kalendar.ics").read_bytes())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("PS Bydlení")
    # the service records today unless a sent date was already recorded; the editor shows it
    expected = recorded or dt.date.today()
    assert view.service.get(meeting.id).invitations_sent_on == expected
    assert view.editor.invitations.sent_on_value() == expected


def test_list_filters_by_body_and_status(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    panel = view.list_panel
    assert panel.model.rowCount() == 5 and panel.count_label.text() == "5 jednání"
    panel.body_filter.setCurrentIndex(panel.body_filter.findText("PS Bydlení"))
    assert panel.model.rowCount() == 2
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("planned"))
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, Column.TITLE).data() == "PS Bydlení – revize opatření"
    panel.body_filter.setCurrentIndex(panel.body_filter.findData("-"))  # no body
    assert panel.model.rowCount() == 0 and panel.count_label.text() == "0 jednání"


def test_print_renders_every_pdf_page_to_the_printer(qtbot, ctx, services, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from obecdesk.ui.meetings.outputs import build_printout
    from obecdesk.ui.meetings.print_preview import PdfPreviewDialog, print_pdf

    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, HELD)
    source = build_printout(view.service.detail(meeting.id), "minutes", tmp_path)
    dialog = PdfPreviewDialog(source, "Zápis", source.name)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_pdf(dialog.document, printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == dialog.page_count() >= 1


def test_deleting_a_meeting_asks_and_removes_it(qtbot, ctx, services, dialogs):
    from PySide6.QtWidgets import QMessageBox

    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, HELD)
    dialogs.answer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    click(qtbot, view.list_panel.delete_button)
    assert view.list_panel.model.rowCount() == 5 and view.editor.meeting_id == meeting.id
    click(qtbot, view.list_panel.delete_button)
    assert "analýza bytového fondu" in dialogs.texts[1]
    assert view.list_panel.model.rowCount() == 4
    assert view.list_panel.model.row_of(meeting.id) == -1
    assert view.editor.meeting_id == "" and not view.editor.isEnabled()


def test_printing_renders_at_most_300_dpi_page_by_page(qtbot, ctx, services, tmp_path):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter

    from obecdesk.ui.meetings.print_preview import page_image, print_pdf

    view = make_view(qtbot, ctx, services)
    open_titled(view, HELD)
    click(qtbot, view.editor.print_buttons["agenda"])
    dialog = view.last_preview
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()  # the buttons stay on the screen
    assert dialog.frameGeometry().width() <= screen.width()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    image, target = page_image(dialog.document, 0, printer)
    a4_at_300_dpi = (round(210 / 25.4 * 300), round(297 / 25.4 * 300))
    assert image.width() <= a4_at_300_dpi[0] + 1 and image.height() <= a4_at_300_dpi[1] + 1
    assert image.width() >= a4_at_300_dpi[0] * 0.8  # still sharp enough for paper
    assert target.width() > image.width()  # drawn scaled up to the printer's own resolution

    printer.setResolution(150)
    image, _ = page_image(dialog.document, 0, printer)
    assert image.width() <= round(210 / 25.4 * 150) + 1  # never above the printer's own

    print_pdf(dialog.document, printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    dialog.close()


def test_printing_again_builds_a_new_file_and_keeps_the_open_one(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, HELD)
    click(qtbot, view.editor.print_buttons["agenda"])
    first = view.last_preview
    click(qtbot, view.editor.print_buttons["agenda"])
    second = view.last_preview
    assert first.pdf_path != second.pdf_path  # the first preview still reads its own file
    assert first.pdf_path.exists() and second.pdf_path.exists()
    assert first.suggested_name == second.suggested_name
    assert second.suggested_name.startswith("program-2025-05-12")
    assert second.suggested_name.endswith(".pdf")
    first.close()
    second.close()


def test_the_editor_prints_from_the_shared_registry():
    from obecdesk.reports.printouts import PRINTOUTS
    from obecdesk.ui.meetings import outputs

    assert outputs.PRINTOUTS is PRINTOUTS
