"""The Participace screen over the acute demo: events with head counts, the proposals list with
its dispositions, a rejection refused without a reason, and the export of the list."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.participation.models import EventCol, ProposalCol
from obecdesk.ui.participation.view import ParticipationView


@pytest.fixture
def view(qtbot, ctx, services):
    ctx.set_locality(acute_locality_id())
    widget = ParticipationView(ctx, services)
    qtbot.addWidget(widget)
    return widget


def _cells(model, column) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_events_show_head_counts_and_every_proposal_its_disposition(view):
    assert "Procházka Tovární ulicí" in _cells(view.events_model, EventCol.TITLE)
    walk = _cells(view.events_model, EventCol.TITLE).index("Procházka Tovární ulicí")
    assert view.events_model.index(walk, EventCol.TOTAL).data() == "23"
    assert view.events_model.index(walk, EventCol.TARGET).data() == "11"
    tip = view.events_model.index(walk, EventCol.KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Metoda z katalogu: ") and "walking-tour" not in tip
    assert "účastníků 123, z cílových skupin 22" in view.summary.text()
    dispositions = set(_cells(view.proposals.model, ProposalCol.DISPOSITION))
    assert dispositions == {"přijato", "v řešení", "zamítnuto", "čeká na vyjádření"}
    row = _cells(view.proposals.model, ProposalCol.TEXT).index("Uzavřít ubytovnu v Tovární ulici")
    assert view.proposals.model.index(row, ProposalCol.OUTCOME).data().startswith(
        "Obec nemá pravomoc")

    view.proposals.disposition.setCurrentIndex(view.proposals.disposition.findData("rejected"))
    assert set(_cells(view.proposals.model, ProposalCol.DISPOSITION)) == {"zamítnuto"}
    view.proposals.scope.setCurrentIndex(view.proposals.scope.findData("event"))
    view.events.selectRow(walk)
    assert _cells(view.proposals.model, ProposalCol.TEXT) == [
        "Zakázat shromažďování osob před ubytovnou"]


def test_a_rejection_without_a_reason_is_refused_and_the_form_stays_open(view, services, dialogs):
    walk = _cells(view.events_model, EventCol.TITLE).index("Procházka Tovární ulicí")
    view.events.selectRow(walk)
    before = len(services.proposals.of_locality(acute_locality_id()))

    def fill(dialog):
        dialog.text.setPlainText("Lavička u zastávky")
        dialog.disposition.setCurrentIndex(dialog.disposition.findData("rejected"))
        assert dialog.reason.isEnabled()
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.reason.setPlainText("Chodník je příliš úzký.")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(fill, QMessageBox.StandardButton.Ok)
    view.proposals.edit_proposal(new=True)
    assert "důvod" in dialogs.texts[1]
    after = services.proposals.of_locality(acute_locality_id(), disposition="rejected")
    assert len(services.proposals.of_locality(acute_locality_id())) == before + 1
    added = next(p for p in after if p.data.text == "Lavička u zastávky")
    assert added.data.reason == "Chodník je příliš úzký."
    assert added.event_title == "Procházka Tovární ulicí"
    assert "Lavička u zastávky" in _cells(view.proposals.model, ProposalCol.TEXT)  # refreshed


def test_the_list_is_saved_as_xlsx_from_the_screen(view, dialogs, tmp_path):
    target = tmp_path / "navrhy"
    dialogs.answer((str(target), "Tabulka Excel (*.xlsx)"))
    view.proposals.export_dialog()
    rows = list(load_workbook(tmp_path / "navrhy.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 1 + view.proposals.model.rowCount()
    assert "uložen" in view.summary.text()


def test_a_new_event_with_a_catalog_method(view, services, dialogs):
    def fill(dialog):
        dialog.title.setText("Plánovací setkání k hřišti")
        dialog.kind.setCurrentIndex(dialog.kind.findData("planning_meeting"))
        dialog.method.setCurrentIndex(dialog.method.findData("planning-meeting"))
        dialog.date.setText("3.2.2027")
        dialog.total.setText("18")
        dialog.target.setText("5")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(fill)
    view.edit_event(new=True)
    event = next(e for e in services.events.of_locality(acute_locality_id())
                 if e.data.title == "Plánovací setkání k hřišti")
    assert event.data.method_id == "planning-meeting" and event.data.attendance_target == 5
    assert view.events_model.index(0, EventCol.TITLE).data() == "Plánovací setkání k hřišti"
    assert view.events_model.index(0, EventCol.TOTAL).data(Qt.ItemDataRole.DisplayRole) == "18"


def test_deleting_an_event_takes_its_proposals_along(view, services, dialogs):
    walk = _cells(view.events_model, EventCol.TITLE).index("Procházka Tovární ulicí")
    view.events.selectRow(walk)
    dialogs.answer(QMessageBox.StandardButton.Yes)
    view.delete_event()
    assert "Procházka Tovární ulicí" not in _cells(view.events_model, EventCol.TITLE)
    assert "(4)" in dialogs.texts[0]
    assert "Kontejnery na tříděný odpad u ubytovny a častější odvoz" not in _cells(
        view.proposals.model, ProposalCol.TEXT)
