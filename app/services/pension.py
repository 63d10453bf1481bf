"""La mia pensione futura: a simulation by the metodo contributivo.

Every figure comes from the citizen's own contributions (Contribution rows: the
IVS amount credited, the weeks) and from the tables of
../shared/reference/FACTS.md section 1, cited below with their marks
(✅ seen in the cited source, ⚠ secondary or partial source).

The method (L. 335/1995):
- the montante is the sum of the contributions, revalued on 31 December of each
  year at the tasso di capitalizzazione, excluding that year's contributions:
  M(y) = M(y-1) x c(y) + C(y); a pension starting in year P uses coefficients up
  to c(P-1) and adds the contributions of year P without revaluation;
- annual gross pension = montante x coefficiente di trasformazione (by age at the
  decorrenza, + 1/12 of the gap to the next age per whole month past the
  birthday, the age-57 value below 57); monthly = annual / 13.

Amounts are at constant money (euro of 2018): the learner's salary growth
(0-5 % a year) and GDP growth (1 % or 1.5 %) are real rates, the GDP growth
being the revaluation of the montante for the years not yet published.

Simplifications stated on screen (`Simulation.assumptions`): every period is
computed by the contributivo method (the real service uses the retributivo or
misto method for seniority before 1996); no pensione anticipata contributiva,
no cumulo, no riscatti.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from app.i18n import _t
from app.models import Citizen, Contribution, Pension

from .errors import ServiceError, ValidationError
from .personas import ALIQUOTA_COMPUTO

# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

# Tassi annui di capitalizzazione (coefficient "anno X" revalues the montante at
# 31/12/(X-1), for pensions starting from X+1).
# - 1997-2010: INPS nota operativa n. 48 del 4/10/2010, table quoted by
#   sinergiediscuola.it ("pensioni con decorrenza anno 2011") ⚠ secondary source,
#   not in FACTS.md.
# - 2014: 0.998073 raised to 1 by DL 65/2015 art. 5 (pensioniscuola.it,
#   "Coefficiente di capitalizzazione 2015") ⚠ secondary source, not in FACTS.md.
# - 2015-2025: FACTS.md section 1 ✅ (INPS msg 1449/2022 and later years); 2021
#   is 1.000000 (the negative -0.000215 floored to 1, DL 65/2015).
# Years 1996 and earlier, and 2011-2013, have no coefficient we could verify:
# the montante is not revalued in those years (stated among the assumptions).
RIVALUTAZIONE: dict[int, float] = {
    1997: 1.055871, 1998: 1.053597, 1999: 1.056503, 2000: 1.051781, 2001: 1.047781,
    2002: 1.043698, 2003: 1.041614, 2004: 1.039272, 2005: 1.040506, 2006: 1.035386,
    2007: 1.033937, 2008: 1.034625, 2009: 1.033201, 2010: 1.017935,
    2014: 1.000000,
    2015: 1.005058, 2016: 1.004684, 2017: 1.005205, 2018: 1.013478, 2019: 1.018254,
    2020: 1.019199, 2021: 1.000000, 2022: 1.009973, 2023: 1.023082, 2024: 1.036622,
    2025: 1.040445,
}
UNVERIFIED_REVALUATION_YEARS = "prima del 1997 e dal 2011 al 2013"

# Coefficienti di trasformazione (%), FACTS.md section 1 ✅, by period of decorrenza.
_AGES = tuple(range(57, 72))
TRASFORMAZIONE: dict[tuple[int, int], dict[int, float]] = {
    # Triennio 2016-2018: DD 22/6/2015 (eurete.it). Age 59: the source prints 4,447 but
    # its divisor 22.382 gives 4.468 (FACTS.md note); no value for 71 (70 applies above).
    (2016, 2018): dict(zip(_AGES[:14], (
        4.246, 4.354, 4.468, 4.589, 4.719, 4.856, 5.002, 5.159, 5.326, 5.506, 5.700, 5.910, 6.135, 6.378))),
    # Biennio 2019-2020: DM 15/5/2018 (fiscoetasse.com).
    (2019, 2020): dict(zip(_AGES, (
        4.200, 4.304, 4.414, 4.532, 4.657, 4.790, 4.932, 5.083, 5.245, 5.419, 5.604, 5.804, 6.021, 6.257, 6.513))),
    # Biennio 2021-2022 (eurekaprevidenza.it, 2021).
    (2021, 2022): dict(zip(_AGES, (
        4.186, 4.289, 4.399, 4.515, 4.639, 4.770, 4.910, 5.060, 5.220, 5.391, 5.575, 5.772, 5.985, 6.215, 6.466))),
    # Biennio 2023-2024: DD 1/12/2022 (studioavvocatocolletti.it).
    (2023, 2024): dict(zip(_AGES, (
        4.270, 4.378, 4.493, 4.615, 4.744, 4.882, 5.028, 5.184, 5.352, 5.531, 5.723, 5.931, 6.154, 6.395, 6.655))),
    # Biennio 2025-2026: DD 20/11/2024 (zazoom.it, dirittiedintorni.it).
    (2025, 2026): dict(zip(_AGES, (
        4.204, 4.308, 4.419, 4.536, 4.661, 4.795, 4.936, 5.088, 5.250, 5.423, 5.608, 5.808, 6.024, 6.258, 6.510))),
}
TABLE_SOURCES = {
    (2016, 2018): "D.D. 22/6/2015",
    (2019, 2020): "D.M. 15/5/2018",
    (2021, 2022): "tabella 2021-2022",
    (2023, 2024): "D.D. 1/12/2022",
    (2025, 2026): "D.D. 20/11/2024",
}
LAST_TABLE = (2025, 2026)
# The day each table was decreed: a simulation uses only the tables published by the
# simulated date (in a 2018 world the 2019-2020 table is the last one, and the later
# decorrenze use it, as the service of that time did). Dates from the decrees' names;
# 2021-2022: D.M. 1/6/2020 ⚠ (not in FACTS.md).
TABLE_PUBLISHED: dict[tuple[int, int], dt.date] = {
    (2016, 2018): dt.date(2015, 6, 22),
    (2019, 2020): dt.date(2018, 5, 15),
    (2021, 2022): dt.date(2020, 6, 1),
    (2023, 2024): dt.date(2022, 12, 1),
    (2025, 2026): dt.date(2024, 11, 20),
}
# The requirements known at the simulated date (⚠ dates of the laws, not in FACTS.md):
# - D.M. 5/12/2017 (in a 2018 world): from 2019 vecchiaia 67 anni, anticipata 43a3m men,
#   42a3m women, no finestra; the later adjustments to life expectancy were not yet set
#   (the simulator keeps the 2019 requirements: stated among the assumptions);
# - DL 4/2019 (28/1/2019): anticipata frozen at 42a10m / 41a10m to 2026, finestra of 3 months;
# - the 2027-2028 increases (+1, then +3 months) known from the end of 2025;
# - importo soglia 1 x assegno sociale from 2024: L. 213/2023 (30/12/2023).
DL_4_2019 = dt.date(2019, 1, 28)
INCREASES_2027 = dt.date(2025, 12, 30)
SOGLIA_2024 = dt.date(2023, 12, 30)

# Assegno sociale 2018: 453,00 € a month for 13 months (contattonews.it 2018-01-09,
# "da 448 euro a 453 euro al mese") ⚠ secondary source, not in FACTS.md. At constant
# money it is the yardstick of the importo soglia (FACTS.md: 1.5x to 2023, 1x from 2024).
ASSEGNO_SOCIALE_2018_CENTS = 45300

FIGURATIVE_TYPES = ("Servizio militare", "Disoccupazione", "Malattia")
# The seeded world credits contributions up to September 2018 (app/services/personas.py):
# a career whose last working period ends within six months of the world's start is
# still going on, and the months after it are projected.
CREDITED_THROUGH = dt.date(2018, 9, 30)
WEEKS_PER_MONTH = 52 / 12
MAX_AGE = 71

SALARY_GROWTH_RANGE = (0.0, 0.05)
GDP_GROWTH_CHOICES = (0.01, 0.015)


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SimulationOptions:
    salary_growth: float = 0.01  # real yearly growth of pay, 0..0.05
    gdp_growth: float = 0.015  # real GDP growth = revaluation of the montante in future years
    stop_date: dt.date | None = None  # last day of work; None = work until the pension


@dataclass(frozen=True)
class MontantePoint:
    year: int
    montante_cents: int  # at 31/12 of the year (at the decorrenza for the last point)
    contributi_cents: int  # contributions of the year (credited or projected)
    coefficiente: float  # revaluation applied during the year to the montante at 31/12 of the year before
    fonte: str  # "pubblicato", "ipotesi", "non disponibile"
    projected: bool  # True when the year holds projected contributions or an assumed coefficient


@dataclass(frozen=True)
class PensionOutcome:
    kind: str  # "vecchiaia" or "anticipata"
    label: str
    decorrenza: dt.date
    age_years: int
    age_months: int
    weeks: float  # contribution weeks at the decorrenza
    montante_cents: int
    coefficiente: float  # % of the montante paid each year
    coefficiente_table: str  # e.g. "2019-2020 (D.M. 15/5/2018)"
    annual_cents: int
    monthly_cents: int  # annual / 13, constant money
    last_pay_cents: int | None  # annual pay in the last year of work (constant money)
    tasso_sostituzione: float | None  # first annual pension / last annual pay
    requirement: str  # the rule met, in Italian
    note: str = ""
    series: tuple[MontantePoint, ...] = ()


@dataclass(frozen=True)
class Simulation:
    citizen_id: int
    name: str
    codice_fiscale: str
    data_nascita: dt.date
    sesso: str
    as_of: dt.date
    options: SimulationOptions
    working: bool
    gestione: str
    aliquota: float
    current_pay_cents: int | None  # annual pay of the current job
    credited_weeks: float
    credited_contributi_cents: int
    first_contribution: dt.date
    contributivo_puro: bool  # first contribution on or after 1/1/1996
    vecchiaia: PensionOutcome | None
    anticipata: PensionOutcome | None
    missing: dict[str, str] = field(default_factory=dict)  # kind -> why there is no outcome
    assumptions: tuple[str, ...] = ()

    @property
    def outcomes(self) -> list[PensionOutcome]:
        found = [o for o in (self.anticipata, self.vecchiaia) if o is not None]
        return sorted(found, key=lambda o: o.decorrenza)

    @property
    def first(self) -> PensionOutcome | None:
        found = self.outcomes
        return found[0] if found else None

    @property
    def series(self) -> tuple[MontantePoint, ...]:
        """The longest montante series (for the chart)."""
        found = self.outcomes
        return found[-1].series if found else ()


# ---------------------------------------------------------------------------
# Pure rules
# ---------------------------------------------------------------------------


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_month_start(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def add_months_date(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def age_on(born: dt.date, day: dt.date) -> tuple[int, int]:
    """Whole years and whole months past the last birthday."""
    months = (day.year - born.year) * 12 + (day.month - born.month)
    if day.day < born.day:
        months -= 1
    return months // 12, months % 12


def table_for(year: int, as_of: dt.date | None = None) -> tuple[int, int]:
    """The table of coefficienti di trasformazione for a pension starting in `year`, among
    those published by `as_of` (all when None): the one of that year, else the last one."""
    known = [p for p in TRASFORMAZIONE if as_of is None or TABLE_PUBLISHED[p] <= as_of]
    for period in known:
        if period[0] <= year <= period[1]:
            return period
    if known and year > max(known)[1]:
        return max(known)
    raise ServiceError(_t("Per le pensioni con decorrenza nel {year} la simulazione non ha i coefficienti di trasformazione.", year=year))


def table_label(period: tuple[int, int]) -> str:
    return f"{period[0]}-{period[1]} ({TABLE_SOURCES[period]})"


def coefficiente_trasformazione(age_years: int, age_months: int, year: int, as_of: dt.date | None = None) -> float:
    """The coefficient (%) for a pension starting in `year` at the age given:
    the age's value plus 1/12 of the gap to the next age per whole month; the
    57 value below 57; the highest age of the table above it."""
    table = TRASFORMAZIONE[table_for(year, as_of)]
    low, high = min(table), max(table)
    if age_years < low:
        return table[low]
    if age_years >= high:
        return table[high]
    base = table[age_years]
    return base + (table[age_years + 1] - base) * age_months / 12


def rivalutazione(year: int, last_published_year: int, gdp_growth: float) -> tuple[float, str]:
    """Coefficient applied during `year` to the montante at 31/12/(year-1)."""
    if year > last_published_year:
        return 1 + gdp_growth, "ipotesi"
    if year in RIVALUTAZIONE:
        return RIVALUTAZIONE[year], "pubblicato"
    return 1.0, "non disponibile"


def weeks_for(years: int, months: int) -> int:
    """Contribution weeks of a requirement in years and months (42a10m = 2227)."""
    return int(years * 52 + months * 52 / 12)


def vecchiaia_age(year: int, as_of: dt.date | None = None) -> tuple[int, int]:
    """Age for the pensione di vecchiaia in force in `year` (FACTS.md section 1), as known
    on `as_of` (all that is known today when None): 2018 66a7m ✅; 2019-2026 67 ✅;
    2027 +1 month, from 2028 +3 months ⚠ (known from the end of 2025)."""
    if year <= 2018:
        return 66, 7
    if year <= 2026 or (as_of is not None and as_of < INCREASES_2027):
        return 67, 0
    if year == 2027:
        return 67, 1
    return 67, 3


def anticipata_requirement(year: int, sesso: str, as_of: dt.date | None = None) -> tuple[int, int]:
    """Contribution years and months for the pensione anticipata in force in `year`, as
    known on `as_of`: 42a10m men, 41a10m women (2018 ✅, 2019-2026 frozen by DL 4/2019 ✅);
    2027 +1 month, from 2028 +3 months ⚠. Before DL 4/2019, from 2019: 43a3m / 42a3m
    (D.M. 5/12/2017 ⚠)."""
    years, months = (41, 10) if sesso == "F" else (42, 10)
    if year >= 2019 and as_of is not None and as_of < DL_4_2019:
        return (years, months + 5) if months + 5 < 12 else (years + 1, months + 5 - 12)
    late = as_of is not None and as_of < INCREASES_2027
    extra = 0 if year <= 2026 or late else (1 if year == 2027 else 3)
    total = years * 12 + months + extra
    return total // 12, total % 12


def anticipata_window_months(year: int, as_of: dt.date | None = None) -> int:
    """The finestra: none in 2018, 3 months from 2019 (DL 4/2019) ✅; none before that law."""
    if as_of is not None and as_of < DL_4_2019:
        return 0
    return 0 if year <= 2018 else 3


def soglia_factor(year: int, as_of: dt.date | None = None) -> float:
    """Times the assegno sociale: 1.5 to 2023, 1 from 2024 (FACTS.md section 1 ✅), the
    2024 change known from the end of 2023."""
    return 1.5 if year <= 2023 or (as_of is not None and as_of < SOGLIA_2024) else 1.0


def soglia_annual_cents(year: int, as_of: dt.date | None = None) -> int:
    """Importo soglia of the pensione di vecchiaia for a contributivo puro, at constant
    money: 1.5 x assegno sociale to 2023, 1 x from 2024 (FACTS.md section 1 ✅)."""
    factor = soglia_factor(year, as_of)
    return round(ASSEGNO_SOCIALE_2018_CENTS * 13 * factor)


def format_years_months(years: int, months: int) -> str:
    text = f"{years} anni"
    if months:
        text += f" e {months} mes{'e' if months == 1 else 'i'}"
    return text


def format_weeks(weeks: float) -> str:
    """1703 -> "32 anni e 39 settimane (1.703 settimane)"."""
    whole = int(round(weeks))
    years, rest = divmod(whole, 52)
    text = f"{years} anni" + (f" e {rest} settiman{'a' if rest == 1 else 'e'}" if rest else "")
    return text + f" ({whole:,} settimane)".replace(",", ".")


def format_percent(value: float, decimals: int = 1) -> str:
    """0.519 -> "51,9%"."""
    return f"{value * 100:.{decimals}f}".replace(".", ",") + "%"


# ---------------------------------------------------------------------------
# The career: credited contributions plus the projection
# ---------------------------------------------------------------------------


@dataclass
class _Career:
    born: dt.date
    sesso: str
    credited_by_year: dict[int, float]  # cents
    credited_weeks: float
    first_contribution: dt.date
    last_credited: dt.date  # end of the last credited period
    working: bool
    gestione: str
    aliquota: float
    pay_cents: float  # annual pay of the current job (year of last_credited)
    salary_growth: float
    gdp_growth: float
    last_published_year: int
    as_of: dt.date | None = None  # the simulated date: only the rules and tables known then

    def pay_in(self, year: int) -> float:
        return self.pay_cents * (1 + self.salary_growth) ** max(0, year - self.last_credited.year)

    def months_worked(self, until: dt.date | None) -> int:
        """Whole months of work after the credited periods, up to `until` (a month counts
        when its last day is on or before `until`)."""
        if not self.working or until is None:
            return 0
        count = (until.year * 12 + until.month) - (self.last_credited.year * 12 + self.last_credited.month)
        if until != month_end(until):
            count -= 1
        return max(0, count)

    def worked_months(self, until: dt.date | None) -> list[dt.date]:
        """Month ends after the credited periods, up to `until`."""
        out = []
        cursor = month_end(next_month_start(self.last_credited))
        for _ in range(self.months_worked(until)):
            out.append(cursor)
            cursor = month_end(next_month_start(cursor))
        return out

    def weeks_at(self, day: dt.date, work_until: dt.date | None) -> float:
        limit = min(day, work_until) if work_until else day
        return self.credited_weeks + self.months_worked(limit) * WEEKS_PER_MONTH

    def contributions_by_year(self, work_until: dt.date | None) -> dict[int, float]:
        by_year = dict(self.credited_by_year)
        for end in self.worked_months(work_until):
            by_year[end.year] = by_year.get(end.year, 0.0) + self.pay_in(end.year) / 12 * self.aliquota
        return by_year

    def montante(self, decorrenza: dt.date, work_until: dt.date | None) -> tuple[float, list[MontantePoint]]:
        """Montante at `decorrenza` (first day of a month) with work up to `work_until`."""
        limit = decorrenza - dt.timedelta(days=1)
        if work_until is not None:
            limit = min(limit, work_until)
        by_year = self.contributions_by_year(limit if self.working else None)
        first_year = self.first_contribution.year
        amount = 0.0
        points: list[MontantePoint] = []
        for year in range(first_year, decorrenza.year + 1):
            contributed = by_year.get(year, 0.0)
            if year == decorrenza.year:
                coeff, source = 1.0, "non applicata"  # the year of the pension is not revalued
            else:
                coeff, source = rivalutazione(year, self.last_published_year, self.gdp_growth)
            amount = amount * coeff + contributed
            projected = source == "ipotesi" or abs(contributed - self.credited_by_year.get(year, 0.0)) > 0.5
            points.append(MontantePoint(year, round(amount), round(contributed), coeff, source, projected))
        return amount, points


def _load_career(world, citizen: Citizen, options: SimulationOptions) -> _Career:
    rows = list(Contribution.select().where(Contribution.citizen == citizen).order_by(Contribution.dal))
    if not rows:
        raise ServiceError(_t("Non risultano contributi sulla sua posizione: la simulazione non è possibile."))
    by_year: dict[int, float] = {}
    for row in rows:
        by_year[row.dal.year] = by_year.get(row.dal.year, 0.0) + row.contributi_cents
    last = max(rows, key=lambda r: r.al)
    working = last.tipo not in FIGURATIVE_TYPES and last.al >= CREDITED_THROUGH - dt.timedelta(days=183)
    pay = last.retribuzione_cents * 52 / last.settimane_diritto if last.settimane_diritto else 0.0
    return _Career(
        born=citizen.data_nascita,
        sesso=citizen.sesso,
        credited_by_year=by_year,
        credited_weeks=float(sum(r.settimane_diritto for r in rows)),
        first_contribution=rows[0].dal,
        last_credited=last.al,
        working=working,
        gestione=last.gestione,
        aliquota=ALIQUOTA_COMPUTO.get(last.gestione, 0.33),
        pay_cents=pay,
        salary_growth=options.salary_growth,
        gdp_growth=options.gdp_growth,
        last_published_year=world.clock.today().year,
        as_of=world.clock.today(),
    )


# ---------------------------------------------------------------------------
# The simulation
# ---------------------------------------------------------------------------


def validate_options(world, citizen: Citizen, options: SimulationOptions) -> SimulationOptions:
    errors = {}
    low, high = SALARY_GROWTH_RANGE
    if not (low - 1e-9 <= options.salary_growth <= high + 1e-9):
        errors["salary_growth"] = _t("La crescita annua della retribuzione va scelta tra 0% e 5%.")
    if not any(abs(options.gdp_growth - g) < 1e-9 for g in GDP_GROWTH_CHOICES):
        errors["gdp_growth"] = _t("La crescita del PIL va scelta tra 1% e 1,5%.")
    stop = options.stop_date
    if stop is not None:
        today = world.clock.today()
        limit = _age_limit(citizen.data_nascita, MAX_AGE)
        if stop < today:
            errors["stop_date"] = _t("La data di cessazione dell'attività non può essere nel passato: scelga una data da oggi in poi.")
        elif stop > limit:
            errors["stop_date"] = _t("La data di cessazione dell'attività non può superare il compimento dei {max_age} anni ({limit:%d/%m/%Y}).", max_age=MAX_AGE, limit=limit)
        else:
            stop = month_end(stop)
    if errors:
        raise ValidationError(errors)
    return SimulationOptions(options.salary_growth, options.gdp_growth, stop)


def parse_stop_date(text: str) -> dt.date:
    """The learner's date of stopping work: "mm/aaaa" (the end of that month) or
    "gg/mm/aaaa". Raises ValidationError({"stop_date": ...}) with the fix."""
    import re

    raw = " ".join(str(text or "").split())
    example = _t("Scriva la data nella forma mm/aaaa (per esempio 12/2030) oppure gg/mm/aaaa.")
    if not raw:
        raise ValidationError({"stop_date": _t("Indichi quando pensa di smettere di lavorare. {example}", example=example)})
    m = re.fullmatch(r"([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})", raw, re.ASCII)
    try:
        if m:
            return month_end(dt.date(int(m.group(2)), int(m.group(1)), 1))
        m = re.fullmatch(r"([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})", raw, re.ASCII)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        raise ValidationError({"stop_date": _t("La data indicata non esiste. {example}", example=example)}) from None
    raise ValidationError({"stop_date": example})


def accept_informativa(world, citizen_id: int) -> None:
    """The learner ticked "presa visione" of the informativa."""
    world.events.record("pension.informativa_accepted", Citizen.get_by_id(citizen_id))


def simulate(world, citizen_id: int, options: SimulationOptions | None = None) -> Simulation:
    citizen = Citizen.get_or_none(Citizen.id == citizen_id)
    if citizen is None:
        raise ServiceError(_t("Utente non riconosciuto: effettui di nuovo l'accesso."))
    if Pension.select().where((Pension.citizen == citizen) & (Pension.categoria == "VO")).exists():
        raise ServiceError(
            _t("Risulta già titolare di una pensione di vecchiaia o anzianità: il servizio "
            "«La mia pensione futura» è rivolto a chi non è ancora in pensione. "
            "Consulti i dati della sua pensione nel Fascicolo previdenziale, sezione Prestazioni.")
        )
    options = validate_options(world, citizen, options or SimulationOptions())
    career = _load_career(world, citizen, options)
    missing: dict[str, str] = {}
    stop = options.stop_date if career.working else None
    today = world.clock.today()
    earliest = next_month_start(today)

    vecchiaia = _vecchiaia(career, stop, earliest, missing)
    anticipata = _anticipata(career, stop, earliest, missing)
    sim = Simulation(
        citizen_id=citizen.id,
        name=citizen.full_name,
        codice_fiscale=citizen.codice_fiscale,
        data_nascita=citizen.data_nascita,
        sesso=citizen.sesso,
        as_of=today,
        options=SimulationOptions(options.salary_growth, options.gdp_growth, stop),
        working=career.working,
        gestione=career.gestione,
        aliquota=career.aliquota,
        current_pay_cents=round(career.pay_cents) if career.working else None,
        credited_weeks=career.credited_weeks,
        credited_contributi_cents=round(sum(career.credited_by_year.values())),
        first_contribution=career.first_contribution,
        contributivo_puro=career.first_contribution >= dt.date(1996, 1, 1),
        vecchiaia=vecchiaia,
        anticipata=anticipata,
        missing=missing,
        assumptions=_assumptions(career, options, stop, today),
    )
    world.events.record(
        "pension.simulated", citizen,
        salary_growth=options.salary_growth, gdp_growth=options.gdp_growth,
        stop_date=stop.isoformat() if stop else None,
        vecchiaia=vecchiaia.decorrenza.isoformat() if vecchiaia else None,
        anticipata=anticipata.decorrenza.isoformat() if anticipata else None,
    )
    return sim


def vecchiaia_at(world, citizen_id: int, decorrenza: dt.date) -> tuple[bool, str, PensionOutcome | None]:
    """Whether the pensione di vecchiaia can start on `decorrenza` (first day of a month),
    working until the day before: (ok, Italian explanation, the outcome when ok)."""
    citizen = Citizen.get_by_id(citizen_id)
    career = _load_career(world, citizen, SimulationOptions())
    end = decorrenza - dt.timedelta(days=1)
    req = vecchiaia_age(end.year, career.as_of)
    age = age_on(citizen.data_nascita, end)
    if age < req:
        reached = add_months_date(_age_limit(citizen.data_nascita, req[0]), req[1])
        return False, (
            f"Requisito di età non raggiunto: alla decorrenza richiesta ({decorrenza:%d/%m/%Y}) lei avrà "
            f"{format_years_months(*age)}, mentre per la pensione di vecchiaia servono "
            f"{format_years_months(*req)} (regola in vigore nel {end.year}). Li compirà il {reached:%d/%m/%Y}."
        ), None
    weeks = career.weeks_at(end, end)
    if weeks < 1040:
        return False, (
            f"Requisito contributivo non raggiunto: risultano {int(weeks)} settimane di contributi, ne servono "
            "almeno 1040 (20 anni)."
        ), None
    requirement = f"{format_years_months(*req)} di età e almeno 20 anni di contributi (regola in vigore nel {end.year})"
    outcome = _outcome(career, "vecchiaia", decorrenza, end, requirement)
    if career.first_contribution >= dt.date(1996, 1, 1) and outcome.annual_cents < soglia_annual_cents(decorrenza.year, career.as_of):
        return False, (
            "L'importo della pensione sarebbe inferiore all'importo soglia richiesto a chi ha contributi solo "
            "dal 1996: la pensione di vecchiaia spetterà a 71 anni."
        ), None
    return True, f"Requisiti: {requirement}.", outcome


def _month_ends_from(start: dt.date, last: dt.date):
    cursor = month_end(start)
    while cursor <= last:
        yield cursor
        cursor = month_end(next_month_start(cursor))


def _outcome(career: _Career, kind: str, decorrenza: dt.date, work_until: dt.date | None,
             requirement: str, note: str = "") -> PensionOutcome:
    amount, points = career.montante(decorrenza, work_until)
    years, months = age_on(career.born, decorrenza)
    period = table_for(decorrenza.year, career.as_of)
    coeff = coefficiente_trasformazione(years, months, decorrenza.year, career.as_of)
    annual = round(round(amount) * coeff / 100)
    last_pay = tasso = None
    if career.working:
        last_day = decorrenza - dt.timedelta(days=1)
        if work_until is not None:
            last_day = min(last_day, work_until)
        last_pay = round(career.pay_in(last_day.year))
        tasso = annual / last_pay if last_pay else None
    return PensionOutcome(
        kind=kind,
        label="Pensione di vecchiaia" if kind == "vecchiaia" else "Pensione anticipata",
        decorrenza=decorrenza,
        age_years=years,
        age_months=months,
        weeks=career.weeks_at(decorrenza - dt.timedelta(days=1), work_until),
        montante_cents=round(amount),
        coefficiente=coeff,
        coefficiente_table=table_label(period),
        annual_cents=annual,
        monthly_cents=round(annual / 13),
        last_pay_cents=last_pay,
        tasso_sostituzione=tasso,
        requirement=requirement,
        note=note,
        series=tuple(points),
    )


def _age_limit(born: dt.date, years: int) -> dt.date:
    try:
        return born.replace(year=born.year + years)
    except ValueError:  # 29 February
        return dt.date(born.year + years, 3, 1)


def _vecchiaia(career: _Career, stop: dt.date | None, earliest: dt.date, missing: dict) -> PensionOutcome | None:
    horizon = month_end(_age_limit(career.born, MAX_AGE + 1))
    puro = career.first_contribution >= dt.date(1996, 1, 1)
    for end in _month_ends_from(earliest - dt.timedelta(days=1), horizon):
        decorrenza = end + dt.timedelta(days=1)
        if decorrenza < earliest:
            continue
        if stop is not None and end < stop:
            continue  # the pension starts after the work has ended
        req_y, req_m = vecchiaia_age(end.year, career.as_of)
        if age_on(career.born, end) < (req_y, req_m):
            continue
        work_until = stop if stop is not None else end
        weeks = career.weeks_at(end, work_until)
        if weeks < 1040:
            continue  # 20 years not reached yet (they may be, working longer)
        requirement = f"{format_years_months(req_y, req_m)} di età e almeno 20 anni di contributi (regola in vigore nel {end.year})"
        outcome = _outcome(career, "vecchiaia", decorrenza, work_until, requirement)
        if puro and outcome.annual_cents < soglia_annual_cents(decorrenza.year, career.as_of):
            return _vecchiaia_71(career, stop, earliest, missing, reason=(
                f"L'importo a {format_years_months(req_y, req_m)} ({_euro(outcome.monthly_cents)} al mese) "
                "sarebbe inferiore all'importo soglia richiesto a chi ha contributi solo dal 1996 "
                f"({'1,5 volte' if soglia_factor(decorrenza.year, career.as_of) > 1 else '1 volta'} "
                "l'assegno sociale)."))
        return outcome
    if puro:
        return _vecchiaia_71(career, stop, earliest, missing, reason="Non si raggiungono 20 anni di contributi.")
    missing["vecchiaia"] = (
        "Con i contributi considerati non si raggiungono i 20 anni richiesti per la pensione di vecchiaia. "
        "Provi a spostare più avanti la data di cessazione dell'attività."
    )
    return None


def _vecchiaia_71(career: _Career, stop, earliest, missing, reason: str) -> PensionOutcome | None:
    """Contributivi puri: at 71 with at least 5 years of contributions, no soglia."""
    decorrenza = max(next_month_start(_age_limit(career.born, MAX_AGE)), earliest)
    if stop is not None and decorrenza <= stop:
        decorrenza = next_month_start(stop)
    end = decorrenza - dt.timedelta(days=1)
    work_until = stop if stop is not None else end
    if career.weeks_at(end, work_until) < 260:
        missing["vecchiaia"] = reason + " Anche a 71 anni servono almeno 5 anni di contributi."
        return None
    return _outcome(career, "vecchiaia", decorrenza, work_until,
                    "71 anni di età e almeno 5 anni di contributi (contributivo puro)", note=reason)


def _anticipata(career: _Career, stop: dt.date | None, earliest: dt.date, missing: dict) -> PensionOutcome | None:
    horizon = month_end(_age_limit(career.born, MAX_AGE))
    for end in _month_ends_from(earliest - dt.timedelta(days=1), horizon):
        req_y, req_m = anticipata_requirement(end.year, career.sesso, career.as_of)
        weeks = career.weeks_at(end, stop if stop is not None else end)
        if weeks + 1e-9 < weeks_for(req_y, req_m):
            continue
        window = anticipata_window_months(end.year, career.as_of)
        decorrenza = add_months_date(end + dt.timedelta(days=1), window)
        if decorrenza < earliest:
            decorrenza = earliest
        if stop is not None and decorrenza <= stop:
            decorrenza = next_month_start(stop)
        work_until = stop if stop is not None else decorrenza - dt.timedelta(days=1)
        who = "le donne" if career.sesso == "F" else "gli uomini"
        requirement = (f"{format_years_months(req_y, req_m)} di contributi per {who} "
                       f"(requisito raggiunto il {end:%d/%m/%Y}")
        requirement += f", più la finestra di {window} mesi)" if window else ")"
        return _outcome(career, "anticipata", decorrenza, work_until, requirement)
    req_y, req_m = anticipata_requirement(horizon.year, career.sesso, career.as_of)
    missing["anticipata"] = (
        f"Non si raggiungono {format_years_months(req_y, req_m)} di contributi prima dei {MAX_AGE} anni"
        + (" con la data di cessazione scelta." if stop is not None else ".")
    )
    return None


def _euro(cents: int) -> str:
    whole, dec = divmod(abs(int(cents)), 100)
    return ("-" if cents < 0 else "") + f"{whole:,}".replace(",", ".") + f",{dec:02d} €"


def _percent(value: float) -> str:
    text = f"{value * 100:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def _tables_note(today: dt.date) -> str:
    """Which coefficienti di trasformazione the simulation knows on `today`."""
    last = table_for(9999, today)
    return (f"Coefficienti di trasformazione della tabella in vigore nell'anno di decorrenza, tra quelle "
            f"pubblicate al {today:%d/%m/%Y}; dopo il {last[1]} si usano quelli del periodo {table_label(last)}.")


def _requirements_note(today: dt.date) -> str:
    """The requirements as the law stood on `today` (only what was known then)."""
    if today < DL_4_2019:
        return ("Requisiti in vigore al " + f"{today:%d/%m/%Y}" + ": vecchiaia 66 anni e 7 mesi nel 2018 e 67 anni "
                "dal 2019; anticipata 42 anni e 10 mesi di contributi (uomini) o 41 anni e 10 mesi (donne) nel "
                "2018, 43 anni e 3 mesi o 42 anni e 3 mesi dal 2019 (D.M. 5/12/2017). Gli adeguamenti "
                "successivi alla speranza di vita non sono ancora stabiliti: si tengono i requisiti del 2019.")
    later = (" (più 1 mese nel 2027 e 3 mesi dal 2028)" if today >= INCREASES_2027 else
             "; gli adeguamenti dopo il 2026 non sono ancora stabiliti")
    return ("Requisiti: vecchiaia 66 anni e 7 mesi nel 2018, 67 anni dal 2019" + later + "; anticipata 42 anni "
            "e 10 mesi di contributi (uomini) o 41 anni e 10 mesi (donne), con finestra di 3 mesi dal 2019.")


def _assumptions(career: _Career, options: SimulationOptions, stop, today: dt.date) -> tuple[str, ...]:
    items = [
        "Importi lordi a moneta costante (euro del 2018): le crescite indicate sono al netto dell'inflazione.",
        "Calcolo interamente contributivo: montante dei contributi accreditati (quota IVS) "
        "rivalutato ogni 31 dicembre, escluso l'anno in corso, moltiplicato per il coefficiente "
        "di trasformazione dell'età alla decorrenza; rata mensile = importo annuo / 13.",
        f"Rivalutazione del montante: coefficienti pubblicati fino al {career.last_published_year}; "
        f"per gli anni successivi crescita del PIL del {_percent(options.gdp_growth)}% l'anno. "
        f"Per gli anni {UNVERIFIED_REVALUATION_YEARS} il simulatore non ha un coefficiente verificato "
        "e non rivaluta il montante.",
        _tables_note(today),
        _requirements_note(today),
    ]
    if career.working:
        items.append(
            f"Retribuzione attuale {_euro(round(career.pay_cents))} l'anno, in crescita del "
            f"{_percent(options.salary_growth)}% l'anno; contributi futuri al {_percent(career.aliquota)}% "
            "(aliquota di computo della sua gestione)."
        )
        items.append(
            f"Attività lavorativa fino al {stop:%d/%m/%Y}." if stop is not None
            else "Attività lavorativa continuata fino alla decorrenza della pensione."
        )
    else:
        items.append(
            f"Non risulta un'attività lavorativa in corso (ultimo periodo accreditato fino al "
            f"{career.last_credited:%d/%m/%Y}): sono considerati solo i contributi già versati."
        )
    if career.first_contribution < dt.date(1996, 1, 1):
        items.append(
            "Semplificazione: anche i periodi prima del 1996 sono calcolati con il metodo contributivo "
            "(il servizio reale applica per essi il metodo retributivo o misto)."
        )
    else:
        items.append(
            "Primo contributo dal 1996 (contributivo puro): per la vecchiaia l'importo deve superare "
            + ("1,5 volte l'assegno sociale fino al 2023 e 1 volta dal 2024" if today >= SOGLIA_2024
               else "1,5 volte l'assegno sociale")
            + ", altrimenti si va a 71 anni."
        )
    items.append("Non considerati: pensione anticipata contributiva, cumulo, riscatti, versamenti volontari.")
    return tuple(items)
