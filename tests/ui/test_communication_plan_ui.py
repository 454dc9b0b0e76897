"""Komunikace → Publikum and Komunikační plán over the acute demo: the audience trend, saving a
text keeps its previous wording, the plan is saved from its form."""

from __future__ import annotations

import pytest

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.communication.audience_models import GroupCol
from obecdesk.ui.communication.view import CommunicationView


@pytest.fixture
def view(qtbot, ctx, services):
    ctx.set_locality(acute_locality_id())
    widget = CommunicationView(ctx, services.communication, services.actors)
    qtbot.addWidget(widget)
    return widget


def test_the_audience_tab_charts_the_selected_group(view):
    tab = view.audience
    names = [tab.groups_model.index(r, GroupCol.NAME).data()
             for r in range(tab.groups_model.rowCount())]
    assert names == ["Obyvatelé Tovární ulice", "Obyvatelé ubytovny (romská komunita)",
                     "Rodiče žáků ZŠ", "Zastupitelé"]
    assert [p.y() for p in tab.chart.tension.points()] == [5, 5, 4, 3]
    assert "napětí 5 → 3 (klesá)" in tab.trend.text()
    tab.groups.setCurrentIndex(tab.groups_model.index(3, 0))
    assert [p.y() for p in tab.chart.attitude.points()] == [0, 0, 1]
    assert tab.readings_model.rowCount() == 3


def test_saving_a_text_keeps_the_previous_version_readable(view, services):
    texts = view.plan.texts
    view.show_tab(view.plan)
    texts.list.setCurrentRow(0)
    title = texts.current().data.title
    assert texts.history.text() == "Starší verze (1)…"
    texts.body.setPlainText("Vážení sousedé, třetí znění dopisu.")
    texts.save.click()
    assert texts.current().data.title == title
    assert texts.history.text() == "Starší verze (2)…"
    versions = services.communication.texts.versions(texts.current().id)
    assert versions[0].body.startswith("Vážení sousedé,\nvíme o vašich obavách")


def test_the_plan_form_saves_the_spokesperson_and_messages(view, services):
    form = view.plan.form
    form.key_messages.setPlainText("Bezpečí je pro všechny.")
    form.spokesperson.setCurrentIndex(form.spokesperson.findText("npor. Martin Říha"))
    form.save.click()
    plan = services.communication.plan.plan(acute_locality_id())
    assert plan.key_messages == "Bezpečí je pro všechny."
    assert form.spokesperson.currentText() == "npor. Martin Říha"
    assert form.saved.text() == "Plán je uložen."
