"""Errors that services return to pages: plain Italian, attached to a field when possible.

Messages are marked for translation with app.i18n._t; a placeholder's value may be given
either to `_t` or to the error itself:

    raise ServiceError(_t("PIN errato. {tentativi} prima del blocco.", tentativi=left), "pin")
    raise ServiceError("PIN errato. {tentativi} prima del blocco.", "pin", tentativi=left)

`.message` is always the Italian text with the arguments filled in (what the existing
callers compare and show); `.template` and `.params` are what the interface translates.
"""
from __future__ import annotations

from typing import Any

from app.i18n import N_, Text, template_of


class ServiceError(Exception):
    """A refusal the user must read. `field` names the form field it concerns (or "")."""

    def __init__(self, message: str, field: str = "", **args: Any):
        if args:
            message = Text(message, **args)
        super().__init__(message)
        self.message = message
        self.field = field

    @property
    def template(self) -> str:
        return template_of(self.message)[0]

    @property
    def params(self) -> dict[str, Any]:
        """The placeholders' values (not `args`: that is Exception's own tuple)."""
        return template_of(self.message)[1]


class ValidationError(ServiceError):
    """Several field errors at once: `errors` maps field name -> Italian message."""

    def __init__(self, errors: dict[str, str]):
        first = next(iter(errors.values()), N_("Dati non validi."))
        super().__init__(first, next(iter(errors), ""))
        self.errors = dict(errors)
