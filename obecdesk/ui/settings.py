"""Every user setting declared once: key, type and default; screens use these, never raw keys."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from obecdesk.reports.attendance_defaults import DEFAULT_GDPR_NOTICE, DEFAULT_GUEST_ROWS

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


LANGUAGE = Setting("ui/language", str, "cs")
LAST_LOCALITY = Setting("ui/last_locality_id", str, "")
WINDOW_GEOMETRY = Setting("ui/window_geometry", bytes, b"")
#: where a field laptop's bundle e-mail goes (the HQ address card carries no e-mail)
HQ_EMAIL = Setting("sync/hq_email", str, "")
#: how many automatic backups (daily, before imports and upgrades) stay in ``backups/``
BACKUPS_KEPT = Setting("store/backups_kept", int, 10)
#: the attendance sheet: empty rows for guests, and the GDPR notice ("" prints none)
GUEST_ROWS = Setting("print/attendance_guest_rows", int, DEFAULT_GUEST_ROWS)
GDPR_NOTICE = Setting("print/attendance_gdpr_notice", str, DEFAULT_GDPR_NOTICE)
#: the HQ overview flags a locality whose last bundle is older than this many days
#: (``core.hq_overview.DEFAULT_STALE_DAYS``, not imported: settings load at start-up)
STALE_DAYS = Setting("hq/stale_days", int, 30)


def printout_options(settings: Settings, kind: str) -> dict:
    """The user's settings a printout takes (only the attendance sheet has any)."""
    if kind != "attendance":
        return {}
    return {"guest_rows": settings.get(GUEST_ROWS), "gdpr_notice": settings.get(GDPR_NOTICE)}


def splitter_state(name: str) -> Setting[bytes]:
    """Where the splitter called ``name`` was left (``QSplitter.saveState``)."""
    return Setting(f"ui/splitter/{name}", bytes, b"")


def demo_offered(store_location: str) -> Setting[bool]:
    """Whether the demo was offered for this store: each store asks once, not each user."""
    key = hashlib.sha1(store_location.encode("utf-8")).hexdigest()[:16]
    return Setting(f"store/demo_offered/{key}", bool, False)


def role_asked(store_location: str) -> Setting[bool]:
    """Whether the first start asked this store's role (field laptop or HQ)."""
    key = hashlib.sha1(store_location.encode("utf-8")).hexdigest()[:16]
    return Setting(f"store/role_asked/{key}", bool, False)


class Settings:
    """Typed access to ``QSettings``; tests pass an INI file in ``tmp_path`` instead."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings("obecdesk", "obecdesk")

    def get(self, setting: Setting[T]) -> T:
        value = self._q.value(setting.key, setting.default)
        if setting.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1")  # type: ignore[return-value]
        if setting.type is bytes:
            return bytes(value) if value else setting.default  # type: ignore[return-value]
        return setting.type(value) if value is not None else setting.default

    def set(self, setting: Setting[T], value: T, *, sync: bool = True) -> None:
        """Write through to the file now, unless the caller writes several and then ``sync``s
        (each write of the file is a flush to disk: closing the window wrote it three times)."""
        self._q.setValue(setting.key, value)
        if sync:
            self._q.sync()

    def sync(self) -> None:
        self._q.sync()
