"""The world around the citizen: messages, documents, events, the clock, settings."""
from __future__ import annotations

import peewee as pw

from .base import BaseModel
from .citizens import Citizen

MESSAGE_CHANNELS = ("sms", "email", "pec", "letter", "app", "call")


class Document(BaseModel):
    """A document of the world. `pdf` holds the bytes of documents that exist as
    such (a letter, a sealed envelope, an upload); documents derived from records
    (CU, ObisM, estratto conto) are generated on demand and have no bytes."""

    citizen = pw.ForeignKeyField(Citizen, backref="documents", null=True, on_delete="CASCADE")
    kind = pw.CharField(index=True)  # "lettera_pin", "cu", "obism", "estratto_conto", "modulo_mv35", ...
    year = pw.IntegerField(null=True)
    month = pw.IntegerField(null=True)
    title = pw.CharField()
    created_at = pw.DateTimeField()
    pdf = pw.BlobField(null=True)
    meta_json = pw.TextField(default="{}")


class Message(BaseModel):
    """An SMS, e-mail, PEC, letter, phone-app notification or phone call that
    reaches the citizen at `deliver_at` (simulated time)."""

    citizen = pw.ForeignKeyField(Citizen, backref="messages", on_delete="CASCADE")
    channel = pw.CharField(index=True)  # one of MESSAGE_CHANNELS
    sender = pw.CharField()
    address = pw.CharField(default="")  # the number or e-mail address it was sent to
    subject = pw.CharField(default="")
    body = pw.TextField(default="")
    created_at = pw.DateTimeField()
    deliver_at = pw.DateTimeField(index=True)
    read = pw.BooleanField(default=False)
    document = pw.ForeignKeyField(Document, null=True, backref="messages", on_delete="SET NULL")
    meta_json = pw.TextField(default="{}")


class Event(BaseModel):
    """The event log: what happened, when (simulated time), to whom."""

    at = pw.DateTimeField(index=True)
    kind = pw.CharField(index=True)  # e.g. "pin.requested", "login.failed", "page.visited"
    citizen = pw.ForeignKeyField(Citizen, null=True, backref="events", on_delete="SET NULL")
    detail_json = pw.TextField(default="{}")


class ClockState(BaseModel):
    """The simulated clock: one row."""

    now = pw.DateTimeField()


class Setting(BaseModel):
    key = pw.CharField(primary_key=True)
    value = pw.TextField()


class SchemaVersion(BaseModel):
    version = pw.IntegerField()
    applied_at = pw.CharField()  # real (wall clock) timestamp: this is about the file, not the world
