"""Login with the Tessera Sanitaria-Carta Nazionale dei Servizi (TS-CNS), or with a CNS
on a digital-signature USB token.

The citizen's world has a wallet with the card and a smart-card reader; the
reader is connected to the computer or not, the card is in it or not (Setting
rows "cns.reader" and "cns.card"). "Accedi" with CNS reads the card's two
certificates (the browser's chooser): the authentication one, shown under the
codice fiscale, is the right one; the signature one, under name and surname,
fails with an explanation. Then the card's PIN: three wrong PINs block the card
(FACTS 7: Sardegna), the PUK unblocks it and sets a new PIN.

The USB token (seed 002: «se siete in possesso della firma digitale, token usb di Aruba,
vi basterà inserire il token»): a CnsCard row whose number starts with TOKEN_PREFIX,
inserted straight into a USB port of the computer (Setting row "cns.token"), no reader.
It carries the same two certificates and has its own PIN and PUK. While a token is in
the computer, «Accedi» reads the token; otherwise the card in the reader.

API for the wallet/desk: wallet_cards / wallet_tokens (what the person owns),
reader_state (reader, card in it, token in the USB port), connect_reader,
disconnect_reader, insert_card, remove_card, insert_token, remove_token.
"""
from __future__ import annotations

import datetime as dt
import secrets as _secrets
from dataclasses import dataclass

from app.i18n import _t
from app.models import Citizen, CnsCard, Setting

from . import auth, security, settings
from .errors import ServiceError, ValidationError
from .session import PortalSession

READER_KEY = "cns.reader"
CARD_KEY = "cns.card"
TOKEN_KEY = "cns.token"  # the id of the USB token inserted in the computer, or ""
TOKEN_PREFIX = "TK"  # the number of a USB token (a tessera's number starts with 80380)
CA_NAME = "CA Tessera Sanitaria-CNS (simulazione)"
TOKEN_CA_NAME = "CA firma digitale qualificata e CNS (simulazione)"
DEVICE_CARD, DEVICE_TOKEN = "tessera", "token"
PIN_LENGTHS = (5, 8)  # Lombardia: 5 digits (FACTS 7); other regions differ, up to 8
MAX_INPUT = 256

CERT_AUTH = "autenticazione"
CERT_SIGN = "firma"


def is_token(card) -> bool:
    """True for a CNS on a USB token (a CnsCard or a CardView)."""
    return str(card.card_number).startswith(TOKEN_PREFIX)


def envelope_key(card) -> str:
    """Where personas.json keeps the device's PIN/PUK envelope: "cns" or "cns_token"."""
    return "cns_token" if is_token(card) else "cns"


class CardBlockedError(ServiceError):
    """The card's PIN is blocked: the page offers to unblock it with the PUK."""

    def __init__(self, message: str):
        super().__init__(message, "pin")
        self.blocked = True


# --- The wallet and the reader ------------------------------------------------------------


@dataclass(frozen=True)
class CardView:
    id: int
    citizen_id: int
    holder: str  # "Maria Bianchi"
    codice_fiscale: str
    card_number: str
    expires: dt.date
    blocked: bool
    unusable: bool  # PUK exhausted: only a new card helps
    inserted: bool  # in the reader (tessera) or in the computer's USB port (token)
    pin: str = ""  # the PIN/PUK envelope of a demo persona (training world)
    puk: str = ""
    device: str = DEVICE_CARD  # DEVICE_CARD or DEVICE_TOKEN


@dataclass(frozen=True)
class ReaderState:
    connected: bool
    card: CardView | None
    token: CardView | None = None  # the USB token inserted in the computer

    @property
    def card_inserted(self) -> bool:
        return self.card is not None

    @property
    def token_inserted(self) -> bool:
        return self.token is not None


def _get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else ""


def _device(value) -> CnsCard | None:
    """The card or token with this id (anything else: None)."""
    try:
        return CnsCard.get_or_none(CnsCard.id == int(value))
    except (TypeError, ValueError):
        return None


