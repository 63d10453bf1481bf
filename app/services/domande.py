"""Domande (requests) presented online: multi-step forms with checks, the protocol
number, the receipt PDF, the stato di avanzamento that moves on with the simulated
clock and the decision letter at the end.

Seeds 003/004 list them ("Versamenti volontari", "Domanda di pensione", "maternità
o congedo parentale", "domanda di invalidità civile", "Aspi e mini-Aspi" (now NASpI),
"bonus bebè", "riscatto anni di laurea", "rapporto di lavoro domestico", "Accredito
del Servizio di Leva", "supplementi o ricostituzione Pensioni", "Visualizzazione e
modifica dati anagrafici, indirizzo e recapiti"). This module holds the engine and
the first four; the others are in app/services/domande_*.py (one module per area,
registered at the end of this file). Figures of 2018 are in data/domande_2018.json
(app.services.figures), with their source or the mark «(ricostruzione)».

Every domanda needs a session that may present requests (PIN dispositivo, SPID level
2, CNS): the one gate is app.services.session.require_dispositivo, with its one
message; with a PIN ordinario the learner is told how to convert the PIN.

    form = domande.form_for(world, session, "versamenti_volontari")
    cleaned = domande.validate_step(world, session, kind, 0, values)   # per step
    rows = domande.preview(world, session, kind, values)               # e.g. the cost of a riscatto
    result = domande.submit(world, session, kind, values)              # all or nothing
    views = domande.list_applications(world, citizen_id)               # the read model (a pure read)
    domande.advance_applications(world, now)   # time rule, run when the clock moves (time_rules)

One read model, :class:`Domanda` built by :func:`read_domande`, serves the domande
pages, the Fascicolo and the PDFs (receipt, decision letter, the Fascicolo's summary).

The extra state of a domanda lives in Application.data_json:
{"service": "domande", "fields": {...cleaned...}, "preview": [[label, value]...],
 "receipt_document": id, "decision_document": id, "motivazione": "...",
 "esito": [[label, value]...]}; its documents carry meta
{"application_id": id, "protocol": ..., "role": "ricevuta" | "esito"}.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from app.i18n import _t
from app.money import euro
from app.models import Application, ApplicationStatus, Citizen, Contact, Contribution, Document, Pension

from . import codice_fiscale as cfmod
from . import fields as fieldmod
from . import messages, pension, settings
from .dates import parse_date  # noqa: F401 (also used by other modules through here)
from .errors import ServiceError, ValidationError
from .fields import iban_error, iban_remainder  # noqa: F401 (re-exported: the domande's own IBAN check)
from .session import PIN_CONVERSION_HINT_URL, DispositivoRequired, PortalSession, require_dispositivo  # noqa: F401

SERVICE_TAG = "domande"


# ---------------------------------------------------------------------------
# Form definitions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text, name, civico, cap, provincia, cellulare, fisso, email, date, choice, check,
    #                     iban, cf, code (capitals, no spaces), money (euro, cleaned to cents), number
    required: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    help: str = ""
    max_length: int = 80
    shown_if: tuple[str, tuple[str, ...]] = ()  # (field, values): asked only when that field has one of them
    minimum: int | None = None  # number: the smallest value; money: in cents
    maximum: int | None = None


@dataclass(frozen=True)
class Step:
    title: str
    fields: tuple[Field, ...]
    help: str  # the Aiuto text of the step
    intro: str = ""
    summary: bool = False  # the last step: riepilogo of everything and the dichiarazione


@dataclass(frozen=True)
class Transition:
    state: str
    after: dt.timedelta  # from the submission
    note: str


Decision = tuple  # (outcome, motivazione) or (outcome, motivazione, esito rows [(label, value)])


@dataclass(frozen=True)
class DomandaType:
    kind: str
    title: str
    description: str
    group: str  # "Anagrafica", "Contributi", "Pensione", "Famiglia", "Lavoro", "Invalidità civile"
    schedule: tuple[Transition, ...]  # the last one is the decision
    build_steps: Callable[[Citizen], tuple[Step, ...]] = field(repr=False, compare=False, default=None)
    initial: Callable[[Citizen], dict] = field(repr=False, compare=False, default=None)
    step_checks: Callable[[Any, Citizen, int, dict], dict] = field(repr=False, compare=False, default=None)
    decide: Callable[[Any, Application, dict], Decision] = field(repr=False, compare=False, default=None)
    # Optional: what the summary step shows besides the data (e.g. the cost simulation of a
    # riscatto), from the cleaned values; kept with the domanda and printed on the receipt.
    preview: Callable[[Any, Citizen, dict], list[tuple[str, str]]] | None = field(
        repr=False, compare=False, default=None)
    preview_title: str = "Simulazione"
    # Optional: done in the submission's transaction (e.g. the certificate is linked to the domanda).
    on_submit: Callable[[Any, Application, dict], None] | None = field(repr=False, compare=False, default=None)


@dataclass(frozen=True)
class DomandaForm:
    kind: str
    title: str
    description: str
    steps: tuple[Step, ...]
    initial: dict
    preview_title: str = ""


@dataclass(frozen=True)
class Submission:
    application_id: int
    protocol: str
    submitted_at: dt.datetime
    receipt_document_id: int
    receipt_pdf: bytes


# ---------------------------------------------------------------------------
# The read model of a domanda (the domande pages, the Fascicolo, the PDFs)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StatoDomanda:
    state: str
    at: dt.datetime
    note: str


@dataclass(frozen=True)
class DocumentoCollegato:
    """A stored document (letter, receipt) that belongs to a domanda."""

    document_id: int
    title: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Domanda:
    id: int
    kind: str
    title: str
    protocol: str
    state: str
    submitted_at: dt.datetime
    decided_at: dt.datetime | None
    outcome: str
    history: tuple[StatoDomanda, ...]
    documents: tuple[DocumentoCollegato, ...] = ()
    motivazione: str = ""
    next_state: str = ""  # "" when concluded or not a domanda of this module ("esito" for the decision)
    next_due: dt.datetime | None = None
    receipt_document_id: int | None = None
    decision_document_id: int | None = None
    rows: tuple[tuple[str, str, str], ...] = ()  # (step title, field label, shown value)
    preview: tuple[tuple[str, str], ...] = ()  # the simulation shown when it was presented
    preview_title: str = ""
    esito: tuple[tuple[str, str], ...] = ()  # what the decision grants (amounts, periods, codes)
    group: str = ""

    @property
    def concluded(self) -> bool:
        return bool(self.outcome)

    @property
    def accolta(self) -> bool:
        return self.outcome == "accolta"

    @property
    def pdf_available(self) -> bool:
        """Seed 000: the PDF of a pension request is there once it is accolta."""
        return self.accolta

    @property
    def stato_label(self) -> str:
        if self.outcome:
            return _t("{esito} il {data:%d/%m/%Y}", esito=self.outcome.capitalize(), data=self.decided_at) if self.decided_at else self.outcome.capitalize()
        return self.state.capitalize()

    state_label = stato_label

    @property
    def summary(self) -> tuple[tuple[str, str], ...]:
        """(field label, shown value) of the data sent."""
        return tuple((label, value) for _step, label, value in self.rows)


# Former names of the read model (one class).
ApplicationView = Domanda
StatusView = StatoDomanda


# ---------------------------------------------------------------------------
# Field validation (plain Italian, saying the fix)
# ---------------------------------------------------------------------------

def parse_money_cents(text: str) -> int | None:
    """An amount in euro as people write it ("1.234,56", "1234,5", "€ 850", "1234.56") -> cents."""
    t = text.replace("€", "").replace("EUR", "").replace("euro", "").replace(" ", "").strip()
    if not t or t.count(",") > 1 or any(ch not in "0123456789.," for ch in t):
        return None
    if "," in t:
        whole, _, dec = t.partition(",")
        whole = whole.replace(".", "") if all(len(g) == 3 for g in whole.split(".")[1:]) else None
    elif t.count(".") == 1 and len(t.split(".")[1]) in (1, 2):
        whole, dec = t.split(".")
    else:
        groups = t.split(".")
        whole = t.replace(".", "") if all(len(g) == 3 for g in groups[1:]) and groups[0] else None
        dec = ""
    if not whole or not fieldmod.is_digits(whole) or len(dec) > 2 or (dec and not fieldmod.is_digits(dec)) \
            or len(whole) > 9:
        return None
    return int(whole) * 100 + int((dec + "00")[:2] or 0)


def _is_shown(f: Field, values: dict) -> bool:
    if not f.shown_if:
        return True
    name, allowed = f.shown_if
    return str(values.get(name) or "") in allowed


def clean_field(f: Field, raw, today: dt.date) -> tuple[Any, str]:
    """(cleaned value, error message or ''), with the project's field checks (app.services.fields)."""
    if f.kind == "check":
        value = raw is True or str(raw).strip().lower() in ("1", "true", "si", "sì", "on", "yes")
        if f.required and not value:
            return value, _t("Per proseguire deve spuntare «{label}».", label=f.label)
        return value, ""
    if f.kind == "money" and isinstance(raw, int) and not isinstance(raw, bool):
        raw = euro(raw).replace("€", "").strip()  # already cleaned (cents): written back as typed
    try:
        text = fieldmod.clean_text(raw, label=f.label)
    except fieldmod.FieldError as exc:
        return "", exc.message
    if not text:
        if f.required:
            if f.kind == "choice":
                return "", _t("Scelga una voce per «{label}».", label=f.label)
            return "", _t("Compili il campo «{label}».", label=f.label)
        return "", ""
    kind = f.kind
    if len(text) > f.max_length and kind not in ("number", "money"):  # these say how to write the figure
        return text, _t("Il campo «{label}» può contenere al massimo {max_length} caratteri.", label=f.label, max_length=f.max_length)
    if kind == "text":
        return text, ""
    if kind == "code":  # a code printed on a document: what was meant, without spaces, in capitals
        return "".join(text.split()).upper(), ""
    if kind == "name":
        text = fieldmod.normalize_name(text)
        return text, fieldmod.name_error(text, f"«{f.label}»")
    if kind == "civico":
        message = fieldmod.civico_error(text)
        return (text, message) if message else (fieldmod.normalize_civico(text), "")
    if kind == "cap":
        return text, fieldmod.cap_error(text)
    if kind == "provincia":
        up = text.upper() if text.isascii() else text
        return up, fieldmod.provincia_error(up)
    if kind in ("cellulare", "fisso"):
        digits = fieldmod.phone_digits(text)
        message = fieldmod.phone_error(digits, kind)
        return (text, message) if message else (fieldmod.normalize_phone(digits), "")
    if kind == "email":
        address = fieldmod.normalize_email(text)
        message = fieldmod.email_error(address, "PEC" if "PEC" in f.label else "e-mail")
        return (text, message) if message else (address, "")
    if kind == "date":
        day = fieldmod.parse_date(text)
        if day is None:
            return text, _t("Scriva «{label}» nella forma gg/mm/aaaa, per esempio {today:%d/%m/%Y}.", label=f.label, today=today)
        if day.year < 1900:
            return text, _t("Controlli l'anno di «{label}».", label=f.label)
        return day.isoformat(), ""
    if kind == "choice":
        values = {v for v, _ in f.choices}
        if text not in values:
            return text, _t("Scelga una delle voci proposte per «{label}».", label=f.label)
        return text, ""
    if kind == "iban":
        return fieldmod.normalize_iban(text), iban_error(text)
    if kind == "cf":
        return cfmod.normalize(text), fieldmod.codice_fiscale_error(text)
    if kind == "money":
        cents = parse_money_cents(text)
        if cents is None:
            return text, _t("Scriva «{label}» in euro, con la virgola per i centesimi: per esempio 1.234,56.", label=f.label)
        if f.minimum is not None and cents < f.minimum:
            return text, _t("«{label}» non può essere inferiore a {euro}.", label=f.label, euro=euro(f.minimum))
        if f.maximum is not None and cents > f.maximum:
            return text, _t("Controlli «{label}»: non può superare {euro}.", label=f.label, euro=euro(f.maximum))
        return cents, ""
    if kind == "number":
        digits = text.replace(" ", "")
        if not fieldmod.is_digits(digits) or len(digits) > max(6, f.max_length):
            return text, _t("Scriva «{label}» in cifre, senza virgola: per esempio 25.", label=f.label)
        number = int(digits)
        if f.minimum is not None and number < f.minimum:
            return text, _t("«{label}» deve essere almeno {minimum}.", label=f.label, minimum=f.minimum)
        if f.maximum is not None and number > f.maximum:
            return text, _t("«{label}» non può superare {maximum}.", label=f.label, maximum=f.maximum)
        return number, ""
    return text, ""


