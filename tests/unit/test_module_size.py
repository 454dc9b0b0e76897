"""Every module stays small (STYLE.md point 12: split past ~10,000 characters).

Migrations are the exception: each is a frozen record of one schema change, never edited.
"""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "obecdesk"
LIMIT = 10_000
MIGRATIONS = PACKAGE / "store" / "migrations" / "versions"


def modules() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if not path.is_relative_to(MIGRATIONS)]


def test_every_module_is_under_ten_thousand_characters():
    too_big = {str(path.relative_to(PACKAGE)): size for path in modules()
               if (size := len(path.read_text(encoding="utf-8"))) > LIMIT}
    assert too_big == {}


def test_the_guard_reads_every_capability_but_not_the_migrations():
    names = {str(path.relative_to(PACKAGE)) for path in modules()}
    assert {"ui/stakeholders/import_dialog.py", "core/meetings/service.py", "cli.py",
            "store/database.py", "reports/document.py"} <= names
    assert not any(name.startswith("store/migrations/versions/") for name in names)
