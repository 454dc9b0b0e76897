"""One way for every benchmark script to print a figure beside its goal and keep it in
``bench/results/latest.json``, where each script owns one key (a script's run replaces only its
own figures, so the file holds the latest figures of every script)."""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "latest.json"


def median_s(action: Callable[[], object], repeat: int, *, warm: bool = True) -> float:
    """Median wall time of ``action`` in seconds (one untimed run first warms the caches)."""
    if warm:
        action()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


class Figures:
    """The figures of one script: ``ratio`` goals (ours / raw) or ``seconds`` goals."""

    def __init__(self, script: str) -> None:
        self.script = script
        self.rows: list[dict] = []

    def add(self, name: str, ours: float, raw: float | None = None, *,
            goal_ratio: float | None = None, goal_s: float | None = None,
            note: str = "") -> dict:
        ratio = ours / raw if raw else None
        # a figure without a goal (kept for the record) is neither met nor missed
        met = None if goal_ratio is None and goal_s is None else (
            (goal_ratio is None or (ratio is not None and ratio <= goal_ratio))
            and (goal_s is None or ours <= goal_s))
        goal = " and ".join(g for g in (
            f"<= {goal_ratio:g}x" if goal_ratio is not None else "",
            (f"<= {goal_s * 1000:g} ms" if goal_s < 1 else f"<= {goal_s:g} s")
            if goal_s is not None else "") if g)
        row = {"figure": name, "ours_s": round(ours, 4) if math.isfinite(ours) else None,
               "raw_s": None if raw is None else round(raw, 4),
               "ratio": None if ratio is None else round(ratio, 2), "goal": goal,
               "goal_ratio": goal_ratio, "goal_s": goal_s, "met": met, "note": note}
        self.rows.append(row)
        print(line(row), flush=True)
        return row

    def save(self, **context) -> Path:
        """Replace this script's entry of ``latest.json`` (other scripts' entries stay)."""
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        try:
            data = json.loads(RESULTS.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data.get("scripts"), dict):
            data = {"scripts": {}}
        data["scripts"][self.script] = {"taken_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
                                        **context, "figures": self.rows}
        RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
        return RESULTS


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


HEADER = f"{'figure':62} {'ours':>9} {'raw':>9} {'ratio':>7}  {'goal':<22} met"


def line(row: dict) -> str:
    ratio = "—" if row.get("ratio") is None else f"{row['ratio']:.1f}x"
    ours, raw = seconds(row.get("ours_s")), seconds(row.get("raw_s"))
    if row.get("ours_mb") is not None:  # a memory figure
        ours = f"{row['ours_mb']} MB"
    return (f"{row['figure'][:62]:62} {ours:>9} {raw:>9} "
            f"{ratio:>7}  {row['goal']:<22} {_met(row.get('met'))}")


def _met(met: bool | None) -> str:
    return "—" if met is None else "yes" if met else "NO"
