"""End to end through the command line: two field laptops and HQ, one shared locality, both
laptops edit the same person; after the round trip all three hold the same data and the losing
value is in the conflict log."""

from __future__ import annotations

import json
from pathlib import Path

from sync_support import conflict_values, dump

from obecdesk.cli import main
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store import open_store


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def replica_id(capsys, data: Path) -> str:
    return json.loads(ok(capsys, "--data-dir", data, "keys", "show", "--json"))["replica_id"]


def fingerprint(capsys, data: Path) -> str:
    line = ok(capsys, "--data-dir", data, "keys", "show").splitlines()[0]
    assert line.startswith("Otisk: ")
    return line.removeprefix("Otisk: ")


def edit(data: Path, action) -> None:
    store = open_store(data_dir=data)
    try:
        action(store)
    finally:
        store.dispose()


def set_role(store, actor_id: str, role: str) -> None:
    service = ActorService(store)
    values = service.get(actor_id).data()
    values.role = role
    service.update(actor_id, values)


def test_two_laptops_and_hq_round_trip_over_the_cli(tmp_path, capsys):
    one, two, hq = (tmp_path / n for n in ("laptop-1", "laptop-2", "hq"))
    ok(capsys, "--data-dir", hq, "init", "--role", "hq", "--name", "Centrála")
    ok(capsys, "--data-dir", hq, "keys", "export-card", "--out", tmp_path / "hq.card")
    for n, laptop in enumerate((one, two), 1):
        ok(capsys, "--data-dir", laptop, "demo")
        ok(capsys, "--data-dir", laptop, "init", "--role", "field", "--name", f"Laptop {n}")
        ok(capsys, "--data-dir", laptop, "keys", "import-card", tmp_path / "hq.card")
    created = {}
    edit(one, lambda s: created.update(
        loc=LocalityService(s).create(LocalityData(name="Horní Lhota")).id))
    edit(one, lambda s: created.update(actor=ActorService(s).create(
        created["loc"], ActorData(name="Marie Šťastná", role="ředitelka")).id))
    mail = tmp_path / "mail"
    mail.mkdir()

    def up(laptop: Path, name: str) -> None:
        out = mail / f"{name}.obecbundle"
        ok(capsys, "--data-dir", laptop, "bundle", "export", "--to-hq", "--out", out)
        ok(capsys, "--data-dir", hq, "bundle", "import", out, "--accept-new-sender",
           fingerprint(capsys, laptop))

    def down(laptop: Path, name: str) -> None:
        out = mail / f"{name}.obecbundle"
        ok(capsys, "--data-dir", hq, "bundle", "export", "--to", replica_id(capsys, laptop),
           "--out", out)
        ok(capsys, "bundle", "inspect", out)
        ok(capsys, "--data-dir", laptop, "bundle", "import", out)

    up(one, "1-up")
    up(two, "2-up")
    assert run(capsys, "--data-dir", hq, "locality", "share", "Ústí",
               "--with", replica_id(capsys, two))[0] == 2  # no such locality
    ok(capsys, "--data-dir", hq, "locality", "share", "Horní Lhota",
       "--with", replica_id(capsys, two))
    down(two, "2-down")
    down(one, "1-down")
    edit(one, lambda s: set_role(s, created["actor"], "zástupkyně ředitele"))
    edit(two, lambda s: set_role(s, created["actor"], "výchovná poradkyně"))
    for step in range(2):
        up(one, f"1-up-{step}")
        up(two, f"2-up-{step}")
        down(one, f"1-down-{step}")
        down(two, f"2-down-{step}")

    actors, lost = [], []
    for data in (one, two, hq):
        store = open_store(data_dir=data)
        try:
            actors.append(dump(store)["actors"][created["actor"]])
            lost += [value[3] for value in conflict_values(store) if value[1] == "role"]
        finally:
            store.dispose()
    assert actors[0] == actors[1] == actors[2]
    assert {actors[0]["role"], *lost} == {
        "zástupkyně ředitele", "výchovná poradkyně"}

    code, _out, err = run(capsys, "--data-dir", hq, "bundle", "import", mail / "1-up.obecbundle")
    assert code == 0  # already imported
    tampered = mail / "bad.obecbundle"
    data = bytearray((mail / "1-up-1.obecbundle").read_bytes())
    data[len(data) * 2 // 3] ^= 0x40
    tampered.write_bytes(bytes(data))
    code, _out, err = run(capsys, "--data-dir", hq, "bundle", "import", tampered)
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1
    code, _out, err = run(capsys, "--data-dir", hq, "bundle", "import", mail / "missing.obecbundle")
    assert code == 1
