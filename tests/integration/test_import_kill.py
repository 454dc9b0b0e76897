"""An import killed at any step (SIGKILL: a crash, a flat battery) leaves all of it or none of it,
and the store opens and passes its check afterwards. See ``kill_driver.py``."""

from __future__ import annotations

from test_migration_kill import survey_and_kill

from obecdesk.store.paths import DB_FILENAME

ROWS = 400


def test_an_import_killed_at_any_step_adds_all_its_actors_or_none(tmp_path, demo_dir):
    template = demo_dir
    lines = [f"Osoba{i} Příjmení{i};Spolek číslo {i};osoba{i}@example.cz" for i in range(ROWS)]
    (template / "import.csv").write_text("Jméno;Organizace;E-mail\n" + "\n".join(lines) + "\n",
                                         encoding="utf-8")
    assert (template / DB_FILENAME).exists()
    reference, records = survey_and_kill("import", template, tmp_path / "runs")
    after = reference["raw"]["counts"]["actors"]
    before = after - ROWS
    assert len(records) >= 3
    for record in records:
        where = f"killed before step {record['n']}"
        assert record["outcome"] == "killed", where
        assert record["opened"]["error"] is None, f"{where}: {record['opened']['error']}"
        assert record["opened"]["problems"] == [], where
        assert record["after"]["actors"] in (before, after), where
    steps = reference["steps"]
    insert = next(i for i, step in enumerate(steps, 1) if step.startswith("INSERT INTO actors"))
    commit = max(i for i, step in enumerate(steps, 1) if step == "COMMIT")
    # some kills land after rows were sent and before the commit: the torn-import case
    assert any(insert < r["n"] <= commit for r in records)
