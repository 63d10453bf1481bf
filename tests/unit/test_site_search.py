"""The portal's internal search (seed 000): grouped results, tolerant of case, accents and typos."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.paths import DATA_DIR
from app.services import site_search as ss
from app.services.errors import ServiceError

PENSIONE_FUTURA = "La mia pensione futura"


def first_service(results) -> str:
    group = next(g for g in results.groups if g.key == "servizio")
    return group.hits[0].item.title


def test_la_mia_pensione_offers_the_service(world):
    results = ss.search(world, "la mia pensione")
    assert first_service(results) == PENSIONE_FUTURA
    assert results.best.title == PENSIONE_FUTURA
    assert [g.label for g in results.groups] == ["Servizi", "Schede prestazioni", "Notizie"]
    assert results.groups[0].hits[0].item.url == "https://www.inps.it/myinps/pensione-futura"
    event = world.events.recent(kind_prefix="search.site")[0]
    assert json.loads(event.detail_json)["query"] == "la mia pensione"


@pytest.mark.parametrize("query", [
    "LA MIA PENSIONE", "La Mia Pensione", "la mia pensone", "la mia pensoine", "la mia pensiòne",
    "  la   mia  pensione  ", "mia pensione futura", "pensione futra", "la mia pens",
])
def test_tolerant_of_case_accents_spaces_and_typos(query):
    assert first_service(ss.search(None, query)) == PENSIONE_FUTURA


def test_typos_are_corrected_in_the_suggestion():
    assert ss.search(None, "la mia pensone").corrected == "la mia pensione"
    assert ss.search(None, "la mia pensione").corrected == ""
    assert ss.search(None, "invaliditaa").corrected == "invalidita"


def test_accents_both_ways():
    assert ss.search(None, "invalidita").best.title == "Invalidità civile"
    assert ss.search(None, "maternita").best.title.startswith("Maternità")
    assert ss.normalize("Invalidità  Civile!") == "invalidita civile"


@pytest.mark.parametrize("query, title", [
    ("certificazione unica", "Certificazione Unica 2018 (CU)"),
    ("cu", "Certificazione Unica 2018 (CU)"),
    ("versamenti volontari", "Versamenti volontari"),
    ("congedo parentale", "Maternità e congedo parentale lavoratori dipendenti"),
    ("pin dispositivo", "Conversione del PIN ordinario in PIN dispositivo"),
    ("cambio indirizzo", "Visualizzazione e modifica dati anagrafici, indirizzo e recapiti"),
    ("obis m", "Certificato di pensione (ObisM)"),
])
def test_services_found(query, title):
    assert first_service(ss.search(None, query)) == title


def test_groups_hold_only_their_kind():
    results = ss.search(None, "pensione")
    for group in results.groups:
        assert {h.item.group for h in group.hits} == {group.key}
        scores = [h.score for h in group.hits]
        assert scores == sorted(scores, reverse=True)


def test_nothing_found():
    results = ss.search(None, "xyzzy qwerty")
    assert results.total == 0 and results.groups == () and results.best is None
    assert ss.search(None, "").total == 0
    assert ss.search(None, "la il di").total == 0  # only stopwords


def test_suggest_while_typing():
    assert ss.suggest("la mia pens")[0].title == PENSIONE_FUTURA
    assert ss.suggest("la") == []


def test_edit_distance():
    assert ss.edit_distance("pensione", "pensione") == 0
    assert ss.edit_distance("pensone", "pensione") == 1
    assert ss.edit_distance("pesnione", "pensione") == 1  # transposition
    assert ss.edit_distance("abc", "xyz", 1) == 2  # capped at limit + 1
    assert ss.word_match("pin", "pensione") == 0.0  # short words are not "corrected"


def test_catalogue_is_well_formed():
    data = json.loads((DATA_DIR / "site_catalogue.json").read_text(encoding="utf-8"))
    ids = [d["id"] for d in data["items"]]
    assert len(ids) == len(set(ids))
    items = ss.load_catalogue()
    by_group = {g: [i for i in items if i.group == g] for g, _ in ss.GROUPS}
    assert all(len(v) >= 5 for v in by_group.values())
    for entry in items:
        assert entry.url.startswith("https://") and entry.title and entry.summary
        for rel in entry.related:
            ss.item(rel)
    for news in by_group["notizia"]:
        assert "2018-01-01" <= news.date <= "2018-10-15"  # the world is in October 2018
    assert ss.item(50101).title == "Pensione di vecchiaia"
    assert ss.item_by_url(ss.item(50101).url).id == 50101
    with pytest.raises(ServiceError):
        ss.item(1)
    assert [n.date for n in ss.latest_news(3)] == sorted((n.date for n in by_group["notizia"]), reverse=True)[:3]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_searched_without_errors(text):
    results = ss.search(None, text)
    assert results.total >= 0
    for group in results.groups:
        assert group.hits


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([i.title for i in ss.load_catalogue()]), st.sampled_from(["upper", "lower", "title"]))
def test_every_title_finds_itself(title, case):
    typed = getattr(title, case)()
    results = ss.search(None, typed)
    top = [g.hits[0].item.title for g in results.groups]
    assert title in [h.item.title for g in results.groups for h in g.hits]
    assert any(t == title for t in top) or results.best.title == title


# --- «Accedi ai servizi» (seed 004) ------------------------------------------------------------

def test_servizi_per_il_cittadino_ends_with_seed_004s_last_row():
    """«Andate all'ultima riga, ovvero "Visualizzazione e modifica dati anagrafici, indirizzo e
    recapiti"»: the services A-Z, that one last, and it leads to its own page, not to a domanda."""
    rows = ss.services_a_to_z()
    titles = [r.title for r in rows]
    assert titles == sorted(titles, key=ss.normalize)
    assert {r.group for r in rows} == {"servizio"}
    assert len(rows) == sum(1 for i in ss.load_catalogue() if i.group == "servizio")
    assert rows[-1].title == "Visualizzazione e modifica dati anagrafici, indirizzo e recapiti"
    assert rows[-1].url == "https://www.inps.it/myinps/dati-anagrafici"


def test_most_used_services_exist_and_are_services():
    used = ss.most_used()
    assert len(used) == len(set(ss.MOST_USED)) >= 5
    assert all(u.group == "servizio" for u in used)
    assert used[0].title == "Fascicolo previdenziale del cittadino"


def test_every_listed_service_opens_a_page_of_the_program():
    from ui.browser import router
    from ui.pages import load_all

    load_all()
    for entry in ss.services_a_to_z():
        resolved = router.resolve(entry.url)
        assert resolved.route is not None, entry.url
