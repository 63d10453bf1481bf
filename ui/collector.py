"""Python's cycle collector, kept out of the learner's way.

A full collection walks every object the program holds: once the window is up that is
about 140 000 objects (Qt wrappers, the lesson catalogue, the model classes) and
30-100 ms on this machine, paid in the middle of whichever page switch happened to
cross the threshold. Two rules, for the real program only (`enable()`, called by
main() and by tools/benchmark.py as main() would; the tests leave Python's defaults):

- while starting, collections are rare: start-up allocates a lot and frees little;
- once the window is settled (the first paint done and the rest of the start built),
  the young garbage is collected and everything alive is frozen (`gc.freeze()`): later
  collections look only at what came after, that is the pages and panels of the session.
"""
from __future__ import annotations

import gc

# Python's own thresholds, restored once settled; while starting the first generation is
# collected every 50 000 allocations instead of 700 (a start-up makes ~80 collections).
_DEFAULT = gc.get_threshold()
_STARTING = (50_000, _DEFAULT[1], _DEFAULT[2])

_enabled = False


def enable() -> None:
    """The real program: few collections while starting (settled() ends that)."""
    global _enabled
    _enabled = True
    gc.set_threshold(*_STARTING)


def settled() -> None:
    """The window is up: collect the young garbage, freeze what lives on, and go back to
    Python's thresholds. Idempotent; nothing unless enable() was called."""
    global _enabled
    if not _enabled:
        return
    _enabled = False
    gc.collect(1)  # the young generations only: a few ms, not the full walk
    gc.freeze()
    gc.set_threshold(*_DEFAULT)


def enabled() -> bool:
    return _enabled
