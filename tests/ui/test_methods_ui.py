"""Metody as the catalog (filters, search, detail with steps, uses and ratings) and the
assistant "Vybrat metodu…" from an agenda item, prefilled from the meeting, inserting a timed
block."""

from __future__ import annotations

from meetings_support import click, make_view, open_titled
from PySide6.QtWidgets import QDialog, QMessageBox

from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.agenda_rows import Column as AgendaColumn
from obecdesk.ui.methods.catalog_model import Column
from obecdesk.ui.methods.view import MethodsView

PLANNED = "PS Bydlení – revize opatření"


def catalog_view(qtbot, ctx, services) -> MethodsView:
    view = MethodsView(ctx, services.method_catalog, services.method_ratings,
                       services.own_methods)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    return view


def names(view) -> list[str]:
    return [view.model.index(r, Column.NAME).data() for r in range(view.model.rowCount())]


def row_of(view, name: str) -> int:
    return names(view).index(name)


def test_the_catalog_filters_and_searches(qtbot, ctx, services):
    view = catalog_view(qtbot, ctx, services)
    assert view.model.rowCount() >= 35 and "World café" in names(view)
    assert view.count.text() == f"Metod: {view.model.rowCount()}"
    assert not view.problems.isVisibleTo(view)
    view.search.setText("konfliktu")
    assert "Mediace" in names(view) and "Brainstorming" not in names(view)
    view.search.setText("")
    view.purpose.setCurrentIndex(view.purpose.findData("decide"))
    assert all("rozhodnout" in view.model.index(r, Column.PURPOSES).data()
               for r in range(view.model.rowCount()))
    view.participants.setValue(40)
    view.minutes.setValue(30)
    assert set(names(view)) == {"Hlasování body (dot voting)", "Pěst až pět (ověření souhlasu)",
                                "Shrnutí a další kroky (blok)"}
    view.low_literacy.setChecked(True)
    view.conflict.setCurrentIndex(view.conflict.findData("open"))
    assert names(view) == ["Shrnutí a další kroky (blok)"]


def test_detail_shows_steps_uses_and_takes_a_rating(qtbot, ctx, services):
    view = catalog_view(qtbot, ctx, services)
    view.select(row_of(view, "World café"))
    assert "Úvod: smysl setkání" in view.detail.text.toPlainText()
    assert view.model.index(row_of(view, "World café"), Column.USED).data() == "1× · 5"
    uses = view.detail.uses
    assert uses.rowCount() == 2 and "revize opatření" in uses.item(0, 1).text()
    assert not view.detail.rate_button.isEnabled()
    uses.selectRow(0)
    view.detail.score.setValue(3)
    view.detail.note.setText("Málo času na sklizeň.")
    click(qtbot, view.detail.rate_button)
    qtbot.waitUntil(lambda: view.model.index(row_of(view, "World café"),
                                             Column.USED).data() == "2× · 4")
    assert view.detail.uses.item(0, 2).text() == "3"
    assert view.detail.uses.item(0, 3).text() == "Málo času na sklizeň."


def test_the_assistant_from_an_agenda_item_inserts_a_timed_block(qtbot, ctx, services, dialogs):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)  # 9:00–11:00, PS Bydlení invites its members
    editor, tab = view.editor, view.editor.agenda_tab
    model = editor.agenda_model
    editor.tabs.setCurrentWidget(tab)
    assert not tab.method_button.isEnabled()
    row = [model.row_at(r).title for r in range(model.rowCount())].index(
        "Vyhodnocení prevence ztráty bydlení")  # 9:10–9:40, "prezentace"
    tab.select_row(row)
    assert tab.method_button.isEnabled() and not tab.steps_label.isVisibleTo(tab)
    seen = {}

    def choose(dialog):
        seen["participants"] = dialog.participants.value()
        seen["minutes"] = dialog.minutes.value()
        seen["target_group"] = dialog.low_trust.isChecked()
        dialog.purpose.setCurrentIndex(dialog.purpose.findData("evaluate"))
        dialog.conflict.setCurrentIndex(dialog.conflict.findData("tension"))
        seen["ranked"] = [r.method.id for r in dialog.result.ranked]
        seen["why"] = dialog.ranked.item(0, 2).text()
        seen["excluded"] = [dialog.excluded.item(i).text() for i in range(dialog.excluded.count())]
        dialog.ranked.selectRow(seen["ranked"].index("gallery-walk"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(choose)
    click(qtbot, tab.method_button)
    invited = len([a for a in MeetingService(ctx.store).detail(meeting.id).attendance
                   if a.invited])
    assert seen["participants"] == invited and seen["minutes"] == 30
    assert seen["target_group"]  # the demo invites a target-group representative
    assert "gallery-walk" in seen["ranked"] and "slouží k účelu" in seen["why"]
    assert any(e.startswith("Občanský panel: ") for e in seen["excluded"])
    item = model.row_at(row)
    assert (item.method_id, item.planned_minutes) == ("gallery-walk", 30)
    assert sum(m for _, m in item.method_steps) == 30
    assert model.index(row, AgendaColumn.METHOD).data() == "Galerie (gallery walk)"
    assert tab.steps_label.isVisibleTo(tab)
    assert "9:10–9:" in tab.steps_label.text() and "Průběh bloku" in tab.steps_label.text()
    assert editor.save_button.isEnabled()
    click(qtbot, editor.save_button)
    stored = next(i for i in MeetingService(ctx.store).detail(meeting.id).agenda.items
                  if i.id == item.id)
    assert stored.method_id == "gallery-walk" and "lepíky dvou barev" in stored.materials


def test_a_method_typed_by_hand_is_free_text_again(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    model = view.editor.agenda_model
    row = [model.row_at(r).method_id for r in range(model.rowCount())].index("world-cafe")
    assert model.setData(model.index(row, AgendaColumn.METHOD), "diskuse")
    assert model.row_at(row).method_id == "" and model.row_at(row).method_steps == ()


def test_an_own_method_from_a_catalog_template(qtbot, ctx, services, dialogs):
    view = catalog_view(qtbot, ctx, services)
    view.select(row_of(view, "Brainstorming"))
    assert not view.edit_button.isEnabled()

    def fill(dialog):
        dialog.name.setText("Bleskovka u kávy")
        dialog.steps.setPlainText("5 | Otázka na tabuli\n10 | Nápady na lepíky")
        dialog.minutes_min.setValue(15)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(fill)
    click(qtbot, view.new_button)
    assert "Bleskovka u kávy" in names(view) and "Brainstorming" in names(view)
    own = view.selected_method()
    assert own.id.startswith("own-") and own.steps_minutes == 15
    assert view.edit_button.isEnabled()
    assert "Otázka na tabuli" in view.detail.text.toPlainText()

    def broken(dialog):
        dialog.steps.setPlainText("pět | bez minut")
        dialog.accept()  # refused with the schema's sentence; the user cancels
        return QDialog.DialogCode.Rejected

    dialogs.answer(broken, QMessageBox.StandardButton.Ok)
    click(qtbot, view.edit_button)
    assert any("Krok 1" in text for text in dialogs.texts)
    click(qtbot, view.remove_button)
    assert "Bleskovka u kávy" not in names(view)