def display_value(f: Field, value) -> str:
    if f.kind == "check":
        return "Sì" if value else "No"
    if value in ("", None):
        return "-"
    if f.kind == "date":
        day = parse_date(value)
        return f"{day:%d/%m/%Y}" if day else str(value)
    if f.kind == "choice":
        return dict(f.choices).get(value, str(value))
    if f.kind == "iban":
        code = str(value)
        return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    if f.kind == "money":
        return euro(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)
    return str(value)


# ---------------------------------------------------------------------------
# The domande
# ---------------------------------------------------------------------------

DICHIARAZIONE = Field(
    "dichiarazione",
    _t("Dichiaro che i dati indicati sono veritieri e di essere consapevole delle responsabilità "
    "penali in caso di dichiarazioni false (artt. 46, 47 e 76 del D.P.R. 445/2000)"),
    "check",
)
SUMMARY_HELP = _t(
    "Controlli i dati riepilogati. Se qualcosa non va, prema «Indietro» per correggerlo: nulla è "
    "ancora stato inviato. Quando è tutto giusto, spunti la dichiarazione e prema «Invia domanda». "
    "Riceverà subito il numero di protocollo e la ricevuta in PDF."
)
# The last step of every domanda: the riepilogo and the dichiarazione (Step is immutable: one for all).
SUMMARY_STEP = Step(_t("Riepilogo e conferma"), (DICHIARAZIONE,), help=SUMMARY_HELP, summary=True)
GESTIONI = (
    ("FPLD", _t("Fondo pensioni lavoratori dipendenti")),
    ("GS", _t("Gestione Separata")),
    ("ART", _t("Gestione artigiani")),
    ("COM", _t("Gestione commercianti")),
)


def person_fields(prefix: str, whose: str) -> tuple[Field, ...]:
    """Cognome, nome, codice fiscale and date of birth of another person (a child, a worker):
    the fields ``<prefix>_cognome``, ``_nome``, ``_cf``, ``_nascita``; `whose` completes the
    labels ("del figlio": «Cognome del figlio»)."""
    return (
        Field(f"{prefix}_cognome", _t("Cognome {whose}", whose=whose), "name", max_length=60),
        Field(f"{prefix}_nome", _t("Nome {whose}", whose=whose), "name", max_length=60),
        Field(f"{prefix}_cf", _t("Codice fiscale {whose}", whose=whose), "cf", max_length=20),
        Field(f"{prefix}_nascita", _t("Data di nascita {whose}", whose=whose), "date", max_length=10),
    )


