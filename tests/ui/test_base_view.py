"""A closed view hears no more changes: its connections go with it."""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView


def test_connections_made_through_listen_are_dropped_when_the_view_is_destroyed(qtbot, ctx):
    heard: list[ChangeSet] = []
    view = CapabilityView(ctx)
    view.listen(ctx.hub.changed, lambda changes: heard.append(changes))
    ctx.hub.changed.emit(ChangeSet({"actors": {"a"}}))
    assert len(heard) == 1

    destroyed = []
    view.destroyed.connect(lambda *_: destroyed.append(True))
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert destroyed
    ctx.hub.changed.emit(ChangeSet({"actors": {"b"}}))
    assert len(heard) == 1


def test_a_hidden_screen_follows_a_locality_switch_only_when_it_is_shown(qtbot, ctx, services):
    from obecdesk.core.localities import LocalityData
    from obecdesk.ui.main_window import MainWindow

    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    first = ctx.locality_id
    indicators = window.show_capability("indicators")
    assert indicators.data.locality_id == first
    window.show_capability("meetings")  # the indicators screen is now hidden behind it

    other = services.localities.create(LocalityData(name="Zálesí"))
    window.locality_switcher.setCurrentIndex(window.locality_switcher.findData(other.id))
    assert ctx.locality_id == other.id
    assert indicators.data.locality_id == first  # not reloaded while hidden

    assert window.show_capability("indicators") is indicators
    assert indicators.data.locality_id == other.id
    assert indicators.data.locality_name == "Zálesí"

    # the screen in front follows at once
    window.locality_switcher.setCurrentIndex(window.locality_switcher.findData(first))
    assert indicators.data.locality_id == first
