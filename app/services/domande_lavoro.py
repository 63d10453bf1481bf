"""Domande of the Lavoro group: the NASpI (seed 003 names its predecessors, «Aspi e
mini-Aspi») and the employer's registration of a domestic worker (seed 003: «gestione
rapporti di lavoro domestico»). Figures of 2018 from data/domande_2018.json.

NASpI (D.Lgs. 22/2015, the 2018 rules): involuntary loss of a job as a dipendente,
13 weeks of contributions in the 4 years before, 30 days of work in the 12 months
before (estimated from the estratto conto's weeks: a reconstruction), the domanda
within 68 days; 75 % of the average monthly pay up to the 2018 threshold plus 25 % of
the rest, capped; half the weeks of the 4 years, at most 104; 3 % less every month from
the fourth. An accolta NASpI is listed in the Fascicolo under Prestazioni > Prestazioni
a sostegno del reddito.

Lavoro domestico: the comunicazione di assunzione of a colf, badante or baby sitter,
at least the day before the work starts; the 2018 minimum pay of the CCNL and the 2018
hourly contributions; accolta, the rapporto (with its code, a reconstruction) is listed
in the Fascicolo under Domande presentate > Lavoro domestico, with the contributions
of a quarter and the first deadline.
"""
from __future__ import annotations

import datetime as dt

from app.i18n import _t
from app.money import euro
from app.models import Application, Citizen

from . import figures as fig
from . import pension
from .domande import (
    DAY,
    HOUR,
    SUMMARY_STEP,
    DomandaType,
    Field,
    Step,
    birth_cf_mismatch,
    covered,
    is_pensioner,
    last_contribution,
    number_text,
    own_cf_error,
    parse_date,
    payment_errors,
    payment_fields,
    payment_text,
    person_fields,
    review,
    today_of,
)

DIPENDENTE = ("Lavoro dipendente",)

# --- NASpI ------------------------------------------------------------------------------

MOTIVI = (
    ("licenziamento", _t("Licenziamento")),
    ("scadenza", _t("Fine del contratto a tempo determinato")),
    ("giusta_causa", _t("Dimissioni per giusta causa")),
    ("conciliazione", _t("Risoluzione consensuale in sede di conciliazione")),
    ("dimissioni", _t("Dimissioni volontarie")),
)
INVOLONTARI = ("licenziamento", "scadenza", "giusta_causa", "conciliazione")


def _naspi_steps(citizen: Citizen) -> tuple[Step, ...]:
    days = fig.value("naspi.giorni_per_la_domanda")
    return (
        Step(
            _t("Il lavoro che è finito"),
            (
                Field("datore", _t("Datore di lavoro"), max_length=80),
                Field("data_cessazione", _t("Ultimo giorno di lavoro (data di cessazione)"), "date", max_length=10),
                Field("motivo", _t("Perché è finito il rapporto di lavoro"), "choice", choices=MOTIVI),
            ),
            help=(_t("La NASpI è l'indennità mensile di disoccupazione per chi ha perso il lavoro dipendente senza "
                  "volerlo: licenziamento, fine del contratto a termine, dimissioni per giusta causa. Dal 2015 "
                  "ha preso il posto di ASpI e mini-ASpI. Scriva il nome del datore di lavoro, l'ultimo giorno "
                  "di lavoro (gg/mm/aaaa) e il motivo. La domanda va presentata entro {days} giorni.", days=days)),
            intro=(_t("Requisiti: aver perso il lavoro involontariamente, almeno {value} "
                   "settimane di contributi negli ultimi 4 anni e 30 giornate di lavoro negli ultimi 12 mesi.", value=fig.value('naspi.settimane_minime'))),
        ),
        Step(
            _t("Pagamento"),
            payment_fields(),
            help=_t("La NASpI si paga ogni mese. Scelga dove riceverla. Per l'accredito sul conto scriva l'IBAN (27 caratteri che iniziano con IT): lo trova sull'estratto conto o nell'home banking. Il conto deve essere intestato o cointestato a lei."),
        ),
        Step(
            _t("Dichiarazioni"),
            (
                Field("did", _t("Dichiaro di essere immediatamente disponibile a lavorare e a partecipare alle "
                             "attività proposte dal centro per l'impiego (la domanda di NASpI vale come "
                             "dichiarazione di immediata disponibilità)"), "check"),
                Field("non_pensionato", _t("Dichiaro di non essere titolare di pensione diretta"), "check"),
            ),
            help=(_t("Con la domanda di NASpI si dichiara di essere disponibili a lavorare: il centro per l'impiego "
                  "la convocherà per il patto di servizio. La NASpI non spetta a chi ha già una pensione diretta.")),
        ),
        SUMMARY_STEP,
    )


