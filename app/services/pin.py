"""The INPS PIN: one model of its whole life (issue 3, item 11).

State machine (states in app.models.credentials.PIN_STATES)::

    (new) ──> requested ──> first_half_sent ──> complete ──> to_change ──> active
                  │               │                │             │           │
                  └──> complete   │                │             │           ├──> expired ──> to_change
                                  │                │             │           │
     any state except revoked ──> revoked;  complete / to_change / active / expired ──> locked
     locked ──> active (or complete, if the 16 characters were never replaced) when unlocked

- ``requested``: the request was accepted, nothing delivered yet;
- ``first_half_sent``: the first 8 characters went by SMS / e-mail / PEC, the letter is posted;
- ``complete``: the letter with the second 8 characters reached the letterbox (the time
  rule :func:`deliver_due_letters`, run when the clock moves: app.services.time_rules);
- ``to_change``: the PIN was typed correctly but a new 8-character PIN must be chosen
  (first access with the 16 characters, or first login after expiry);
- ``active``, ``expired`` (6 months citizen, 3 months intermediary, from settings),
  ``locked`` (after settings "pin.max_failures" consecutive failures), ``revoked`` (final).

The kind (``ordinario`` / ``dispositivo``) and ``conversion_pending`` are orthogonal to the
state. Every transition goes through :func:`transition`, which refuses illegal moves with
an Italian message and records an event ``pin.<new state>`` (detail: pin, from, to, reason).
Other events: ``pin.login.ok``, ``pin.login.failed``, ``pin.changed``,
``pin.conversion_pending``, ``pin.kind.dispositivo``, ``pin.first_half.sent``,
``pin.second_half.posted``, ``pin.ripristino``, ``pin.revoca``.

Secrets: only a salted scrypt hash is stored (app.services.security), compared in constant
time. PINs are not case-sensitive: they are upper-cased (and spaces removed) before hashing
or checking. The halves sent by SMS / e-mail / letter are, as in reality, readable in the
citizen's world (the message bodies and the letter PDF): that is the delivery, not storage.

Public API (used by pages and by pin_request / pin_conversion / contact_center / sede):

    citizen_by_cf(codice_fiscale) -> Citizen | None
    current_pin(citizen) -> Pin | None            # the newest PIN, whatever its state
    active_pin(citizen) -> Pin | None             # the newest PIN not revoked (a pure read)
    deliver_due_letters(world, now) -> list[Pin]  # time rule: the letter arrived
    expire_due(world, now) -> list[Pin]           # time rule: the period is over
    transition(world, pin, to, *, reason="", **detail) -> Pin
    can_transition(from_state, to_state) -> bool
    issue_initial_pin(world, citizen, *, channel, kind="ordinario", deliver=True) -> str
    send_first_half(world, pin, secret, *, channels=None) -> list[Message]
    post_second_half(world, pin, secret, *, delay=None) -> Message
    mark_complete(world, pin, reason) -> Pin
    login(world, codice_fiscale, pin) -> LoginResult        # raises PinLoginError
    change_pin(world, codice_fiscale, current, new, confirm, *, open_session=True) -> LoginResult
    validate_new_pin(codice_fiscale, new, confirm, *, previous_hashes=()) -> str
    set_conversion_pending(world, citizen, pending=True, reason="") -> Pin
    make_dispositivo(world, citizen, reason) -> Pin
    lock(world, pin, reason) / unlock(world, citizen, *, by) -> Pin
    revoke(world, pin, reason) -> Pin
    expiry_months(pin_or_citizen) -> int
    status_text(pin) -> str                       # one Italian sentence for pages and docks
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from app.i18n import N_, _t
from app.models import Citizen, Contact, Message, Pin

from . import auth
from . import codice_fiscale as cfmod
from . import messages, security, settings
from .clock import add_months
from .errors import ServiceError, ValidationError

# --- constants --------------------------------------------------------------------------

INITIAL_ALPHABET = "0123456789ABCDEF"  # FACTS 5: "solo caratteri numerici da 0 a 9 e ... da A ad F"
INITIAL_LENGTH = 16
HALF = 8
NEW_PIN_LENGTH = 8
LETTER_DAYS = messages.LETTER_DAYS

STATE_LABELS = {
    "requested": N_("richiesto"),
    "first_half_sent": N_("richiesto (prima parte inviata, seconda parte in arrivo per posta)"),
    "complete": N_("completo, in attesa del primo accesso"),
    "to_change": N_("da cambiare"),
    "active": N_("attivo"),
    "expired": N_("scaduto"),
    "locked": N_("bloccato"),
    "revoked": N_("revocato"),
}
KIND_LABELS = {"ordinario": N_("PIN ordinario"), "dispositivo": N_("PIN dispositivo")}

# Allowed transitions: from -> set of targets. None is "no PIN yet".
TRANSITIONS: dict[str | None, frozenset[str]] = {
    None: frozenset({"requested"}),
    "requested": frozenset({"first_half_sent", "complete", "revoked"}),
    "first_half_sent": frozenset({"complete", "revoked"}),
    "complete": frozenset({"to_change", "locked", "revoked"}),
    "to_change": frozenset({"active", "locked", "revoked"}),
    "active": frozenset({"expired", "locked", "revoked"}),
    "expired": frozenset({"to_change", "locked", "revoked"}),
    "locked": frozenset({"active", "complete", "revoked"}),
    "revoked": frozenset(),
}

# Texts of the portal, verbatim from the seeds.
FIRST_ACCESS_TEXT = N_(  # seed 002
    "Gentile utente, è necessario generare un nuovo PIN (*), seleziona il pulsante “Avanti” "
    "e segui le istruzioni indicate dalla procedura."
)
DLGS_NOTE = N_(  # seed 002
    "(*) Ai sensi dell’allegato B comma 5 del Dlgs 196/2003 la parola chiave deve essere "
    "modificata al primo utilizzo e successivamente almeno ogni 6 mesi."
)
NOT_DISPOSITIVO_NOTICE = N_(  # seed 002
    "Le segnaliamo che il suo PIN non è dispositivo. Se deve richiedere una prestazione "
    "economica, ottenere l’ISEE o segnalare la variazione dell’indirizzo di residenza può "
    "convertirlo in dispositivo utilizzando l’apposita funzionalità del menu “Il PIN online“."
)
INITIAL_ALPHABET_NOTE = N_(  # FACTS 5 (result page quoted by calcolocosto.it)
    "Attenzione! Il codice PIN contiene solo caratteri numerici da 0 a 9 e caratteri "
    "alfabetici da A ad F."
)
EXPIRED_TEXT = N_(
    "Il suo PIN è scaduto: per sicurezza il PIN va cambiato almeno ogni {months} mesi. "
    "Per continuare scelga ora un nuovo PIN di 8 caratteri."
)
NOVITA_16_TO_8_TEXT = (  # seed 003, the portal's «NOVITA'» of 2013, verbatim
    "Al fine di semplificare l'accesso ai servizi telematici INPS pur conservando adeguati livelli di "
    "sicurezza, a partire dal 1/03/2013 il PIN di accesso ai servizi online sarà semplificato riducendo il "
    "numero di caratteri che lo compongono da 16 a 8. Il PIN iniziale, fornito in fase di assegnazione di un "
    "nuovo PIN o di ripristino per smarrimento, continuerà ad essere composto da 16 caratteri. Al primo "
    "accesso con tale PIN, l'utente sarà invitato a generarne un nuovo composto di soli 8 caratteri. Tutti i "
    "successivi accessi saranno effettuati con PIN a 8 caratteri. Gli utenti già dotati di PIN attivo da 16 "
    "caratteri potranno continuare ad utilizzarlo sino alla modifica periodica allorchè saranno guidati per "
    "la generazione di uno a 8 caratteri."
)
PERIODIC_16_TEXT = N_(
    "È il momento della modifica periodica del PIN. Il suo PIN ha ancora 16 caratteri: dal 1/03/2013 il PIN "
    "è di 8 caratteri e, come annunciato dall'INPS, «Gli utenti già dotati di PIN attivo da 16 caratteri "
    "potranno continuare ad utilizzarlo sino alla modifica periodica allorchè saranno guidati per la "
    "generazione di uno a 8 caratteri». Prema «Avanti» e scelga il nuovo PIN di 8 caratteri."
)
WAYS_OUT = (
    _t("Per riavere l’accesso può: ripristinare il PIN con «Hai smarrito il PIN?» usando i "
    "recapiti (cellulare ed e-mail) indicati quando lo ha richiesto; revocare il PIN e "
    "richiederne uno nuovo; oppure chiamare il Contact Center al numero 803 164 "
    "(gratuito da rete fissa) o 06 164 164 (da rete mobile).")
)


# --- small helpers ----------------------------------------------------------------------


def normalize_pin(text: str) -> str:
    """What the user meant: no spaces, upper case (PINs are not case-sensitive)."""
    return "".join(str(text or "").split()).upper()


def citizen_by_cf(codice_fiscale: str) -> Citizen | None:
    """The citizen with exactly this codice fiscale (spaces and case ignored)."""
    return auth.citizen_by_cf(codice_fiscale)


def current_pin(citizen: Citizen) -> Pin | None:
    """The citizen's newest PIN, in whatever state (revoked included)."""
    return citizen.pins.order_by(Pin.created_at.desc(), Pin.id.desc()).first()


