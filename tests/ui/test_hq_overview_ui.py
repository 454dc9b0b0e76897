"""Přehled lokalit through the real window: sort by a column, filter, the stale ones only,
export to XLSX, and a double-click that opens the locality."""

from __future__ import annotations

import datetime as dt
import uuid

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store.models import Actor, Body, LocalityShare, Membership, ReceivedBundle, SyncPeer
from obecdesk.ui.hq_overview.model import STALE, WEAK, Column
from obecdesk.ui.main_window import MainWindow
from obecdesk.ui.services import build_services
from obecdesk.ui.settings import STALE_DAYS

ACUTE = "Lipová nad Ohří"
LONG = "Dolní Bránice"


def _heard_of_acute(store, days_ago: int) -> None:
    """A field laptop working on the acute demo locality sent its last bundle ``days_ago``."""
    at = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).isoformat(timespec="seconds")
    sender = str(uuid.uuid4())
    with store.unit_of_work() as s:
        s.add(SyncPeer(replica_id=sender, name="Laptop Lipová", sign_key="k", age_recipient="a",
                       fingerprint="f", added_at=at))
        s.add(LocalityShare(locality_id=acute_locality_id(), replica_id=sender, created_at=at))
        s.add(ReceivedBundle(bundle_id=str(uuid.uuid4()), sender_id=sender, imported_at=at))


def _three_members(store) -> None:
    """A third town whose 3 members sort between the demo's 0 and 24 only as numbers."""
    town = LocalityService(store).create(LocalityData("Zálesí", coordinator="Jan Velký")).id
    with store.unit_of_work() as s:
        body = Body(locality_id=town, kind="working_group", name="PS")
        people = [Actor(locality_id=town, name=f"Člen {n}") for n in range(3)]
        s.add_all([body, *people])
        s.flush()
        s.add_all([Membership(body_id=body.id, actor_id=a.id) for a in people])


def _overview(qtbot, ctx, services):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_capability("hq_overview")


def _click_header(qtbot, view, column: Column) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_sort_filter_and_the_stale_ones_only(qtbot, ctx, services, demo_store):
    _heard_of_acute(demo_store, 45)
    _three_members(demo_store)
    window, view = _overview(qtbot, ctx, services)
    assert window.nav.item(window.capability_keys().index("hq_overview")).isHidden() is False
    assert view.visible_names() == [LONG, ACUTE, "Zálesí"]  # Czech order of names

    _click_header(qtbot, view, Column.MEMBERS)  # fewest members first: 0, 3, 24
    assert view.visible_names() == [ACUTE, "Zálesí", LONG]
    _click_header(qtbot, view, Column.MEMBERS)
    assert view.visible_names() == [LONG, "Zálesí", ACUTE]

    row = view.model.row_of(acute_locality_id())
    acute = view.model.index(row, Column.NAME)
    assert view.model.data(acute, Qt.ItemDataRole.DecorationRole) == STALE
    assert "před 45 dny" in view.model.data(acute, Qt.ItemDataRole.ToolTipRole)
    bundle = view.model.index(row, Column.LAST_BUNDLE).data()
    assert bundle.endswith("(45 d)")
    assert view.model.index(view.model.row_of(ctx.locality_id), Column.LAST_BUNDLE).data() == \
        "vytvořeno zde"

    view.stale_only.setChecked(True)
    assert view.visible_names() == [ACUTE]
    assert "zastaralých: 1" in view.summary.text()
    view.stale_days.setValue(60)  # the setting: 45 days is no longer too long
    assert view.visible_names() == []
    assert ctx.settings.get(STALE_DAYS) == 60
    assert view.model.data(acute, Qt.ItemDataRole.DecorationRole) == WEAK  # no bodies yet
    view.stale_only.setChecked(False)

    view.filter.setText("branice")  # no capitals, no diacritics
    assert view.visible_names() == [LONG]
    view.filter.setText("novotná")  # the coordinator of both demo towns
    assert view.visible_names() == [LONG, ACUTE]


def test_export_and_double_click_opens_the_locality(qtbot, ctx, services, dialogs, tmp_path):
    window, view = _overview(qtbot, ctx, services)
    view.filter.setText("Lipová")
    target = tmp_path / "prehled.xlsx"
    dialogs.answer((str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [ACUTE]  # what is shown
    assert "Přehled uložen" in view.summary.text()

    assert ctx.locality_id != acute_locality_id()
    index = view.proxy.index(0, Column.COORDINATOR)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ctx.locality_id == acute_locality_id()
    assert window.locality_switcher.currentText() == ACUTE
    assert window.stack.currentWidget() is window.show_capability("localities")
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "localities"


def test_the_entry_shows_only_with_several_localities(qtbot, store, settings):
    from obecdesk.ui.context import AppContext

    localities = LocalityService(store)
    localities.create(LocalityData("Jediná"))
    ctx = AppContext(store, settings)
    window = MainWindow(ctx, build_services(store))
    qtbot.addWidget(window)
    entry = window.nav.item(window.capability_keys().index("hq_overview"))
    assert entry.isHidden()
    localities.create(LocalityData("Druhá"))
    assert not entry.isHidden()
    ctx.hub.detach()
