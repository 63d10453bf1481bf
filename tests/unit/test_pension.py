"""La mia pensione futura: hand-computed cases from the published coefficients
(FACTS.md section 1: rivalutazione 2015-2025, coefficienti di trasformazione by period)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.models import Citizen, Contribution
from app.services import pension
from app.services.errors import ServiceError, ValidationError
from app.services.pension import SimulationOptions


def make_citizen(world, born: dt.date, sesso: str, rows: list[tuple]) -> Citizen:
    """rows: (dal, al, weeks, retribuzione_cents, contributi_cents)"""
    now = world.clock.now()
    citizen = Citizen.create(
        codice_fiscale=f"TSTTST{born:%y}A01F{Citizen.select().count():03d}Z"[:16],
        cognome="Prova", nome="Caso", sesso=sesso, data_nascita=born, luogo_nascita="Pavia",
        created_at=now,
    )
    for dal, al, weeks, pay, contrib in rows:
        Contribution.create(
            citizen=citizen, dal=dal, al=al, tipo="Lavoro dipendente", gestione="FPLD",
            datore="Ditta di prova", settimane_diritto=weeks, settimane_calcolo=weeks,
            retribuzione_cents=pay, contributi_cents=contrib,
        )
    return citizen


def full_years(first: int, last: int, contrib: int = 0) -> list[tuple]:
    return [(dt.date(y, 1, 1), dt.date(y, 12, 31), 52, contrib * 3, contrib) for y in range(first, last + 1)]


# --- pure rules -------------------------------------------------------------


def test_coefficiente_interpolates_by_month():
    # 2016-2018 table: 63 -> 5.002, 64 -> 5.159; six months past the birthday add 6/12 of the gap.
    assert pension.coefficiente_trasformazione(63, 6, 2018) == pytest.approx(5.0805)
    assert pension.coefficiente_trasformazione(67, 0, 2019) == pytest.approx(5.604)
    assert pension.coefficiente_trasformazione(62, 10, 2023) == pytest.approx(4.882 + 0.146 * 10 / 12)


def test_coefficiente_edges():
    assert pension.coefficiente_trasformazione(55, 3, 2020) == pytest.approx(4.200)  # under 57: the 57 value
    assert pension.coefficiente_trasformazione(70, 6, 2018) == pytest.approx(6.378)  # 2016-18 stops at 70
    assert pension.coefficiente_trasformazione(70, 6, 2019) == pytest.approx(6.257 + (6.513 - 6.257) / 2)
    assert pension.coefficiente_trasformazione(72, 0, 2025) == pytest.approx(6.510)
    # After 2026 the 2025-2026 table is used.
    assert pension.coefficiente_trasformazione(67, 0, 2040) == pytest.approx(5.608)
    assert pension.table_label(pension.table_for(2019)) == "2019-2020 (D.M. 15/5/2018)"


def test_requirements_by_year():
    assert pension.vecchiaia_age(2018) == (66, 7)
    assert pension.vecchiaia_age(2019) == (67, 0)
    assert pension.vecchiaia_age(2026) == (67, 0)
    assert pension.weeks_for(*pension.anticipata_requirement(2020, "M")) == 2227
    assert pension.weeks_for(*pension.anticipata_requirement(2020, "F")) == 2175
    assert pension.anticipata_window_months(2018) == 0
    assert pension.anticipata_window_months(2019) == 3
    assert pension.age_on(dt.date(1960, 3, 20), dt.date(2023, 2, 1)) == (62, 10)
    assert pension.age_on(dt.date(1960, 3, 20), dt.date(2023, 3, 20)) == (63, 0)


def test_rivalutazione_published_then_assumed():
    assert pension.rivalutazione(2018, 2018, 0.01) == (1.013478, "pubblicato")
    assert pension.rivalutazione(2019, 2018, 0.01) == (1.01, "ipotesi")
    assert pension.rivalutazione(2019, 2020, 0.01) == (1.018254, "pubblicato")
    assert pension.rivalutazione(2012, 2018, 0.015) == (1.0, "non disponibile")
    assert pension.rivalutazione(2021, 2022, 0.015) == (1.0, "pubblicato")  # floored at 1 (DL 65/2015)


# --- whole simulations --------------------------------------------------------


def test_not_working_misto_vecchiaia_hand_computed(world):
    # Born 10/06/1952; 1990-2014 weeks without IVS money, 2015-2017 3,300.00 € a year.
    citizen = make_citizen(world, dt.date(1952, 6, 10), "F", full_years(1990, 2014) + full_years(2015, 2017, 330000))
    sim = pension.simulate(world, citizen.id, SimulationOptions(0.0, 0.015))
    assert not sim.working
    old = sim.vecchiaia
    # 66a7m would be reached on 10/01/2019, but from 2019 the age is 67: 10/06/2019 -> 1/7/2019.
    assert old.decorrenza == dt.date(2019, 7, 1)
    assert (old.age_years, old.age_months) == (67, 0)
    m2015 = 330000
    m2016 = m2015 * 1.004684 + 330000
    m2017 = m2016 * 1.005205 + 330000
    m2018 = m2017 * 1.013478  # coefficient 2018 revalues the montante at 31/12/2017
    assert old.montante_cents == round(m2018)
    assert old.coefficiente == pytest.approx(5.604)  # 2019-2020 table, age 67
    annual = round(round(m2018) * 5.604 / 100)
    assert old.annual_cents == annual
    assert old.monthly_cents == round(annual / 13)
    assert old.tasso_sostituzione is None  # no current pay
    # In a 2018 world the law said 42 years and 3 months for women from 2019 (D.M. 5/12/2017).
    assert sim.anticipata is None and "42 anni e 3 mesi" in sim.missing["anticipata"]
    assert [p.year for p in old.series][-3:] == [2017, 2018, 2019]


def test_published_coefficients_follow_the_clock(world):
    citizen = make_citizen(world, dt.date(1952, 6, 10), "F", full_years(1990, 2014) + full_years(2015, 2017, 330000))
    world.clock.set(dt.datetime(2021, 1, 15, 9, 0))
    sim = pension.simulate(world, citizen.id, SimulationOptions(0.0, 0.01))
    old = sim.vecchiaia
    assert old.decorrenza == dt.date(2021, 2, 1)  # requirement already met: the next month
    m2017 = (330000 * 1.004684 + 330000) * 1.005205 + 330000
    m2020 = m2017 * 1.013478 * 1.018254 * 1.019199  # 2019 and 2020 are published by now
    assert old.montante_cents == round(m2020)
    assert (old.age_years, old.age_months) == (68, 7)
    assert old.coefficiente == pytest.approx(5.772 + (5.985 - 5.772) * 7 / 12)  # 2021-2022 table


def _worker(world):
    # Born 20/03/1960, man; 1980-2017: 1976 weeks (no IVS money, to keep the sums short);
    # 2018 up to September: 39 weeks, 22,500.00 € of pay (30,000.00 € a year), 33 %.
    rows = full_years(1980, 2017) + [(dt.date(2018, 1, 1), dt.date(2018, 9, 30), 39, 2250000, 742500)]
    return make_citizen(world, dt.date(1960, 3, 20), "M", rows)


def test_working_anticipata_hand_computed(world):
    """In the 2018 world: the rules and tables known on 15/10/2018 (no DL 4/2019, no later tables)."""
    citizen = _worker(world)
    sim = pension.simulate(world, citizen.id, SimulationOptions(0.0, 0.015))
    assert sim.working and sim.current_pay_cents == 3000000
    early = sim.anticipata
    # 1976 + 39 = 2015 weeks; from 2019 the law of 2018 asks 43a3m (2249 weeks): 54 more months
    # of 52/12 weeks -> 31/03/2023, no finestra -> 1/4/2023.
    assert early.decorrenza == dt.date(2023, 4, 1)
    assert (early.age_years, early.age_months) == (63, 0)
    month = 3000000 / 12 * 0.33  # 825.00 € a month
    m2018 = 742500 + 3 * month
    m2019 = m2018 * 1.015 + 12 * month
    m2020 = m2019 * 1.015 + 12 * month
    m2021 = m2020 * 1.015 + 12 * month
    m2022 = m2021 * 1.015 + 12 * month
    montante = m2022 + 3 * month  # January to March 2023, not revalued
    assert early.montante_cents == round(montante)
    # The last table published by October 2018 is 2019-2020 (D.M. 15/5/2018): age 63.
    assert early.coefficiente == pytest.approx(4.932)
    assert early.coefficiente_table == "2019-2020 (D.M. 15/5/2018)"
    annual = round(round(montante) * 4.932 / 100)
    assert early.annual_cents == annual
    assert early.monthly_cents == round(annual / 13)
    assert early.tasso_sostituzione == pytest.approx(annual / 3000000)
    # Vecchiaia: 67 on 20/03/2027 (no later increase known in 2018) -> 1/4/2027, same table.
    old = sim.vecchiaia
    assert old.decorrenza == dt.date(2027, 4, 1)
    assert old.coefficiente == pytest.approx(5.604)
    assert sim.first is early
    assert sim.series == old.series and sim.series[-1].year == 2027
    # Nothing decreed after the simulated date is cited.
    shown = " ".join(sim.assumptions) + early.coefficiente_table + old.coefficiente_table + early.requirement
    for later in ("2024", "2025-2026", "DL 4/2019", "D.D. 1/12/2022", "finestra di 3"):
        assert later not in shown


def test_rules_known_at_the_simulated_date():
    before = dt.date(2018, 10, 15)
    assert pension.table_for(2019, before) == (2019, 2020)
    assert pension.table_for(2030, before) == (2019, 2020)  # the last table published by then
    assert pension.table_for(2030, dt.date(2022, 12, 2)) == (2023, 2024)
    assert pension.table_for(2030) == pension.LAST_TABLE
    assert pension.coefficiente_trasformazione(67, 0, 2027, before) == pytest.approx(5.604)
    assert pension.anticipata_requirement(2018, "M", before) == (42, 10)
    assert pension.anticipata_requirement(2019, "M", before) == (43, 3)
    assert pension.anticipata_requirement(2019, "F", before) == (42, 3)
    assert pension.anticipata_requirement(2019, "M", dt.date(2019, 2, 1)) == (42, 10)  # DL 4/2019
    assert pension.anticipata_window_months(2020, before) == 0
    assert pension.anticipata_window_months(2020, dt.date(2019, 2, 1)) == 3
    assert pension.vecchiaia_age(2028, before) == (67, 0)
    assert pension.vecchiaia_age(2028) == (67, 3)
    assert pension.soglia_factor(2030, before) == 1.5
    assert pension.soglia_factor(2030) == 1.0
    assert "2019-2020 (D.M. 15/5/2018)" in pension._tables_note(before)
    assert "D.M. 5/12/2017" in pension._requirements_note(before)


def test_salary_growth_raises_future_contributions(world):
    citizen = _worker(world)
    flat = pension.simulate(world, citizen.id, SimulationOptions(0.0, 0.015)).anticipata
    growing = pension.simulate(world, citizen.id, SimulationOptions(0.05, 0.015)).anticipata
    assert growing.decorrenza == flat.decorrenza
    month = 3000000 / 12 * 0.33
    m2018 = 742500 + 3 * month
    m2019 = m2018 * 1.015 + 12 * month * 1.05
    m2020 = m2019 * 1.015 + 12 * month * 1.05 ** 2
    m2021 = m2020 * 1.015 + 12 * month * 1.05 ** 3
    m2022 = m2021 * 1.015 + 12 * month * 1.05 ** 4
    assert growing.montante_cents == round(m2022 + 3 * month * 1.05 ** 5)  # January to March 2023
    assert growing.last_pay_cents == round(3000000 * 1.05 ** 5)


def test_stopping_work_early(world):
    citizen = _worker(world)
    sim = pension.simulate(world, citizen.id, SimulationOptions(0.0, 0.01, dt.date(2019, 12, 10)))
    assert sim.options.stop_date == dt.date(2019, 12, 31)  # the end of the month chosen
    # 2015 + 15 months x 52/12 = 2080 weeks: no anticipata.
    assert sim.anticipata is None and "data di cessazione" in sim.missing["anticipata"]
    old = sim.vecchiaia
    assert old.decorrenza == dt.date(2027, 4, 1)  # 67 on 20/03/2027 (the rule known in 2018)
    month = 3000000 / 12 * 0.33
    m2018 = 742500 + 3 * month
    m2019 = m2018 * 1.01 + 12 * month
    montante = m2019 * 1.01 ** 7  # 2020..2026 revalued, nothing more paid
    assert old.montante_cents == round(montante)
    assert old.weeks == pytest.approx(2015 + 15 * 52 / 12)
    assert old.last_pay_cents == 3000000


def test_contributivo_puro_below_soglia_goes_to_71(world):
    citizen = make_citizen(world, dt.date(1952, 6, 10), "M", full_years(1998, 2017, 100000))
    sim = pension.simulate(world, citizen.id, SimulationOptions(0.0, 0.015))
    assert sim.contributivo_puro
    old = sim.vecchiaia
    assert old.decorrenza == dt.date(2023, 7, 1)  # 71 on 10/06/2023
    assert "importo soglia" in old.note and "71 anni" in old.requirement


def test_personas(world):
    worker = Citizen.get(Citizen.persona_key == "dipendente")
    sim = pension.simulate(world, worker.id)
    assert sim.working and sim.vecchiaia and sim.anticipata
    assert sim.anticipata.decorrenza < sim.vecchiaia.decorrenza
    assert any("moneta costante" in a for a in sim.assumptions)
    pensioner = Citizen.get(Citizen.persona_key == "pensionata")
    with pytest.raises(ServiceError, match="già titolare"):
        pension.simulate(world, pensioner.id)
    assert world.events.recent(kind_prefix="pension.simulated")


def test_options_are_checked(world):
    worker = Citizen.get(Citizen.persona_key == "dipendente")
    with pytest.raises(ValidationError) as err:
        pension.simulate(world, worker.id, SimulationOptions(0.06, 0.02, dt.date(2017, 1, 1)))
    assert set(err.value.errors) == {"salary_growth", "gdp_growth", "stop_date"}
    with pytest.raises(ValidationError, match="71 anni"):
        pension.simulate(world, worker.id, SimulationOptions(0.01, 0.01, dt.date(2050, 1, 1)))


def test_parse_stop_date():
    assert pension.parse_stop_date("12/2030") == dt.date(2030, 12, 31)
    assert pension.parse_stop_date(" 2 / 2032 ") == dt.date(2032, 2, 29)
    assert pension.parse_stop_date("15/03/2031") == dt.date(2031, 3, 15)
    for bad, words in (("", "Indichi"), ("13/2030", "non esiste"), ("domani", "mm/aaaa"), ("31/02/2030", "non esiste")):
        with pytest.raises(ValidationError, match=words):
            pension.parse_stop_date(bad)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(g1=st.integers(0, 50), g2=st.integers(0, 50), gdp=st.sampled_from([0.01, 0.015]),
       stop_year=st.one_of(st.none(), st.integers(2019, 2030)))
def test_more_growth_never_lowers_the_pension(world, g1, g2, gdp, stop_year):
    worker = Citizen.get(Citizen.persona_key == "omocodia")
    stop = dt.date(stop_year, 12, 31) if stop_year else None
    low, high = sorted((g1 / 1000, g2 / 1000))
    a = pension.simulate(world, worker.id, SimulationOptions(low, gdp, stop))
    b = pension.simulate(world, worker.id, SimulationOptions(high, gdp, stop))
    assert (a.vecchiaia is None) == (b.vecchiaia is None)
    if a.vecchiaia:
        assert a.vecchiaia.decorrenza == b.vecchiaia.decorrenza
        assert b.vecchiaia.montante_cents >= a.vecchiaia.montante_cents
        assert b.vecchiaia.monthly_cents >= a.vecchiaia.monthly_cents
        # The series ends at the montante of the pension and never goes down.
        series = [p.montante_cents for p in a.vecchiaia.series]
        assert series[-1] == a.vecchiaia.montante_cents
        assert all(y >= x for x, y in zip(series, series[1:]))
        assert a.vecchiaia.monthly_cents == round(a.vecchiaia.annual_cents / 13)
