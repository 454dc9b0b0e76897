"""Views hear the store's changes on the GUI thread, whichever thread committed them."""

import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication

from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.changes import ChangeSet


@pytest.mark.parametrize("connection", [Qt.ConnectionType.AutoConnection,
                                        Qt.ConnectionType.DirectConnection])
def test_a_commit_in_a_worker_thread_is_heard_on_the_gui_thread(qtbot, ctx, connection):
    """Whatever connection the receiver asks for: the hub itself emits on the GUI thread."""
    heard: list[tuple[ChangeSet, bool]] = []
    gui_thread = QApplication.instance().thread()
    ctx.hub.changed.connect(
        lambda changes: heard.append((changes, QThread.currentThread() == gui_thread)),
        connection)
    created: list[str] = []

    def commit() -> None:
        info = ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Z Vlákna"))
        created.append(info.id)

    worker = threading.Thread(target=commit)
    worker.start()
    worker.join(timeout=30)
    assert created, "the worker's unit of work did not commit"
    assert heard == []  # queued: nothing ran on the worker thread
    qtbot.waitUntil(lambda: len(heard) == 1)
    changes, on_gui_thread = heard[0]
    assert on_gui_thread
    assert created[0] in changes.ids["actors"]


def test_a_commit_on_the_gui_thread_is_heard_before_the_call_returns(ctx):
    heard: list[ChangeSet] = []
    ctx.hub.changed.connect(heard.append)
    info = ActorService(ctx.store).create(ctx.locality_id, ActorData(name="Hned Slyšená"))
    assert len(heard) == 1
    assert info.id in heard[0].ids["actors"]
