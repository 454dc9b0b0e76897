"""The central office's results across localities: totals, the measure × locality matrix, the
period, and the report that prints them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from pdf_tools import pdf_text

from obecdesk.cli import main
from obecdesk.core.indicators.plan_revision import revise_plan
from obecdesk.core.indicators.plans import MeasureData, PlanService
from obecdesk.core.indicators.projects import ProjectData, ProjectService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.results import results
from obecdesk.errors import UserError
from obecdesk.reports.results_report import write_results_report


@pytest.fixture
def towns(store):
    """Three towns: two with a plan and projects, one with neither."""
    localities, plans, projects = LocalityService(store), PlanService(store), ProjectService(store)
    ids = {name: localities.create(LocalityData(name)).id
           for name in ("Horní Lhota", "Dolní Lhota", "Bez plánu")}
    for name, adopted in (("Horní Lhota", dt.date(2024, 3, 1)), ("Dolní Lhota", None)):
        plan = plans.create_plan(locality_id=ids[name], title="Plán", adopted_on=adopted)
        housing = plans.add_area(plan, "Bydlení", theme="housing")
        plans.add_measure(housing, MeasureData("Prevence ztráty bydlení",
                                               catalog_code="housing_loss_prevention",
                                               status="running"))
        plans.add_measure(housing, MeasureData("Vlastní opatření obce", status="done"))
        plans.add_measure(housing, MeasureData("Sociální firma", catalog_code="social_enterprise",
                                               status="planned"))  # not running: not listed
    hl = ids["Horní Lhota"]
    for title, status, requested, approved, people, submitted in [
            ("nápad", "idea", None, None, None, None),
            ("podaný", "submitted", 2_000_000_00, None, None, dt.date(2025, 5, 1)),
            ("schválený", "approved", 1_500_000_00, 1_200_000_50, 12, dt.date(2024, 6, 1)),
            ("stažený", "withdrawn", 10_00, None, None, dt.date(2025, 1, 1))]:
        projects.create(hl, ProjectData(title, status=status, requested_hal=requested,
                                        approved_hal=approved, people_supported=people,
                                        submitted_on=submitted))
    projects.create(ids["Dolní Lhota"], ProjectData(
        "dva cíle", status="finished", requested_hal=300_000_00, approved_hal=250_000_00,
        people_supported=40, submitted_on=dt.date(2025, 2, 1)))
    return ids


@pytest.mark.backends
def test_totals_and_the_matrix_across_localities(store, towns):
    data = results(store)
    assert data.totals == {
        "localities": 3, "strategies_adopted": 1, "projects_prepared": 4,
        "projects_submitted": 3, "projects_approved": 2,
        "money_obtained_czk": Decimal("1450000.50"), "money_in_evaluation_czk": Decimal("2000000"),
        "people_supported": 52}
    [(area, measures)] = data.measures.items()
    assert area == "Bydlení"
    assert measures["Vlastní opatření obce"] == ["Dolní Lhota", "Horní Lhota"]
    assert "Sociální firma" not in measures and len(measures) == 2
    assert [loc.name for loc in data.localities] == ["Bez plánu", "Dolní Lhota", "Horní Lhota"]


@pytest.mark.backends
def test_a_period_and_a_choice_of_localities_narrow_the_count(store, towns):
    data = results(store, localities=["Horní Lhota"], date_from=dt.date(2025, 1, 1),
                   date_to=dt.date(2025, 12, 31))
    assert data.totals["localities"] == 1
    assert data.totals["projects_prepared"] == 2  # the submitted and the withdrawn one of 2025
    assert data.totals["money_obtained_czk"] == 0
    with pytest.raises(UserError, match="neexistuje"):
        results(store, localities=["Atlantida"])


@pytest.mark.backends
def test_a_revised_plan_counts_once(store, towns):
    plans = PlanService(store)
    revise_plan(store, plans.current_plan(towns["Horní Lhota"]).id)
    measures = results(store).measures["Bydlení"]
    assert measures["Vlastní opatření obce"] == ["Dolní Lhota", "Horní Lhota"]


def test_the_report_and_its_json_through_the_command_line(tmp_path, demo_dir, capsys):
    data = str(demo_dir)
    pdf, out = tmp_path / "výsledky.pdf", tmp_path / "r.json"
    assert main(["--data-dir", data, "report", "results", "--out", str(pdf),
                 "--json", str(out)]) == 0
    shaped = json.loads(out.read_text(encoding="utf-8"))
    text = pdf_text(pdf)
    money = shaped["totals"]["money_obtained_czk"]
    assert money > 0 and "Kč" in text and "Dolní Bránice" in text
    assert "Opatření podle oblastí" in text and "Získané prostředky" in text
    assert all(isinstance(towns, list) for area in shaped["measures"].values()
               for towns in area.values())
    assert main(["--data-dir", data, "report", "indicators", "--locality", "Dolní Bránice",
                 "--locality", "Lipová nad Ohří", "--out", str(tmp_path / "x.pdf")]) == 2


@pytest.mark.backends
def test_the_report_keeps_czech_letters(store, towns, tmp_path):
    path = write_results_report(results(store), tmp_path / "r.pdf")
    text = pdf_text(path)
    for word in ("Přijaté strategie", "Získané prostředky", "Horní Lhota", "Připraveno"):
        assert word in text
