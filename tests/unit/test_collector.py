"""The cycle collector's policy of the real program (ui/collector.py): rare collections
while starting, then the start-up's objects frozen and Python's thresholds back."""
from __future__ import annotations

import gc

import pytest

from ui import collector


@pytest.fixture
def restored():
    thresholds = gc.get_threshold()
    yield
    collector._enabled = False
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_settled_does_nothing_unless_enabled(restored):
    thresholds = gc.get_threshold()
    collector.settled()
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds


def test_start_up_collects_rarely_then_freezes_and_goes_back(restored):
    thresholds = gc.get_threshold()
    collector.enable()
    assert collector.enabled()
    assert gc.get_threshold()[0] > thresholds[0] * 10  # the first generation rarely
    alive = [[n] for n in range(1000)]  # what start-up made and keeps
    collector.settled()
    assert not collector.enabled()
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() >= len(alive)
    frozen = gc.get_freeze_count()
    collector.settled()  # once only
    assert gc.get_freeze_count() == frozen
