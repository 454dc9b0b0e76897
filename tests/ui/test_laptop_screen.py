"""The window fits a town-hall laptop: 1366×768, and 1280×720 at 125 % scaling (1024×576 logical).

Each case runs the real window in its own process on a simulated screen of that size (Qt's
offscreen platform with a screen configuration), opening every screen and tab over the demo data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]


def _probe(tmp_path: Path, data: Path, width: int, height: int, scale: str) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale,
               PYTHONPATH=os.pathsep.join([str(TESTS.parent), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run([sys.executable, str(TESTS / "ui" / "laptop_probe.py"), str(tmp_path),
                             str(data)], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, "1"), (1280, 720, "1.25")])
def test_every_screen_fits_the_laptop(tmp_path, demo_dir, width, height, scale):
    probe = _probe(tmp_path, demo_dir, width, height, scale)
    ax, ay, aw, ah = probe["available"]
    x, y, w, h = probe["frame"]
    too_big = {name: size for name, size in probe["screens"].items()
               if size[0] > aw - 170 or size[1] > ah - 110}
    assert not too_big, f"screens that need more than the {aw}×{ah} screen has: {too_big}"
    assert probe["minimum"][0] <= aw and probe["minimum"][1] <= ah, probe["minimum"]
    # a dialog opens whole on the screen, its title bar included
    too_big = {name: size for name, size in probe["dialogs"].items()
               if size[0] > aw or size[1] > ah - 40}
    assert not too_big, f"dialogs that need more than the {aw}×{ah} screen has: {too_big}"
    # the window lies within the screen, bottom edge (status bar) included; a pixel of
    # rounding at 125 % is not a status bar off screen
    assert ax <= x and ay <= y and x + w <= ax + aw + 1 and y + h <= ay + ah + 1, probe
