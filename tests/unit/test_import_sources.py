"""A name is imported from the module that defines it, never through a module that merely
imports it (a re-export left behind by a split hides where the code lives).

A package's ``__init__`` may present its public names (``from obecdesk.store import Store``);
every other module is asked only for what it defines.
"""

import ast
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_file(module: str, root: Path = ROOT) -> Path | None:
    path = root.joinpath(*module.split("."))
    if (path / "__init__.py").is_file():
        return path / "__init__.py"
    return path.with_suffix(".py") if path.with_suffix(".py").is_file() else None


@cache  # a module is asked once per import of it: parse it once
def defined_names(path: Path) -> frozenset[str]:
    """Names a module binds itself at the top level (not by importing them)."""
    names: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
            elif isinstance(node, ast.If | ast.Try | ast.With | ast.For):
                for block in ("body", "orelse", "finalbody"):
                    visit(getattr(node, block, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return frozenset(names)


def borrowed_imports(root: Path = ROOT) -> list[str]:
    """``file:line module.name`` for each imported name its module does not define."""
    found = []
    for folder in ("obecdesk", "tests", "bench"):
        for path in sorted(root.joinpath(folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                        and node.module.split(".")[0] == "obecdesk"):
                    continue
                source = module_file(node.module, root)
                if source is None or source.name == "__init__.py":
                    continue
                defined = defined_names(source)
                found += [f"{path.relative_to(root)}:{node.lineno} {node.module}.{alias.name}"
                          for alias in node.names if alias.name not in defined]
    return found


def test_every_name_is_imported_from_where_it_is_defined():
    assert borrowed_imports() == []


def test_the_check_sees_a_re_export(tmp_path):
    package = tmp_path / "obecdesk"
    package.mkdir()
    (package / "__init__.py").write_text("from obecdesk.types import Meeting\n")
    (package / "types.py").write_text("class Meeting:\n    pass\n")
    (package / "service.py").write_text("from obecdesk.types import Meeting\n\nKIND = 1\n")
    (package / "view.py").write_text(
        "from obecdesk import Meeting\nfrom obecdesk.service import KIND, Meeting\n")
    assert borrowed_imports(tmp_path) == ["obecdesk/view.py:2 obecdesk.service.Meeting"]
