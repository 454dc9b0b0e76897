"""The architecture as tests: only obecdesk/ui imports Qt (the core runs headless for the CLI,
the tests and HQ), and imports point down the layers, never up or into ui and commands."""

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


#: the parts of obecdesk each part may import besides itself; the arrows point down:
#: ui → core/reports → catalog/store, commands → core/reports. Only cli.py reaches ui and commands.
MAY_IMPORT: dict[str, set[str]] = {
    "store": set(),
    "catalog": {"store"},
    "core": {"catalog", "store"},
    "reports": {"core", "catalog", "store"},
    "sync": {"core", "catalog", "store"},
    "commands": {"core", "reports", "sync", "catalog", "store"},
    "ui": {"core", "reports", "sync", "catalog", "store"},
    "cli": {"commands", "ui", "core", "reports", "sync", "catalog", "store"},
    "__main__": {"cli"},
    "errors": set(),
    "os_errors": set(),
    "resources": set(),
    "__init__": set(),
}
#: modules every part may import: the package itself (its version), the errors, the resources
SHARED = ("obecdesk", "obecdesk.errors", "obecdesk.os_errors", "obecdesk.resources")
#: the one way into ui from outside it: the application entry point
UI_ENTRY = "obecdesk.ui.startup"


def part_of(path: Path, package: Path = PACKAGE) -> str:
    """``core`` for obecdesk/core/…, ``cli`` for obecdesk/cli.py."""
    parts = path.relative_to(package).with_suffix("").parts
    return parts[0]


def _target(name: str) -> str:
    return name.split(".")[1] if "." in name else name


def layering_violations(package: Path = PACKAGE) -> dict[str, list[str]]:
    """Every module's imports of obecdesk that point up or sideways, by module path."""
    offenders = {}
    for path in sorted(package.rglob("*.py")):
        source = part_of(path, package)
        allowed = MAY_IMPORT.get(source)
        bad = []
        for name in obecdesk_imports(path):
            target = _target(name)
            if name in SHARED or target == source:
                continue
            if allowed is None or target not in allowed or (
                    target == "ui" and not _under(name, UI_ENTRY)):
                bad.append(name)
        if bad:
            offenders[str(path.relative_to(package))] = bad
    return offenders


def _under(name: str, *prefixes: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def test_imports_point_down_the_layers():
    assert layering_violations() == {}


def test_every_part_of_the_package_has_a_place_in_the_layers():
    parts = {part_of(path) for path in PACKAGE.rglob("*.py")}
    assert parts <= set(MAY_IMPORT), "give the new package its place in MAY_IMPORT"


def test_store_and_catalog_import_nothing_of_the_layers_above():
    above = ("obecdesk.core", "obecdesk.ui", "obecdesk.reports", "obecdesk.commands",
             "obecdesk.cli", "obecdesk.sync")
    for part, forbidden in (("store", (*above, "obecdesk.catalog")), ("catalog", above)):
        for path in PACKAGE.joinpath(part).rglob("*.py"):
            assert not [n for n in obecdesk_imports(path) if _under(n, *forbidden)], path


def test_only_the_cli_imports_ui_and_commands():
    for path in PACKAGE.rglob("*.py"):
        if part_of(path) in ("ui", "commands", "cli"):
            continue
        names = obecdesk_imports(path)
        assert not [n for n in names if _under(n, "obecdesk.ui", "obecdesk.commands")], path


def test_the_layering_check_itself_sees_a_violation(tmp_path):
    package = tmp_path / "obecdesk"
    for folder in ("store", "catalog", "core", "ui"):
        (package / folder).mkdir(parents=True)
    (package / "store" / "models.py").write_text(
        "from obecdesk.errors import UserError\nfrom obecdesk.store.base import Base\n")
    (package / "catalog" / "methods.py").write_text(
        "def load():\n    from obecdesk.core.text import fold\n")
    (package / "core" / "rules.py").write_text(
        "from obecdesk.catalog.methods import load\nimport obecdesk.ui.app\n")
    (package / "ui" / "view.py").write_text("from obecdesk.core.rules import load\n")
    assert layering_violations(package) == {
        "catalog/methods.py": ["obecdesk.core.text"],
        "core/rules.py": ["obecdesk.ui.app"],
    }
    (package / "store" / "models.py").write_text("from obecdesk.catalog.methods import load\n")
    (package / "catalog" / "methods.py").write_text("")
    (package / "core" / "rules.py").write_text("")
    (package / "ui" / "view.py").write_text("from obecdesk.commands.output import table\n")
    (package / "cli.py").write_text("from obecdesk.ui.startup import run\nimport obecdesk.ui.view\n")
    assert layering_violations(package) == {
        "store/models.py": ["obecdesk.catalog.methods"],
        "ui/view.py": ["obecdesk.commands.output"],
        "cli.py": ["obecdesk.ui.view"],
    }


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from obecdesk.reports.agenda import agenda_pdf\n")
    assert obecdesk_imports(sample) == ["obecdesk.reports.agenda"]


def test_sync_sits_on_core_and_store_and_nothing_below_it_imports_sync():
    assert MAY_IMPORT["sync"] == {"core", "catalog", "store"}
    assert not [part for part, allowed in MAY_IMPORT.items()
                if "sync" in allowed and part not in ("commands", "ui", "cli")]
    for path in PACKAGE.joinpath("sync").rglob("*.py"):
        assert not [n for n in obecdesk_imports(path) if _under(
            n, "obecdesk.reports", "obecdesk.ui", "obecdesk.commands", "obecdesk.cli")], path
    for package in ("core", "store", "catalog"):
        for path in PACKAGE.joinpath(package).rglob("*.py"):
            assert not [n for n in obecdesk_imports(path) if _under(n, "obecdesk.sync")], path
