"""The rows of a meeting being edited, as plain data: agenda items, attendance, decisions, tasks.

An editor (the desktop screens, a script, HQ) keeps typed work in these rows until it saves; an
empty ``id`` marks a row not stored yet. :mod:`obecdesk.core.meetings.draft` compares them with
what was loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from obecdesk.core.vocabulary.meetings import ActionStatus, AttendanceStatus, DecisionRule


@dataclass
class AgendaRow:
    """One agenda item as typed; ``id`` is empty until the item has been saved."""

    title: str
    presenter: str = ""
    planned_minutes: int = 15
    method: str = ""
    expected_output: str = ""
    minutes_html: str = ""
    id: str = ""
    #: a method block: the catalog method, its steps ``(text, minutes)``, notes, materials
    method_id: str = ""
    method_steps: tuple[tuple[str, int], ...] = ()
    facilitator_note: str = ""
    materials: str = ""


@dataclass
class AttendanceRow:
    """An invited actor (``actor_id``) or a guest (``actor_id`` empty, name typed)."""

    name: str
    organisation: str = ""
    actor_id: str = ""
    invited: bool = True
    status: str = AttendanceStatus.UNKNOWN
    email: str = ""
    id: str = ""

    @property
    def is_guest(self) -> bool:
        return not self.actor_id


@dataclass
class DecisionRow:
    """A decision as typed; ``code`` (e.g. ``PS-B 2025/07``) is given by the service on saving."""

    text: str
    how_decided: str = DecisionRule.CONSENSUS
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstained: int | None = None
    agenda_item_id: str = ""
    code: str = ""
    id: str = ""


@dataclass
class ActionRow:
    """An action item as typed; ``owner_id`` is empty when nobody is responsible yet."""

    text: str
    owner_id: str = ""
    owner_name: str = ""
    due_date: dt.date | None = None
    status: str = ActionStatus.OPEN
    id: str = ""
