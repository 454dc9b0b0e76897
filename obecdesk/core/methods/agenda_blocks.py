"""Choosing a method for an agenda item makes it a timed block: the item takes the method's name
and id, its steps fitted to the item's minutes, and the method's materials; the running clock of
the agenda recomputes from the minutes as for any item."""

from __future__ import annotations

from dataclasses import replace

from obecdesk.catalog.method_schema import Method
from obecdesk.core.meetings.agenda import agenda_item_of, edit_item, insert_item, item_info
from obecdesk.core.meetings.agenda_timing import AgendaItemData, AgendaItemInfo
from obecdesk.core.methods.blocks import method_steps
from obecdesk.store import Store


def merged_materials(own: str, method: Method) -> str:
    """The item's own materials followed by the method's, each once (one per line)."""
    lines = [line.strip() for line in own.splitlines() if line.strip()]
    known = {line.casefold() for line in lines}
    lines += [m for m in method.materials_cs if m.casefold() not in known]
    return "\n".join(lines)


def block_data(method: Method, item: AgendaItemData | None = None,
               minutes: int | None = None) -> AgendaItemData:
    """``item`` (or a new item titled after the method) run as a block of ``method``.

    The minutes are ``minutes``, else the item's own, else the method's steps as written.
    """
    base = item or AgendaItemData(title=method.name_cs, planned_minutes=method.steps_minutes)
    length = minutes or (base.planned_minutes if item else method.steps_minutes)
    return replace(base, planned_minutes=length, method=method.name_cs, method_id=method.id,
                   method_steps=tuple(method_steps(method, length)),
                   materials=merged_materials(base.materials, method))


def without_block(item: AgendaItemData) -> AgendaItemData:
    """The item back to plain free text: method, steps and the method id cleared."""
    return replace(item, method="", method_id="", method_steps=())


class MethodBlocks:
    """Method blocks of stored agendas (the CLI and the demo; the editor works on its draft)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def apply(self, item_id: str, method: Method, minutes: int | None = None) -> AgendaItemInfo:
        """Run the stored item ``item_id`` as a block of ``method``."""
        with self.store.unit_of_work() as session:
            row = agenda_item_of(session, item_id)
            data = block_data(method, item_info(row).data(), minutes)
            edit_item(row, {k: getattr(data, k) for k in (
                "planned_minutes", "method", "method_id", "method_steps", "materials")})
            session.flush()
            return item_info(row)

    def add(self, meeting_id: str, method: Method, *, minutes: int | None = None,
            position: int | None = None) -> AgendaItemInfo:
        """A new agenda item running ``method``, appended or at ``position``."""
        with self.store.unit_of_work(immediate=True) as session:
            row = insert_item(session, meeting_id, block_data(method, minutes=minutes), position)
            return item_info(row)
