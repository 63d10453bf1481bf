"""Domande of the Contributi group besides the versamenti volontari: the riscatto del
corso di laurea (seed 004: «riscatto anni di laurea») with its cost simulation, and the
accredito del servizio militare (seed 003: «Accredito del Servizio di Leva»). Figures of
2018 from data/domande_2018.json.

Riscatto (ordinary, the only one in 2018: the agevolato starts in 2019): the years of
the legal duration of the course, from the immatricolazione, that no contribution
already covers; the cost «a percentuale»: 33 % of the pay of the last 12 months for each
year (for someone who never worked, 33 % of the 2018 minimale of the commercianti).
For periods before 1996 of someone with contributions before 1996 INPS uses the riserva
matematica: the simulation estimates it with the same method and says so. Accolto, the
years appear in the estratto conto (Fascicolo > Posizione assicurativa) as «Riscatto
laurea».

Servizio militare: a free accredito of contribuzione figurativa for a period of leva
not covered by other contributions, for someone with at least one effective
contribution, not in the Gestione Separata. Accolto, the period appears in the
estratto conto as «Servizio militare».
"""
from __future__ import annotations

import datetime as dt

from app.i18n import _t
from app.money import euro
from app.models import Application, Citizen, Contribution

from . import figures as fig
from . import pension
from .domande import (
    DAY,
    SUMMARY_STEP,
    DomandaType,
    Field,
    Step,
    covered,
    is_pensioner,
    number_text,
    parse_date,
    review,
    today_of,
)

WEEKS_PER_YEAR = 52

# --- Riscatto del corso di laurea -------------------------------------------------------

TITOLI = (
    ("laurea", _t("Diploma di laurea (vecchio ordinamento) o laurea magistrale a ciclo unico")),
    ("triennale", _t("Laurea (triennale)")),
    ("magistrale", _t("Laurea magistrale o specialistica (dopo la triennale)")),
    ("diploma", _t("Diploma universitario")),
)
QUANTO = (("tutto", _t("Tutta la durata legale del corso")), ("parte", _t("Solo una parte (indichi quanti anni)")))
PAGAMENTI = (("unica", _t("In un'unica soluzione")), ("rate", _t("A rate mensili, senza interessi")))


def _riscatto_steps(citizen: Citizen) -> tuple[Step, ...]:
    rate = fig.value("riscatto.rate_massime")
    return (
        Step(
            _t("Il corso di laurea"),
            (
                Field("titolo", _t("Titolo di studio"), "choice", choices=TITOLI),
                Field("universita", _t("Università"), max_length=80),
                Field("corso", _t("Corso di laurea"), max_length=80),
                Field("immatricolazione", _t("Data di immatricolazione"), "date", max_length=10),
                Field("data_laurea", _t("Data della laurea"), "date", max_length=10),
                Field("durata_legale", _t("Durata legale del corso (anni)"), "number", minimum=2, maximum=6, max_length=2),
            ),
            help=(_t("Si possono riscattare gli anni della durata legale del corso (non quelli fuori corso) che non "
                  "sono già coperti da contributi. Le date sono sul certificato di laurea: l'immatricolazione è "
                  "l'iscrizione al primo anno. Per esempio una laurea in Lettere del vecchio ordinamento dura 4 anni.")),
            intro=_t("Nel 2018 c'è il riscatto ordinario: il costo dipende dalla retribuzione degli ultimi 12 mesi."),
        ),
        Step(
            _t("Periodo e pagamento"),
            (
                Field("quanto", _t("Che cosa vuole riscattare"), "choice", choices=QUANTO),
                Field("anni", _t("Quanti anni"), "number", required=False, minimum=1, maximum=6, max_length=2,
                      shown_if=("quanto", ("parte",))),
                Field("pagamento", _t("Come vuole pagare"), "choice", choices=PAGAMENTI),
                Field("rate", _t("Numero di rate mensili (fino a {rate})", rate=rate), "number", required=False, minimum=2,
                      maximum=rate, max_length=3, shown_if=("pagamento", ("rate",))),
            ),
            help=(_t("Può riscattare tutto il corso o solo alcuni anni. L'onere si paga in un'unica soluzione o fino a "
                  "{rate} rate mensili senza interessi, ed è deducibile dal reddito. Nel riepilogo vedrà la "
                  "simulazione del costo: la domanda non obbliga a pagare, l'INPS manda poi il conto definitivo.", rate=rate)),
        ),
        SUMMARY_STEP,
    )


