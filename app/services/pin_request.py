"""Richiesta PIN online (issue 3, item 1; seeds 000, 002, 003, 004).

Three steps, as on the portal:

1. :func:`check_step1` - Codice Fiscale and Residenza Italiana / Estera -> "Avanti".
   A codice fiscale that already has a PIN (not revoked) is refused here with the way out.
2. :func:`validate_request` - anagrafica, residence and contacts; every field is checked and
   all errors are returned together (ValidationError, field -> Italian message). Nothing is
   written. Returns a :class:`RequestSummary` for the riepilogo.
3. :func:`submit_request` - validates again and, in one transaction, updates (or creates) the
   citizen and the contacts, issues the initial 16-character PIN (app.services.pin): the first
   8 characters go at once by SMS / e-mail / PEC, the second 8 by letter in about 14 days.
   Returns a :class:`RequestOutcome` with the exact message of seed 002.

Decisions (documented for the trainer):
- A codice fiscale INPS already knows (a persona) must come with the same cognome, nome,
  sesso and data di nascita as the archives; the contacts given replace the registered ones
  (they are "the contacts registered at request time", used later by the ripristino).
- When the residence typed differs from the one in the archives, the request is accepted,
  the residence is updated (the old one is kept in the event log), the outcome says the
  Contact Center will call, and a call (channel "call") reaches the "Telefono preferenziale"
  at the start of the chosen time band, within a day (seed 003: "un incaricato dell'INPS ci contatterà
  telefonicamente per la conferma dei dati personali").
- A codice fiscale INPS does not know (valid and consistent with the anagrafica) creates a
  new Citizen with ``known_to_inps=False``; having no address in the archives to compare,
  it also gets the verification call.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, fields

from app.i18n import N_, _t
from app.models import Citizen, Contact

from . import codice_fiscale as cfmod
from . import fields as fieldmod
from . import messages
from . import pin as pinmod
from .errors import ServiceError, ValidationError

# seed 002, verbatim but for one phrase: the portal's "sarà ricontattata" spoke to a woman
# whoever had asked; "la ricontatteremo" (the courtesy "la" of Lei) fits everyone.
OUTCOME_MESSAGE = N_(
    "La richiesta del PIN è stata inserita correttamente: riceverà la prima parte ai contatti "
    "personali indicati nella richiesta (cellulare, email, PEC), la seconda parte le sarà "
    "spedita all’indirizzo di residenza. In caso di necessità (ad esempio se l’indirizzo di "
    "residenza indicato è diverso da quello presente negli archivi INPS), la ricontatteremo "
    "al numero indicato come “Telefono preferenziale”."
)
CONTACTS_MANDATORY = fieldmod.CONTACTS_MANDATORY  # seed 002, verbatim
ADDRESS_CALL_NOTE = N_(
    "L’indirizzo di residenza indicato è diverso da quello presente negli archivi INPS: il "
    "Contact Center la chiamerà al numero indicato come “Telefono preferenziale” per verificarlo, "
    "poi la seconda parte del PIN le sarà spedita a questo indirizzo."
)
NEW_PERSON_CALL_NOTE = N_(
    "Negli archivi INPS non risulta ancora un indirizzo di residenza per questo codice fiscale: "
    "il Contact Center la chiamerà al numero indicato come “Telefono preferenziale” per verificare "
    "i dati."
)
CONTACT_CENTER_SENDER = "Contact Center INPS"

RESIDENZE = ("italiana", "estera")
SESSI = ("M", "F")
TELEFONI_PREFERENZIALI = ("cellulare", "fisso")
FASCE_ORARIE = ("9-13", "14-18", "18-20")
MAX_LEN = fieldmod.MAX_LEN

FIELD_LABELS = {
    "codice_fiscale": N_("Codice Fiscale"),
    "residenza": N_("Residenza"),
    "cognome": N_("Cognome"),
    "nome": N_("Nome"),
    "sesso": N_("Sesso"),
    "data_nascita": N_("Data di nascita"),
    "nato_estero": N_("Nato all'estero"),
    "comune_nascita": N_("Comune di nascita"),
    "provincia_nascita": N_("Provincia di nascita"),
    "stato_nascita": N_("Stato estero di nascita"),
    "indirizzo": N_("Indirizzo"),
    "civico": N_("Numero civico"),
    "cap": N_("CAP"),
    "comune": N_("Comune"),
    "provincia": N_("Provincia"),
    "stato_estero": N_("Stato estero di residenza"),
    "citta_estera": N_("Città"),
    "indirizzo_estero": N_("Indirizzo estero (via, numero, codice postale)"),
    "telefono_fisso": N_("Telefono fisso"),
    "cellulare": N_("Cellulare"),
    "email": N_("E-mail"),
    "pec": N_("PEC"),
    "telefono_preferenziale": N_("Telefono preferenziale"),
    "fascia_oraria": N_("Fascia oraria preferita"),
}


@dataclass
class PinRequestForm:
    """Everything the learner types (all text, as collected by the page)."""

    codice_fiscale: str = ""
    residenza: str = "italiana"  # "italiana" or "estera"
    cognome: str = ""
    nome: str = ""
    sesso: str = ""  # "M" or "F"
    data_nascita: str = ""  # gg/mm/aaaa
    nato_estero: str = ""  # "si" for those born abroad
    comune_nascita: str = ""
    provincia_nascita: str = ""
    stato_nascita: str = ""
    indirizzo: str = ""
    civico: str = ""
    cap: str = ""
    comune: str = ""
    provincia: str = ""
    stato_estero: str = ""
    citta_estera: str = ""
    indirizzo_estero: str = ""
    telefono_fisso: str = ""
    cellulare: str = ""
    email: str = ""
    pec: str = ""
    telefono_preferenziale: str = "cellulare"
    fascia_oraria: str = "9-13"

    @classmethod
    def from_dict(cls, data: dict) -> "PinRequestForm":
        names = {f.name for f in fields(cls)}
        return cls(**{k: "" if v is None else str(v) for k, v in data.items() if k in names})

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def estera(self) -> bool:
        return self.residenza.strip().lower() == "estera"

    @property
    def born_abroad(self) -> bool:
        return self.nato_estero.strip().lower() in ("si", "sì", "true", "1", "yes")


@dataclass
class Step1:
    codice_fiscale: str
    estera: bool
    known: bool  # INPS's archives know this codice fiscale


@dataclass
class RequestSummary:
    """The riepilogo: rows (label, value) to show, plus what will happen."""

    codice_fiscale: str
    rows: list[tuple[str, str]]
    known: bool
    address_differs: bool
    cleaned: dict = field(default_factory=dict)


@dataclass
class RequestOutcome:
    message: str  # OUTCOME_MESSAGE (seed 002)
    note: str  # extra line when the Contact Center will call, else ""
    citizen_id: int
    pin_id: int
    first_half_channels: list[str]
    letter_due: dt.datetime | None
    call_at: dt.datetime | None
    # The first 8 characters, also shown at the end of the request (seeds 001 and 004: "il
    # sistema consegna all'utente i primi 8 caratteri del PIN che saranno inviati anche
    # tramite e-mail o sms"); the second half only ever travels by post.
    first_half: str = ""


# --- helpers ---------------------------------------------------------------------------


def _fold(text: str) -> str:
    """For comparisons: no accents, no punctuation or spaces, case-insensitive."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(ch for ch in text if ch.isalnum()).casefold()


