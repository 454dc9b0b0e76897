"""Only obecdesk/ui may import Qt: the core runs headless (CLI, tests, HQ)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "obecdesk"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")]
    return found


def test_no_module_outside_ui_imports_qt():
    offenders = {
        str(path.relative_to(PACKAGE)): qt_imports(path)
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and qt_imports(path)
    }
    assert offenders == {}


def test_the_layering_check_itself_sees_qt_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport json\n")
    assert qt_imports(sample) == ["PySide6.QtCore"]


def obecdesk_imports(path: Path) -> list[str]:
    """Every ``obecdesk.…`` module the file imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return [name for name in found if name.split(".")[0] == "obecdesk"]


def _offenders(package: str, allowed) -> dict[str, list[str]]:
    offenders = {}
    for path in (PACKAGE / package).rglob("*.py"):
        bad = [name for name in obecdesk_imports(path) if not allowed(name)]
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = bad
    return offenders


def _under(name: str, *prefixes: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_core_does_not_import_reports_ui_or_commands():
    assert _offenders("core", lambda name: not _under(
        name, "obecdesk.reports", "obecdesk.ui", "obecdesk.commands", "obecdesk.cli")) == {}


#: the few plain core helpers the store may use; everything else in core builds on the store
STORE_MAY_IMPORT_FROM_CORE = ("obecdesk.errors", "obecdesk.store.hlc", "obecdesk.core.text",
                              "obecdesk.core.i18n", "obecdesk.core.vocabulary")


def test_store_imports_only_plain_helpers_of_core():
    assert _offenders("store", lambda name: not _under(name, "obecdesk.core") or _under(
        name, *STORE_MAY_IMPORT_FROM_CORE)) == {}
    assert _offenders("store", lambda name: not _under(
        name, "obecdesk.reports", "obecdesk.ui", "obecdesk.commands", "obecdesk.cli")) == {}


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from obecdesk.reports.agenda import agenda_pdf\n")
    assert obecdesk_imports(sample) == ["obecdesk.reports.agenda"]


def test_sync_sits_on_core_and_store_and_nothing_below_it_imports_sync():
    assert _offenders("sync", lambda name: not _under(
        name, "obecdesk.reports", "obecdesk.ui", "obecdesk.commands", "obecdesk.cli")) == {}
    for package in ("core", "store", "catalog"):
        assert _offenders(package, lambda name: not _under(name, "obecdesk.sync")) == {}