def _riscatto_initial(citizen: Citizen) -> dict:
    return {"titolo": "laurea", "quanto": "tutto", "pagamento": "unica"}


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def riscatto_period(fields: dict) -> tuple[dt.date, dt.date] | None:
    """The period asked for: from the immatricolazione, the years chosen within the legal
    duration and the date of the laurea."""
    start = parse_date(fields.get("immatricolazione"))
    laurea = parse_date(fields.get("data_laurea"))
    legal = fields.get("durata_legale")
    if start is None or laurea is None or not isinstance(legal, int):
        return None
    years = legal
    if fields.get("quanto") == "parte" and isinstance(fields.get("anni"), int):
        years = min(legal, fields["anni"])
    end = min(_years_after(start, years) - DAY, laurea)
    return (start, end) if end >= start else None


def _year_slices(start: dt.date, end: dt.date):
    """(from, to) of each calendar year of a period."""
    day = start
    while day <= end:
        last = min(end, dt.date(day.year, 12, 31))
        yield day, last
        day = last + DAY


def _uncovered(citizen: Citizen, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, float]]:
    """(from, to, weeks) of the slices of a period, each year less the weeks already covered."""
    out = []
    for a, b in _year_slices(start, end):
        weeks = ((b - a).days + 1) / 7
        done, _ = covered(citizen, a, b)
        free = max(0.0, min(weeks, WEEKS_PER_YEAR) - done)
        if free >= 0.5:
            out.append((a, b, free))
    return out


def riscatto_cost(world, citizen: Citizen, fields: dict, on: dt.date | None = None) -> dict | None:
    """The cost simulation of the ordinary riscatto (all amounts in cents), on the pay of
    the 12 months before `on` (the day of the domanda; default: today)."""
    period = riscatto_period(fields)
    if period is None:
        return None
    start, end = period
    slices = _uncovered(citizen, start, end)
    weeks = sum(w for _a, _b, w in slices)
    total_weeks = sum(((b - a).days + 1) / 7 for a, b in _year_slices(start, end))
    today = on or today_of(world)
    _w, pay = covered(citizen, today - dt.timedelta(days=365), today)
    never_worked = not Contribution.select().where(Contribution.citizen == citizen).exists()
    if pay <= 0:
        pay = fig.value("riscatto.minimale_commercianti_cents") if never_worked else 0
    rate = fig.value("riscatto.aliquota")
    per_year = round(pay * rate)
    total = round(per_year * weeks / WEEKS_PER_YEAR)
    before_1996 = (start < dt.date(1996, 1, 1) and Contribution.select().where(
        (Contribution.citizen == citizen) & (Contribution.dal < dt.date(1996, 1, 1))).exists())
    return {"start": start, "end": end, "weeks": weeks, "covered": max(0.0, total_weeks - weeks), "pay": pay,
            "per_year": per_year, "total": total, "never_worked": never_worked, "before_1996": before_1996,
            "slices": slices}


