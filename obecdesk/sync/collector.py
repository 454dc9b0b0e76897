"""The cyclic garbage collector held off while a bundle is built or read.

A full bundle is a hundred thousand small records (lists, tuples, strings) that all stay alive
until the bundle is written or merged; every few hundred of them the collector would walk the
young ones again and find nothing to free, which cost a third of building or checking them.
Reference counting still frees everything as usual; the collector runs again afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the collector off for the block (left off if it was off before)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
