"""The event log. Services record what happened; the lesson engine, the trainer's
report and the audit view all read the same log. Listeners (the UI's bridge) are
told after each record so the docks can refresh.

The log is an interface (docs/EVENTS.md, made from this file by
tools/event_catalogue.py): every kind is declared once in :data:`CATALOGUE`, with an
Italian description for trainers, its payload fields (required and optional) and
whether it is ``quiet`` (it changes nothing a dock or a page shows, so the UI does not
refresh on it). :meth:`EventLog.record` refuses an undeclared kind or payload field with
a ValueError: a programming error, never a message for the learner.

Readers: :meth:`EventLog.recent` (newest first), :meth:`EventLog.since` (after an id,
oldest first: what the lesson engine reads after each action), :meth:`EventLog.last_id`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:  # the catalogue is imported by ui/bridge.py before the first paint: no peewee yet
    from app.models import Event


@dataclass(frozen=True)
class EventKind:
    """One declared kind. `reserved` (non-empty) says why it is declared although no
    code records it yet."""

    name: str
    description: str
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    quiet: bool = False
    reserved: str = ""

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(self.required) | frozenset(self.optional)

    @property
    def area(self) -> str:
        return self.name.split(".", 1)[0]


def _k(name: str, description: str, required: str = "", optional: str = "", *, quiet: bool = False,
       reserved: str = "") -> EventKind:
    return EventKind(name, description, tuple(required.split()), tuple(optional.split()), quiet, reserved)


_PIN_STATE = "pin from to reason"

_KINDS: tuple[EventKind, ...] = (
    # --- the world and its clock -----------------------------------------------------
    _k("world.seeded", "Mondo nuovo creato con le persone di prova.", "personas"),
    _k("world.reset", "Il mondo è stato ricominciato da capo (tutto torna allo stato iniziale)."),
    _k("world.recovered", "All'avvio il database era danneggiato: ne è stato creato uno nuovo, "
                          "la copia danneggiata è conservata.", "damaged_copy"),
    _k("world.fault_applied", "Il formatore o la lezione ha applicato una situazione al mondo (PIN bloccato, "
                              "SPID sospeso, lettera smarrita...).", "fault persona outcome"),
    _k("clock.advanced", "L'utente ha fatto passare il tempo con l'Orologio (ad esempio 2 settimane).",
       "step before after"),
    # --- what the learner looks at (quiet: the UI does not refresh) ---------------------
    _k("page.visited", "Pagina aperta nel browser simulato.", "url page_kind", quiet=True),
    _k("document.opened", "Documento PDF aperto nel visore.", "title", quiet=True),
    _k("document.generated", "Documento del Fascicolo generato (CU, ObisM, cedolino, estratto conto...).",
       "kind year month application document size", quiet=True),
    _k("fascicolo.viewed", "Sezione del Fascicolo previdenziale consultata.", "section", quiet=True),
    _k("search.site", "Ricerca fatta con il motore di ricerca del portale INPS.", "query results best"),
    # --- sessions --------------------------------------------------------------------
    _k("session.opened", "Accesso a MyINPS riuscito (con PIN, SPID o CNS).", "method spid_level", "seeded"),
    _k("session.closed", "Uscita da MyINPS (Esci, sessione scaduta o chiusa).", "method reason"),
    _k("session.extended", "L'utente ha chiesto di prolungare la sessione che stava per scadere."),
    _k("login.tab_selected", "Autenticazione: scelta la scheda PIN, SPID o CNS.", "tab", quiet=True),
    # --- citizen data ----------------------------------------------------------------
    _k("citizen.created", "Un cittadino non ancora noto all'INPS è stato registrato (richiesta di PIN).",
       "source"),
    _k("citizen.address_changed", "L'indirizzo di residenza del cittadino è stato cambiato.",
       "old new source"),
    _k("contacts.updated", "Recapiti (cellulare, e-mail, PEC...) aggiornati.", "fields"),
    # --- messages --------------------------------------------------------------------
    _k("message.sent", "Messaggio spedito al cittadino (SMS, e-mail, PEC, lettera, notifica): arriva "
                       "alla data indicata.", "channel message deliver_at"),
    _k("message.read", "Il cittadino ha aperto un messaggio arrivato (SMS, e-mail, lettera...).",
       "channel message"),
    # --- the PIN: states (recorded by app.services.pin.transition) -------------------------
    _k("pin.requested", "Nuovo PIN di 16 caratteri creato (richiesta accolta).",
       "pin from to channel pin_kind"),
    _k("pin.first_half_sent", "Stato del PIN: prima parte inviata, seconda parte in arrivo per posta.",
       _PIN_STATE),
    _k("pin.complete", "Stato del PIN: il cittadino ha tutti i 16 caratteri (lettera arrivata, busta "
                       "della sede, ripristino, sblocco).", _PIN_STATE, "delivered_at"),
    _k("pin.to_change", "Stato del PIN: va scelto un nuovo PIN (primo accesso o PIN scaduto).", _PIN_STATE),
    _k("pin.active", "Stato del PIN: attivo (nuovo PIN scelto o PIN sbloccato).", _PIN_STATE),
    _k("pin.expired", "Stato del PIN: scaduto (sono passati 6 mesi, 3 per gli intermediari).", _PIN_STATE),
    _k("pin.locked", "Stato del PIN: bloccato (troppi tentativi errati).", _PIN_STATE),
    _k("pin.revoked", "Stato del PIN: revocato, non si può più usare.", _PIN_STATE),
    # --- the PIN: what happened to it ----------------------------------------------------
    _k("pin.first_half.sent", "Prima parte del PIN (8 caratteri) spedita per SMS, e-mail o PEC.",
       "pin channels"),
    _k("pin.second_half.posted", "Lettera con la seconda parte del PIN spedita per posta.", "pin deliver_at"),
    _k("pin.login.ok", "PIN giusto: accesso riuscito o nuovo PIN da scegliere.", "pin outcome", "why"),
    _k("pin.login.failed", "Accesso con PIN non riuscito (PIN errato, bloccato, incompleto o assente).",
       "", "pin reason failures limit length"),
    _k("pin.changed", "Il cittadino ha scelto un nuovo PIN di 8 caratteri.", "pin expires_at voluntary"),
    _k("pin.change_refused", "Nuovo PIN non accettato (lunghezza, simboli, parte del codice fiscale, uguale al "
                             "precedente, conferma diversa), con i campi.", "pin fields"),
    _k("pin.conversion_pending", "Conversione in PIN dispositivo in attesa della verifica INPS (o annullata).",
       "pin pending reason"),
    _k("pin.kind.dispositivo", "Il PIN è diventato dispositivo: ora permette di presentare domande.",
       "pin from reason"),
    _k("pin.request.step1", "Richiesta del PIN online: primo passo (codice fiscale e residenza) superato.",
       "estera known"),
    _k("pin.request.refused", "Richiesta del PIN rifiutata (il cittadino ha già un PIN).", "reason"),
    _k("pin.request.form_refused", "Richiesta del PIN online: dati da correggere (passo 1 o 2), con i campi.",
       "step fields"),
    _k("pin.request.checked", "Richiesta del PIN online: dati del secondo passo corretti, riepilogo mostrato.",
       "estera"),
    _k("pin.request.submitted", "Richiesta del PIN online inviata e accolta.",
       "pin address_differs known estera"),
    _k("pin.ripristino", "PIN smarrito ripristinato: nuovo PIN inviato ai recapiti.", "old_pin pin mail_channel"),
    _k("pin.ripristino.refused", "Ripristino del PIN smarrito rifiutato (mai usato, recapiti mancanti o diversi).",
       "pin reason", "phone_ok mail_ok"),
    _k("pin.revoca", "Il cittadino ha revocato il suo PIN.", "pin"),
    _k("pin.revoca.refused", "Revoca del PIN rifiutata (dati della tessera sanitaria diversi).", "pin reason"),
    # --- Converti PIN (PIN dispositivo) ------------------------------------------------
    _k("pin.conversion.login", "Converti PIN: accesso con il PIN ordinario.", "status"),
    _k("pin.conversion.form_refused", "Converti PIN: dati del modulo da correggere.", "fields"),
    _k("pin.conversion.form_prepared", "Converti PIN: modulo di richiesta preparato (PDF da stampare e firmare).",
       "code document_kind"),
    _k("pin.conversion.refused", "Converti PIN: file caricati o fax rifiutati, con il motivo.", "channel reasons"),
    _k("pin.conversion.accepted", "Converti PIN: richiesta accolta, e-mail di conferma in arrivo dopo qualche ora.",
       "pin code channel confirm_at"),
    _k("pin.conversion.fax_failed", "Converti PIN: fax inviato a un numero sbagliato.", "number"),
    # --- the citizen's desk (printer, pen, scanner) ------------------------------------------
    _k("desk.printed", "Fogli stampati sulla scrivania.", "pages title"),
    _k("desk.signed", "Modulo firmato e datato.", "title"),
    _k("desk.scanned", "Fogli scansionati in un file (PDF o immagine).", "pages fmt size"),
    _k("desk.copy_placed", "Documento di identità messo sul vetro dello scanner (fronte, retro).",
       "document sides"),
    _k("desk.file_saved", "File salvato nella cartella Documenti del computer simulato (scansione, modulo "
                          "scaricato).", "filename source size"),
    _k("person_card.printed", "Scheda di una persona di prova stampata.", "persona"),
    _k("person_card.printed_all", "Schede di tutte le persone di prova stampate.", "personas"),
    # --- Contact Center ----------------------------------------------------------------
    _k("contact_center.call.started", "Telefonata al Contact Center iniziata.", "number line"),
    _k("contact_center.dial_refused", "Telefonata non partita: numero sbagliato o telefono sbagliato (il numero "
                                      "verde solo da rete fissa).", "number line reason"),
    _k("contact_center.call.ended", "Telefonata al Contact Center finita, con il suo esito.", "outcome number"),
    _k("contact_center.menu", "Contact Center: scelta fatta nel menu vocale.", "choice"),
    _k("contact_center.refused", "Contact Center: richiesta rifiutata.", "reason"),
    _k("contact_center.pin.issued", "Contact Center: PIN rilasciato per telefono.", "pin"),
    _k("contact_center.unlock.asked", "Contact Center: il cittadino chiede di sbloccare il PIN."),
    _k("contact_center.unlock.done", "Contact Center: PIN sbloccato."),
    _k("contact_center.unlock.refused", "Contact Center: sblocco rifiutato (identità non confermata)."),
    # --- Sede INPS -----------------------------------------------------------------------
    _k("sede.visit.started", "Visita allo sportello della Sede INPS iniziata.", "code sede"),
    _k("sede.visit.refused", "Sede: richiesta non accolta (il cittadino ha già un PIN dispositivo).", "reason"),
    _k("sede.mv35.refused", "Sede: modulo MV35 incompleto o sbagliato.", "code fields"),
    _k("sede.mv35.filled", "Sede: modulo MV35 compilato.", "code"),
    _k("sede.document.refused", "Sede: documento di identità rifiutato (scaduto, di altri...).",
       "code document reasons by"),
    _k("sede.operator.started", "Sede, ruolo dell'operatore: sportello aperto, con le persone in attesa.",
       quiet=True),
    _k("sede.case.opened", "Sede, ruolo dell'operatore: arriva un nuovo cittadino allo sportello.", "code case"),
    _k("sede.operator.mistake", "Sede, ruolo dell'operatore: decisione sbagliata (accettato un documento da "
                                "rifiutare o rifiutato con il motivo sbagliato).",
       "code decision", "reason reasons actual"),
    _k("sede.pin.issued", "Sede: PIN dispositivo consegnato in busta chiusa.", "code pin document by mode"),
    # --- SPID ------------------------------------------------------------------------------
    _k("spid.providers_shown", "Entra con SPID: aperto l'elenco dei gestori di identità.", quiet=True),
    _k("spid.started", "Entra con SPID: gestore di identità scelto.", "provider service"),
    _k("spid.error", "SPID: errore mostrato dal gestore (con il suo codice ufficiale).", "code provider message"),
    _k("spid.login_failed", "SPID: nome utente o password errati.", "provider reason", "failures"),
    _k("spid.locked", "SPID: credenziali bloccate per troppi tentativi.", "provider"),
    _k("spid.credentials_ok", "SPID: nome utente e password giusti.", "provider level"),
    _k("spid.otp_sent", "SPID: codice OTP inviato per SMS.", "provider count"),
    _k("spid.otp_expired", "SPID: codice OTP scaduto.", "provider"),
    _k("spid.otp_ok", "SPID: codice OTP giusto.", "provider"),
    _k("spid.otp_failed", "SPID: codice OTP errato.", "provider tries"),
    _k("spid.app_request_sent", "SPID: richiesta di accesso inviata all'app sul telefono.", "provider message"),
    _k("spid.app_approved", "SPID: nell'app sul telefono l'accesso è stato approvato.", "provider"),
    _k("spid.app_refused", "SPID: nell'app sul telefono l'accesso è stato rifiutato.", "provider"),
    _k("spid.app_ok", "SPID: il sito del gestore ha ricevuto l'approvazione dall'app.", "provider"),
    _k("spid.consent_given", "SPID: consenso all'invio dei dati a INPS dato.", "provider"),
    _k("spid.consent_refused", "SPID: consenso all'invio dei dati a INPS negato.", "provider"),
    _k("spid.login_succeeded", "SPID: accesso riuscito.", "provider level"),
    _k("spid.recovery_started", "SPID: recupero della password iniziato.", "provider"),
    _k("spid.recovery_failed", "SPID: recupero della password non riuscito (dati sconosciuti).", "provider"),
    _k("spid.password_reset", "SPID: nuova password scelta.", "provider"),
    # --- CNS ---------------------------------------------------------------------------------
    _k("cns.reader_connected", "CNS: lettore di smart card collegato."),
    _k("cns.reader_disconnected", "CNS: lettore di smart card scollegato."),
    _k("cns.card_inserted", "CNS: tessera inserita nel lettore.", "card"),
    _k("cns.card_removed", "CNS: tessera tolta dal lettore.", "card"),
    _k("cns.token_inserted", "CNS: token USB di firma digitale inserito nel computer (senza lettore).", "card"),
    _k("cns.token_removed", "CNS: token USB tolto dal computer.", "card"),
    _k("cns.started", "Entra con CNS iniziato (dalla tessera nel lettore o dal token USB).", "card device"),
    _k("cns.wrong_certificate", "CNS: scelto il certificato sbagliato.", "certificate"),
    _k("cns.certificate_chosen", "CNS: certificato scelto.", "certificate"),
    _k("cns.pin_failed", "CNS: PIN della carta errato.", "card failures"),
    _k("cns.card_blocked", "CNS: carta bloccata per troppi PIN errati.", "card"),
    _k("cns.login_succeeded", "CNS: accesso riuscito.", "card device"),
    _k("cns.puk_failed", "CNS: PUK errato.", "card failures"),
    _k("cns.unblocked", "CNS: carta sbloccata con il PUK e nuovo PIN scelto.", "card was_blocked"),
    # --- domande ---------------------------------------------------------------------------
    _k("domanda.form_opened", "Modulo di una domanda aperto.", "kind", quiet=True),
    _k("domanda.step_passed", "Domanda: un passo del modulo compilato senza errori (1 = il primo).",
       "kind step", quiet=True),
    _k("domanda.step_refused", "Domanda: dati da correggere in un passo del modulo, con i campi.",
       "kind step fields", quiet=True),
    _k("domanda.refused", "Domanda non permessa con questo accesso (serve PIN dispositivo, SPID o CNS).",
       "kind method"),
    _k("domanda.submitted", "Domanda inviata: protocollo assegnato, ricevuta disponibile.",
       "kind protocol application method"),
    _k("domanda.state", "Domanda: lo stato di avanzamento è cambiato col passare del tempo.", "protocol state"),
    _k("domanda.decided", "Domanda definita: accolta o respinta, esito in arrivo per posta.",
       "protocol outcome kind"),
    _k("domanda.document_opened", "Ricevuta o esito di una domanda aperto.", "document kind", quiet=True),
    # --- pensions --------------------------------------------------------------------------
    _k("pension.simulated", "La mia pensione futura: simulazione calcolata.",
       "salary_growth gdp_growth stop_date vecchiaia anticipata"),
    _k("pension.informativa_accepted", "La mia pensione futura: informativa letta e accettata."),
    _k("pension.rates_paid", "Rate di pensione pagate col passare del tempo (il 1° di ogni mese).",
       "rates until"),
)

CATALOGUE: dict[str, EventKind] = {kind.name: kind for kind in _KINDS}
if len(CATALOGUE) != len(_KINDS):  # pragma: no cover - caught by the tests at once
    raise RuntimeError("an event kind is declared twice")


def declared(name: str) -> EventKind:
    """The declaration of `name`; ValueError if the kind is not in the catalogue."""
    try:
        return CATALOGUE[name]
    except KeyError:
        raise ValueError(f"undeclared event kind {name!r}: declare it in app/services/events.py") from None


def is_quiet(name: str) -> bool:
    """True when the UI needs no refresh after an event of this kind (unknown kinds: False)."""
    kind = CATALOGUE.get(name)
    return kind is not None and kind.quiet


def check(name: str, fields: Iterable[str]) -> EventKind:
    """Raise ValueError unless `name` is declared and `fields` are exactly allowed by it
    (every required field present, no undeclared one)."""
    kind = declared(name)
    given = set(fields)
    unknown = given - kind.fields
    if unknown:
        raise ValueError(f"event {name!r}: undeclared payload field(s) {sorted(unknown)}; "
                         f"declared: {sorted(kind.fields)}")
    missing = set(kind.required) - given
    if missing:
        raise ValueError(f"event {name!r}: missing required payload field(s) {sorted(missing)}")
    return kind


class EventLog:
    def __init__(self, clock) -> None:
        self._clock = clock
        self.listeners: list[Callable[[Event], None]] = []

    def record(self, kind: str, citizen=None, /, **detail) -> Event:
        from app.models import Event

        check(kind, detail)
        event = Event.create(
            at=self._clock.now(),
            kind=kind,
            citizen=citizen,
            detail_json=json.dumps(detail, default=str, ensure_ascii=False),
        )
        for listener in list(self.listeners):
            listener(event)
        return event

    def recent(self, limit: int = 50, kind_prefix: str = "", citizen=None) -> list[Event]:
        from app.models import Event

        query = Event.select().order_by(Event.id.desc()).limit(limit)
        if kind_prefix:
            query = query.where(Event.kind.startswith(kind_prefix))
        if citizen is not None:
            query = query.where(Event.citizen == citizen)
        return list(query)

    def since(self, event_id: int | None, kinds: Iterable[str] | None = None) -> list[Event]:
        """The events recorded after `event_id` (0 or None: all), oldest first; only those
        of `kinds` if given (each must be declared: ValueError otherwise)."""
        from app.models import Event

        query = Event.select().where(Event.id > (event_id or 0)).order_by(Event.id)
        if kinds is not None:
            names = sorted({declared(name).name for name in ([kinds] if isinstance(kinds, str) else kinds)})
            query = query.where(Event.kind.in_(names))
        return list(query)

    def last_id(self) -> int:
        """The id of the newest event (0 for an empty log): a cheap MAX(id)."""
        from peewee import fn

        from app.models import Event

        return Event.select(fn.MAX(Event.id)).scalar() or 0


def detail(event: Event) -> dict:
    try:
        return json.loads(event.detail_json or "{}")
    except ValueError:
        return {}
