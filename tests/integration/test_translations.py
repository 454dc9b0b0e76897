"""The English translation covers every string the UI marks for translation."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "obecdesk_en.ts"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_message_in_the_ts_file_is_translated():
    unfinished = [key for key, tr in messages(TS).items()
                  if tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == []


def test_the_ts_file_holds_every_string_the_sources_mark(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.fail("pyside6-lupdate is missing: PySide6-Essentials is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "obecdesk").rglob("*.py"))
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), *sources,
                    "-source-language", "cs_CZ", "-target-language", "en_GB", "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = messages(fresh)
    assert ("Navigation", "Lokality") in found  # lupdate really read the sources
    missing = set(found) - set(messages(TS))
    assert missing == set(), "run `make update-translations` and translate the new strings"
