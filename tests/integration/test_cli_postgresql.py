"""HQ on PostgreSQL through the command line: the demo, a field laptop's bundle imported (twice),
the overview, the results and indicator reports and the minutes search — the same answers as
an SQLite store gives."""

from __future__ import annotations

import json

from pdf_tools import pdf_text
from test_cli_bundles import edit, fingerprint, ok, run

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService


def hits(output: str) -> set[str]:
    """The hits a search printed (a heading line and a marked snippet each); the order of equal
    hits may differ, as the two engines rank a little differently."""
    lines = output.splitlines()
    return {f"{head}\n{snippet}" for head, snippet in zip(lines[::2], lines[1::2], strict=True)
            if "[" in snippet}


def test_hq_on_postgresql_imports_a_bundle_and_reports_as_sqlite_does(pg_server, tmp_path,
                                                                       capsys):
    hq = ("--database-url", pg_server.new_database(migrated=False))  # migrated by the CLI
    local = ("--data-dir", tmp_path / "sqlite-hq")
    laptop = ("--data-dir", tmp_path / "laptop")
    for store in (hq, local):
        ok(capsys, *store, "demo")
    ok(capsys, *hq, "init", "--role", "hq", "--name", "Centrála")
    ok(capsys, *hq, "keys", "export-card", "--out", tmp_path / "hq.card")
    ok(capsys, *laptop, "init", "--role", "field", "--name", "Laptop")
    ok(capsys, *laptop, "keys", "import-card", tmp_path / "hq.card")
    edit(tmp_path / "laptop", lambda s: ActorService(s).create(
        LocalityService(s).create(LocalityData(name="Horní Lhota")).id,
        ActorData(name="Marie Šťastná", role="ředitelka")))
    bundle = tmp_path / "up.obecbundle"
    ok(capsys, *laptop, "bundle", "export", "--to-hq", "--out", bundle)
    imported = ok(capsys, *hq, "bundle", "import", bundle, "--accept-new-sender",
                  fingerprint(capsys, tmp_path / "laptop"))
    assert "načten" in imported
    before = json.loads(ok(capsys, *hq, "stats", "--json"))
    assert run(capsys, *hq, "bundle", "import", bundle)[0] == 0  # already imported: no-op
    assert json.loads(ok(capsys, *hq, "stats", "--json")) == before
    assert "Horní Lhota" in ok(capsys, *hq, "list", "localities")
    assert "Marie Šťastná" in ok(capsys, *hq, "list", "actors")

    overview = ok(capsys, *hq, "overview")
    assert "Dolní Bránice" in overview and "Horní Lhota" in overview
    reports = {}
    for name, store in (("pg", hq), ("sqlite", local)):
        out, pdf = tmp_path / f"{name}.json", tmp_path / f"{name}.pdf"
        ok(capsys, *store, "report", "results", "--locality", "Dolní Bránice", "--out", pdf,
           "--json", out)
        reports[name] = json.loads(out.read_text(encoding="utf-8"))
        assert "Dolní Bránice" in pdf_text(pdf)
        ok(capsys, *store, "report", "indicators", "--locality", "Dolní Bránice",
           "--out", tmp_path / f"{name}-indicators.pdf")
    assert reports["pg"] == reports["sqlite"]
    assert reports["pg"]["totals"]["money_obtained_czk"] > 0
    for words in ("byty", "pravidla pridelovani", "PS-B"):
        found = hits(ok(capsys, *hq, "search-minutes", words))
        assert found == hits(ok(capsys, *local, "search-minutes", words)) and found
    assert "v pořádku" in ok(capsys, *hq, "check")
    code, _out, err = run(capsys, *hq, "backup", "create")
    assert code == 2 and "pg_dump" in err
