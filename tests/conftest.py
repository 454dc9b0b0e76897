"""Fixtures shared by all tests: a fresh real SQLite store in ``tmp_path``, demo data, UI context."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from obecdesk.core.demo import load_demo  # noqa: E402
from obecdesk.store import Store, open_store  # noqa: E402


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


@pytest.fixture
def store(tmp_path) -> Store:
    """A freshly migrated, empty store in its own data directory."""
    s = open_store(data_dir=tmp_path / "data")
    yield s
    s.dispose()


@pytest.fixture
def demo_store(store: Store) -> Store:
    """The fresh store with the demo locality loaded (the same code path as ``obecdesk demo``)."""
    load_demo(store)
    return store


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
