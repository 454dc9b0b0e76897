"""``obecdesk overview``: HQ's table of localities from a script, as JSON and as XLSX."""

from __future__ import annotations

import datetime as dt
import json

from bundle_support import exchange_files, field_and_hq
from openpyxl import load_workbook
from sqlalchemy import update

from obecdesk.cli import main
from obecdesk.core.hq_overview_export import HEADERS, STALE_FILL
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store.models import ReceivedBundle


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse refuses bad arguments this way
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _hq_with_two_laptops(tmp_path, monkeypatch) -> str:
    """HQ heard from the north laptop 45 days ago and from the south one today."""
    (north, south), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    LocalityService(north).create(LocalityData("Severní", coordinator="Eva Malá"))
    LocalityService(south).create(LocalityData("Jižní", coordinator="Jan Velký"))
    LocalityService(hq).create(LocalityData("Centrální"))
    folder = tmp_path / "mail"
    folder.mkdir()
    exchange_files(north, hq, folder)
    exchange_files(south, hq, folder)
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=45)).isoformat(timespec="seconds")
    with hq.unit_of_work() as s:
        s.execute(update(ReceivedBundle).where(ReceivedBundle.sender_id == north.replica_id)
                  .values(imported_at=old))
    for store in (north, south, hq):
        store.dispose()
    return str(tmp_path / "replica-2")  # HQ's data folder (``open_replicas`` numbers them)


def test_json_and_xlsx_flag_the_locality_not_heard_of_for_too_long(tmp_path, monkeypatch,
                                                                     capsys):
    data = _hq_with_two_laptops(tmp_path, monkeypatch)
    table = tmp_path / "prehled.xlsx"
    code, out, err = run(capsys, "--data-dir", data, "overview", "--json", "--stale-days", "30",
                         "--xlsx", str(table))
    assert code == 0, err
    report = json.loads(out)
    assert report["role"] == "hq" and report["stale_days"] == 30
    rows = {r["locality"]: r for r in report["localities"]}
    assert list(rows) == ["Centrální", "Jižní", "Severní"]
    assert rows["Severní"]["stale"] and rows["Severní"]["last_bundle"]["days_ago"] == 45
    assert rows["Severní"]["last_bundle"]["sender"] == "Laptop 1"
    assert not rows["Jižní"]["stale"] and rows["Jižní"]["coordinator"] == "Jan Velký"
    assert rows["Centrální"]["last_bundle"] is None and rows["Centrální"]["created_here"]
    assert rows["Centrální"]["weaknesses"] and rows["Centrální"]["health"]["members"] == 0

    sheet = load_workbook(table).active
    assert [c.value for c in sheet[1]] == HEADERS
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert list(cells) == ["Centrální", "Jižní", "Severní"]
    column = {title: i for i, title in enumerate(HEADERS)}
    north = cells["Severní"]
    assert north[column["Zastaralé"]].value == "ano"
    assert north[column["Dní od balíčku"]].value == 45
    assert north[column["Odesílatel"]].value == "Laptop 1"
    assert north[column["Poslední balíček"]].value.date() == \
        (dt.datetime.now(dt.UTC) - dt.timedelta(days=45)).date()
    assert north[0].fill.fgColor.rgb.endswith(STALE_FILL)
    assert cells["Jižní"][column["Zastaralé"]].value is None
    assert not cells["Jižní"][0].fill.fgColor.rgb.endswith(STALE_FILL)
    assert cells["Centrální"][column["Poslední balíček"]].value == \
        "vytvořeno zde, nikdy nepřijato"

    code, out, _ = run(capsys, "--data-dir", data, "overview", "--stale-days", "60")
    assert code == 0
    assert "Zastaralé (poslední balíček starší než 60 dní): žádné" in out
    assert "před 45 dny, Laptop 1" in out


def test_the_demo_store_and_bad_options(tmp_path, demo_dir, capsys):
    data = str(demo_dir)
    code, out, _ = run(capsys, "--data-dir", data, "overview")
    assert code == 0 and "Dolní Bránice" in out and "vytvořeno zde, nikdy nepřijato" in out
    code, _, err = run(capsys, "--data-dir", data, "overview", "--stale-days", "-3")
    assert code == 2 and "záporné" in err
    wrong = tmp_path / "prehled.csv"
    code, _, err = run(capsys, "--data-dir", data, "overview", "--xlsx", str(wrong))
    assert code == 2 and ".xlsx" in err and not wrong.exists()
