"""Domande of the Famiglia group besides the congedo parentale: the indennità di
maternità (seed 004: «maternità e congedo parentale») and the bonus bebè (seed 004).
Figures of 2018 from data/domande_2018.json.

Maternità (D.Lgs. 151/2001): the congedo obbligatorio of 2 months before the presumed
date of birth and 3 after (or 1 and 4 with the flessibilità); 80 % of the pay, paid in
the payslip by the employer for a dipendente, by INPS for a worker of the Gestione
Separata (with contributions in the 12 months before). Accolta, it is listed in the
Fascicolo under Prestazioni > Prestazioni a sostegno del reddito.

Bonus bebè 2018 (Legge di bilancio 2018): for a child born or adopted in 2018, 80 euro a
month for the first year with an ISEE up to 25.000 euro, 160 with an ISEE under 7.000;
the parent lives in Italy with the child. Accolto, it is listed there too.
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
    SUMMARY_STEP,
    DomandaType,
    Field,
    Step,
    child_errors,
    covered,
    last_contribution,
    parse_date,
    payment_errors,
    payment_fields,
    payment_text,
    person_fields,
    review,
    today_of,
)

MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre")

# --- Indennità di maternità -------------------------------------------------------------

CATEGORIE = (("dipendente", _t("Lavoratrice dipendente")), ("gs", _t("Iscritta alla Gestione Separata")))
EVENTI = (("gravidanza", _t("Il bambino deve ancora nascere")), ("nato", _t("Il bambino è già nato")))
FLESSIBILITA = (("no", _t("2 mesi prima e 3 mesi dopo il parto")),
                ("si", _t("1 mese prima e 4 mesi dopo il parto (flessibilità)")))


def _maternita_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Gravidanza e parto"),
            (
                Field("data_presunta_parto", _t("Data presunta del parto"), "date", max_length=10,
                      help=_t("È scritta sul certificato medico di gravidanza.")),
                Field("certificato_data", _t("Data del certificato medico di gravidanza"), "date", max_length=10),
                Field("evento", _t("Il bambino è già nato?"), "choice", choices=EVENTI),
                Field("data_parto", _t("Data del parto"), "date", required=False, max_length=10,
                      shown_if=("evento", ("nato",)), help=_t("Obbligatoria se il bambino è già nato.")),
                Field("flessibilita", _t("Periodo di congedo"), "choice", choices=FLESSIBILITA),
            ),
            help=(_t("Il congedo di maternità dura 5 mesi: di regola 2 mesi prima della data presunta del parto e 3 "
                  "mesi dopo. Con il parere del ginecologo e del medico del lavoro si può lavorare fino a 1 mese "
                  "prima e restare a casa 4 mesi dopo (flessibilità). La domanda si presenta prima dell'inizio "
                  "del congedo; se il bambino è già nato, indichi la data del parto.")),
        ),
        Step(
            _t("Lavoro e pagamento"),
            (
                Field("categoria", _t("Lei è"), "choice", choices=CATEGORIE),
                Field("datore", _t("Datore di lavoro"), required=False, max_length=80,
                      shown_if=("categoria", ("dipendente",)), help=_t("Obbligatorio per le lavoratrici dipendenti.")),
                *payment_fields(shown_if=("categoria", ("gs",))),
            ),
            help=(_t("Per una lavoratrice dipendente l'indennità è anticipata dal datore di lavoro in busta paga. Per "
                  "un'iscritta alla Gestione Separata la paga l'INPS: scelga dove riceverla e, per il conto, "
                  "scriva l'IBAN (27 caratteri che iniziano con IT).")),
        ),
        SUMMARY_STEP,
    )


def _maternita_initial(citizen: Citizen) -> dict:
    last = last_contribution(citizen)
    gs = last is not None and last.gestione == "GS"
    return {"evento": "gravidanza", "flessibilita": "no", "categoria": "gs" if gs else "dipendente",
            "datore": last.datore if last is not None and last.tipo == "Lavoro dipendente" else "",
            "pagamento": "conto"}


def maternity_period(fields: dict) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the congedo: from the presumed date, the days after counted
    from the actual birth when the child is born."""
    dpp = parse_date(fields.get("data_presunta_parto"))
    if dpp is None:
        return None
    before = fig.value("maternita.flessibilita_mesi_prima") if fields.get("flessibilita") == "si" \
        else fig.value("maternita.mesi_prima")
    after = 5 - before
    born = parse_date(fields.get("data_parto")) if fields.get("evento") == "nato" else None
    start = pension.add_months_date(dpp, -before)
    end = pension.add_months_date(born or dpp, after) - DAY
    if born and born < dpp:  # a premature birth: the days not taken before are added after (D.Lgs. 151/2001 art. 16)
        end += dpp - born
    return start, end


