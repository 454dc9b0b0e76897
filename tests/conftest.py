"""Fixtures shared by all tests: a fresh real SQLite store in ``tmp_path``, demo data, UI context,
and the one way a test answers modal dialogs (``dialogs``); an unanswered dialog fails the test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import store_backends  # noqa: E402
from pg_server import PgServer, PgUnavailable  # noqa: E402

from obecdesk.core.demo import load_demo  # noqa: E402
from obecdesk.store import Store, open_store  # noqa: E402
from obecdesk.store.paths import DB_FILENAME  # noqa: E402
from obecdesk.store.replica_registry import config_path  # noqa: E402


def _skipped(config: pytest.Config) -> list[pytest.TestReport]:
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    return reporter.stats.get("skipped", []) if reporter is not None else []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A skipped test is a hole in the suite (a missing tool, a check that cannot run as root):
    the run fails instead of passing with fewer tests."""
    if _skipped(session.config) and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if skipped := _skipped(config):
        terminalreporter.write_sep("!", f"{len(skipped)} skipped: the suite allows no skips")
        for report in skipped:
            terminalreporter.write_line(f"SKIPPED {report.nodeid}: {report.longrepr[-1]}")


@pytest.fixture(autouse=True)
def installation(tmp_path, monkeypatch):
    """Each test is its own installation: replica bindings and keys go to folders in tmp_path,
    never to the user's real ones (subprocesses inherit it through the environment)."""
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # replica keys
    return config


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "backends: run the test on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test (or module) marked ``backends`` runs once per store backend."""
    if metafunc.definition.get_closest_marker("backends") and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", store_backends.BACKENDS, indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of this test process (Debian's package, a socket in /tmp). When it
    cannot start, every test that needs it fails with the reason: PostgreSQL is never skipped."""
    try:
        server = PgServer().start()
    except (PgUnavailable, OSError, subprocess.SubprocessError) as exc:
        pytest.fail(f"the PostgreSQL test server did not start: {exc}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def backend(request) -> Iterator[str]:
    """The store backend of this test: SQLite unless the test is marked ``backends`` (or the
    run sets ``OBECDESK_TEST_BACKEND=postgresql`` to put every ``store`` on PostgreSQL)."""
    name = getattr(request, "param", os.environ.get("OBECDESK_TEST_BACKEND", "sqlite"))
    previous = store_backends.active
    if name == "postgresql":
        store_backends.active = store_backends.PostgresStores(request.getfixturevalue("pg_server"))
    yield name
    if isinstance(store_backends.active, store_backends.PostgresStores):
        store_backends.active.drop_all()
    store_backends.active = previous


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory) -> dict[str, Path]:
    """A freshly migrated empty SQLite store and one with the demo loaded, made once per test
    process (each xdist worker) and copied for each test: migrating a new store and loading the
    demo took 2–5 s of every test that asked for one. Also the installation's replica bindings."""
    root = tmp_path_factory.mktemp("store-templates")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(root / "config"))
        patch.setenv("XDG_DATA_HOME", str(root / "user-data"))
        open_store(data_dir=root / "empty").dispose()
        demo = open_store(data_dir=root / "demo")
        load_demo(demo)
        demo.dispose()
        bindings = config_path()
    return {"empty": root / "empty", "demo": root / "demo", "bindings": bindings}


def _copy_of(template: Path, data_dir: Path, bindings: Path) -> Path:
    """``data_dir`` with a copy of a template store that this test's installation knows as the
    replica it made (opening it gives no new replica id, as if the store had been made here)."""
    data_dir.mkdir(mode=0o700, parents=True)
    shutil.copyfile(template / DB_FILENAME, data_dir / DB_FILENAME)
    known = json.loads(bindings.read_text(encoding="utf-8"))
    replica_id, binding = next((key, entry) for key, entry in known.items()
                               if entry["location"] == str(template / DB_FILENAME))
    mine = config_path()
    ours = json.loads(mine.read_text(encoding="utf-8")) if mine.exists() else {}
    ours[replica_id] = {**binding, "location": str(data_dir / DB_FILENAME)}
    mine.parent.mkdir(parents=True, exist_ok=True)
    mine.write_text(json.dumps(ours, indent=2, sort_keys=True), encoding="utf-8")
    mine.chmod(0o600)
    return data_dir