def active_pin(citizen: Citizen, world=None) -> Pin | None:
    """The newest PIN that is not revoked (None if the citizen has none). A pure read:
    the rules that depend on time (letter delivered, expiry, dispositivo review) ran when
    the clock moved (app.services.time_rules). `world` is accepted for older callers and
    not used."""
    return (
        citizen.pins.where(Pin.state != "revoked")
        .order_by(Pin.created_at.desc(), Pin.id.desc())
        .first()
    )


def is_legacy_16(pin: Pin) -> bool:
    """An old PIN of 16 characters still in use as a normal PIN (seed 003, «NOVITA'»): still the
    16 characters (``initial``) but it already had a period of validity, which an initial PIN
    waiting for its first access never has. At its periodic change the citizen is guided to an
    8-character PIN."""
    return bool(pin.initial) and pin.expires_at is not None


def expiry_months(pin_or_citizen) -> int:
    intermediary = (
        pin_or_citizen.intermediary if isinstance(pin_or_citizen, Pin) else pin_or_citizen.is_intermediary
    )
    key = "pin.expiry_months.intermediario" if intermediary else "pin.expiry_months.cittadino"
    return settings.get_int(key)


def max_failures() -> int:
    return max(1, settings.get_int("pin.max_failures"))


def _fmt(moment) -> str:
    return moment.strftime("%d/%m/%Y") if moment else ""


