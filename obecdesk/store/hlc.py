"""Hybrid logical clock stamps for synced rows.

A stamp orders events across replicas even when laptop clocks disagree: it is the larger of the
wall clock and the last stamp seen, plus a counter. Stamps are fixed-width strings so that plain
string comparison (and an SQL ``ORDER BY``) orders them; the replica id breaks ties
deterministically.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    replica_id: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}-{self.counter:0{_COUNTER_DIGITS}d}-{self.replica_id}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, replica = text.split("-", 2)
        return cls(int(wall), int(counter), replica)


def replica_of(stamp: str) -> str:
    """The replica that made a stamp (its last part), without parsing the rest."""
    return stamp.split("-", 2)[-1]


class HybridClock:
    """Issues strictly increasing stamps for one replica; thread-safe."""

    def __init__(self, replica_id: str, now_ms=lambda: int(time.time() * 1000)) -> None:
        self.replica_id = replica_id
        self._now_ms = now_ms
        self._last = Stamp(0, 0, replica_id)
        self._lock = threading.Lock()

    def tick(self) -> str:
        """A new stamp for a local change."""
        with self._lock:
            wall = self._now_ms()
            if wall > self._last.wall_ms:
                self._last = Stamp(wall, 0, self.replica_id)
            else:
                self._last = Stamp(self._last.wall_ms, self._last.counter + 1, self.replica_id)
            return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another replica, so later local stamps win over it."""
        other = Stamp.parse(remote)
        with self._lock:
            wall = max(self._now_ms(), self._last.wall_ms, other.wall_ms)
            counter = 0
            if wall == self._last.wall_ms:
                counter = max(counter, self._last.counter + 1)
            if wall == other.wall_ms:
                counter = max(counter, other.counter + 1)
            self._last = Stamp(wall, counter, self.replica_id)
