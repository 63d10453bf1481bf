"""The cycle collector's policy of the real program (ui/collector.py): no collections
while starting, then the start-up's objects frozen and the collector on again."""
from __future__ import annotations

import gc

import pytest

from ui import collector


@pytest.fixture
def restored():
    yield
    collector._enabled = False
    gc.unfreeze()
    gc.enable()


def test_settled_does_nothing_unless_enabled(restored):
    collector.settled()
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()


def test_start_up_does_not_collect_then_freezes_and_collects_again(restored):
    collector.enable()
    assert collector.enabled() and not gc.isenabled()
    alive = [[n] for n in range(1000)]  # what start-up made and keeps
    collector.settled()
    assert not collector.enabled() and gc.isenabled()
    assert gc.get_freeze_count() >= len(alive)
    frozen = gc.get_freeze_count()
    collector.settled()  # once only
    assert gc.get_freeze_count() == frozen
