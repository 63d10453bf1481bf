"""Credentials: INPS PINs, SPID identities, CNS cards, identity documents."""
from __future__ import annotations

import peewee as pw

from .base import BaseModel
from .citizens import Citizen

# States of the PIN state machine (app/services/pin.py owns the transitions).
PIN_STATES = (
    "requested",  # request accepted, nothing delivered yet
    "first_half_sent",  # first 8 characters sent by SMS / e-mail / PEC
    "complete",  # the letter with the second half has been delivered
    "to_change",  # the 16 characters were used: a new 8-character PIN must be chosen
    "active",
    "expired",
    "locked",
    "revoked",
)
PIN_KINDS = ("ordinario", "dispositivo")
PIN_CHANNELS = ("online", "contact_center", "sede", "ripristino", "demo")


class Pin(BaseModel):
    citizen = pw.ForeignKeyField(Citizen, backref="pins", on_delete="CASCADE")
    kind = pw.CharField(default="ordinario")
    state = pw.CharField(default="requested", index=True)
    channel = pw.CharField(default="online")
    intermediary = pw.BooleanField(default=False)
    secret_hash = pw.CharField(default="")  # salted slow hash of the current secret
    previous_hash = pw.CharField(default="")  # hash of the secret before the last change
    initial = pw.BooleanField(default=True)  # True while the secret is the 16-character one
    conversion_pending = pw.BooleanField(default=False)
    failures = pw.IntegerField(default=0)  # consecutive failed logins
    created_at = pw.DateTimeField()
    set_at = pw.DateTimeField(null=True)  # when the current secret was chosen
    expires_at = pw.DateTimeField(null=True)
    last_login_at = pw.DateTimeField(null=True)
    previous_login_at = pw.DateTimeField(null=True)
    locked_at = pw.DateTimeField(null=True)
    revoked_at = pw.DateTimeField(null=True)


SPID_STATES = ("active", "locked", "suspended", "revoked")


class SpidIdentity(BaseModel):
    citizen = pw.ForeignKeyField(Citizen, backref="spid_identities", on_delete="CASCADE")
    provider = pw.CharField()  # key of a fictitious identity provider (data/spid_providers.json)
    username = pw.CharField(unique=True)
    password_hash = pw.CharField()
    level = pw.IntegerField(default=2)
    state = pw.CharField(default="active")
    failures = pw.IntegerField(default=0)
    otp_method = pw.CharField(default="sms")  # "sms" or "app"
    created_at = pw.DateTimeField()


class CnsCard(BaseModel):
    citizen = pw.ForeignKeyField(Citizen, backref="cns_cards", on_delete="CASCADE")
    card_number = pw.CharField(max_length=20)
    expires = pw.DateField()
    pin_hash = pw.CharField()
    puk_hash = pw.CharField()
    pin_failures = pw.IntegerField(default=0)
    puk_failures = pw.IntegerField(default=0)
    blocked = pw.BooleanField(default=False)
    created_at = pw.DateTimeField()


DOCUMENT_KINDS = ("carta_identita", "patente", "passaporto")


class IdentityDocument(BaseModel):
    citizen = pw.ForeignKeyField(Citizen, backref="identity_documents", on_delete="CASCADE")
    kind = pw.CharField()
    number = pw.CharField()
    issuer = pw.CharField()
    issued = pw.DateField()
    expires = pw.DateField()