def can_transition(from_state: str | None, to_state: str) -> bool:
    return to_state in TRANSITIONS.get(from_state, frozenset())


def transition(world, pin: Pin, to: str, *, reason: str = "", **detail) -> Pin:
    """Move `pin` to state `to`, or raise ServiceError with an Italian message.
    Records the event ``pin.<to>``. The caller owns the transaction."""
    if to not in STATE_LABELS:
        raise ServiceError(_t("Stato del PIN sconosciuto: «{to}».", to=to))
    current = pin.state
    if not can_transition(current, to):
        raise ServiceError(
            _t("Operazione non possibile: il PIN è {state_labels} "
            "e non può diventare {state_labels2}.", state_labels=STATE_LABELS.get(current, current), state_labels2=STATE_LABELS[to])
        )
    now = world.clock.now()
    pin.state = to
    if to == "locked":
        pin.locked_at = now
    elif to == "revoked":
        pin.revoked_at = now
    elif current == "locked":
        pin.failures = 0
        pin.locked_at = None
    pin.save()
    world.events.record(
        f"pin.{to}", pin.citizen, pin=pin.id, **{"from": current, "to": to, "reason": reason}, **detail
    )
    return pin


def _letter_message(pin: Pin) -> Message | None:
    """The letter carrying the second half of `pin`, if one was posted."""
    for message in (
        Message.select()
        .where((Message.citizen == pin.citizen_id) & (Message.channel == "letter"))
        .order_by(Message.id.desc())
    ):
        meta = messages.meta(message)
        if meta.get("pin_id") == pin.id and meta.get("half") == 2:
            return message
    return None


def letter_due(pin: Pin) -> dt.datetime | None:
    """When the letter with the second half reaches (or reached) the letterbox."""
    message = _letter_message(pin)
    return message.deliver_at if message else None


# --- time rules (run when the clock moves: app.services.time_rules) ----------------------


def deliver_due_letters(world, now: dt.datetime) -> list[Pin]:
    """Time rule: every PIN waiting for its letter (``first_half_sent``) whose letter has
    reached the letterbox by `now` becomes ``complete`` (event ``pin.complete``, with
    ``delivered_at``). A PIN whose letter was lost (no letter) keeps waiting."""
    done = []
    for pin in Pin.select().where(Pin.state == "first_half_sent").order_by(Pin.id):
        due = letter_due(pin)
        if due is not None and due <= now:
            with world.db.atomic():
                done.append(transition(world, pin, "complete", reason="lettera consegnata", delivered_at=due))
    return done


def _expire_if_due(world, pin: Pin, now: dt.datetime) -> bool:
    if pin.state == "active" and pin.expires_at is not None and pin.expires_at <= now:
        with world.db.atomic():
            transition(world, pin, "expired", reason="scadenza periodica")
        return True
    return False


def expire_due(world, now: dt.datetime) -> list[Pin]:
    """Time rule: every ``active`` PIN whose period (6 months, 3 for intermediaries) is
    over by `now` becomes ``expired`` (event ``pin.expired``)."""
    due = (Pin.select().where((Pin.state == "active") & Pin.expires_at.is_null(False) & (Pin.expires_at <= now))
           .order_by(Pin.expires_at, Pin.id))
    return [pin for pin in due if _expire_if_due(world, pin, now)]


def status_text(pin: Pin | None) -> str:
    """One sentence describing the PIN, for pages, docks and the tutor."""
    if pin is None:
        return _t("Nessun PIN INPS.")
    text = _t("{kind}: {state}", kind=KIND_LABELS.get(pin.kind, pin.kind),
              state=STATE_LABELS.get(pin.state, pin.state))
    if pin.state == "active" and pin.expires_at:
        text = _t("{text}, scade il {date}", text=text, date=_fmt(pin.expires_at))
    if pin.state in ("active", "expired", "to_change") and is_legacy_16(pin):
        text = _t("{text}; è ancora il vecchio PIN di 16 caratteri: alla modifica periodica "
                  "ne sceglierà uno di 8", text=text)
    if pin.state == "first_half_sent":
        due = letter_due(pin)
        if due:
            text = _t("{text}; la lettera arriva il {date}", text=text, date=_fmt(due))
    if pin.conversion_pending:
        text = _t("{text}; conversione in dispositivo in corso", text=text)
    return _t("{text}.", text=text)