def parse_date(text) -> dt.date | None:
    """The PIN forms want gg/mm/aaaa, as the portal asked: ISO dates are refused."""
    return fieldmod.parse_date(text, allow_iso=False)


# --- step 1 ----------------------------------------------------------------------------


def existing_pin_refusal(world, citizen: Citizen | None) -> str:
    """'' or why this citizen cannot ask for a PIN (one that is not revoked exists)."""
    if citizen is None:
        return ""
    existing = pinmod.active_pin(citizen, world)
    return pinmod.existing_pin_message(existing) if existing is not None else ""


def check_step1(world, codice_fiscale: str, residenza: str) -> Step1:
    """Passo 1: the codice fiscale is well formed and has no PIN yet; residence chosen."""
    errors: dict[str, str] = {}
    cf = ""
    try:
        cf = cfmod.normalize(fieldmod.clean_text(codice_fiscale, label=FIELD_LABELS["codice_fiscale"]))
        problem = fieldmod.codice_fiscale_error(cf)
    except fieldmod.FieldError as exc:
        problem = exc.message
    if problem:
        errors["codice_fiscale"] = problem
    try:
        res = fieldmod.clean_text(residenza, label=FIELD_LABELS["residenza"]).lower()
    except fieldmod.FieldError:
        res = ""
    if res not in RESIDENZE:
        errors["residenza"] = _t("Scelga la residenza: Italiana oppure Estera.")
    if errors:
        world.events.record("pin.request.form_refused", step=1, fields=sorted(errors))
        raise ValidationError(errors)
    citizen = pinmod.citizen_by_cf(cf)
    refusal = existing_pin_refusal(world, citizen)
    if refusal:
        world.events.record("pin.request.refused", citizen, reason="pin_esistente")
        raise ServiceError(refusal, "codice_fiscale")
    world.events.record("pin.request.step1", citizen, estera=res == "estera", known=citizen is not None)
    return Step1(codice_fiscale=cf, estera=res == "estera", known=citizen is not None)