def _naspi_initial(citizen: Citizen) -> dict:
    last = last_contribution(citizen)
    datore = last.datore if last is not None and last.tipo in DIPENDENTE else ""
    return {"datore": datore, "pagamento": "conto"}


def _naspi_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = today_of(world)
    if index == 0 and values.get("data_cessazione"):
        day = parse_date(values["data_cessazione"])
        limit = fig.value("naspi.giorni_per_la_domanda")
        if day and day > today:
            errors["data_cessazione"] = (_t("La domanda si presenta dopo la fine del lavoro: la data di cessazione "
                                         "non può essere nel futuro."))
        elif day and (today - day).days > limit:
            errors["data_cessazione"] = (_t("La domanda va presentata entro {limit} giorni dalla cessazione: per "
                                         "un lavoro finito il {day:%d/%m/%Y} il termine è scaduto il "
                                         "{valore:%d/%m/%Y}.", limit=limit, day=day, valore=day + dt.timedelta(days=limit)))
        elif day and day < citizen.data_nascita + dt.timedelta(days=365 * 15):
            errors["data_cessazione"] = _t("Controlli la data di cessazione: è precedente all'inizio della vita lavorativa.")
    if index == 1:
        errors.update(payment_errors(values))
    return errors


def naspi_amount(citizen: Citizen, cessazione: dt.date) -> dict:
    """The 2018 computation: weeks and pay of the 4 years, average monthly pay, the first
    monthly amount, the weeks paid."""
    start = cessazione - dt.timedelta(days=4 * 365)
    weeks, pay = covered(citizen, start, cessazione, tipi=DIPENDENTE)
    recent, _ = covered(citizen, cessazione - dt.timedelta(days=365), cessazione, tipi=DIPENDENTE)
    soglia = fig.value("naspi.retribuzione_riferimento_cents")
    media = round(pay / weeks * fig.value("naspi.moltiplicatore_settimane")) if weeks else 0
    amount = round(min(media, soglia) * fig.value("naspi.percentuale_base")
                   + max(0, media - soglia) * fig.value("naspi.percentuale_eccedenza"))
    amount = min(amount, fig.value("naspi.importo_massimo_cents"))
    paid_weeks = min(int(weeks // 2), fig.value("naspi.durata_massima_settimane"))
    return {"weeks": weeks, "recent": recent, "media": media, "amount": amount, "paid_weeks": paid_weeks}


def _naspi_decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    if is_pensioner(citizen):
        return "respinta", (_t("Dagli archivi dell'Istituto risulta titolare di una pensione diretta: la NASpI non "
                            "spetta a chi è già in pensione."))
    if fields.get("motivo") not in INVOLONTARI:
        return "respinta", (_t("La NASpI spetta solo a chi ha perso il lavoro involontariamente. Le dimissioni "
                            "volontarie non danno diritto all'indennità, salvo le dimissioni per giusta causa "
                            "(per esempio stipendi non pagati) o durante il periodo tutelato di maternità."))
    cessazione = parse_date(fields.get("data_cessazione"))
    last = last_contribution(citizen)
    horizon = min(cessazione, pension.CREDITED_THROUGH) - dt.timedelta(days=31)
    if last is None or last.tipo not in DIPENDENTE or last.al < horizon:
        until = _t(" (l'ultimo periodo registrato finisce il {al:%d/%m/%Y})", al=last.al) if last is not None else ""
        return "respinta", (_t("Dagli archivi non risulta un rapporto di lavoro dipendente fino alla data di "
                            "cessazione indicata{until}: la NASpI spetta ai lavoratori dipendenti.", until=until))
    calc = naspi_amount(citizen, cessazione)
    minimum = fig.value("naspi.settimane_minime")
    if calc["weeks"] < minimum:
        return "respinta", (_t("Negli ultimi 4 anni risultano {number_text} settimane di contributi "
                            "da lavoro dipendente: ne servono almeno {minimum}.", number_text=number_text(calc['weeks']), minimum=minimum))
    if calc["recent"] < fig.value("naspi.settimane_per_30_giornate"):
        return "respinta", (_t("Negli ultimi 12 mesi non risultano le 30 giornate di lavoro effettivo richieste "
                            "(stimate in 5 settimane di contributi) (ricostruzione)."))
    submitted = app.submitted_at.date()
    eighth = cessazione + dt.timedelta(days=fig.value("naspi.giorni_decorrenza"))
    start = eighth if submitted <= eighth else submitted + DAY
    end = start + dt.timedelta(weeks=calc["paid_weeks"]) - DAY
    reduction_from = pension.add_months_date(start, fig.value("naspi.mese_inizio_riduzione") - 1)
    reduced = round(calc["amount"] * (1 - fig.value("naspi.riduzione_mensile")))
    esito = [
        (_t("Prestazione"), _t("NASpI - Nuova prestazione di Assicurazione Sociale per l'Impiego")),
        (_t("Retribuzione media mensile degli ultimi 4 anni"), euro(calc["media"])),
        (_t("Importo mensile lordo iniziale"), euro(calc["amount"])),
        (_t("Dal quarto mese"), _t("dal {reduction_from:%d/%m/%Y} l'importo si riduce del 3% ogni mese "
                            "(il primo mese ridotto: {euro})", reduction_from=reduction_from, euro=euro(reduced))),
        (_t("Durata"), _t("{paid_weeks} settimane, dal {start:%d/%m/%Y} al {end:%d/%m/%Y}", paid_weeks=calc['paid_weeks'], start=start, end=end)),
        (_t("Pagamento"), payment_text(fields)),
    ]
    return "accolta", (
        _t("La NASpI è accolta dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({paid_weeks} settimane, la metà "
        "delle {number_text} settimane di contributi degli ultimi 4 anni). L'importo mensile lordo "
        "iniziale è {euro}: il 75% della retribuzione media mensile fino a "
        "{euro2} più il 25% della parte che la supera, al massimo "
        "{euro3}. Dal quarto mese l'importo si riduce del 3% ogni mese. "
        "Il centro per l'impiego la convocherà per il patto di servizio.", start=start, end=end, paid_weeks=calc['paid_weeks'], number_text=number_text(calc['weeks']), euro=euro(calc['amount']), euro2=euro(fig.value('naspi.retribuzione_riferimento_cents')), euro3=euro(fig.value('naspi.importo_massimo_cents')))), esito


NASPI = DomandaType(
    "naspi", _t("NASpI - Indennità di disoccupazione"),
    _t("Chiedere l'indennità mensile di disoccupazione dopo aver perso il lavoro dipendente (dal 2015 al posto di "
    "ASpI e mini-ASpI), entro 68 giorni dalla fine del lavoro."),
    _t("Lavoro"),
    review(_t("in istruttoria"), 2 * DAY, _t("Verifica dei requisiti e della posizione contributiva"), 10 * DAY),
    _naspi_steps, _naspi_initial, _naspi_checks, _naspi_decide,
)


# --- Lavoro domestico: comunicazione di assunzione ---------------------------------------

MANSIONI = (
    ("colf", _t("Collaboratore familiare (colf)")),
    ("badante", _t("Assistente a persona non autosufficiente (badante)")),
    ("babysitter", _t("Baby sitter")),
)
LIVELLI = (
    ("A", _t("A - collaboratore generico")),
    ("AS", _t("A super - addetto alla compagnia")),
    ("B", _t("B - collaboratore familiare esperto")),
    ("BS", _t("B super - assistente a persone autosufficienti")),
    ("C", _t("C - collaboratore con conoscenze specifiche")),
    ("CS", _t("C super - assistente a persone non autosufficienti")),
    ("D", _t("D - collaboratore con responsabilità")),
    ("DS", _t("D super - assistente a persone non autosufficienti, formato")),
)
SI_NO = (("no", _t("No")), ("si", _t("Sì")))
CONTRATTI = (("indeterminato", _t("A tempo indeterminato")), ("determinato", _t("A tempo determinato")))
MAX_HOURS = {"si": 54, "no": 40}  # CCNL lavoro domestico: conviventi 54 ore, non conviventi 40 ore a settimana


def _domestico_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Il lavoratore"),
            (
                *person_fields("lav", _t("del lavoratore")),
                Field("lav_cittadinanza", _t("Cittadinanza"), "name", max_length=40),
            ),
            help=(_t("Scriva i dati della persona che assume (colf, badante o baby sitter) come sono sul suo "
                  "documento e sulla tessera sanitaria. La data di nascita deve corrispondere a quella contenuta "
                  "nel codice fiscale. Un lavoratore straniero deve avere il permesso di soggiorno.")),
            intro=_t("Lei è il datore di lavoro: questa comunicazione registra il rapporto di lavoro presso l'INPS."),
        ),
        Step(
            _t("Il rapporto di lavoro"),
            (
                Field("mansione", _t("Mansione"), "choice", choices=MANSIONI),
                Field("livello", _t("Livello del contratto collettivo (CCNL)"), "choice", choices=LIVELLI),
                Field("convivente", _t("Il lavoratore vive con la famiglia (convivente)?"), "choice", choices=SI_NO),
                Field("data_inizio", _t("Primo giorno di lavoro"), "date", max_length=10),
                Field("contratto", _t("Tipo di contratto"), "choice", choices=CONTRATTI),
                Field("data_fine", _t("Ultimo giorno previsto"), "date", required=False, max_length=10,
                      shown_if=("contratto", ("determinato",)),
                      help=_t("Obbligatorio per il contratto a tempo determinato.")),
                Field("ore", _t("Ore di lavoro alla settimana"), "number", minimum=1, maximum=54, max_length=3),
                Field("paga_oraria", _t("Paga oraria lorda (euro)"), "money", required=False, max_length=12,
                      shown_if=("convivente", ("no",)), minimum=1, maximum=10000,
                      help=_t("Per esempio 7,50. Non può essere inferiore al minimo del contratto per il livello.")),
                Field("paga_mensile", _t("Paga mensile lorda (euro)"), "money", required=False, max_length=12,
                      shown_if=("convivente", ("si",)), minimum=100, maximum=1000000,
                      help=_t("Per esempio 900,00. Non può essere inferiore al minimo del contratto per il livello.")),
            ),
            help=(_t("La comunicazione va fatta almeno il giorno prima dell'inizio del lavoro. Il livello dipende "
                  "dalle mansioni: per esempio la colf esperta è di livello B, la badante di una persona non "
                  "autosufficiente di livello CS. La paga non può essere inferiore ai minimi del contratto "
                  "collettivo del lavoro domestico 2018; per chi vive con la famiglia la paga è mensile, per gli "
                  "altri oraria.")),
        ),
        SUMMARY_STEP,
    )


