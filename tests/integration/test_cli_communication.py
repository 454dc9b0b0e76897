"""``obecdesk list`` and ``stats`` know the communication stream's kinds (over the acute demo)."""

import json

from obecdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_situation_log_of_the_acute_demo_is_listed_in_time_order(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "list", "situation-events", "--locality",
                       "Lipová nad Ohří", "--json")
    assert code == 0
    events = json.loads(out)
    assert len(events) == 12
    assert [e["occurred_on"] for e in events] == sorted(e["occurred_on"] for e in events)
    assert events[0]["title"] == "Potyčka u ubytovny v Tovární ulici"
    assert {e["kind"] for e in events} >= {"incident", "petition", "protest", "rumour",
                                           "council_resolution", "media_article",
                                           "social_post", "police_statement"}
    code, out, _ = run(capsys, "--data-dir", data, "stats", "--json")
    counted = json.loads(out)
    assert counted["situation-events"] == 12 and counted["risk-scenarios"] == 5
    assert counted["communication-recommendations"] == 3
