"""SPID login through fictitious identity providers (AgID login templates, 2018).

The steps follow `italia/spid-idp-login-layout`: the provider's login page
(Nome utente, Password), the second factor (a 6-digit code by SMS or a request
approved in the provider's app on the phone), the consent page ("Autorizzi
l'invio dei dati?"), then the transfer back to INPS. Failures are the SPID error
cases of the technical rules (ErrorCode nr19-nr25) with plain Italian advice.

A login in progress is a `SpidFlow` kept in memory (like the IdP's web session);
the only thing another window part must see, the answer given in the phone's
app, is kept in Setting rows "spid.app.<token>". Time is the simulated clock:
codes and logins expire when the learner moves time forward.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import secrets as _secrets
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from app.i18n import _t
from app.models import Citizen, Contact, Message, Setting, SpidIdentity
from app.paths import DATA_DIR

from . import auth, messages, security, settings
from .errors import ServiceError, ValidationError
from .session import PortalSession

SERVICE_NAME = "INPS"
REQUIRED_LEVEL = 2  # INPS asks for SPID level 2 (seed 001: "credenziali SPID di secondo livello")
MAX_INPUT = 256  # longer input is refused before any hashing
OTP_DIGITS = 6

STAGES = ("credentials", "second_factor", "consent", "done", "failed")


# --- Providers ------------------------------------------------------------------------


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    colour: str
    host: str
    code_prefix: str
    app_name: str
    help_phone: str
    help_site: str


@lru_cache(maxsize=1)
def load_providers() -> tuple[Provider, ...]:
    with open(DATA_DIR / "spid_providers.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return tuple(Provider(**item) for item in data["providers"])


def provider(key: str) -> Provider:
    """The provider with this key; ServiceError if there is none."""
    for item in load_providers():
        if item.key == key:
            return item
    raise ServiceError(_t("Gestore di identità SPID sconosciuto: torna all'elenco e scegline uno."), "provider")


def providers_in_random_order(rng: random.Random | None = None) -> list[Provider]:
    """AgID rule: the providers' buttons are listed in random order, different each time."""
    items = list(load_providers())
    (rng or random.SystemRandom()).shuffle(items)
    return items


# --- Errors ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorInfo:
    code: int
    title: str  # heading of the error page
    official: str  # the message of the SPID technical rules
    advice: str  # what the learner should do, in plain Italian


ERRORS: dict[int, ErrorInfo] = {
    19: ErrorInfo(
        19,
        _t("Credenziali bloccate"),
        _t("Autenticazione fallita per ripetuta sottomissione di credenziali errate"),
        _t("Hai inserito credenziali errate troppe volte e per sicurezza la tua identità SPID è stata "
        "bloccata. Per sbloccarla segui «Hai dimenticato le credenziali?» sul sito del tuo gestore "
        "oppure chiama la sua assistenza."),
    ),
    20: ErrorInfo(
        20,
        _t("Livello SPID non sufficiente"),
        _t("Utente privo di credenziali compatibili con il livello di autenticazione richiesto"),
        _t("INPS chiede SPID di livello 2 (nome utente, password e codice temporaneo). Acquisisci "
        "credenziali di livello idoneo all'accesso al servizio: chiedi al tuo gestore di attivare il "
        "livello 2, poi riprova."),
    ),
    21: ErrorInfo(
        21,
        _t("Tempo scaduto"),
        _t("Timeout durante l'autenticazione utente"),
        _t("Si ricorda che l'operazione di autenticazione deve essere completata entro un determinato "
        "periodo di tempo. Ricomincia da «Entra con SPID»."),
    ),
    22: ErrorInfo(
        22,
        _t("Consenso negato"),
        _t("L'utente nega il consenso all'invio di dati al fornitore del servizio"),
        _t("È necessario dare il consenso per poter accedere al servizio: senza i tuoi dati INPS non "
        "può riconoscerti. Ricomincia da «Entra con SPID» e premi «Autorizza l'invio dei dati»."),
    ),
    23: ErrorInfo(
        23,
        _t("Credenziali sospese o revocate"),
        _t("Utente con identità sospesa/revocata o con credenziali bloccate"),
        _t("La tua identità SPID non può essere usata in questo momento. Contatta il tuo gestore."),
    ),
    25: ErrorInfo(
        25,
        _t("Accesso annullato"),
        _t("Processo di autenticazione annullato dall'utente"),
        _t("Hai annullato l'accesso: nessun dato è stato inviato a INPS. Puoi riprovare quando vuoi."),
    ),
}