def review(first_state: str, first_after: dt.timedelta, first_note: str, decided_after: dt.timedelta,
           decided_note: str = _t("Domanda definita")) -> tuple[Transition, ...]:
    """The schedule of most domande: one state of work (e.g. «in istruttoria»), then «definita»
    (the decision), each after its time from the submission."""
    return (Transition(first_state, first_after, first_note), Transition(_t("definita"), decided_after, decided_note))


def birth_cf_mismatch(born: dt.date | None, cf: str | None, whose: str) -> str:
    """The message when the date of birth differs from the one inside the valid codice fiscale
    `cf` of `whose` ("del figlio"), else ""."""
    if not (born and cf and cfmod.is_valid(cf)):
        return ""
    try:
        decoded = cfmod.decode(cf)["data_nascita"]
    except (ValueError, KeyError):
        return ""
    if decoded is None or decoded == born:
        return ""
    return (_t("La data di nascita non corrisponde al codice fiscale {whose}, che indica il "
            "{decoded:%d/%m/%Y}: controlli i due dati.", whose=whose, decoded=decoded))


def own_cf_error(citizen: Citizen, cf: str | None, whose: str) -> str:
    """The citizen wrote their own codice fiscale where another person's («del figlio») goes."""
    if cf and cfmod.normalize(cf) == citizen.codice_fiscale:
        return _t("Ha scritto il suo codice fiscale: serve quello {whose}.", whose=whose)
    return ""


def _contact(citizen: Citizen) -> Contact | None:
    return Contact.get_or_none(Contact.citizen == citizen)


def _last_row(citizen: Citizen) -> Contribution | None:
    return (Contribution.select().where(Contribution.citizen == citizen)
            .order_by(Contribution.al.desc()).first())


def _is_pensioner(citizen: Citizen) -> bool:
    return Pension.select().where((Pension.citizen == citizen) & (Pension.categoria == "VO")).exists()


def _today(world) -> dt.date:
    return world.clock.today()


# --- 1. Modifica dati anagrafici, indirizzo e recapiti -------------------------------


def _variazione_steps(citizen: Citizen) -> tuple[Step, ...]:
    if citizen.residenza_estera:
        address = Step(
            _t("Indirizzo di residenza (estero)"),
            (
                Field("stato_estero", _t("Stato estero"), "name", max_length=60),
                Field("citta_estera", _t("Città"), max_length=60),
                Field("indirizzo_estero", _t("Indirizzo completo"), max_length=120),
            ),
            help=_t("Scriva l'indirizzo di residenza all'estero come compare sui documenti del paese "
                 "in cui vive. La posta dell'INPS sarà spedita a questo indirizzo."),
        )
    else:
        address = Step(
            _t("Indirizzo di residenza"),
            (
                Field("indirizzo", _t("Indirizzo (via, piazza...)"), max_length=80),
                Field("civico", _t("Numero civico"), "civico", max_length=10),
                Field("cap", _t("CAP"), "cap", max_length=5),
                Field("comune", _t("Comune"), "name", max_length=60),
                Field("provincia", _t("Provincia (sigla)"), "provincia", max_length=2),
            ),
            help=_t("L'indirizzo di residenza serve all'INPS per spedire la posta (per esempio la seconda "
                 "parte del PIN e le lettere con l'esito delle domande). Scriva la via senza il numero, "
                 "poi il numero civico, il CAP di 5 cifre, il comune e la sigla della provincia."),
            intro=_t("I dati sono già compilati con quelli che l'INPS conosce: modifichi solo quelli cambiati."),
        )
    contacts = Step(
        _t("Recapiti"),
        (
            Field("cellulare", _t("Cellulare"), "cellulare", required=False, max_length=16),
            Field("telefono_fisso", _t("Telefono fisso"), "fisso", required=False, max_length=16),
            Field("email", _t("E-mail"), "email", required=False, max_length=80),
            Field("pec", _t("PEC (posta elettronica certificata)"), "email", required=False, max_length=80),
        ),
        help=_t("Indichi almeno un numero di telefono e almeno un indirizzo di posta elettronica "
             "(e-mail o PEC): servono per ricevere il PIN, gli avvisi e per essere contattati dal "
             "Contact Center."),
    )
    return (address, contacts, SUMMARY_STEP)


def _variazione_initial(citizen: Citizen) -> dict:
    contact = _contact(citizen)
    data = {k: getattr(citizen, k) for k in (
        "indirizzo", "civico", "cap", "comune", "provincia", "stato_estero", "citta_estera", "indirizzo_estero")}
    for k in ("cellulare", "telefono_fisso", "email", "pec"):
        data[k] = getattr(contact, k) if contact else ""
    return data


def _variazione_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    if index == 1:
        errors.update(fieldmod.contacts_mandatory_errors(values))
    if index == 2:
        current = _variazione_initial(citizen)
        changed = [k for k in _variazione_fields(citizen) if (values.get(k) or "") != (current.get(k) or "")]
        if not changed:
            errors["dichiarazione"] = (_t("Non ha modificato nessun dato: non serve presentare la domanda. "
                                       "Prema «Indietro» per cambiare l'indirizzo o i recapiti."))
    return errors


def _variazione_fields(citizen: Citizen) -> list[str]:
    return [f.name for step in _variazione_steps(citizen)[:2] for f in step.fields]


def _variazione_decide(world, app: Application, fields: dict) -> tuple[str, str]:
    citizen = app.citizen
    for name in ("indirizzo", "civico", "cap", "comune", "provincia", "stato_estero", "citta_estera", "indirizzo_estero"):
        if name in fields:
            setattr(citizen, name, fields[name])
    citizen.save()
    contact = _contact(citizen)
    now = world.clock.now()
    if contact is None:
        contact = Contact.create(citizen=citizen, updated_at=now)
    for name in ("cellulare", "telefono_fisso", "email", "pec"):
        if name in fields:
            setattr(contact, name, fields[name] or "")
    contact.updated_at = now
    contact.verified_at = now
    contact.save()
    return "accolta", _t("I nuovi dati di residenza e i recapiti sono stati registrati negli archivi dell'Istituto.")


# --- 2. Versamenti volontari -------------------------------------------------------------


def _versamenti_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Dati della domanda"),
            (
                Field("gestione", _t("Gestione in cui versare"), "choice", choices=GESTIONI),
                Field("data_cessazione", _t("Data di cessazione dell'attività lavorativa"), "date", max_length=10),
            ),
            help=_t("L'autorizzazione ai versamenti volontari permette di continuare a versare i contributi "
                 "quando si smette di lavorare, per raggiungere il diritto alla pensione o aumentarne "
                 "l'importo. Scelga la gestione in cui ha versato per ultimo e indichi la data in cui ha "
                 "smesso di lavorare (nella forma gg/mm/aaaa)."),
            intro=_t("Requisito: almeno 5 anni di contributi in tutta la vita lavorativa, oppure almeno 3 anni "
                  "nei 5 anni prima della domanda."),
        ),
        Step(
            _t("Dichiarazioni"),
            (
                Field("non_occupato", _t("Dichiaro di non svolgere attività lavorativa che comporti "
                                      "l'iscrizione obbligatoria a una forma di previdenza"), "check"),
                Field("non_pensionato", _t("Dichiaro di non essere titolare di pensione diretta"), "check"),
            ),
            help=_t("I versamenti volontari non sono ammessi mentre si lavora con contributi obbligatori, "
                 "né per chi è già titolare di una pensione diretta. Spunti le due dichiarazioni solo se "
                 "sono vere: l'INPS le verifica con i propri archivi."),
        ),
        SUMMARY_STEP,
    )


def _versamenti_initial(citizen: Citizen) -> dict:
    last = _last_row(citizen)
    return {"gestione": last.gestione if last and last.gestione in dict(GESTIONI) else "FPLD"}