# --- issuing and delivering --------------------------------------------------------------


def existing_pin_message(pin: Pin) -> str:
    if pin.state in ("requested", "first_half_sent"):
        return (
            _t("Per questo codice fiscale c’è già una richiesta di PIN in corso: la prima parte è "
            "stata inviata ai recapiti indicati e la seconda parte arriverà per posta "
            "all’indirizzo di residenza. Attenda la lettera.")
        )
    if pin.state == "locked":
        return _t("Per questo codice fiscale esiste già un PIN, ma è bloccato. {ways_out}", ways_out=WAYS_OUT)
    return (
        _t("Per questo codice fiscale esiste già un PIN INPS. Se non lo ricorda usi «Hai smarrito "
        "il PIN?»; se è scaduto, entri con il vecchio PIN e il sistema le farà scegliere "
        "un nuovo PIN.")
    )


def issue_initial_pin(world, citizen: Citizen, *, channel: str, kind: str = "ordinario",
                      deliver: bool = True) -> str:
    """Create a new initial PIN of 16 characters (digits and A-F, cryptographic random)
    for `citizen` and return it in clear (only the hash is stored).

    With ``deliver=True`` the first 8 characters go at once by SMS and e-mail/PEC from
    "InpsInforma" to the registered contacts and the second 8 are posted in a letter
    (PDF) that reaches the Cassetta postale after about 14 simulated days: the PIN is
    then ``first_half_sent``. With ``deliver=False`` it stays ``requested`` and the caller
    delivers it (e.g. the sede's sealed envelope, then :func:`mark_complete`).

    Refused (ServiceError) if the citizen already has a PIN that is not revoked.
    """
    from app.models import PIN_CHANNELS, PIN_KINDS

    if channel not in PIN_CHANNELS:
        raise ServiceError(_t("Canale di rilascio del PIN sconosciuto: «{channel}».", channel=channel))
    if kind not in PIN_KINDS:
        raise ServiceError(_t("Tipo di PIN sconosciuto: «{kind}».", kind=kind))
    existing = active_pin(citizen, world)
    if existing is not None:
        raise ServiceError(existing_pin_message(existing), "codice_fiscale")
    secret = security.random_code(INITIAL_LENGTH, INITIAL_ALPHABET)
    with world.db.atomic():
        pin = Pin.create(
            citizen=citizen,
            kind=kind,
            state="requested",
            channel=channel,
            intermediary=citizen.is_intermediary,
            secret_hash=security.hash_secret(secret),
            initial=True,
            created_at=world.clock.now(),
            set_at=world.clock.now(),
        )
        world.events.record("pin.requested", citizen, pin=pin.id, **{"from": None, "to": "requested"},
                            channel=channel, pin_kind=kind)
        if deliver:
            send_first_half(world, pin, secret)
            post_second_half(world, pin, secret)
    return secret


def _contact(citizen: Citizen) -> Contact | None:
    return Contact.get_or_none(Contact.citizen == citizen)


def send_first_half(world, pin: Pin, secret: str, *, channels: tuple[str, ...] | None = None) -> list[Message]:
    """Send the first 8 characters by SMS (cellulare) and e-mail / PEC (those registered,
    or only `channels`). Moves ``requested`` -> ``first_half_sent``."""
    citizen = pin.citizen
    contact = _contact(citizen)
    first = normalize_pin(secret)[:HALF]
    wanted = channels or ("sms", "email", "pec")
    addresses = {
        "sms": contact.cellulare if contact else "",
        "email": contact.email if contact else "",
        "pec": contact.pec if contact else "",
    }
    sent: list[Message] = []
    with world.db.atomic():
        for channel in ("sms", "email", "pec"):
            if channel not in wanted or not addresses[channel]:
                continue
            if channel == "sms":
                body = (
                    f"INPS: la prima parte del suo PIN è {first}. La seconda parte le sarà spedita "
                    "per posta all'indirizzo di residenza. Il PIN contiene solo cifre da 0 a 9 e "
                    "lettere da A ad F (ricostruzione). Non comunichi il PIN a nessuno."
                )
                sender, subject = messages.SENDER_INPS_SMS, ""
            else:
                body = (
                    f"Gentile {citizen.nome} {citizen.cognome},\n\n"
                    f"la prima parte del suo PIN per i servizi online dell'INPS è:\n\n    {first}\n\n"
                    "La seconda parte (altri 8 caratteri) le sarà spedita per posta ordinaria "
                    "all'indirizzo di residenza. Quando avrà entrambe le parti, entri nel portale "
                    "con il codice fiscale e il PIN completo di 16 caratteri: le sarà chiesto di "
                    "scegliere un nuovo PIN di 8 caratteri.\n\n"
                    f"{INITIAL_ALPHABET_NOTE} Conservi questa prima parte del PIN in un luogo sicuro.\n\n"
                    "InpsInforma - messaggio automatico, non rispondere."
                )
                sender = messages.SENDER_INPS_MAIL if channel == "email" else messages.SENDER_INPS_PEC
                subject = "PIN INPS - prima parte"
            sent.append(messages.send(
                world, citizen, channel, sender=sender, body=body, subject=subject,
                address=addresses[channel], meta={"pin_id": pin.id, "half": 1},
            ))
        if not sent:
            raise ServiceError(
                _t("Non ci sono recapiti (cellulare, e-mail o PEC) a cui inviare la prima parte del PIN."),
                "cellulare",
            )
        world.events.record("pin.first_half.sent", citizen, pin=pin.id, channels=[m.channel for m in sent])
        if pin.state == "requested":
            transition(world, pin, "first_half_sent", reason="prima parte inviata")
    return sent


