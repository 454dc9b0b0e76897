"""Composition check of a working group against the seed 001 catalog."""

from __future__ import annotations

import json

import pytest

from obecdesk.catalog.composition import CatalogError, default_catalog_path
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyData, BodyService
from obecdesk.core.stakeholders.composition import CompositionService, fills_seat, load_catalog
from obecdesk.core.vocabulary.stakeholders import Sector


def housing_group(store, locality_id):
    return next(b for b in BodyService(store).list(locality_id) if b.code == "PS-B")


def test_catalog_lists_seed_001_with_czech_and_english_labels():
    entries = load_catalog()
    codes = {e.code for e in entries}
    assert {"councillor", "ospod", "youth_curator", "adult_curator", "property_department",
            "finance_department", "commissions", "housing_stock_manager",
            "labour_office_benefits", "ngo_services", "residential_services", "target_group",
            "city_architect", "municipal_police"} <= codes
    assert all(e.label_cs and e.label_en for e in entries)
    assert next(e for e in entries if e.code == "ospod").label("en").endswith("(OSPOD)")


def test_housing_group_shows_covered_missing_and_who(demo_store, demo_locality_id):
    report = CompositionService(demo_store).check(housing_group(demo_store, demo_locality_id).id)
    seats = {s.entry.code: s for s in report.seats}
    assert [m.name for m in seats["councillor"].members] == ["Mgr. Jana Šimková"]
    assert [m.name for m in seats["labour_office_benefits"].members] == ["Mgr. Hana Veselá"]
    assert seats["target_group"].covered
    missing = {s.entry.code for s in report.missing}
    assert {"ospod", "city_architect", "municipal_police", "finance_department"} <= missing
    assert report.has_decision_power
    assert not report.lacks_target_group


def test_adding_the_missing_member_covers_the_seat(demo_store, demo_locality_id):
    group = housing_group(demo_store, demo_locality_id)
    architect = ActorService(demo_store).create(demo_locality_id, ActorData(
        name="Ing. arch. Petr Dvořák", sector=Sector.PUBLIC_ADMINISTRATION,
        role="Městský architekt"))
    service = CompositionService(demo_store)
    BodyService(demo_store).add_member(group.id, architect.id)
    seats = {s.entry.code: s for s in service.check(group.id).seats}
    assert [m.name for m in seats["city_architect"].members] == ["Ing. arch. Petr Dvořák"]


def test_body_without_target_group_or_decision_power_is_flagged(demo_store, demo_locality_id):
    bodies, actors = BodyService(demo_store), ActorService(demo_store)
    group = bodies.create(demo_locality_id, BodyData(name="PS Bezpečnost"))
    officer = actors.create(demo_locality_id, ActorData(
        name="Jan Strážný", sector=Sector.POLICE, role="strážník městské policie"))
    bodies.add_member(group.id, officer.id)
    service = CompositionService(demo_store)
    report = service.check(group.id)
    assert report.lacks_target_group
    assert not report.has_decision_power
    assert {s.entry.code for s in report.covered} == {"municipal_police"}
    assert group.id in service.bodies_without_target_group(demo_locality_id)
    data = report.as_dict()
    assert data["lacks_target_group"] and not data["has_decision_power"]


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "poškozený"),
    (json.dumps({"format": "something-else", "entries": []}), "není katalog"),
    (json.dumps({"format": "obecdesk-composition", "entries": []}), "žádné položky"),
    (json.dumps({"format": "obecdesk-composition",
                 "entries": [{"code": "x", "label_cs": "X", "sectors": ["aliens"]}]}),
     "neznámý sektor"),
    (json.dumps({"format": "obecdesk-composition", "entries": [{"code": "x"}]}), "label_cs"),
])
def test_broken_catalog_gives_a_czech_error(tmp_path, content, message):
    path = tmp_path / "composition.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_catalog(path)


def test_missing_catalog_file_is_named(tmp_path):
    with pytest.raises(CatalogError, match="neexistuje"):
        load_catalog(tmp_path / "nope.json")


def test_edited_catalog_is_used(tmp_path, demo_store, demo_locality_id):
    data = json.loads(default_catalog_path().read_text(encoding="utf-8"))
    data["entries"] = [{"code": "priest", "label_cs": "Farář", "label_en": "Priest",
                        "obligatory": True, "sectors": ["church"], "roles": []}]
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    group = housing_group(demo_store, demo_locality_id)
    report = CompositionService(demo_store, catalog_path=path).check(group.id)
    assert [s.entry.code for s in report.missing] == ["priest"]


def test_a_persons_surname_never_fills_a_seat(demo_store):
    """Mgr. Eva Křížová (counselling) must not count as crisis housing ("krizov…")."""
    from obecdesk.core.localities import LocalityService
    from obecdesk.core.stakeholders.bodies import BodyService
    from obecdesk.core.stakeholders.composition import CompositionService

    locality = LocalityService(demo_store).list()[0]
    body = next(b for b in BodyService(demo_store).list(locality.id) if b.code == "PS-V")
    report = CompositionService(demo_store).check(body.id)
    residential = [s for s in report.seats if "Pobytov" in s.entry.label_cs]
    assert residential and not residential[0].members


def _seat(code: str):
    return next(e for e in load_catalog() if e.code == code)


@pytest.mark.parametrize(("code", "sector", "text"), [
    ("finance_department", Sector.PUBLIC_ADMINISTRATION, "ředitel Finanční úřad pro Ústecký kraj"),
    ("strategy_department", Sector.PUBLIC_ADMINISTRATION,
     "referentka Krajský úřad – odbor regionálního rozvoje"),
    ("ngo_services", Sector.NGO, "člen poradního sboru"),
    ("ngo_services", Sector.NGO, "Spolek Sasanka"),
    ("ngo_services", Sector.OTHER, "Spolek Sasanka, SAS"),
    ("residential_services", Sector.NGO, "Zdeňka Skrizovska"),  # no crisis word at a word start
])
def test_reviewers_false_positives_fill_no_seat(code, sector, text):
    assert not fills_seat(_seat(code), sector=sector, text=text)


@pytest.mark.parametrize(("code", "sector", "text"), [
    ("finance_department", Sector.PUBLIC_ADMINISTRATION, "vedoucí finančního odboru"),
    ("strategy_department", Sector.PUBLIC_ADMINISTRATION, "odbor rozvoje a strategií města"),
    ("ngo_services", Sector.NGO, "sociální pracovnice SAS pro rodiny"),
    ("ngo_services", Sector.NGO, "vedoucí dluhové poradny"),
    ("ngo_services", Sector.SOCIAL_SERVICES, "Spolek Sasanka"),  # the sector says so
    ("ospod", Sector.PUBLIC_ADMINISTRATION, "pracovnice OSPOD"),
])
def test_keywords_still_match_at_word_starts(code, sector, text):
    assert fills_seat(_seat(code), sector=sector, text=text)
