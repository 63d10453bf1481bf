"""The event log. Services record what happened; the lesson engine, the trainer's
report and the audit view all read the same log. Listeners (the UI's bridge) are
told after each record so the docks can refresh."""
from __future__ import annotations

import json
from typing import Callable

from app.models import Event


class EventLog:
    def __init__(self, clock) -> None:
        self._clock = clock
        self.listeners: list[Callable[[Event], None]] = []

    def record(self, kind: str, citizen=None, /, **detail) -> Event:
        event = Event.create(
            at=self._clock.now(),
            kind=kind,
            citizen=citizen,
            detail_json=json.dumps(detail, default=str, ensure_ascii=False),
        )
        for listener in list(self.listeners):
            listener(event)
        return event

    def recent(self, limit: int = 50, kind_prefix: str = "", citizen=None) -> list[Event]:
        query = Event.select().order_by(Event.id.desc()).limit(limit)
        if kind_prefix:
            query = query.where(Event.kind.startswith(kind_prefix))
        if citizen is not None:
            query = query.where(Event.citizen == citizen)
        return list(query)


def detail(event: Event) -> dict:
    try:
        return json.loads(event.detail_json or "{}")
    except ValueError:
        return {}
