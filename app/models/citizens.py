"""Citizens of the simulated world and their contacts."""
from __future__ import annotations

import peewee as pw

from .base import BaseModel

# The "Utente" groups of the INPS home page (seed 000).
USER_GROUPS = (
    "cittadino",
    "pensionato",
    "lavoratore",
    "disoccupato",
    "famiglia",
    "azienda",
    "intermediario",
)


class Citizen(BaseModel):
    codice_fiscale = pw.CharField(max_length=16, unique=True)
    cognome = pw.CharField()
    nome = pw.CharField()
    sesso = pw.CharField(max_length=1)  # "M" or "F"
    data_nascita = pw.DateField()
    luogo_nascita = pw.CharField()  # comune, or the foreign state for those born abroad
    provincia_nascita = pw.CharField(max_length=2, default="")  # "EE" when born abroad
    # Residence: Italian address, or a foreign one when residenza_estera is true.
    residenza_estera = pw.BooleanField(default=False)
    indirizzo = pw.CharField(default="")
    civico = pw.CharField(default="")
    cap = pw.CharField(default="")
    comune = pw.CharField(default="")
    provincia = pw.CharField(default="")
    stato_estero = pw.CharField(default="")
    citta_estera = pw.CharField(default="")
    indirizzo_estero = pw.CharField(default="")
    gruppo = pw.CharField(default="cittadino")  # one of USER_GROUPS
    is_intermediary = pw.BooleanField(default=False)
    # Tessera sanitaria (also the CNS card number for those who have one).
    tessera_numero = pw.CharField(default="")
    tessera_scadenza = pw.DateField(null=True)
    persona_key = pw.CharField(null=True, index=True)  # demo persona this citizen comes from
    # True when INPS's archives know this person (a persona); a request may create a new one.
    known_to_inps = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()

    @property
    def full_name(self) -> str:
        return f"{self.nome} {self.cognome}"

    def address_line(self) -> str:
        if self.residenza_estera:
            return ", ".join(p for p in (self.indirizzo_estero, self.citta_estera, self.stato_estero) if p)
        return f"{self.indirizzo} {self.civico}, {self.cap} {self.comune} ({self.provincia})".strip()


class Contact(BaseModel):
    """The contacts a citizen registered with INPS (one row per citizen)."""

    citizen = pw.ForeignKeyField(Citizen, backref="contact_rows", unique=True, on_delete="CASCADE")
    cellulare = pw.CharField(default="")
    telefono_fisso = pw.CharField(default="")
    email = pw.CharField(default="")
    pec = pw.CharField(default="")
    telefono_preferenziale = pw.CharField(default="cellulare")  # "cellulare" or "fisso"
    fascia_oraria = pw.CharField(default="")  # e.g. "9-13"
    updated_at = pw.DateTimeField()
    verified_at = pw.DateTimeField(null=True)  # schema v2: last time the contacts were confirmed
