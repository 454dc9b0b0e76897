"""Reading HQ's reviews: the entries of an item, its state now, and the notes of a locality.

An item's state is the state of its newest entry that is not a mere comment (a comment on a
returned value leaves it returned); an item with comments only is in the state "komentář".
A measure's entries are gathered over its lineage, so a note on the measure in plan v1 stays
on it in v2. Entries are ordered by their time and id, the same on every replica.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from obecdesk.core.vocabulary.reviews import OPEN_STATES, URGENCY, ReviewKind, ReviewState
from obecdesk.store.models import HqReview, Indicator, IndicatorValue, Locality, Measure, Project


@dataclass(frozen=True)
class ReviewEntry:
    """One change of state (or a comment): what, who and when."""

    id: str
    kind: str
    #: the reviewed row (for a measure: the row of the plan version that was reviewed)
    item_id: str
    state: str
    comment: str
    author: str
    author_role: str
    created_at: str


@dataclass(frozen=True)
class ItemReview:
    """Where an item stands: its state, with the comment and author of the entry that set it."""

    kind: str
    #: the item's key: the value or project id, a measure's lineage id
    key: str
    state: str
    comment: str
    author: str
    created_at: str
    entries: int
    #: the newest comment of any entry (a later remark after the state was set)
    last_comment: str

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES

    def text(self, label: str) -> str:
        """``vráceno k opravě: doplňte zdroj`` with the state's (translated) ``label``."""
        return f"{label}: {self.comment}" if self.comment else label


@dataclass(frozen=True)
class ReviewNote:
    """One reviewed item in the list of HQ's notes."""

    review: ItemReview
    locality_id: str
    locality: str
    #: what the item is, in words ("Děti v předškolní výchově, 2. čtvrtletí 2025")
    label: str
    #: a row id to open the item by (the newest reviewed measure row for a measure)
    item_id: str


def entry_of(row: HqReview) -> ReviewEntry:
    item = {ReviewKind.VALUE: row.value_id, ReviewKind.PROJECT: row.project_id,
            ReviewKind.MEASURE: row.measure_id}.get(ReviewKind(row.item_kind)) or ""
    return ReviewEntry(row.id, row.item_kind, item, row.state, row.comment, row.author,
                       row.author_role, row.created_at)


def _ordered(query: Select) -> Select:
    return query.where(HqReview.deleted.is_(False)).order_by(HqReview.created_at, HqReview.id)


def item_entries(session: Session, kind: str, item_id: str) -> list[ReviewEntry]:
    """Every entry about one item, oldest first (over the lineage for a measure)."""
    query = select(HqReview).where(HqReview.item_kind == kind)
    if kind == ReviewKind.MEASURE:
        lineage = select(Measure.lineage_id).where(Measure.id == item_id).scalar_subquery()
        query = query.join(Measure, Measure.id == HqReview.measure_id).where(
            Measure.lineage_id == lineage)
    else:
        column = HqReview.value_id if kind == ReviewKind.VALUE else HqReview.project_id
        query = query.where(column == item_id)
    return [entry_of(r) for r in session.scalars(_ordered(query))]


def indicator_entries(session: Session, indicator_id: str) -> list[tuple[str, ReviewEntry]]:
    """(period, entry) of every entry about a value of the indicator, oldest first."""
    query = select(HqReview, IndicatorValue.period).join(
        IndicatorValue, IndicatorValue.id == HqReview.value_id).where(
        IndicatorValue.indicator_id == indicator_id)
    return [(period, entry_of(row)) for row, period in session.execute(_ordered(query))]


def fold(kind: str, key: str, entries: list[ReviewEntry]) -> ItemReview | None:
    """The state an item's entries (oldest first) add up to; None without entries."""
    setting = next((e for e in reversed(entries) if e.state != ReviewState.COMMENT), None)
    if not entries:
        return None
    shown = setting or entries[-1]
    last = next((e.comment for e in reversed(entries) if e.comment), "")
    return ItemReview(kind, key, shown.state, shown.comment, shown.author, shown.created_at,
                      len(entries), last)


def _rows(session: Session, locality_id: str | None):
    """(entry, item key, locality id) of every live entry, oldest first."""
    query = select(HqReview, Measure.lineage_id).outerjoin(
        Measure, Measure.id == HqReview.measure_id)
    if locality_id:
        query = query.where(HqReview.locality_id == locality_id)
    for row, lineage in session.execute(_ordered(query)):
        entry = entry_of(row)
        yield entry, (lineage if entry.kind == ReviewKind.MEASURE else entry.item_id), \
            row.locality_id


def item_states(session: Session, locality_id: str | None) -> dict[tuple[str, str], ItemReview]:
    """(kind, key) → state of every reviewed item (of one locality, or all)."""
    grouped: dict[tuple[str, str], list[ReviewEntry]] = {}
    for entry, key, _ in _rows(session, locality_id):
        grouped.setdefault((entry.kind, key), []).append(entry)
    return {k: state for k, rows in grouped.items() if (state := fold(*k, rows)) is not None}


def _labels(session: Session, ids: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    from obecdesk.core.indicators.periods import parse_period

    labels: dict[tuple[str, str], str] = {}
    if ids.get(ReviewKind.VALUE):
        for vid, name, period in session.execute(
                select(IndicatorValue.id, Indicator.name, IndicatorValue.period)
                .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
                .where(IndicatorValue.id.in_(ids[ReviewKind.VALUE]))):
            labels[(ReviewKind.VALUE, vid)] = f"{name}, {parse_period(period).label}"
    if ids.get(ReviewKind.PROJECT):
        for pid, title in session.execute(select(Project.id, Project.title).where(
                Project.id.in_(ids[ReviewKind.PROJECT]))):
            labels[(ReviewKind.PROJECT, pid)] = title
    if ids.get(ReviewKind.MEASURE):
        for mid, title in session.execute(select(Measure.id, Measure.title).where(
                Measure.id.in_(ids[ReviewKind.MEASURE]))):
            labels[(ReviewKind.MEASURE, mid)] = title
    return labels


def item_label(session: Session, kind: str, item_id: str) -> str:
    """What the item is, in words (its id when it is gone)."""
    return _labels(session, {kind: {item_id}}).get((kind, item_id), item_id)


def review_notes(session: Session, locality_id: str | None = None, *,
                 open_only: bool = False) -> list[ReviewNote]:
    """The reviewed items: returned first, then corrected, commented and approved; the newest
    first within each state."""
    grouped: dict[tuple[str, str], list[ReviewEntry]] = {}
    where: dict[tuple[str, str], str] = {}
    for entry, key, locality in _rows(session, locality_id):
        grouped.setdefault((entry.kind, key), []).append(entry)
        where[(entry.kind, key)] = locality
    ids: dict[str, set[str]] = {}
    for (kind, _), rows in grouped.items():
        ids.setdefault(kind, set()).add(rows[-1].item_id)
    labels = _labels(session, ids)
    names = dict(session.execute(select(Locality.id, Locality.name).where(
        Locality.id.in_(set(where.values())))).all())
    notes = []
    for (kind, key), rows in grouped.items():
        state = fold(kind, key, rows)
        if state is None or (open_only and not state.open):
            continue
        item_id = rows[-1].item_id
        notes.append(ReviewNote(state, where[(kind, key)], names.get(where[(kind, key)], ""),
                                labels.get((kind, item_id), item_id), item_id))
    notes.sort(key=lambda n: n.review.created_at, reverse=True)
    notes.sort(key=lambda n: URGENCY.index(ReviewState(n.review.state)))
    return notes
