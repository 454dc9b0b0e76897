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
