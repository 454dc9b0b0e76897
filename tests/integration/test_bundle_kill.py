"""A bundle import killed at any step (SIGKILL: a crash, a flat battery) applies all of the bundle
or none of it, and the store opens and passes its check afterwards. See ``kill_driver.py``."""

from __future__ import annotations

from test_migration_kill import survey_and_kill

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store import open_store
from obecdesk.store.models import Actor
from obecdesk.sync.bundles import export_bundle
from obecdesk.sync.peers import import_card, own_card, set_role

ACTORS = 150


def _template(template, field_dir, monkeypatch) -> None:
    """An HQ store, and a full bundle from a field laptop with one locality of actors."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(template / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(template / "userdata"))
    hq, field = open_store(data_dir=template / "hq"), open_store(data_dir=field_dir)
    try:
        set_role(hq, role="hq", name="Centrála")
        set_role(field, role="field", name="Laptop")
        import_card(field, own_card(hq))
        locality = LocalityService(field).create(LocalityData("Horní Lhota")).id
        with field.unit_of_work() as session:
            for i in range(ACTORS):
                session.add(Actor(locality_id=locality, kind="person", name=f"Osoba Číslo{i}",
                                  email=f"osoba{i}@example.cz", tags=["škola"]))
        export_bundle(field, full=True, out=template / "incoming.obecbundle")
        (template / "sender.txt").write_text(own_card(field).keys.fingerprint)
    finally:
        hq.dispose()
        field.dispose()


def test_a_bundle_import_killed_at_any_step_applies_all_of_it_or_none(tmp_path, monkeypatch):
    template = tmp_path / "template"
    _template(template, tmp_path / "field", monkeypatch)
    reference, records = survey_and_kill("bundle", template, tmp_path / "runs")
    assert reference["raw"]["counts"]["actors"] == ACTORS  # the survey imported it all
    assert len(records) >= 3
    for record in records:
        where = f"killed before step {record['n']}"
        assert record["outcome"] == "killed", where
        assert record["opened"]["error"] is None, f"{where}: {record['opened']['error']}"
        assert record["opened"]["problems"] == [], where
        assert (record["after"]["localities"], record["after"]["actors"]) in (
            (0, 0), (1, ACTORS)), where
    steps = reference["steps"]
    insert = next(i for i, step in enumerate(steps, 1) if step.startswith("INSERT INTO actors"))
    commit = max(i for i, step in enumerate(steps, 1) if step == "COMMIT")
    assert any(insert < r["n"] <= commit for r in records)  # kills inside the merge