STATE_ADVICE = {
    "locked": _t("La tua identità SPID è bloccata dopo troppi tentativi errati. Per sbloccarla segui "
    "«Hai dimenticato le credenziali?» sul sito di {provider} oppure chiama il numero {phone}."),
    "suspended": _t("La tua identità SPID è sospesa: {provider} l'ha sospesa (per esempio dopo una "
    "segnalazione o per documenti scaduti). Chiama {provider} al numero {phone} per riattivarla; "
    "nel frattempo puoi entrare in MyINPS con il PIN o con la CNS."),
    "revoked": _t("La tua identità SPID è stata revocata e non si può più usare. Richiedi una nuova "
    "identità SPID a un gestore; nel frattempo puoi entrare in MyINPS con il PIN o con la CNS."),
}


class SpidError(ServiceError):
    """An error that ends the SPID login: the page shows "Ops!", the advice and "Continua"."""

    def __init__(self, code: int, advice: str | None = None):
        info = ERRORS[code]
        super().__init__(advice or info.advice, "")
        self.code = code
        self.title = info.title
        self.official = info.official
        self.status_message = f"ErrorCode nr{code}"


# --- The login in progress ------------------------------------------------------------


@dataclass
class SpidFlow:
    token: str
    provider: Provider
    started_at: dt.datetime
    required_level: int = REQUIRED_LEVEL
    service: str = SERVICE_NAME
    relay_state: str = ""  # where INPS sends the learner after the login (SAML RelayState)
    stage: str = "credentials"
    identity_id: int | None = None
    citizen_id: int | None = None
    otp_methods: tuple[str, ...] = ()
    error: SpidError | None = None
    session: PortalSession | None = None
    # the SMS code (only its hash is kept)
    otp_hash: str = field(default="", repr=False)
    otp_expires: dt.datetime | None = None
    otp_tries: int = 0
    otp_wrong_total: int = 0
    otp_sent: int = 0
    otp_address: str = ""
    app_requests: int = 0

    @property
    def finished(self) -> bool:
        return self.stage in ("done", "failed")


_FLOWS: dict[str, SpidFlow] = {}
_MAX_FLOWS = 64


def get_flow(token: str) -> SpidFlow | None:
    """The login in progress with this token (it travels in the provider page's address)."""
    return _FLOWS.get(str(token))


def start_login(world, provider_key: str, *, required_level: int = REQUIRED_LEVEL,
                relay_state: str = "") -> SpidFlow:
    """The learner chose a provider in the "Entra con SPID" list."""
    chosen = provider(str(provider_key))
    flow = SpidFlow(
        token=_secrets.token_urlsafe(12),
        provider=chosen,
        started_at=world.clock.now(),
        required_level=required_level,
        relay_state=str(relay_state or ""),
    )
    if len(_FLOWS) >= _MAX_FLOWS:
        for token in [t for t, f in _FLOWS.items() if f.finished] or list(_FLOWS)[:1]:
            _FLOWS.pop(token, None)
    _FLOWS[flow.token] = flow
    world.events.record("spid.started", provider=chosen.key, service=flow.service)
    return flow


def _citizen(flow: SpidFlow) -> Citizen | None:
    return Citizen.get_or_none(Citizen.id == flow.citizen_id) if flow.citizen_id else None


def _identity(flow: SpidFlow) -> SpidIdentity | None:
    return SpidIdentity.get_or_none(SpidIdentity.id == flow.identity_id) if flow.identity_id else None


def _fail(world, flow: SpidFlow, code: int, advice: str | None = None) -> SpidError:
    error = SpidError(code, advice)
    flow.stage = "failed"
    flow.error = error
    flow.otp_hash = ""
    _clear_app_request(flow)
    world.events.record(
        "spid.error", _citizen(flow), code=code, provider=flow.provider.key, message=error.official
    )
    return error