def _maternita_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = today_of(world)
    if index == 0:
        if citizen.sesso != "F":
            errors["data_presunta_parto"] = (_t("L'indennità di maternità spetta alla madre lavoratrice. Il padre "
                                             "può chiederla solo in casi particolari, che questa domanda non "
                                             "prevede: per il padre c'è il congedo parentale."))
            return errors
        dpp = parse_date(values.get("data_presunta_parto"))
        cert = parse_date(values.get("certificato_data"))
        if cert and cert > today:
            errors["certificato_data"] = _t("La data del certificato medico non può essere nel futuro.")
        elif cert and dpp and cert > dpp:
            errors["certificato_data"] = _t("Il certificato di gravidanza è rilasciato prima della data presunta del parto.")
        if dpp and dpp > today + dt.timedelta(days=280):
            errors["data_presunta_parto"] = _t("Controlli la data presunta del parto: è troppo lontana.")
        if values.get("evento") == "nato":
            born = parse_date(values.get("data_parto"))
            if not values.get("data_parto"):
                errors["data_parto"] = _t("Il bambino è già nato: scriva la data del parto.")
            elif born and born > today:
                errors["data_parto"] = _t("La data del parto non può essere nel futuro.")
            elif born and dpp and abs((born - dpp).days) > 120:
                errors["data_parto"] = _t("Controlli le date: il parto è troppo lontano dalla data presunta.")
        elif dpp and dpp < today:
            errors["evento"] = (_t("La data presunta del parto è già passata: se il bambino è nato scelga «Il bambino "
                                "è già nato» e scriva la data del parto."))
        period = maternity_period(values) if not errors else None
        if period and today > pension.add_months_date(period[1], 12):
            errors["data_presunta_parto"] = (_t("La domanda si può presentare al massimo entro un anno dalla fine del "
                                             "congedo: per questo periodo il termine è scaduto."))
    if index == 1:
        if values.get("categoria") == "dipendente" and not values.get("datore"):
            errors["datore"] = _t("Scriva il nome del datore di lavoro.")
        if values.get("categoria") == "gs":
            errors.update(payment_errors(values))
    return errors


def _maternita_preview(world, citizen: Citizen, fields: dict) -> list[tuple[str, str]]:
    period = maternity_period(fields)
    if period is None:
        return []
    start, end = period
    return [
        (_t("Inizio del congedo"), f"{start:%d/%m/%Y}"),
        (_t("Fine del congedo"), f"{end:%d/%m/%Y}"),
        (_t("Giorni"), str((end - start).days + 1)),
        (_t("Indennità"), _t("80% della retribuzione media giornaliera{valore}", valore=" (la paga l'INPS)" if fields.get('categoria') == 'gs' else ' (la anticipa il datore di lavoro in busta paga)')),
    ]


def _maternita_decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    start, end = maternity_period(fields)
    days = (end - start).days + 1
    rate = fig.value("maternita.percentuale")
    year_before = (start - dt.timedelta(days=365), start - DAY)
    if fields.get("categoria") == "gs":
        weeks, income = covered(citizen, *year_before, gestioni=("GS",))
        months = fig.value("maternita.mensilita_gestione_separata")
        if weeks < 4 * months:
            return "respinta", (_t("Nei 12 mesi prima del congedo non risultano contributi nella Gestione Separata: "
                                "ne serve almeno {months} mensilità per l'indennità di maternità.", months=months))
        daily = round(income / 365 * rate)
        payer = _t("INPS, {payment_text}", payment_text=payment_text(fields))
    else:
        last = last_contribution(citizen)
        employed = (last is not None and last.tipo == "Lavoro dipendente"
                    and last.al >= pension.CREDITED_THROUGH - dt.timedelta(days=183))
        if not employed:
            return "respinta", (_t("Dagli archivi non risulta un rapporto di lavoro dipendente in corso: per le "
                                "lavoratrici dipendenti l'indennità di maternità spetta durante il rapporto di lavoro."))
        _weeks, income = covered(citizen, *year_before, tipi=("Lavoro dipendente",))
        daily = round(income / 365 * rate)
        payer = _t("il datore di lavoro ({fields}) in busta paga, per conto dell'INPS", fields=fields.get('datore', ''))
    total = daily * days
    esito = [
        (_t("Prestazione"), _t("Indennità di maternità (congedo obbligatorio)")),
        (_t("Periodo"), _t("dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({days} giorni)", start=start, end=end, days=days)),
        (_t("Indennità giornaliera"), _t("{euro} (80% della retribuzione media giornaliera)", euro=euro(daily))),
        (_t("Totale lordo del periodo"), _t("circa {euro}", euro=euro(total))),
        (_t("Chi paga"), payer),
    ]
    return "accolta", (
        _t("L'indennità di maternità è riconosciuta dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({days} giorni), nella "
        "misura dell'80% della retribuzione media giornaliera: {euro} al giorno. La paga {payer}. "
        "Dopo il parto comunichi la data di nascita e il codice fiscale del bambino, se non lo ha già fatto.", start=start, end=end, days=days, euro=euro(daily), payer=payer)), esito