def _versamenti_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    if index == 0 and values.get("data_cessazione"):
        day = parse_date(values["data_cessazione"])
        if day and day > _today(world):
            errors["data_cessazione"] = (_t("La data di cessazione non può essere nel futuro: la domanda si "
                                         "presenta dopo aver smesso di lavorare."))
        elif day and day < citizen.data_nascita + dt.timedelta(days=365 * 14):
            errors["data_cessazione"] = _t("Controlli la data di cessazione: è precedente all'inizio della vita lavorativa.")
    return errors


def _n(number: float) -> str:
    return f"{int(number):,}".replace(",", ".")


def weeks_between(citizen: Citizen, start: dt.date, end: dt.date) -> float:
    """Contribution weeks (per il diritto) that fall between two dates, pro rata."""
    total = 0.0
    for row in Contribution.select().where((Contribution.citizen == citizen) & (Contribution.al >= start)
                                           & (Contribution.dal <= end)):
        days = (row.al - row.dal).days + 1
        overlap = (min(row.al, end) - max(row.dal, start)).days + 1
        if days > 0 and overlap > 0:
            total += row.settimane_diritto * overlap / days
    return total


def _versamenti_decide(world, app: Application, fields: dict) -> tuple[str, str]:
    citizen = app.citizen
    if _is_pensioner(citizen):
        return "respinta", (_t("Dagli archivi dell'Istituto risulta titolare di pensione diretta: i versamenti "
                            "volontari non sono ammessi per chi è già in pensione."))
    last = _last_row(citizen)
    if last is not None and last.tipo not in pension.FIGURATIVE_TYPES and last.al >= pension.CREDITED_THROUGH - dt.timedelta(days=183):
        return "respinta", (_t("Dagli archivi risulta un'attività lavorativa con contributi obbligatori fino al "
                            "{al:%d/%m/%Y} ({datore}): i versamenti volontari si possono autorizzare "
                            "solo dopo la cessazione del lavoro. Ripresenti la domanda quando avrà smesso di lavorare.", al=last.al, datore=last.datore))
    total = float(sum(r.settimane_diritto for r in Contribution.select().where(Contribution.citizen == citizen)))
    submitted = app.submitted_at.date()
    recent = weeks_between(citizen, submitted - dt.timedelta(days=5 * 365), submitted)
    if total >= 260 or recent >= 156:
        label = dict(GESTIONI).get(fields.get("gestione"), fields.get("gestione", ""))
        where = _t("nel {label}", label=label) if label.startswith("Fondo") else _t("nella {label}", label=label)
        return "accolta", (_t("È autorizzato ai versamenti volontari {where}. Risultano {n} "
                           "settimane di contributi (ne servono almeno 260, cioè 5 anni). Con una successiva "
                           "comunicazione riceverà l'importo dei versamenti e le modalità di pagamento.", where=where, n=_n(total)))
    return "respinta", (_t("Risultano {n} settimane di contributi in tutta la vita lavorativa e "
                        "{n2} negli ultimi 5 anni: ne servono almeno 260 in totale (5 anni) "
                        "oppure 156 negli ultimi 5 anni (3 anni).", n=_n(total), n2=_n(recent)))


# --- 3. Domanda di pensione di vecchiaia ------------------------------------------------


def _vecchiaia_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Dati della pensione"),
            (
                Field("gestione", _t("Gestione"), "choice", choices=GESTIONI),
                Field("decorrenza", _t("Data di decorrenza richiesta (primo giorno di un mese)"), "date", max_length=10),
            ),
            help=_t("La pensione di vecchiaia decorre dal primo giorno del mese successivo a quello in cui si "
                 "raggiungono i requisiti (nel 2018: 66 anni e 7 mesi di età e 20 anni di contributi; "
                 "dal 2019: 67 anni). Indichi il primo giorno di un mese, per esempio 01/03/2019."),
        ),
        Step(
            _t("Modalità di pagamento"),
            (
                Field("pagamento", _t("Modalità di pagamento"), "choice", choices=(
                    ("conto", _t("Accredito su conto corrente bancario o postale")),
                    ("sportello", _t("Riscossione in contanti presso l'ufficio postale")),
                )),
                Field("iban", _t("IBAN del conto"), "iban", required=False, max_length=34,
                      help=_t("Obbligatorio per l'accredito sul conto: 27 caratteri che iniziano con IT."),
                      shown_if=("pagamento", ("conto",))),
            ),
            help=_t("Scelga dove ricevere la pensione. Per l'accredito sul conto scriva l'IBAN (27 caratteri "
                 "che iniziano con IT): lo trova sull'estratto conto o nell'home banking. Il conto deve "
                 "essere intestato o cointestato a lei."),
        ),
        Step(
            _t("Dati fiscali"),
            (
                Field("detrazioni", _t("Chiedo l'applicazione delle detrazioni d'imposta per i redditi di pensione"), "check",
                      required=False),
                Field("altri_redditi", _t("Altri redditi o trattamenti pensionistici"), "choice", choices=(
                    ("no", _t("Non ho altri redditi da pensione")),
                    ("si", _t("Ho altri trattamenti pensionistici")),
                )),
            ),
            help=_t("Le detrazioni d'imposta riducono le ritenute IRPEF sulla pensione. Le chieda se la pensione "
                 "INPS è il suo reddito principale; se ha altre pensioni lo indichi, così l'INPS applica le "
                 "ritenute corrette."),
        ),
        SUMMARY_STEP,
    )


def _vecchiaia_initial(citizen: Citizen) -> dict:
    last = _last_row(citizen)
    return {"gestione": last.gestione if last and last.gestione in dict(GESTIONI) else "FPLD",
            "pagamento": "conto", "detrazioni": True, "altri_redditi": "no"}


def _vecchiaia_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = _today(world)
    if index == 0 and values.get("decorrenza"):
        day = parse_date(values["decorrenza"])
        first = pension.next_month_start(today)
        if day and day.day != 1:
            errors["decorrenza"] = _t("La pensione decorre dal primo giorno di un mese: scriva per esempio {first:%d/%m/%Y}.", first=first)
        elif day and day < first:
            errors["decorrenza"] = _t("La decorrenza non può essere precedente al mese successivo alla domanda ({first:%d/%m/%Y}).", first=first)
        elif day and day > pension.add_months_date(first, 12):
            errors["decorrenza"] = (_t("La domanda si può presentare al massimo 12 mesi prima della decorrenza: "
                                    "scelga una data entro il {add_months_date:%d/%m/%Y}.", add_months_date=pension.add_months_date(first, 12)))
    if index == 1 and values.get("pagamento") == "conto" and not values.get("iban"):
        errors["iban"] = _t("Per l'accredito sul conto scriva l'IBAN (27 caratteri che iniziano con IT).")
    return errors


def _vecchiaia_decide(world, app: Application, fields: dict) -> tuple[str, str]:
    citizen = app.citizen
    if _is_pensioner(citizen):
        return "respinta", _t("Dagli archivi dell'Istituto risulta già titolare di una pensione di vecchiaia.")
    decorrenza = parse_date(fields.get("decorrenza"))
    ok, reason, outcome = pension.vecchiaia_at(world, citizen.id, decorrenza)
    if not ok:
        return "respinta", reason
    # The pension now exists: Prestazioni > Pensione titolare, and its rates are paid
    # (app.services.payroll) as the simulated clock reaches each month from the decorrenza.
    Pension.create(
        citizen=citizen, categoria="VO", fondo=fields.get("gestione") or "FPLD",
        numero_certificato=f"{70000000 + app.id}", sede=citizen.comune or "Roma",
        decorrenza=decorrenza, importo_mensile_lordo_cents=outcome.monthly_cents,
    )
    return "accolta", (_t("La pensione di vecchiaia è liquidata con decorrenza {decorrenza:%d/%m/%Y}: "
                       "importo mensile lordo {euro} per 13 mensilità "
                       "(montante contributivo {euro2}, coefficiente di "
                       "trasformazione {coefficiente:.3f}%). {reason}", decorrenza=decorrenza, euro=euro(outcome.monthly_cents), euro2=euro(outcome.montante_cents), coefficiente=outcome.coefficiente, reason=reason))


