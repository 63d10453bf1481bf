"""The kiosk's rules: how long a learner may be away before the kiosk goes back to the
learner picker, and the trainer's code that guards the console and the kiosk's exit.

Qt-free. The window measures idle time (ui/widgets/idle.py) and asks the policy here;
the code gate is what both the console and the kiosk ask before letting anyone past.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from ..services.session import MIN_WARNING_SECONDS, InactivityPolicy
from . import ClassroomError

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
MAX_WARNING_SECONDS = 300


def idle_policy(classroom) -> InactivityPolicy:
    """The kiosk's idle policy from the classroom's settings (kiosk.idle_minutes,
    kiosk.warning_seconds), clamped to sane values: at least 20 s of warning."""
    minutes = _int(classroom.setting("kiosk.idle_minutes"), 10)
    seconds = _int(classroom.setting("kiosk.warning_seconds"), 30)
    minutes = min(max(minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)
    seconds = min(max(seconds, MIN_WARNING_SECONDS), MAX_WARNING_SECONDS)
    idle = max(minutes * 60.0, seconds + 1.0)
    return InactivityPolicy(idle_seconds=idle, warning_seconds=float(seconds))


def set_idle_times(classroom, minutes: str | int, seconds: str | int) -> None:
    """The trainer's choice of idle time and warning; refused in plain Italian."""
    errors = {}
    m = _int(minutes, None)
    s = _int(seconds, None)
    if m is None or not MIN_IDLE_MINUTES <= m <= MAX_IDLE_MINUTES:
        errors["minutes"] = (f"Scriva un numero di minuti da {MIN_IDLE_MINUTES} a {MAX_IDLE_MINUTES}.")
    if s is None or not MIN_WARNING_SECONDS <= s <= MAX_WARNING_SECONDS:
        errors["seconds"] = (f"Il preavviso va da {MIN_WARNING_SECONDS} a {MAX_WARNING_SECONDS} secondi: "
                             "chi si è distratto deve avere il tempo di premere «Continuo».")
    if not errors and s >= m * 60:
        errors["seconds"] = "Il preavviso deve essere più breve del tempo di inattività."
    if errors:
        raise GateError(errors)
    classroom.set_setting("kiosk.idle_minutes", str(m))
    classroom.set_setting("kiosk.warning_seconds", str(s))


def kiosk_warning_text(seconds_left: int) -> str:
    unit = "secondo" if seconds_left == 1 else "secondi"
    return (f"Tra {seconds_left} {unit} questa postazione torna all'elenco degli allievi. "
            "Il suo lavoro resta salvato: potrà continuare quando vuole. "
            "Se è ancora qui, prema «Continuo».")


def _int(value, default):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default


class GateError(ClassroomError):
    """Refusals attached to fields: `errors` maps a field name to an Italian message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(next(iter(errors.values())))
        self.errors = dict(errors)


@dataclass
class TrainerGate:
    """The trainer's code, asked for before the console opens or a kiosk closes; on
    first use it is chosen (typed twice). After MAX_FAILURES wrong codes in a row, the
    gate refuses for LOCK_SECONDS (a learner at a kiosk cannot just try them all)."""

    classroom: object
    now: Callable[[], float] = time.monotonic
    MAX_FAILURES = 5
    LOCK_SECONDS = 60

    def __post_init__(self) -> None:
        self.failures = 0
        self.locked_until = 0.0

    @property
    def needs_code(self) -> bool:
        """True when no code was chosen yet: the gate asks to set one."""
        return not self.classroom.has_trainer_code()

    def set_first_code(self, code: str, repeat: str) -> None:
        if not self.needs_code:
            raise GateError({"code": "Il codice del formatore è già stato scelto: lo scriva per entrare."})
        self._check_new(code, repeat)
        self.classroom.set_trainer_code(code)

    def change_code(self, current: str, code: str, repeat: str) -> None:
        errors = {}
        if not self.classroom.check_trainer_code(current or ""):
            errors["current"] = "Il codice attuale non è corretto."
        try:
            self._check_new(code, repeat)
        except GateError as exc:
            errors.update(exc.errors)
        if errors:
            raise GateError(errors)
        self.classroom.set_trainer_code(code, current=current)

    def check(self, code: str) -> None:
        """Passes silently when `code` is right; otherwise GateError (field "code")."""
        left = self.locked_until - self.now()
        if left > 0:
            raise GateError({"code": f"Troppi codici sbagliati: riprovi tra {int(left) + 1} secondi."})
        if not (code or "").strip():
            raise GateError({"code": "Scriva il codice del formatore."})
        if self.classroom.check_trainer_code(code):
            self.failures = 0
            return
        self.failures += 1
        if self.failures >= self.MAX_FAILURES:
            self.failures = 0
            self.locked_until = self.now() + self.LOCK_SECONDS
            raise GateError({"code": f"Codice non corretto per {self.MAX_FAILURES} volte: "
                                     f"riprovi tra {self.LOCK_SECONDS} secondi."})
        raise GateError({"code": "Il codice non è corretto. Lo scriva di nuovo, facendo attenzione a "
                                 "maiuscole e minuscole."})

    @staticmethod
    def _check_new(code: str, repeat: str) -> None:
        code = (code or "").strip()
        if len(code) < 6:
            raise GateError({"code": "Il codice deve avere almeno 6 caratteri (lettere o cifre)."})
        if code != (repeat or "").strip():
            raise GateError({"repeat": "I due codici non sono uguali: li scriva di nuovo."})
