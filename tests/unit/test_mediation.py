"""Mediation cases and their notes on a real store: the rules a coordinator meets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.mediation.cases import CaseData, MediationService, PartyData, SessionData
from obecdesk.core.mediation.notes import MediationNotes
from obecdesk.errors import ValidationError
from obecdesk.store.models import FieldVersion, MediationNote
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.field_changes import changes_since


@pytest.fixture
def case(store):
    loc = LocalityService(store).create(LocalityData(name="Lipová u Ohře")).id
    return MediationService(store).create_case(
        loc, CaseData("Spor o hřiště", opened_on=dt.date(2026, 10, 1)),
        [PartyData("Rodiče"), PartyData("Senioři z domu s pečovatelskou službou")])


def test_an_agreement_must_be_written_down_and_cannot_end_before_it_began(store, case):
    cases = MediationService(store)
    with pytest.raises(ValidationError, match="musí mít zapsané znění"):
        cases.update_case(case, CaseData("Spor o hřiště", result="partial"))
    with pytest.raises(ValidationError, match="dřív, než začala"):
        cases.update_case(case, CaseData("Spor o hřiště", opened_on=dt.date(2026, 10, 1),
                                         closed_on=dt.date(2026, 9, 1)))
    with pytest.raises(ValidationError, match="název"):
        cases.update_case(case, CaseData("  "))
    assert cases.case(case).data.result == "open"  # refusals changed nothing
    cases.update_case(case, CaseData("Spor o hřiště", result="none"))
    assert cases.case(case).data.result == "none"


def test_parties_and_sessions_belong_to_their_case(store, case):
    cases = MediationService(store)
    cases.add_session(case, SessionData(dt.date(2026, 10, 20), "obě strany", "bez shody"))
    first = cases.add_session(case, SessionData(dt.date(2026, 10, 8), "rodiče", "pravidla"))
    info = cases.case(case)
    assert [p.data.name for p in info.parties] == ["Rodiče",
                                                    "Senioři z domu s pečovatelskou službou"]
    assert [s.data.date.day for s in info.sessions] == [8, 20]
    cases.remove_session(first)
    assert len(cases.case(case).sessions) == 1
    with pytest.raises(ValidationError, match="datum"):
        cases.add_session(case, SessionData(None))  # type: ignore[arg-type]


def test_a_note_is_local_by_default_and_its_text_gets_no_field_version(store, case):
    notes = MediationNotes(store)
    note = notes.add(case, "Důvěrné: paní K. se bojí mluvit")
    assert notes.of_case(case)[0].shared is False
    assert MediationNote.__sync__.of("text") is Policy.LOCAL
    with store.reading() as session:
        fields = set(session.scalars(select(FieldVersion.field).where(
            FieldVersion.row_id == note)))
    assert "text" not in fields and {"shared", "shared_text", "written_on"} <= fields
    assert not any("paní K." in str(c.value) for c in changes_since(store).changes)

    notes.set_shared(note, True)
    assert any(c.value == "Důvěrné: paní K. se bojí mluvit" for c in changes_since(store).changes)
    notes.edit(note, "Sdílené: obě strany souhlasí")
    assert notes.of_case(case)[0].text == "Sdílené: obě strany souhlasí"
    with pytest.raises(ValidationError, match="prázdná"):
        notes.add(case, "   ")


def test_the_acute_demo_has_a_partial_mediation_with_a_local_and_a_shared_note(demo_store):
    cases = MediationService(demo_store).cases(acute_locality_id())
    assert [c.data.result for c in cases] == ["partial"]
    assert len(cases[0].sessions) == 2 and len(cases[0].parties) == 2
    assert cases[0].data.rules and cases[0].data.agreement_text
    notes = MediationNotes(demo_store).of_case(cases[0].id)
    assert sorted(n.shared for n in notes) == [False, True]


def test_a_change_naming_the_local_column_is_refused_by_bundles_and_the_merge(store, case):
    import time

    from obecdesk.store.hlc import Stamp
    from obecdesk.sync.bundle_format import BundleRefused
    from obecdesk.sync.bundle_validation import parse_record
    from obecdesk.sync.field_changes import FieldChange
    from obecdesk.sync.merge import apply_changes

    note = MediationNotes(store).add(case, "Jen pro mě")
    other = "6f1c2a52-4d0e-4b8e-9a57-0b5d3c1e9a11"
    stamp = str(Stamp(int(time.time() * 1000), 0, other))
    with pytest.raises(BundleRefused, match="mediation_notes.text se nesynchronizuje"):
        parse_record(["mediation_notes", note, "text", "", "Přepsáno", stamp, "", False],
                     int(time.time() * 1000), "test")
    result = apply_changes(store, [FieldChange("mediation_notes", note, "text", "", "Přepsáno",
                                               stamp)], origin=other)
    assert result.applied == 0 and result.quarantined
    assert MediationNotes(store).of_case(case)[0].text == "Jen pro mě"


def test_a_representative_finds_the_party_in_their_data_export(demo_store):
    from obecdesk.core.demo_rows import demo_id
    from obecdesk.core.stakeholders.gdpr import PersonalDataService
    from obecdesk.core.stakeholders.gdpr_export import person_text

    spokeswoman = demo_id("lipova-nad-ohri", "actor", "petice")
    record = PersonalDataService(demo_store).person_record(spokeswoman)
    assert record["mediation_parties"] == [{
        "case": "Petiční výbor × obyvatelé ubytovny v Tovární ulici",
        "party": "Petiční výbor obyvatel Lipové"}]
    assert "  Petiční výbor obyvatel Lipové (Petiční výbor × obyvatelé ubytovny" in \
        person_text(record)
