"""The power/interest map: grid geometry, dragging a dot writes the store, undo, filter, PNG."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from stakeholders_support import make_view

from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.ui.stakeholders.power_map_grid import INFLUENCE_VALUES, Axis, Grid


@pytest.fixture
def view(ctx, services, qtbot):
    widget = make_view(ctx, services, qtbot)
    widget.show_tab(widget.power_map)
    qtbot.waitExposed(widget)
    return widget


def actor_id(ctx, name: str) -> str:
    from obecdesk.core.stakeholders.actor_queries import ActorFilter

    return next(a.id for a in ActorService(ctx.store).list(ActorFilter(ctx.locality_id))
                if a.name == name)


def _send(viewport, kind: QEvent.Type, point, buttons) -> None:
    event = QMouseEvent(kind, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def drag(panel, actor: str, x_value: int, influence: int) -> None:
    """Press on the actor's dot, move it to the centre of a cell in steps, release."""
    view = panel.view
    dot = panel.scene.dots[actor]
    start = view.mapFromScene(dot.scenePos())
    end = view.mapFromScene(panel.scene.grid.cell(x_value, influence).center())
    viewport = view.viewport()
    left = Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseButtonPress, start, left)
    for step in range(1, 6):
        _send(viewport, QEvent.Type.MouseMove, start + (end - start) * step / 5, left)
    _send(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_grid_cells_and_values_round_trip():
    for axis in Axis:
        grid = Grid(axis)
        for x_value in axis.values:
            for influence in INFLUENCE_VALUES:
                assert grid.values_at(grid.cell(x_value, influence).center()) == (x_value, influence)
        # a drop beyond the grid snaps to the nearest edge cell
        assert grid.values_at(QPointF(-500, -500)) == (axis.values[0], 5)
        assert grid.values_at(QPointF(10_000, 10_000)) == (axis.values[-1], 1)


def test_every_actor_has_a_dot_in_its_cell_without_overlaps(view):
    scene = view.power_map.scene
    assert len(scene.dots) == 35
    for dot in scene.dots.values():
        assert scene.grid.values_at(dot.scenePos()) == (dot.actor.attitude, dot.actor.influence)
    boxes = [dot.sceneBoundingRect() for dot in scene.dots.values()]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_dragging_a_dot_changes_influence_and_attitude_and_undo_restores(view, ctx, qtbot):
    panel = view.power_map
    cureja = actor_id(ctx, "Petr Čureja")
    actors = ActorService(ctx.store)
    assert (actors.get(cureja).influence, actors.get(cureja).attitude) == (2, 2)

    drag(panel, cureja, -1, 4)

    moved = actors.get(cureja)
    assert (moved.influence, moved.attitude, moved.interest) == (4, -1, 4)
    dot = panel.scene.dots[cureja]
    assert panel.scene.grid.values_at(dot.scenePos()) == (-1, 4)  # snapped into the new cell

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = actors.get(cureja)
    assert (restored.influence, restored.attitude) == (2, 2)
    assert panel.scene.grid.values_at(panel.scene.dots[cureja].scenePos()) == (2, 2)

    panel.redo_action.trigger()
    assert actors.get(cureja).influence == 4


def test_a_drop_in_the_same_cell_writes_nothing(view, ctx):
    panel = view.power_map
    cureja = actor_id(ctx, "Petr Čureja")
    before = ActorService(ctx.store).get(cureja)
    drag(panel, cureja, 2, 2)
    assert ActorService(ctx.store).get(cureja) == before
    assert panel.undo_stack.count() == 0


def test_interest_axis_moves_interest(view, ctx):
    panel = view.power_map
    panel.axis_combo.setCurrentIndex(panel.axis_combo.findData(Axis.INTEREST))
    fialova = actor_id(ctx, "Božena Fialová")
    drag(panel, fialova, 1, 3)
    moved = ActorService(ctx.store).get(fialova)
    assert (moved.influence, moved.interest, moved.attitude) == (3, 1, -2)


def test_filter_by_body(view, ctx):
    panel = view.power_map
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id)
                if b.name == "PS Vzdělávání")
    panel.body_combo.setCurrentIndex(panel.body_combo.findData(body.id))
    shown = sorted(dot.actor.name for dot in panel.scene.dots.values())
    assert shown == sorted(m.actor_name for m in BodyService(ctx.store).members(body.id))
    assert len(shown) == 6


def test_export_png(view, tmp_path):
    target = tmp_path / "mapa.png"
    assert view.power_map.export_png(str(target))
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 1000


def test_pdf_report_of_what_the_map_shows(view, ctx, tmp_path):
    panel = view.power_map
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id)
                if b.name == "PS Vzdělávání")
    panel.body_combo.setCurrentIndex(panel.body_combo.findData(body.id))
    target = tmp_path / "mapa.pdf"
    assert panel.export_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in panel.hint.text()


def test_erased_people_leave_the_map(view, ctx):
    from obecdesk.core.stakeholders.gdpr import PersonalDataService

    cureja = actor_id(ctx, "Petr Čureja")
    PersonalDataService(ctx.store).erase(cureja)
    assert cureja not in view.power_map.scene.dots
    assert len(view.power_map.scene.dots) == 34


def test_a_deleted_filter_body_shows_everyone_again(view, ctx):
    panel = view.power_map
    everyone = len(panel.scene.dots)
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id) if b.code == "PS-B")
    panel.body_combo.setCurrentIndex(panel.body_combo.findData(body.id))
    assert len(panel.scene.dots) < everyone
    BodyService(ctx.store).delete(body.id)
    assert panel.body_combo.currentData() is None
    assert len(panel.scene.dots) == everyone