def _device_in(key: str) -> CnsCard | None:
    value = _get(key)
    if not (value.isascii() and value.isdigit()):
        return None
    return _device(value)


def _take_out(world, key: str) -> ReaderState:
    """Empty the reader (CARD_KEY) or the USB port (TOKEN_KEY)."""
    current = _device_in(key)
    settings.set_value(key, "")
    if current is not None:
        world.events.record("cns.card_removed" if key == CARD_KEY else "cns.token_removed", current.citizen,
                            card=current.id)
    return reader_state(world)


def _inserted_card() -> CnsCard | None:
    return _device_in(CARD_KEY)


def _inserted_token() -> CnsCard | None:
    return _device_in(TOKEN_KEY)


def _reread(card: CnsCard) -> CnsCard:
    """The card's row as it is now, locked for this transaction (PostgreSQL; on SQLite the
    transaction holds the write lock from its start)."""
    from app.db import for_update

    return for_update(CnsCard.select().where(CnsCard.id == card.id)).get()


def _unusable(card: CnsCard) -> bool:
    return card.puk_failures >= max(1, settings.get_int("cns.max_puk_failures"))


def _view(card: CnsCard, inserted_id: int | None) -> CardView:
    from . import personas

    citizen = card.citizen
    pin = puk = ""
    if citizen.persona_key:
        try:
            envelope = personas.persona(citizen.persona_key).get("credenziali", {}).get(envelope_key(card), {})
        except KeyError:
            envelope = {}
        pin, puk = envelope.get("pin", ""), envelope.get("puk", "")
    return CardView(
        id=card.id,
        citizen_id=citizen.id,
        holder=f"{citizen.nome} {citizen.cognome}",
        codice_fiscale=citizen.codice_fiscale,
        card_number=card.card_number,
        expires=card.expires,
        blocked=card.blocked,
        unusable=_unusable(card),
        inserted=card.id == inserted_id,
        pin=pin,
        puk=puk,
        device=DEVICE_TOKEN if is_token(card) else DEVICE_CARD,
    )


def _devices(citizen_id: int | None, tokens: bool) -> list[CardView]:
    inserted = _inserted_token() if tokens else _inserted_card()
    query = CnsCard.select().order_by(CnsCard.id)
    if citizen_id is not None:
        query = query.where(CnsCard.citizen == citizen_id)
    return [_view(card, inserted.id if inserted else None) for card in query if is_token(card) == tokens]


def wallet_cards(world, citizen_id: int | None = None) -> list[CardView]:
    """The TS-CNS cards in the wallet (one person's, or everybody's for the trainer)."""
    return _devices(citizen_id, tokens=False)


def wallet_tokens(world, citizen_id: int | None = None) -> list[CardView]:
    """The digital-signature USB tokens with a CNS certificate (one person's, or everybody's)."""
    return _devices(citizen_id, tokens=True)


def reader_state(world) -> ReaderState:
    card = _inserted_card()
    token = _inserted_token()
    return ReaderState(connected=_get(READER_KEY) == "1", card=_view(card, card.id) if card else None,
                       token=_view(token, token.id) if token else None)


def connect_reader(world) -> ReaderState:
    settings.set_value(READER_KEY, "1")
    world.events.record("cns.reader_connected")
    return reader_state(world)


def disconnect_reader(world) -> ReaderState:
    settings.set_value(READER_KEY, "0")
    world.events.record("cns.reader_disconnected")
    return reader_state(world)