# --- 4. Congedo parentale (lavoratori dipendenti) ---------------------------------------

MAX_CONGEDO_DAYS = 183  # up to 6 months for each parent (D.Lgs. 151/2001 art. 32), as in 2018


def _congedo_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Dati del figlio"),
            (
                *person_fields("figlio", _t("del figlio")),
            ),
            help=_t("Il congedo parentale spetta ai genitori lavoratori dipendenti nei primi 12 anni di vita "
                 "del figlio. Copi il codice fiscale del figlio dalla tessera sanitaria: la data di nascita "
                 "deve corrispondere a quella contenuta nel codice."),
        ),
        Step(
            _t("Periodo richiesto"),
            (
                Field("dal", _t("Dal giorno"), "date", max_length=10),
                Field("al", _t("Al giorno"), "date", max_length=10),
                Field("datore", _t("Datore di lavoro"), max_length=80),
            ),
            help=_t("Indichi il periodo di assenza dal lavoro (al massimo 6 mesi per ciascun genitore). La "
                 "domanda va presentata prima dell'inizio del periodo. Scriva le date nella forma gg/mm/aaaa."),
        ),
        SUMMARY_STEP,
    )


def _congedo_initial(citizen: Citizen) -> dict:
    last = _last_row(citizen)
    return {"figlio_cognome": citizen.cognome, "datore": last.datore if last and last.tipo == "Lavoro dipendente" else ""}


def _twelfth_birthday(born: dt.date) -> dt.date:
    try:
        return born.replace(year=born.year + 12)
    except ValueError:
        return dt.date(born.year + 12, 3, 1)


def _congedo_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = _today(world)
    if index == 0:
        errors.update(child_errors(citizen, values, today))
        born = parse_date(values.get("figlio_nascita"))
        if born and born <= today and _twelfth_birthday(born) <= today:
            errors["figlio_nascita"] = _t("Il congedo parentale spetta fino ai 12 anni del figlio: controlli la data di nascita.")
    if index == 1:
        start, end = parse_date(values.get("dal")), parse_date(values.get("al"))
        born = parse_date(values.get("figlio_nascita"))
        if start and start < today:
            errors["dal"] = _t("La domanda va presentata prima dell'inizio del congedo: scelga una data dal {today:%d/%m/%Y}.", today=today)
        elif start and end and end < start:
            errors["al"] = _t("La data di fine deve essere uguale o successiva alla data di inizio.")
        elif start and end and (end - start).days + 1 > MAX_CONGEDO_DAYS:
            errors["al"] = _t("Il congedo parentale può durare al massimo 6 mesi per ciascun genitore: accorci il periodo.")
        elif born and end and end >= _twelfth_birthday(born):
            errors["al"] = (_t("Il congedo deve finire prima dei 12 anni del figlio (il "
                            "{twelfth_birthday:%d/%m/%Y}).", twelfth_birthday=_twelfth_birthday(born)))
    return errors


def _congedo_decide(world, app: Application, fields: dict) -> tuple[str, str]:
    citizen = app.citizen
    last = _last_row(citizen)
    employed = (last is not None and last.tipo == "Lavoro dipendente"
                and last.al >= pension.CREDITED_THROUGH - dt.timedelta(days=183))
    if not employed:
        return "respinta", (_t("Dagli archivi non risulta un rapporto di lavoro dipendente in corso: il congedo "
                            "parentale indennizzato spetta ai genitori lavoratori dipendenti."))
    start, end = parse_date(fields.get("dal")), parse_date(fields.get("al"))
    days = (end - start).days + 1
    # Indennità of 2018: 30 % of the average daily pay while the child is under 6
    # (D.Lgs. 151/2001 art. 34); not in FACTS.md, stated as the law's rule.
    return "accolta", (_t("Il congedo parentale è autorizzato dal {start:%d/%m/%Y} al {end:%d/%m/%Y} "
                       "({days} giorni). L'indennità, pari al 30% della retribuzione media giornaliera, "
                       "le sarà anticipata dal datore di lavoro in busta paga.", start=start, end=end, days=days))


# --- helpers shared by the domande modules (app/services/domande_*.py) -------------------

PAGAMENTO_CHOICES = (
    ("conto", _t("Accredito su conto corrente bancario o postale")),
    ("sportello", _t("Riscossione in contanti presso l'ufficio postale")),
)
PAYMENT_HELP = (_t("Scelga dove ricevere i pagamenti. Per l'accredito sul conto scriva l'IBAN (27 caratteri che "
                "iniziano con IT): lo trova sull'estratto conto o nell'home banking. Il conto deve essere "
                "intestato o cointestato a lei."))


def payment_fields(shown_if: tuple[str, tuple[str, ...]] = ()) -> tuple[Field, Field]:
    """«Modalità di pagamento» and the IBAN (asked only for the accredito sul conto)."""
    return (
        Field("pagamento", _t("Modalità di pagamento"), "choice", choices=PAGAMENTO_CHOICES, shown_if=shown_if),
        Field("iban", _t("IBAN del conto"), "iban", required=False, max_length=34,
              help=_t("Obbligatorio per l'accredito sul conto: 27 caratteri che iniziano con IT."),
              shown_if=("pagamento", ("conto",))),
    )


def payment_errors(values: dict) -> dict:
    """The IBAN is needed for the accredito sul conto."""
    if values.get("pagamento") == "conto" and not values.get("iban"):
        return {"iban": "Per l'accredito sul conto scriva l'IBAN (27 caratteri che iniziano con IT)."}
    return {}


def payment_text(fields: dict) -> str:
    if fields.get("pagamento") == "conto" and fields.get("iban"):
        code = str(fields["iban"])
        return _t("accredito sul conto IBAN {valore}", valore=' '.join((code[i:i + 4] for i in range(0, len(code), 4))))
    return _t("riscossione in contanti presso l'ufficio postale")


def contact_of(citizen: Citizen) -> Contact | None:
    return _contact(citizen)


def last_contribution(citizen: Citizen) -> Contribution | None:
    return _last_row(citizen)


def is_pensioner(citizen: Citizen) -> bool:
    return _is_pensioner(citizen)


def today_of(world) -> dt.date:
    return _today(world)


def number_text(number: float) -> str:
    """A whole number as Italians write it (1.234)."""
    return _n(number)


def covered(citizen: Citizen, start: dt.date, end: dt.date, *, tipi: tuple[str, ...] | None = None,
            gestioni: tuple[str, ...] | None = None) -> tuple[float, int]:
    """(weeks per il diritto, retribuzione in cents) of the estratto conto's periods that fall
    between two dates, pro rata; only the `tipi` / `gestioni` given, when given."""
    weeks, pay = 0.0, 0.0
    query = Contribution.select().where((Contribution.citizen == citizen) & (Contribution.al >= start)
                                        & (Contribution.dal <= end))
    for row in query:
        if tipi is not None and row.tipo not in tipi:
            continue
        if gestioni is not None and row.gestione not in gestioni:
            continue
        days = (row.al - row.dal).days + 1
        overlap = (min(row.al, end) - max(row.dal, start)).days + 1
        if days > 0 and overlap > 0:
            weeks += row.settimane_diritto * overlap / days
            pay += row.retribuzione_cents * overlap / days
    return weeks, round(pay)


