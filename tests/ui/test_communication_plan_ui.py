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


def test_a_reading_added_through_its_form_extends_the_groups_trend(view, dialogs):
    import datetime as dt

    from PySide6.QtCore import QDate

    tab = view.audience
    tab.groups.setCurrentIndex(tab.groups_model.index(2, 0))  # Rodiče žáků ZŠ
    assert len(tab.chart.tension.points()) == 4

    def fill(dialog):
        dialog.date.setDate(QDate(dt.date.today() + dt.timedelta(days=3)))
        dialog.attitude.setCurrentIndex(dialog.attitude.findData(1))
        dialog.tension.setCurrentIndex(dialog.tension.findData(2))
        dialog.note.setPlainText("Po třídních schůzkách klid.")
        dialog.accept()
        return dialog.result()

    dialogs.answer(fill)
    tab.add_reading.click()
    assert tab.current().name == "Rodiče žáků ZŠ"
    assert [p.y() for p in tab.chart.tension.points()][-1] == 2
    assert "napětí 3 → 2 (klesá), postoj 0 → +1 (zlepšuje se)" in tab.trend.text()
    assert tab.readings_model.index(0, 3).data() == "Po třídních schůzkách klid."


def test_a_recommendation_and_its_status_through_the_form(view, services, dialogs):
    panel = view.plan.recommendations
    assert panel.model.rowCount() == 3

    def fill(dialog):
        dialog.title.setPlainText("Zveřejňovat zápisy z úterků se starostkou")
        dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
        dialog.responsible.setCurrentIndex(dialog.responsible.findText("Mgr. Luboš Krejčí"))
        dialog.note.setPlainText("První zápis vyšel ve zpravodaji.")
        dialog.accept()
        return dialog.result()

    dialogs.answer(fill)
    panel.add.click()
    added = [r for r in services.communication.plan.recommendations(acute_locality_id())
             if r.data.title == "Zveřejňovat zápisy z úterků se starostkou"]
    assert [r.data.status for r in added] == ["in_progress"]
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.index(r, 1).data() == "Zveřejňovat zápisy z úterků se starostkou")
    assert [panel.model.index(row, c).data() for c in (2, 3)] == ["zavádí se",
                                                                  "Mgr. Luboš Krejčí"]