def insert_card(world, card_id) -> ReaderState:
    card = _device(card_id)
    if card is None:
        raise ServiceError(_t("Questa carta non è nel portafoglio."), "card")
    if is_token(card):
        raise ServiceError(_t("Questo è un token USB, non una tessera: non va nel lettore. Inseriscilo "
                              "direttamente in una porta USB del computer («Inserisci il token nel computer»)."),
                           "card")
    current = _inserted_card()
    if current is not None and current.id != card.id:
        raise ServiceError(
            _t("Nel lettore c'è già la tessera di {nome} {cognome}: "
            "toglila prima di inserirne un'altra.", nome=current.citizen.nome, cognome=current.citizen.cognome),
            "card",
        )
    settings.set_value(CARD_KEY, str(card.id))
    world.events.record("cns.card_inserted", card.citizen, card=card.id)
    return reader_state(world)


def remove_card(world) -> ReaderState:
    return _take_out(world, CARD_KEY)


def insert_token(world, token_id) -> ReaderState:
    """The USB token goes straight into a USB port of the computer: no reader needed (seed 002)."""
    token = _device(token_id)
    if token is None:
        raise ServiceError(_t("Questo token non è tra le cose della persona."), "token")
    if not is_token(token):
        raise ServiceError(_t("Questa è una tessera, non un token USB: va inserita nel lettore di smart card."),
                           "token")
    current = _inserted_token()
    if current is not None and current.id != token.id:
        raise ServiceError(
            _t("Nel computer c'è già il token di {nome} {cognome}: toglilo prima di inserirne un altro.",
               nome=current.citizen.nome, cognome=current.citizen.cognome),
            "token",
        )
    settings.set_value(TOKEN_KEY, str(token.id))
    world.events.record("cns.token_inserted", token.citizen, card=token.id)
    return reader_state(world)


def remove_token(world) -> ReaderState:
    return _take_out(world, TOKEN_KEY)


# --- The login ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    id: str  # CERT_AUTH or CERT_SIGN
    subject: str  # what the browser's chooser shows
    issuer: str
    serial: str
    valid_until: dt.date
    purpose: str  # plain Italian


@dataclass
class CnsFlow:
    token: str
    card_id: int
    citizen_id: int
    certificates: tuple[Certificate, ...]
    stage: str = "certificate"  # "certificate", "pin", "done", "failed"
    session: PortalSession | None = None
    device: str = DEVICE_CARD  # DEVICE_CARD (tessera in the reader) or DEVICE_TOKEN (USB token)


_FLOWS: dict[str, CnsFlow] = {}


def get_flow(token: str) -> CnsFlow | None:
    return _FLOWS.get(str(token))


def _token_ready(world, token: CnsCard) -> CnsCard:
    if token.expires < world.clock.today():
        raise ServiceError(
            _t("Il certificato del token USB è scaduto il {expires:%d/%m/%Y}: non vale più per entrare. "
               "Va rinnovato presso chi ha rilasciato la firma digitale.", expires=token.expires),
            "token",
        )
    if _unusable(token):
        raise ServiceError(
            _t("Il token USB è bloccato in modo definitivo (PUK sbagliato troppe volte): chiedi un nuovo "
               "dispositivo di firma digitale a chi lo ha rilasciato."),
            "token",
        )
    return token


def _card_ready(world) -> CnsCard:
    """The USB token in the computer or else the card in the connected reader, or the
    ServiceError that says what is missing."""
    token = _inserted_token()
    if token is not None:
        return _token_ready(world, token)
    if _get(READER_KEY) != "1":
        raise ServiceError(
            _t("Nessun lettore di smart card trovato. Collega il lettore al computer (nel Portafoglio: "
            "«Collega il lettore») e controlla di aver installato i driver, poi premi di nuovo «Accedi». "
            "Se hai la firma digitale su un token USB, basta inserire il token nel computer."),
            "reader",
        )
    card = _inserted_card()
    if card is None:
        raise ServiceError(
            _t("Nessuna carta nel lettore. Inserisci la Tessera Sanitaria-CNS con il chip dorato verso "
            "l'alto (nel Portafoglio: «Inserisci nel lettore»), poi premi di nuovo «Accedi»."),
            "card",
        )
    if card.expires < world.clock.today():
        raise ServiceError(
            _t("La tessera è scaduta il {expires:%d/%m/%Y}: i suoi certificati non valgono più. "
            "La nuova tessera arriva per posta; attivala allo sportello per usarla come CNS.", expires=card.expires),
            "card",
        )
    if _unusable(card):
        raise ServiceError(
            _t("La carta è bloccata in modo definitivo (PUK sbagliato troppe volte): chiedi una nuova "
            "tessera all'ASL o allo sportello della tua Regione."),
            "card",
        )
    return card


