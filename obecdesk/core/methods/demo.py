"""The demo's method blocks: agenda items whose free-text method is a catalog method become
timed blocks with a facilitator note, and the methods of meetings already held get ratings, so
the catalog shows "used in" and the facilitator kit of the planned meeting has its cards."""

from __future__ import annotations

from sqlalchemy import select

from obecdesk.core.meetings.agenda import agenda_item_of, edit_item
from obecdesk.core.methods.agenda_blocks import MethodBlocks
from obecdesk.core.methods.blocks import match_method
from obecdesk.core.methods.ratings import MethodRatings
from obecdesk.core.methods.service import MethodsService
from obecdesk.store import Store
from obecdesk.store.models import AgendaItem, Meeting

#: a note for the facilitator and a rating (for meetings already held) per catalog method
NOTES = {
    "world-cafe": ("Hostitelé stolů: vedoucí PS a zástupkyně SAS. Otázky vyvěsit předem.",
                   5, "Lidé z lokality se zapojili víc než na běžném jednání."),
    "problem-tree": ("Data o dluzích na nájemném mít vytištěná na stole.", 4,
                     "Dobré pro příčiny; na strom cílů už nezbyl čas."),
    "opera": ("Body: 5 na osobu, kumulovat nejvýš 2 na jednu kartičku.", 4, ""),
    "thematic-micro-teams": ("Každý mikrotým si zvolí kontaktní osobu a termín.", 3,
                             "Dva ze tří mikrotýmů do příštího jednání nic nepřinesly."),
}
HELD = ("held", "minutes_approved", "minutes_published")


def load_method_demo(store: Store, locality_id: str) -> None:
    methods = MethodsService(None).methods()
    with store.reading() as session:
        items = session.execute(
            select(AgendaItem.id, AgendaItem.method, Meeting.status)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.locality_id == locality_id, AgendaItem.method != "")
            .order_by(Meeting.date, AgendaItem.position)).all()
    blocks, ratings = MethodBlocks(store), MethodRatings(store)
    for item_id, text, status in items:
        method = match_method(text, methods)
        if method is None or method.is_block:
            continue
        blocks.apply(item_id, method)
        note, score, comment = NOTES.get(method.id, ("", 0, ""))
        if note:
            with store.unit_of_work() as session:
                edit_item(agenda_item_of(session, item_id), {"facilitator_note": note})
        if score and status in HELD:
            ratings.rate(item_id, score, comment)