def _domestico_initial(citizen: Citizen) -> dict:
    return {"mansione": "colf", "livello": "B", "convivente": "no", "contratto": "indeterminato",
            "lav_cittadinanza": "Italiana"}


# Who lives with the family is paid by the month, the others by the hour: the field and the
# 2018 minimum of the contract (figures) for each.
PAY_RULES = {
    "no": ("paga_oraria", "domestico.minimi_orari_non_conviventi_cents"),
    "si": ("paga_mensile", "domestico.minimi_mensili_conviventi_cents"),
}


def _pay_error(conv: str, livello: str, pay, minimo) -> str:
    """The pay is missing or under the contract's minimum for the level."""
    if pay in ("", None):
        if conv == "si":
            return _t("Scriva la paga mensile lorda, per esempio 900,00.")
        return _t("Scriva la paga oraria lorda, per esempio 7,50.")
    if isinstance(pay, int) and minimo and pay < minimo:
        if conv == "si":
            return (_t("La paga mensile minima del 2018 per il livello {livello} (conviventi) è {euro}: "
                    "la paga non può essere più bassa.", livello=livello, euro=euro(minimo)))
        return (_t("La paga oraria minima del 2018 per il livello {livello} (non conviventi) è {euro}: "
                "la paga non può essere più bassa.", livello=livello, euro=euro(minimo)))
    return ""


