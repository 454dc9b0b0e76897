"""Mediation notes stay on the laptop: real bundles between two field laptops and HQ.

The confidential note's text is looked for in the decrypted payload each recipient reads and in
the recipients' database files; the shareable note and the case's result must be there.
"""

from __future__ import annotations

import datetime as dt

from bundle_support import decrypted_payload, field_and_hq, receive, send
from sqlalchemy import select

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.mediation.cases import CaseData, MediationService, PartyData
from obecdesk.core.mediation.notes import MediationNotes
from obecdesk.store.models import MediationNote
from obecdesk.sync.peers import share_locality

SECRET = "Paní Jandová přiznala, že petici psal hlavně její zeť"
SHARED = "Obě strany souhlasí se společnou procházkou Tovární ulicí"
AGREEMENT = "Provozovatel ubytovny zajistí noční klid po 22. hodině"


def _on_disk(store) -> bytes:
    """The database file and its write-ahead log, as a thief of the laptop would read them."""
    path = store.database_path
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _exchange(source, target, folder) -> bytes:
    path = send(source, target, folder)
    payload = decrypted_payload(path, target)
    receive(target, path, source)
    return payload


def test_a_local_note_never_travels_a_shared_one_and_the_result_do(tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    loc = LocalityService(one).create(LocalityData(name="Lipová u Ohře")).id
    cases = MediationService(one)
    case = cases.create_case(loc, CaseData("Petiční výbor × obyvatelé ubytovny",
                                           opened_on=dt.date(2026, 10, 1)),
                             [PartyData("Petiční výbor"), PartyData("Obyvatelé ubytovny")])
    notes = MediationNotes(one)
    secret = notes.add(case, SECRET, written_on=dt.date(2026, 10, 2))
    shared = notes.add(case, "Návrh: " + SHARED, written_on=dt.date(2026, 10, 3))
    notes.set_shared(shared, True)
    cases.update_case(case, CaseData("Petiční výbor × obyvatelé ubytovny",
                                     opened_on=dt.date(2026, 10, 1),
                                     closed_on=dt.date(2026, 11, 5), result="partial",
                                     agreement_text=AGREEMENT))

    payload = _exchange(one, hq, tmp_path).decode()
    assert SECRET not in payload
    assert SHARED in payload and AGREEMENT in payload and "partial" in payload
    assert SECRET.encode() not in _on_disk(hq) and SHARED.encode() in _on_disk(hq)
    at_hq = {n.id: n for n in MediationNotes(hq).of_case(case)}
    assert at_hq[secret].text == "" and not at_hq[secret].readable
    assert at_hq[shared].text == "Návrh: " + SHARED and at_hq[shared].readable
    assert MediationService(hq).case(case).data.result == "partial"

    _exchange(two, hq, tmp_path)  # HQ learns of the second laptop
    share_locality(hq, loc, two.replica_id)
    payload = _exchange(hq, two, tmp_path).decode()
    assert SECRET not in payload and SHARED in payload
    # the colleague writes a confidential note of their own and closes the case differently
    theirs = MediationNotes(two).add(case, "Horváth se bojí mluvit před sousedy")
    MediationService(two).update_case(case, CaseData(
        "Petiční výbor × obyvatelé ubytovny", opened_on=dt.date(2026, 10, 1),
        closed_on=dt.date(2026, 11, 6), result="partial", agreement_text=AGREEMENT + " a více."))
    assert "Horváth" not in _exchange(two, hq, tmp_path).decode()
    _exchange(hq, one, tmp_path)

    back = {n.id: n for n in MediationNotes(one).of_case(case)}
    assert back[secret].text == SECRET  # untouched by the import
    assert back[theirs].text == "" and not back[theirs].readable
    assert MediationService(one).case(case).data.closed_on == dt.date(2026, 11, 6)
    assert "Horváth se bojí".encode() not in _on_disk(one)
    assert SECRET.encode() in _on_disk(one)


def test_taking_back_the_share_blanks_the_copy_on_the_other_side(tmp_path, monkeypatch):
    (one,), hq = field_and_hq(tmp_path, monkeypatch)
    loc = LocalityService(one).create(LocalityData(name="Lipová u Ohře")).id
    case = MediationService(one).create_case(loc, CaseData("Spor o hřiště"))
    notes = MediationNotes(one)
    note = notes.add(case, SHARED, shared=True)
    _exchange(one, hq, tmp_path)
    assert MediationNotes(hq).of_case(case)[0].text == SHARED
    notes.set_shared(note, False)
    payload = _exchange(one, hq, tmp_path).decode()
    assert SHARED not in payload
    assert MediationNotes(hq).of_case(case)[0].readable is False
    assert notes.of_case(case)[0].text == SHARED  # still here, local again


def test_a_case_deleted_elsewhere_takes_the_local_note_texts_here_along(tmp_path, monkeypatch):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    loc = LocalityService(one).create(LocalityData(name="Lipová u Ohře")).id
    case = MediationService(one).create_case(loc, CaseData("Spor o hřiště"))
    _exchange(one, hq, tmp_path)
    _exchange(two, hq, tmp_path)
    share_locality(hq, loc, two.replica_id)
    _exchange(hq, two, tmp_path)
    MediationNotes(two).add(case, SECRET)  # the colleague's confidential note
    _exchange(two, hq, tmp_path)
    _exchange(hq, one, tmp_path)
    MediationService(one).remove_case(case)  # deleted on the first laptop
    _exchange(one, hq, tmp_path)
    _exchange(hq, two, tmp_path)
    assert MediationService(two).cases(loc) == []
    with two.reading() as session:
        texts = session.scalars(select(MediationNote.text)).all()
    assert texts and SECRET not in texts  # the tombstone keeps no text
