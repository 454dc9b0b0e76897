"""Komunikace → Situace: the timeline over the acute demo, its filters, the event form and the
files of an event."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.ui.communication.timeline_model import Col
from obecdesk.ui.communication.view import CommunicationView


@pytest.fixture
def view(qtbot, ctx, services):
    ctx.set_locality(acute_locality_id())
    widget = CommunicationView(ctx, services.communication, services.actors)
    qtbot.addWidget(widget)
    return widget


def _titles(tab) -> list[str]:
    return [tab.proxy.index(r, Col.TITLE).data() for r in range(tab.proxy.rowCount())]


def test_the_timeline_filters_by_kind_and_severity(view):
    tab = view.situation
    assert tab.proxy.rowCount() == 12
    assert _titles(tab)[0] == "Potyčka u ubytovny v Tovární ulici"
    tab.kind.setCurrentIndex(tab.kind.findData("rumour"))
    assert _titles(tab) == ["Fáma: na ubytovnu se má nastěhovat dalších 40 lidí",
                            "Fáma o přepadení dítěte u školy"]
    tab.severity.setCurrentIndex(tab.severity.findData(3))
    assert _titles(tab) == ["Fáma: na ubytovnu se má nastěhovat dalších 40 lidí"]
    tab.kind.setCurrentIndex(0)
    severities = [tab.proxy.index(r, Col.SEVERITY).data() for r in range(tab.proxy.rowCount())]
    assert len(severities) == 6 and set(severities) == {"vysoká", "kritická"}


def test_an_event_is_added_through_its_form_and_shows_in_the_timeline(view, services, dialogs):
    tab = view.situation

    def fill(dialog):
        dialog.date.setDate(QDate(2026, 10, 20))
        dialog.kind.setCurrentIndex(dialog.kind.findData("police_statement"))
        dialog.title.setText("Policie: v Tovární je klid")
        dialog.reach.setText("1 200")
        dialog.severity.setCurrentIndex(dialog.severity.findData(1))
        dialog.actors.item(0).setCheckState(dialog.actors.item(0).checkState().Checked)
        dialog.accept()
        return dialog.result()

    dialogs.answer(fill)
    tab.add.click()
    event = next(e for e in services.communication.situation.events(acute_locality_id())
                 if e.data.title == "Policie: v Tovární je klid")
    assert (event.data.occurred_on, event.data.reach, event.data.severity) == (
        dt.date(2026, 10, 20), 1200, 1)
    assert len(event.data.actor_ids) == 1
    assert "Policie: v Tovární je klid" in _titles(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("police_statement"))
    assert len(_titles(tab)) == 2


def test_a_form_without_a_title_stays_open_with_a_czech_message(view, dialogs):
    def fill(dialog):
        dialog.title.setText("   ")
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted
        return dialog.DialogCode.Rejected

    dialogs.answer(fill, QMessageBox.StandardButton.Ok)
    view.situation.add.click()
    assert dialogs.texts[1] == "Událost musí mít název."
    assert view.situation.proxy.rowCount() == 12


def test_a_file_is_attached_saved_as_and_a_big_one_refused(view, dialogs, tmp_path):
    tab = view.situation
    tab.select(tab.model.row_at(4).id)  # the petition
    photo = tmp_path / "petice.jpg"
    photo.write_bytes(b"\xff\xd8 podpisy")
    dialogs.answer((str(photo), ""))
    tab.files.attach.click()
    assert [tab.files.files.item(i).text() for i in range(tab.files.files.count())] == [
        "petice-za-bezpecnou-tovarni.txt (1 kB)", "petice.jpg (1 kB)"]
    assert tab.model.index(4, Col.FILES).data() == "2"
    tab.files.files.setCurrentRow(1)
    dialogs.answer((str(tmp_path / "ulozeno.jpg"), ""))
    tab.files.save_as.click()
    assert (tmp_path / "ulozeno.jpg").read_bytes() == b"\xff\xd8 podpisy"
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (10 * 1024 * 1024 + 5))
    dialogs.answer((str(big), ""), QMessageBox.StandardButton.Ok)
    tab.files.attach.click()
    assert "nejvýše 10 MB" in dialogs.texts[-1]
    assert tab.files.files.count() == 2


def test_opening_a_file_hands_a_copy_with_its_name_to_the_viewer(view, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    tab = view.situation
    tab.select(tab.model.row_at(4).id)  # the petition with its text
    tab.files.files.setCurrentRow(0)
    tab.files.open.click()
    (url,) = opened
    path = url.toLocalFile()
    assert path.endswith("petice-za-bezpecnou-tovarni.txt")
    with open(path, encoding="utf-8") as copy:
        assert copy.read().startswith("PETICE „Za bezpečnou Tovární“")


def test_an_event_is_edited_and_deleted_from_the_timeline(view, services, dialogs):
    tab = view.situation
    tab.select(tab.model.row_at(0).id)

    def raise_severity(dialog):
        assert dialog.title.text() == "Potyčka u ubytovny v Tovární ulici"
        dialog.severity.setCurrentIndex(dialog.severity.findData(3))
        dialog.accept()
        return dialog.result()

    dialogs.answer(raise_severity)
    tab.edit.click()
    first = services.communication.situation.events(acute_locality_id())[0]
    assert first.data.severity == 3 and len(first.data.actor_ids) == 3
    assert tab.current().id == first.id  # the selection stays on the edited event
    dialogs.answer(QMessageBox.StandardButton.Yes)
    tab.delete.click()
    assert "i s jejími přílohami" in dialogs.texts[-1]
    assert tab.proxy.rowCount() == 11
    assert _titles(tab)[0] == "Příspěvek ve skupině „Lipová sobě“: „Už se tu nedá chodit ven“"
