"""On a laptop: splitters stay where the user left them, the minutes get the whole height in focus
mode, the status bar says when work was saved, and O aplikaci holds the technical details."""

from __future__ import annotations

import datetime as dt

from meetings_support import click, open_titled
from PySide6.QtWidgets import QLabel, QSplitter

from obecdesk.ui.main_window import MainWindow
from obecdesk.ui.meetings.meeting_tabs import MINUTES


def _window(qtbot, ctx, services) -> MainWindow:
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    return window


def test_a_moved_splitter_is_where_the_user_left_it_next_time(qtbot, ctx, services):
    window = _window(qtbot, ctx, services)
    view = window.show_capability("meetings")
    splitter = view.findChild(QSplitter, "meetings-splitter")
    total = sum(splitter.sizes())
    splitter.setSizes([120, total - 120])
    splitter.splitterMoved.emit(120, 1)  # what a drag emits
    main = window.findChild(QSplitter, "main-splitter")
    main.setSizes([230, sum(main.sizes()) - 230])
    main.splitterMoved.emit(230, 1)
    moved = splitter.sizes()
    window.close()  # saves at once, without waiting for the drag's timer

    again = _window(qtbot, ctx, services)
    view = again.show_capability("meetings")
    assert view.findChild(QSplitter, "meetings-splitter").sizes()[0] == moved[0]
    assert again.findChild(QSplitter, "main-splitter").sizes()[0] == 230


def test_focus_mode_hides_the_meeting_list_and_gives_the_minutes_the_height(qtbot, ctx, services):
    window = _window(qtbot, ctx, services)
    view = window.show_capability("meetings")
    view.editor.today = lambda: dt.date(2026, 11, 25)
    open_titled(view, "PS Bydlení – revize opatření")
    view.editor.tabs.setCurrentIndex(MINUTES)
    editor = view.editor.minutes.editor
    qtbot.waitUntil(editor.isVisible)
    before = editor.height()

    click(qtbot, view.focus.button)
    qtbot.waitUntil(lambda: editor.height() > before)
    assert not view.list_panel.isVisible()
    assert view.editor.tabs.currentIndex() == MINUTES
    assert view.focus.button.isChecked()
    assert editor.height() >= 250, editor.height()
    # decisions and tasks show several rows under the text
    table = view.editor.minutes.decisions_table
    assert table.height() >= table.horizontalHeader().height() + 3 * table.rowHeight(0) \
        if table.model().rowCount() else table.height() >= 90

    click(qtbot, view.focus.button)
    assert view.list_panel.isVisible()
    assert not view.focus.on


def test_the_status_bar_says_when_work_was_saved_not_where_the_database_is(qtbot, ctx, services):
    window = _window(qtbot, ctx, services)
    window.saved_label.now = lambda: dt.datetime(2026, 11, 30, 14, 32)
    saved = window.statusBar().findChild(QLabel, "saved-state")
    assert saved.text() == ""
    assert ctx.store.location not in saved.text()

    view = window.show_capability("meetings")
    open_titled(view, "PS Bydlení – revize opatření")
    view.editor.tabs.setCurrentIndex(0)
    qtbot.keyClicks(view.editor.basics.place, " 2")  # typed, as a user edits
    assert view.editor.is_dirty()
    assert view.editor.save()
    assert saved.text() == "Uloženo 14:32"


def test_about_names_version_folder_database_schema_replica_and_licence(qtbot, ctx, services):
    window = _window(qtbot, ctx, services)
    assert not window.windowIcon().isNull()
    dialog = window.show_about()
    fields = {key: label.text() for key, label in dialog.fields.items()}
    assert fields["database"] == ctx.store.location
    assert fields["replica"] == ctx.store.replica_id
    assert fields["schema"] == ctx.store.schema_version() != ""
    assert fields["licence"] == "EUPL-1.2"
    assert ctx.store.location.startswith(fields["data-folder"])
    assert fields["version"]
    dialog.close()


def test_an_elided_cell_shows_its_whole_text_as_tooltip(qtbot, ctx, services):
    from obecdesk.ui.columns import full_text_tip

    window = _window(qtbot, ctx, services)
    view = window.show_capability("stakeholders")
    table = view.actor_list.table
    header = table.horizontalHeader()
    model = table.model()
    row = next(r for r in range(model.rowCount())
               if len(str(model.index(r, 1).data() or "")) > 20)
    index = model.index(row, 1)
    header.resizeSection(1, 60)
    assert full_text_tip(table, index) == index.data()
    header.resizeSection(1, 600)
    assert full_text_tip(table, index) == ""

