"""The person's data card (recognition over recall, LOOK.md) and the persona cards
printed for trainers.

`card(world, citizen_id)` gives what the "Scheda personale" panel shows: the
anagrafica, contacts, tessera sanitaria and identity documents as the world holds
them now, and for the demo personas their practice credentials as written in
data/personas.json (the database holds only hashes). `persona_card_pdf` and
`all_persona_cards_pdf` print the same for the trainer.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.i18n import _t
from app.models import Citizen

from . import auth, personas, spid
from .errors import ServiceError

DOCUMENT_LABELS = {
    "carta_identita": _t("Carta d'identità"),
    "patente": _t("Patente di guida"),
    "passaporto": _t("Passaporto"),
}
PHONE_LABELS = {"cellulare": _t("cellulare"), "fisso": _t("telefono fisso")}
SPID_STATES = {"active": _t("attiva"), "locked": _t("bloccata"), "suspended": _t("sospesa"), "revoked": _t("revocata")}
CREDENTIALS_NOTE = (
    _t("Sono le credenziali iniziali della persona di prova: valgono solo in Palestra INPS. "
    "Se nella simulazione le ha cambiate o ne ha ricevute di nuove, valgono quelle nuove.")
)


@dataclass(frozen=True)
class CredentialGroup:
    """One credential of a persona: a title and (label, value) rows."""

    title: str
    rows: tuple[tuple[str, str], ...]
    note: str = ""


@dataclass(frozen=True)
class PersonCard:
    citizen_id: int
    persona_key: str
    name: str
    ruolo: str
    codice_fiscale: str
    nascita: str  # "12/03/1948 a Pavia"
    sesso: str
    indirizzo: str
    contatti: tuple[tuple[str, str], ...]  # (label, value), only the ones present
    tessera_numero: str
    tessera_scadenza: str  # "scade il dd/mm/yyyy", "scaduta il dd/mm/yyyy" or ""
    documenti: tuple[tuple[str, str], ...]  # (label, "n. AX1234567, rilasciata da ..., scade il ..."), newest first
    credenziali: tuple[CredentialGroup, ...] = field(default_factory=tuple)

    @property
    def is_persona(self) -> bool:
        return bool(self.persona_key)


def _d(value) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, (dt.date, dt.datetime)) else ""


def practice_credentials(persona_key: str) -> tuple[CredentialGroup, ...]:
    """The credentials of a demo persona from data/personas.json, in plain words."""
    try:
        p = personas.persona(persona_key)
    except KeyError:
        return ()
    cred = p.get("credenziali", {})
    groups: list[CredentialGroup] = []
    if "pin" in cred:
        pin = cred["pin"]
        kind = "PIN dispositivo" if pin.get("kind") == "dispositivo" else "PIN ordinario"
        rows = [("PIN", pin["secret"])]
        note = ""
        if pin.get("expired"):
            rows.append(("Stato", "scaduto"))
            note = _t("Il PIN è scaduto: all'accesso il portale chiede di rinnovarlo.")
        elif pin.get("sedici_caratteri"):
            note = _t("È ancora il vecchio PIN di 16 caratteri: vale fino alla modifica periodica; allora il "
                      "portale guida a sceglierne uno di 8 caratteri.")
        groups.append(CredentialGroup(kind, tuple(rows), note))
    if "spid" in cred:
        s = cred["spid"]
        try:
            prov = spid.provider(s["provider"])
            provider_name, app_name = prov.name, prov.app_name
        except ServiceError:
            provider_name, app_name = s["provider"], ""
        second = f"app {app_name}" if s.get("otp_method") == "app" and app_name else "codice via SMS"
        rows = [
            ("Gestore", provider_name),
            ("Nome utente", s["username"]),
            ("Password", s["password"]),
            ("Livello", str(s.get("level", 2))),
            ("Secondo fattore", second),
        ]
        state = s.get("state", "active")
        note = ""
        if state != "active":
            rows.append(("Stato", SPID_STATES.get(state, state)))
            note = _t("L'identità SPID è {stato}: serve a esercitarsi con gli errori.",
                      stato=SPID_STATES.get(state, state))
        groups.append(CredentialGroup("Identità SPID", tuple(rows), note))
    if "cns" in cred:
        c = cred["cns"]
        groups.append(CredentialGroup(
            "Carta Nazionale dei Servizi (tessera sanitaria)",
            (("PIN della carta", c["pin"]), ("PUK", c["puk"])),
        ))
    if "cns_token" in cred:
        t = cred["cns_token"]
        groups.append(CredentialGroup(
            "Firma digitale su token USB (vale come CNS)",
            (("PIN del token", t["pin"]), ("PUK", t["puk"])),
            _t("Il token si inserisce direttamente in una porta USB del computer: il lettore di smart card non "
               "serve."),
        ))
    return tuple(groups)


def card(world, citizen_id: int | None) -> PersonCard | None:
    """The data card of a citizen of the world, or None if there is none."""
    if citizen_id is None:
        return None
    data = auth.person_card(citizen_id)
    if not data:
        return None
    citizen = auth.citizen_by_id(citizen_id)
    contact = citizen.contact_rows.first()
    contatti = [
        (label, value)
        for label, value in (
            ("Cellulare", data["cellulare"]),
            ("Telefono fisso", data["telefono_fisso"]),
            ("E-mail", data["email"]),
            ("PEC", data["pec"]),
        )
        if value
    ]
    if contact is not None and contact.telefono_preferenziale:
        preferred = PHONE_LABELS.get(contact.telefono_preferenziale, contact.telefono_preferenziale)
        hours = f", ore {contact.fascia_oraria}" if contact.fascia_oraria else ""
        contatti.append(("Preferisce essere chiamata" if citizen.sesso == "F" else "Preferisce essere chiamato",
                         f"al {preferred}{hours}"))
    today = world.clock.today()

    def expiry(date, feminine: bool = True) -> str:
        if date is None:
            return ""
        if date < today:
            return f"{'scaduta' if feminine else 'scaduto'} il {_d(date)}"
        return f"scade il {_d(date)}"

    documenti = tuple(
        (DOCUMENT_LABELS.get(d["kind"], d["kind"]),
         f"n. {d['number']}, {'rilasciato' if d['kind'] == 'passaporto' else 'rilasciata'} da "
         f"{d['issuer']}, {expiry(d['expires'], d['kind'] != 'passaporto')}")
        for d in sorted(data["documenti"], key=lambda d: d["expires"], reverse=True)
    )
    key = citizen.persona_key or ""
    ruolo = ""
    if key:
        try:
            ruolo = personas.persona(key).get("ruolo", "")
        except KeyError:
            ruolo = ""
    born = "Nata" if citizen.sesso == "F" else "Nato"
    return PersonCard(
        citizen_id=citizen.id,
        persona_key=key,
        name=data["name"],
        ruolo=ruolo,
        codice_fiscale=data["codice_fiscale"],
        nascita=f"{born} il {_d(data['data_nascita'])} a {data['luogo_nascita']}",
        sesso=citizen.sesso,
        indirizzo=data["indirizzo"],
        contatti=tuple(contatti),
        tessera_numero=data["tessera_numero"],
        tessera_scadenza=expiry(data["tessera_scadenza"]),
        documenti=documenti,
        credenziali=practice_credentials(key) if key else (),
    )


def persona_cards(world) -> list[PersonCard]:
    """The cards of every demo persona in the world, in the order of data/personas.json."""
    order = {p["key"]: i for i, p in enumerate(personas.load_personas())}
    rows = Citizen.select(Citizen.id, Citizen.persona_key).where(Citizen.persona_key.is_null(False))
    found = sorted(rows, key=lambda c: (order.get(c.persona_key, len(order)), c.id))
    return [c for c in (card(world, row.id) for row in found) if c is not None]


def persona_card_pdf(world, citizen_id: int) -> bytes:
    """The printable card of one person (for the trainer or the learner)."""
    from app.pdf import persona_cards as pdf

    c = card(world, citizen_id)
    if c is None:
        raise ServiceError(_t("Nessuna persona scelta: scelga una persona in «Io sono»."))
    data = pdf.person_cards_pdf([c], world.clock.now(), summary=False)
    world.events.record("person_card.printed", auth.citizen_by_id(citizen_id), persona=c.persona_key)
    return data


def all_persona_cards_pdf(world) -> bytes:
    """One PDF for the trainer: a summary table, then every demo persona's card on its own page."""
    from app.pdf import persona_cards as pdf

    cards = persona_cards(world)
    if not cards:
        raise ServiceError(_t("In questo mondo non ci sono persone di prova: usi «Ricomincia da capo»."))
    data = pdf.person_cards_pdf(cards, world.clock.now(), summary=True)
    world.events.record("person_card.printed_all", personas=len(cards))
    return data
