"""Errors that services return to pages: plain Italian, attached to a field when possible."""
from __future__ import annotations


class ServiceError(Exception):
    """A refusal the user must read. `field` names the form field it concerns (or "")."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(ServiceError):
    """Several field errors at once: `errors` maps field name -> Italian message."""

    def __init__(self, errors: dict[str, str]):
        first = next(iter(errors.values()), "Dati non validi.")
        super().__init__(first, next(iter(errors), ""))
        self.errors = dict(errors)