def _riscatto_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    today = today_of(world)
    if index == 0:
        start = parse_date(values.get("immatricolazione"))
        laurea = parse_date(values.get("data_laurea"))
        if laurea and laurea > today:
            errors["data_laurea"] = _t("Il riscatto si chiede dopo la laurea: la data non può essere nel futuro.")
        elif start and laurea and laurea <= start:
            errors["data_laurea"] = _t("La data della laurea deve essere successiva all'immatricolazione.")
        if start and start < citizen.data_nascita + dt.timedelta(days=365 * 17):
            errors["immatricolazione"] = _t("Controlli la data di immatricolazione: è troppo vicina alla sua data di nascita.")
        legal = values.get("durata_legale")
        if start and laurea and isinstance(legal, int) and "data_laurea" not in errors:
            if _years_after(start, min(legal, 2)) > laurea + dt.timedelta(days=31):
                errors["durata_legale"] = (_t("Tra l'immatricolazione e la laurea sono passati meno anni della durata "
                                           "indicata: controlli le date e la durata legale del corso."))
    if index == 1:
        if values.get("quanto") == "parte" and not values.get("anni"):
            errors["anni"] = _t("Scriva quanti anni vuole riscattare.")
        if values.get("pagamento") == "rate" and not values.get("rate"):
            errors["rate"] = _t("Scriva il numero di rate (da 2 a {value}).", value=fig.value('riscatto.rate_massime'))
        if is_pensioner(citizen):
            errors["quanto"] = (_t("Lei è già titolare di pensione: il riscatto si chiede prima della pensione "
                                "(i contributi dopo la pensione danno diritto al supplemento)."))
        cost = riscatto_cost(world, citizen, values) if not errors else None
        if cost is not None and cost["weeks"] < 0.5:
            errors["quanto"] = (_t("Gli anni del corso risultano già coperti da contributi nell'estratto conto: non c'è "
                                "nessun periodo da riscattare."))
        elif cost is not None and cost["pay"] <= 0:
            errors["quanto"] = (_t("Negli ultimi 12 mesi non risultano retribuzioni su cui calcolare l'onere: il "
                                "riscatto si calcola sul reddito degli ultimi 12 mesi. Chieda alla sede INPS."))
    return errors


def _riscatto_rows(cost: dict, fields: dict) -> list[tuple[str, str]]:
    basis = ("minimale di reddito dei commercianti 2018 (chi non ha mai lavorato)" if cost["never_worked"]
             else "retribuzioni degli ultimi 12 mesi")
    rows = [
        (_t("Periodo del corso"), _t("dal {start:%d/%m/%Y} al {end:%d/%m/%Y}", start=cost['start'], end=cost['end'])),
        (_t("Settimane da riscattare"), _t("{number_text} (tolte {number_text2} già "
                                    "coperte da contributi)", number_text=number_text(cost['weeks']), number_text2=number_text(cost['covered']))),
        (_t("Reddito di riferimento"), f"{euro(cost['pay'])} ({basis})"),
        (_t("Aliquota"), "33%"),
        (_t("Costo di un anno"), euro(cost["per_year"])),
        (_t("Costo totale stimato"), fig.noted(euro(cost["total"]), "riscatto.riserva_matematica")
         if cost["before_1996"] else euro(cost["total"])),
    ]
    if fields.get("pagamento") == "rate" and isinstance(fields.get("rate"), int) and fields["rate"] > 0:
        rows.append((_t("Rata mensile"), _t("{euro} per {rate} mesi", euro=euro(round(cost['total'] / fields['rate'])), rate=fields['rate'])))
    rows.append((_t("Vantaggio fiscale"), _t("l'onere è deducibile dal reddito complessivo ai fini IRPEF")))
    if cost["before_1996"]:
        rows.append((_t("Nota"), _t("per gli anni prima del 1996 l'INPS calcola l'onere con la riserva matematica: "
                             "qui è stimato con lo stesso metodo (ricostruzione)")))
    return rows


def _riscatto_preview(world, citizen: Citizen, fields: dict) -> list[tuple[str, str]]:
    cost = riscatto_cost(world, citizen, fields)
    return _riscatto_rows(cost, fields) if cost is not None else []


def credit_periods(citizen: Citizen, slices, *, tipo: str, datore: str, note: str, contributi_cents: int = 0) -> int:
    """Add the periods to the estratto conto; returns the weeks credited."""
    total = sum(w for _a, _b, w in slices) or 1
    gestione = next((row.gestione for row in Contribution.select(Contribution.gestione)
                     .where((Contribution.citizen == citizen) & (Contribution.gestione != "GS"))
                     .order_by(Contribution.dal.desc())), "FPLD")
    credited = 0
    for a, b, weeks in slices:
        whole = max(1, round(weeks))
        Contribution.create(citizen=citizen, dal=a, al=b, tipo=tipo, gestione=gestione, datore=datore,
                            settimane_diritto=whole, settimane_calcolo=whole, retribuzione_cents=0,
                            contributi_cents=round(contributi_cents * weeks / total), note=note)
        credited += whole
    return credited