def post_second_half(world, pin: Pin, secret: str, *, delay: dt.timedelta | None = None) -> Message:
    """Post the letter (PDF) with the second 8 characters; it reaches the Cassetta postale
    after `delay` (default about 14 simulated days)."""
    from app.pdf import pin_documents

    citizen = pin.citizen
    second = normalize_pin(secret)[HALF:INITIAL_LENGTH]
    delay = delay if delay is not None else dt.timedelta(days=LETTER_DAYS)
    with world.db.atomic():
        pdf = pin_documents.pin_letter(citizen, second, world.clock.now(), dispositivo=pin.kind == "dispositivo")
        document = messages.store_document(
            world, citizen, "lettera_pin", "Lettera INPS - seconda parte del PIN", pdf,
            meta={"pin_id": pin.id, "half": 2},
        )
        message = messages.send(
            world, citizen, "letter", sender=messages.SENDER_INPS_POST,
            subject="Seconda parte del PIN per i servizi online",
            body=(
                "Busta chiusa dell'INPS. Contiene la seconda parte (8 caratteri) del PIN "
                "per i servizi online. Apra la lettera per leggerla."
            ),
            address=citizen.address_line(), delay=delay, document=document,
            meta={"pin_id": pin.id, "half": 2},
        )
        world.events.record("pin.second_half.posted", citizen, pin=pin.id, deliver_at=message.deliver_at)
    return message


def mark_complete(world, pin: Pin, reason: str) -> Pin:
    """The citizen holds all 16 characters (e.g. sealed envelope at the sede, ripristino)."""
    with world.db.atomic():
        return transition(world, pin, "complete", reason=reason)


# --- login ----------------------------------------------------------------------------


@dataclass
class LoginResult:
    """What a correct PIN leads to.

    status: "ok" (session opened), "must_change" (first access or expired: choose a new
    PIN with :func:`change_pin`, no session yet).
    reason: "first_access", "expired", "periodic_16" (an old 16-character PIN at its periodic
    change, seed 003) or "" ; notice: text to show before MyINPS
    (NOT_DISPOSITIVO_NOTICE for an ordinario PIN); message: the page text for must_change.
    """

    status: str
    citizen_id: int
    pin_id: int
    kind: str
    reason: str = ""
    message: str = ""
    note: str = ""
    notice: str = ""
    session: object | None = None  # app.services.session.PortalSession when status == "ok"
    expires_at: dt.datetime | None = None


class PinLoginError(ServiceError):
    """A refused login. `attempts_left` (None when not counted), `locked` (the PIN is
    locked now), `reason` a code: "cf", "unknown", "wrong", "locked", "revoked",
    "not_complete", "format"."""

    def __init__(self, message: str, field: str = "pin", *, reason: str = "wrong",
                 attempts_left: int | None = None, locked: bool = False):
        super().__init__(message, field)
        self.reason = reason
        self.attempts_left = attempts_left
        self.locked = locked


def _attempts_phrase(left: int) -> str:
    return _t("Le resta 1 tentativo") if left == 1 else _t("Le restano {left} tentativi", left=left)


def _reread(pin: Pin) -> Pin:
    """The PIN's row as it is now, locked for this transaction (PostgreSQL; on SQLite the
    transaction holds the write lock from its start)."""
    from app.db import for_update

    return for_update(Pin.select().where(Pin.id == pin.id)).get()


def _register_failure(world, pin: Pin, typed_len: int) -> PinLoginError:
    """Count one wrong PIN, in SQL, and lock at the limit. Call inside the transaction that
    re-read `pin` (so that the count, the check and the lock are one step for every window)."""
    limit = max_failures()
    Pin.update(failures=Pin.failures + 1).where(Pin.id == pin.id).execute()
    pin.failures = Pin.select(Pin.failures).where(Pin.id == pin.id).scalar()
    world.events.record("pin.login.failed", pin.citizen, pin=pin.id, failures=pin.failures,
                        limit=limit, length=typed_len)
    if pin.failures >= limit:
        transition(world, pin, "locked", reason=f"{pin.failures} tentativi errati consecutivi")
        return PinLoginError(
            _t("Codice fiscale o PIN non corretti per {limit} volte di seguito: per sicurezza "
            "il PIN è stato bloccato. {ways_out}", limit=limit, ways_out=WAYS_OUT),
            reason="locked", attempts_left=0, locked=True,
        )
    left = limit - pin.failures
    return PinLoginError(
        _t("Codice fiscale o PIN non corretti. {attempts_phrase} prima che il PIN venga "
        "bloccato. Controlli di scrivere il PIN completo, senza spazi (maiuscole o minuscole "
        "sono uguali).", attempts_phrase=_attempts_phrase(left)),
        reason="wrong", attempts_left=left,
    )