# --- step 2: the checks, one function per part of the form --------------------------------
#
# Each check reads the cleaned values `v` (from clean_form), may normalise them in place and
# adds its messages to `errors` (field -> Italian message), leaving alone the fields that
# already have one. Sede, Contact Center and Converti PIN compose the same checks.


def clean_form(form: PinRequestForm) -> tuple[dict, dict[str, str]]:
    """Every field as text the checks can read (app.services.fields.clean_text): (values,
    errors for the fields that cannot be used at all: invisible characters, too long)."""
    return fieldmod.clean_values(form.as_dict(), [f.name for f in fields(form)], FIELD_LABELS, max_length=MAX_LEN)


def check_codice_fiscale(v: dict, errors: dict[str, str]) -> None:
    v["codice_fiscale"] = cf = cfmod.normalize(v["codice_fiscale"])
    if "codice_fiscale" not in errors:
        problem = fieldmod.codice_fiscale_error(cf)
        if problem:
            errors["codice_fiscale"] = problem


def check_residenza_kind(v: dict, errors: dict[str, str]) -> None:
    v["residenza"] = res = v["residenza"].lower()
    if res not in RESIDENZE:
        errors["residenza"] = _t("Scelga la residenza: Italiana oppure Estera.")


def check_anagrafica(world, v: dict, errors: dict[str, str], *, born_abroad: bool) -> tuple[dt.date | None, dict | None]:
    """Cognome, nome, sesso, data and luogo di nascita. Returns (birth date, birthplace of
    the codice fiscale tables) when they could be read."""
    for name, what in (("cognome", "il cognome"), ("nome", "il nome")):
        v[name] = fieldmod.normalize_name(v[name])
        if name in errors:
            continue
        if not v[name]:
            errors[name] = _t("Scriva {what} come sul codice fiscale.", what=what)
        else:
            problem = fieldmod.name_error(v[name], what)
            if problem:
                errors[name] = problem
    sesso = {"M": "M", "F": "F", "MASCHIO": "M", "FEMMINA": "F"}.get(v["sesso"].upper(), "")
    if not sesso and "sesso" not in errors:
        errors["sesso"] = _t("Indichi il sesso: maschio (M) oppure femmina (F).")
    v["sesso"] = sesso
    born = None
    if "data_nascita" not in errors:
        born, problem = fieldmod.birth_date_error(v["data_nascita"], world.clock.today())
        if problem:
            errors["data_nascita"] = problem
    birthplace = None
    if born_abroad:
        if not v["stato_nascita"] and "stato_nascita" not in errors:
            errors["stato_nascita"] = _t("Scriva lo Stato estero in cui è nato (ad esempio Germania).")
        elif "stato_nascita" not in errors:
            birthplace = cfmod.place(v["stato_nascita"])
            if birthplace is None or birthplace.get("province") != "EE":
                errors["stato_nascita"] = (_t("Stato estero non trovato: scriva il nome in italiano, ad esempio "
                                           "Germania, Svizzera, Argentina."))
                birthplace = None
            else:
                v["stato_nascita"] = birthplace.get("name", v["stato_nascita"])
        return born, birthplace
    if not v["comune_nascita"] and "comune_nascita" not in errors:
        errors["comune_nascita"] = _t("Scriva il comune di nascita.")
    elif "comune_nascita" not in errors:
        birthplace = cfmod.place(v["comune_nascita"])
        if birthplace is None or birthplace.get("province") == "EE":
            errors["comune_nascita"] = _t("Comune di nascita non trovato: controlli come è scritto (ad esempio Voghera).")
            birthplace = None
    prov = v["provincia_nascita"] = v["provincia_nascita"].upper() if v["provincia_nascita"].isascii() else v["provincia_nascita"]
    if prov and "provincia_nascita" not in errors:
        problem = fieldmod.provincia_error(prov)
        if problem:
            errors["provincia_nascita"] = problem
        elif birthplace is not None and birthplace.get("province") and prov != birthplace["province"]:
            errors["provincia_nascita"] = (
                _t("Il comune di {birthplace} è in provincia di {province}, non {prov}.", birthplace=birthplace.get('name'), province=birthplace['province'], prov=prov)
            )
    return born, birthplace


