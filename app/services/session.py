"""The portal session: who is in, and how. One per browser window.

Levels decide what is allowed: consultation with any login; requests
(domande) only with PIN dispositivo, SPID level 2 (or more) or CNS.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

METHOD_LABELS = {
    "pin_ordinario": "PIN ordinario",
    "pin_dispositivo": "PIN dispositivo",
    "spid": "SPID",
    "cns": "CNS",
}
DISPOSITIVE_METHODS = ("pin_dispositivo", "spid", "cns")


@dataclass(frozen=True)
class PortalSession:
    citizen_id: int
    codice_fiscale: str
    display_name: str
    method: str  # one of METHOD_LABELS
    started_at: dt.datetime  # simulated time
    previous_access: dt.datetime | None = None  # "Ultimo accesso" shown in the header
    spid_level: int = 0

    @property
    def method_label(self) -> str:
        label = METHOD_LABELS.get(self.method, self.method)
        if self.method == "spid" and self.spid_level:
            label = f"SPID livello {self.spid_level}"
        return label

    @property
    def can_consult(self) -> bool:
        return True

    @property
    def can_submit_requests(self) -> bool:
        """Domande need a PIN dispositivo, SPID level 2 or CNS."""
        if self.method == "spid":
            return self.spid_level >= 2
        return self.method in DISPOSITIVE_METHODS


class SessionHolder:
    """Holds the current session of a window and tells listeners when it changes."""

    def __init__(self) -> None:
        self.current: PortalSession | None = None
        self.listeners: list[Callable[[PortalSession | None], None]] = []

    @property
    def logged_in(self) -> bool:
        return self.current is not None

    def start(self, session: PortalSession) -> None:
        self.current = session
        self._notify()

    def end(self) -> None:
        if self.current is not None:
            self.current = None
            self._notify()

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener(self.current)
