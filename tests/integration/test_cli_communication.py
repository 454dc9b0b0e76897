"""``obecdesk list`` and ``stats`` know the communication stream's kinds (over the acute demo)."""

import json

from obecdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_situation_log_of_the_acute_demo_is_listed_in_time_order(demo_dir, capsys):
    data = str(demo_dir)
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


def test_an_event_with_a_file_is_added_and_the_file_saved_back(tmp_path, demo_dir, capsys):
    data = str(demo_dir)
    scan = tmp_path / "petice-sken.pdf"
    scan.write_bytes(b"%PDF-1.4 podpisy")
    code, out, _ = run(capsys, "--data-dir", data, "situation", "add", "--locality",
                       "Lipová nad Ohří", "--date", "2. 12. 2026", "--kind", "petition",
                       "--title", "Druhá petice", "--severity", "3", "--reach", "1 200",
                       "--actor", "Vlasta Jandová", "--attach", str(scan), "--json")
    assert code == 0
    added = json.loads(out)
    events = json.loads(run(capsys, "--data-dir", data, "list", "situation-events",
                            "--locality", "Lipová nad Ohří", "--json")[1])
    assert events[-1]["title"] == "Druhá petice" and events[-1]["reach"] == 1200
    assert len(events[-1]["actor_ids"]) == 1
    out_file = tmp_path / "kopie.pdf"
    code, out, _ = run(capsys, "--data-dir", data, "situation", "save-attachment",
                       added["attachments"][0], "--out", str(out_file))
    assert code == 0 and out_file.read_bytes() == b"%PDF-1.4 podpisy"


def test_a_file_over_the_limit_is_refused_in_czech_and_nothing_is_attached(tmp_path, demo_dir,
                                                                          capsys):
    data = str(demo_dir)
    events = json.loads(run(capsys, "--data-dir", data, "list", "situation-events",
                            "--locality", "Lipová nad Ohří", "--json")[1])
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * (10 * 1024 * 1024 + 1))
    code, _, err = run(capsys, "--data-dir", data, "situation", "attach", events[0]["id"],
                       str(big))
    assert code != 0 and "příloha události může mít nejvýše 10 MB" in err
    counted = json.loads(run(capsys, "--data-dir", data, "stats", "--json")[1])
    assert counted["situation-attachments"] == 2  # the demo's two text files
