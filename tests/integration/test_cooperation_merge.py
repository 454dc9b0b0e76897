"""Two replicas filling in the same locality's intake while apart land on one cooperation and
one row per condition; a field both wrote is decided by the merge and the loser is logged."""

from __future__ import annotations

import datetime as dt

from sync_support import conflict_values, dump, exchange, open_replicas

from obecdesk.core.cooperation.service import CooperationService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.sync.conflict_review import ConflictReview


def test_intakes_made_apart_converge_on_the_same_rows(tmp_path, monkeypatch):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Horní Lhota", mode="acute",
                                                 start_date=dt.date(2026, 9, 1)))
    exchange(a, b)
    first, second = CooperationService(a), CooperationService(b)
    data = first.frame(loc.id).data
    data.situation = "Napětí kolem ubytovny."
    data.conditions[0].met, data.conditions[0].note = True, "Tajemník má čas."
    first.save(loc.id, data)
    other = second.frame(loc.id).data
    other.agreed_on, other.decision = dt.date(2026, 9, 10), "accepted"
    other.conditions[0].note = "Starostka má čas."
    other.conditions[4].met = False
    second.save(loc.id, other)
    exchange(a, b)
    exchange(b, a)
    assert dump(a) == dump(b)
    merged = first.frame(loc.id)
    assert len(dump(a)["cooperations"]) == 1
    assert len(dump(a)["cooperation_conditions"]) == 2  # capacity and open, once each
    # both created the intake: every field was written on both sides, one value of each wins
    # and what lost waits in the conflict log (Konflikty) instead of vanishing
    logged = {(c[1], c[2], c[3]) for c in conflict_values(a) + conflict_values(b)}
    for field, value in (("situation", "Napětí kolem ubytovny."),
                         ("agreed_on", "2026-09-10")):
        kept = getattr(merged.data, field)
        kept = kept.isoformat() if isinstance(kept, dt.date) else kept
        assert kept == value or any(f == field and value in (k, lo) for f, k, lo in logged)
    notes = {"Tajemník má čas.", "Starostka má čas."}
    assert merged.data.conditions[0].note in notes
    assert any(f == "note" and {k, lo} == notes for f, k, lo in logged)
    assert merged.data.conditions[4].met is False  # written on one side only
    # the conflict review names the record, its kind and the field in Czech
    entries = ConflictReview(a).list() + ConflictReview(b).list()
    note = next(e for e in entries if e.table == "cooperation_conditions" and e.field == "note")
    assert (note.kind_label, note.field_label) == ("Podmínky spolupráce", "Poznámka")
    assert note.record.startswith("Dostatečné kapacity")
    frame = next(e for e in entries if e.table == "cooperations")
    assert (frame.kind_label, frame.record) == ("Žádosti o spolupráci", "Horní Lhota")


def test_a_later_edit_of_a_merged_intake_is_no_conflict(tmp_path, monkeypatch):
    a, b = open_replicas(tmp_path, monkeypatch, 2)
    loc = LocalityService(a).create(LocalityData(name="Lhota", mode="systematic",
                                                 start_date=dt.date(2026, 9, 1)))
    first = CooperationService(a)
    data = first.frame(loc.id).data
    data.situation = "Obec žádá o podporu."
    first.save(loc.id, data)
    exchange(a, b)
    second = CooperationService(b)
    before = second.frame(loc.id).data
    edited = second.frame(loc.id).data
    edited.decision, edited.agreed_on = "accepted", dt.date(2026, 9, 20)
    second.save(loc.id, edited, before=before)
    exchange(b, a)
    merged = first.frame(loc.id)
    assert merged.data.situation == "Obec žádá o podporu."
    assert merged.planned_end == dt.date(2027, 9, 19)
    assert conflict_values(a) == [] and dump(a) == dump(b)