def _certificates(card: CnsCard) -> tuple[Certificate, ...]:
    citizen = card.citizen
    serial = card.card_number[-10:]
    issuer = TOKEN_CA_NAME if is_token(card) else CA_NAME
    return (
        Certificate(
            id=CERT_SIGN,
            subject=f"{citizen.nome} {citizen.cognome}".upper(),
            issuer=issuer,
            serial=f"FD-{serial}",
            valid_until=card.expires,
            purpose=_t("Firma digitale di documenti"),
        ),
        Certificate(
            id=CERT_AUTH,
            subject=citizen.codice_fiscale,
            issuer=issuer,
            serial=f"AU-{serial}",
            valid_until=card.expires,
            purpose=_t("Autenticazione ai servizi online (CNS)"),
        ),
    )


def start_login(world) -> CnsFlow:
    """"Accedi" on the CNS tab: reads the card in the reader and lists its certificates."""
    card = _card_ready(world)
    flow = CnsFlow(
        token=_secrets.token_urlsafe(12),
        card_id=card.id,
        citizen_id=card.citizen.id,
        certificates=_certificates(card),
        device=DEVICE_TOKEN if is_token(card) else DEVICE_CARD,
    )
    if len(_FLOWS) > 64:
        _FLOWS.clear()
    _FLOWS[flow.token] = flow
    world.events.record("cns.started", card.citizen, card=card.id, device=flow.device)
    return flow


def _check(world, flow: CnsFlow, stage: str) -> CnsCard:
    if not isinstance(flow, CnsFlow):
        raise ServiceError(_t("Accesso con CNS non valido: premi di nuovo «Accedi»."))
    if flow.stage in ("done", "failed"):
        raise ServiceError(_t("Questo accesso è già concluso: premi di nuovo «Accedi»."))
    if flow.device == DEVICE_TOKEN and _inserted_token() is None:
        flow.stage = "failed"
        raise ServiceError(_t("Il token USB è stato tolto dal computer: inseriscilo di nuovo e premi «Accedi»."),
                           "token")
    card = _card_ready(world)
    if card.id != flow.card_id:
        flow.stage = "failed"
        raise ServiceError(_t("Nel lettore ora c'è un'altra carta: premi di nuovo «Accedi»."), "card")
    if flow.stage != stage:
        raise ServiceError(_t("Questo passaggio non è quello atteso: segui le istruzioni della pagina."))
    return card


def choose_certificate(world, flow: CnsFlow, certificate_id) -> Certificate:
    """The learner picked a certificate in the chooser. The signature one fails and explains."""
    card = _check(world, flow, "certificate")
    chosen = next((c for c in flow.certificates if c.id == str(certificate_id)), None)
    if chosen is None:
        raise ServiceError(_t("Scegli uno dei certificati dell'elenco, poi premi «OK»."), "certificate")
    if chosen.id != CERT_AUTH:
        world.events.record("cns.wrong_certificate", card.citizen, certificate=chosen.id)
        raise ServiceError(
            _t("Hai scelto il certificato di firma (quello intestato a «{subject}»): serve a "
            "firmare documenti, non a entrare nei siti, e il sito INPS lo rifiuta. Scegli il "
            "certificato intestato al tuo codice fiscale ({codice_fiscale}).", subject=chosen.subject, codice_fiscale=card.citizen.codice_fiscale),
            "certificate",
        )
    flow.stage = "pin"
    world.events.record("cns.certificate_chosen", card.citizen, certificate=chosen.id)
    return chosen


