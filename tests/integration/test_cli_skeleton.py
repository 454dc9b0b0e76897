"""The CLI contract later checks rely on: demo, stats, list, check, clear errors."""

import json
import os
import subprocess
import sys

from obecdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_stats_list_and_check(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "demo")
    assert code == 0 and "nic se nezměnilo" in out

    code, out, _ = run(capsys, "--data-dir", data, "stats", "--json")
    stats = json.loads(out)
    assert code == 0 and stats["localities"] == 2 and stats["actors"] >= 30
    assert stats["meetings"] >= 4 and stats["schema_version"] and len(stats["replica_id"]) == 36

    code, out, _ = run(capsys, "--data-dir", data, "list", "localities", "--json")
    localities = json.loads(out)
    assert [loc["name"] for loc in localities] == ["Dolní Bránice", "Lipová nad Ohří"]
    assert {"id", "name", "region", "start_date"} <= set(localities[0])

    code, out, _ = run(capsys, "--data-dir", data, "list", "meetings", "--json")
    assert code == 0 and all("title" in m and "id" in m for m in json.loads(out))

    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and "v pořádku" in out


def test_list_of_an_unknown_kind_is_a_clear_error(tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "list", "unicorns")
    assert code == 2 and "Neznámý druh záznamu" in err and "Traceback" not in err


def test_a_bad_store_gives_one_clear_line_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "obecdesk", "--database-url", f"sqlite:///{bad}", "stats", "--json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "není databáze" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_data_directory_comes_from_the_environment(tmp_path):
    env = dict(os.environ, OBECDESK_DATA_DIR=str(tmp_path / "from-env"))
    result = subprocess.run([sys.executable, "-m", "obecdesk", "demo"], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-env" / "obecdesk.sqlite").exists()


def test_check_fails_on_a_store_with_broken_references(tmp_path, capsys):
    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    import sqlite3

    with sqlite3.connect(data / "obecdesk.sqlite") as conn:  # foreign keys are off here
        conn.execute("UPDATE actors SET locality_id = 'gone' WHERE rowid = 1")
    code, _out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and "cizí klíče" in err


def test_check_reports_an_old_schema_without_upgrading_it(tmp_path, capsys):
    import sqlite3

    data = tmp_path / "d"
    assert run(capsys, "--data-dir", str(data), "demo")[0] == 0
    with sqlite3.connect(data / "obecdesk.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    code, _out, err = run(capsys, "--data-dir", str(data), "check")
    assert code == 1 and "0002" in err
    assert not (data / "backups").exists()


def test_check_of_a_store_that_does_not_exist_says_so(tmp_path, capsys):
    code, _out, err = run(capsys, "--database-url", f"sqlite:///{tmp_path}/none.sqlite", "check")
    assert code == 2 and "neexistuje" in err
    assert not (tmp_path / "none.sqlite").exists()


def test_a_closed_pipe_ends_the_listing_quietly(tmp_path):
    from obecdesk.core.demo import load_demo
    from obecdesk.store import open_store
    from obecdesk.store.models import Locality

    data = tmp_path / "d"
    store = open_store(data_dir=data)
    load_demo(store)
    with store.unit_of_work() as session:  # far more output than a pipe buffer holds
        session.add_all(Locality(name=f"Obec {n}", notes="x" * 200) for n in range(3000))
    store.dispose()
    shell = (f"set -o pipefail; {sys.executable} -m obecdesk --data-dir {data} "
             "list localities --json | head -n 3")
    result = subprocess.run(shell, shell=True, executable="/bin/bash", capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.splitlines()[0] == "["
    assert '"name": "Dolní Bránice"' in result.stdout


def test_list_filters_every_kind_by_locality_and_names_every_row(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    from obecdesk.core.localities import LocalityData, LocalityService
    from obecdesk.store import open_store

    store = open_store(data_dir=data)
    LocalityService(store).create(LocalityData(name="Prázdná obec"))
    store.dispose()
    for kind in ("memberships", "agenda_items", "attendance", "decisions", "relations"):
        code, out, _ = run(capsys, "--data-dir", data, "list", kind, "--json",
                           "--locality", "Prázdná obec")
        assert code == 0 and json.loads(out) == [], kind
        code, out, _ = run(capsys, "--data-dir", data, "list", kind, "--json",
                           "--locality", "Dolní Bránice")
        rows = json.loads(out)
        assert rows and all(row.get("name") or row.get("title") for row in rows), kind
    code, out, _ = run(capsys, "--data-dir", data, "list", "memberships", "--json")
    assert any(row["name"] == "Ing. Pavel Kučera – Řídicí tým" for row in json.loads(out))


def test_a_relative_data_dir_opens_again_and_stays_the_same_replica(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "--data-dir", "data", "locality", "add", "Horní Lhota", "--region", "Ústecký",
               "--mode", "acute", "--start", "2026-11-02")[0] == 0
    first = json.loads(run(capsys, "--data-dir", "data", "stats", "--json")[1])
    monkeypatch.chdir(tmp_path / "data")
    code, out, err = run(capsys, "--data-dir", ".", "stats", "--json")
    assert code == 0, err
    again = json.loads(out)
    assert again["replica_id"] == first["replica_id"] and again["localities"] == 1
