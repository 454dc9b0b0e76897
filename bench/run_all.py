"""Run every benchmark, then print all their figures in one table beside their goals.

Each script runs in its own process (Qt, memory limits and caches stay apart) and keeps its
figures under its own key of ``bench/results/latest.json``; this prints the whole file as
"figure | ours | raw | ratio | goal | met" (with ``bench/results/hq.json``, which
``hq_bundles`` keeps). ``--size small`` runs everything on a tenth of the
data in a few minutes; ``full`` (the default) is the size of the hardening goals.

    python bench/run_all.py [--size full|small] [--only scale_views ...]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import HEADER, RESULTS, ROOT, line  # noqa: E402

#: script → its arguments at each size
SCRIPTS = {
    "process_figures": {"full": ["--actors", "10000"], "small": ["--actors", "2000",
                                                                 "--repeat", "3"]},
    "actor_view": {"full": ["--actors", "100000"], "small": ["--actors", "10000",
                                                             "--repeat", "3"]},
    "bundles": {"full": ["--actors", "5000"], "small": ["--actors", "1000"]},
    "scale_views": {"full": ["--size", "full"], "small": ["--size", "small", "--repeat", "3"]},
    "scale_report": {"full": ["--size", "full"], "small": ["--size", "small", "--repeat", "1"]},
    "scale_bundles": {"full": ["--size", "full"], "small": ["--size", "small"]},
    # keeps its own file, bench/results/hq.json, printed below with the rest
    "hq_bundles": {"full": [], "small": ["--localities", "10", "--actors", "100"]},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=["full", "small"], default="full")
    parser.add_argument("--only", nargs="*", choices=sorted(SCRIPTS), default=None)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    failed = []
    for script in args.only or SCRIPTS:
        print(f"\n== bench/{script}.py ({args.size})", flush=True)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, str(ROOT / "bench" / f"{script}.py"),
                               *SCRIPTS[script][args.size]], env=env)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
        if done.returncode:
            failed.append(script)
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    entries = dict(data.get("scripts", {}))
    for other in sorted(RESULTS.parent.glob("*.json")):
        if other != RESULTS:  # a script that keeps its own file
            entries[other.stem] = json.loads(other.read_text(encoding="utf-8"))
    print(f"\nAll figures ({RESULTS.relative_to(ROOT)}):\n{HEADER}")
    for script, entry in entries.items():
        print(f"-- {script} ({entry.get('taken_at', '')}, {entry.get('size', '')})")
        for row in entry["figures"]:
            print(line(row))
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