def _digits(value) -> str:
    text = "" if value is None else str(value)
    return "".join(text.split())[: MAX_INPUT + 1]


def _envelope(card: CnsCard):
    """Where the device's PIN and PUK are written."""
    return _t("nella busta ricevuta con il token") if is_token(card) else _t("nella busta ricevuta con la tessera")


def _pin_format_error(pin: str, card: CnsCard, new: bool = False) -> str:
    low, high = PIN_LENGTHS
    where = _envelope(card)
    if not pin:
        return _t("Inserisci il nuovo PIN.") if new else _t("Inserisci il PIN.")
    what = _t("Il nuovo PIN") if new else _t("Il PIN")
    if not (pin.isascii() and pin.isdigit()):
        return _t("{what} è fatto di sole cifre: trovi il PIN {where}.", what=what, where=where)
    if not low <= len(pin) <= high:
        return _t("{what} ha da {low} a {high} cifre: controlla {where}.", what=what, low=low, high=high,
                  where=where)
    return ""


def _blocked_message(card: CnsCard) -> str:
    if is_token(card):
        return _t("Il token è bloccato: il PIN è stato sbagliato 3 volte. Per sbloccarlo usa il PUK, il codice "
                  "di sblocco che trovi nella busta ricevuta con il token: premi «Sblocca con il PUK».")
    return (
        _t("La carta è bloccata: il PIN è stato sbagliato 3 volte. Per sbloccarla usa il PUK, il codice "
        "di sblocco che trovi nella busta ricevuta con la tessera: premi «Sblocca con il PUK».")
    )


def enter_pin(world, flow: CnsFlow, pin) -> PortalSession:
    """The card's PIN. Right: the portal session opens (method "cns")."""
    card = _check(world, flow, "pin")
    typed = _digits(pin)
    if card.blocked:
        raise CardBlockedError(_blocked_message(card))
    problem = _pin_format_error(typed, card)
    if problem:
        raise ServiceError(problem, "pin")
    citizen = card.citizen
    # Re-read, refuse if blocked, check, count or reset, block at the limit: one transaction,
    # so that windows guessing at the same time are counted one after the other.
    maximum = max(1, settings.get_int("cns.max_pin_failures"))
    failures = None
    with world.db.atomic():
        card = _reread(card)
        if card.blocked:
            pass
        elif security.verify_secret(typed, card.pin_hash):
            changes: dict = {}
            if card.pin_failures:
                changes["pin_failures"] = card.pin_failures = 0
            if security.is_weak(card.pin_hash):  # older, cheaper parameters: rehash now
                changes["pin_hash"] = card.pin_hash = security.hash_secret(typed)
            if changes:
                CnsCard.update(**changes).where(CnsCard.id == card.id).execute()
        else:
            CnsCard.update(pin_failures=CnsCard.pin_failures + 1).where(CnsCard.id == card.id).execute()
            failures = CnsCard.select(CnsCard.pin_failures).where(CnsCard.id == card.id).scalar()
            world.events.record("cns.pin_failed", citizen, card=card.id, failures=failures)
            if failures >= maximum:
                CnsCard.update(blocked=True).where(CnsCard.id == card.id).execute()
                card.blocked = True
                world.events.record("cns.card_blocked", citizen, card=card.id)
    if card.blocked:
        raise CardBlockedError(_blocked_message(card))
    if failures is not None:
        left = maximum - failures
        tries = _t("Ti resta ancora 1 tentativo") if left == 1 else _t("Ti restano ancora {left} tentativi", left=left)
        if is_token(card):
            raise ServiceError(_t("PIN errato. {tries} prima del blocco del token.", tries=tries), "pin")
        raise ServiceError(_t("PIN errato. {tries} prima del blocco della carta.", tries=tries), "pin")
    session = auth.open_session(world, citizen, "cns")
    flow.stage = "done"
    flow.session = session
    world.events.record("cns.login_succeeded", citizen, card=card.id, device=flow.device)
    return session