ANAGRAFICA_FIELDS = ("codice_fiscale", "cognome", "nome", "sesso", "data_nascita", "comune_nascita", "stato_nascita")


def check_consistency(v: dict, errors: dict[str, str], born: dt.date | None, birthplace: dict | None) -> Citizen | None:
    """The codice fiscale matches the anagrafica (omocodia variants accepted) and, if INPS
    knows it, the archives. Returns the citizen INPS knows (or None)."""
    anagrafica_ok = not any(k in errors for k in ANAGRAFICA_FIELDS)
    cf = v["codice_fiscale"]
    if anagrafica_ok and birthplace is not None and born is not None:
        try:
            same = cfmod.same_person(cf, v["cognome"], v["nome"], v["sesso"], born, birthplace.get("name", ""))
        except Exception:  # noqa: BLE001 - the library on user text: treat as "does not match"
            same = False
        if not same:
            errors["codice_fiscale"] = (
                _t("Il codice fiscale non corrisponde ai dati anagrafici inseriti (cognome, nome, sesso, "
                "data e luogo di nascita): controlli il codice fiscale e i dati, carattere per carattere.")
            )
    citizen = pinmod.citizen_by_cf(cf) if "codice_fiscale" not in errors else None
    if citizen is not None and anagrafica_ok and "codice_fiscale" not in errors:
        mismatch = [label for key, label, archive in (("cognome", "cognome", citizen.cognome),
                                                      ("nome", "nome", citizen.nome))
                    if _fold(v[key]) != _fold(archive)]
        if v["sesso"] != citizen.sesso:
            mismatch.append("sesso")
        if born is not None and born != citizen.data_nascita:
            mismatch.append("data di nascita")
        if mismatch:
            errors["cognome" if "cognome" in mismatch else "codice_fiscale"] = (
                _t("I dati anagrafici non corrispondono a quelli presenti negli archivi INPS per questo "
                "codice fiscale ({mismatch}): li scriva come sul codice fiscale.", mismatch=', '.join(mismatch))
            )
    return citizen


def check_residence(v: dict, errors: dict[str, str]) -> None:
    """The address in Italy (via, civico, CAP, comune, provincia) or abroad."""
    if v["residenza"] == "estera":
        for name, msg in (
            ("stato_estero", _t("Scriva lo Stato estero di residenza (ad esempio Germania).")),
            ("citta_estera", _t("Scriva la città di residenza.")),
            ("indirizzo_estero", _t("Scriva l’indirizzo di residenza all’estero (via, numero e codice postale).")),
        ):
            if not v[name] and name not in errors:
                errors[name] = msg
        if v["stato_estero"] and "stato_estero" not in errors:
            state = cfmod.place(v["stato_estero"])
            if _fold(v["stato_estero"]) in ("italia", "italy"):
                errors["stato_estero"] = _t("Per chi abita in Italia scelga «Residenza Italiana» al passo 1.")
            elif state is None or state.get("province") != "EE":
                errors["stato_estero"] = (_t("Stato estero non trovato: scriva il nome in italiano, ad esempio "
                                          "Germania, Svizzera, Argentina."))
            else:
                v["stato_estero"] = state.get("name", v["stato_estero"])
        return
    if not v["indirizzo"] and "indirizzo" not in errors:
        errors["indirizzo"] = _t("Scriva l’indirizzo di residenza (via o piazza).")
    if "civico" not in errors:
        if not v["civico"]:
            errors["civico"] = _t("Scriva il numero civico (se non c’è, scriva SNC).")
        elif fieldmod.civico_error(v["civico"]):
            errors["civico"] = fieldmod.civico_error(v["civico"])
        else:
            v["civico"] = fieldmod.normalize_civico(v["civico"])
    if "cap" not in errors:
        if not v["cap"]:
            errors["cap"] = _t("Scriva il CAP: 5 cifre, ad esempio 27100.")
        elif fieldmod.cap_error(v["cap"]):
            errors["cap"] = fieldmod.cap_error(v["cap"])
    comune = None
    if "comune" not in errors:
        if not v["comune"]:
            errors["comune"] = _t("Scriva il comune di residenza.")
        else:
            comune = cfmod.place(v["comune"])
            if comune is None or comune.get("province") == "EE":
                errors["comune"] = _t("Comune non trovato: controlli come è scritto (ad esempio Pavia).")
                comune = None
            else:
                v["comune"] = comune.get("name", v["comune"])
    prov = v["provincia"] = v["provincia"].upper() if v["provincia"].isascii() else v["provincia"]
    if "provincia" not in errors:
        if not prov:
            errors["provincia"] = _t("Scriva la sigla della provincia: 2 lettere, ad esempio PV.")
        elif fieldmod.provincia_error(prov):
            errors["provincia"] = fieldmod.provincia_error(prov)
        elif comune is not None and comune.get("province") and prov != comune["province"]:
            errors["provincia"] = _t("Il comune di {comune} è in provincia di {province}, non {prov}.", comune=comune.get('name'), province=comune['province'], prov=prov)