MATERNITA = DomandaType(
    "maternita", _t("Indennità di maternità - congedo obbligatorio"),
    _t("Chiedere l'indennità per il congedo di maternità: 2 mesi prima e 3 mesi dopo il parto (oppure 1 e 4 con la "
    "flessibilità)."),
    _t("Famiglia"),
    review(_t("in istruttoria"), 2 * DAY, _t("Verifica del rapporto di lavoro e dei contributi"), 7 * DAY),
    _maternita_steps, _maternita_initial, _maternita_checks, _maternita_decide,
    preview=_maternita_preview, preview_title=_t("Il congedo di maternità"),
)


# --- Bonus bebè (assegno di natalità) --------------------------------------------------------


def _bebe_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Il bambino"),
            (
                *person_fields("figlio", _t("del bambino")),
            ),
            help=(_t("Il bonus bebè del 2018 spetta per i bambini nati o adottati dal 1° gennaio al 31 dicembre 2018, "
                  "per il primo anno di vita. Copi il codice fiscale del bambino dalla tessera sanitaria: la data "
                  "di nascita deve corrispondere a quella contenuta nel codice.")),
            intro=_t("La domanda va presentata entro 90 giorni dalla nascita per avere il bonus dal mese di nascita."),
        ),
        Step(
            _t("ISEE e pagamento"),
            (
                Field("isee", _t("Valore dell'ISEE per le prestazioni ai minorenni (euro)"), "money", max_length=14,
                      minimum=0, maximum=100_000_000,
                      help=_t("È scritto nell'attestazione ISEE; per esempio 12.500,00.")),
                Field("dsu", _t("Dichiaro di avere un ISEE in corso di validità (DSU presentata)"), "check"),
                *payment_fields(),
            ),
            help=(_t("Il bonus spetta con un ISEE fino a 25.000 euro: 80 euro al mese, 160 se l'ISEE è sotto i 7.000 "
                  "euro. L'ISEE si ottiene presentando la DSU (dichiarazione sostitutiva unica) al CAF, al comune "
                  "o online. Scelga poi dove ricevere il bonus: per il conto scriva l'IBAN.")),
        ),
        Step(
            _t("Dichiarazioni"),
            (
                Field("convivente", _t("Dichiaro che il bambino vive con me"), "check"),
                Field("residente", _t("Dichiaro di essere residente in Italia"), "check"),
            ),
            help=_t("Il bonus spetta al genitore che vive con il bambino ed è residente in Italia."),
        ),
        SUMMARY_STEP,
    )


def _bebe_initial(citizen: Citizen) -> dict:
    return {"figlio_cognome": citizen.cognome, "pagamento": "conto"}


def _bebe_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = today_of(world)
    if index == 0:
        errors.update(child_errors(citizen, values, today))
        born = parse_date(values.get("figlio_nascita"))
        year = fig.value("bebe.anno_nascita")
        if born and "figlio_nascita" not in errors and born.year != year:
            errors["figlio_nascita"] = (_t("Il bonus bebè di questa domanda è per i bambini nati o adottati nel {year}: "
                                        "per un bambino nato nel {year2} valgono altre regole.", year=year, year2=born.year))
    if index == 1:
        errors.update(payment_errors(values))
    return errors


def bebe_amount(isee_cents: int) -> int:
    """The monthly amount (cents) for an ISEE; 0 above the limit."""
    if isee_cents > fig.value("bebe.isee_massimo_cents"):
        return 0
    if isee_cents < fig.value("bebe.isee_maggiorato_cents"):
        return fig.value("bebe.importo_mensile_maggiorato_cents")
    return fig.value("bebe.importo_mensile_cents")