def child_errors(citizen: Citizen, values: dict, today: dt.date, *, born_field: str = "figlio_nascita",
                 cf_field: str = "figlio_cf") -> dict:
    """The child's birth date: not in the future, compatible with the parent's, the same as
    the one inside the child's codice fiscale; the codice fiscale not the parent's own."""
    errors = {}
    born = parse_date(values.get(born_field))
    if born and born > today:
        errors[born_field] = _t("La data di nascita del figlio non può essere nel futuro.")
    elif born and born < citizen.data_nascita + dt.timedelta(days=365 * 12):
        errors[born_field] = _t("Controlli la data di nascita del figlio: non è compatibile con la sua.")
    cf = values.get(cf_field)
    mismatch = "" if errors.get(born_field) else birth_cf_mismatch(born, cf, _t("del figlio"))
    if mismatch:
        errors[born_field] = mismatch
    own = own_cf_error(citizen, cf, _t("del figlio"))
    if own:
        errors[cf_field] = own
    return errors


# --- the catalogue -----------------------------------------------------------------------

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)

DOMANDE: dict[str, DomandaType] = {
    d.kind: d for d in (
        DomandaType(
            "variazione_anagrafica", _t("Modifica dati anagrafici, indirizzo e recapiti"),
            _t("Comunicare all'INPS un nuovo indirizzo di residenza, il cellulare, l'e-mail o la PEC."),
            _t("Anagrafica"),
            review(_t("in lavorazione"), 2 * HOUR, _t("Richiesta presa in carico dalla sede"), DAY, _t("Variazione registrata negli archivi")),
            _variazione_steps, _variazione_initial, _variazione_checks, _variazione_decide,
        ),
        DomandaType(
            "versamenti_volontari", _t("Versamenti volontari - domanda di autorizzazione"),
            _t("Chiedere l'autorizzazione a versare i contributi volontari dopo aver smesso di lavorare."),
            _t("Contributi"),
            review(_t("in istruttoria"), 3 * DAY, _t("Verifica dei requisiti contributivi"), 20 * DAY),
            _versamenti_steps, _versamenti_initial, _versamenti_checks, _versamenti_decide,
        ),
        DomandaType(
            "pensione_vecchiaia", _t("Domanda di pensione di vecchiaia"),
            _t("Chiedere la pensione di vecchiaia al raggiungimento dell'età e dei contributi richiesti."),
            _t("Pensione"),
            review(_t("in istruttoria"), 10 * DAY, _t("Verifica dei requisiti e della posizione assicurativa"), 30 * DAY),
            _vecchiaia_steps, _vecchiaia_initial, _vecchiaia_checks, _vecchiaia_decide,
        ),
        DomandaType(
            "congedo_parentale", _t("Congedo parentale - lavoratori dipendenti"),
            _t("Chiedere il congedo parentale (maternità facoltativa) per un figlio fino a 12 anni."),
            _t("Famiglia"),
            review(_t("in istruttoria"), 2 * DAY, _t("Verifica del rapporto di lavoro"), 7 * DAY),
            _congedo_steps, _congedo_initial, _congedo_checks, _congedo_decide,
        ),
    )
}

# The order of the groups on the Domande online page (the catalogue's order inside a group).
GROUPS = ("Anagrafica", "Lavoro", "Famiglia", "Invalidità civile", "Contributi", "Pensione")


def register(*types: DomandaType) -> None:
    """Add domande to the catalogue (the modules app/services/domande_*.py call it)."""
    for dtype in types:
        if dtype.kind in DOMANDE:
            raise ValueError(f"domanda {dtype.kind!r} registered twice")
        if dtype.group not in GROUPS:
            raise ValueError(f"domanda {dtype.kind!r}: unknown group {dtype.group!r}")
        DOMANDE[dtype.kind] = dtype


def catalogue() -> tuple[DomandaType, ...]:
    return tuple(DOMANDE.values())


def catalogue_by_group() -> list[tuple[str, tuple[DomandaType, ...]]]:
    """(group, its domande) in the order of :data:`GROUPS`, groups without domande left out."""
    out = []
    for group in GROUPS:
        items = tuple(d for d in DOMANDE.values() if d.group == group)
        if items:
            out.append((group, items))
    return out


def domanda_type(kind: str) -> DomandaType:
    try:
        return DOMANDE[kind]
    except KeyError:
        raise ServiceError(_t("Il servizio richiesto non esiste o non è disponibile.")) from None


# ---------------------------------------------------------------------------
# Use cases
# ---------------------------------------------------------------------------


def ensure_can_submit(world, session: PortalSession | None, kind: str = "") -> Citizen:
    """The gate in front of every domanda (session.require_dispositivo, its one message);
    a refusal is recorded as ``domanda.refused``. Returns the citizen of the session."""
    if session is not None and not session.can_submit_requests:
        citizen = Citizen.get_or_none(Citizen.id == session.citizen_id)
        if citizen is not None:
            world.events.record("domanda.refused", citizen, kind=kind, method=session.method)
    require_dispositivo(session)
    citizen = Citizen.get_or_none(Citizen.id == session.citizen_id)
    if citizen is None:
        raise ServiceError(_t("Utente non riconosciuto: esca ed effettui di nuovo l'accesso."), "login")
    return citizen


def form_for(world, session: PortalSession | None, kind: str) -> DomandaForm:
    dtype = domanda_type(kind)
    citizen = ensure_can_submit(world, session, kind)
    world.events.record("domanda.form_opened", citizen, kind=kind)
    return DomandaForm(kind, dtype.title, dtype.description, dtype.build_steps(citizen), dtype.initial(citizen),
                       dtype.preview_title if dtype.preview else "")


def validate_step(world, session: PortalSession | None, kind: str, index: int, values: dict) -> dict:
    """Check one step; returns its cleaned values or raises ValidationError (field -> message)."""
    dtype = domanda_type(kind)
    citizen = ensure_can_submit(world, session, kind)
    steps = dtype.build_steps(citizen)
    if not 0 <= index < len(steps):
        raise ServiceError(_t("Passo della domanda inesistente."))
    try:
        cleaned = _validate_step(world, dtype, citizen, steps, index, values)
    except ValidationError as exc:
        world.events.record("domanda.step_refused", citizen, kind=kind, step=index + 1, fields=sorted(exc.errors))
        raise
    world.events.record("domanda.step_passed", citizen, kind=kind, step=index + 1)
    return cleaned


def _validate_step(world, dtype: DomandaType, citizen: Citizen, steps, index: int, values: dict) -> dict:
    today = _today(world)
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for f in steps[index].fields:
        if not _is_shown(f, {**values, **cleaned}):
            cleaned[f.name] = False if f.kind == "check" else ""  # not asked: nothing kept
            continue
        value, message = clean_field(f, values.get(f.name), today)
        cleaned[f.name] = value
        if message:
            errors[f.name] = message
    # The step's own checks see only the values that passed the field checks.
    merged = dict(values)
    merged.update({k: ("" if k in errors else v) for k, v in cleaned.items()})
    for name, message in dtype.step_checks(world, citizen, index, merged).items():
        errors.setdefault(name, message)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _validate_all(world, dtype: DomandaType, citizen: Citizen, values: dict) -> tuple[dict, tuple[Step, ...]]:
    steps = dtype.build_steps(citizen)
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for index in range(len(steps)):
        merged = dict(values)
        merged.update(cleaned)
        try:
            cleaned.update(_validate_step(world, dtype, citizen, steps, index, merged))
        except ValidationError as exc:
            errors.update({k: v for k, v in exc.errors.items() if k not in errors})
    if errors:
        raise ValidationError(errors)
    return cleaned, steps


