"""Opening the method assistant from the meeting editor: what the meeting being edited says
about an agenda item, and writing the chosen method into the agenda as a timed block."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from obecdesk.catalog.method_schema import Method
from obecdesk.core.meetings.attendance import counts_heads
from obecdesk.core.methods.agenda_blocks import block_data
from obecdesk.core.methods.service import MethodsService
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.errors import NotFound
from obecdesk.ui.meetings.agenda_rows import row_data
from obecdesk.ui.methods.assistant import MeetingContext, MethodAssistant


def meeting_context(tabs, row: int) -> MeetingContext:
    """What the meeting being edited (``MeetingTabs``) says about agenda row ``row``: the
    invited (or the head count of a public meeting), the item's minutes, the public, and
    whether target-group members are invited."""
    values = tabs.basics.values()
    public = counts_heads(values.kind)
    invited = [r for r in tabs.attendance_model.rows() if r.invited]
    participants = len(invited) or (values.head_count or 0)
    target_group = False
    for attendee in invited:
        if attendee.actor_id:
            try:
                sector = tabs.actors.get(attendee.actor_id).sector
            except NotFound:
                continue
            target_group = target_group or sector == Sector.TARGET_GROUP
    item = tabs.agenda_model.row_at(row)
    return MeetingContext(tabs.locality_id, max(1, participants), item.planned_minutes or 15,
                          public, target_group, item.title)


def choose_for_row(parent: QWidget, methods: MethodsService, model, row: int,
                   context: MeetingContext) -> Method | None:
    """Open the assistant for agenda row ``row`` and, when a method is chosen, make the row a
    timed block of it (``model`` is the meeting editor's agenda model; nothing is saved yet)."""
    dialog = MethodAssistant(methods, context, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        model.set_block(row, block_data(dialog.chosen, row_data(model.row_at(row)),
                                        dialog.minutes.value()))
        return dialog.chosen
    finally:
        dialog.deleteLater()
