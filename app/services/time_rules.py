"""The rules that depend on time, run once when the simulated clock moves.

So "2 settimane dopo" has one meaning for the pages, the docks and the lesson engine:
the moment the Orologio moves, the PIN letter is in the letterbox and the PIN is
complete, the expired PIN is expired, the Converti PIN review is over, the domande have
moved on and the pension rates are paid, and each of these is in the event log, recorded
at the new time. Pages and docks only read.

Each rule lives in its own service module; this module only lists them, in order (a
later rule may depend on an earlier one: a domanda di pensione accolta creates the
pension whose rates the payroll then pays). Every rule is a catch-up: it applies all
that is due by the new time, whatever was missed, so running it twice changes nothing.

The clock's move calls :func:`run_due` in the same transaction as the move and its
``clock.advanced`` event (app.services.clock.advance_step); a new world runs it once
when it is seeded (app.services.personas.seed_world).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable
from app.i18n import _t


@dataclass(frozen=True)
class Rule:
    key: str
    description: str  # Italian, for trainers and developers
    apply: Callable[[object, dt.datetime], list | int]  # (world, now) -> what changed
    # (world, now) -> could anything be due? One cheap query on the tables, without importing
    # the rule's service module (opening a world runs the rules): False only when surely
    # nothing is, so the rule is skipped. None: always apply the rule.
    pending: Callable[[object, dt.datetime], bool] | None = None


def _letters_travelling(world, now) -> bool:
    from app.models import Pin

    return Pin.select().where(Pin.state == "first_half_sent").exists()


def _conversions_pending(world, now) -> bool:
    from app.models import Pin

    return Pin.select().where(Pin.conversion_pending == True).exists()  # noqa: E712 (peewee)


def _pins_expiring(world, now) -> bool:
    from app.models import Pin

    return Pin.select().where((Pin.state == "active") & Pin.expires_at.is_null(False)
                              & (Pin.expires_at <= now)).exists()


def _domande_open(world, now) -> bool:
    from app.models import Application

    # The applications the domande service made say so in their data ({"service": "domande"},
    # domande.SERVICE_TAG); an undecided one may have a step due.
    return Application.select().where((Application.outcome == "")
                                      & Application.data_json.contains('"domande"')).exists()


def _pin_letters(world, now):
    from . import pin

    return pin.deliver_due_letters(world, now)


def _pin_conversions(world, now):
    from . import pin_conversion

    return pin_conversion.apply_due(world, now)


def _pin_expiry(world, now):
    from . import pin

    return pin.expire_due(world, now)


def _domande(world, now):
    from . import domande

    return domande.advance_applications(world, now)


def _payroll(world, now):
    from . import payroll

    return payroll.accrue_all(world, now)


RULES: tuple[Rule, ...] = (
    Rule("pin.lettere", _t("La lettera con la seconda parte del PIN è arrivata: il PIN è completo."), _pin_letters,
         _letters_travelling),
    Rule("pin.conversioni", _t("La verifica di Converti PIN è finita: il PIN è dispositivo."), _pin_conversions,
         _conversions_pending),
    Rule("pin.scadenze", _t("Il PIN non cambiato da 6 mesi (3 per gli intermediari) è scaduto."), _pin_expiry,
         _pins_expiring),
    Rule("domande", _t("Le domande passano allo stato successivo e vengono definite."), _domande, _domande_open),
    Rule("pensioni", _t("Le rate di pensione del mese sono pagate (il 1° del mese)."), _payroll),
)


def run_due(world, before: dt.datetime | None, after: dt.datetime) -> dict[str, int]:
    """Apply every rule due by `after`, the clock's new time, in order; `before` is the
    time the clock moved from (None for a new world). Returns how many things each rule
    changed, by rule key. Call it inside the transaction that moves the clock."""
    now = world.clock.now()
    if after != now:
        raise ValueError(f"run_due: after={after!r} is not the clock's time {now!r}: move the clock first")
    if before is not None and before > after:
        raise ValueError("run_due: the clock never goes back")
    changed: dict[str, int] = {}
    with world.db.atomic():
        for rule in RULES:
            if rule.pending is not None and not rule.pending(world, after):
                changed[rule.key] = 0
                continue
            result = rule.apply(world, after)
            changed[rule.key] = result if isinstance(result, int) else len(result)
    return changed


__all__ = ["RULES", "Rule", "run_due"]