def summary(world, session: PortalSession | None, kind: str, values: dict) -> list[tuple[str, str, str]]:
    """(step title, field label, shown value) of every field but the final dichiarazione."""
    dtype = domanda_type(kind)
    citizen = ensure_can_submit(world, session, kind)
    return _summary_rows(dtype.build_steps(citizen), values)


def preview(world, session: PortalSession | None, kind: str, values: dict) -> list[tuple[str, str]]:
    """What the summary step shows besides the data (e.g. the cost simulation of a riscatto):
    (label, value) rows from the values of the steps already passed; [] when the domanda
    has none."""
    dtype = domanda_type(kind)
    citizen = ensure_can_submit(world, session, kind)
    if dtype.preview is None:
        return []
    return list(dtype.preview(world, citizen, values))


def _summary_rows(steps, values: dict) -> list[tuple[str, str, str]]:
    rows = []
    for step in steps:
        if step.summary:
            continue
        for f in step.fields:
            if not _is_shown(f, values):
                continue
            rows.append((step.title, f.label, display_value(f, values.get(f.name))))
    return rows


def _next_protocol(world) -> str:
    year = world.clock.now().year
    key = "domande.protocol_seq"
    seq = int(settings.get(key) or "0") or 410000
    while True:
        seq += 1
        protocol = f"INPS.{year}.{seq:07d}"
        if not Application.select().where(Application.protocol == protocol).exists():
            break
    settings.set_value(key, str(seq))
    return protocol


def submit(world, session: PortalSession | None, kind: str, values: dict) -> Submission:
    """Validate every step, then (all or nothing) create the Application, its first
    status, the protocol number and the receipt PDF."""
    from app.pdf import domande as pdfmod

    dtype = domanda_type(kind)
    citizen = ensure_can_submit(world, session, kind)
    try:
        cleaned, steps = _validate_all(world, dtype, citizen, values)
    except ValidationError as exc:
        all_steps = dtype.build_steps(citizen)
        first = next((i + 1 for i, s in enumerate(all_steps) if any(f.name in exc.errors for f in s.fields)),
                     len(all_steps))
        world.events.record("domanda.step_refused", citizen, kind=kind, step=first, fields=sorted(exc.errors))
        raise
    now = world.clock.now()
    simulation = [list(r) for r in dtype.preview(world, citizen, cleaned)] if dtype.preview else []
    with world.db.atomic():
        protocol = _next_protocol(world)
        app = Application.create(
            citizen=citizen, kind=kind, title=dtype.title, protocol=protocol, state="presentata",
            submitted_at=now, data_json=json.dumps({"service": SERVICE_TAG, "fields": cleaned, "preview": simulation},
                                                   ensure_ascii=False),
        )
        ApplicationStatus.create(application=app, state="presentata", at=now,
                                 note=f"Domanda acquisita con protocollo {protocol}")
        if dtype.on_submit is not None:
            dtype.on_submit(world, app, cleaned)
        dom = _read(citizen.id, app.id)[0]
        pdf = pdfmod.receipt_pdf(dom, _anagrafica(world, citizen), method=session.method_label,
                                 next_steps=_expected(dtype, now))
        doc = messages.store_document(
            world, citizen, "ricevuta_domanda", f"Ricevuta - {dtype.title} - {protocol}", pdf,
            year=now.year, month=now.month,
            meta={"application_id": app.id, "protocol": protocol, "role": "ricevuta"},
        )
        _store_data(app, receipt_document=doc.id)
        app.save()
        contact = _contact(citizen)
        if contact is not None and contact.email:
            messages.send(
                world, citizen, "email", sender=messages.SENDER_INPS_MAIL, address=contact.email,
                subject=f"Ricevuta domanda {protocol}",
                body=(f"Gentile {citizen.full_name},\nla sua domanda «{dtype.title}» è stata acquisita il "
                      f"{now:%d/%m/%Y} alle {now:%H:%M} con protocollo {protocol}.\nIn allegato la ricevuta. "
                      "Può seguire lo stato di avanzamento in MyINPS.\n\nINPS - messaggio automatico, non rispondere."),
                document=doc,
            )
        world.events.record("domanda.submitted", citizen, kind=kind, protocol=protocol, application=app.id,
                            method=session.method)
    return Submission(app.id, protocol, now, doc.id, pdf)


def _expected(dtype: DomandaType, start: dt.datetime) -> list[tuple[str, dt.datetime]]:
    return [(t.state, start + t.after) for t in dtype.schedule]


def _anagrafica(world, citizen: Citizen):
    from . import fascicolo

    return fascicolo.anagrafica(world, citizen)


def _data(app: Application) -> dict:
    return _data_of(app.data_json)


