"""``report results``: the central office's results report over several localities."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from obecdesk.commands.arguments import day
from obecdesk.errors import UserError

if TYPE_CHECKING:
    from obecdesk.store import Store

RESULTS = "results"


def add_results_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=day, metavar="RRRR-MM-DD",
                   help="results: začátek období (projekty podané od tohoto dne)")
    p.add_argument("--to", dest="date_to", type=day, metavar="RRRR-MM-DD",
                   help="results: konec období")
    p.add_argument("--json", dest="json_out", metavar="FILE.json",
                   help="results: tatáž data také jako JSON")


def cmd_report_results(args: argparse.Namespace, store: Store) -> int:
    from obecdesk.core.output_files import save
    from obecdesk.core.results import results
    from obecdesk.reports.results_report import write_results_report

    data = results(store, localities=args.locality, date_from=args.date_from,
                   date_to=args.date_to)
    if args.json_out:
        if Path(args.json_out).suffix.lower() != ".json":
            raise UserError("Soubor pro --json musí mít příponu .json.")
        text = json.dumps(data.as_json(), ensure_ascii=False, indent=2) + "\n"
        save(Path(args.json_out), text.encode("utf-8"))
    path = write_results_report(data, args.out)
    print(f"Uloženo: {path}" + (f" a {args.json_out}" if args.json_out else ""))
    return 0
