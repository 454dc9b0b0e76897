"""A cheaper answer to PySide6's question, asked after every import, "does this module use PySide6?"

PySide6 (for its opt-in ``from __feature__ import snake_case``) checks each module imported after
it by searching the module's source for "PySide6" through ``inspect.getsource``, which decodes
every source file line by line into ``linecache`` (and keeps it there). The GUI imports a few
hundred modules after Qt (SQLAlchemy, the models, the screens): that scan was about a twentieth
of the start. Reading the file's bytes gives the same answer for the same files.

PySide6 keeps the check in a private module; if a later version moves it, nothing is replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

FEATURE_MODULE = "PySide6.support.feature"
CHECK = "_mod_uses_pyside"


def source_mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source file contains "PySide6" (``fallback`` for non-source ones)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False  # as PySide6's own check answers for a module without readable source


def install() -> bool:
    """Replace PySide6's check with :func:`source_mentions_pyside`; whether it was replaced."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if original is None or getattr(original, "__wrapped__", None) is not None:
        return False

    def check(module: ModuleType) -> bool:
        return source_mentions_pyside(module, original)

    check.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(feature, CHECK, check)
    return True
