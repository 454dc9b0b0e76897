"""The meetings code stays in small modules (STYLE.md: split past ~10,000 characters)."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "obecdesk"
LIMIT = 10_000
#: printouts of other capabilities that live beside the meeting printouts
NOT_MEETINGS = {"stakeholder_map.py"}


def meetings_modules() -> list[Path]:
    folders = [PACKAGE / "core" / "meetings", PACKAGE / "reports", PACKAGE / "ui" / "meetings"]
    paths = [path for folder in folders for path in folder.glob("*.py")
             if path.name not in NOT_MEETINGS]
    return paths + [PACKAGE / "commands" / "meetings.py", PACKAGE / "store" / "rich_text.py"]


def test_every_meetings_module_is_under_ten_thousand_characters():
    too_big = {str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8"))
               for path in meetings_modules() if len(path.read_text(encoding="utf-8")) > LIMIT}
    assert too_big == {}
