"""INPS records: contributions, pensions, payments, applications, certificates.

Money is stored in euro cents (integers) so that every document adds up exactly.
"""
from __future__ import annotations

import peewee as pw

from .base import BaseModel
from .citizens import Citizen


class Contribution(BaseModel):
    """One period of the estratto conto contributivo."""

    citizen = pw.ForeignKeyField(Citizen, backref="contributions", on_delete="CASCADE")
    dal = pw.DateField()
    al = pw.DateField()
    tipo = pw.CharField()  # "Lavoro dipendente", "Lavoro autonomo", "Disoccupazione", ...
    gestione = pw.CharField(default="FPLD")  # FPLD, GS (Gestione Separata), ART, COM, ...
    datore = pw.CharField(default="")  # employer, fund or (autonomi) the titolare
    settimane_diritto = pw.IntegerField(default=0)  # weeks useful for the right
    settimane_calcolo = pw.IntegerField(default=0)  # weeks useful for the computation
    retribuzione_cents = pw.IntegerField(default=0)  # pay / income of the period
    contributi_cents = pw.IntegerField(default=0)  # contributions credited (IVS part)
    note = pw.CharField(default="")

    class Meta:
        indexes = ((("citizen", "dal"), False),)


class Pension(BaseModel):
    citizen = pw.ForeignKeyField(Citizen, backref="pensions", on_delete="CASCADE")
    categoria = pw.CharField()  # e.g. "VO", "IO", "SO"
    fondo = pw.CharField(default="")  # e.g. "FPLD", "COM"
    numero_certificato = pw.CharField()
    sede = pw.CharField()  # e.g. "Pavia"
    decorrenza = pw.DateField()
    importo_mensile_lordo_cents = pw.IntegerField()  # at decorrenza
    stato = pw.CharField(default="in pagamento")


class Payment(BaseModel):
    """One monthly rate of a pension (month 13 is the tredicesima)."""

    pension = pw.ForeignKeyField(Pension, backref="payments", on_delete="CASCADE")
    citizen = pw.ForeignKeyField(Citizen, backref="payments", on_delete="CASCADE")
    year = pw.IntegerField()
    month = pw.IntegerField()  # 1..12, 13 = tredicesima (paid with December)
    paid_on = pw.DateField()
    lordo_cents = pw.IntegerField()
    irpef_cents = pw.IntegerField(default=0)
    add_regionale_cents = pw.IntegerField(default=0)
    add_comunale_cents = pw.IntegerField(default=0)
    altre_trattenute_cents = pw.IntegerField(default=0)
    netto_cents = pw.IntegerField()

    class Meta:
        indexes = ((("citizen", "year", "month"), False),)


class Application(BaseModel):
    """A domanda presented to INPS, with its stato di avanzamento."""

    citizen = pw.ForeignKeyField(Citizen, backref="applications", on_delete="CASCADE")
    kind = pw.CharField()  # e.g. "pensione_vecchiaia", "invalidita_civile", "versamenti_volontari"
    title = pw.CharField()
    protocol = pw.CharField(unique=True)
    state = pw.CharField(default="presentata")
    submitted_at = pw.DateTimeField()
    decided_at = pw.DateTimeField(null=True)
    outcome = pw.CharField(default="")  # "accolta", "respinta" or ""
    data_json = pw.TextField(default="{}")  # the form's fields


class ApplicationStatus(BaseModel):
    application = pw.ForeignKeyField(Application, backref="history", on_delete="CASCADE")
    state = pw.CharField()
    at = pw.DateTimeField()
    note = pw.CharField(default="")


class MedicalCertificate(BaseModel):
    """Certificato medico introduttivo (invalidità civile)."""

    citizen = pw.ForeignKeyField(Citizen, backref="medical_certificates", on_delete="CASCADE")
    numero = pw.CharField(unique=True)
    medico = pw.CharField()
    issued_at = pw.DateTimeField()
    diagnosi = pw.CharField(default="")
    application = pw.ForeignKeyField(Application, null=True, backref="certificates", on_delete="SET NULL")