def _domestico_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = today_of(world)
    if index == 0:
        born = parse_date(values.get("lav_nascita"))
        if born and (today.year - born.year) - ((today.month, today.day) < (born.month, born.day)) < 16:
            errors["lav_nascita"] = _t("Il lavoratore deve avere almeno 16 anni: controlli la data di nascita.")
        cf = values.get("lav_cf")
        own = own_cf_error(citizen, cf, _t("del lavoratore"))
        if own:
            errors["lav_cf"] = own
        elif "lav_nascita" not in errors:
            mismatch = birth_cf_mismatch(born, cf, _t("del lavoratore"))
            if mismatch:
                errors["lav_nascita"] = mismatch
    if index == 1:
        start = parse_date(values.get("data_inizio"))
        first = today + DAY * fig.value("domestico.giorni_anticipo_comunicazione")
        if start and start < first:
            errors["data_inizio"] = (_t("La comunicazione va fatta almeno il giorno prima dell'inizio del lavoro: "
                                     "scelga una data dal {first:%d/%m/%Y}.", first=first))
        elif start and start > today + dt.timedelta(days=365):
            errors["data_inizio"] = _t("La comunicazione si fa poco prima dell'inizio: al massimo un anno prima.")
        if values.get("contratto") == "determinato":
            end = parse_date(values.get("data_fine"))
            if not values.get("data_fine"):
                errors["data_fine"] = _t("Per il contratto a tempo determinato scriva l'ultimo giorno previsto.")
            elif end and start and end < start:
                errors["data_fine"] = _t("L'ultimo giorno deve essere uguale o successivo al primo giorno di lavoro.")
        conv = values.get("convivente")
        hours = values.get("ore")
        if isinstance(hours, int) and conv in MAX_HOURS and hours > MAX_HOURS[conv]:
            who = _t("un lavoratore convivente") if conv == "si" else _t("un lavoratore non convivente")
            errors["ore"] = _t("Il contratto collettivo prevede al massimo {max_hours} ore alla settimana per {who}.", max_hours=MAX_HOURS[conv], who=who)
        livello = values.get("livello")
        if livello and conv in PAY_RULES:
            name, figure = PAY_RULES[conv]
            problem = _pay_error(conv, livello, values.get(name), fig.value(figure).get(livello))
            if problem:
                errors[name] = problem
    return errors


