"""Indikátory's overview shows the phase of the cooperation from the locality's start date: an
edit of the locality (on the Lokality screen, Indikátory behind it) shows when it is opened."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QStackedWidget, QWidget

from obecdesk.core.localities import LocalityService
from obecdesk.ui.indicators.view import DASHBOARD, IndicatorsView

NO_PLAN = "mimo 36měsíční plán"


def test_a_new_start_date_of_the_locality_shows_its_phase(qtbot, ctx, services,
                                                          demo_locality_id):
    localities = LocalityService(ctx.store)
    data = localities.get(demo_locality_id).data()
    localities.update(demo_locality_id, replace(data, start_date=None))
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    view = IndicatorsView(ctx, services)
    front = QWidget()
    stack.addWidget(view)
    stack.addWidget(front)
    stack.show()
    assert view.tabs.currentIndex() == DASHBOARD and NO_PLAN in view.dashboard.phase.text()

    stack.setCurrentWidget(front)  # the coordinator edits the locality elsewhere
    localities.update(demo_locality_id, replace(data, start_date=dt.date.today()))
    stack.setCurrentWidget(view)
    assert view.dashboard.phase.text() and NO_PLAN not in view.dashboard.phase.text()

    localities.update(demo_locality_id, replace(data, start_date=None))  # on screen
    assert NO_PLAN in view.dashboard.phase.text()