def _check(world, flow: SpidFlow, stage: str) -> None:
    """Refuse steps out of order, finished logins and logins past their time limit."""
    if not isinstance(flow, SpidFlow):
        raise ServiceError(_t("Accesso SPID non valido: ricomincia da «Entra con SPID»."))
    if flow.finished:
        if flow.error is not None:
            raise flow.error
        raise ServiceError(_t("Questo accesso è già concluso: ricomincia da «Entra con SPID»."))
    if _timed_out(world, flow):
        raise _fail(world, flow, 21)
    if flow.identity_id is not None and _identity(flow) is None:  # e.g. the world was reset meanwhile
        flow.stage = "failed"
        flow.error = SpidError(25, _t("Questo accesso non è più valido: ricomincia da «Entra con SPID»."))
        raise flow.error
    if flow.stage != stage:
        raise ServiceError(_t("Questo passaggio non è quello atteso: segui le istruzioni della pagina."))


def _timed_out(world, flow: SpidFlow) -> bool:
    limit = dt.timedelta(minutes=settings.get_int("spid.timeout_minutes"))
    return world.clock.now() > flow.started_at + limit


def _clean(text, limit: int = MAX_INPUT) -> str:
    """Any value to text without control characters (kept whole up to `limit`)."""
    text = "" if text is None else str(text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ")[: limit + 1]


def _plural_attempts(left: int) -> str:
    return _t("Ti resta ancora 1 tentativo.") if left == 1 else _t("Ti restano ancora {left} tentativi.", left=left)


# --- Step 1: Nome utente and Password ---------------------------------------------------


def submit_credentials(world, flow: SpidFlow, username, password) -> tuple[str, ...]:
    """Checks the credentials; returns the second-factor methods on offer ("sms", "app").

    Wrong password: ServiceError "Credenziali errate. Ti restano ancora N tentativi.";
    the last failure locks the identity (SpidError 19). Identities that are locked,
    suspended or revoked give SpidError 23; level below the one required, SpidError 20.
    """
    _check(world, flow, "credentials")
    name = _clean(username).strip()
    secret = "" if password is None else str(password)
    errors = {}
    if not name:
        errors["username"] = _t("Inserisci il nome utente.")
    if not secret:
        errors["password"] = _t("Inserisci la password.")
    if errors:
        raise ValidationError(errors)

    identity = _find_identity(flow.provider.key, name)
    if identity is None:
        world.events.record("spid.login_failed", provider=flow.provider.key, reason="utente sconosciuto")
        raise ServiceError(_unknown_user_message(flow.provider, name), "username")

    citizen = identity.citizen
    flow.identity_id = identity.id
    flow.citizen_id = citizen.id
    if identity.state != "active":
        template = STATE_ADVICE.get(identity.state, STATE_ADVICE["suspended"])
        raise _fail(world, flow, 23, _t(template, provider=flow.provider.name, phone=flow.provider.help_phone))

    # Re-read, refuse if locked, check, count or reset, lock at the limit: one transaction,
    # so that windows guessing at the same time are counted one after the other.
    maximum = max(1, settings.get_int("spid.max_failures"))
    failures = None
    locked_now = False
    with world.db.atomic():
        identity = _reread(identity)
        if identity.state != "active":  # locked (or suspended) by another window meanwhile
            pass
        elif len(secret) <= MAX_INPUT and security.verify_secret(secret, identity.password_hash):
            changes: dict = {}
            if identity.failures:
                changes["failures"] = identity.failures = 0
            if security.is_weak(identity.password_hash):  # older, cheaper parameters: rehash now
                changes["password_hash"] = identity.password_hash = security.hash_secret(secret)
            if changes:
                SpidIdentity.update(**changes).where(SpidIdentity.id == identity.id).execute()
        else:
            SpidIdentity.update(failures=SpidIdentity.failures + 1).where(SpidIdentity.id == identity.id).execute()
            failures = SpidIdentity.select(SpidIdentity.failures).where(SpidIdentity.id == identity.id).scalar()
            locked_now = failures >= maximum
            if locked_now:
                SpidIdentity.update(state="locked").where(SpidIdentity.id == identity.id).execute()
            world.events.record("spid.login_failed", citizen, provider=flow.provider.key, reason="password errata",
                                failures=failures)
            if locked_now:
                world.events.record("spid.locked", citizen, provider=flow.provider.key)
    if failures is None and identity.state != "active":
        template = STATE_ADVICE.get(identity.state, STATE_ADVICE["suspended"])
        raise _fail(world, flow, 23, _t(template, provider=flow.provider.name, phone=flow.provider.help_phone))
    if failures is not None:
        if locked_now:
            raise _fail(world, flow, 19)
        raise ServiceError(_t("Credenziali errate. {plural_attempts}", plural_attempts=_plural_attempts(maximum - failures)), "password")

    if identity.level < flow.required_level:
        raise _fail(world, flow, 20)
    flow.otp_methods = ("sms", "app") if identity.otp_method == "app" else ("sms",)
    flow.stage = "second_factor"
    world.events.record("spid.credentials_ok", citizen, provider=flow.provider.key, level=identity.level)
    return flow.otp_methods


def _reread(identity: SpidIdentity) -> SpidIdentity:
    """The identity's row as it is now, locked for this transaction (PostgreSQL; on SQLite
    the transaction holds the write lock from its start)."""
    from app.db import for_update

    return for_update(SpidIdentity.select().where(SpidIdentity.id == identity.id)).get()


def _find_identity(provider_key: str, name: str) -> SpidIdentity | None:
    wanted = name.casefold()
    for identity in SpidIdentity.select().where(SpidIdentity.provider == provider_key):
        if identity.username.casefold() == wanted:
            return identity
    return None


def _unknown_user_message(chosen: Provider, name: str) -> str:
    wanted = name.casefold()
    for identity in SpidIdentity.select().where(SpidIdentity.provider != chosen.key):
        if identity.username.casefold() == wanted:
            try:
                other = provider(identity.provider).name
            except ServiceError:
                break
            return (
                _t("Nome utente o password errati. Questo nome utente non è registrato presso "
                "{name}: premi «Annulla», torna all'elenco e scegli {other}, il gestore "
                "con cui hai attivato SPID.", name=chosen.name, other=other)
            )
    return (
        _t("Nome utente o password errati. Controlla di averli scritti come nella lettera del tuo "
        "gestore e di aver scelto il gestore giusto (qui sei su {name}).", name=chosen.name)
    )


# --- Step 2a: code by SMS ---------------------------------------------------------------


def _mask(number: str) -> str:
    digits = number.replace(" ", "")
    return "*" * max(0, len(digits) - 3) + digits[-3:]


def send_sms_code(world, flow: SpidFlow) -> str:
    """Sends a new 6-digit code to the citizen's mobile (the old one stops working).

    Returns the masked number for the page ("*******567")."""
    _check(world, flow, "second_factor")
    citizen = _citizen(flow)
    contact = Contact.get_or_none(Contact.citizen == citizen)
    number = (contact.cellulare if contact else "").strip()
    if not number:
        raise ServiceError(
            _t("Per questa identità non risulta un numero di cellulare: usa l'app del gestore oppure "
            "chiama {name} al numero {help_phone}.", name=flow.provider.name, help_phone=flow.provider.help_phone),
            "code",
        )
    code = security.random_code(OTP_DIGITS, "0123456789")
    minutes = settings.get_int("spid.otp_minutes")
    flow.otp_hash = security.hash_secret(code)
    flow.otp_expires = world.clock.now() + dt.timedelta(minutes=minutes)
    flow.otp_tries = 0
    flow.otp_sent += 1
    flow.otp_address = number
    messages.send(
        world,
        citizen,
        "sms",
        sender=flow.provider.name,
        address=number,
        body=(
            f"{flow.provider.name}: il codice temporaneo (OTP) per accedere al servizio "
            f"{flow.service} è {code}. Vale {minutes} minuti. Non comunicarlo a nessuno."
        ),
        meta={"kind": "spid_otp", "flow": flow.token, "provider": flow.provider.key},
    )
    world.events.record("spid.otp_sent", citizen, provider=flow.provider.key, count=flow.otp_sent)
    return _mask(number)


def verify_sms_code(world, flow: SpidFlow, code) -> None:
    """Checks the code typed in "Codice". Right: the flow moves to the consent page."""
    _check(world, flow, "second_factor")
    typed = "".join(_clean(code).split())
    if not flow.otp_hash:
        raise ServiceError(_t("Il codice non è più valido: premi «Invia di nuovo» per riceverne uno nuovo."), "code")
    if not typed:
        raise ServiceError(_t("Inserisci il codice di 6 cifre ricevuto via SMS."), "code")
    if len(typed) != OTP_DIGITS or not typed.isascii() or not typed.isdigit():
        raise ServiceError(_t("Il codice è formato da 6 cifre: ricopialo dall'SMS ricevuto sul telefono."), "code")
    citizen = _citizen(flow)
    if flow.otp_expires is not None and world.clock.now() > flow.otp_expires:
        flow.otp_hash = ""
        world.events.record("spid.otp_expired", citizen, provider=flow.provider.key)
        raise ServiceError(_t("Il codice è scaduto: premi «Invia di nuovo» per riceverne uno nuovo."), "code")
    if security.verify_secret(typed, flow.otp_hash):
        flow.otp_hash = ""
        flow.stage = "consent"
        world.events.record("spid.otp_ok", citizen, provider=flow.provider.key)
        return
    flow.otp_tries += 1
    flow.otp_wrong_total += 1
    world.events.record("spid.otp_failed", citizen, provider=flow.provider.key, tries=flow.otp_tries)
    if flow.otp_wrong_total >= max(1, settings.get_int("spid.otp_max_wrong")):
        raise _fail(
            world, flow, 19,
            _t("Hai inserito un codice errato troppe volte e l'accesso è stato interrotto per sicurezza. "
            "Ricomincia da «Entra con SPID» e copia con calma il codice dell'SMS più recente."),
        )
    left = max(1, settings.get_int("spid.otp_attempts")) - flow.otp_tries
    if left <= 0:
        flow.otp_hash = ""
        raise ServiceError(
            _t("Codice errato. Hai sbagliato questo codice troppe volte: premi «Invia di nuovo» per "
            "riceverne uno nuovo."),
            "code",
        )
    raise ServiceError(_t("Codice errato. {plural_attempts} Copia il codice dell'SMS più recente.", plural_attempts=_plural_attempts(left)), "code")


# --- Step 2b: request approved in the provider's app --------------------------------------


def _app_key(token: str) -> str:
    return f"spid.app.{token}"


def _read_app(token: str) -> dict:
    row = Setting.get_or_none(Setting.key == _app_key(token))
    if row is None:
        return {}
    try:
        return json.loads(row.value)
    except ValueError:
        return {}


def _write_app(token: str, data: dict) -> None:
    settings.set_value(_app_key(token), json.dumps(data, default=str))


def _clear_app_request(flow: SpidFlow) -> None:
    Setting.delete().where(Setting.key == _app_key(flow.token)).execute()


def send_app_request(world, flow: SpidFlow) -> None:
    """Sends a notification to the provider's app on the phone: the learner approves or refuses."""
    _check(world, flow, "second_factor")
    if "app" not in flow.otp_methods:
        raise ServiceError(
            _t("L'app di {name} non è attiva per questa identità: ricevi il codice via SMS.", name=flow.provider.name), "code"
        )
    citizen = _citizen(flow)
    minutes = settings.get_int("spid.otp_minutes")
    message = messages.send(
        world,
        citizen,
        "app",
        sender=flow.provider.app_name,
        subject="Richiesta di accesso SPID",
        body=(
            f"Vuoi accedere al servizio {flow.service} con la tua identità SPID {flow.provider.name}? "
            "Se non sei stato tu a chiederlo, premi «Rifiuta»."
        ),
        meta={
            "kind": "spid_app_request",
            "flow": flow.token,
            "provider": flow.provider.key,
            "actions": ["Approva", "Rifiuta"],
        },
    )
    flow.app_requests += 1
    expires = world.clock.now() + dt.timedelta(minutes=minutes)
    _write_app(flow.token, {"state": "pending", "message": message.id, "expires": expires.isoformat()})
    world.events.record("spid.app_request_sent", citizen, provider=flow.provider.key, message=message.id)


def is_app_request(message) -> bool:
    """True for an app notification that asks to approve a SPID login."""
    return message is not None and messages.meta(message).get("kind") == "spid_app_request"


def app_request_state(world, message) -> str:
    """For the phone: "pending", "approved", "refused", "expired" or "superseded"."""
    if not is_app_request(message):
        return "superseded"
    info = messages.meta(message)
    data = _read_app(str(info.get("flow", "")))
    if not data or data.get("message") != message.id:
        return info.get("answer", "superseded")
    if data.get("state") == "pending" and world.clock.now() > dt.datetime.fromisoformat(data["expires"]):
        return "expired"
    return data.get("state", "superseded")


def answer_app_request(world, message_id, approve: bool) -> str:
    """The learner pressed "Approva" or "Rifiuta" in the app; returns what the app shows."""
    try:
        message = Message.get_or_none(Message.id == int(message_id))
    except (TypeError, ValueError):
        message = None
    if not is_app_request(message):
        raise ServiceError(_t("Questa notifica non è una richiesta di accesso SPID."))
    state = app_request_state(world, message)
    if state == "expired":
        raise ServiceError(_t("La richiesta è scaduta: sul computer premi «Invia di nuovo»."))
    if state != "pending":
        raise ServiceError(_t("Questa richiesta non è più valida: usa la notifica più recente."))
    info = messages.meta(message)
    data = _read_app(info["flow"])
    data["state"] = "approved" if approve else "refused"
    _write_app(info["flow"], data)
    info["answer"] = data["state"]
    message.meta_json = json.dumps(info, ensure_ascii=False)
    message.read = True
    message.save()
    world.events.record(
        "spid.app_approved" if approve else "spid.app_refused", message.citizen, provider=info.get("provider", "")
    )
    if approve:
        return _t("Accesso approvato. Torna al computer per continuare.")
    return _t("Accesso rifiutato. Nessun dato è stato inviato.")


def app_answer(world, flow: SpidFlow) -> str:
    """Read-only: "none", "pending", "approved", "refused" or "expired" (for a page that waits)."""
    if not isinstance(flow, SpidFlow) or flow.stage != "second_factor":
        return "none"
    data = _read_app(flow.token)
    if not data:
        return "none"
    state = data.get("state", "none")
    if state == "pending" and world.clock.now() > dt.datetime.fromisoformat(data["expires"]):
        return "expired"
    return state


def check_app_request(world, flow: SpidFlow) -> str:
    """The provider page asks whether the app answered. Approved: on to consent ("approved").

    Pending or expired: ServiceError saying what to do; refused: SpidError 25."""
    _check(world, flow, "second_factor")
    data = _read_app(flow.token)
    if not data:
        raise ServiceError(_t("Nessuna richiesta inviata all'app: premi «Utilizza l'App»."), "code")
    state = data.get("state")
    if state == "approved":
        _clear_app_request(flow)
        flow.stage = "consent"
        world.events.record("spid.app_ok", _citizen(flow), provider=flow.provider.key)
        return "approved"
    if state == "refused":
        raise _fail(world, flow, 25, _t("Hai rifiutato la richiesta di accesso nell'app: nessun dato è stato "
                    "inviato a INPS. Se sei stato tu, ricomincia da «Entra con SPID» e premi «Approva»."))
    if world.clock.now() > dt.datetime.fromisoformat(data["expires"]):
        raise ServiceError(_t("La richiesta all'app è scaduta: premi «Invia di nuovo» per mandarne una nuova."), "code")
    raise ServiceError(
        _t("La richiesta non è ancora stata approvata: apri l'app {app_name} sul telefono "
        "e premi «Approva».", app_name=flow.provider.app_name),
        "code",
    )


# --- Step 3: consent ---------------------------------------------------------------------

ATTRIBUTES = (
    ("spidCode", "Codice identificativo"),
    ("fiscalNumber", "Codice fiscale"),
    ("familyName", "Cognome"),
    ("name", "Nome"),
    ("gender", "Sesso"),
    ("dateOfBirth", "Data di nascita"),
    ("placeOfBirth", "Luogo di nascita"),
)


def spid_code(identity: SpidIdentity, chosen: Provider) -> str:
    """The "codice identificativo" the provider gives each identity (prefix + 10 digits)."""
    return f"{chosen.code_prefix}{identity.id:010d}"


def consent_attributes(world, flow: SpidFlow) -> list[tuple[str, str]]:
    """(label, value) of the data the provider will send to INPS, for the consent page."""
    _check(world, flow, "consent")
    identity = _identity(flow)
    citizen = identity.citizen
    values = {
        "spidCode": spid_code(identity, flow.provider),
        "fiscalNumber": f"TINIT-{citizen.codice_fiscale}",
        "familyName": citizen.cognome,
        "name": citizen.nome,
        "gender": "Femmina" if citizen.sesso == "F" else "Maschio",
        "dateOfBirth": citizen.data_nascita.strftime("%d/%m/%Y"),
        "placeOfBirth": citizen.luogo_nascita + (
            f" ({citizen.provincia_nascita})" if citizen.provincia_nascita not in ("", "EE") else ""
        ),
    }
    return [(label, values[key]) for key, label in ATTRIBUTES]


def give_consent(world, flow: SpidFlow) -> PortalSession:
    """"Autorizza l'invio dei dati": the login succeeds and INPS opens the portal session."""
    _check(world, flow, "consent")
    identity = _identity(flow)
    citizen = identity.citizen
    world.events.record("spid.consent_given", citizen, provider=flow.provider.key)
    session = auth.open_session(world, citizen, "spid", spid_level=identity.level)
    flow.stage = "done"
    flow.session = session
    world.events.record("spid.login_succeeded", citizen, provider=flow.provider.key, level=identity.level)
    return session


def refuse_consent(world, flow: SpidFlow) -> SpidError:
    """"Annulla" on the consent page: SPID error 22 (returned, the page shows it)."""
    _check(world, flow, "consent")
    world.events.record("spid.consent_refused", _citizen(flow), provider=flow.provider.key)
    return _fail(world, flow, 22)


def cancel(world, flow: SpidFlow) -> SpidError:
    """"Annulla" on any provider page: SPID error 25 (returned, the page shows it)."""
    if not isinstance(flow, SpidFlow):
        return SpidError(25)
    if flow.finished:
        return flow.error or SpidError(25)
    if _timed_out(world, flow):
        return _fail(world, flow, 21)
    return _fail(world, flow, 25)


def time_out(world, flow: SpidFlow) -> SpidError:
    """The provider page's own time limit ran out (SPID error 21)."""
    if isinstance(flow, SpidFlow) and not flow.finished:
        return _fail(world, flow, 21)
    return SpidError(21)


# --- "Hai dimenticato le credenziali?": a new password, which also unlocks ----------------


@dataclass
class RecoveryFlow:
    token: str
    provider: Provider
    identity_id: int
    started_at: dt.datetime
    otp_hash: str = field(default="", repr=False)
    otp_expires: dt.datetime | None = None
    tries: int = 0
    done: bool = False


_RECOVERIES: dict[str, RecoveryFlow] = {}


def get_recovery(token: str) -> RecoveryFlow | None:
    return _RECOVERIES.get(str(token))


def start_recovery(world, provider_key: str, username, codice_fiscale) -> RecoveryFlow:
    """The provider checks who asks (nome utente + codice fiscale) and sends a code by SMS."""
    chosen = provider(str(provider_key))
    name = _clean(username).strip()
    cf = "".join(_clean(codice_fiscale).split()).upper()
    errors = {}
    if not name:
        errors["username"] = _t("Inserisci il nome utente.")
    if not cf:
        errors["codice_fiscale"] = _t("Inserisci il codice fiscale.")
    if errors:
        raise ValidationError(errors)
    identity = _find_identity(chosen.key, name)
    if identity is None or identity.citizen.codice_fiscale != cf:
        world.events.record("spid.recovery_failed", provider=chosen.key)
        raise ServiceError(
            _t("Nome utente e codice fiscale non corrispondono a un'identità {name}: controllali "
            "sulla lettera del gestore.", name=chosen.name), "username")
    if identity.state in ("suspended", "revoked"):
        raise ServiceError(_t(STATE_ADVICE[identity.state], provider=chosen.name, phone=chosen.help_phone))
    contact = Contact.get_or_none(Contact.citizen == identity.citizen)
    number = (contact.cellulare if contact else "").strip()
    if not number:
        raise ServiceError(_t("Non risulta un cellulare: chiama {name} al numero {help_phone}.", name=chosen.name, help_phone=chosen.help_phone))
    flow = RecoveryFlow(_secrets.token_urlsafe(12), chosen, identity.id, world.clock.now())
    code = security.random_code(OTP_DIGITS, "0123456789")
    minutes = settings.get_int("spid.otp_minutes")
    flow.otp_hash = security.hash_secret(code)
    flow.otp_expires = world.clock.now() + dt.timedelta(minutes=minutes)
    messages.send(
        world, identity.citizen, "sms", sender=chosen.name, address=number,
        body=f"{chosen.name}: il codice per scegliere una nuova password è {code}. Vale {minutes} minuti.",
        meta={"kind": "spid_recovery", "provider": chosen.key},
    )
    if len(_RECOVERIES) > 64:
        _RECOVERIES.clear()
    _RECOVERIES[flow.token] = flow
    world.events.record("spid.recovery_started", identity.citizen, provider=chosen.key)
    return flow


def password_problem(password: str, username: str) -> str:
    """The provider's password rules; "" when the password is acceptable."""
    if len(password) < 8:
        return _t("La password deve avere almeno 8 caratteri.")
    if len(password) > 64:
        return _t("La password può avere al massimo 64 caratteri.")
    if not any(c.isalpha() for c in password) or not any(c in "0123456789" for c in password):
        return _t("La password deve contenere almeno una lettera e almeno un numero.")
    if any(unicodedata.category(c)[0] == "C" for c in password):
        return _t("La password contiene caratteri non ammessi: usa lettere, numeri e segni come . - _ !")
    if username and username.casefold() in password.casefold():
        return _t("La password non può contenere il nome utente.")
    return ""


def complete_recovery(world, flow: RecoveryFlow, code, new_password, confirm) -> str:
    """Code from the SMS + new password twice: the identity is active again."""
    if not isinstance(flow, RecoveryFlow) or flow.done:
        raise ServiceError(_t("Questa richiesta è già conclusa: ricomincia da «Hai dimenticato le credenziali?»."))
    identity = SpidIdentity.get_or_none(SpidIdentity.id == flow.identity_id)
    typed = "".join(_clean(code).split())
    secret = "" if new_password is None else str(new_password)
    again = "" if confirm is None else str(confirm)
    errors = {}
    if len(typed) != OTP_DIGITS or not (typed.isascii() and typed.isdigit()):
        errors["code"] = _t("Il codice è formato da 6 cifre: ricopialo dall'SMS ricevuto.")
    problem = password_problem(secret, identity.username if identity else "")
    if problem:
        errors["new_password"] = problem
    elif again != secret:
        errors["confirm"] = _t("Le due password non sono uguali: scrivila di nuovo in «Conferma password».")
    if errors:
        raise ValidationError(errors)
    if not flow.otp_hash or (flow.otp_expires and world.clock.now() > flow.otp_expires):
        flow.done = True
        raise ServiceError(_t("Il codice è scaduto: ricomincia da «Hai dimenticato le credenziali?»."), "code")
    if not security.verify_secret(typed, flow.otp_hash):
        flow.tries += 1
        left = max(1, settings.get_int("spid.otp_attempts")) - flow.tries
        if left <= 0:
            flow.done = True
            raise ServiceError(_t("Codice errato troppe volte: ricomincia da «Hai dimenticato le credenziali?»."), "code")
        raise ServiceError(_t("Codice errato. {plural_attempts}", plural_attempts=_plural_attempts(left)), "code")
    with world.db.atomic():
        identity.password_hash = security.hash_secret(secret)
        identity.failures = 0
        if identity.state == "locked":
            identity.state = "active"
        identity.save()
    flow.done = True
    flow.otp_hash = ""
    world.events.record("spid.password_reset", identity.citizen, provider=flow.provider.key)
    return _t("La nuova password è attiva e la tua identità SPID è sbloccata. Ora puoi entrare con SPID.")


# --- For the wallet and the trainer ------------------------------------------------------


def identities_of(world, citizen_id: int) -> list[dict]:
    """The SPID identities a person holds, with the credentials letter's data when the
    person is a demo persona (a training world keeps the plain password in personas.json)."""
    from . import personas

    rows = []
    for identity in SpidIdentity.select().where(SpidIdentity.citizen == citizen_id).order_by(SpidIdentity.id):
        try:
            chosen = provider(identity.provider)
        except ServiceError:
            continue
        password = ""
        key = identity.citizen.persona_key
        if key:
            try:
                spid = personas.persona(key).get("credenziali", {}).get("spid", {})
            except KeyError:
                spid = {}
            if spid.get("username", "").casefold() == identity.username.casefold():
                password = spid.get("password", "")
        rows.append({
            "provider": chosen.key,
            "provider_name": chosen.name,
            "username": identity.username,
            "password": password,
            "level": identity.level,
            "state": identity.state,
            "otp_method": identity.otp_method,
            "app_name": chosen.app_name,
        })
    return rows


STATE_LABELS = {"active": "attiva", "locked": "bloccata", "suspended": "sospesa", "revoked": "revocata"}