@pytest.fixture
def store(request, tmp_path, backend, installation) -> Store:
    """A freshly migrated, empty store in its own data directory (or PostgreSQL database); on
    SQLite a copy of the process's template, with the demo when the test asks for ``demo_store``."""
    if backend == "sqlite":
        templates = request.getfixturevalue("store_templates")
        kind = "demo" if "demo_store" in request.fixturenames else "empty"
        s = open_store(data_dir=_copy_of(templates[kind], tmp_path / "data",
                                          templates["bindings"]))
    else:
        s = store_backends.open_fresh(tmp_path / "data")
    yield s
    s.dispose()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The fresh store with the demo locality loaded (the same code path as ``obecdesk demo``,
    on SQLite run once per process on the template this store is a copy of)."""
    from obecdesk.core.localities import LocalityService

    if not LocalityService(store).list():  # not a copy of the demo template
        load_demo(store)
    return store


@pytest.fixture
def demo_dir(tmp_path, installation, store_templates) -> Path:
    """A data directory as ``obecdesk --data-dir D demo`` leaves it (a copy of the template),
    for CLI tests whose subject is not the demo command itself."""
    return _copy_of(store_templates["demo"], tmp_path / "demo-data", store_templates["bindings"])


@pytest.fixture
def demo_locality_id(demo_store: Store) -> str:
    from obecdesk.core.localities import LocalityService

    return LocalityService(demo_store).list()[0].id


@pytest.fixture
def settings(tmp_path, qapp):
    """Typed settings over an INI file in ``tmp_path`` (never the user's real settings)."""
    from PySide6.QtCore import QSettings

    from obecdesk.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def services(demo_store):
    """The services the screens are handed, over the demo store (built as ``ui/app.py`` does)."""
    from obecdesk.ui.services import build_services

    return build_services(demo_store)


@pytest.fixture
def ctx(demo_store, settings):
    """The UI context over the demo store, with the demo locality selected."""
    from obecdesk.core.localities import LocalityService
    from obecdesk.ui.context import AppContext

    context = AppContext(demo_store, settings)
    context.set_locality(LocalityService(demo_store).list()[0].id)
    yield context
    context.hub.detach()


@dataclass(frozen=True)
class Asked:
    """One modal dialog the code under test opened: which entry point, its title and text."""

    kind: str
    title: str
    text: str


class UnexpectedDialog(AssertionError):
    """A modal dialog no test answered: offscreen it would wait for a click forever."""


class Dialogs:
    """Stands in for the user at every modal dialog: gives the queued answers in order and records
    what was asked. An answer is what the dialog returns (a ``StandardButton``, a
    ``DialogCode``, ``(path, filter)`` of a file dialog), or a callable given the dialog (``None``
    for the static functions) that returns it, e.g. to fill a form and accept it."""

    def __init__(self) -> None:
        self.asked: list[Asked] = []
        self.pending: list[Any] = []
        self.unexpected: list[str] = []

    def answer(self, *answers: Any) -> None:
        self.pending.extend(answers)

    @property
    def texts(self) -> list[str]:
        return [asked.text for asked in self.asked]

    def reply(self, kind: str, title: str = "", text: str = "", dialog: Any = None) -> Any:
        self.asked.append(Asked(kind, str(title), str(text)))
        if not self.pending:
            message = (f"unexpected modal dialog {kind} {title!r}: {str(text)[:300]!r}; "
                       "answer it with the `dialogs` fixture (dialogs.answer(...))")
            self.unexpected.append(message)
            raise UnexpectedDialog(message)
        answer = self.pending.pop(0)
        return answer(dialog) if callable(answer) else answer

    def problems(self) -> list[str]:
        """What went wrong so far (each reported once): dialogs nobody answered, even when the
        code swallowed the error, and answers no dialog asked for."""
        found = self.unexpected + (
            [f"no dialog asked for the answers {self.pending!r}"] if self.pending else [])
        self.unexpected, self.pending = [], []
        return found

    def check(self) -> None:
        if problems := self.problems():
            pytest.fail("\n".join(problems), pytrace=False)


def _guard_modals(monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    """Route every blocking Qt dialog entry point to ``dialogs``."""
    from PySide6.QtWidgets import (
        QColorDialog,
        QDialog,
        QFileDialog,
        QFontDialog,
        QInputDialog,
        QMenu,
        QMessageBox,
    )

    def exec_dialog(self, *_args, **_kwargs):
        text = self.text() if isinstance(self, QMessageBox) else ""
        return dialogs.reply(f"{type(self).__name__}.exec", self.windowTitle(), text, self)

    def static(kind: str) -> Callable[..., Any]:
        def reply(*args, **kwargs):
            title = args[1] if len(args) > 1 else kwargs.get("title", kwargs.get("caption", ""))
            text = args[2] if len(args) > 2 else kwargs.get("text", kwargs.get("label", ""))
            return dialogs.reply(kind, title if isinstance(title, str) else "",
                                 text if isinstance(text, str) else "")
        return staticmethod(reply)

    for name in ("exec", "exec_"):
        monkeypatch.setattr(QDialog, name, exec_dialog)
        monkeypatch.setattr(QMenu, name, lambda *_args, **_kwargs: dialogs.reply("QMenu.exec"))
    for cls, names in (
        (QMessageBox, ("question", "information", "warning", "critical", "about", "aboutQt")),
        (QFileDialog, ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                       "getExistingDirectory", "getOpenFileUrl", "getOpenFileUrls",
                       "getSaveFileUrl", "getExistingDirectoryUrl")),
        (QInputDialog, ("getText", "getMultiLineText", "getInt", "getDouble", "getItem")),
        (QColorDialog, ("getColor",)), (QFontDialog, ("getFont",)),
    ):
        for name in names:
            monkeypatch.setattr(cls, name, static(f"{cls.__name__}.{name}"))


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Every test runs with modal dialogs answered from here: one left unanswered fails the test
    at once (instead of hanging the run), and so does an answer no dialog asked for."""
    answering = Dialogs()
    _guard_modals(monkeypatch, answering)
    yield answering
    answering.check()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """Report dialog problems as the test's failure, not as an error of its teardown."""
    answering = getattr(item, "funcargs", {}).get("dialogs")
    if not isinstance(answering, Dialogs):
        return (yield)
    try:
        result = yield
    except BaseException as failure:
        for problem in answering.problems():
            if problem not in str(failure):
                failure.add_note(problem)
        raise
    answering.check()
    return result
