"""Modifica contatti (the PassiWeb header link of seed 000): a logged-in citizen
updates the telephone numbers and e-mail addresses INPS uses to reach them.
Same checks as the PIN request (app.services.fields): at least one telephone and one e-mail."""
from __future__ import annotations

from dataclasses import dataclass

from app.i18n import N_, _t
from app.models import Citizen, Contact

from . import fields as fieldmod
from .errors import ValidationError

FIELDS = fieldmod.CONTACT_FIELDS
LABELS = {"cellulare": N_("Cellulare"), "telefono_fisso": N_("Telefono fisso"), "email": N_("E-mail"),
          "pec": N_("PEC")}


@dataclass(frozen=True)
class Contacts:
    cellulare: str
    telefono_fisso: str
    email: str
    pec: str


def current(world, citizen_id: int) -> Contacts:
    row = Contact.get_or_none(Contact.citizen == citizen_id)
    if row is None:
        return Contacts("", "", "", "")
    return Contacts(row.cellulare, row.telefono_fisso, row.email, row.pec)


def update(world, session, **values: str) -> Contacts:
    """Check every field, then save all of them together (or nothing)."""
    if session is None:
        raise ValidationError({"": _t("Per modificare i contatti occorre prima accedere a MyINPS.")})
    clean, errors = fieldmod.clean_values(values, FIELDS, LABELS)
    for key, message in fieldmod.check_contacts(clean).items():
        errors.setdefault(key, message)
    if errors:
        raise ValidationError(errors)
    now = world.clock.now()
    citizen = Citizen.get_by_id(session.citizen_id)
    with world.db.atomic():
        row = Contact.get_or_none(Contact.citizen == citizen)
        if row is None:
            row = Contact(citizen=citizen)
        for key in FIELDS:
            setattr(row, key, clean[key])
        row.updated_at = now
        row.verified_at = now
        row.save()
        world.events.record("contacts.updated", citizen, fields=[k for k in FIELDS if clean[k]])
    return current(world, citizen.id)
