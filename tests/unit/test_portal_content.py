"""Content of the public pages (news, Utente groups, info pages) and the search engine's catalogue."""
import datetime as dt
import json
import re
from types import SimpleNamespace

import pytest

from app.paths import DATA_DIR
from app.services import portal_content, settings, web_search

GROUP_NAMES = ["Cittadino", "Pensionato", "Lavoratore", "Disoccupato", "Famiglia", "Azienda", "Intermediario"]
NAV_KEYS = ["istituto", "dati-ricerche-bilanci", "avvisi-bandi-fatturazione", "inps-comunica",
            "prestazioni-servizi", "amministrazione-trasparente", "assistenza", "contatti"]


def _world_on(day: dt.date):
    return SimpleNamespace(clock=SimpleNamespace(today=lambda: day))


def _all_texts() -> list[str]:
    texts = []
    for n in portal_content.all_news():
        texts += [n.title, n.summary, *n.body, *(link.text for link in n.links)]
    for g in portal_content.user_groups():
        texts += [g.name, g.hint, g.intro, *(s.title for s in g.services), *(s.description for s in g.services)]
    for key in portal_content.info_page_keys():
        page = portal_content.info_page(key)
        texts += [page.title, page.lead, *page.breadcrumb]
        for s in page.sections:
            texts += [s.heading, *s.paragraphs, *s.steps, *s.bullets, *s.notes, *(link.text for link in s.links)]
            texts += [c.value for c in s.contacts] + [c.note for c in s.contacts]
            for f in s.faq:
                texts += [f.question, *f.answer]
    return texts


def test_news_are_2018_items_newest_first_with_unique_ids(world):
    news = portal_content.all_news()
    assert 6 <= len(news) <= 8
    assert len({n.id for n in news}) == len(news)
    assert all(n.date.year == 2018 for n in news)
    assert [n.date for n in news] == sorted((n.date for n in news), reverse=True)
    assert all(n.body and n.summary for n in news)
    assert news[0].date_text == news[0].date.strftime("%d/%m/%Y")


def test_latest_news_follow_the_simulated_clock(world):
    assert len(portal_content.latest_news(world)) == len(portal_content.all_news())  # world starts 15/10/2018
    early = _world_on(dt.date(2018, 6, 1))
    shown = portal_content.latest_news(early)
    assert shown and all(n.date <= dt.date(2018, 6, 1) for n in shown)
    assert len(shown) < len(portal_content.all_news())
    assert portal_content.latest_news(world, 3) == portal_content.all_news()[:3]
    future = max(portal_content.all_news(), key=lambda n: n.date)
    assert portal_content.news_item(early, future.id) is None  # not yet published
    assert portal_content.news_item(world, future.id).title == future.title
    assert portal_content.news_item(world, "non-esiste") is None


def test_the_seven_user_groups_of_seed_000_each_list_services(world):
    groups = portal_content.user_groups()
    assert [g.name for g in groups] == GROUP_NAMES
    for group in groups:
        assert len(group.services) >= 4, group.name
        assert group.intro and group.hint
        assert all(s.title and s.description for s in group.services)
    assert portal_content.user_group("pensionato").name == "Pensionato"
    assert portal_content.user_group("PENSIONATO").key == "pensionato"
    assert portal_content.user_group("nessuno") is None
    assert portal_content.user_group("") is None


def test_every_navigation_item_has_its_page_and_the_pin_pages_too(world):
    keys = portal_content.info_page_keys()
    for key in NAV_KEYS + ["istruzioni-accesso", "supporto-pin"]:
        page = portal_content.info_page(key)
        assert page is not None, key
        assert page.title and page.sections and page.breadcrumb
    assert portal_content.info_page("non-esiste") is None
    assert set(NAV_KEYS) <= set(keys)


