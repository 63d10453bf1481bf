"""The portal session: who is in, and how. One per browser window.

Levels decide what is allowed: consultation with any login; requests
(domande) only with PIN dispositivo, SPID level 2 (or more) or CNS. SPID and CNS count
as a PIN dispositivo from 21 July 2017 (seed 001): a session opened at an earlier
simulated date with SPID or CNS may only consult.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from app.i18n import N_, _t

from .errors import ServiceError

METHOD_LABELS = {
    "pin_ordinario": N_("PIN ordinario"),
    "pin_dispositivo": N_("PIN dispositivo"),
    "spid": N_("SPID"),
    "cns": N_("CNS"),
}
DISPOSITIVE_METHODS = ("pin_dispositivo", "spid", "cns")

# From this date SPID and CNS count as a PIN dispositivo; before it they only let one consult.
SPID_CNS_DISPOSITIVO_FROM = dt.date(2017, 7, 21)
SPID_CNS_DISPOSITIVO_TEXT = N_(  # seed 001, verbatim
    "L’accesso ai servizi online INPS tramite credenziali SPID o CNS è attivo dal 21 luglio 2017 e la "
    "loro valenza è pari a quello di un accesso tramite PIN dispositivo."
)


def spid_cns_count_as_dispositivo(moment: dt.datetime | dt.date) -> bool:
    """True from 21 July 2017 (simulated time): SPID level 2 and CNS count as a PIN dispositivo."""
    day = moment.date() if isinstance(moment, dt.datetime) else moment
    return day >= SPID_CNS_DISPOSITIVO_FROM


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
            label = _t("SPID livello {level}", level=self.spid_level)
        return label

    @property
    def can_consult(self) -> bool:
        return True

    @property
    def can_submit_requests(self) -> bool:
        """Domande need a PIN dispositivo, SPID level 2 or CNS; SPID and CNS only for a
        session opened from 21 July 2017 (the simulated date of the login)."""
        if self.method in ("spid", "cns") and not spid_cns_count_as_dispositivo(self.started_at):
            return False
        if self.method == "spid":
            return self.spid_level >= 2
        return self.method in DISPOSITIVE_METHODS

    @property
    def spid_cns_too_early(self) -> bool:
        """SPID or CNS used before 21 July 2017: it does not count as a PIN dispositivo yet."""
        return self.method in ("spid", "cns") and not spid_cns_count_as_dispositivo(self.started_at)


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


# --- What each way of entering allows (issue 4): one rule, one message -------------

# The PIN online menu, where «Vuoi il PIN dispositivo?» leads to «Converti PIN» (seed 000).
PIN_CONVERSION_HINT_URL = "https://serviziweb2.inps.it/RichiestaPin/jsp/dispositivo.jsp"

NOT_LOGGED_IN = N_("Per presentare una domanda deve prima entrare in MyINPS con le sue credenziali.")
DISPOSITIVO_REQUIRED = N_(
    "Per presentare una domanda all'INPS serve il PIN dispositivo, SPID di livello 2 oppure la Carta "
    "Nazionale dei Servizi (CNS). Lei è entrato con {label}, che permette solo di consultare i propri dati. "
    "Per avere il PIN dispositivo: nel menu «Il PIN online» scelga «Vuoi il PIN dispositivo?» e poi "
    "«Converti PIN» (serve la copia di un documento di identità valido); in una sede INPS lo ricevono subito. "
    "In alternativa esca ed entri di nuovo con SPID di livello 2 o CNS."
)
DISPOSITIVO_NOT_YET = N_(
    "Per presentare una domanda all'INPS serve il PIN dispositivo. Lei è entrato con {label}: "
    "l'accesso con SPID o CNS vale quanto un PIN dispositivo solo dal 21 luglio 2017, e oggi è il {today}. "
    "Fino ad allora SPID e CNS permettono solo di consultare i propri dati. Per presentare la domanda esca "
    "ed entri con il PIN dispositivo; se ha solo il PIN ordinario, nel menu «Il PIN online» scelga "
    "«Vuoi il PIN dispositivo?» e poi «Converti PIN», oppure lo riceva subito in una sede INPS."
)


def dispositivo_required_text(session: PortalSession | None) -> str:
    """The one message for a session that may only consult (Lei form)."""
    if session is None:
        return NOT_LOGGED_IN
    if session.spid_cns_too_early:
        return _t(DISPOSITIVO_NOT_YET, label=session.method_label, today=session.started_at.strftime("%d/%m/%Y"))
    return _t(DISPOSITIVO_REQUIRED, label=session.method_label)


class DispositivoRequired(ServiceError):
    """The session may only consult: `help_url` is the PIN online page to convert the PIN."""

    def __init__(self, message: str):
        super().__init__(message, "login")
        self.help_url = PIN_CONVERSION_HINT_URL


def require_dispositivo(session: PortalSession | None) -> PortalSession:
    """The one gate in front of every domanda (PIN dispositivo, SPID level 2 or CNS):
    returns the session, raises ServiceError (no session) or DispositivoRequired."""
    if session is None:
        raise ServiceError(NOT_LOGGED_IN, "login")
    if not session.can_submit_requests:
        raise DispositivoRequired(dispositivo_required_text(session))
    return session


# --- Inactivity: warn first, at least 20 s to extend with one click, then end ----------

MIN_WARNING_SECONDS = 20  # WCAG 2.2.1: at least 20 s to extend with a simple action


@dataclass(frozen=True)
class InactivityPolicy:
    """When an idle portal session warns and ends.

    Measured in real seconds of inactivity by the window (this is about the learner at
    the keyboard, not about the simulated world). `phase(idle)` is a pure function: the
    window asks it, shows the warning with one "Continua la sessione" button, and ends the
    session when it says "expired".
    """

    idle_seconds: float  # inactivity after which the session ends
    warning_seconds: float = 60.0  # how long before the end the warning appears

    def __post_init__(self) -> None:
        if self.warning_seconds < MIN_WARNING_SECONDS:
            raise ValueError(f"il preavviso deve durare almeno {MIN_WARNING_SECONDS} secondi")
        if self.idle_seconds <= self.warning_seconds:
            raise ValueError("la durata della sessione deve superare il preavviso")

    @classmethod
    def from_settings(cls) -> "InactivityPolicy":
        from . import settings

        minutes = max(1, settings.get_int("session.idle_minutes"))
        warning = max(MIN_WARNING_SECONDS, settings.get_int("session.warning_seconds"))
        idle = max(minutes * 60.0, warning + 1.0)
        return cls(idle_seconds=idle, warning_seconds=float(warning))

    @property
    def warn_after(self) -> float:
        return self.idle_seconds - self.warning_seconds

    def phase(self, idle: float) -> str:
        """"active", "warning" or "expired" after `idle` seconds without activity."""
        if idle >= self.idle_seconds:
            return "expired"
        if idle >= self.warn_after:
            return "warning"
        return "active"

    def seconds_left(self, idle: float) -> int:
        """Whole seconds before the end (rounded up, never negative)."""
        left = self.idle_seconds - idle
        return max(0, int(left) + (1 if left > int(left) else 0))


def warning_text(seconds_left: int) -> str:
    if seconds_left == 1:
        return _t("Per la sua sicurezza la sessione sta per scadere: tra 1 secondo uscirà da MyINPS. "
                  "Prema «Continua la sessione» per restare in MyINPS.")
    return _t("Per la sua sicurezza la sessione sta per scadere: tra {seconds} secondi uscirà da MyINPS. "
              "Prema «Continua la sessione» per restare in MyINPS.", seconds=seconds_left)


EXPIRED_TEXT = N_(
    "La sessione è scaduta per inattività e sei uscito da MyINPS. "
    "I dati non inviati non sono stati salvati. Per continuare entra di nuovo."
)
