"""Views are handed their services: only ``ui/service_builders.py`` builds one from the store.

"Building" means calling anything below ``ui/`` that takes a ``Store`` (a service class, a query
or report function of the store) or passing a store along; ``ui/app.py`` and ``ui/context.py``
only hand the opened store to the factory and to the change broadcast.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "obecdesk"
UI = PACKAGE / "ui"
FACTORY = UI / "service_builders.py"
#: hands the store to the builders, as each service is first asked for
BUNDLE = UI / "services.py"
#: open the store and hand it to the factory and to the change broadcast, nothing else
STORE_HOLDERS = {UI / "app.py", UI / "context.py"}


def _takes_store(args: ast.arguments) -> bool:
    return any(arg.annotation is not None and "Store" in ast.unparse(arg.annotation)
               for arg in args.posonlyargs + args.args + args.kwonlyargs)


def store_builders() -> set[str]:
    """Classes whose ``__init__`` and top-level functions that take a ``Store``, outside ui."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        if path.is_relative_to(UI):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and _takes_store(node.args):
                names.add(node.name)
            elif isinstance(node, ast.ClassDef):
                init = next((item for item in node.body if isinstance(item, ast.FunctionDef)
                             and item.name == "__init__"), None)
                if init is not None and _takes_store(init.args):
                    names.add(node.name)
    return names


def _passes_store(call: ast.Call) -> bool:
    values = [*call.args, *(keyword.value for keyword in call.keywords)]
    return any((isinstance(v, ast.Name) and v.id == "store")
               or (isinstance(v, ast.Attribute) and v.attr == "store") for v in values)


def service_construction(path: Path, builders: set[str]) -> list[str]:
    """``line: call`` for each call in ``path`` that builds from the store or passes it on."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) and func.attr[:1].isupper() else "")
        if name in builders or _passes_store(node):
            found.append(f"{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_no_view_builds_a_service_from_the_store():
    builders = store_builders()
    offenders = {
        str(path.relative_to(PACKAGE)): calls
        for path in UI.rglob("*.py")
        if path not in (FACTORY, BUNDLE) and path not in STORE_HOLDERS
        and (calls := service_construction(path, builders))
    }
    assert offenders == {}


def test_the_store_holders_only_open_the_store_and_hand_it_on():
    builders = store_builders()
    calls = [call for path in sorted(STORE_HOLDERS)
             for call in service_construction(path, builders)]
    callees = {call.split(": ", 1)[1].split("(", 1)[0] for call in calls}
    assert callees == {"build_window", "build_services", "AppContext", "ChangeHub"}


def test_the_check_sees_what_the_factory_builds():
    builders = store_builders()
    assert {"MeetingService", "ActorService", "LocalityService", "PersonalDataService",
            "load_demo", "write_stakeholder_map"} <= builders
    built = service_construction(FACTORY, builders)
    assert any("MeetingService(store)" in call for call in built)
    assert any("partial(_load_demo, store)" in call for call in built)


def test_the_check_sees_a_view_reaching_for_the_store(tmp_path):
    sample = tmp_path / "view.py"
    sample.write_text("from obecdesk.core.meetings.service import MeetingService\n"
                      "class V:\n"
                      "    def __init__(self, ctx):\n"
                      "        self.service = MeetingService(ctx.store)\n"
                      "        self.rows = self.meetings.list('x')\n")
    assert service_construction(sample, {"MeetingService"}) == [
        "4: MeetingService(ctx.store)"]


def test_every_service_of_the_bundle_has_a_builder_that_makes_it(store):
    from obecdesk.ui.service_builders import BUILDERS
    from obecdesk.ui.services import Services

    declared = set(Services.__annotations__)
    assert set(BUILDERS) == declared
    for builder in set(BUILDERS.values()):
        made = builder(store)
        assert {name for name, b in BUILDERS.items() if b is builder} == set(made)
