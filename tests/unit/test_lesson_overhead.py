"""The lesson engine's share of every recorded event stays small: a poll that finds
nothing new asks the log one cheap question and stops; each new event is read once.
(The cost itself is measured by tools/benchmark.py, never by a timed test.)"""
from __future__ import annotations

from app.lessons.session import LessonSession


class _Counting:
    def __init__(self, events):
        self.events = events
        self.calls = {"last_id": 0, "since": 0}

    def last_id(self):
        self.calls["last_id"] += 1
        return self.events.last_id()

    def since(self, cursor, kinds=None):
        self.calls["since"] += 1
        return self.events.since(cursor, kinds)


def test_a_poll_with_nothing_new_reads_nothing_and_each_event_is_read_once(world, monkeypatch):
    session, _info = LessonSession.start(world, "trova-il-sito")
    counting = _Counting(world.events)
    monkeypatch.setattr(session, "world", type("W", (), {"events": counting, "classroom": world.classroom,
                                                          "clock": world.clock})())
    assert session.poll() == []
    assert counting.calls == {"last_id": 1, "since": 0}
    world.events.record("page.visited", url="https://www.meteo.sim/pavia", page_kind="page")
    session.poll()
    assert counting.calls == {"last_id": 2, "since": 1}
    assert session.cursor == world.events.last_id()
    assert session.poll() == [] and counting.calls == {"last_id": 3, "since": 1}


def test_the_step_still_advances_on_its_event(world):
    session, _info = LessonSession.start(world, "trova-il-sito")
    step = session.lesson.steps[0]
    while step.understood:
        session.understood()
        step = session.runner.step
    condition = step.done[0]
    assert condition.page, "the first action step of trova-il-sito is reaching a page"
    world.events.record("page.visited", url=condition.page.rstrip("*"), page_kind="page")
    said = session.poll()
    assert [f.kind for f in said] in (["advanced"], ["finished"])
    assert session.poll() == []