def _locked_error() -> PinLoginError:
    return PinLoginError(_t("Il suo PIN è bloccato per troppi tentativi errati. {ways_out}", ways_out=WAYS_OUT),
                         reason="locked", attempts_left=0, locked=True)


def _check_secret(world, record: Pin, typed: str) -> PinLoginError | None:
    """Inside the caller's transaction, `record` just re-read: None if `typed` is the PIN
    (failures reset, a weak hash replaced), else the error to raise after the commit
    (the failure counted, the PIN locked at the limit)."""
    if record.state == "locked":
        world.events.record("pin.login.failed", record.citizen, pin=record.id, reason="locked")
        return _locked_error()
    if len(typed) > 64 or not security.verify_secret(typed, record.secret_hash):
        return _register_failure(world, record, len(typed))
    changes: dict = {}
    if record.failures:
        changes["failures"] = record.failures = 0
    if security.is_weak(record.secret_hash):  # older, cheaper parameters: the PIN is known now
        changes["secret_hash"] = record.secret_hash = security.hash_secret(typed)
    if changes:
        Pin.update(**changes).where(Pin.id == record.id).execute()
    return None


def _session(world, citizen: Citizen, pin: Pin):
    method = "pin_dispositivo" if pin.kind == "dispositivo" else "pin_ordinario"
    return auth.open_session(world, citizen, method)


def login(world, codice_fiscale: str, pin: str) -> LoginResult:
    """Check codice fiscale + PIN. Returns a LoginResult ("ok" with a session, or
    "must_change"); raises PinLoginError (with attempts left / locked) otherwise."""
    cf = cfmod.normalize(codice_fiscale)
    typed = normalize_pin(pin)
    if not cf:
        raise PinLoginError(_t("Inserisca il codice fiscale."), "codice_fiscale", reason="format")
    cf_problem = cfmod.check_error(cf)
    if cf_problem:
        raise PinLoginError(cf_problem, "codice_fiscale", reason="cf")
    if not typed:
        raise PinLoginError(_t("Inserisca il PIN."), "pin", reason="format")
    citizen = citizen_by_cf(cf)
    record = active_pin(citizen, world) if citizen is not None else None
    if record is None:
        world.events.record("pin.login.failed", citizen, reason="no_pin")
        if citizen is not None and current_pin(citizen) is not None:
            raise PinLoginError(
                _t("Il PIN di questo codice fiscale è stato revocato. Per entrare richieda un nuovo "
                "PIN con «Richiedi e gestisci il tuo PIN»."), "pin", reason="revoked")
        raise PinLoginError(
            _t("Codice fiscale o PIN non corretti: per questo codice fiscale non risulta un PIN "
            "INPS. Controlli il codice fiscale; se non ha ancora un PIN può richiederlo con "
            "«Richiedi e gestisci il tuo PIN»."), "codice_fiscale", reason="unknown")
    if record.state in ("requested", "first_half_sent"):
        due = letter_due(record)
        when = _t(" (arrivo previsto il {fmt})", fmt=_fmt(due)) if due else ""
        world.events.record("pin.login.failed", citizen, pin=record.id, reason="not_complete")
        raise PinLoginError(
            _t("Il suo PIN non è ancora completo: servono la prima parte (ricevuta per SMS o e-mail) "
            "e la seconda parte, che arriverà per posta all’indirizzo di residenza{when}.", when=when),
            reason="not_complete")

    # Re-read, refuse if locked, check, count or reset, lock at the limit: one transaction,
    # so that windows guessing at the same time are counted one after the other.
    now = world.clock.now()
    with world.db.atomic():
        record = _reread(record)
        error = _check_secret(world, record, typed)
        if error is None:
            record.previous_login_at = record.last_login_at
            record.last_login_at = now
            record.save()
            base = dict(citizen_id=citizen.id, pin_id=record.id, kind=record.kind)
            legacy = is_legacy_16(record)
            if record.state == "complete" or (record.state == "to_change" and record.initial and not legacy):
                if record.state == "complete":
                    transition(world, record, "to_change", reason="primo accesso con il PIN di 16 caratteri")
                world.events.record("pin.login.ok", citizen, pin=record.id, outcome="must_change",
                                    why="first_access")
                return LoginResult(status="must_change", reason="first_access", message=FIRST_ACCESS_TEXT,
                                   note=DLGS_NOTE, **base)
            if record.state in ("expired", "to_change") and legacy:
                if record.state == "expired":
                    transition(world, record, "to_change", reason="modifica periodica del PIN di 16 caratteri")
                world.events.record("pin.login.ok", citizen, pin=record.id, outcome="must_change",
                                    why="periodic_16")
                return LoginResult(status="must_change", reason="periodic_16",
                                   message=PERIODIC_16_TEXT, note=DLGS_NOTE,
                                   **base)
            if record.state in ("expired", "to_change"):
                if record.state == "expired":
                    transition(world, record, "to_change", reason="primo accesso dopo la scadenza")
                world.events.record("pin.login.ok", citizen, pin=record.id, outcome="must_change", why="expired")
                return LoginResult(status="must_change", reason="expired",
                                   message=_t(EXPIRED_TEXT, months=expiry_months(record)), note=DLGS_NOTE,
                                   **base)
            # active
            world.events.record("pin.login.ok", citizen, pin=record.id, outcome="ok")
            session = _session(world, citizen, record)
    if error is not None:
        raise error
    return LoginResult(status="ok", notice=NOT_DISPOSITIVO_NOTICE if record.kind == "ordinario" else "",
                       session=session, expires_at=record.expires_at, **base)