def unblock_card(world, puk, new_pin, confirm_pin) -> str:
    """Unblocks the card in the reader with its PUK and sets a new PIN; returns the result text."""
    card = _card_ready(world)
    puk_text, pin_text, confirm_text = _digits(puk), _digits(new_pin), _digits(confirm_pin)
    errors = {}
    where = _envelope(card)
    if not puk_text:
        errors["puk"] = _t("Inserisci il PUK: lo trovi {where}.", where=where)
    elif not (puk_text.isascii() and puk_text.isdigit()):
        errors["puk"] = _t("Il PUK è fatto di sole cifre: lo trovi {where}.", where=where)
    elif len(puk_text) != 8:
        errors["puk"] = _t("Il PUK ha 8 cifre: controlla {where}.", where=where)
    problem = _pin_format_error(pin_text, card, new=True)
    if problem:
        errors["new_pin"] = problem
    elif confirm_text != pin_text:
        errors["confirm_pin"] = _t("I due PIN non sono uguali: scrivi di nuovo il nuovo PIN in «Conferma nuovo PIN».")
    if errors:
        raise ValidationError(errors)
    citizen = card.citizen
    # As for the PIN: the PUK's check and count are one transaction.
    maximum = max(1, settings.get_int("cns.max_puk_failures"))
    failures = None
    with world.db.atomic():
        card = _reread(card)
        if _unusable(card):
            failures = card.puk_failures
        elif not security.verify_secret(puk_text, card.puk_hash):
            CnsCard.update(puk_failures=CnsCard.puk_failures + 1).where(CnsCard.id == card.id).execute()
            failures = CnsCard.select(CnsCard.puk_failures).where(CnsCard.id == card.id).scalar()
            world.events.record("cns.puk_failed", citizen, card=card.id, failures=failures)
        else:
            was_blocked = card.blocked
            changes = {"pin_hash": security.hash_secret(pin_text), "pin_failures": 0, "puk_failures": 0,
                       "blocked": False}
            if security.is_weak(card.puk_hash):  # older, cheaper parameters: rehash now
                changes["puk_hash"] = security.hash_secret(puk_text)
            CnsCard.update(**changes).where(CnsCard.id == card.id).execute()
            world.events.record("cns.unblocked", citizen, card=card.id, was_blocked=was_blocked)
    if failures is not None:
        left = maximum - failures
        if left <= 0:
            if is_token(card):
                raise ServiceError(
                    _t("PUK errato troppe volte: il token è bloccato in modo definitivo. Chiedi un nuovo "
                       "dispositivo di firma digitale a chi lo ha rilasciato."),
                    "puk",
                )
            raise ServiceError(
                _t("PUK errato troppe volte: la carta è bloccata in modo definitivo. Chiedi una nuova "
                "tessera all'ASL o allo sportello della tua Regione."),
                "puk",
            )
        tries = _t("Ti resta ancora 1 tentativo") if left == 1 else _t("Ti restano ancora {left} tentativi", left=left)
        if is_token(card):
            raise ServiceError(_t("PUK errato. {tries}: dopo l'ultimo il token non si potrà più usare.",
                                  tries=tries), "puk")
        raise ServiceError(_t("PUK errato. {tries}: dopo l'ultimo la carta non si potrà più usare.", tries=tries), "puk")
    if is_token(card):
        return _t("Il token è sbloccato e il nuovo PIN è attivo: da ora usa il nuovo PIN.")
    return _t("La carta è sbloccata e il nuovo PIN è attivo: da ora usa il nuovo PIN.")


def holder(flow: CnsFlow) -> Citizen | None:
    return Citizen.get_or_none(Citizen.id == flow.citizen_id)
