"""The Zápis tab: minutes per agenda item, numbered decisions, action items with owners."""

import datetime as dt

from meetings_support import click, make_view, open_titled
from PySide6.QtCore import Qt

from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.actions_model import Column as ActionColumn
from obecdesk.ui.meetings.decisions_model import Column as DecisionColumn
from obecdesk.ui.meetings.meeting_tabs import MINUTES

HELD = "Řídicí tým – vyhodnocení plánu"
PLANNED = "PS Bydlení – revize opatření"


def test_record_a_decision_and_see_its_number(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)
    editor = view.editor
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    service = MeetingService(ctx.store)
    expected = service.decisions.preview_code(meeting.id)
    assert expected.startswith("PS-B 2026/")

    click(qtbot, tab.findChild(type(editor.save_button), "add-decision"))
    model = editor.decisions_model
    row = model.rowCount() - 1
    assert model.index(row, DecisionColumn.CODE).data() == f"{expected} (po uložení)"
    model.setData(model.index(row, DecisionColumn.TEXT),
                  "PS Bydlení doporučuje pilotně ověřit nová pravidla přidělování bytů.")
    model.setData(model.index(row, DecisionColumn.HOW), "simple_majority")
    model.setData(model.index(row, DecisionColumn.FOR), 6)
    model.setData(model.index(row, DecisionColumn.AGAINST), 1)
    model.setData(model.index(row, DecisionColumn.ABSTAINED), 0)
    assert model.index(row, DecisionColumn.HOW).data() == "prostá většina"
    click(qtbot, editor.save_button)

    assert model.index(row, DecisionColumn.CODE).data() == expected
    [stored] = service.decisions.list(meeting.id)
    assert stored.code == expected
    assert stored.votes_text == "pro 6, proti 1, zdrželi se 0"


def test_minutes_text_per_item_and_an_action_item_with_owner(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, HELD)
    editor = view.editor
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    tab.select_item(1)
    assert tab.editor.isEnabled()
    tab.editor.text.setHtml("<p>Plnění plánu: <b>bydlení</b> v termínu, dluhová poradna "
                            "se zpožděním.</p>")
    assert editor.is_dirty()

    click(qtbot, tab.findChild(type(editor.save_button), "add-action"))
    actions = editor.actions_model
    row = actions.rowCount() - 1
    owner_id, owner_name = next(
        (value, label) for value, label in tab.owner_delegate.choices if value)
    actions.setData(actions.index(row, ActionColumn.TEXT), "Svolat schůzku s dluhovou poradnou")
    actions.setData(actions.index(row, ActionColumn.OWNER), owner_id)
    actions.setData(actions.index(row, ActionColumn.DUE), dt.date(2026, 11, 30))
    assert actions.index(row, ActionColumn.OWNER).data() == owner_name
    assert actions.index(row, ActionColumn.DUE).data() == "30. 11. 2026"
    click(qtbot, editor.save_button)

    detail = MeetingService(ctx.store).detail(meeting.id)
    assert "dluhová poradna" in detail.agenda.items[1].minutes_html
    assert "<b>" in detail.agenda.items[1].minutes_html or "font-weight" in \
        detail.agenda.items[1].minutes_html
    task = next(a for a in detail.action_items if a.text.startswith("Svolat schůzku"))
    assert task.owner_id == owner_id and task.due_date == dt.date(2026, 11, 30)
    assert task.status == "open"

    # switching items shows each item's own minutes
    tab.select_item(0)
    assert "dluhová poradna" not in tab.editor.text.toPlainText()
    tab.select_item(1)
    assert "dluhová poradna" in tab.editor.text.toPlainText()


def test_bold_button_formats_the_selection(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    open_titled(view, HELD)
    rich = view.editor.minutes.editor
    rich.text.setPlainText("Usnesení bylo přijato")
    rich.text.selectAll()
    click(qtbot, rich.bold)
    assert rich.text.textCursor().charFormat().fontWeight() >= 700
    assert "font-weight" in rich.html()


def test_search_hit_opens_the_meeting_at_its_minutes(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    page = view.search_page
    view.pages.setCurrentWidget(page)
    page.query.setText("pridelovani bytu")  # no diacritics: finds "přidělování bytů"
    click(qtbot, page.findChild(type(view.editor.save_button), "search-button"))
    assert page.model.rowCount() >= 1
    hit = page.model.row_at(0)
    index = page.model.index(0, 0)
    page.table.doubleClicked.emit(index)
    assert view.pages.currentIndex() == 0
    assert view.editor.meeting_id == hit.meeting_id
    assert view.editor.tabs.currentIndex() == MINUTES
    assert view.list_panel.selected_id() == hit.meeting_id


def test_overdue_tasks_are_red_and_can_be_marked_done(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    view.pages.setCurrentWidget(view.tasks_page)
    model = view.tasks_page.model
    assert model.rowCount() >= 1
    overdue = [r for r in range(model.rowCount()) if model.row_at(r).overdue]
    assert overdue, "the demo has tasks due before 25. 11. 2026"
    brush = model.index(overdue[0], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#b00020"
    before = model.rowCount()
    view.tasks_page.table.selectRow(overdue[0])
    click(qtbot, view.tasks_page.findChild(type(view.editor.save_button), "mark-done"))
    assert model.rowCount() == before - 1  # the change broadcast refreshed the page


def test_minutes_stay_with_their_item_when_the_agenda_is_reordered(qtbot, ctx, services):
    view = make_view(qtbot, ctx, services)
    meeting = open_titled(view, PLANNED)
    editor = view.editor
    tab = editor.minutes
    tab.select_item(1)
    title = editor.agenda_model.row_at(1).title
    editor.agenda_model.move_row(1, 3)  # moved on the Program tab while shown in Zápis
    assert tab.item_title.text() == f"4. {title}"
    tab.editor.text.setPlainText("Vyhodnocení: prevence funguje.")
    click(qtbot, editor.save_button)
    items = MeetingService(ctx.store).agenda.items(meeting.id)
    assert items[3].title == title and "prevence funguje" in items[3].minutes_html
    assert all("prevence funguje" not in i.minutes_html for i in items[:3])
