"""Python's cycle collector, kept out of the learner's way.

A full collection walks every object the program holds: once the window is up that is
about 140 000 objects (Qt wrappers, the lesson catalogue, the model classes) and
30-100 ms on this machine, paid in the middle of whichever page switch happened to
cross the threshold. Two rules, for the real program only (`enable()`, called by
main() and by tools/benchmark.py as main() would; the tests leave Python's defaults):

- while starting, no collection at all: start-up allocates a lot and frees almost
  nothing (a full collection once the window is up finds about 50 objects to free);
- once the window is settled (the first paint done and the rest of the start built),
  everything alive is frozen (`gc.freeze()`, no walk) and the collector is on again:
  later collections look only at what came after, the pages and panels of the session.
"""
from __future__ import annotations

import gc

_enabled = False


def enable() -> None:
    """The real program: no collections while starting (settled() ends that)."""
    global _enabled
    _enabled = True
    gc.disable()


def settled() -> None:
    """The window is up: freeze what lives (the start-up's few garbage cycles with it) and
    turn the collector on again. Idempotent; nothing unless enable() was called."""
    global _enabled
    if not _enabled:
        return
    _enabled = False
    gc.freeze()
    gc.enable()


def enabled() -> bool:
    return _enabled
