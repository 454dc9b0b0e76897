"""Bodies with members, the composition check panel, and relations with the network view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from stakeholders_support import make_view

from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.stakeholders.relations import RelationService


@pytest.fixture
def view(ctx, services, qtbot):
    return make_view(ctx, services, qtbot)


def open_body(view, name: str):
    view.show_tab(view.bodies)
    panel = view.bodies
    row = next(i for i, b in enumerate(panel._bodies) if b.name == name)
    panel.body_list.setCurrentRow(row)
    return panel


def seat_rows(panel) -> list[tuple[str, bool]]:
    """(text, covered) of each seat row the composition panel shows."""
    seats = panel.composition.seats
    return [(seats.item(i).text(), seats.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(seats.count())
            if seats.item(i).data(Qt.ItemDataRole.UserRole) is not None]


def test_composition_panel_shows_missing_seats_of_a_working_group(view):
    panel = open_body(view, "PS Vzdělávání")
    composition = panel.composition
    assert "PS Vzdělávání" in composition.title.text()
    rows = seat_rows(panel)
    missing = [text for text, covered in rows if not covered]
    covered = [text for text, covered in rows if covered]
    assert missing and covered
    # what the group has comes first, then the three seats to fill first
    assert rows.index(next(r for r in rows if r[1])) < rows.index(next(r for r in rows if not r[1]))
    assert len(missing) == 3 < len(composition.report.missing)
    assert missing[0] == "✘ Radní pro bytovou politiku / sociální oblast"
    composition.show_all.click()
    missing = [text for text, covered in seat_rows(panel) if not covered]
    assert len(missing) == len(composition.report.missing)
    assert any("Městská policie" in text for text in missing)
    assert any("Zástupci cílové skupiny" in text and "Žaneta Horváthová" in text
               for text in covered)
    # PaedDr. Šebestová has decision power and sits in the group
    assert composition.decision_banner.isVisibleTo(view)
    assert "ano" in composition.decision_banner.text()
    assert not composition.target_group_banner.isVisibleTo(view)
    assert "Doporučené složení (pracovní skupina): obsazeno" in composition.summary.text()


def test_a_body_without_target_group_is_flagged(view):
    panel = open_body(view, "PS Zaměstnanost a dluhy")
    assert panel.composition.target_group_banner.isVisibleTo(view)
    assert "cílové skupiny" in panel.composition.target_group_banner.text()


def test_members_are_listed_and_a_new_member_updates_the_check(view, ctx):
    panel = open_body(view, "PS Zaměstnanost a dluhy")
    members = panel.members
    assert members.model.rowCount() == 5
    members.add_button.click()
    dialog = members.dialog
    dialog.actor.setEditText("Milan Dužda")
    dialog.role.setEditText("zástupce cílové skupiny")
    dialog.accept()
    assert not dialog.isVisible()
    assert members.model.rowCount() == 6
    body = panel.selected_body()
    member = next(m for m in BodyService(ctx.store).members(body.id)
                  if m.actor_name == "Milan Dužda")
    assert member.role == "zástupce cílové skupiny" and member.joined_on is not None
    assert not panel.composition.target_group_banner.isVisibleTo(view)


def test_member_dialog_refuses_an_unknown_actor(view, ctx, dialogs):
    dialogs.answer(QMessageBox.StandardButton.Ok)
    members = open_body(view, "PS Vzdělávání").members
    members.add_member()
    members.dialog.actor.setEditText("Nikdo Takový")
    members.dialog.accept()
    assert members.dialog.isVisible()
    assert dialogs.texts == ["Vyberte aktéra ze seznamu."]


def test_ending_a_membership_keeps_it_among_former_members(view, ctx):
    members = open_body(view, "PS Vzdělávání").members
    members.table.selectRow(0)
    name = members.selected_member().actor_name
    members.end_button.click()
    assert name not in members.member_names()
    members.show_former.setChecked(True)
    assert name in members.member_names()


def test_create_a_working_group(view, ctx):
    view.show_tab(view.bodies)
    panel = view.bodies
    panel._open_body_dialog(None)
    dialog = panel.dialog
    dialog.name.setText("PS Bezpečnost")
    dialog.code.setText("PS-S")
    dialog.leader.setEditText("Vladimír Štěpánek")
    dialog.accept()
    body = next(b for b in BodyService(ctx.store).list(ctx.locality_id)
                if b.name == "PS Bezpečnost")
    assert body.leader_name == "Vladimír Štěpánek" and body.code == "PS-S"
    assert panel.selected_body().id == body.id
    assert panel.composition.report is not None and not panel.composition.report.covered


def test_add_a_relation_and_see_it_in_the_network(view, ctx):
    view.show_tab(view.relations)
    panel = view.relations
    assert panel.model.rowCount() == 8
    panel.source.setEditText("Ing. Věra Malá (Městský úřad Dolní Bránice)")
    panel.kind.setCurrentIndex(panel.kind.findData("conflict"))
    panel.target.setEditText("mgr. jana simkova (mestsky urad dolni branice)")  # any case/accents
    panel.add_relation()
    relations = RelationService(ctx.store).list(ctx.locality_id)
    added = [r for r in relations if r.source_name == "Ing. Věra Malá"]
    assert [(r.kind, r.target_name) for r in added] == [("conflict", "Mgr. Jana Šimková")]
    assert panel.model.rowCount() == 9
    node_ids = {item.data(0) for item in panel.scene.items() if item.data(0)}
    assert added[0].source_id in node_ids


def test_relation_needs_both_actors(view, ctx, dialogs):
    dialogs.answer(QMessageBox.StandardButton.Ok)
    view.show_tab(view.relations)
    view.relations.add_relation()
    assert dialogs.texts == ["Vyberte oba aktéry vztahu ze seznamu."]
    assert len(RelationService(ctx.store).list(ctx.locality_id)) == 8


def test_remove_a_relation(view, ctx):
    view.show_tab(view.relations)
    panel = view.relations
    panel.table.selectRow(0)
    panel.remove_relation()
    assert len(RelationService(ctx.store).list(ctx.locality_id)) == 7
    assert panel.model.rowCount() == 7


def test_switching_locality_reloads_every_tab(view, ctx, demo_locality_id):
    from obecdesk.core.localities import LocalityData, LocalityService

    other = LocalityService(ctx.store).create(LocalityData(name="Horní Bránice"))
    ctx.set_locality(other.id)
    assert view.actor_list.model.rowCount() == 0
    view.show_tab(view.power_map)
    assert not view.power_map.scene.dots
    ctx.set_locality(demo_locality_id)
    assert len(view.power_map.scene.dots) == 35
    view.show_tab(view.actor_list)
    assert view.actor_list.model.rowCount() == 35


def test_delete_a_body_after_confirmation(view, ctx, dialogs):
    from PySide6.QtWidgets import QMessageBox

    dialogs.answer(QMessageBox.StandardButton.Yes)
    panel = open_body(view, "PS Zaměstnanost a dluhy")
    panel.delete_body.click()
    assert [asked.title for asked in dialogs.asked] == ["Smazat orgán"]
    assert "PS Zaměstnanost a dluhy" not in [b.name for b in panel._bodies]
    assert panel.body_list.count() == 4
    assert view.actor_list.body_filter.findText("PS Zaměstnanost a dluhy") < 0


def test_network_nodes_are_named_and_coloured_beyond_the_picker_limit(view, ctx, monkeypatch):
    from PySide6.QtWidgets import QGraphicsEllipseItem

    from obecdesk.core.stakeholders.actor_queries import ActorFilter
    from obecdesk.core.stakeholders.actors import ActorService
    from obecdesk.ui.stakeholders.palette import sector_colour

    # the old graph read only the first PICKER_LIMIT actors; make that limit tiny
    monkeypatch.setattr("obecdesk.ui.stakeholders.relations_panel.PICKER_LIMIT", 2,
                        raising=False)
    view.show_tab(view.relations)
    panel = view.relations
    panel.reload()
    actors = {a.id: a for a in ActorService(ctx.store).list(ActorFilter(ctx.locality_id))}
    dots = [item for item in panel.scene.items() if isinstance(item, QGraphicsEllipseItem)]
    assert len(dots) >= 8
    for dot in dots:
        actor = actors[dot.data(0)]
        assert dot.toolTip() == actor.name
        assert dot.brush().color() == sector_colour(actor.sector)


def test_bodies_list_warns_where_no_target_group_representative_sits(view, ctx):
    from obecdesk.core.stakeholders.bodies import BodyData

    BodyService(ctx.store).create(ctx.locality_id, BodyData(name="PS Bez Zástupců"))
    view.show_tab(view.bodies)
    panel = view.bodies
    texts = {b.name: panel.body_list.item(i).text() for i, b in enumerate(panel._bodies)}
    assert "chybí zástupce cílové skupiny" in texts["PS Bez Zástupců"]
    housing = next(t for name, t in texts.items() if name == "PS Bydlení")
    assert "chybí zástupce cílové skupiny" not in housing


def test_a_new_body_form_asks_before_esc_drops_the_typed_name(view, ctx, qtbot, dialogs):
    view.show_tab(view.bodies)
    panel = view.bodies
    panel._open_body_dialog(None)
    dialog = panel.dialog
    dialog.name.setText("PS Bezpečnost")
    dialogs.answer(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name.text() == "PS Bezpečnost"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert [a.title for a in dialogs.asked] == ["Zahodit změny", "Zahodit změny"]
    assert "PS Bezpečnost" not in [b.name for b in BodyService(ctx.store).list(ctx.locality_id)]


def test_a_new_group_sees_three_recommended_seats_in_the_seeds_words(view, ctx):
    from obecdesk.core.stakeholders.bodies import BodyData

    body = BodyService(ctx.store).create(ctx.locality_id, BodyData(name="PS Bezpečnost"))
    view.on_locality_changed(ctx.locality_id)
    panel = open_body(view, "PS Bezpečnost")
    composition = panel.composition
    rows = seat_rows(panel)
    assert [covered for _text, covered in rows] == [False, False, False]
    texts = [composition.seats.item(i).text() for i in range(composition.seats.count())]
    assert "Doporučujeme obsadit:" in texts
    everything = " ".join([composition.summary.text(), composition.show_all.text(), *texts])
    assert "povinn" not in everything
    assert "doporučen" in everything.lower()
    assert composition.show_all.isVisible()
    assert composition.report.body_id == body.id


def test_the_recommended_seats_follow_the_body_kind(view):
    steering = open_body(view, "Řídicí tým").composition.report
    partnership = open_body(view, "Lokální partnerství Dolní Bránice").composition.report
    working = open_body(view, "PS Bydlení").composition.report
    codes = {name: {s.entry.code for s in report.seats}
             for name, report in (("steering", steering), ("partnership", partnership),
                                  ("working", working))}
    assert "social_department_head" in codes["steering"] - codes["working"]
    assert "target_group" not in codes["steering"]
    assert {"schools", "employers"} <= codes["partnership"] - codes["working"]
    assert "city_architect" in codes["working"] - codes["partnership"]


def test_a_mayor_decides_by_office_unless_the_coordinator_unticks_it(qtbot):
    from obecdesk.ui.stakeholders.actor_form import ActorForm

    form = ActorForm()
    qtbot.addWidget(form)
    form.role.setEditText("starosta")
    assert form.decision_power.isChecked()
    form.role.setEditText("radní pro bydlení a sociální oblast")
    assert form.decision_power.isChecked()
    form.role.setEditText("OSPOD")
    assert not form.decision_power.isChecked()
    form.role.setEditText("místostarostka")
    form.decision_power.click()  # the coordinator knows better: unticked stays unticked
    form.role.setEditText("starostka")
    assert not form.decision_power.isChecked()
    assert form.data().decision_power is False
