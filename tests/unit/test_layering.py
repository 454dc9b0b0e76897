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
