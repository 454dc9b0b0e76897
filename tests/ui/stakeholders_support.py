"""Shared helpers of the stakeholder UI tests (imported by the ``test_stakeholders_*`` modules)."""

from __future__ import annotations

from obecdesk.ui.stakeholders.view import StakeholdersView


def make_view(ctx, services, qtbot) -> StakeholdersView:
    """The Aktéři view over the demo store, shown at a laptop-sized window."""
    widget = StakeholdersView(ctx, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget
