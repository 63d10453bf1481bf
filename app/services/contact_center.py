"""The Contact Center on the world's telephone (issue 3, item 9; seeds 000, 001, 004).

"Comporre il numero verde INPS (06 164 164 per cellulari o 803 164 per telefoni fissi);
selezionare il servizio di richiesta PIN con operatore; fornire all'operatore i propri dati
(nome e cognome, codice fiscale, indirizzo di residenza, recapiti telefonici e e-mail);
l'operatore ... al termine della procedura comunica i primi 8 caratteri del PIN che saranno
trasmessi anche via e-mail e sms; i secondi 8 caratteri ... arrivano in busta chiusa
all'indirizzo di residenza indicato" (seed 001).

A call is a Qt-free conversation state machine: :func:`dial` returns a :class:`Call`;
``call.step`` says what is asked (``prompt``, the expected answer ``kind``, ``choices``
for keys and yes/no); ``call.answer(text)`` checks the answer and returns the new
:class:`Line` s (what the learner said, then the IVR's or the operator's reply); the UI only
shows lines and collects answers. Each answer is checked with the rules of the online
request (app.services.pin_request), one field at a time; the whole request is checked again
before the PIN is issued. Nothing is saved until the operator issues the PIN (one
transaction); hanging up before leaves no trace but the call's events.

Decisions: the operator also helps a caller whose PIN is locked (the lock page sends people
here, app.services.pin.WAYS_OUT): after codice fiscale and name, the caller says the mobile or
landline number registered with INPS and the operator unlocks the PIN. The address given on
the phone is verified by the operator there and then, so no call-back is scheduled (unlike
the online request).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.i18n import _t
from app.models import Citizen, Contact

from . import codice_fiscale as cfmod
from . import fields as fieldmod
from . import pin as pinmod
from . import pin_request
from .errors import ServiceError, ValidationError

NUMERO_VERDE = "803164"  # from a landline, free (seed 000)
NUMERO_MOBILE = "06164164"  # from a mobile, "a pagamento in base al piano tariffario del gestore" (seed 000)
SHOWN = {NUMERO_VERDE: "803 164", NUMERO_MOBILE: "06 164 164"}
LINES = ("fisso", "cellulare")
OPERATOR_NAME = "Chiara"
MAX_RETRIES = 3

COST_FREE = _t("Chiamata gratuita da rete fissa.")
COST_MOBILE = (_t("La chiamata da rete mobile è a pagamento, in base al piano tariffario del suo gestore "
               "telefonico."))  # seed 000
COST_LANDLINE_06 = (_t("Dal telefono fisso la chiamata allo 06 164 164 ha il costo di una normale telefonata: "
                    "il numero verde 803 164 è gratuito."))
WELCOME = _t("Benvenuto nel Contact Center INPS.")
MENU = (_t("Per richiedere il PIN con l'aiuto di un operatore prema 1. Per avere informazioni su come "
        "ottenere il PIN online prema 2. Per riascoltare il menu prema 9."))
INFO = (_t("Il PIN si può richiedere online dal sito www.inps.it, con la procedura «Richiedi PIN»: i primi 8 "
        "caratteri arrivano per SMS o e-mail, gli altri 8 per posta all'indirizzo di residenza. Il PIN "
        "richiesto online o tramite Contact Center è ordinario; per il PIN dispositivo si usa la procedura "
        "«Converti PIN» oppure ci si reca in una sede INPS con un documento di identità."))

YES = {"si", "sì", "s", "yes", "certo", "esatto", "corretto", "giusto", "confermo", "ok", "va bene"}
NO = {"no", "n", "non è corretto", "sbagliato", "non corretto"}
NONE_WORDS = {"", "nessuno", "nessuna", "non ce l'ho", "non ho", "no", "-", "niente", "non ce l’ho"}


@dataclass(frozen=True)
class Step:
    """What the call is waiting for. kind: "digit" (a key of the phone), "yes_no",
    "text", "codice_fiscale", "phone", "email" (optional ones accept "nessuno"), "end"."""

    key: str
    prompt: str
    kind: str
    choices: tuple[str, ...] = ()
    optional: bool = False
    field: str = ""  # the PIN request field the answer fills


@dataclass(frozen=True)
class Line:
    speaker: str  # "sistema" (the phone), "risponditore" (IVR), "operatore", "utente"
    text: str


# The operator's questions, in order; `field` is the pin_request field they fill.
_ITALY = (
    Step("indirizzo", "Mi dice l'indirizzo di residenza? Solo la via o la piazza, il numero civico glielo chiedo dopo.",
         "text", field="indirizzo"),
    Step("civico", "Il numero civico?", "text", field="civico"),
    Step("cap", "Il CAP?", "text", field="cap"),
    Step("comune", "Il comune di residenza?", "text", field="comune"),
    Step("provincia", "E la sigla della provincia?", "text", field="provincia"),
)
_ABROAD = (
    Step("stato_estero", "In quale Stato risiede?", "text", field="stato_estero"),
    Step("citta_estera", "In quale città?", "text", field="citta_estera"),
    Step("indirizzo_estero", "Mi dice l'indirizzo completo: via, numero e codice postale?", "text",
         field="indirizzo_estero"),
)
_CONTACTS = (
    Step("cellulare", "Adesso i recapiti, dove le mando la prima parte del PIN. Ha un numero di cellulare? "
                      "Me lo detti, oppure dica «nessuno».", "phone", optional=True, field="cellulare"),
    Step("telefono_fisso", "Un numero di telefono fisso? Oppure dica «nessuno».", "phone", optional=True,
         field="telefono_fisso"),
    Step("email", "Un indirizzo e-mail? Oppure dica «nessuno».", "email", optional=True, field="email"),
    Step("pec", "Ha anche una PEC, una posta elettronica certificata? Me la detti, oppure dica «nessuna».",
         "email", optional=True, field="pec"),
)


# Asked again when neither telephone (or neither e-mail) was given.
_CONTACTS_AGAIN = (
    Step("cellulare", "Mi detta il numero di cellulare? Oppure dica «nessuno».", "phone", optional=True,
         field="cellulare"),
    Step("telefono_fisso", "E il telefono fisso? Oppure dica «nessuno».", "phone", optional=True,
         field="telefono_fisso"),
    Step("email", "Mi detta l'indirizzo e-mail? Oppure dica «nessuno».", "email", optional=True, field="email"),
    Step("pec", "E la PEC? Oppure dica «nessuna».", "email", optional=True, field="pec"),
)


def _lc(message: str) -> str:
    """A validation message continued after "Mi scusi:"."""
    return message[:1].lower() + message[1:] if message[:2] != message[:2].upper() else message


def normalize_number(text: str) -> str:
    digits = re.sub(r"[^0-9+]", "", str(text or ""))
    for prefix in ("+39", "0039"):
        if digits.startswith(prefix) and len(digits) > len(prefix) + 5:
            digits = digits[len(prefix):]
    return digits


def _is_yes(text: str) -> bool | None:
    t = " ".join(str(text or "").lower().replace("!", "").replace(".", "").split())
    if t in YES:
        return True
    if t in NO:
        return False
    return None


def _spell(code: str) -> str:
    return " - ".join(code)


@dataclass
class Call:
    """One telephone call. Use :meth:`answer` and :meth:`hang_up`; read ``lines``,
    ``step``, ``ended``, ``outcome``."""

    world: object
    caller: Citizen | None
    number: str
    line: str
    lines: list[Line] = field(default_factory=list)
    step: Step | None = None
    ended: bool = False
    outcome: str = ""  # "pin_issued", "pin_unlocked", "refused", "hung_up", "gave_up"
    first_half: str = ""
    answers: dict = field(default_factory=dict)
    retries: int = 0
    _queue: list[Step] = field(default_factory=list)

    # --- the script ------------------------------------------------------------------

    def _say(self, speaker: str, text: str) -> Line:
        line = Line(speaker, text)
        self.lines.append(line)
        return line

    def _ask(self, step: Step, speaker: str = "operatore") -> None:
        self.step = step
        self.retries = 0
        self._say(speaker, step.prompt)

    def _menu(self) -> None:
        self._ask(Step("menu", MENU, "digit", choices=("1", "2", "9")), "risponditore")

    def _end(self, outcome: str, text: str = "", speaker: str = "operatore") -> None:
        if text:
            self._say(speaker, text)
        self._say("sistema", "La chiamata è terminata.")
        self.step = Step("end", "", "end")
        self.ended = True
        self.outcome = outcome
        self.world.events.record("contact_center.call.ended", self.caller, outcome=outcome, number=self.number)

    def _next_from_queue(self) -> None:
        if self._queue:
            self._ask(self._queue.pop(0))
        else:
            self._summary()

    # --- answering -------------------------------------------------------------------

    def answer(self, text: str) -> list[Line]:
        """The learner's answer (a key, a word, a datum). Returns the lines added."""
        if self.ended or self.step is None:
            raise ServiceError(_t("La chiamata è terminata: per parlare con il Contact Center chiami di nuovo."))
        start = len(self.lines)
        try:
            text = fieldmod.clean_text(text)[:120]
        except fieldmod.FieldError:
            self._say("utente", "(una risposta con caratteri che non si possono usare)")
            self._retry("Mi scusi, non ho capito: nella risposta ci sono caratteri invisibili o non validi. "
                        "Me la ripeta, per favore.")
            return self.lines[start:]
        self._say("utente", text or "(silenzio)")
        handler = getattr(self, f"_on_{self.step.key}", None) or self._on_field
        handler(text)
        return self.lines[start:]

    def hang_up(self) -> list[Line]:
        if self.ended:
            return []
        start = len(self.lines)
        self._end("hung_up", "")
        return self.lines[start:]

    def _retry(self, message: str) -> None:
        """A wrong answer: the operator says why and asks again (up to MAX_RETRIES)."""
        self.retries += 1
        speaker = "risponditore" if self.step and self.step.key == "menu" else "operatore"
        if self.retries >= MAX_RETRIES and speaker == "operatore":
            self._end("gave_up", f"{message} Mi dispiace, così non riesco ad andare avanti. Può richiamare "
                                 "quando ha i dati sotto mano, oppure richiedere il PIN online. Arrivederci.")
            return
        self._say(speaker, f"{message} {self.step.prompt}" if speaker == "operatore" else f"{message} {MENU}")

    def _on_menu(self, text: str) -> None:
        if text == "1":
            self.world.events.record("contact_center.menu", self.caller, choice="richiesta_pin")
            self._say("risponditore", "Attenda in linea: la stiamo mettendo in contatto con un operatore.")
            self._ask(Step("nome", f"Buongiorno, sono {OPERATOR_NAME} del Contact Center INPS. Per richiedere "
                                   "il PIN le chiederò alcuni dati, uno alla volta. Mi dice il suo nome?",
                           "text", field="nome"))
        elif text == "2":
            self._say("risponditore", INFO)
            self._menu()
        elif text == "9":
            self._menu()
        else:
            self.retries += 1
            self._say("risponditore", f"Scelta non valida. {MENU}")

    def _check(self, fields: tuple[str, ...]) -> dict[str, str]:
        """Errors of the online request's rules for `fields`, with the answers so far."""
        form = pin_request.PinRequestForm.from_dict({
            "telefono_preferenziale": "", "fascia_oraria": "9-13", **self.answers})
        try:
            pin_request.validate(self.world, form)
        except ValidationError as exc:
            return {k: v for k, v in exc.errors.items()
                    if k in fields and pin_request.CONTACTS_MANDATORY not in v}
        return {}

    def _on_field(self, text: str) -> None:
        step = self.step
        assert step is not None
        value = text
        if step.optional and value.lower().strip(" .!") in NONE_WORDS:
            value = ""
        if not value and not step.optional:
            self._retry("Mi scusi, non ho sentito.")
            return
        self.answers[step.field] = value
        problem = self._check((step.field,)).get(step.field, "") if value else ""
        if problem:
            self.answers.pop(step.field, None)
            self._retry(f"Mi scusi: {_lc(problem)}")
            return
        if step.key == "telefono_fisso" and not (self.answers.get("cellulare") or self.answers.get("telefono_fisso")):
            self._queue.insert(0, _CONTACTS_AGAIN[1])
            self._queue.insert(0, _CONTACTS_AGAIN[0])
            self._say("operatore", "Mi serve almeno un numero di telefono, altrimenti la richiesta non può "
                                   "andare avanti.")
        if step.key == "pec" and not (self.answers.get("email") or self.answers.get("pec")):
            self._queue.insert(0, _CONTACTS_AGAIN[3])
            self._queue.insert(0, _CONTACTS_AGAIN[2])
            self._say("operatore", "Mi serve almeno un indirizzo e-mail o PEC, altrimenti la richiesta non può "
                                   "andare avanti.")
        if step.key == "nome":
            self._ask(Step("cognome", "E il cognome?", "text", field="cognome"))
            return
        if step.key == "cognome":
            self._ask(Step("codice_fiscale", "Mi detta il suo codice fiscale, per favore?", "codice_fiscale",
                           field="codice_fiscale"))
            return
        self._next_from_queue()

    def _on_codice_fiscale(self, text: str) -> None:
        cf = cfmod.normalize(text)[:32]
        problem = cfmod.check_error(cf)
        if problem:
            self._retry(f"Mi scusi: {_lc(problem)}")
            return
        decoded = cfmod.decode(cf)
        abroad = decoded["provincia_nascita"] == "EE"
        self.answers.update({
            "codice_fiscale": cf, "sesso": decoded["sesso"],
            "data_nascita": decoded["data_nascita"].strftime("%d/%m/%Y"),
            "nato_estero": "si" if abroad else "",
            "comune_nascita": "" if abroad else decoded["luogo_nascita"],
            "provincia_nascita": "" if abroad else decoded["provincia_nascita"],
            "stato_nascita": decoded["luogo_nascita"] if abroad else "",
        })
        errors = self._check(("codice_fiscale", "nome", "cognome", "sesso", "data_nascita", "comune_nascita",
                              "stato_nascita"))
        if errors:
            self.answers = {k: v for k, v in self.answers.items() if k in ("nome", "cognome")}
            message = next(iter(errors.values()))
            self.retries += 1
            if self.retries >= MAX_RETRIES:
                self._end("gave_up", f"Mi scusi: {_lc(message)} Mi dispiace, così non riesco ad andare avanti. "
                                     "Richiami quando ha la tessera sanitaria sotto mano. Arrivederci.")
                return
            self._say("operatore", f"Mi scusi: {_lc(message)}")
            self.step = Step("nome", "Ricominciamo: mi dice il suo nome, come è scritto sulla tessera sanitaria?",
                             "text", field="nome")
            self._say("operatore", self.step.prompt)
            return
        citizen = pinmod.citizen_by_cf(cf)
        existing = pinmod.active_pin(citizen, self.world) if citizen is not None else None
        if existing is not None and existing.state == "locked":
            self.world.events.record("contact_center.unlock.asked", citizen)
            self._ask(Step("unlock", "Il suo PIN risulta bloccato per troppi tentativi errati. Per sbloccarlo devo "
                                     "verificare la sua identità: mi dice il numero di cellulare o di telefono "
                                     "fisso che ha indicato all'INPS?", "phone"))
            return
        if existing is not None:
            self.world.events.record("contact_center.refused", citizen, reason="pin_esistente")
            self._end("refused", pinmod.existing_pin_message(existing)  # same words as online
                      + " Le serve altro? Altrimenti la saluto. Arrivederci.")
            return
        where = (f"nello Stato estero {decoded['luogo_nascita']}" if abroad
                 else f"a {decoded['luogo_nascita']} ({decoded['provincia_nascita']})")
        born = "nata" if decoded["sesso"] == "F" else "nato"
        self._ask(Step("nascita", f"Dal codice fiscale risulta {born} il "
                                  f"{decoded['data_nascita']:%d/%m/%Y} {where}. È corretto?", "yes_no",
                       choices=("sì", "no")))

    def _on_nascita(self, text: str) -> None:
        answer = _is_yes(text)
        if answer is None:
            self._retry("Mi risponda sì o no, per favore.")
            return
        if not answer:
            for key in ("codice_fiscale", "sesso", "data_nascita", "nato_estero", "comune_nascita",
                        "provincia_nascita", "stato_nascita"):
                self.answers.pop(key, None)
            self._ask(Step("codice_fiscale", "Allora il codice fiscale non è quello giusto: me lo detti di nuovo, "
                                             "carattere per carattere.", "codice_fiscale", field="codice_fiscale"))
            return
        self._ask(Step("italia", "Risiede in Italia?", "yes_no", choices=("sì", "no")))

    def _on_italia(self, text: str) -> None:
        answer = _is_yes(text)
        if answer is None:
            self._retry("Mi risponda sì o no, per favore.")
            return
        self.answers["residenza"] = "italiana" if answer else "estera"
        for key in ("indirizzo", "civico", "cap", "comune", "provincia", "stato_estero", "citta_estera",
                    "indirizzo_estero"):
            self.answers.pop(key, None)
        self._queue = list(_ITALY if answer else _ABROAD) + list(_CONTACTS)
        self._next_from_queue()

    def _on_unlock(self, text: str) -> None:
        citizen = pinmod.citizen_by_cf(self.answers.get("codice_fiscale", ""))
        contact = Contact.get_or_none(Contact.citizen == citizen) if citizen else None
        said = normalize_number(text)
        registered = {normalize_number(n) for n in ((contact.cellulare, contact.telefono_fisso) if contact else ())
                      if n}
        if said and said in registered:
            pinmod.unlock(self.world, citizen, by="Contact Center")
            self.world.events.record("contact_center.unlock.done", citizen)
            self._end("pin_unlocked", "Grazie, il numero corrisponde. Ho sbloccato il suo PIN: adesso può entrare "
                                      "di nuovo con il codice fiscale e il suo PIN. Se non lo ricorda, usi «Hai "
                                      "smarrito il PIN?». Arrivederci.")
            return
        self.world.events.record("contact_center.unlock.refused", citizen)
        self._end("refused", "Il numero non corrisponde a quelli registrati: per sicurezza non posso sbloccare il "
                             "PIN per telefono. Può revocare il PIN e richiederne uno nuovo, oppure recarsi in una "
                             "sede INPS con un documento di identità. Arrivederci.")

    def _summary(self) -> None:
        a = self.answers
        if a.get("residenza") == "estera":
            address = f"{a.get('indirizzo_estero', '')}, {a.get('citta_estera', '')}, {a.get('stato_estero', '')}"
        else:
            address = (f"{a.get('indirizzo', '')} {a.get('civico', '')}, {a.get('cap', '')} "
                       f"{a.get('comune', '')} ({str(a.get('provincia', '')).upper()})")
        contacts = [f"{label} {a[key]}" for key, label in (("cellulare", "cellulare"), ("telefono_fisso", "telefono fisso"),
                                                             ("email", "e-mail"), ("pec", "PEC")) if a.get(key)]
        self._ask(Step("riepilogo",
                       f"Riepilogo i dati: {a.get('nome', '').title()} {a.get('cognome', '').title()}, codice "
                       f"fiscale {a.get('codice_fiscale', '')}, residente in {address}; recapiti: "
                       f"{', '.join(contacts)}. Sono corretti?", "yes_no", choices=("sì", "no")))

    def _on_riepilogo(self, text: str) -> None:
        answer = _is_yes(text)
        if answer is None:
            self._retry("Mi risponda sì o no, per favore.")
            return
        if not answer:
            self._say("operatore", "Va bene, riprendiamo dall'indirizzo di residenza.")
            self._ask(Step("italia", "Risiede in Italia?", "yes_no", choices=("sì", "no")))
            return
        try:
            self.first_half = issue_pin(self.world, self.answers)
        except ValidationError as exc:
            self._say("operatore", "Mi scusi: " + _lc(next(iter(exc.errors.values()))))
            self._say("operatore", "Riprendiamo dall'indirizzo di residenza.")
            self._ask(Step("italia", "Risiede in Italia?", "yes_no", choices=("sì", "no")))
            return
        except ServiceError as exc:
            self._end("refused", f"{exc.message} Arrivederci.")
            return
        channels = [label for key, label in (("cellulare", "SMS"), ("email", "e-mail"), ("pec", "PEC"))
                    if self.answers.get(key)]
        self._end("pin_issued",
                  "Ho inserito la richiesta. Le comunico la prima parte del PIN, sono 8 caratteri, si prenda nota: "
                  f"{_spell(self.first_half)}. Gliela invio anche per {' e '.join(channels).replace(' e e-', ' ed e-')}. "
                  "La seconda parte, altri 8 caratteri, le arriverà in busta chiusa per posta all'indirizzo di "
                  "residenza, in circa due settimane. Quando avrà le due parti entri nel sito con il codice fiscale "
                  "e il PIN di 16 caratteri: le sarà chiesto di scegliere un nuovo PIN di 8 caratteri. Il PIN è "
                  "ordinario: per le domande di prestazioni dovrà convertirlo in dispositivo. Le ricordo che "
                  "l'INPS non le chiederà mai il PIN al telefono. Arrivederci.")


