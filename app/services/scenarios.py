"""Named changes of a world: the trainer's faults and the lessons' starting states.

One catalogue serves both. Each change applies to one persona of the learner's world
(its default when none is given) and records ``world.fault_applied``; a change that
makes no sense for that persona (no PIN to lock, no SPID identity, no card, no letter
on its way) raises ServiceError with an Italian message that says why.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from app.i18n import _t
from app.models import Citizen, CnsCard, IdentityDocument, Message, Pin, SpidIdentity

from . import personas
from .errors import ServiceError


@dataclass(frozen=True)
class Scenario:
    key: str
    label: str  # Italian, for the trainer's console and the lesson files
    description: str
    default_persona: str
    apply: Callable[[object, Citizen], str]  # returns what was done, in Italian


def _current_pin(citizen: Citizen) -> Pin:
    pin = (Pin.select().where((Pin.citizen == citizen) & Pin.state.not_in(("revoked",)))
           .order_by(Pin.id.desc()).first())
    if pin is None:
        raise ServiceError(_t("{nome} {cognome} non ha un PIN da modificare.", nome=citizen.nome, cognome=citizen.cognome))
    return pin


def _pin_locked(world, citizen: Citizen) -> str:
    from . import pin as pin_service

    pin = _current_pin(citizen)
    if pin.state == "locked":
        return _t("Il PIN era già bloccato.")
    limit = pin_service.max_failures()
    pin.failures = limit
    pin_service.transition(world, pin, "locked", reason="guasto inserito dal formatore")
    return _t("PIN bloccato come dopo {limit} tentativi errati.", limit=limit)


def _pin_expired(world, citizen: Citizen) -> str:
    from . import pin as pin_service

    pin = _current_pin(citizen)
    if pin.state == "expired":
        return _t("Il PIN era già scaduto.")
    pin.expires_at = world.clock.now() - dt.timedelta(days=1)
    pin_service.transition(world, pin, "expired", reason="guasto inserito dal formatore")
    return _t("PIN scaduto (la scadenza periodica è passata).")


def _spid(citizen: Citizen) -> SpidIdentity:
    identity = SpidIdentity.select().where(SpidIdentity.citizen == citizen).order_by(SpidIdentity.id).first()
    if identity is None:
        raise ServiceError(_t("{nome} {cognome} non ha un'identità SPID.", nome=citizen.nome, cognome=citizen.cognome))
    return identity


def _spid_state(state: str, label: str):
    def apply(world, citizen: Citizen) -> str:
        identity = _spid(citizen)
        identity.state = state
        identity.save()
        return _t("Identità SPID {label}.", label=label)
    return apply


def _card_blocked(world, citizen: Citizen) -> str:
    from . import settings

    card = CnsCard.select().where(CnsCard.citizen == citizen).order_by(CnsCard.id).first()
    if card is None:
        raise ServiceError(_t("{nome} {cognome} non ha una tessera sanitaria-CNS.", nome=citizen.nome, cognome=citizen.cognome))
    card.pin_failures = max(1, settings.get_int("cns.max_pin_failures"))
    card.save()
    return _t("Tessera sanitaria-CNS bloccata (PIN della carta sbagliato troppe volte: serve il PUK).")


def _letter_lost(world, citizen: Citizen) -> str:
    letter = (Message.select().where((Message.citizen == citizen) & (Message.channel == "letter")
                                     & (Message.deliver_at > world.clock.now()))
              .order_by(Message.deliver_at).first())
    if letter is None:
        raise ServiceError(_t("Nessuna lettera è in viaggio per {nome} {cognome}: "
                           "prima deve essere richiesto il PIN.", nome=citizen.nome, cognome=citizen.cognome))
    letter.delete_instance()
    return _t("La lettera in viaggio è andata persa: non arriverà.")


def _document_expired(world, citizen: Citizen) -> str:
    document = (IdentityDocument.select().where(IdentityDocument.citizen == citizen)
                .order_by(IdentityDocument.id).first())
    if document is None:
        raise ServiceError(_t("{nome} {cognome} non ha un documento di identità.", nome=citizen.nome, cognome=citizen.cognome))
    document.expires = world.clock.today() - dt.timedelta(days=40)
    document.save()
    return _t("Il documento di identità risulta scaduto: allo sportello va rifiutato.")


def _pin_requested_online(world, citizen: Citizen) -> str:
    """The PIN requested online (lesson primo-accesso): the first half is on the phone and in
    the e-mail, the letter with the second half is on its way (about 14 days)."""
    from . import pin as pin_service

    existing = pin_service.active_pin(citizen, world)
    if existing is not None:
        raise ServiceError(_t("{nome} {cognome} ha già un PIN: la richiesta online non si può "
                           "ripetere.", nome=citizen.nome, cognome=citizen.cognome))
    pin_service.issue_initial_pin(world, citizen, channel="online", kind="ordinario", deliver=True)
    due = pin_service.letter_due(pin_service.active_pin(citizen, world))
    when = f" intorno al {due:%d/%m/%Y}" if due else ""
    return (_t("PIN richiesto online: la prima parte è arrivata per SMS (ed e-mail), la lettera con la seconda "
            "parte arriverà{when}.", when=when))


def _conversion_form_ready(world, citizen: Citizen) -> str:
    """The request form of «Converti PIN» made with the persona's data and first valid
    document (lesson pin-dispositivo-fax): ready to print at the Scrivania."""
    from . import id_documents, pin_conversion

    today = world.clock.today()
    documents = [d for d in id_documents.wallet(citizen) if d.expires >= today]
    if not documents:
        raise ServiceError(_t("{nome} {cognome} non ha un documento di identità valido.", nome=citizen.nome, cognome=citizen.cognome))
    doc = documents[0]
    data = pin_conversion.prefill(world, citizen)
    data.update({id_documents.F_KIND: doc.kind, id_documents.F_NUMBER: doc.number,
                 id_documents.F_ISSUER: doc.issuer, id_documents.F_EXPIRES: doc.expires.strftime("%d/%m/%Y"),
                 pin_conversion.CONFIRM_FIELD: "1"})
    prepared = pin_conversion.prepare_request(world, citizen, data)
    return (_t("Modulo di richiesta del PIN dispositivo n. {code} scaricato con «Converti PIN»: "
            "è pronto da stampare sulla Scrivania.", code=prepared.code))


def _conversion_under_review(world, citizen: Citizen) -> str:
    """«Converti PIN» done in full with the existing services (form, printed, signed and
    dated, scanned in one PDF with the first valid identity document, uploaded and
    accepted): the PIN is still ordinario, the confirmation e-mail arrives in a few hours
    (lesson domanda-online)."""
    from . import id_documents, pin_conversion, printer_scanner

    today = world.clock.today()
    documents = [d for d in id_documents.wallet(citizen) if d.expires >= today]
    if not documents:
        raise ServiceError(_t("{nome} {cognome} non ha un documento di identità valido.", nome=citizen.nome, cognome=citizen.cognome))
    doc = documents[0]
    data = pin_conversion.prefill(world, citizen)
    data.update({id_documents.F_KIND: doc.kind, id_documents.F_NUMBER: doc.number,
                 id_documents.F_ISSUER: doc.issuer, id_documents.F_EXPIRES: doc.expires.strftime("%d/%m/%Y"),
                 pin_conversion.CONFIRM_FIELD: "1"})
    prepared = pin_conversion.prepare_request(world, citizen, data)
    sheets = printer_scanner.print_pdf(world, prepared.pdf)
    signed = printer_scanner.sign_and_date(world, sheets[0], citizen)
    scanned = printer_scanner.scan(world, [signed, printer_scanner.identity_copy(world, citizen, doc.id)])
    outcome = pin_conversion.submit_upload(world, citizen, [(prepared.filename, scanned)])
    return (_t("Richiesta di PIN dispositivo n. {code} inviata e accolta: l'INPS la sta verificando, "
            "l'e-mail di conferma arriverà il {confirm_at:%d/%m/%Y} alle {confirm_at:%H:%M}.", code=outcome.code, confirm_at=outcome.confirm_at))


def _invalidita_da_presentare(world, citizen: Citizen) -> str:
    """The certificato medico introduttivo sent, the domanda di invalidità still to present."""
    from . import domande_invalidita

    return domande_invalidita.scenario_certificate_to_use(world, citizen)


def _lavoro_dopo_la_pensione(world, citizen: Citizen) -> str:
    """Part-time work after the pension: contributions for a supplemento."""
    from . import domande_pensione

    return domande_pensione.scenario_work_after_pension(world, citizen)


CATALOGUE: dict[str, Scenario] = {s.key: s for s in (
    Scenario("pin_bloccato", _t("PIN bloccato"),
             _t("Il PIN è bloccato come dopo troppi tentativi errati."), "dipendente", _pin_locked),
    Scenario("pin_scaduto", _t("PIN scaduto"),
             _t("Il PIN è scaduto: va rinnovato."), "dipendente", _pin_expired),
    Scenario("spid_sospeso", _t("SPID sospeso"),
             _t("L'identità SPID è sospesa dal gestore."), "gestione_separata", _spid_state("suspended", "sospesa")),
    Scenario("spid_bloccato", _t("SPID bloccato"),
             _t("L'identità SPID è bloccata per troppe password sbagliate."), "gestione_separata",
             _spid_state("locked", "bloccata")),
    Scenario("carta_bloccata", _t("Tessera CNS bloccata"),
             _t("La tessera sanitaria-CNS è bloccata: serve il PUK."), "pensionata", _card_blocked),
    Scenario("lettera_smarrita", _t("Lettera smarrita"),
             _t("La lettera con la seconda parte del PIN, già spedita, non arriverà."), "senza_credenziali",
             _letter_lost),
    Scenario("documento_scaduto", _t("Documento scaduto allo sportello"),
             _t("Il documento di identità della persona è scaduto."), "senza_credenziali", _document_expired),
    Scenario("pin_richiesto_online", _t("PIN richiesto online"),
             _t("Il PIN è stato richiesto online: la prima parte è sul telefono, la lettera con la seconda parte "
             "è in viaggio."), "senza_credenziali", _pin_requested_online),
    Scenario("modulo_pin_dispositivo_pronto", _t("Modulo del PIN dispositivo scaricato"),
             _t("Con «Converti PIN» è stato preparato il modulo di richiesta del PIN dispositivo: va stampato, "
             "firmato e inviato con la copia del documento."), "dipendente", _conversion_form_ready),
    Scenario("conversione_in_lavorazione", _t("PIN dispositivo in lavorazione"),
             _t("La richiesta di conversione del PIN ordinario in dispositivo è stata inviata e accolta: il PIN "
             "diventa dispositivo dopo qualche ora, con l'e-mail di conferma."), "dipendente",
             _conversion_under_review),
    Scenario("invalidita_da_presentare", _t("Certificato medico da usare per la domanda"),
             _t("Il medico ha inviato il certificato medico introduttivo: la domanda di invalidità civile è ancora "
             "da presentare."), "invalidita", _invalidita_da_presentare),
    Scenario("lavoro_dopo_la_pensione", _t("Contributi versati dopo la pensione"),
             _t("La pensionata ha lavorato part-time per quattro anni dopo la pensione: può chiedere il supplemento."),
             "pensionata", _lavoro_dopo_la_pensione),
)}


def apply(world, key: str, persona_key: str | None = None) -> str:
    """Apply the change `key` to a persona of `world`; returns what was done (Italian)."""
    scenario = CATALOGUE.get(key)
    if scenario is None:
        raise ServiceError(_t("Situazione sconosciuta: «{key}».", key=key))
    persona_key = persona_key or scenario.default_persona
    citizen = Citizen.get_or_none(Citizen.persona_key == persona_key)
    if citizen is None:
        raise ServiceError(_t("Nel mondo non c'è la persona «{persona_key}».", persona_key=persona_key))
    with world.db.atomic():
        done = scenario.apply(world, citizen)
        world.events.record("world.fault_applied", citizen, fault=key, persona=persona_key, outcome=done)
    return done


def persona_label(persona_key: str) -> str:
    p = personas.persona(persona_key)
    return f"{p['nome']} {p['cognome']}"
