"""Adding several members to a body at once: tick actors (filtering keeps the ticks), one role
for all, one transaction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from stakeholders_support import make_view

from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService


@pytest.fixture
def view(ctx, services, qtbot):
    return make_view(ctx, services, qtbot)


def open_dialog(view, body_name: str):
    view.show_tab(view.bodies)
    panel = view.bodies
    panel.body_list.setCurrentRow(next(i for i, b in enumerate(panel._bodies)
                                       if b.name == body_name))
    panel.members.add_many_button.click()
    return panel, panel.members.many_dialog


def labels(dialog) -> list[str]:
    return [dialog.model.item(r).text() for r in range(dialog.model.rowCount())]


def test_tick_several_actors_across_searches_and_add_them_with_one_role(view, ctx):
    panel, dialog = open_dialog(view, "PS Zaměstnanost a dluhy")
    assert dialog.isVisible()
    before = panel.members.model.rowCount()
    current = {m.actor_name for m in BodyService(ctx.store).members(panel.selected_body().id)}
    assert not current & {label.split(" (")[0] for label in labels(dialog)}  # members left out
    assert not dialog.add_button.isEnabled()
    dialog.filter.setText("duzda")  # no diacritics
    assert labels(dialog) == ["Milan Dužda"]
    dialog.model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.filter.setText("fialova")
    assert [label.split(" (")[0] for label in labels(dialog)] == ["Božena Fialová"]
    dialog.model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.filter.setText("")
    ticked = [dialog.model.item(r).text() for r in range(dialog.model.rowCount())
              if dialog.model.item(r).checkState() == Qt.CheckState.Checked]
    assert len(ticked) == 2  # the first search's tick survived the second
    assert dialog.count.text() == "Vybráno: 2"
    assert dialog.add_button.isEnabled()
    dialog.role.setEditText("zástupce cílové skupiny")
    dialog.add_button.click()
    assert not dialog.isVisible()
    assert panel.members.model.rowCount() == before + 2
    added = {m.actor_name: m for m in BodyService(ctx.store).members(panel.selected_body().id)}
    for name in ("Milan Dužda", "Božena Fialová"):
        assert added[name].role == "zástupce cílové skupiny"
        assert added[name].joined_on is not None
    assert not panel.composition.target_group_banner.isVisibleTo(view)


def test_one_refused_actor_adds_nobody(view, ctx, dialogs):
    panel, dialog = open_dialog(view, "PS Zaměstnanost a dluhy")
    dialog.filter.setText("duzda")
    dialog.model.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.filter.setText("fialova")
    dialog.model.item(0).setCheckState(Qt.CheckState.Checked)
    body = panel.selected_body()
    gone = next(iter(dialog.checked))
    ActorService(ctx.store).delete(gone)  # deleted elsewhere while the dialog was open
    dialogs.answer(QMessageBox.StandardButton.Ok)
    dialog.accept()
    assert dialog.isVisible()
    assert "Aktér" in dialogs.texts[0]
    names = {m.actor_name for m in BodyService(ctx.store).members(body.id)}
    assert not names & {"Milan Dužda", "Božena Fialová"}


def test_tick_all_shown(view, ctx):
    panel, dialog = open_dialog(view, "PS Vzdělávání")
    dialog.filter.setText("mgr")
    shown = dialog.model.rowCount()
    assert shown >= 2
    dialog.tick_shown.click()
    assert len(dialog.checked) == shown
    dialog.untick.click()
    assert not dialog.checked and not dialog.add_button.isEnabled()
