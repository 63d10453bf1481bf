"""Opening a portal session once a login channel (PIN, SPID, CNS) has verified
the credentials. Every channel ends here, so the event log and the "Ultimo accesso"
shown in MyINPS are the same whatever the way in."""
from __future__ import annotations

from app.models import Citizen, Event

from . import codice_fiscale as cfmod
from .session import METHOD_LABELS, PortalSession


def citizen_by_cf(codice_fiscale: str) -> Citizen | None:
    """The citizen with this codice fiscale (spaces and case ignored). Text that cannot be a
    codice fiscale (not 16 ASCII letters and digits: a look-alike, a lone surrogate, 10,000
    characters) finds nobody without reaching the database."""
    code = cfmod.normalize(codice_fiscale)
    if len(code) != 16 or not (code.isascii() and code.isalnum()):
        return None
    return Citizen.get_or_none(Citizen.codice_fiscale == code)


def citizen_by_id(citizen_id: int) -> Citizen | None:
    return Citizen.get_or_none(Citizen.id == citizen_id)


def last_access(citizen: Citizen):
    """The simulated time of the citizen's previous successful login, or None."""
    row = (
        Event.select(Event.at)
        .where((Event.citizen == citizen) & (Event.kind == "session.opened"))
        .order_by(Event.at.desc())
        .first()
    )
    return row.at if row else None


def open_session(world, citizen: Citizen, method: str, *, spid_level: int = 0) -> PortalSession:
    if method not in METHOD_LABELS:
        raise ValueError(f"unknown login method {method!r}")
    previous = last_access(citizen)
    session = PortalSession(
        citizen_id=citizen.id,
        codice_fiscale=citizen.codice_fiscale,
        display_name=f"{citizen.nome} {citizen.cognome}",
        method=method,
        started_at=world.clock.now(),
        previous_access=previous,
        spid_level=spid_level,
    )
    world.events.record("session.opened", citizen, method=method, spid_level=spid_level)
    return session


def close_session(world, session: PortalSession, reason: str = "logout") -> None:
    world.events.record("session.closed", citizen_by_id(session.citizen_id), method=session.method, reason=reason)


def world_people(world) -> list[dict]:
    """The people whose world (phone, mailbox, letterbox, wallet) the learner can play."""
    rows = Citizen.select().order_by(Citizen.persona_key.is_null(), Citizen.id)
    return [
        {"id": c.id, "name": f"{c.nome} {c.cognome}", "codice_fiscale": c.codice_fiscale,
         "persona_key": c.persona_key or ""}
        for c in rows
    ]


def person_card(citizen_id: int) -> dict:
    """What a learner may look up instead of remembering (recognition over recall)."""
    c = citizen_by_id(citizen_id)
    if c is None:
        return {}
    contact = c.contact_rows.first()
    docs = [
        {"kind": d.kind, "number": d.number, "issuer": d.issuer, "expires": d.expires}
        for d in c.identity_documents
    ]
    return {
        "name": f"{c.nome} {c.cognome}",
        "codice_fiscale": c.codice_fiscale,
        "data_nascita": c.data_nascita,
        "luogo_nascita": c.luogo_nascita,
        "indirizzo": c.address_line(),
        "cellulare": contact.cellulare if contact else "",
        "telefono_fisso": contact.telefono_fisso if contact else "",
        "email": contact.email if contact else "",
        "pec": contact.pec if contact else "",
        "tessera_numero": c.tessera_numero,
        "tessera_scadenza": c.tessera_scadenza,
        "documenti": docs,
    }
