"""Carrying out the orders the trainer's console left for a learner's world.

The console never opens a learner's world: it writes an order in the classroom store,
and the process that has the world open applies it (at once while it runs, at the next
opening otherwise). Each order is marked applied with what was done, in Italian.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..services import scenarios
from ..services.errors import ServiceError


@dataclass(frozen=True)
class Applied:
    kind: str  # "reset" | "fault"
    message: str  # Italian, for the learner's status bar and the console
    ok: bool = True


def apply_pending(world) -> list[Applied]:
    """Apply every pending order of the world's learner, oldest first."""
    classroom, learner = world.classroom, world.learner
    if classroom is None or learner is None:
        return []
    done: list[Applied] = []
    for order_id, kind, payload in classroom.pending_orders(learner.id):
        world.activate()
        if kind == "reset":
            world.reset()
            result = Applied("reset", "Il formatore ha riportato il suo mondo simulato allo stato iniziale.")
        elif kind == "fault":
            try:
                outcome = scenarios.apply(world, payload.get("fault", ""), payload.get("persona") or None)
                result = Applied("fault", f"Il formatore ha preparato una situazione da risolvere: {outcome}")
            except ServiceError as exc:
                result = Applied("fault", f"La situazione chiesta dal formatore non si applica: {exc.message}",
                                 ok=False)
        else:
            result = Applied(kind, f"Ordine sconosciuto «{kind}»: ignorato.", ok=False)
        classroom.activate()
        classroom.mark_applied(order_id, result.message)
        done.append(result)
    return done