def _data_of(data_json: str) -> dict:
    try:
        data = json.loads(data_json or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _store_data(app: Application, **items) -> None:
    data = _data(app)
    data.update(items)
    app.data_json = json.dumps(data, ensure_ascii=False)


def fields_of(app: Application) -> dict:
    """The cleaned fields a domanda was presented with ({} for one not made by this module)."""
    fields = _data(app).get("fields", {})
    return fields if isinstance(fields, dict) else {}


def is_ours(app: Application) -> bool:
    return _data(app).get("service") == SERVICE_TAG and app.kind in DOMANDE


# ---------------------------------------------------------------------------
# The stato di avanzamento follows the clock
# ---------------------------------------------------------------------------


def advance_applications(world, now: dt.datetime | None = None, *, citizen_id: int | None = None) -> list[int]:
    """Time rule (app.services.time_rules): apply every transition due by `now` (default:
    the clock's time); each status carries the moment it was due, its event
    (``domanda.state`` / ``domanda.decided``) is recorded now. Returns the ids of the
    applications that changed."""
    now = now if now is not None else world.clock.now()
    query = Application.select().where(Application.outcome == "")
    if citizen_id is not None:
        query = query.where(Application.citizen == citizen_id)
    changed = []
    for app in list(query):
        if not is_ours(app):
            continue
        dtype = DOMANDE[app.kind]
        done = ApplicationStatus.select().where(ApplicationStatus.application == app).count() - 1
        due = [t for t in dtype.schedule[max(0, done):] if app.submitted_at + t.after <= now]
        if not due:
            continue
        with world.db.atomic():
            for t in due:
                at = app.submitted_at + t.after
                if t is dtype.schedule[-1]:
                    _decide(world, app, dtype, at)
                else:
                    ApplicationStatus.create(application=app, state=t.state, at=at, note=t.note)
                    app.state = t.state
                    app.save()
                    world.events.record("domanda.state", app.citizen, protocol=app.protocol, state=t.state)
        changed.append(app.id)
    return changed


def _decide(world, app: Application, dtype: DomandaType, at: dt.datetime) -> None:
    from app.pdf import domande as pdfmod

    decision = dtype.decide(world, app, fields_of(app))
    outcome, motivazione = decision[0], decision[1]
    esito = [list(r) for r in (decision[2] if len(decision) > 2 else ())]
    citizen = app.citizen
    app.state = outcome
    app.outcome = outcome
    app.decided_at = at
    ApplicationStatus.create(application=app, state=outcome, at=at,
                             note=_short(motivazione.split(". ")[0].rstrip(".") + ". Esito comunicato per posta."))
    _store_data(app, motivazione=motivazione, esito=esito)
    app.save()
    dom = _read(citizen.id, app.id)[0]
    pdf = pdfmod.decision_pdf(dom, _anagrafica(world, citizen))
    subject = f"Esito della domanda {app.protocol}: {outcome}"
    doc = messages.store_document(
        world, citizen, "esito_domanda", f"Esito - {dtype.title} - {app.protocol}", pdf,
        year=at.year, month=at.month,
        meta={"application_id": app.id, "protocol": app.protocol, "role": "esito", "outcome": outcome},
    )
    _store_data(app, decision_document=doc.id)
    app.save()
    now = world.clock.now()
    arrival = at + dt.timedelta(days=messages.LETTER_DAYS)
    messages.send(
        world, citizen, "letter", sender=messages.SENDER_INPS_POST, address=citizen.address_line(),
        subject=subject,
        body=(f"Gentile {citizen.full_name},\ncon la presente le comunichiamo l'esito della domanda "
              f"«{dtype.title}» (protocollo {app.protocol}): {outcome.upper()}.\n{motivazione}"),
        delay=max(dt.timedelta(0), arrival - now), document=doc,
        meta={"application_id": app.id, "protocol": app.protocol},
    )
    contact = _contact(citizen)
    if contact is not None and contact.cellulare:
        messages.send(
            world, citizen, "sms", sender=messages.SENDER_INPS_SMS, address=contact.cellulare,
            body=(f"INPS: la domanda prot. {app.protocol} e' stata definita. L'esito e' consultabile in MyINPS "
                  "e le arrivera' per posta."),
        )
    world.events.record("domanda.decided", citizen, protocol=app.protocol, outcome=outcome, kind=app.kind)


def _short(text: str, limit: int = 240) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------------------
# The read model: one function builds it for every reader
# ---------------------------------------------------------------------------


def read_domande(citizen_id: int, application_id: int | None = None) -> list[Domanda]:
    """Every domanda of the citizen (newest first), or only `application_id`: the one read
    model of the domande pages, the Fascicolo and the PDFs. A pure read (a handful of
    queries whatever the number of domande): the stato di avanzamento moved on when the
    clock did (:func:`advance_applications`)."""
    return _read(citizen_id, application_id)


def _read(citizen_id: int, application_id: int | None = None) -> list[Domanda]:
    query = (Application.select(
        Application.id, Application.kind, Application.title, Application.protocol, Application.state,
        Application.submitted_at, Application.decided_at, Application.outcome, Application.data_json,
    ).where(Application.citizen == citizen_id))
    if application_id is not None:
        query = query.where(Application.id == application_id)
    apps = list(query.order_by(Application.submitted_at.desc(), Application.id.desc()).tuples())
    if not apps:
        return []
    ids = [a[0] for a in apps]
    history: dict[int, list[StatoDomanda]] = {}
    for app_id, state, at, note in (
        ApplicationStatus.select(
            ApplicationStatus.application, ApplicationStatus.state, ApplicationStatus.at, ApplicationStatus.note
        )
        .where(ApplicationStatus.application.in_(ids))
        .order_by(ApplicationStatus.at, ApplicationStatus.id)
        .tuples()
    ):
        history.setdefault(app_id, []).append(StatoDomanda(state, at, note))
    linked = _linked_documents(citizen_id, {a[0]: a[3] for a in apps})
    citizen = None
    out = []
    for app_id, kind, title, protocol, state, submitted_at, decided_at, outcome, data_json in apps:
        data = _data_of(data_json)
        steps_done = tuple(history.get(app_id, ()))
        dtype = DOMANDE.get(kind) if data.get("service") == SERVICE_TAG else None
        next_state, next_due, rows, group = "", None, (), ""
        if dtype is not None:
            group = dtype.group
            if not outcome:
                done = max(0, len(steps_done) - 1)
                if done < len(dtype.schedule):
                    t = dtype.schedule[done]
                    next_state = "esito" if t is dtype.schedule[-1] else t.state
                    next_due = submitted_at + t.after
            if citizen is None:
                citizen = Citizen.get_by_id(citizen_id)
            fields = data.get("fields") if isinstance(data.get("fields"), dict) else {}
            rows = tuple(_summary_rows(dtype.build_steps(citizen), fields))
        elif data.get("certificato"):  # a domanda of invalidità civile already in the archives
            rows = (("Domanda", "Numero del certificato medico introduttivo", str(data["certificato"])),)
        out.append(Domanda(
            id=app_id, kind=kind, title=title, protocol=protocol, state=state, submitted_at=submitted_at,
            decided_at=decided_at, outcome=outcome, history=steps_done, documents=tuple(linked.get(app_id, ())),
            motivazione=str(data.get("motivazione", "")), next_state=next_state, next_due=next_due,
            receipt_document_id=data.get("receipt_document"), decision_document_id=data.get("decision_document"),
            rows=rows, preview=_pairs(data.get("preview")),
            preview_title=dtype.preview_title if dtype is not None and dtype.preview else "",
            esito=_pairs(data.get("esito")), group=group,
        ))
    return out


def _pairs(raw) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list):
        return ()
    return tuple((str(r[0]), str(r[1])) for r in raw if isinstance(r, (list, tuple)) and len(r) == 2)


def _linked_documents(citizen_id: int, protocols: dict[int, str]) -> dict[int, list[DocumentoCollegato]]:
    """Stored documents (receipts, decision letters) whose meta names the domanda."""
    by_protocol = {p: i for i, p in protocols.items()}
    out: dict[int, list[DocumentoCollegato]] = {}
    q = (
        Document.select(Document.id, Document.title, Document.created_at, Document.meta_json)
        .where((Document.citizen == citizen_id) & (Document.meta_json != "{}"))
        .order_by(Document.created_at, Document.id)
        .tuples()
    )
    for doc_id, title, created_at, meta_json in q:
        meta = _data_of(meta_json)
        app_id = meta.get("application") or meta.get("application_id")
        if app_id not in protocols:
            app_id = by_protocol.get(meta.get("protocol") or meta.get("protocollo"))
        if app_id is not None:
            out.setdefault(app_id, []).append(DocumentoCollegato(doc_id, title, created_at))
    return out


def list_applications(world, citizen_id: int) -> list[Domanda]:
    """Every domanda of the citizen (newest first): :func:`read_domande`."""
    return read_domande(citizen_id)


def get_application(world, citizen_id: int, application_id: int) -> Domanda:
    found = read_domande(citizen_id, application_id)
    if not found:
        raise ServiceError(_t("La domanda richiesta non risulta tra le sue domande."))
    return found[0]


def document_pdf(world, citizen_id: int, document_id: int) -> tuple[str, bytes]:
    """(title, bytes) of a receipt or decision letter of the citizen."""
    doc = Document.get_or_none((Document.id == document_id) & (Document.citizen == citizen_id))
    if doc is None or not doc.pdf:
        raise ServiceError(_t("Il documento richiesto non è disponibile."))
    world.events.record("domanda.document_opened", doc.citizen, document=doc.id, kind=doc.kind)
    return doc.title, bytes(doc.pdf)


# ---------------------------------------------------------------------------
# The other domande (seeds 003 and 004), one module per area
# ---------------------------------------------------------------------------

from . import (  # noqa: E402  (they build on the definitions above)
    domande_contributi,
    domande_famiglia,
    domande_invalidita,
    domande_lavoro,
    domande_pensione,
)

for _module in (domande_lavoro, domande_famiglia, domande_invalidita, domande_contributi, domande_pensione):
    register(*_module.TYPES)


__all__ = [
    "DOMANDE", "GROUPS", "DomandaType", "DomandaForm", "Step", "Field", "Transition", "Domanda", "StatoDomanda",
    "DocumentoCollegato", "ApplicationView", "StatusView", "Submission", "DispositivoRequired", "catalogue",
    "catalogue_by_group", "domanda_type", "register", "ensure_can_submit", "form_for", "validate_step",
    "summary", "preview", "submit", "advance_applications", "read_domande", "list_applications",
    "get_application", "document_pdf", "fields_of", "is_ours", "parse_date", "parse_money_cents", "iban_error",
    "clean_field", "display_value", "weeks_between",
]
