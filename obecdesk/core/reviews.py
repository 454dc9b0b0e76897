"""HQ's answers in the return bundle: comment on, approve or return for correction an indicator
value, a project or a measure, and the coordinator's answer that the correction is done.

Every change of state is a new ``hq_reviews`` row in the item's locality, so it travels in the
next bundle like any edit and the history is complete on both sides. Only the central office
(replica role ``hq``) approves and returns; either side may comment; only a field replica answers
"opraveno", with a note, and only on an item that was returned. The correction of the item
itself (a new value, a changed project) is an ordinary edit that travels as field changes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.core.records import get_live
from obecdesk.core.review_queries import (
    ItemReview,
    ReviewEntry,
    ReviewNote,
    entry_of,
    fold,
    indicator_entries,
    item_entries,
    item_label,
    item_states,
    review_notes,
)
from obecdesk.core.vocabulary.reviews import ReviewKind, ReviewState
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import HqReview, IndicatorValue, LocalReplica, Measure, Project

#: the model and the Czech name of each kind of reviewed item
ITEMS = {ReviewKind.VALUE: (IndicatorValue, "Hodnota ukazatele"),
         ReviewKind.PROJECT: (Project, "Projekt"),
         ReviewKind.MEASURE: (Measure, "Opatření")}
COLUMNS = {ReviewKind.VALUE: "value_id", ReviewKind.PROJECT: "project_id",
           ReviewKind.MEASURE: "measure_id"}
HQ_ONLY = "Schválit nebo vrátit k opravě může jen centrála (replika s rolí hq)."
FIELD_ONLY = "Opravu hlásí terénní replika konzultanta, ne centrála."
NOT_RETURNED = "Položka není vrácena k opravě; opravu lze ohlásit jen u vrácené položky."
NEEDS_COMMENT = {
    ReviewState.RETURNED: "Vrácení k opravě potřebuje komentář: co je třeba opravit.",
    ReviewState.CORRECTED: "Ohlášení opravy potřebuje poznámku: co bylo opraveno.",
    ReviewState.COMMENT: "Komentář nesmí být prázdný.",
}


def review_kind(kind: str) -> ReviewKind:
    try:
        return ReviewKind(kind)
    except ValueError:
        raise ValidationError(f"Neznámý druh položky {kind!r}; použijte value, project nebo "
                              "measure.") from None


def review_state(state: str) -> ReviewState:
    try:
        return ReviewState(state)
    except ValueError:
        raise ValidationError(f"Neznámý stav {state!r}; použijte comment, approved, returned "
                              "nebo corrected.") from None


class ReviewService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def review(self, kind: str, item_id: str, state: str, comment: str = "") -> ReviewEntry:
        """Append one entry about an item (the rules are in the module doc)."""
        kind_, state_ = review_kind(kind), review_state(state)
        comment = comment.strip()
        if not comment and state_ in NEEDS_COMMENT:
            raise ValidationError(NEEDS_COMMENT[state_])
        with self.store.unit_of_work() as session:
            model, what = ITEMS[kind_]
            item = get_live(session, model, item_id, what)
            me = session.scalars(select(LocalReplica)).one()
            role = me.role or "field"
            if state_ in (ReviewState.APPROVED, ReviewState.RETURNED) and role != "hq":
                raise ValidationError(HQ_ONLY)
            if state_ is ReviewState.CORRECTED:
                if role == "hq":
                    raise ValidationError(FIELD_ONLY)
                now = fold(kind_, item_id, item_entries(session, kind_, item_id))
                if now is None or now.state != ReviewState.RETURNED:
                    raise ValidationError(NOT_RETURNED)
            row = HqReview(locality_id=item.locality_id, item_kind=kind_.value, state=state_.value,
                           comment=comment, author=me.name or me.id[:8], author_role=role,
                           created_at=_now(session), **{COLUMNS[kind_]: item_id})
            session.add(row)
            session.flush()
            return entry_of(row)

    def history(self, kind: str, item_id: str) -> list[ReviewEntry]:
        """Every entry about the item, oldest first; an unknown item is refused."""
        kind_ = review_kind(kind)
        with self.store.reading() as session:
            model, what = ITEMS[kind_]
            get_live(session, model, item_id, what)
            return item_entries(session, kind_, item_id)

    def of_indicator(self, indicator_id: str) -> list[tuple[str, ReviewEntry]]:
        """(period, entry) of HQ's notes on the indicator's values, oldest first."""
        with self.store.reading() as session:
            return indicator_entries(session, indicator_id)

    def state(self, kind: str, item_id: str) -> ItemReview | None:
        """Where the item stands now; None when nobody reviewed it."""
        kind_ = review_kind(kind)
        with self.store.reading() as session:
            return fold(kind_, item_id, item_entries(session, kind_, item_id))

    def states(self, locality_id: str | None) -> dict[tuple[str, str], ItemReview]:
        """(kind, key) → state of every reviewed item of the locality; a measure's key is its
        lineage id, a value's and a project's their id."""
        with self.store.reading() as session:
            return item_states(session, locality_id)

    def notes(self, locality_id: str | None = None, *, open_only: bool = False
              ) -> list[ReviewNote]:
        """HQ's notes (of one locality, or all): returned first, then corrected, …"""
        with self.store.reading() as session:
            return review_notes(session, locality_id, open_only=open_only)

    def label(self, kind: str, item_id: str) -> str:
        """What the item is, in words ("Žáci v doučování, 2. čtvrtletí 2025")."""
        with self.store.reading() as session:
            return item_label(session, review_kind(kind), item_id)

    def value_place(self, value_id: str) -> tuple[str, str] | None:
        """(indicator id, period) of a value, to show it in the grid; None when it is gone."""
        with self.store.reading() as session:
            row = session.get(IndicatorValue, value_id)
            return None if row is None or row.deleted else (row.indicator_id, row.period)

    def role(self) -> str:
        with self.store.reading() as session:
            return session.scalars(select(LocalReplica.role)).one() or "field"


def _now(session: Session) -> str:
    """Now, but never before the newest entry this store holds: a laptop whose clock runs
    behind HQ's still puts its answer after the return it answers."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    newest = session.scalar(select(HqReview.created_at).order_by(
        HqReview.created_at.desc()).limit(1))
    if newest and newest >= now:
        stamp = dt.datetime.fromisoformat(newest) + dt.timedelta(microseconds=1)
        return stamp.isoformat(timespec="microseconds")
    return now