def check_contacts(v: dict, errors: dict[str, str]) -> None:
    """At least one telephone and one e-mail (seed 002, seed 004), each well written."""
    for name, message in fieldmod.check_contacts(v).items():
        errors.setdefault(name, message)


def check_preferences(v: dict, errors: dict[str, str]) -> None:
    """Telefono preferenziale (one that was given) and fascia oraria for the call-back."""
    pref = v["telefono_preferenziale"].lower() or ("cellulare" if v["cellulare"] else "fisso")
    if "telefono_preferenziale" in errors:
        pass
    elif pref not in TELEFONI_PREFERENZIALI:
        errors["telefono_preferenziale"] = _t("Scelga il telefono preferenziale: cellulare o fisso.")
    elif pref == "cellulare" and not v["cellulare"] and v["telefono_fisso"]:
        errors["telefono_preferenziale"] = (_t("Ha scelto il cellulare come telefono preferenziale ma non lo ha scritto: "
                                            "scriva il cellulare o scelga il fisso."))
    elif pref == "fisso" and not v["telefono_fisso"] and v["cellulare"]:
        errors["telefono_preferenziale"] = (_t("Ha scelto il telefono fisso come preferenziale ma non lo ha scritto: "
                                            "scriva il fisso o scelga il cellulare."))
    v["telefono_preferenziale"] = pref
    if v["fascia_oraria"] and v["fascia_oraria"] not in FASCE_ORARIE and "fascia_oraria" not in errors:
        errors["fascia_oraria"] = _t("Scelga una fascia oraria tra quelle proposte (9-13, 14-18, 18-20).")


def validate(world, form: PinRequestForm | dict) -> tuple[dict, Citizen | None]:
    """The online request's checks, for every channel (online, Contact Center, sede):
    the cleaned values and the citizen INPS already knows (or None), or ValidationError
    with every problem at once. Writes nothing."""
    if isinstance(form, dict):
        form = PinRequestForm.from_dict(form)
    v, errors = clean_form(form)
    check_codice_fiscale(v, errors)
    check_residenza_kind(v, errors)
    born, birthplace = check_anagrafica(world, v, errors, born_abroad=form.born_abroad)
    citizen = check_consistency(v, errors, born, birthplace)
    check_residence(v, errors)
    check_contacts(v, errors)
    check_preferences(v, errors)
    if errors:
        raise ValidationError(errors)
    v["data_nascita_date"] = born
    v["luogo_nascita"] = birthplace.get("name", "") if birthplace else ""
    v["provincia_nascita"] = birthplace.get("province", "") if birthplace else ""
    return v, citizen


def _address_tuple_form(v: dict) -> tuple:
    if v["residenza"] == "estera":
        return ("estera", _fold(v["stato_estero"]), _fold(v["citta_estera"]), _fold(v["indirizzo_estero"]))
    return ("italiana", _fold(v["indirizzo"]), _fold(v["civico"]), v["cap"], _fold(v["comune"]), v["provincia"])


def _address_tuple_citizen(c: Citizen) -> tuple:
    if c.residenza_estera:
        return ("estera", _fold(c.stato_estero), _fold(c.citta_estera), _fold(c.indirizzo_estero))
    return ("italiana", _fold(c.indirizzo), _fold(c.civico), c.cap, _fold(c.comune), c.provincia)


