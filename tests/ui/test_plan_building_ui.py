"""Building the strategic plan in Indikátory by hand: a new locality founds its plan, adds an
area from the themes, a goal and a measure picked from the catalog with its responsible actor,
then edits and removes the measure; the forms refuse bad input in Czech and ask before
dropping typed work."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from obecdesk.core.localities import LocalityData
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.store.models import Measure
from obecdesk.ui.indicators.view import IndicatorsView

ACCEPTED = QDialog.DialogCode.Accepted
YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def empty(qtbot, ctx, services):
    """The Indikátory screen of a new locality with one actor and no plan."""
    loc = services.localities.create(LocalityData("Dolní Lhota")).id
    actor = services.actors.create(loc, ActorData("Úřad práce Dolní Lhota", kind="organisation"))
    ctx.set_locality(loc)
    view = IndicatorsView(ctx, services)
    qtbot.addWidget(view)
    view.resize(1280, 700)
    view.show()
    view.tabs.setCurrentIndex(1)
    return view, loc, actor.id


def fill(*steps):
    """An answer to a modal form: run the steps on the dialog, then accept it as Save does."""
    def answer(dialog):
        for step in steps:
            step(dialog)
        dialog.accept()
        return dialog.result()
    return answer


def tree_titles(view) -> list[str]:
    model, found = view.plan.model, []

    def walk(parent, depth):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found.append("  " * depth + index.data())
            walk(index, depth + 1)
    walk(model.index(-1, -1), 0)
    return found


def test_a_plan_is_built_from_nothing_and_its_measure_edited_and_removed(empty, services,
                                                                          dialogs, ctx):
    view, loc, actor_id = empty
    bar = view.structure
    assert bar.plan_action.text() == "Založit plán…"
    assert not bar.add_area_action.isEnabled() and not bar.add_measure_action.isEnabled()

    dialogs.answer(fill(lambda d: d.title.setText("Strategický plán 2025–2027"),
                        lambda d: d.adopted.setText("12.3.2025"),
                        lambda d: d.valid_from.setText("1.4.2025"),
                        lambda d: d.valid_to.setText("31.12.2027")))
    bar.plan_action.trigger()
    plan = services.plans.current_plan(loc)
    assert (plan.title, plan.version, plan.adopted_on, plan.valid_to) == (
        "Strategický plán 2025–2027", 1, dt.date(2025, 3, 12), dt.date(2027, 12, 31))
    assert bar.plan_action.text() == "Upravit plán…" and bar.add_area_action.isEnabled()
    assert not bar.add_goal_action.isEnabled()  # nothing selected yet

    def employment(d):
        d.theme.setCurrentIndex(d.theme.findData("employment"))
        assert d.name.text() == "Zaměstnanost"  # the theme's usual name is offered
    dialogs.answer(fill(employment))
    bar.add_area_action.trigger()
    assert view.plan.current_node().title == "Zaměstnanost"
    assert bar.add_goal_action.isEnabled() and bar.delete_action.isEnabled()

    dialogs.answer(fill(lambda d: d.name.setText("Víc místních lidí v práci")))
    bar.add_goal_action.trigger()
    goal = view.plan.current_node()
    assert goal.kind == "goal"

    def social_firm(d):
        assert d.catalog.itemText(1) == "Zaměstnanost"  # the area's theme comes first
        d.choose_catalog("social_enterprise")
        assert d.name.text() == "Sociální firma" and d.goal.currentData() == goal.id
        d.responsible.set_actor(actor_id)
        d.partners.setText("Charita, ZŠ Komenského")
        d.starts.setText("1.9.2025")
        d.ends.setText("31.8.2027")
        d.budget.setText("1 250 000,50")
        d.status.setCurrentIndex(d.status.findData("preparation"))
    dialogs.answer(fill(social_firm))
    bar.add_measure_action.trigger()
    assert tree_titles(view) == ["Zaměstnanost", "  Víc místních lidí v práci",
                                 "    Sociální firma"]
    node = view.plan.current_node()
    assert (node.kind, node.goal_id) == ("measure", goal.id)
    data = services.plans.tree(plan.id)[0].goals[0].measures[0].data
    assert (data.catalog_code, data.responsible_id, data.partners, data.starts_on,
            data.budget_hal, data.status) == ("social_enterprise", actor_id,
                                              "Charita, ZŠ Komenského", dt.date(2025, 9, 1),
                                              125_000_050, "preparation")
    assert view.actions.status.currentData() == "preparation"

    # a bad date is one Czech sentence and the form stays open with what was typed
    def bad_then_good(d):
        assert d.budget.text().replace("\xa0", " ") == "1 250 000,50" and d.responsible.actor_id() == actor_id
        d.ends.setText("31.2.2027")
        d.accept()
        assert d.result() != ACCEPTED and d.ends.text() == "31.2.2027"
        d.ends.setText("")
        d.responsible.setEditText("paní Nováková z MAS")  # nobody on record: kept as typed
        d.goal.setCurrentIndex(0)
        d.status.setCurrentIndex(d.status.findData("running"))
    dialogs.answer(fill(bad_then_good), QMessageBox.StandardButton.Ok)
    bar.edit_action.trigger()
    assert "není datum" in dialogs.asked[-1].text
    edited = services.plans.tree(plan.id)[0].goals
    assert [(g.id, [m.title for m in g.measures]) for g in edited] == [
        (goal.id, []), (None, ["Sociální firma"])]
    data = edited[1].measures[0].data
    assert (data.ends_on, data.responsible_id, data.responsible_name, data.status) == (
        None, None, "paní Nováková z MAS", "running")

    # Esc on a changed form asks; "No" keeps it open
    def typed_then_escape(d):
        closed = []
        d.rejected.connect(lambda: closed.append(True))
        d.name.setText("Sociální podnik")
        d.reject()
        assert not closed  # still open with the typed name
        assert d.name.text() == "Sociální podnik"
        return QDialog.DialogCode.Rejected
    dialogs.answer(typed_then_escape, QMessageBox.StandardButton.No)
    bar.edit_action.trigger()
    assert dialogs.asked[-1].title == "Zahodit změny"
    assert tree_titles(view)[-1] == "  Sociální firma"

    dialogs.answer(YES)
    bar.delete_action.trigger()
    assert dialogs.asked[-1].text.startswith("Smazat opatření „Sociální firma“?")
    assert tree_titles(view) == ["Zaměstnanost", "  Víc místních lidí v práci"]
    with ctx.store.reading() as session:  # a tombstone, so the removal reaches HQ
        assert [m.deleted for m in session.scalars(select(Measure).where(
            Measure.locality_id == loc))] == [True]


def test_an_area_is_removed_with_its_goals_after_a_question_and_old_versions_stay(
        qtbot, ctx, services, dialogs):
    view = IndicatorsView(ctx, services)  # the demo locality: two versions of the plan
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(1)  # the plan tab is filled when shown
    bar = view.structure
    area = view.plan.model.index(0, 0)
    view.plan.tree.setCurrentIndex(area)
    assert bar.delete_action.isEnabled()
    dialogs.answer(QMessageBox.StandardButton.No)
    bar.delete_action.trigger()
    assert "i s jejími cíli" in dialogs.asked[-1].text
    assert view.plan.model.index(0, 0).data() == area.data()

    view.plan.version.setCurrentIndex(1)  # the older version is read, not rebuilt
    view.plan.tree.setCurrentIndex(view.plan.model.index(0, 0))
    assert not bar.delete_action.isEnabled() and not bar.add_area_action.isEnabled()
    assert bar.plan_action.isEnabled()


def test_a_locality_without_a_plan_gets_the_plan_form_and_a_double_click_opens_a_form(
        empty, services, dialogs):
    view, loc, _actor = empty
    dialogs.answer(QDialog.DialogCode.Rejected)
    view.actions.new_version()  # "Nová verze plánu…" with no plan yet asks for its heading
    assert dialogs.asked[-1].title == "Nový strategický plán"
    assert services.plans.current_plan(loc) is None
    plan = services.plans.create_plan(locality_id=loc, title="Plán")
    area = services.plans.add_area(plan, "Bydlení", theme="housing")
    assert view.plan.select_id(area)
    assert view.structure.add_area_action.iconText() == "Přidat oblast…"
    dialogs.answer(fill(lambda d: d.name.setText("Bydlení a domov")))
    view.plan.tree.doubleClicked.emit(view.plan.tree.currentIndex())
    assert dialogs.asked[-1].title == "Upravit oblast"
    assert tree_titles(view) == ["Bydlení a domov"]