def test_contatti_gives_the_numbers_of_the_seeds(world):
    texts = " ".join(_texts_of("contatti"))
    assert "803 164" in texts and "06 164 164" in texts
    assert "gratuito" in texts and "a pagamento in base al piano tariffario del gestore telefonico" in texts
    assert "Viale Cesare Battisti 23/25, 27100 Pavia" in texts
    assert portal_content.FAX_PIN_DISPOSITIVO in texts


def _texts_of(key: str) -> list[str]:
    page = portal_content.info_page(key)
    out = [page.lead]
    for s in page.sections:
        out += [s.heading, *s.paragraphs, *s.steps, *s.bullets, *s.notes]
        out += [f"{c.label} {c.value} {c.note}" for c in s.contacts]
        for f in s.faq:
            out += [f.question, *f.answer]
    return out


def test_placeholders_are_filled_from_the_settings(world):
    assert not any(re.search(r"\{[a-z_.]+\}", t) for t in _all_texts())
    settings.set_value("pin.max_failures", "7")
    support = " ".join(_texts_of("supporto-pin"))
    assert "Dopo 7 tentativi" in support
    assert "dopo 6 mesi" in support and "dopo 3 mesi" in support


def test_fax_number_is_the_one_the_conversion_service_answers():
    pin_conversion = pytest.importorskip("app.services.pin_conversion")
    assert pin_conversion.FAX_NUMBER_SHOWN == portal_content.FAX_PIN_DISPOSITIVO


def test_content_links_are_absolute_simulated_addresses(world):
    for url in portal_content.all_urls():
        assert re.match(r"^https://(www|serviziweb2)\.inps\.it/", url), url


# --- the search engine of the start page ---------------------------------------------------------

def test_inps_gives_the_home_page_first_and_empty_gives_nothing():
    assert web_search.search("inps")[0].url == "https://www.inps.it/"
    assert web_search.search("  INPS ")[0].url == "https://www.inps.it/"
    assert web_search.search("") == [] and web_search.search("   ") == []


@pytest.mark.parametrize("query, url", [
    ("pin smarrito", "https://serviziweb2.inps.it/RichiestaPin/jsp/smarrito.jsp"),
    ("la mia pensione", "https://www.inps.it/myinps/pensione-futura"),
    ("cedolino pensione", "https://www.inps.it/myinps/fascicolo"),
    ("numero verde inps", "https://www.inps.it/contatti"),
    ("PIN dispositivo", "https://serviziweb2.inps.it/RichiestaPin/jsp/dispositivo.jsp"),
    ("identità digitale", "https://www.guidefacili.sim/spid"),
    ("identita digitale", "https://www.guidefacili.sim/spid"),
    ("meteo", "https://www.meteo.sim/pavia"),
])
def test_other_queries_give_plausible_results(query, url):
    assert web_search.search(query)[0].url == url


def test_only_the_home_page_puts_inps_first_among_its_keywords():
    with open(DATA_DIR / "web_catalogue.json", encoding="utf-8") as fh:
        items = json.load(fh)["results"]
    assert items[0]["url"] == "https://www.inps.it/"
    assert all(i["keywords"][0] != "inps" for i in items[1:])


def test_fantasy_sites_are_marked_and_have_text():
    sites = web_search.fantasy_sites()
    assert len(sites) >= 8
    for site in sites:
        assert ".sim/" in site.url or site.url.endswith(".sim")
        assert site.paragraphs and site.site


def test_settings_read_together_keep_their_defaults_and_fall_back_on_bad_text(world):
    settings.set_value("pin.expiry_months.cittadino", "non un numero")
    values = settings.get_many(["pin.max_failures", "pin.expiry_months.cittadino", "unknown.key"])
    assert values == {"pin.max_failures": "5", "pin.expiry_months.cittadino": "non un numero", "unknown.key": ""}
    assert settings.as_int("pin.expiry_months.cittadino", values["pin.expiry_months.cittadino"]) == 6
    assert settings.get_int("pin.expiry_months.cittadino") == 6
