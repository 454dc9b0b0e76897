"""``obecdesk review`` at HQ and in the field, with a real bundle between them: HQ returns a
value, the field lists the note, answers "opraveno", and both print the same history."""

from __future__ import annotations

import json

from bundle_support import exchange_files, field_and_hq

from obecdesk.cli import main
from obecdesk.core.indicators.definitions import IndicatorData, IndicatorService
from obecdesk.core.indicators.values import ValueEntry, ValueService, value_id
from obecdesk.core.localities import LocalityData, LocalityService


def runner(tmp_path, monkeypatch, capsys, stores):
    def run(store, *args) -> tuple[int, str, str]:
        """The command on ``store``, run by the installation that made it (``open_replicas``)."""
        number = stores.index(store)
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / f"installation-{number}"))
        code = main(["--data-dir", str(tmp_path / f"replica-{number}"), *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_return_answer_and_history_through_the_command_line(tmp_path, monkeypatch, capsys):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    run = runner(tmp_path, monkeypatch, capsys, [field, hq])
    loc = LocalityService(field).create(LocalityData(name="Horní Lhota")).id
    indicator = IndicatorService(field).create(loc, IndicatorData("Žáci v doučování",
                                                                  unit="persons"))
    ValueService(field).set_value(indicator, ValueEntry("2025-Q2", 140))
    value = value_id(indicator, "2025-Q2")
    exchange_files(field, hq, tmp_path)

    code, _, err = run(hq, "review", "return", "value", value)
    assert code == 2 and "potřebuje komentář" in err
    code, out, _ = run(hq, "review", "return", "value", value,
                        "--comment", "Ověřte zdroj.")
    assert code == 0 and "vráceno k opravě: Žáci v doučování, 2. čtvrtletí 2025" in out
    exchange_files(hq, field, tmp_path)

    code, out, _ = run(field, "review", "list", "--locality", "Horní Lhota", "--open")
    assert code == 0 and "vráceno k opravě" in out and "Ověřte zdroj." in out
    code, _, err = run(field, "review", "approve", "value", value)
    assert code == 2 and "jen centrála" in err
    assert run(field, "review", "corrected", "value", value,
                "--comment", "Opraveno na 14.")[0] == 0
    exchange_files(field, hq, tmp_path)

    code, out, _ = run(hq, "review", "history", "value", value, "--json")
    history = json.loads(out)
    assert [(h["state_label"], h["comment"], h["author"]) for h in history] == [
        ("vráceno k opravě", "Ověřte zdroj.", "Centrála"),
        ("opraveno", "Opraveno na 14.", "Laptop 1")]
    code, out, _ = run(hq, "review", "list", "--json")
    assert [(n["label"], n["state"], n["open"]) for n in json.loads(out)] == [
        ("Žáci v doučování, 2. čtvrtletí 2025", "corrected", True)]
    code, out, _ = run(hq, "review", "history", "value", value)
    assert "opraveno  Laptop 1 (terén): Opraveno na 14." in out