def _riscatto_decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    if is_pensioner(citizen):
        return "respinta", (_t("Dagli archivi risulta titolare di pensione: il riscatto del corso di laurea si chiede "
                            "prima della pensione."))
    cost = riscatto_cost(world, citizen, fields, on=app.submitted_at.date())
    if cost is None or cost["weeks"] < 0.5:
        return "respinta", _t("Gli anni del corso risultano già coperti da contributi: non c'è nulla da riscattare.")
    weeks = credit_periods(citizen, cost["slices"], tipo="Riscatto laurea", datore="INPS - Riscatto del corso di laurea",
                    note=f"Riscatto accolto: onere {euro(cost['total'])}", contributi_cents=cost["total"])
    pay = (_t("in un'unica soluzione entro 60 giorni") if fields.get("pagamento") != "rate"
           else _t("in {fields} rate mensili da {euro}", fields=fields.get('rate'), euro=euro(round(cost['total'] / int(fields['rate'])))))
    esito = [(_t("Periodo riscattato"), _t("dal {start:%d/%m/%Y} al {end:%d/%m/%Y} ({weeks} settimane)", start=cost['start'], end=cost['end'], weeks=weeks)),
             (_t("Onere da versare"), euro(cost["total"])),
             (_t("Pagamento"), pay)]
    return "accolta", (
        _t("Il riscatto del corso di laurea è accolto per {weeks} settimane, dal {start:%d/%m/%Y} al "
        "{end:%d/%m/%Y}. L'onere è di {euro} (33% del reddito di riferimento per ogni anno), "
        "da versare {pay}; è deducibile dal reddito. Il periodo compare nell'estratto conto come «Riscatto laurea».", weeks=weeks, start=cost['start'], end=cost['end'], euro=euro(cost['total']), pay=pay)
    ), esito


RISCATTO_LAUREA = DomandaType(
    "riscatto_laurea", _t("Riscatto del corso di laurea"),
    _t("Far valere per la pensione gli anni del corso di laurea pagandone i contributi: la domanda mostra la "
    "simulazione del costo (riscatto ordinario)."),
    _t("Contributi"),
    review(_t("in istruttoria"), 5 * DAY, _t("Verifica del titolo di studio e dei periodi già coperti"), 30 * DAY),
    _riscatto_steps, _riscatto_initial, _riscatto_checks, _riscatto_decide,
    preview=_riscatto_preview, preview_title=_t("Simulazione del costo del riscatto"),
)


# --- Accredito del servizio militare (leva) ----------------------------------------------

SERVIZI = (("leva", _t("Servizio militare di leva")), ("civile", _t("Servizio civile sostitutivo")))
FORZE = (
    ("Esercito", _t("Esercito")), ("Marina", _t("Marina militare")), ("Aeronautica", _t("Aeronautica militare")),
    ("Carabinieri", _t("Arma dei Carabinieri")),
)


def _leva_steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Il servizio militare"),
            (
                Field("servizio", _t("Tipo di servizio"), "choice", choices=SERVIZI),
                Field("forza", _t("Forza armata"), "choice", choices=FORZE, shown_if=("servizio", ("leva",))),
                Field("dal", _t("Dal giorno"), "date", max_length=10),
                Field("al", _t("Al giorno (congedo)"), "date", max_length=10),
                Field("distretto", _t("Distretto militare o ufficio di appartenenza"), max_length=80,
                      help=_t("È scritto sul foglio matricolare o sul congedo, per esempio «Distretto militare di Napoli».")),
            ),
            help=(_t("Il periodo del servizio militare di leva (o del servizio civile al suo posto) si accredita "
                  "gratuitamente come contributi figurativi, se non è già coperto da altri contributi. Le date "
                  "sono sul foglio matricolare o sul foglio di congedo: l'INPS le fa confermare al distretto militare.")),
        ),
        Step(
            _t("Dichiarazioni"),
            (
                Field("non_altra_pensione", _t("Dichiaro che il periodo non è già stato riconosciuto per una pensione "
                                            "dello Stato o di un'altra cassa"), "check"),
                Field("foglio", _t("Dichiaro che le date corrispondono al foglio matricolare o allo stato di servizio"),
                      "check"),
            ),
            help=_t("Spunti le dichiarazioni solo se sono vere: l'INPS le verifica con il distretto militare."),
        ),
        SUMMARY_STEP,
    )


def _leva_initial(citizen: Citizen) -> dict:
    return {"servizio": "leva", "forza": "Esercito"}