def _address_line(v: dict) -> str:
    if v["residenza"] == "estera":
        return ", ".join(p for p in (v["indirizzo_estero"], v["citta_estera"], v["stato_estero"]) if p)
    return f"{v['indirizzo']} {v['civico']}, {v['cap']} {v['comune']} ({v['provincia']})"


def validate_request(world, form: PinRequestForm | dict) -> RequestSummary:
    """Passo 2 -> riepilogo. Raises ValidationError (all fields at once) or ServiceError
    (a PIN already exists). Saves nothing; the log says what happened (the fields to
    correct, or the riepilogo shown), for the lessons and the trainer."""
    try:
        summary = _summarize(world, form)
    except ValidationError as exc:
        world.events.record("pin.request.form_refused", step=2, fields=sorted(exc.errors))
        raise
    world.events.record("pin.request.checked", pinmod.citizen_by_cf(summary.codice_fiscale),
                        estera=summary.cleaned["residenza"] == "estera")
    return summary


def _summarize(world, form: PinRequestForm | dict) -> RequestSummary:
    if isinstance(form, dict):
        form = PinRequestForm.from_dict(form)
    v, citizen = validate(world, form)
    refusal = existing_pin_refusal(world, citizen)
    if refusal:
        raise ServiceError(refusal, "codice_fiscale")
    differs = citizen is None or _address_tuple_form(v) != _address_tuple_citizen(citizen)
    place = (_t("{luogo} (Stato estero)", luogo=v["luogo_nascita"]) if form.born_abroad
             else f"{v['luogo_nascita']} ({v['provincia_nascita']})")
    pref = N_("Cellulare") if v["telefono_preferenziale"] == "cellulare" else N_("Telefono fisso")
    rows = [
        (N_("Codice Fiscale"), v["codice_fiscale"]),
        (N_("Cognome"), v["cognome"].upper()),
        (N_("Nome"), v["nome"].upper()),
        (N_("Sesso"), v["sesso"]),
        (N_("Data di nascita"), v["data_nascita_date"].strftime("%d/%m/%Y")),
        (N_("Luogo di nascita"), place),
        (N_("Residenza"), N_("Estera") if v["residenza"] == "estera" else N_("Italiana")),
        (N_("Indirizzo di residenza"), _address_line(v)),
        (N_("Telefono fisso"), v["telefono_fisso"] or "-"),
        (N_("Cellulare"), v["cellulare"] or "-"),
        (N_("E-mail"), v["email"] or "-"),
        (N_("PEC"), v["pec"] or "-"),
        (N_("Telefono preferenziale"), pref),
        (N_("Fascia oraria"), v["fascia_oraria"] or "-"),
    ]
    return RequestSummary(codice_fiscale=v["codice_fiscale"], rows=rows, known=citizen is not None,
                          address_differs=differs, cleaned=v)


def _call_time(now: dt.datetime, fascia: str) -> dt.datetime:
    """The next start of the chosen time band (today if still ahead, else tomorrow): never
    more than a day later, so the clock's «1 giorno» always brings the call."""
    start = int((fascia or "9-13").split("-")[0])
    moment = dt.datetime.combine(now.date(), dt.time(start, 0))
    if moment <= now:
        moment += dt.timedelta(days=1)
    return moment


CONTACT_KEYS = ("cellulare", "telefono_fisso", "email", "pec", "telefono_preferenziale", "fascia_oraria")


