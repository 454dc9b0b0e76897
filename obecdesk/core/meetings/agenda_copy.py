"""Agendas that need no typing: the agenda of an earlier meeting, or a template from the
catalog (:mod:`obecdesk.catalog.agenda_templates`), as rows the editor appends to its draft.

Only the plan is copied (titles, presenters, lengths, methods, expected outputs), never the
minutes taken at the other meeting. A meeting keeps one "Kontrola úkolů": the copied one is
left out when the agenda already has it.
"""

from __future__ import annotations

from obecdesk.catalog.agenda_templates import AgendaTemplate
from obecdesk.core.meetings.agenda import REVIEW_OUTPUT, REVIEW_TITLE
from obecdesk.core.meetings.agenda_timing import AgendaItemData


def template_agenda(template: AgendaTemplate, lang: str = "cs") -> list[AgendaItemData]:
    """The template's items in ``lang``; its review item is the meeting's "Kontrola úkolů"."""
    return [AgendaItemData(
        title=REVIEW_TITLE if item.review else item.text("title", lang),
        planned_minutes=item.minutes, method=item.text("method", lang),
        expected_output=REVIEW_OUTPUT if item.review else item.text("output", lang),
    ) for item in template.items]


def items_to_add(items: list[AgendaItemData], present_titles: list[str]) -> list[AgendaItemData]:
    """``items`` without a second "Kontrola úkolů" when the agenda has one already."""
    has_review = REVIEW_TITLE in present_titles
    return [item for item in items if not (has_review and item.title == REVIEW_TITLE)]
