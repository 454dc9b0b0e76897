"""What a field laptop's SQLite holds arrives at an HQ on PostgreSQL: SQLite keeps 64-bit integers
and strings of any length where PostgreSQL's INTEGER and VARCHAR(n) would refuse them."""

from __future__ import annotations

import datetime as dt
import random
import string
from decimal import Decimal

from bundle_support import receive, send
from pdf_tools import pdf_text
from sqlalchemy import select

from obecdesk.core.indicators.plans import MeasureData, PlanService
from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.results import results
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.reports.results_report import write_results_report
from obecdesk.store import open_store
from obecdesk.store.models import Actor, Measure, Project
from obecdesk.sync.peers import import_card, own_card, set_role

EU_PROJECT = 50_000_000_50  # 50,000,000.50 Kč in haléře: beyond a 32-bit INTEGER
BUDGET = 21_474_836_48  # one haléř beyond 2**31 - 1
#: 2,009 characters no form caps, varied (a repeated phrase would compress into any index)
LONG = "Žluťoučký " + " ".join(
    "".join(random.Random(n).choices(string.ascii_lowercase + "ěščřžýáíé", k=9))
    for n in range(200))


def _laptop_and_hq(tmp_path, monkeypatch, pg_server):
    """A field laptop on SQLite and HQ on PostgreSQL, each its own installation."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "installation-laptop"))
    field = open_store(data_dir=tmp_path / "laptop")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "installation-hq"))
    url = pg_server.new_database()
    hq = open_store(url, data_dir=tmp_path / "hq")
    assert (field.engine.dialect.name, hq.engine.dialect.name) == ("sqlite", "postgresql")
    set_role(hq, role="hq", name="Centrála")
    set_role(field, role="field", name="Laptop 1")
    import_card(field, own_card(hq))
    return field, hq, url


def test_millions_of_crowns_from_a_laptop_reach_the_results_at_a_postgresql_hq(
        tmp_path, monkeypatch, pg_server):
    field, hq, url = _laptop_and_hq(tmp_path, monkeypatch, pg_server)
    try:
        town = LocalityService(field).create(LocalityData("Horní Lhota")).id
        plans = PlanService(field)
        area = plans.add_area(plans.create_plan(locality_id=town, title="Plán"), "Bydlení")
        measure = plans.add_measure(area, MeasureData("Sociální bydlení", budget_hal=BUDGET))
        projects = ProjectService(field)
        for title, status, approved in (("IROP", "approved", EU_PROJECT),
                                        ("OP Z+", "finished", EU_PROJECT),
                                        ("podaný", "submitted", None)):
            projects.create(town, ProjectData(title, status=status, requested_hal=EU_PROJECT,
                                              approved_hal=approved,
                                              submitted_on=dt.date(2025, 3, 1)))
        receive(hq, send(field, hq, tmp_path), field)

        with hq.reading() as session:
            assert session.scalar(select(Measure.budget_hal).where(Measure.id == measure)) \
                == BUDGET
            assert set(session.scalars(select(Project.requested_hal))) == {EU_PROJECT}
        totals = results(hq).totals
        assert totals["money_obtained_czk"] == Decimal("100000001.00")
        assert totals["money_in_evaluation_czk"] == Decimal("50000000.50")
        assert totals["projects_approved"] == 2
        text = pdf_text(write_results_report(results(hq), tmp_path / "výsledky.pdf"))
        assert "100 000 001" in text.replace("\xa0", " ")
    finally:
        field.dispose()
        hq.dispose()
        pg_server.drop_database(url)


def test_an_actor_with_texts_longer_than_the_columns_say_reaches_a_postgresql_hq(
        tmp_path, monkeypatch, pg_server):
    field, hq, url = _laptop_and_hq(tmp_path, monkeypatch, pg_server)
    try:
        town = LocalityService(field).create(LocalityData("Horní Lhota")).id
        actor = ActorService(field).create(town, ActorData(
            name=LONG[:199], address=LONG, phone=LONG, purpose=LONG, legal_basis=LONG,
            notes=LONG, email="tereza@example.cz", tags=["zastupitelka"]))
        plans = PlanService(field)
        area = plans.add_area(plans.create_plan(locality_id=town, title=LONG), LONG)
        measure = plans.add_measure(area, MeasureData(LONG, responsible_name=LONG))
        with field.reading() as session:
            title = session.get(Measure, measure).title
        result = receive(hq, send(field, hq, tmp_path), field)
        assert result.applied > 0

        with hq.reading() as session:
            held = session.get(Actor, actor.id)
            assert held.name == LONG[:199].strip()  # the form's one cap
            assert (held.address, held.phone, held.purpose, held.legal_basis) == (LONG,) * 4
            assert session.get(Measure, measure).title == title and len(title) >= 2000
        # the long name is found and listed like any other
        listed = ActorService(hq).list(ActorFilter(town, search="zlutoucky"))
        assert [a.id for a in listed] == [actor.id]
    finally:
        field.dispose()
        hq.dispose()
        pg_server.drop_database(url)


def _varied(words: int, seed: int) -> str:
    return " ".join("".join(random.Random(seed * 1000 + n).choices(
        string.ascii_lowercase + "ěščřžýáíé", k=9)) for n in range(words))


def test_an_actor_with_a_long_organisation_role_email_and_tags_reaches_a_postgresql_hq(
        tmp_path, monkeypatch, pg_server):
    """The actor list's indexes once held these texts whole; PostgreSQL's b-tree refuses an
    entry over 2,704 bytes, so the laptop's bundle failed at HQ."""
    field, hq, url = _laptop_and_hq(tmp_path, monkeypatch, pg_server)
    organisation = ("Sdružení " + _varied(300, 1))[:3000]
    role = _varied(120, 2)
    email = _varied(120, 3).replace(" ", ".") + "@example.cz"
    tags = [_varied(3, 10 + n) for n in range(60)]
    try:
        town = LocalityService(field).create(LocalityData("Horní Lhota")).id
        actor = ActorService(field).create(town, ActorData(
            name="Mgr. Tereza Šťastná", kind="person", organisation_name=organisation,
            role=role, email=email, tags=tags))
        with field.reading() as session:
            assert len(session.get(Actor, actor.id).search_text) > 5000
        result = receive(hq, send(field, hq, tmp_path), field)
        assert result.applied > 0

        with hq.reading() as session:
            held = session.get(Actor, actor.id)
            assert (held.organisation_name, held.role, held.email) == (organisation, role, email)
            assert sorted(held.tags) == sorted(tags)
        service = ActorService(hq)
        for search in ("stastna", "sdruzeni", role.split()[-1], tags[-1].split()[0]):
            assert [a.id for a in service.list(ActorFilter(town, search=search))] == [actor.id]
    finally:
        field.dispose()
        hq.dispose()
        pg_server.drop_database(url)