def _hourly_effective(fields: dict) -> int:
    """The hourly pay the contribution band is chosen on, with the tredicesima's share
    (cents); a convivente's monthly pay over the month's hours."""
    hours = int(fields.get("ore") or 0)
    if fields.get("convivente") == "si":
        monthly = int(fields.get("paga_mensile") or 0)
        per_hour = monthly * 12 / (hours * 52) if hours else 0
    else:
        per_hour = int(fields.get("paga_oraria") or 0)
    return round(per_hour * 13 / 12)


def contributo_orario(fields: dict) -> dict:
    """The 2018 hourly contribution (cents) for the rapporto: total and the worker's share."""
    hours = int(fields.get("ore") or 0)
    determinato = fields.get("contratto") == "determinato"
    if hours > 24:
        key = "domestico.contributo_orario_determinato_oltre_24_ore" if determinato else "domestico.contributo_orario_oltre_24_ore"
        band = fig.value(key)
        return {"totale": band["contributo_cents"], "lavoratore": band["lavoratore_cents"], "fascia": "oltre 24 ore"}
    effective = _hourly_effective(fields)
    bands = fig.value("domestico.contributo_orario_determinato" if determinato else "domestico.contributo_orario")
    for band in bands:
        if band["fino_a_cents"] is None or effective <= band["fino_a_cents"]:
            limit = _t("fino a {euro}", euro=euro(band['fino_a_cents'])) if band["fino_a_cents"] else _t("oltre 9,70 €")
            return {"totale": band["contributo_cents"], "lavoratore": band["lavoratore_cents"],
                    "fascia": f"paga oraria effettiva {limit}"}
    raise AssertionError("the last band has no upper limit")


def quarter_deadline(day: dt.date) -> tuple[str, dt.date]:
    """The quarter of `day` and the deadline of its contributions (the 10th after it)."""
    quarter = (day.month - 1) // 3
    names = ("gennaio-marzo", "aprile-giugno", "luglio-settembre", "ottobre-dicembre")
    day_month = fig.value("domestico.scadenze_trimestrali")[quarter]
    d, m = (int(x) for x in day_month.split("/"))
    year = day.year + 1 if quarter == 3 else day.year
    return f"{names[quarter]} {day.year}", dt.date(year, m, d)