def issue_pin(world, answers: dict) -> str:
    """Check the whole request with the online rules and, in one transaction, save the
    citizen's data and issue a PIN ordinario through the Contact Center. Returns the first
    8 characters (the operator tells them; they also go by SMS / e-mail)."""
    form = pin_request.PinRequestForm.from_dict({"telefono_preferenziale": "", "fascia_oraria": "9-13", **answers})
    v, citizen = pin_request.validate(world, form)
    with world.db.atomic():
        citizen = pin_request.save_applicant(world, v, citizen, source="contact_center")
        secret = pinmod.issue_initial_pin(world, citizen, channel="contact_center", kind="ordinario", deliver=True)
        world.events.record("contact_center.pin.issued", citizen, pin=pinmod.active_pin(citizen).id)
    return pinmod.normalize_pin(secret)[: pinmod.HALF]


def dial(world, caller: Citizen | None, number: str, line: str) -> Call:
    """Call `number` from the caller's landline ("fisso") or mobile ("cellulare"). A call
    that cannot start raises ServiceError and is in the log (contact_center.dial_refused)."""

    def refuse(reason: str, message: str, field: str) -> ServiceError:
        world.events.record("contact_center.dial_refused", caller, number=normalize_number(str(number or ""))[:20],
                            line=str(line)[:20], reason=reason)
        return ServiceError(message, field)

    if line not in LINES:
        raise refuse("linea", "Scelga da quale telefono chiamare: fisso o cellulare.", "linea")
    try:
        number = fieldmod.clean_text(number, label="Numero", max_length=40)
    except fieldmod.FieldError as exc:
        raise refuse("numero_non_valido", exc.message, "numero") from None
    dialed = normalize_number(number)
    if not dialed:
        raise refuse("numero_vuoto", "Componga il numero: 803 164 dal telefono fisso, 06 164 164 dal cellulare.",
                     "numero")
    contact = Contact.get_or_none(Contact.citizen == caller) if caller is not None else None
    if caller is not None and line == "fisso" and not (contact and contact.telefono_fisso):
        raise refuse("senza_fisso", f"A casa di {caller.nome.title()} {caller.cognome.title()} non c'è un telefono "
                     "fisso: chiami dal cellulare il numero 06 164 164.", "linea")
    if caller is not None and line == "cellulare" and not (contact and contact.cellulare):
        raise refuse("senza_cellulare", f"{caller.nome.title()} {caller.cognome.title()} non ha un cellulare: "
                     "chiami dal telefono fisso il numero verde 803 164.", "linea")
    if dialed == NUMERO_VERDE and line == "cellulare":
        raise refuse("verde_da_cellulare", "Il numero verde 803 164 si chiama solo da rete fissa: dal cellulare "
                     "chiami lo 06 164 164 (a pagamento, in base al piano tariffario del suo gestore).", "numero")
    if dialed == "800803164":
        raise refuse("numero_fax", "Al numero 800 803 164 risponde un fax, non un operatore: serve per inviare la "
                     "richiesta di PIN dispositivo. Per parlare con il Contact Center chiami l'803 164 o lo "
                     "06 164 164.", "numero")
    if dialed not in (NUMERO_VERDE, NUMERO_MOBILE):
        raise refuse("numero_sbagliato", f"Il numero {number} non è raggiungibile. Il Contact Center INPS risponde "
                     "all'803 164 (gratuito da rete fissa) e allo 06 164 164 (da rete mobile).", "numero")
    call = Call(world=world, caller=caller, number=dialed, line=line)
    call._say("sistema", f"Chiamata dal telefono {line} al numero {SHOWN[dialed]}...")
    if dialed == NUMERO_VERDE:
        cost = COST_FREE
    elif line == "cellulare":
        cost = COST_MOBILE
    else:
        cost = COST_LANDLINE_06
    call._say("risponditore", f"{WELCOME} {cost}")
    call._menu()
    world.events.record("contact_center.call.started", caller, number=dialed, line=line)
    return call


def cost_note(number: str, line: str) -> str:
    """What the call costs, said before dialling (the phone shows it)."""
    dialed = normalize_number(number)
    if dialed == NUMERO_VERDE:
        return COST_FREE if line == "fisso" else _t("Il numero verde 803 164 non è raggiungibile dal cellulare.")
    if dialed == NUMERO_MOBILE:
        return COST_MOBILE if line == "cellulare" else COST_LANDLINE_06
    return ""


__all__ = ["NUMERO_VERDE", "NUMERO_MOBILE", "Step", "Line", "Call", "dial", "issue_pin", "cost_note",
           "normalize_number", "COST_MOBILE", "COST_FREE", "MENU", "INFO"]
