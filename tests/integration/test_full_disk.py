"""A disk that refuses writes (here: a file-size limit, as a full disk would) gives one Czech
line and leaves the store exactly as it was, for the commands that write the most."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from obecdesk.cli import main

LOCALITY = "Dolní Bránice"


def _limited(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _obecdesk(data: Path, *args: str, limit: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "obecdesk", "--data-dir", str(data), *args],
                          capture_output=True, text=True, preexec_fn=_limited(limit), timeout=300)


def _stats(data: Path, capsys) -> dict:
    assert main(["--data-dir", str(data), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    return {k: v for k, v in stats.items() if k != "replica_id"}


def _people_csv(tmp_path: Path) -> str:
    rows = "\n".join(f"Osoba{i} Příjmení{i};Spolek {i}" for i in range(3000))
    path = tmp_path / "lidé.csv"
    path.write_text("Jméno;Organizace\n" + rows + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", ["demo", "import", "erase-person"])
def test_a_full_disk_gives_one_czech_line_and_loses_nothing(command, tmp_path, capsys):
    data = tmp_path / "data"
    person = ""
    if command == "demo":
        assert main(["--data-dir", str(data), "stats"]) == 0  # an empty store
        args = ["demo"]
    else:
        assert main(["--data-dir", str(data), "demo"]) == 0
        capsys.readouterr()
        main(["--data-dir", str(data), "list", "actors", "--json"])
        person = next(a["id"] for a in json.loads(capsys.readouterr().out)
                      if a["kind"] == "person" and a.get("email"))
        args = (["import", "actors", _people_csv(tmp_path), "--locality", LOCALITY]
                if command == "import" else ["erase-person", person])
    capsys.readouterr()
    before = _stats(data, capsys)
    # no write may reach past 64 kB into any file: the log, a backup or the database itself
    done = _obecdesk(data, *args, limit=64 * 1024)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    if "Změna je uložena" in done.stderr:  # the erasure committed; only the scrub was refused
        assert command == "erase-person"
        main(["--data-dir", str(data), "list", "actors", "--json"])
        assert person not in {a["id"] for a in json.loads(capsys.readouterr().out)
                              if a.get("email")}
    else:
        assert "nic se ne" in done.stderr, done.stderr
        assert _stats(data, capsys) == before
    assert main(["--data-dir", str(data), "check"]) == 0