def _domestico_preview(world, citizen: Citizen, fields: dict) -> list[tuple[str, str]]:
    if not fields.get("ore") or fields.get("convivente") not in MAX_HOURS:
        return []
    c = contributo_orario(fields)
    hours = int(fields["ore"])
    quarter_cents = c["totale"] * hours * 13
    start = parse_date(fields.get("data_inizio"))
    rows = [
        (_t("Contributo orario INPS 2018"), _t("{euro} ({fascia}), di cui {euro2} "
                                        "a carico del lavoratore", euro=euro(c['totale']), fascia=c['fascia'], euro2=euro(c['lavoratore']))),
        (_t("Contributi di un trimestre intero (13 settimane)"), _t("circa {euro}", euro=euro(quarter_cents))),
    ]
    if start:
        name, deadline = quarter_deadline(start)
        rows.append((_t("Primo versamento"), _t("entro il {deadline:%d/%m/%Y} (trimestre {name})", deadline=deadline, name=name)))
    return rows


def _domestico_decide(world, app: Application, fields: dict) -> tuple:
    code = _t("DOM-{submitted_at:%Y}-{id:06d}", submitted_at=app.submitted_at, id=app.id)
    c = contributo_orario(fields)
    start = parse_date(fields.get("data_inizio"))
    name, deadline = quarter_deadline(start)
    hours = int(fields.get("ore") or 0)
    worker = f"{fields.get('lav_cognome', '')} {fields.get('lav_nome', '')}".strip()
    mansione = dict(MANSIONI).get(fields.get("mansione"), "")
    pay = (_t("{euro} al mese", euro=euro(int(fields['paga_mensile']))) if fields.get("convivente") == "si"
           else _t("{euro} all'ora", euro=euro(int(fields.get('paga_oraria') or 0))))
    esito = [
        (_t("Codice del rapporto di lavoro"), fig.noted(code, "domestico.codice_rapporto")),
        (_t("Lavoratore"), f"{worker} - {fields.get('lav_cf', '')}"),
        (_t("Mansione e livello"), _t("{mansione}, livello {fields}", mansione=mansione, fields=fields.get('livello', ''))),
        (_t("Inizio del rapporto"), f"{start:%d/%m/%Y}"
         + (f", fino al {parse_date(fields['data_fine']):%d/%m/%Y}" if fields.get("data_fine") else
            ", a tempo indeterminato")),
        (_t("Orario e paga"), _t("{hours} ore alla settimana, {pay}", hours=hours, pay=pay)),
        (_t("Contributo orario INPS 2018"), _t("{euro}, di cui {euro2} a carico del lavoratore", euro=euro(c['totale']), euro2=euro(c['lavoratore']))),
        (_t("Contributi di un trimestre intero"), _t("circa {euro}", euro=euro(c['totale'] * hours * 13))),
        (_t("Primo versamento"), _t("entro il {deadline:%d/%m/%Y} (trimestre {name})", deadline=deadline, name=name)),
    ]
    return "accolta", (
        _t("Il rapporto di lavoro domestico con {worker} è registrato dal {start:%d/%m/%Y} con il codice {code}. "
        "I contributi si versano ogni trimestre, entro il 10 del mese che segue il trimestre (10 aprile, "
        "10 luglio, 10 ottobre, 10 gennaio): il primo entro il {deadline:%d/%m/%Y}. Variazioni e cessazione "
        "del rapporto si comunicano con lo stesso servizio.", worker=worker, start=start, code=code, deadline=deadline)), esito


LAVORO_DOMESTICO = DomandaType(
    "lavoro_domestico", _t("Lavoro domestico - comunicazione di assunzione"),
    _t("Il datore di lavoro comunica all'INPS l'assunzione di una colf, di una badante o di una baby sitter, "
    "almeno il giorno prima dell'inizio del lavoro."),
    _t("Lavoro"),
    review(_t("in lavorazione"), HOUR, _t("Comunicazione ricevuta"), DAY, _t("Rapporto di lavoro registrato")),
    _domestico_steps, _domestico_initial, _domestico_checks, _domestico_decide,
    preview=_domestico_preview, preview_title=_t("Contributi da versare (stima)"),
)

TYPES = (NASPI, LAVORO_DOMESTICO)