def _leva_checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    if index == 0:
        start, end = parse_date(values.get("dal")), parse_date(values.get("al"))
        today = today_of(world)
        months = fig.value("leva.durata_massima_mesi")
        if start and start < citizen.data_nascita + dt.timedelta(days=365 * 17):
            errors["dal"] = _t("Controlli la data di inizio: la leva si faceva dai 18 anni.")
        if start and end:
            if end < start:
                errors["al"] = _t("La data del congedo deve essere successiva alla data di inizio.")
            elif end > today:
                errors["al"] = _t("Il servizio deve essere già finito: la data del congedo non può essere nel futuro.")
            elif end > pension.add_months_date(start, months):
                errors["al"] = _t("Il servizio di leva durava al massimo {months} mesi: controlli le date (ricostruzione).", months=months)
            elif values.get("servizio") == "leva" and end.year > fig.value("leva.anno_fine_obbligo") + 1:
                errors["al"] = _t("La leva obbligatoria è sospesa dal 2005: controlli le date.")
    return errors


def _leva_decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    start, end = parse_date(fields.get("dal")), parse_date(fields.get("al"))
    effective = Contribution.select().where((Contribution.citizen == citizen)
                                            & Contribution.tipo.not_in(pension.FIGURATIVE_TYPES))
    if not effective.exists():
        return "respinta", (_t("Per l'accredito del servizio militare serve almeno un contributo effettivo versato "
                            "(da lavoro): dagli archivi non ne risulta nessuno."))
    if not effective.where(Contribution.gestione != "GS").exists():
        return "respinta", (_t("Risultano solo contributi nella Gestione Separata: l'accredito figurativo del "
                            "servizio militare non è previsto nella Gestione Separata."))
    already, _ = covered(citizen, start, end, tipi=("Servizio militare",))
    if already >= 1:
        return "respinta", (_t("Il servizio militare risulta già accreditato nell'estratto conto per il periodo "
                            "indicato ({number_text} settimane): non serve una nuova domanda.", number_text=number_text(already)))
    slices = _uncovered(citizen, start, end)
    if not slices:
        return "respinta", (_t("Il periodo indicato è già coperto da altri contributi: il servizio militare si "
                            "accredita solo per i periodi senza contribuzione."))
    who = fields.get("forza") if fields.get("servizio") == "leva" else "Servizio civile"
    weeks = credit_periods(citizen, slices, tipo="Servizio militare", datore=f"Ministero della Difesa - {who}",
                    note=f"Figurativo - domanda {app.protocol}")
    first, last = slices[0][0], slices[-1][1]
    esito = [(_t("Periodo accreditato"), _t("dal {first:%d/%m/%Y} al {last:%d/%m/%Y}", first=first, last=last)),
             (_t("Settimane accreditate"), _t("{weeks} (contribuzione figurativa, gratuita)", weeks=weeks))]
    partial = "" if (first, last) == (start, end) else (
        _t(" Una parte del periodo era già coperta da altri contributi e non è stata accreditata di nuovo."))
    pensioner = (_t(" Lei è già in pensione: per far valere il periodo chieda la ricostituzione della pensione.")
                 if is_pensioner(citizen) else "")
    return "accolta", (
        _t("Il servizio militare è accreditato dal {first:%d/%m/%Y} al {last:%d/%m/%Y}: {weeks} settimane di "
        "contributi figurativi, utili per il diritto e per la misura della pensione.{partial}{pensioner}", first=first, last=last, weeks=weeks, partial=partial, pensioner=pensioner)), esito


SERVIZIO_MILITARE = DomandaType(
    "servizio_militare", _t("Accredito del servizio militare (leva)"),
    _t("Chiedere che il periodo del servizio militare di leva sia accreditato gratuitamente come contributi "
    "figurativi."),
    _t("Contributi"),
    review(_t("in istruttoria"), 3 * DAY, _t("Richiesta di conferma al distretto militare"), 30 * DAY),
    _leva_steps, _leva_initial, _leva_checks, _leva_decide,
)

TYPES = (RISCATTO_LAUREA, SERVIZIO_MILITARE)

__all__ = ["TYPES", "RISCATTO_LAUREA", "SERVIZIO_MILITARE", "riscatto_cost", "riscatto_period", "credit_periods"]
