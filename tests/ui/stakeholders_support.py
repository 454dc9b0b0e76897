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


def record_errors(monkeypatch, *modules: str) -> list[str]:
    """Error boxes are modal; record their messages instead of blocking the test.

    ``modules`` are the dotted names of modules that imported ``show_error`` themselves.
    """
    messages: list[str] = []

    def record(_parent, message, title=""):
        messages.append(message)

    for module in ("obecdesk.ui.errors", *modules):
        monkeypatch.setattr(f"{module}.show_error", record)
    return messages
