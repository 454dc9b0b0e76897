"""Building an agenda in the Program tab: add, reorder, clock times, overrun warning, save."""

import datetime as dt

from meetings_support import click, make_view, open_titled
from PySide6.QtCore import QModelIndex, Qt

from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.meetings.draft_rows import AgendaRow
from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.agenda_model import AgendaModel
from obecdesk.ui.meetings.agenda_rows import Column

PLANNED = "PS Bydlení – revize opatření"


def times(model) -> list[str]:
    return [model.index(r, Column.TIME).data() for r in range(model.rowCount())]


def titles(model) -> list[str]:
    return [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]


def test_build_reorder_and_save_an_agenda(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)  # 9:00–11:00, four items of 115 minutes
    editor, tab = view.editor, view.editor.agenda_tab
    model = editor.agenda_model
    editor.tabs.setCurrentWidget(tab)
    assert titles(model)[0] == REVIEW_TITLE
    assert times(model)[:2] == ["9:00–9:10", "9:10–9:40"]
    assert not tab.warning_label.isVisibleTo(tab)
    assert "115 min" in tab.total_label.text()
    assert not editor.save_button.isEnabled()

    click(qtbot, tab.add_button)
    row = model.rowCount() - 1
    assert model.setData(model.index(row, Column.TITLE), "Výběr nájemníků – pilotní pravidla")
    assert model.setData(model.index(row, Column.MINUTES), 20)
    model.setData(model.index(row, Column.METHOD), "fishbowl")
    assert times(model)[row] == "10:55–11:15"
    # 135 minutes do not fit the 120-minute slot: the warning appears with the numbers
    assert tab.warning_label.isVisibleTo(tab)
    assert "přesahuje o 15 min" in tab.warning_label.text()
    assert editor.is_dirty() and editor.save_button.isEnabled()
    assert "neuloženo" in editor.heading.text()

    # move the new item up to second place with the button; times follow the new order
    tab.select_row(row)
    for _ in range(row - 1):
        click(qtbot, tab.up_button)
    assert titles(model)[1] == "Výběr nájemníků – pilotní pravidla"
    assert times(model)[:3] == ["9:00–9:10", "9:10–9:30", "9:30–10:00"]

    # a shorter item removes the overrun
    model.setData(model.index(1, Column.MINUTES), 5)
    assert not tab.warning_label.isVisibleTo(tab)

    click(qtbot, editor.save_button)
    assert not editor.is_dirty()
    stored = MeetingService(ctx.store).agenda.timing(meeting.id)
    assert [i.title for i in stored.items] == titles(model)
    assert stored.items[1].method == "fishbowl" and stored.items[1].planned_minutes == 5
    assert stored.items[2].starts_at == dt.time(9, 15)


def test_drag_and_drop_moves_an_item_and_recomputes_times(qapp):
    model = AgendaModel()
    model.set_rows([AgendaRow("Zahájení", planned_minutes=10), AgendaRow("Diskuse", planned_minutes=40),
                    AgendaRow("Závěr", planned_minutes=5)], dt.time(14, 0), dt.time(15, 0))
    edits = []
    model.edited.connect(lambda: edits.append(1))
    data = model.mimeData([model.index(2, Column.TITLE)])
    # dropping "Závěr" before the first row, as the view does after a drag
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(model) == ["Závěr", "Zahájení", "Diskuse"]
    assert times(model) == ["14:00–14:05", "14:05–14:15", "14:15–14:55"]
    # and dropping the first row at the end
    model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, 3, 0,
                       QModelIndex())
    assert titles(model) == ["Zahájení", "Diskuse", "Závěr"]
    # dropping onto an item takes that item's place, downwards as well as upwards
    model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index(2, 0))
    assert titles(model) == ["Diskuse", "Závěr", "Zahájení"]
    model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, -1, -1,
                       model.index(0, 0))
    assert titles(model) == ["Zahájení", "Diskuse", "Závěr"]
    assert edits


def test_changing_the_start_time_shifts_every_item(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    view.editor.basics.start.setTime(view.editor.basics.start.time().addSecs(3600))
    assert times(view.editor.agenda_model)[0] == "10:00–10:10"
    assert view.editor.is_dirty()
    # the end did not move: the agenda now overruns the shorter slot
    assert "přesahuje" in view.editor.agenda_tab.warning_label.text()


def test_empty_title_is_refused_and_changes_nothing(qapp):
    model = AgendaModel()
    model.set_rows([AgendaRow("Zahájení")], dt.time(9, 0), None)
    assert not model.setData(model.index(0, Column.TITLE), "   ")
    assert not model.setData(model.index(0, Column.MINUTES), -5)
    assert titles(model) == ["Zahájení"]


def test_open_action_items_of_the_body_are_shown_for_review(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    review = view.editor.agenda_tab.review_model
    assert review.rowCount() >= 1
    texts = [review.row_at(r).text for r in range(review.rowCount())]
    assert any("nájemném" in t for t in texts)


def test_minutes_are_edited_with_a_spin_box_in_the_table(qtbot, ctx, services):
    from PySide6.QtWidgets import QSpinBox

    view = make_view(qtbot, ctx, services)
    open_titled(view, PLANNED)
    table = view.editor.agenda_tab.table
    index = view.editor.agenda_model.index(0, Column.MINUTES)
    table.setCurrentIndex(index)
    table.edit(index)
    spin = table.indexWidget(index) or table.findChild(QSpinBox)
    assert spin is not None and spin.value() == 10
    spin.setValue(25)
    table.commitData(spin)
    assert times(view.editor.agenda_model)[:2] == ["9:00–9:25", "9:25–9:55"]
    assert "přesahuje o 10 min" in view.editor.agenda_tab.warning_label.text()