def save_applicant(world, v: dict, citizen: Citizen | None, *, source: str, update_address: bool = True) -> Citizen:
    """Inside the caller's transaction: create the citizen INPS does not know yet, or update
    the residence of the one it knows; store the contacts as confirmed now."""
    now = world.clock.now()
    estera = v["residenza"] == "estera"
    residence = dict(
        residenza_estera=estera,
        indirizzo="" if estera else v["indirizzo"],
        civico="" if estera else v["civico"].upper(),
        cap="" if estera else v["cap"],
        comune="" if estera else v["comune"],
        provincia="" if estera else v["provincia"],
        stato_estero=v["stato_estero"] if estera else "",
        citta_estera=v["citta_estera"] if estera else "",
        indirizzo_estero=v["indirizzo_estero"] if estera else "",
    )
    if citizen is None:
        citizen = Citizen.create(
            codice_fiscale=v["codice_fiscale"],
            cognome=v["cognome"].upper(), nome=v["nome"].upper(), sesso=v["sesso"],
            data_nascita=v["data_nascita_date"], luogo_nascita=v["luogo_nascita"],
            provincia_nascita=v["provincia_nascita"], known_to_inps=False, created_at=now,
            **residence,
        )
        world.events.record("citizen.created", citizen, source=source)
    elif update_address:
        old = citizen.address_line()
        for key, value in residence.items():
            setattr(citizen, key, value)
        citizen.save()
        if citizen.address_line() != old:
            world.events.record("citizen.address_changed", citizen, old=old, new=citizen.address_line(),
                                source=source)
    contacts = {k: v[k] for k in CONTACT_KEYS}
    contact = Contact.get_or_none(Contact.citizen == citizen)
    if contact is None:
        Contact.create(citizen=citizen, updated_at=now, verified_at=now, **contacts)
    else:
        for key, value in contacts.items():
            setattr(contact, key, value)
        contact.updated_at = now
        contact.verified_at = now
        contact.save()
    return citizen


def submit_request(world, form: PinRequestForm | dict) -> RequestOutcome:
    """Passo 3 confirmed: save everything and issue the PIN, in one transaction."""
    summary = _summarize(world, form)
    v = summary.cleaned
    now = world.clock.now()
    estera = v["residenza"] == "estera"
    contacts = {k: v[k] for k in CONTACT_KEYS}
    with world.db.atomic():
        citizen = save_applicant(world, v, pinmod.citizen_by_cf(summary.codice_fiscale), source="richiesta_pin",
                                 update_address=summary.address_differs)
        secret = pinmod.issue_initial_pin(world, citizen, channel="online", kind="ordinario", deliver=True)
        pin = pinmod.active_pin(citizen)
        first_half, secret = secret[:8], None  # the second half goes by post only
        call_at = None
        note = ""
        if summary.address_differs:
            call_at = _call_time(now, v["fascia_oraria"])
            number = v["cellulare"] if v["telefono_preferenziale"] == "cellulare" else v["telefono_fisso"]
            note = ADDRESS_CALL_NOTE if summary.known else NEW_PERSON_CALL_NOTE
            messages.send(
                world, citizen, "call", sender=CONTACT_CENTER_SENDER, address=number,
                subject="Verifica dei dati della richiesta PIN",
                body=(
                    f"Buongiorno, parlo con {citizen.nome.title()} {citizen.cognome.title()}? Sono un "
                    "operatore del Contact Center INPS. La chiamo per la sua richiesta del PIN: "
                    f"l’indirizzo di residenza indicato è {citizen.address_line()}. "
                    "Le confermo che la seconda parte del PIN le sarà spedita per posta a questo "
                    "indirizzo. Le ricordo che l’INPS non le chiederà mai il PIN al telefono. "
                    "Buona giornata."
                ),
                delay=call_at - now, meta={"pin_id": pin.id, "purpose": "verifica_indirizzo"},
            )
        world.events.record("pin.request.submitted", citizen, pin=pin.id, address_differs=summary.address_differs,
                            known=summary.known, estera=estera)
    channels = [c for c, key in (("sms", "cellulare"), ("email", "email"), ("pec", "pec")) if contacts[key]]
    return RequestOutcome(
        message=OUTCOME_MESSAGE, note=note, citizen_id=citizen.id, pin_id=pin.id,
        first_half_channels=channels, letter_due=pinmod.letter_due(pin), call_at=call_at, first_half=first_half,
    )


__all__ = [
    "OUTCOME_MESSAGE", "CONTACTS_MANDATORY", "ADDRESS_CALL_NOTE", "NEW_PERSON_CALL_NOTE", "FIELD_LABELS",
    "RESIDENZE", "FASCE_ORARIE", "TELEFONI_PREFERENZIALI", "PinRequestForm", "Step1", "RequestSummary",
    "RequestOutcome", "check_step1", "validate_request", "submit_request", "parse_date", "validate",
    "existing_pin_refusal", "clean_form", "check_codice_fiscale", "check_residenza_kind", "check_anagrafica",
    "check_consistency", "check_residence", "check_contacts", "check_preferences", "save_applicant",
    "CONTACT_KEYS", "ANAGRAFICA_FIELDS",
]
