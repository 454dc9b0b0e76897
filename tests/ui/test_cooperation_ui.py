"""Spolupráce: the acute demo's frame, editing a condition's note and saving it, the unsaved
guard, the countdown in the view, in the locality detail and the warning of the main window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from obecdesk.core.cooperation.service import CooperationService
from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.app import build_window
from obecdesk.ui.cooperation.conditions_model import Column
from obecdesk.ui.cooperation.view import CooperationView
from obecdesk.ui.localities.view import LocalitiesView
from tests.pdf_tools import pdf_text


@pytest.fixture
def acute_ctx(ctx):
    ctx.set_locality(acute_locality_id())
    return ctx


def open_view(qtbot, ctx, services, today=None):
    view = CooperationView(ctx, services.cooperation, services.cooperation_report)
    if today is not None:
        view.today = lambda: today
        view.load(ctx.locality_id)
    qtbot.addWidget(view)
    view.resize(1100, 680)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_condition_note_is_saved_and_shown_again(qtbot, acute_ctx, services):
    view = open_view(qtbot, acute_ctx, services)
    assert view.request.asker.currentText().startswith("Ing. Hana Veselá")
    assert view.decision.decision.currentData() == "accepted"
    assert not view.save_button.isEnabled()
    model = view.conditions
    note = model.index(3, Column.NOTE)
    assert "Místostarosta" in model.data(note)
    assert model.setData(note, "Rada přijala koncepci sociálního bydlení.")
    model.setData(model.index(3, Column.ASSESSMENT), "met")
    assert view.is_dirty() and view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.is_dirty()
    view.close()

    again = open_view(qtbot, acute_ctx, services)
    row = again.conditions.index(3, Column.NOTE)
    assert again.conditions.data(row) == "Rada přijala koncepci sociálního bydlení."
    assert again.conditions.data(again.conditions.index(3, Column.ASSESSMENT)) == "splněno"


def test_the_countdown_label_counts_to_the_planned_end(qtbot, acute_ctx, services):
    end = services.cooperation.frame(acute_locality_id()).planned_end
    view = open_view(qtbot, acute_ctx, services, today=end - dt.timedelta(days=23))
    assert view.countdown.text() == f"zbývá 23 dní (do {end.day}. {end.month}. {end.year})"
    assert "#b3261e" not in view.countdown.styleSheet()
    view.today = lambda: end - dt.timedelta(days=3)
    view.load(acute_ctx.locality_id)
    assert view.countdown.text().startswith("⚠ zbývají 3 dny") and "#b3261e" in view.countdown.styleSheet()
    view.today = lambda: end + dt.timedelta(days=5)
    view.load(acute_ctx.locality_id)
    assert view.countdown.text().startswith("⚠ 5 dní po plánovaném konci")


def test_a_declined_request_without_reason_is_refused_and_stays_on_screen(qtbot, acute_ctx,
                                                                          services, dialogs):
    view = open_view(qtbot, acute_ctx, services)
    view.decision.agreed_on.set_value(None)
    view.decision.decision.setCurrentIndex(view.decision.decision.findData("declined"))
    view.decision.reason.setText("")
    dialogs.answer(QMessageBox.StandardButton.Ok)
    assert view.save() is False
    assert "Odmítnutí žádosti musí mít uvedený důvod." in dialogs.texts[-1]
    assert view.is_dirty()
    assert services.cooperation.frame(acute_locality_id()).data.decision == "accepted"
    # switching the locality asks; dropping the edits keeps the stored frame
    dialogs.answer(QMessageBox.StandardButton.Discard)
    acute_ctx.set_locality(services.localities.list()[0].id)
    assert "neuložené změny" in dialogs.texts[-1]
    assert not view.is_dirty()


def test_the_closing_report_button_saves_the_pdf(qtbot, acute_ctx, services, dialogs, tmp_path):
    view = open_view(qtbot, acute_ctx, services)
    target = tmp_path / "zprava"
    dialogs.answer((str(target), ""))
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1].text == "zaverecna-zprava-lipova-nad-ohri.pdf"  # the suggestion
    text = pdf_text(tmp_path / "zprava.pdf")
    assert "Závěrečná zpráva o spolupráci" in text and "Lipová nad Ohří" in text
    assert "Podmínky spolupráce" in text or "Podmínka spolupráce" in text


def test_the_locality_detail_shows_the_countdown_of_an_acute_cooperation(qtbot, acute_ctx,
                                                                         services):
    view = LocalitiesView(acute_ctx, services.localities, cooperation=services.cooperation)
    qtbot.addWidget(view)
    end = services.cooperation.frame(acute_locality_id()).planned_end
    view.today = lambda: end - dt.timedelta(days=10)
    view.select(acute_locality_id())
    label = view.detail_labels["end"]
    assert label.text().startswith("⚠ zbývá 10 dní") and "#b3261e" in label.styleSheet()
    assert "připravte závěrečnou zprávu" in label.text()
    view.select(services.localities.list()[0].id)  # the long-term demo: no countdown
    assert label.text() == ""


def test_the_main_window_warns_once_when_the_end_is_near(qtbot, demo_store, settings):
    CooperationService(demo_store).save(acute_locality_id(), _with_end(
        demo_store, dt.date.today() + dt.timedelta(days=5)))
    window, ctx = build_window(demo_store, settings)
    qtbot.addWidget(window)
    ctx.set_locality(acute_locality_id())
    warning = window.end_warning
    assert "se blíží ke konci" in warning.shown and "Lipová nad Ohří" in warning.shown
    assert window.statusBar().currentMessage() == warning.shown
    window.statusBar().clearMessage()
    ctx.set_locality(window.services.localities.list()[0].id)
    ctx.set_locality(acute_locality_id())
    assert window.statusBar().currentMessage() == ""  # once per locality and run
    ctx.hub.detach()


def test_a_planned_end_saved_within_two_weeks_warns_at_once(qtbot, demo_store, settings):
    window, ctx = build_window(demo_store, settings)
    qtbot.addWidget(window)
    ctx.set_locality(acute_locality_id())
    assert window.end_warning.shown == ""  # the demo has weeks left
    window.services.cooperation.save(acute_locality_id(), _with_end(
        demo_store, dt.date.today() - dt.timedelta(days=2)))
    qtbot.waitUntil(lambda: window.end_warning.shown != "")
    assert "měla skončit" in window.statusBar().currentMessage()
    assert "2 dny po plánovaném konci" in window.end_warning.shown
    ctx.hub.detach()


def _with_end(store, end):
    data = CooperationService(store).frame(acute_locality_id()).data
    data.planned_end_override = end
    return data


def test_the_planned_end_says_where_it_comes_from_and_a_mode_asked_otherwise(qtbot, acute_ctx,
                                                                            services):
    view = open_view(qtbot, acute_ctx, services)
    assert view.decision.planned.text().endswith("(od memoranda)")
    view.request.mode.setCurrentIndex(view.request.mode.findData("systematic"))
    assert view.save()
    assert "obec žádá: systematická spolupráce (do 12 měsíců)" in view.decision.planned.text()
    view.decision.own_end.setChecked(True)
    end = services.cooperation.frame(acute_locality_id()).planned_end
    view.decision.end.set_value(end)
    assert view.save()
    assert view.decision.planned.text().startswith(f"{end.day}. {end.month}. {end.year} (určen ručně)")