# --- choosing a new PIN ---------------------------------------------------------------


def validate_new_pin(codice_fiscale: str, new: str, confirm: str, *, previous_hashes=()) -> str:
    """Return the normalised new PIN or raise ValidationError (fields "new_pin", "confirm_pin").

    Rules: 8 characters, letters and digits only, not case-sensitive, not 8 consecutive
    characters of one's own codice fiscale, different from the previous PIN, typed twice."""
    value = normalize_pin(new)
    again = normalize_pin(confirm)
    cf = cfmod.normalize(codice_fiscale)
    errors: dict[str, str] = {}
    if not value:
        errors["new_pin"] = _t("Scriva il nuovo PIN: 8 caratteri tra lettere e numeri.")
    elif len(value) != NEW_PIN_LENGTH:
        errors["new_pin"] = (
            _t("Il nuovo PIN deve avere esattamente 8 caratteri: ne ha scritti {n_value}.", n_value=len(value))
        )
    elif not (value.isascii() and value.isalnum()):
        errors["new_pin"] = (
            _t("Il nuovo PIN può contenere solo lettere (senza accenti) e numeri: tolga spazi, "
            "punti e altri simboli.")
        )
    elif cf and value in cf:
        errors["new_pin"] = (
            _t("Il nuovo PIN non può essere una parte del suo codice fiscale: scelga un'altra "
            "combinazione di lettere e numeri.")
        )
    elif any(h and security.verify_secret(value, h) for h in previous_hashes):
        errors["new_pin"] = _t("Il nuovo PIN deve essere diverso da quello precedente.")
    if "new_pin" not in errors:
        if not again:
            errors["confirm_pin"] = _t("Scriva di nuovo il nuovo PIN nel campo di conferma.")
        elif again != value:
            errors["confirm_pin"] = (
                _t("I due PIN scritti non sono uguali: riscriva lo stesso PIN in tutti e due i campi.")
            )
    if errors:
        raise ValidationError(errors)
    return value


PROPOSED_PIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to copy by hand


def propose_new_pin(codice_fiscale: str) -> str:
    """An 8-character PIN drawn by the system that passes :func:`validate_new_pin` (seeds
    000 and 004 say the new PIN is generated automatically, seeds 002 and 003 that one
    chooses it: the first-access page lets the citizen do either, docs/SEEDS.md)."""
    while True:
        value = security.random_code(NEW_PIN_LENGTH, PROPOSED_PIN_ALPHABET)
        try:
            return validate_new_pin(codice_fiscale, value, value)
        except ValidationError:  # part of the codice fiscale (vanishingly rare): draw again
            continue


def change_pin(world, codice_fiscale: str, current: str, new: str, confirm: str, *,
               open_session: bool = True) -> LoginResult:
    """Replace the PIN: allowed when it must be changed (first access / expired) or, as
    "Modifica PIN", when it is active. `current` is the PIN just used to log in (checked
    again; a wrong one counts as a failed attempt). On success the PIN is active for
    6 months (3 for intermediaries) and, unless ``open_session=False`` (a voluntary
    "Modifica PIN" inside a session), a session is opened (LoginResult "ok")."""
    cf = cfmod.normalize(codice_fiscale)
    citizen = citizen_by_cf(cf)
    record = active_pin(citizen, world) if citizen is not None else None
    if record is None:
        raise ServiceError(_t("Per questo codice fiscale non risulta un PIN INPS."), "codice_fiscale")
    if record.state not in ("to_change", "active"):
        raise ServiceError(
            _t("Il PIN non può essere cambiato ora: è {state_labels}.", state_labels=STATE_LABELS.get(record.state, record.state)),
            "pin")
    typed = normalize_pin(current)
    with world.db.atomic():
        record = _reread(record)
        error = _check_secret(world, record, typed)
    if error is not None:
        raise error
    try:
        value = validate_new_pin(cf, new, confirm, previous_hashes=(record.secret_hash, record.previous_hash))
    except ValidationError as exc:
        world.events.record("pin.change_refused", citizen, pin=record.id, fields=sorted(exc.errors))
        raise
    now = world.clock.now()
    was = record.state
    with world.db.atomic():
        record.previous_hash = record.secret_hash
        record.secret_hash = security.hash_secret(value)
        record.initial = False
        record.failures = 0
        record.set_at = now
        record.expires_at = add_months(now, expiry_months(record))
        record.save()
        world.events.record("pin.changed", citizen, pin=record.id, expires_at=record.expires_at, voluntary=was == "active")
        if was == "to_change":
            transition(world, record, "active", reason="nuovo PIN scelto")
        session = _session(world, citizen, record) if open_session else None
    return LoginResult(status="ok", citizen_id=citizen.id, pin_id=record.id, kind=record.kind,
                       notice=NOT_DISPOSITIVO_NOTICE if record.kind == "ordinario" else "",
                       session=session, expires_at=record.expires_at)