def bebe_months(born: dt.date, submitted: dt.date) -> tuple[dt.date, int]:
    """(first month paid, how many months): from the month of birth if the domanda came
    within 90 days, else from the month of the domanda; up to the first birthday."""
    within = (submitted - born).days <= fig.value("bebe.giorni_per_la_domanda")
    first = born.replace(day=1) if within else submitted.replace(day=1)
    total = fig.value("bebe.mesi")
    lost = (first.year - born.year) * 12 + first.month - born.month
    return first, max(0, total - lost)


def _month_label(day: dt.date) -> str:
    return f"{MESI[day.month - 1]} {day.year}"


def _bebe_preview(world, citizen: Citizen, fields: dict) -> list[tuple[str, str]]:
    isee = fields.get("isee")
    born = parse_date(fields.get("figlio_nascita"))
    if not isinstance(isee, int) or born is None:
        return []
    monthly = bebe_amount(isee)
    if not monthly:
        return [(_t("Importo"), _t("con un ISEE di {euro} il bonus non spetta: il limite è "
                            "{euro2}", euro=euro(isee), euro2=euro(fig.value('bebe.isee_massimo_cents'))))]
    first, months = bebe_months(born, today_of(world))
    return [(_t("Importo mensile"), euro(monthly)),
            (_t("Mesi"), _t("{months}, da {month_label}", months=months, month_label=_month_label(first))),
            (_t("Totale"), euro(monthly * months))]


def _bebe_decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    if citizen.residenza_estera:
        return "respinta", (_t("Dagli archivi risulta residente all'estero: il bonus bebè spetta ai genitori "
                            "residenti in Italia con il bambino."))
    isee = int(fields.get("isee") or 0)
    monthly = bebe_amount(isee)
    if not monthly:
        return "respinta", (_t("L'ISEE indicato ({euro}) supera il limite di "
                            "{euro2}: il bonus bebè non spetta.", euro=euro(isee), euro2=euro(fig.value('bebe.isee_massimo_cents'))))
    born = parse_date(fields.get("figlio_nascita"))
    first, months = bebe_months(born, app.submitted_at.date())
    if months <= 0:
        return "respinta", (_t("La domanda è arrivata dopo il primo compleanno del bambino: il bonus bebè del 2018 "
                            "spetta solo per il primo anno di vita."))
    last = pension.add_months_date(first, months - 1)
    child = f"{fields.get('figlio_nome', '')} {fields.get('figlio_cognome', '')}".strip()
    esito = [
        (_t("Prestazione"), _t("Bonus bebè - assegno di natalità 2018")),
        (_t("Bambino"), f"{child} - {fields.get('figlio_cf', '')}"),
        (_t("Importo mensile"), euro(monthly)),
        (_t("Periodo"), _t("da {month_label} a {month_label2} ({months} mesi)", month_label=_month_label(first), month_label2=_month_label(last), months=months)),
        (_t("Totale"), euro(monthly * months)),
        (_t("Pagamento"), payment_text(fields)),
    ]
    late = "" if first == born.replace(day=1) else (
        _t(" La domanda è arrivata più di 90 giorni dopo la nascita: il bonus decorre dal mese della domanda."))
    return "accolta", (
        _t("Il bonus bebè per {child} è riconosciuto: {euro} al mese da {month_label} a "
        "{month_label2} ({months} mesi), con un ISEE di {euro2}.{late}", child=child, euro=euro(monthly), month_label=_month_label(first), month_label2=_month_label(last), months=months, euro2=euro(isee), late=late)), esito


BONUS_BEBE = DomandaType(
    "bonus_bebe", _t("Bonus bebè - assegno di natalità"),
    _t("Per un figlio nato o adottato nel 2018: 80 euro al mese per il primo anno (160 con ISEE sotto i 7.000 euro), "
    "con ISEE fino a 25.000 euro."),
    _t("Famiglia"),
    review(_t("in istruttoria"), 3 * DAY, _t("Verifica dell'ISEE e dei dati del bambino"), 15 * DAY),
    _bebe_steps, _bebe_initial, _bebe_checks, _bebe_decide,
    preview=_bebe_preview, preview_title=_t("Il bonus previsto"),
)

TYPES = (MATERNITA, BONUS_BEBE)
