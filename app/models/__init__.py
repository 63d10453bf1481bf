"""Peewee models of the simulated world (Qt-free)."""
from .base import BaseModel, database_proxy
from .citizens import USER_GROUPS, Citizen, Contact
from .credentials import (
    DOCUMENT_KINDS,
    PIN_CHANNELS,
    PIN_KINDS,
    PIN_STATES,
    SPID_STATES,
    CnsCard,
    IdentityDocument,
    Pin,
    SpidIdentity,
)
from .records import Application, ApplicationStatus, Contribution, MedicalCertificate, Payment, Pension
from .world import MESSAGE_CHANNELS, ClockState, Document, Event, Message, SchemaVersion, Setting

# Creation order respects foreign keys.
ALL_MODELS = [
    SchemaVersion,
    Setting,
    ClockState,
    Citizen,
    Contact,
    Pin,
    SpidIdentity,
    CnsCard,
    IdentityDocument,
    Document,
    Message,
    Event,
    Contribution,
    Pension,
    Payment,
    Application,
    ApplicationStatus,
    MedicalCertificate,
]

__all__ = [m.__name__ for m in ALL_MODELS] + [
    "ALL_MODELS",
    "BaseModel",
    "database_proxy",
    "USER_GROUPS",
    "PIN_STATES",
    "PIN_KINDS",
    "PIN_CHANNELS",
    "SPID_STATES",
    "DOCUMENT_KINDS",
    "MESSAGE_CHANNELS",
]