# --- kind: ordinario / dispositivo ---------------------------------------------------------


def set_conversion_pending(world, citizen: Citizen, pending: bool = True, reason: str = "") -> Pin:
    """Mark (or clear) a conversion to dispositivo waiting for INPS's review."""
    record = active_pin(citizen, world)
    if record is None:
        raise ServiceError(_t("Per questo codice fiscale non risulta un PIN INPS da convertire."), "codice_fiscale")
    if pending and record.kind == "dispositivo":
        raise ServiceError(_t("Il suo PIN è già di tipo dispositivo: non serve convertirlo."))
    if pending and record.state == "locked":
        raise ServiceError(_t("Il suo PIN è bloccato: prima di convertirlo deve riavere l’accesso. {ways_out}", ways_out=WAYS_OUT))
    with world.db.atomic():
        record.conversion_pending = bool(pending)
        record.save()
        world.events.record("pin.conversion_pending", citizen, pin=record.id, pending=bool(pending), reason=reason)
    return record


def make_dispositivo(world, citizen: Citizen, reason: str) -> Pin:
    """The PIN becomes dispositivo (identity verified: online/fax review, sede, ...)."""
    record = active_pin(citizen, world)
    if record is None:
        raise ServiceError(_t("Per questo codice fiscale non risulta un PIN INPS da convertire."), "codice_fiscale")
    if record.kind == "dispositivo":
        raise ServiceError(_t("Il suo PIN è già di tipo dispositivo."))
    with world.db.atomic():
        record.kind = "dispositivo"
        record.conversion_pending = False
        record.save()
        world.events.record("pin.kind.dispositivo", citizen, pin=record.id, **{"from": "ordinario"}, reason=reason)
    return record


# --- lock, unlock, revoke ----------------------------------------------------------------


def lock(world, pin: Pin, reason: str) -> Pin:
    with world.db.atomic():
        return transition(world, pin, "locked", reason=reason)


def unlock(world, citizen: Citizen, *, by: str) -> Pin:
    """Unlock a locked PIN (e.g. the Contact Center after identifying the caller).
    It returns to ``complete`` if the 16 characters were never replaced, else ``active``
    (and expires at once if its time is over)."""
    record = active_pin(citizen, world)
    if record is None or record.state != "locked":
        raise ServiceError(_t("Il PIN di questo codice fiscale non è bloccato."))
    with world.db.atomic():
        back = "complete" if record.initial and not is_legacy_16(record) else "active"
        transition(world, record, back, reason=f"sbloccato da {by}")
        _expire_if_due(world, record, world.clock.now())
    return record


def revoke(world, pin: Pin, reason: str) -> Pin:
    with world.db.atomic():
        return transition(world, pin, "revoked", reason=reason)


def never_used(pin: Pin) -> bool:
    """True if the PIN was never used to enter (the 16 characters still untouched)."""
    return pin.last_login_at is None and pin.initial


def pin_events(citizen: Citizen, limit: int = 50) -> list[dict]:
    """The PIN's history for the audit view: [{"at", "kind", "detail"}]."""
    from app.models import Event

    rows = (
        Event.select()
        .where((Event.citizen == citizen) & (Event.kind.startswith("pin.")))
        .order_by(Event.id.desc())
        .limit(limit)
    )
    return [{"at": e.at, "kind": e.kind, "detail": json.loads(e.detail_json or "{}")} for e in rows]


__all__ = [
    "TRANSITIONS", "STATE_LABELS", "KIND_LABELS", "FIRST_ACCESS_TEXT", "DLGS_NOTE",
    "NOT_DISPOSITIVO_NOTICE", "WAYS_OUT", "INITIAL_ALPHABET_NOTE",
    "LoginResult", "PinLoginError", "normalize_pin", "citizen_by_cf", "current_pin", "active_pin",
    "deliver_due_letters", "expire_due", "transition", "can_transition", "issue_initial_pin", "send_first_half",
    "post_second_half", "mark_complete", "login", "change_pin", "validate_new_pin",
    "set_conversion_pending", "make_dispositivo", "lock", "unlock",
    "revoke", "never_used", "expiry_months", "status_text", "letter_due", "pin_events",
    "max_failures", "existing_pin_message", "is_legacy_16", "NOVITA_16_TO_8_TEXT", "PERIODIC_16_TEXT",
]
